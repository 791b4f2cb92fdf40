/* UTF-8 decoding and display width: the one place the program measures text.
 * Widths come from wcwidth(), the function ncursesw itself uses, so what we lay
 * out is what the terminal draws.  Needs a UTF-8 LC_CTYPE (see locale_init). */
#ifndef VE_WIDTH_H
#define VE_WIDTH_H

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

/* Bytes of s[0..n) that fit in cols columns, never splitting a character; a wide
 * character that would straddle the limit is left out.  *used gets the columns. */
size_t text_fit(const char *s, size_t n, int cols, int *used);

/* Encodes cp as UTF-8 into out (at least 4 bytes); returns the length. */
size_t utf8_encode(uint32_t cp, char *out);

#endif
