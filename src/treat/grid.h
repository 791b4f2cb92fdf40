/* The compare grid (Option Grid style): one column per option, one row per
 * question patients ask, laid out for a width.  When not every column fits, the
 * columns are split into pages of equal size.  Both the --compare printout and the
 * compare screen draw these lines.  Never includes curses. */
#ifndef VE_GRID_H
#define VE_GRID_H

#include <stdbool.h>
#include <stddef.h>

#include "content/store.h"
#include "core/strbuf.h"
#include "treat/situation.h"

enum { GRID_MIN_OPTIONS = 2, GRID_MAX_OPTIONS = 4, GRID_ROWS = 10 };
/* Rows of the grid that other texts name (grid_row_label, grid_cell_text). */
enum { GRID_ROW_CHANCE = 4, GRID_ROW_SIDE_EFFECTS = 5, GRID_ROW_SERIOUS = 6 };

typedef enum {
    GRID_HEAD,      /* option names and their status, above the rows */
    GRID_SEP,       /* a horizontal line */
    GRID_LABEL,     /* a row's question on a line of its own (narrow layout) */
    GRID_CELL,      /* answers (with the question on the left in the wide layout) */
    GRID_BLANK,
    GRID_FOOT,      /* the decision and reading note above the heads; sources and the disclaimer */
} grid_kind;

typedef struct grid_line {
    grid_kind kind;
    int row;            /* question index for LABEL/CELL lines, else -1 */
    char *text;         /* the whole line, already padded; no trailing spaces */
} grid_line;

typedef struct grid {
    grid_line *lines;
    size_t n, cap;
    size_t nintro;       /* lines at the top before the column heads: the decision and how to read
                            the grid, the same on every page */
    size_t nhead;        /* lines [nintro, nhead) name the columns (keep them in view) */
    int width;
    bool side_labels;    /* questions in a left-hand column (wide) or on their own lines */
    int label_cols, col_cols;
    size_t per_page, page, npages, first, count; /* columns: options [first, first+count) */
} grid;

/* The question of row r, translated. */
const char *grid_row_label(lang_t lang, int r);

/* How many option columns fit in width, for n options (at least 1). */
size_t grid_per_page(int width, size_t n);

/* Lays out page `page` of the options (indices into st->treatments, 1 to 4 of them)
 * for width (at least 20) in lang.  A page past the last shows the last. */
void grid_build(grid *g, const store *st, const size_t *options, size_t n, lang_t lang, int width, size_t page);

/* As grid_build, and when sit is given (and answered), each column head also shows
 * the option's mark for sit ("Usually not for your situation"), so a pick that no
 * longer fits can never be compared without its mark. */
void grid_build_for(grid *g, const store *st, const size_t *options, size_t n, lang_t lang, int width, size_t page,
                    const situation *sit);

/* The text of one cell (row r of option t) as shown in the grid. */
void grid_cell_text(const store *st, size_t option, int r, lang_t lang, strbuf *out);

/* Appends every line of g to out, one per line. */
void grid_render_plain(const grid *g, strbuf *out);

/* The same from line `first` on (nintro: without the intro, for a second page). */
void grid_render_plain_from(const grid *g, size_t first, strbuf *out);

void grid_free(grid *g);

#endif
