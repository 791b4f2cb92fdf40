/* UTF-8 for search, read and written with utf8proc, which every search loads anyway
 * to fold text: the same code points as text/width.h's utf8_decode and utf8_encode
 * (libunistring), which the screen uses for its layout, without loading libunistring
 * into a search that needs nothing else from it (tests/unit/test_search_text.c compares
 * the two over every code point).  Never includes curses. */
#ifndef VE_SEARCH_UTF8_H
#define VE_SEARCH_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include <utf8proc.h>

#include "text/width.h"

/* The code point at byte i of s[0, n) in *cp and its length in bytes; a byte that
 * starts no valid sequence reads as U+FFFD, one byte long. */
static inline size_t search_utf8_decode(const char *s, size_t n, size_t i, uint32_t *cp)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    utf8proc_int32_t u;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &u);
    if (k <= 0) {
        *cp = REPLACEMENT_CHAR;
        return 1;
    }
    *cp = (uint32_t)u;
    return (size_t)k;
}

/* cp written to out (room for 4 bytes); its length, 0 for a surrogate or a value past
 * U+10FFFF, which have no UTF-8. */
static inline size_t search_utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (!utf8proc_codepoint_valid((utf8proc_int32_t)cp)) /* (past INT32_MAX it reads as negative: invalid) */
        return 0;
    utf8proc_ssize_t k = utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)out);
    return k > 0 ? (size_t)k : 0;
}

#endif
