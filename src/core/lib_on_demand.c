/* cJSON, liblz4, utf8proc and libm's log, loaded the first time one of their functions
 * is called instead of linked (src/core/dynlib.c does the loading).
 *
 * Why: the kiosk's first screen from the content pack calls none of them (cJSON reads
 * the JSON content and writes --json; liblz4 opens a topic's body; utf8proc folds
 * search text; log ranks search results), yet every linked library costs every start
 * its loading: on the 2-core machine a --list from the pack took 0.6 ms of its 6 ms
 * less without them (a search, which needs three of them, takes the same time).
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

/* X(id, return type, name, parameters, arguments) for every function the program calls
 * (id names the library, for X). */
#define CJSON_FUNCTIONS(X, id)                                                                                     \
    X(id, cJSON *, cJSON_ParseWithLengthOpts,                                                                      \
      (const char *value, size_t buffer_length, const char **return_parse_end, cJSON_bool require_null_terminated), \
      (value, buffer_length, return_parse_end, require_null_terminated))                                          \
    X(id, char *, cJSON_Print, (const cJSON *item), (item))                                                        \
    X(id, int, cJSON_GetArraySize, (const cJSON *array), (array))                                                  \
    X(id, cJSON *, cJSON_GetArrayItem, (const cJSON *array, int index), (array, index))                            \
    X(id, cJSON *, cJSON_GetObjectItemCaseSensitive, (const cJSON *const object, const char *const string),        \
      (object, string))                                                                                            \
    X(id, cJSON_bool, cJSON_HasObjectItem, (const cJSON *object, const char *string), (object, string))           \
    X(id, cJSON_bool, cJSON_IsTrue, (const cJSON *const item), (item))                                             \
    X(id, cJSON_bool, cJSON_IsBool, (const cJSON *const item), (item))                                             \
    X(id, cJSON_bool, cJSON_IsNull, (const cJSON *const item), (item))                                             \
    X(id, cJSON_bool, cJSON_IsNumber, (const cJSON *const item), (item))                                           \
    X(id, cJSON_bool, cJSON_IsString, (const cJSON *const item), (item))                                           \
    X(id, cJSON_bool, cJSON_IsArray, (const cJSON *const item), (item))                                            \
    X(id, cJSON_bool, cJSON_IsObject, (const cJSON *const item), (item))                                           \
    X(id, cJSON *, cJSON_CreateNumber, (double num), (num))                                                        \
    X(id, cJSON *, cJSON_CreateString, (const char *string), (string))                                             \
    X(id, cJSON *, cJSON_CreateArray, (void), ())                                                                  \
    X(id, cJSON *, cJSON_CreateObject, (void), ())                                                                 \
    X(id, cJSON_bool, cJSON_AddItemToArray, (cJSON * array, cJSON *item), (array, item))                           \
    X(id, cJSON *, cJSON_AddBoolToObject, (cJSON *const object, const char *const name, const cJSON_bool boolean), \
      (object, name, boolean))                                                                                     \
    X(id, cJSON *, cJSON_AddNumberToObject, (cJSON *const object, const char *const name, const double number),    \
      (object, name, number))                                                                                      \
    X(id, cJSON *, cJSON_AddStringToObject,                                                                        \
      (cJSON *const object, const char *const name, const char *const string), (object, name, string))             \
    X(id, cJSON *, cJSON_AddObjectToObject, (cJSON *const object, const char *const name), (object, name))        \
    X(id, cJSON *, cJSON_AddArrayToObject, (cJSON *const object, const char *const name), (object, name))
/* the same for those that return nothing (ISO C has no "return f();" in a void function) */
#define CJSON_PROCEDURES(X, id)                                                                                    \
    X(id, void, cJSON_Delete, (cJSON * item), (item))                                                              \
    X(id, void, cJSON_free, (void *object), (object))
#define CJSON_ALL(X, id) CJSON_FUNCTIONS(X, id) CJSON_PROCEDURES(X, id)

