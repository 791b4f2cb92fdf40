/* Escape sequences the terminal description did not turn into a key.  ncurses hands
 * back the bytes of a sequence it does not know (vt100's PgDn, a colour code inside a
 * paste, Alt-q) one by one, starting with Esc; replayed as keys they would go Back,
 * open items or quit.  This parser eats such a sequence whole so it can be dropped,
 * and recognises the bracketed-paste marks (ESC [ 200 ~ and ESC [ 201 ~).
 * Plain C, no curses: tests/unit/test_esc_seq.c drives it. */
#ifndef VE_ESC_SEQ_H
#define VE_ESC_SEQ_H

#include <stdint.h>

typedef enum {
    SEQ_MORE,          /* part of a sequence: feed the next character */
    SEQ_DROP,          /* a whole sequence (or Alt and a key) that means nothing here */
    SEQ_PASTE_BEGIN,   /* ESC [ 200 ~ */
    SEQ_PASTE_END,     /* ESC [ 201 ~ */
} seq_verdict;

typedef struct esc_seq {
    int state;         /* 0 just after Esc, 1 in a CSI, 2 after ESC O */
    int n;
    char params[16];   /* the CSI's parameter and intermediate bytes, cut at 15 */
} esc_seq;

/* Starts a sequence: call when an Esc was read and another character follows at once. */
void esc_seq_start(esc_seq *s);

/* Feeds the next character after the Esc (a Unicode code point). */
seq_verdict esc_seq_feed(esc_seq *s, uint32_t c);

/* What to do with a character inside a paste: returns the character to insert as text
 * (a line break or tab becomes a space), or 0 to drop it (other control characters). */
uint32_t esc_paste_char(uint32_t c);

#endif
