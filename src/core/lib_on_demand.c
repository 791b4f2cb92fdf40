/* cJSON, liblz4, utf8proc and libm's log, loaded the first time one of their functions
 * is called instead of linked (src/core/dynlib.c does the loading).
 *
 * Why: the kiosk's first screen from the content pack calls none of them (cJSON reads
 * the JSON content and writes --json; liblz4 opens a topic's body; utf8proc folds
 * search text; log ranks search results), yet every linked library costs every start
 * its loading: on the 2-core machine an empty program linked with these four took
 * about 1.4 ms longer to start than without them, a tenth of the first screen.
 *
 * The functions below have the libraries' own names and prototypes (the compiler
 * checks them against the libraries' headers), so the code that calls them is written
 * as for a linked library.  Each one loads its library on first use and calls the real
 * function.  The Debian package depends on each library by name (debian/control),
 * since dpkg-shlibdeps cannot see them; a library that still cannot be loaded stops
 * the program with a message naming it (xalloc_fatal: the terminal is given back
 * first), as running out of memory does. */
#include "core/lib_on_demand.h"

#include <cJSON.h>
#include <dlfcn.h>
#include <lz4.h>
#include <lz4hc.h>
#include <stdio.h>
#include <utf8proc.h>

#include "core/dynlib.h"
#include "core/xalloc.h"

/* X(return type, name, parameters, arguments) for every function the program calls. */
#define CJSON_FUNCTIONS(X)                                                                                         \
    X(cJSON *, cJSON_ParseWithLengthOpts,                                                                          \
      (const char *value, size_t buffer_length, const char **return_parse_end, cJSON_bool require_null_terminated), \
      (value, buffer_length, return_parse_end, require_null_terminated))                                          \
    X(char *, cJSON_Print, (const cJSON *item), (item))                                                            \
    X(int, cJSON_GetArraySize, (const cJSON *array), (array))                                                      \
    X(cJSON *, cJSON_GetArrayItem, (const cJSON *array, int index), (array, index))                                \
    X(cJSON *, cJSON_GetObjectItemCaseSensitive, (const cJSON *const object, const char *const string),            \
      (object, string))                                                                                            \
    X(cJSON_bool, cJSON_HasObjectItem, (const cJSON *object, const char *string), (object, string))               \
    X(cJSON_bool, cJSON_IsTrue, (const cJSON *const item), (item))                                                 \
    X(cJSON_bool, cJSON_IsBool, (const cJSON *const item), (item))                                                 \
    X(cJSON_bool, cJSON_IsNull, (const cJSON *const item), (item))                                                 \
    X(cJSON_bool, cJSON_IsNumber, (const cJSON *const item), (item))                                               \
    X(cJSON_bool, cJSON_IsString, (const cJSON *const item), (item))                                               \
    X(cJSON_bool, cJSON_IsArray, (const cJSON *const item), (item))                                                \
    X(cJSON_bool, cJSON_IsObject, (const cJSON *const item), (item))                                               \
    X(cJSON *, cJSON_CreateNumber, (double num), (num))                                                            \
    X(cJSON *, cJSON_CreateString, (const char *string), (string))                                                 \
    X(cJSON *, cJSON_CreateArray, (void), ())                                                                      \
    X(cJSON *, cJSON_CreateObject, (void), ())                                                                     \
    X(cJSON_bool, cJSON_AddItemToArray, (cJSON * array, cJSON *item), (array, item))                               \
    X(cJSON *, cJSON_AddBoolToObject, (cJSON *const object, const char *const name, const cJSON_bool boolean),     \
      (object, name, boolean))                                                                                     \
    X(cJSON *, cJSON_AddNumberToObject, (cJSON *const object, const char *const name, const double number),        \
      (object, name, number))                                                                                      \
    X(cJSON *, cJSON_AddStringToObject, (cJSON *const object, const char *const name, const char *const string),   \
      (object, name, string))                                                                                      \
    X(cJSON *, cJSON_AddObjectToObject, (cJSON *const object, const char *const name), (object, name))            \
    X(cJSON *, cJSON_AddArrayToObject, (cJSON *const object, const char *const name), (object, name))
/* the same for those that return nothing */
#define CJSON_PROCEDURES(X)                                                                                        \
    X(void, cJSON_Delete, (cJSON * item), (item))                                                                  \
    X(void, cJSON_free, (void *object), (object))

#define LZ4_FUNCTIONS(X)                                                                                           \
    X(int, LZ4_decompress_safe, (const char *src, char *dst, int compressedSize, int dstCapacity),                \
      (src, dst, compressedSize, dstCapacity))                                                                     \
    X(int, LZ4_compressBound, (int inputSize), (inputSize))                                                        \
    X(int, LZ4_compress_HC, (const char *src, char *dst, int srcSize, int dstCapacity, int compressionLevel),     \
      (src, dst, srcSize, dstCapacity, compressionLevel))