#define LZ4_FUNCTIONS(X, id)                                                                                       \
    X(id, int, LZ4_decompress_safe, (const char *src, char *dst, int compressedSize, int dstCapacity),            \
      (src, dst, compressedSize, dstCapacity))                                                                     \
    X(id, int, LZ4_compressBound, (int inputSize), (inputSize))                                                    \
    X(id, int, LZ4_compress_HC, (const char *src, char *dst, int srcSize, int dstCapacity, int compressionLevel), \
      (src, dst, srcSize, dstCapacity, compressionLevel))

#define UTF8PROC_FUNCTIONS(X, id)                                                                                  \
    X(id, utf8proc_ssize_t, utf8proc_iterate,                                                                      \
      (const utf8proc_uint8_t *str, utf8proc_ssize_t strlen, utf8proc_int32_t *codepoint_ref),                     \
      (str, strlen, codepoint_ref))                                                                                \
    X(id, utf8proc_ssize_t, utf8proc_encode_char, (utf8proc_int32_t codepoint, utf8proc_uint8_t *dst),            \
      (codepoint, dst))                                                                                            \
    X(id, utf8proc_ssize_t, utf8proc_decompose_char,                                                               \
      (utf8proc_int32_t codepoint, utf8proc_int32_t *dst, utf8proc_ssize_t bufsize, utf8proc_option_t options,     \
       int *last_boundclass),                                                                                      \
      (codepoint, dst, bufsize, options, last_boundclass))                                                         \
    X(id, utf8proc_int32_t, utf8proc_tolower, (utf8proc_int32_t c), (c))                                           \
    X(id, utf8proc_category_t, utf8proc_category, (utf8proc_int32_t codepoint), (codepoint))

#define LIBM_FUNCTIONS(X, id) X(id, double, log, (double x), (x))

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

/* One library: its functions' pointers (id_api), its sonames, the symbol table and the
 * dynlib that fill them, and id_need(), which loads it or stops. */
#define FIELD(id, ret, name, params, args) ret(*name) params;
#define SYMBOL(id, ret, name, params, args) { #name, &id##_api.name, sizeof id##_api.name },
#define COUNT(a) (sizeof a / sizeof *a)
#define LIBRARY(id, package, FUNCTIONS, ...)                                                                     \
    static struct {                                                                                              \
        FUNCTIONS(FIELD, id)                                                                                     \
    } id##_api;                                                                                                  \
    static const char *const id##_names[] = { __VA_ARGS__ };                                                     \
    static const dynlib_sym id##_syms[] = { FUNCTIONS(SYMBOL, id) };                                             \
    static dynlib id##_lib = { id##_names, COUNT(id##_names), id##_syms, COUNT(id##_syms), NULL, false };      \
    /* checked before every call: once loaded, a flag and no function call */                               \
    static inline void id##_need(void)                                                                           \
    {                                                                                                            \
        if (!id##_lib.loaded)                                                                                    \
            need(&id##_lib, package);                                                                            \
    }

LIBRARY(cjson, "libcjson1", CJSON_ALL, "libcjson.so.1")
LIBRARY(lz4, "liblz4-1", LZ4_FUNCTIONS, "liblz4.so.1")
LIBRARY(utf8proc, "libutf8proc2", UTF8PROC_FUNCTIONS, "libutf8proc.so.2", "libutf8proc.so.3")
LIBRARY(libm, "libc6", LIBM_FUNCTIONS, "libm.so.6")

/* The functions themselves, under the libraries' names: load, then call. */
#define FORWARD(id, ret, name, params, args) ret name params { id##_need(); return id##_api.name args; }
#define FORWARD_VOID(id, ret, name, params, args) ret name params { id##_need(); id##_api.name args; }
CJSON_FUNCTIONS(FORWARD, cjson)
CJSON_PROCEDURES(FORWARD_VOID, cjson)
LZ4_FUNCTIONS(FORWARD, lz4)
UTF8PROC_FUNCTIONS(FORWARD, utf8proc)

/* Not "log" itself: the C library's names are not ours to define. */
double lib_log(double x)
{
    libm_need();
    return libm_api.log(x);
}
