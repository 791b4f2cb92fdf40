#include "text/width.h"

#include <wchar.h>

#include <unistr.h>

size_t utf8_decode(const char *s, size_t n, size_t i, uint32_t *cp)
{
    ucs4_t uc;
    int len = u8_mbtouc(&uc, (const uint8_t *)s + i, n - i); /* invalid: U+FFFD, 1 byte */
    *cp = uc;
    return len > 0 ? (size_t)len : 1;
}

int cp_width(uint32_t cp)
{
    int w = wcwidth((wchar_t)cp);
    return w < 0 ? 1 : w;
}

uint32_t cp_drawn(uint32_t cp)
{
    return wcwidth((wchar_t)cp) < 0 ? REPLACEMENT_CHAR : cp;
}

int text_cols(const char *s, size_t n)
{
    int cols = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(s, n, i, &cp);
        cols += cp_width(cp);
    }
    return cols;
}

size_t text_fit(const char *s, size_t n, int cols, int *used)
{
    int c = 0;
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        size_t k = utf8_decode(s, n, i, &cp);
        int w = cp_width(cp);
        if (c + w > cols)
            break;
        c += w;
        i += k;
    }
    if (used)
        *used = c;
    return i;
}

size_t utf8_encode(uint32_t cp, char *out)
{
    int len = u8_uctomb((uint8_t *)out, cp, 4);
    return len > 0 ? (size_t)len : 0;
}
