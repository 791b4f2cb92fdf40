/* Lays text out into lines for a width in display columns: Unicode line breaking
 * (UAX #14, libunistring) with the kinsoku rules Chinese readers expect, widths
 * from wcwidth().  Never includes curses: --show and the screens share it. */
#ifndef VE_LAYOUT_H
#define VE_LAYOUT_H

#include <stddef.h>

typedef struct layout_line {
    size_t start, end; /* byte range of the source text shown on this line */
    int cols;          /* display columns of that range */
} layout_line;

typedef struct layout {
    layout_line *lines;
    size_t n, cap;
} layout;

/* Appends the lines of s[0..n) to out.  The first line may be at most first_width
 * columns, the others rest_width (both at least 1).  Line breaks in the text are
 * kept; spaces at the end of a line are dropped.  An empty text gives one empty line. */
void layout_wrap(const char *s, size_t n, int first_width, int rest_width, layout *out);

struct strbuf;

/* Appends text wrapped to width as plain lines (what the command line prints):
 * indent spaces before each line and prefix (may be NULL) before the first, the
 * other lines hanging under it.  At least 8 columns are kept for the text. */
void layout_append_plain(struct strbuf *out, const char *text, int indent, const char *prefix, int width);

void layout_clear(layout *l);
void layout_free(layout *l);

#endif
