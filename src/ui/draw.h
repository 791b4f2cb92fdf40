/* Drawing primitives for views.  Everything is clipped here, by display columns:
 * a wide character never straddles the right edge and ncurses never wraps a line
 * (it would put the rest on the next row).  A canvas also collects the clickable
 * regions of the frame and where the hardware cursor goes. */
#ifndef VE_DRAW_H
#define VE_DRAW_H

#include "ui/curses_lib.h"
#include <stdbool.h>
#include <stddef.h>

#include "ui/action.h"
#include "ui/theme.h"

enum { HIT_MAX = 256 };

/* A clickable region of one row: a click in columns [x0, x1) sends act with n. */
typedef struct hit {
    int y, x0, x1;
    action act;
    long n;
} hit;

typedef struct canvas {
    WINDOW *win;
    int rows, cols;          /* the whole screen */
    int top, height;         /* the body: rows [top, top + height) */
    hit hits[HIT_MAX];
    int nhits;
    int cur_y, cur_x;        /* the hardware cursor: on the focused item */
    bool ascii;              /* no line-drawing characters: use - | + */
} canvas;

/* A byte range [start, end) of the text being drawn, shown in another style. */
typedef struct draw_span {
    size_t start, end;
    style st;
} draw_span;

/* Draws s[0..n) at (y, x) in at most maxcols columns; returns the columns used.
 * Characters the terminal cannot show become U+FFFD; combining marks join the
 * character before them.  Text that does not fit ends in "…" (">" without line
 * drawing characters) in its last column, so a cut is never silent. */
int put_text(canvas *c, int y, int x, int maxcols, const char *s, size_t n, style st);
int put_str(canvas *c, int y, int x, int maxcols, const char *s, style st);

/* The same with spans (byte offsets into s, sorted) drawn in their own styles; the
 * clip is text_clip's, and *truncated (may be NULL) says whether it left text out. */
int put_spans(canvas *c, int y, int x, int maxcols, const char *s, size_t n, style st, const draw_span *sp,
              size_t nsp, bool *truncated);

/* cols blank cells from (y, x) in style st. */
void put_blank(canvas *c, int y, int x, int cols, style st);

/* Lines: horizontal, double (for titles), vertical; and the corners of a box. */
void put_hline(canvas *c, int y, int x, int cols, style st);
void put_dline(canvas *c, int y, int x, int cols, style st);
void put_vline(canvas *c, int y, int x, style st);
typedef enum { CORNER_TL, CORNER_TR, CORNER_BL, CORNER_BR } corner;
void put_corner(canvas *c, int y, int x, corner k, style st);
/* A frame around rows [y, y+h) and columns [x, x+w). */
void put_box(canvas *c, int y, int x, int h, int w, style st);

/* Registers a clickable region (ignored when it lies off screen). */
void hit_add(canvas *c, int y, int x0, int x1, action act, long n);
const hit *hit_find(const canvas *c, int y, int x);

void set_cursor(canvas *c, int y, int x);

#endif
