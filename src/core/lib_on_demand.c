/* cJSON, liblz4, utf8proc, libunistring and libm's log, loaded the first time one of
 * their functions is called instead of linked (core/lib_forward.h has the machinery,
 * core/dynlib.c does the loading; ui/curses_on_demand.c does the same for ncurses).
 *
 * Why: every linked library costs every start its loading, whether or not that run
 * calls it (on the 2-core machine 0.1 to 0.8 ms each, more than a search takes).  The
 * kiosk's first screen from the content pack calls none of these but libunistring
 * (cJSON reads the JSON content and writes --json; liblz4 opens a topic's body;
 * utf8proc folds search text and reads its UTF-8; log ranks search results;
 * libunistring breaks lines and reads UTF-8 for the screen), and --list calls none at
 * all.
 *
 * The functions below have the libraries' own names and prototypes (the compiler
 * checks them against the libraries' headers), so the code that calls them is written
 * as for a linked library.  The Debian package depends on each library by name
 * (debian/control), since dpkg-shlibdeps cannot see them. */
#include "core/lib_on_demand.h"

#include <cJSON.h>
#include <dlfcn.h>
#include <lz4.h>
#include <lz4hc.h>
#include <stdio.h>
#include <unictype.h>
#include <unigbrk.h>
#include <unilbrk.h>
#include <unistr.h>
#include <utf8proc.h>

#include "core/lib_forward.h"
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
    X(id, utf8proc_bool, utf8proc_codepoint_valid, (utf8proc_int32_t codepoint), (codepoint))                     \
    X(id, utf8proc_category_t, utf8proc_category, (utf8proc_int32_t codepoint), (codepoint))

#define LIBM_FUNCTIONS(X, id) X(id, double, log, (double x), (x))

/* u8_mbtouc and u8_uctomb are inline in <unistr.h> and call these past ASCII. */
#define UNISTRING_FUNCTIONS(X, id)                                                                                 \
    X(id, int, u8_mbtouc_aux, (ucs4_t * puc, const uint8_t *s, size_t n), (puc, s, n))                             \
    X(id, int, u8_uctomb_aux, (uint8_t * s, ucs4_t uc, ptrdiff_t n), (s, uc, n))                                   \
    X(id, const uint8_t *, u8_check, (const uint8_t *s, size_t n), (s, n))                                         \
    X(id, bool, uc_is_property_ideographic, (ucs4_t uc), (uc))
#define UNISTRING_PROCEDURES(X, id)                                                                                \
    X(id, void, u8_possible_linebreaks_v2, (const uint8_t *s, size_t n, const char *encoding, char *p),            \
      (s, n, encoding, p))                                                                                         \
    X(id, void, u8_grapheme_breaks, (const uint8_t *s, size_t n, char *p), (s, n, p))
#define UNISTRING_ALL(X, id) UNISTRING_FUNCTIONS(X, id) UNISTRING_PROCEDURES(X, id)

void lib_need(dynlib *lib, const char *package)
{
    if (dynlib_ready(lib, dlopen))
        return;
    char msg[256];
    snprintf(msg, sizeof msg, "cannot load %s, which this program needs here; install the Debian package %s",
             lib->names[0], package);
    xalloc_fatal(msg);
}

LIBRARY(cjson, "libcjson1", CJSON_ALL, LIB_NO_VARIABLES, "libcjson.so.1")
LIBRARY(lz4, "liblz4-1", LZ4_FUNCTIONS, LIB_NO_VARIABLES, "liblz4.so.1")
LIBRARY(utf8proc, "libutf8proc2", UTF8PROC_FUNCTIONS, LIB_NO_VARIABLES, "libutf8proc.so.2", "libutf8proc.so.3")
LIBRARY(unistring, "libunistring2", UNISTRING_ALL, LIB_NO_VARIABLES, "libunistring.so.2", "libunistring.so.5")
LIBRARY(libm, "libc6", LIBM_FUNCTIONS, LIB_NO_VARIABLES, "libm.so.6")

CJSON_FUNCTIONS(LIB_FORWARD, cjson)
CJSON_PROCEDURES(LIB_FORWARD_VOID, cjson)
LZ4_FUNCTIONS(LIB_FORWARD, lz4)
UTF8PROC_FUNCTIONS(LIB_FORWARD, utf8proc)
UNISTRING_FUNCTIONS(LIB_FORWARD, unistring)
UNISTRING_PROCEDURES(LIB_FORWARD_VOID, unistring)

/* Not "log" itself: the C library's names are not ours to define. */
double lib_log(double x)
{
    libm_need();
    return libm_api.log(x);
}
