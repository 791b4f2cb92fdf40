/* "Compare treatments", third part: the picked options side by side, one row per
 * question patients ask.  Up and down scroll the rows (the option names stay in
 * view); on a narrow screen Left and Right page through the options. */
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "text/width.h"
#include "treat/grid.h"
#include "ui/chrome.h"
#include "ui/draw.h"
#include "ui/tx_draw.h"
#include "ui/list_nav.h"
#include "ui/tx_ui.h"
#include "ui/view.h"

enum { BUTTON_ROWS = 1 };

static int grid_width(const app *a) { return a->cols - 2; }

static void build(const app *a, grid *g)
{
    size_t opts[GRID_MAX_OPTIONS];
    size_t n = tx_pick_list(a, opts);
    grid_build_for(g, a->st, opts, n, a->s.lang, grid_width(a), (size_t)app_cframe(a)->sel, &a->s.tx.sit);
}

/* The column heads: lines [nintro, nhead) of the grid. */
static size_t head_lines(const grid *g) { return g->nhead - g->nintro; }

/* Rows for the scrolling part: the body less the buttons and the fixed column heads.
 * The scrolling part is the intro (above the heads until it scrolls away) and the rows. */
static int scroll_rows(const app *a, const grid *g)
{
    int r = app_body_rows(a) - BUTTON_ROWS - (int)head_lines(g);
    return r > 1 ? r : 1;
}

bool tx_compare_has_page(const app *a, int dir)
{
    grid g;
    build(a, &g);
    int page = app_cframe(a)->sel + dir;
    bool has = page >= 0 && page < (int)g.npages;
    grid_free(&g);
    return has;
}

static unsigned apply(app *a, action act, const action_arg *arg)
{
    frame *f = app_frame(a);
    grid g;
    build(a, &g);
    unsigned chg = CHG_NONE;
    switch (act) {
    case ACT_COLS_PREV:
    case ACT_COLS_NEXT: {
        int page = f->sel + (act == ACT_COLS_NEXT ? 1 : -1);
        if (page < 0 || page >= (int)g.npages) {
            app_set_status(a, g.npages > 1 ? tr(a->s.lang, "No more options that way.") : tr(a->s.lang, "All the options you picked are shown."));
            chg = CHG_DRAW;
        } else {
            f->sel = page;
            chg = CHG_DRAW;
        }
        break;
    }
    case ACT_TX_QUESTIONS: chg = app_push(a, VIEW_TX_DOCTOR, -1); break;
    case ACT_TX_READ_MORE: {
        /* a click on a column's head gives its column (from 1); the key, the page's first */
        size_t opts[GRID_MAX_OPTIONS];
        size_t n = tx_pick_list(a, opts), col = g.first + (arg && arg->n > 0 ? (size_t)arg->n - 1 : 0);
        if (col < n)
            chg = app_open_topic(a, a->st->treatments[opts[col]].topic);
        break;
    }
    default: chg = text_scroll(f, act, scroll_rows(a, &g), (int)(g.n - head_lines(&g))); break;
    }
    grid_free(&g);
    return chg;
}

static style line_style(grid_kind k)
{
    switch (k) {
    case GRID_HEAD: return ST_HEADING;
    case GRID_LABEL: return ST_TITLE;
    case GRID_FOOT: return ST_META;
    default: return ST_NORMAL;
    }
}

static void draw(const app *a, canvas *c)
{
    grid g;
    build(a, &g);
    const frame *f = app_cframe(a);
    int y = c->top, x = 1;
    if (g.npages > 1) {
        x += tx_button(c, y, x, "<", tr(a->s.lang, "Previous options"), ACT_COLS_PREV) + 1;
        x += tx_button(c, y, x, ">", tr(a->s.lang, "Next options"), ACT_COLS_NEXT) + 1;
    }
    x += tx_button(c, y, x, "d", tr(a->s.lang, "Questions for my doctor"), ACT_TX_QUESTIONS) + 1;
    tx_button(c, y, x, "o", tr(a->s.lang, "Read more"), ACT_TX_READ_MORE);
    y += BUTTON_ROWS;
    /* the decision and reading note first, then the column heads right above their cells; once
     * the intro scrolls away the heads stay at the top */
    size_t top = (size_t)f->top;
    for (size_t i = top; i < g.nintro && y < c->top + c->height; i++, y++)
        put_str(c, y, 1, c->cols - 2, g.lines[i].text, line_style(g.lines[i].kind));
    for (size_t i = g.nintro; i < g.nhead && y < c->top + c->height; i++, y++) {
        put_str(c, y, 1, c->cols - 2, g.lines[i].text, line_style(g.lines[i].kind));
        if (g.lines[i].kind != GRID_HEAD)
            continue;
        /* a click on a column's head opens that option's full topic ("Read more") */
        int x0 = 1 + (g.side_labels ? g.label_cols + 1 : 0);
        for (size_t k = 0; k < g.count; k++, x0 += g.col_cols + 3)
            hit_add(c, y, x0, x0 + g.col_cols, ACT_TX_READ_MORE, (long)k + 1);
    }
    for (size_t i = g.nhead + (top > g.nintro ? top - g.nintro : 0); i < g.n && y < c->top + c->height; i++, y++) {
        const grid_line *l = &g.lines[i];
        if (g.side_labels && l->kind == GRID_CELL && l->row >= 0) {
            /* the question on the left in its own style, the answers after it */
            int used;
            size_t cut = text_fit(l->text, strlen(l->text), g.label_cols, &used);
            put_text(c, y, 1, g.label_cols, l->text, cut, ST_TITLE);
            put_str(c, y, 1 + g.label_cols, c->cols - 2 - g.label_cols, l->text + cut, ST_NORMAL);
        } else {
            put_str(c, y, 1, c->cols - 2, l->text, line_style(l->kind));
        }
    }
    set_cursor(c, c->top + BUTTON_ROWS, 1);
    grid_free(&g);
}

const view_ops view_tx_compare = {
    .id = VIEW_TX_COMPARE,
    .name = N_("Comparison"),
    .apply = apply,
    .draw = draw,
};
