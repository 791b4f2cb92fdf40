/* Drawing pieces the treatment screens share. */
#ifndef VE_TX_DRAW_H
#define VE_TX_DRAW_H

#include "ui/app.h"
#include "ui/draw.h"

/* A clickable "[key label]" at (y, x); returns its width (0 when it does not fit). */
int tx_button(canvas *c, int y, int x, const char *key, const char *label, action act);

/* Draws lines[first..) of a plain-text block (split at '\n') from row y for rows rows. */
void tx_text_rows(canvas *c, int y, int rows, const char *text, int first, style st);

/* Number of '\n'-separated lines in text. */
int tx_text_lines(const char *text);

#endif
