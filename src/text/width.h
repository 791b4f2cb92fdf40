/* UTF-8 decoding and display width: the one place the program measures text.
 * Widths come from wcwidth(), the function ncursesw itself uses, so what we lay
 * out is what the terminal draws.  Needs a UTF-8 LC_CTYPE (see locale_init). */
#ifndef VE_WIDTH_H
#define VE_WIDTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { REPLACEMENT_CHAR = 0xFFFD };

/* Decodes the character at s[i]; returns its length in bytes (at least 1 while i < n).
 * Invalid or cut-short sequences decode as U+FFFD, one byte at a time. */
size_t utf8_decode(const char *s, size_t n, size_t i, uint32_t *cp);

/* Columns of one character: 0 (combining), 1 or 2.  Characters the terminal cannot
 * draw (wcwidth < 0: controls, unassigned) are shown as U+FFFD and count 1. */
int cp_width(uint32_t cp);

/* The character that is actually drawn for cp (U+FFFD for undrawable ones). */
uint32_t cp_drawn(uint32_t cp);

/* Columns of s[0..n). */
int text_cols(const char *s, size_t n);

/* One display cell: a character and the combining marks after it. */
typedef struct text_cell {
    size_t start, end;   /* its bytes in the text */
    uint32_t cp;         /* the character as drawn (cp_drawn) */
    int cols;            /* 1 or 2 */
} text_cell;

/* The cell at s[*i] (combining marks with nothing before them are skipped); moves
 * *i past it.  False at the end of s[0..n). */
bool text_next_cell(const char *s, size_t n, size_t *i, text_cell *cell);

/* The one column clip, used for measuring and by every drawing call: the bytes of
 * s[0..n) that fit in cols columns, whole cells only, so a wide character that would
 * straddle the limit is left out (and its column stays empty).  *used gets the
 * columns, *truncated whether anything was left out (either may be NULL), so a
 * caller can show "...". */
size_t text_clip(const char *s, size_t n, int cols, int *used, bool *truncated);

/* text_clip without the truncation flag. */
size_t text_fit(const char *s, size_t n, int cols, int *used);

/* Encodes cp as UTF-8 into out (at least 4 bytes); returns the length. */
size_t utf8_encode(uint32_t cp, char *out);

#endif
