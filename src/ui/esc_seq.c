#include "ui/esc_seq.h"

#include <string.h>

void esc_seq_start(esc_seq *s)
{
    memset(s, 0, sizeof *s);
}

seq_verdict esc_seq_feed(esc_seq *s, uint32_t c)
{
    switch (s->state) {
    case 0:
        if (c == '[') {
            s->state = 1;
            return SEQ_MORE;
        }
        if (c == 'O') {
            s->state = 2;
            return SEQ_MORE;
        }
        return SEQ_DROP; /* Alt and a key, or Esc Esc: nothing here is bound to Alt */
    case 1:
        if (c >= 0x20 && c <= 0x3f) { /* parameter and intermediate bytes */
            if (s->n < (int)sizeof s->params - 1)
                s->params[s->n++] = (char)c;
            return SEQ_MORE;
        }
        if (c == '~' && strcmp(s->params, "200") == 0)
            return SEQ_PASTE_BEGIN;
        if (c == '~' && strcmp(s->params, "201") == 0)
            return SEQ_PASTE_END;
        return SEQ_DROP; /* the final byte (0x40-0x7e), or anything that cannot be in a CSI */
    default:
        return SEQ_DROP; /* ESC O and one character: an SS3 key this terminal's description lacks */
    }
}

uint32_t esc_paste_char(uint32_t c)
{
    if (c == '\n' || c == '\r' || c == '\t')
        return ' ';
    if (c < 0x20 || (c >= 0x7f && c < 0xa0))
        return 0;
    return c;
}
