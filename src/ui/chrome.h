/* The parts around every view: the title bar (back button, breadcrumb, search and
 * language buttons), the status bar (key hints generated from the key table), the
 * "window too small" message and the kiosk's idle warning. */
#ifndef VE_CHROME_H
#define VE_CHROME_H

#include "ui/app.h"
#include "ui/draw.h"

void chrome_title_bar(const app *a, canvas *c);
void chrome_status_bar(const app *a, canvas *c);
void chrome_too_small(const app *a, canvas *c);
void chrome_idle_warning(const app *a, canvas *c);

/* Lays s out in lines of at most width columns (whole words; a long word is cut with
 * "…"); draws at most max_rows of them from row y at column x, or only counts them when
 * c is NULL.  centre: each line centred in [x, x + width).  Returns the lines needed. */
int put_wrapped(canvas *c, int y, int x, int width, const char *s, style st, int max_rows, bool centre);

/* Display columns of a NUL-terminated string. */
int str_cols(const char *s);

/* Draws a list row: a ">" marker and reverse video when selected (so the selection
 * shows without colour), an item number for 1-9, and the text; registers the row as
 * clickable.  Returns the column after the number. */
int draw_list_row(canvas *c, int y, int index, bool selected, const char *text, style st);

#endif