#define UTF8PROC_FUNCTIONS(X)                                                                                      \
    X(utf8proc_ssize_t, utf8proc_iterate,                                                                          \
      (const utf8proc_uint8_t *str, utf8proc_ssize_t strlen, utf8proc_int32_t *codepoint_ref),                     \
      (str, strlen, codepoint_ref))                                                                                \
    X(utf8proc_ssize_t, utf8proc_encode_char, (utf8proc_int32_t codepoint, utf8proc_uint8_t *dst), (codepoint, dst)) \
    X(utf8proc_ssize_t, utf8proc_decompose_char,                                                                   \
      (utf8proc_int32_t codepoint, utf8proc_int32_t *dst, utf8proc_ssize_t bufsize, utf8proc_option_t options,     \
       int *last_boundclass),                                                                                      \
      (codepoint, dst, bufsize, options, last_boundclass))                                                         \
    X(utf8proc_int32_t, utf8proc_tolower, (utf8proc_int32_t c), (c))                                               \
    X(utf8proc_category_t, utf8proc_category, (utf8proc_int32_t codepoint), (codepoint))

#define LIBM_FUNCTIONS(X) X(double, log, (double x), (x))

/* One library: a struct of pointers, its symbol table, and the dynlib that fills them. */
#define FIELD(ret, name, params, args) ret(*name) params;
#define SYMBOL(ret, name, params, args) { #name, &api.name, sizeof api.name },
#define LIBRARY(id, FUNCTIONS, ...)                                                                     \
    static struct {                                                                                     \
        FUNCTIONS(FIELD)                                                                                \
    } id##_api;                                                                                         \
    static const char *const id##_names[] = { __VA_ARGS__ };                                            \
    static void id##_need(void);

#define CJSON_ALL(X) CJSON_FUNCTIONS(X) CJSON_PROCEDURES(X)
LIBRARY(cjson, CJSON_ALL, "libcjson.so.1")
LIBRARY(lz4, LZ4_FUNCTIONS, "liblz4.so.1")
LIBRARY(utf8proc, UTF8PROC_FUNCTIONS, "libutf8proc.so.2", "libutf8proc.so.3")
LIBRARY(libm, LIBM_FUNCTIONS, "libm.so.6")

#define api cjson_api
static const dynlib_sym cjson_syms[] = { CJSON_ALL(SYMBOL) };
#undef api
#define api lz4_api
static const dynlib_sym lz4_syms[] = { LZ4_FUNCTIONS(SYMBOL) };
#undef api
#define api utf8proc_api
static const dynlib_sym utf8proc_syms[] = { UTF8PROC_FUNCTIONS(SYMBOL) };
#undef api
#define api libm_api
static const dynlib_sym libm_syms[] = { LIBM_FUNCTIONS(SYMBOL) };
#undef api

#define COUNT(a) (sizeof a / sizeof *a)
static dynlib cjson_lib = { cjson_names, COUNT(cjson_names), cjson_syms, COUNT(cjson_syms), NULL, false };
static dynlib lz4_lib = { lz4_names, COUNT(lz4_names), lz4_syms, COUNT(lz4_syms), NULL, false };
static dynlib utf8proc_lib = { utf8proc_names, COUNT(utf8proc_names), utf8proc_syms, COUNT(utf8proc_syms), NULL,
                               false };
static dynlib libm_lib = { libm_names, COUNT(libm_names), libm_syms, COUNT(libm_syms), NULL, false };

/* The library loaded, or the program stops saying which one and which package has it. */
static void need(dynlib *lib, const char *package)
{
    if (dynlib_ready(lib, dlopen))
        return;
    char msg[256];
    snprintf(msg, sizeof msg, "cannot load %s, which this program needs here; install the Debian package %s",
             lib->names[0], package);
    xalloc_fatal(msg);
}

static void cjson_need(void) { need(&cjson_lib, "libcjson1"); }
static void lz4_need(void) { need(&lz4_lib, "liblz4-1"); }
static void utf8proc_need(void) { need(&utf8proc_lib, "libutf8proc2"); }
static void libm_need(void) { need(&libm_lib, "libc6"); }

/* The functions themselves: load, then call. */
#define CJSON_FORWARD(ret, name, params, args) ret name params { cjson_need(); return cjson_api.name args; }
#define LZ4_FORWARD(ret, name, params, args) ret name params { lz4_need(); return lz4_api.name args; }
#define UTF8PROC_FORWARD(ret, name, params, args) ret name params { utf8proc_need(); return utf8proc_api.name args; }

#define CJSON_FORWARD_VOID(ret, name, params, args) ret name params { cjson_need(); cjson_api.name args; }
CJSON_FUNCTIONS(CJSON_FORWARD)
CJSON_PROCEDURES(CJSON_FORWARD_VOID)
LZ4_FUNCTIONS(LZ4_FORWARD)
UTF8PROC_FUNCTIONS(UTF8PROC_FORWARD)

/* Not "log" itself: the C library's names are not ours to define. */
double lib_log(double x)
{
    libm_need();
    return libm_api.log(x);
}
