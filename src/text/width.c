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

/* Printable ASCII is one column in every locale (wcwidth says so too): most of what
 * is laid out, asked about three times a character, with no call into the locale. */
static bool plain_ascii(uint32_t cp) { return cp >= 0x20 && cp < 0x7f; }

int cp_width(uint32_t cp)
{
    if (plain_ascii(cp))
        return 1;
    int w = wcwidth((wchar_t)cp);
    return w < 0 ? 1 : w;
}

uint32_t cp_drawn(uint32_t cp)
{
    return plain_ascii(cp) || wcwidth((wchar_t)cp) >= 0 ? cp : REPLACEMENT_CHAR;
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

/* A character wcwidth() gives no columns: a combining mark, joined to the cell before. */
static bool joins(uint32_t cp) { return !plain_ascii(cp) && wcwidth((wchar_t)cp) == 0; }

bool text_next_cell(const char *s, size_t n, size_t *i, text_cell *cell)
{
    while (*i < n) {
        uint32_t cp;
        size_t k = utf8_decode(s, n, *i, &cp);
        if (joins(cp)) { /* a mark with nothing before it: not drawn */
            *i += k;
            continue;
        }
        *cell = (text_cell){ .start = *i, .cp = cp_drawn(cp), .cols = cp_width(cp) };
        size_t j = *i + k;
        while (j < n) {
            uint32_t next;
            size_t kn = utf8_decode(s, n, j, &next);
            if (!joins(next))
                break;
            j += kn;
        }
        cell->end = j;
        *i = j;
        return true;
    }
    return false;
}

size_t text_clip(const char *s, size_t n, int cols, int *used, bool *truncated)
{
    int c = 0;
    size_t i = 0, fits = 0;
    bool cut = false;
    text_cell cell;
    while (text_next_cell(s, n, &i, &cell)) {
        if (c + cell.cols > cols) {
            cut = true; /* a wide character at the edge leaves its half column empty */
            break;
        }
        c += cell.cols;
        fits = cell.end;
    }
    if (!cut)
        fits = n; /* trailing marks with nothing before them take no columns */
    if (used)
        *used = c;
    if (truncated)
        *truncated = cut;
    return fits;
}

size_t text_fit(const char *s, size_t n, int cols, int *used) { return text_clip(s, n, cols, used, NULL); }

size_t utf8_encode(uint32_t cp, char *out)
{
    int len = u8_uctomb((uint8_t *)out, cp, 4);
    return len > 0 ? (size_t)len : 0;
}
