/* An independent oracle for display columns, for tests that check that text fits a
 * width.  The program counts columns with the C library's wcwidth(); a test that used
 * the program's own text_cols() would agree with a broken table (review W15).  This
 * one is a hand-written table: East Asian Wide and Fullwidth blocks are 2 columns,
 * combining marks and zero-width characters 0, everything else (ASCII, box drawing,
 * ● → “ ” and a byte that is not UTF-8) 1. */
#ifndef VE_REF_WIDTH_H
#define VE_REF_WIDTH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static const uint32_t ref_wide[][2] = {
    { 0x1100, 0x115F },   /* Hangul Jamo initials */
    { 0x2E80, 0x303E },   /* CJK radicals, Kangxi, CJK symbols and punctuation (、。「」) */
    { 0x3041, 0x33FF },   /* kana, bopomofo, CJK compatibility */
    { 0x3400, 0x4DBF },   /* CJK extension A */
    { 0x4E00, 0x9FFF },   /* CJK unified ideographs */
    { 0xA000, 0xA4CF },   /* Yi */
    { 0xAC00, 0xD7A3 },   /* Hangul syllables */
    { 0xF900, 0xFAFF },   /* CJK compatibility ideographs */
    { 0xFE30, 0xFE4F },   /* CJK compatibility forms */
    { 0xFF01, 0xFF60 },   /* fullwidth forms (，：？（）) */
    { 0xFFE0, 0xFFE6 },   /* fullwidth signs */
    { 0x1F300, 0x1F64F }, /* pictographs and emoticons */
    { 0x1F900, 0x1F9FF }, /* supplemental pictographs */
    { 0x20000, 0x2FFFD }, /* CJK extensions B to F */
    { 0x30000, 0x3FFFD }, /* CJK extension G */
};

static const uint32_t ref_zero[][2] = {
    { 0x0300, 0x036F }, /* combining diacritical marks */
    { 0x1AB0, 0x1AFF },
    { 0x1DC0, 0x1DFF },
    { 0x200B, 0x200F }, /* zero width space, joiners, marks */
    { 0x20D0, 0x20FF },
    { 0xFE00, 0xFE0F }, /* variation selectors */
    { 0xFE20, 0xFE2F },
};

static inline int ref_in(const uint32_t (*r)[2], size_t n, uint32_t cp)
{
    for (size_t i = 0; i < n; i++)
        if (cp >= r[i][0] && cp <= r[i][1])
            return 1;
    return 0;
}

static inline int ref_cols(const char *text, size_t n)
{
    const unsigned char *s = (const unsigned char *)text;
    int cols = 0;
    for (size_t i = 0; i < n;) {
        unsigned char b = s[i];
        size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
        uint32_t cp = len == 1 ? b : len == 2 ? b & 0x1Fu : len == 3 ? b & 0x0Fu : b & 0x07u;
        for (size_t k = 1; k < len; k++) {
            if (i + k >= n || (s[i + k] & 0xC0) != 0x80) {
                len = 0;
                break;
            }
            cp = cp << 6 | (s[i + k] & 0x3Fu);
        }
        if (!len) { /* not UTF-8: one replacement character */
            cols++;
            i++;
            continue;
        }
        i += len;
        cols += ref_in(ref_zero, sizeof ref_zero / sizeof ref_zero[0], cp)   ? 0
                : ref_in(ref_wide, sizeof ref_wide / sizeof ref_wide[0], cp) ? 2
                                                                             : 1;
    }
    return cols;
}

static inline int ref_str_cols(const char *s) { return ref_cols(s, strlen(s)); }

#endif
