/* "Compare treatments", second part: every option marked "may suit you", "ask your
 * doctor" or "usually not for your situation", with its reason, best fit first.
 * Enter, a number or a click picks an option; 2 to 4 picked can be compared. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/strbuf.h"
#include "core/xalloc.h"
#include "text/layout.h"
#include "treat/explain.h"
#include "ui/chrome.h"
#include "ui/draw.h"
#include "ui/tx_draw.h"
#include "ui/tx_ui.h"
#include "ui/view.h"

/* The whole screen is one column of rows that scrolls: the title (with the review
 * date), the overdue notice when the content is past its review, what the decision is,
 * "You said", the buttons and the note on the marks and the order, then each option:
 * its name, its mark in words, its status, what it matches and the reason.  Nothing is
 * cut to fit a short or narrow window: every part wraps to the width and takes the rows
 * it needs, and the list scrolls instead (screen-test M2). */
enum { ITEM_GAP = 1 }; /* a blank row between options */

static int text_width(int cols) { return cols - 2 > 8 ? cols - 2 : 8; }

/* Where the rows of the document land: rows [top, top + height) of it are on the canvas
 * from row y0; c is NULL when only measuring. */
typedef struct pane {
    canvas *c;
    int top, y0, height;
    int row;               /* the next row of the document */
} pane;

/* The canvas row of document row r, or -1 when it is not on screen (drawing at -1
 * does nothing). */
static int screen_row(const pane *p, int r)
{
    if (!p->c || r < p->top || r >= p->top + p->height)
        return -1;
    return p->y0 + r - p->top;
}

/* text wrapped to w columns from column x, every row of it; each row is a click target
 * for item (when item >= 0) */
static void wrapped(pane *p, int x, int w, const char *text, size_t n, style st, int item)
{
    if (!n)
        return;
    if (w < 8)
        w = 8;
    layout lay = { 0 };
    layout_wrap(text, n, w, w, &lay);
    for (size_t k = 0; k < lay.n; k++, p->row++) {
        int y = screen_row(p, p->row);
        if (y < 0)
            continue;
        put_text(p->c, y, x, w, text + lay.lines[k].start, lay.lines[k].end - lay.lines[k].start, st);
        if (item >= 0)
            hit_add(p->c, y, 0, p->c->cols, ACT_SELECT, item);
    }
    layout_free(&lay);
}

/* The buttons, each whole: one that does not fit after the others starts a new row. */
static void buttons(const app *a, pane *p, int cols)
{
    strbuf b = { 0 };
    sb_printf(&b, tr(a->s.lang, "Compare picked (%d of 4)"), a->s.tx.npicks);
    const struct { const char *key, *label; action act; } bt[] = {
        { "v", b.s, ACT_TX_COMPARE },
        { "d", tr(a->s.lang, "Questions for my doctor"), ACT_TX_QUESTIONS },
        { "Esc", tr(a->s.lang, "Change answers"), ACT_BACK },
    };
    int x = 1;
    for (size_t i = 0; i < sizeof bt / sizeof bt[0]; i++) {
        int w = 2 + str_cols(bt[i].key) + 1 + str_cols(bt[i].label);
        if (x > 1 && x + w > cols - 1) {
            p->row++;
            x = 1;
        }
        int y = screen_row(p, p->row);
        if (y >= 0)
            tx_button(p->c, y, x, bt[i].key, bt[i].label, bt[i].act);
        x += w + 1;
    }
    p->row++;
    sb_free(&b);
}

static void header(const app *a, pane *p, int cols)
{
    lang_t lang = a->s.lang;
    int w = text_width(cols);
    const char *title = tr(lang, "Your options");
    strbuf b = { 0 };
    treat_review_text(lang, a->st, NULL, 0, &b);
    /* the review date beside the title when it fits whole, else on the rows under it */
    int beside = 1 + str_cols(title) + 2;
    int y = screen_row(p, p->row);
    if (y >= 0)
        put_str(p->c, y, 1, w, title, ST_TITLE);
    if (beside + str_cols(b.s) <= cols - 1) {
        if (y >= 0)
            put_str(p->c, y, beside, cols - 1 - beside, b.s, ST_META);
        p->row++;
    } else {
        p->row++;
        wrapped(p, 1, w, b.s, b.len, ST_META, -1);
    }
    sb_clear(&b);
    treat_overdue_text(lang, a->st, NULL, 0, &b);
    wrapped(p, 1, w, b.s, b.len, ST_NOTICE, -1);
    const char *decision = treat_decision_text(lang);
    wrapped(p, 1, w, decision, strlen(decision), ST_META, -1);
    sb_clear(&b);
    treat_said_text(lang, &a->s.tx.sit, &b);
    wrapped(p, 1, w, b.s, b.len, ST_META, -1);
    buttons(a, p, cols);
    const char *note = treat_order_note_short(lang);
    wrapped(p, 1, w, note, strlen(note), ST_META, -1);
    sb_free(&b);
}

/* One option: the name (wrapped under itself when long), the mark in words beside it when
 * it fits whole, else on the rows under it, then its status, what it matches and the reason. */
static void item(const app *a, pane *p, int cols, const tx_verdict *v, int i, bool sel)
{
    const treatment *t = &a->st->treatments[v->option];
    char line[512];
    snprintf(line, sizeof line, "[%s] %s", tx_picked(a, v->option) ? "x" : " ", lt(&t->name, a->s.lang));
    int tx = 6; /* where draw_list_row puts the text: after "> 1. " */
    int nw = cols - tx - 1;
    layout lay = { 0 };
    layout_wrap(line, strlen(line), nw, nw, &lay);
    size_t first_end = lay.n ? lay.lines[0].end : strlen(line);
    char first[512];
    memcpy(first, line, first_end);
    first[first_end] = '\0';
    int y = screen_row(p, p->row);
    if (y >= 0)
        draw_list_row(p->c, y, i, sel, first, ST_NORMAL);
    p->row++;
    for (size_t k = 1; k < lay.n; k++, p->row++) {
        y = screen_row(p, p->row);
        if (y < 0)
            continue;
        if (sel)
            put_blank(p->c, y, 0, p->c->cols, ST_SELECTED);
        put_text(p->c, y, tx, nw, line + lay.lines[k].start, lay.lines[k].end - lay.lines[k].start,
                 sel ? ST_SELECTED : ST_NORMAL);
        hit_add(p->c, y, 0, p->c->cols, ACT_SELECT, i);
    }
    int last_cols = lay.n ? lay.lines[lay.n - 1].cols : 0;
    layout_free(&lay);

    /* the mark in words (never only a colour), experimental always said; it is the most
     * important word here, so it is never cut: beside the name's last row when it fits
     * whole, else on its own rows under the name */
    snprintf(line, sizeof line, "%s%s%s", fit_label(a->s.lang, v->fit), treatment_experimental(t) ? " " : "",
             treatment_experimental(t) ? tr(a->s.lang, "(experimental)") : "");
    style mst = sel ? ST_SELECTED : v->fit == FIT_MAY_SUIT ? ST_HEADING : ST_NOTICE;
    int mx = tx + last_cols + 2;
    int rw = cols - tx - 5;
    if (mx + str_cols(line) <= cols - 1) {
        y = screen_row(p, p->row - 1);
        if (y >= 0)
            put_str(p->c, y, mx, cols - mx - 1, line, mst);
    } else {
        wrapped(p, tx + 4, rw, line, strlen(line), mst, i);
    }
    strbuf m = { 0 };
    treat_status_text(t, a->s.lang, &m);
    wrapped(p, tx + 4, rw, m.s, m.len, ST_META, i);
    sb_clear(&m);
    treat_matches_text(a->s.lang, t, &a->s.tx.sit, &m);
    wrapped(p, tx + 4, rw, m.s, m.len, ST_META, i);
    sb_clear(&m);
    treat_reason_text(v, a->s.lang, &m);
    wrapped(p, tx + 4, rw, m.s, m.len, ST_META, i);
    sb_free(&m);
    p->row += ITEM_GAP;
}

/* Lays the document out (drawing it on p->c when set); start[i] and end[i] (rows) of
 * each option; returns the rows in all. */
static int lay_out(const app *a, pane *p, int *start, int *end)
{
    int cols = p->c ? p->c->cols : a->cols;
    p->row = 0;
    header(a, p, cols);
    size_t n = a->st->ntreatments;
    if (!n)
        return p->row;
    tx_verdict *v = xmalloc(sizeof *v * n);
    tx_ranked(a, v);
    int sel = app_cframe(a)->sel;
    for (size_t i = 0; i < n; i++) {
        if (start)
            start[i] = p->row;
        item(a, p, cols, &v[i], (int)i, (int)i == sel);
        if (end)
            end[i] = p->row - ITEM_GAP;
    }
    free(v);
    return p->row;
}

static int count(const app *a) { return (int)a->st->ntreatments; }

/* The first row shown once the selection moved: top kept inside the document and moved
 * just enough that the selected option is on screen (its first row when it is taller
 * than the screen). */
static int shown_top(int top, int rows, int total, int s, int e)
{
    if (e > top + rows)
        top = e - rows;
    if (s < top)
        top = s;
    if (top > total - rows)
        top = total - rows;
    return top < 0 ? 0 : top;
}

typedef struct placed {
    int *start, *end;
    int total, n, rows;
} placed;

static placed place(const app *a)
{
    placed pl = { .n = count(a), .rows = app_body_rows(a) };
    pl.start = xmalloc(sizeof *pl.start * (size_t)(pl.n + 1));
    pl.end = xmalloc(sizeof *pl.end * (size_t)(pl.n + 1));
    pane p = { 0 };
    pl.total = lay_out(a, &p, pl.start, pl.end);
    return pl;
}

static void placed_free(placed *pl)
{
    free(pl->start);
    free(pl->end);
}

/* The option whose rows are (partly) on screen nearest to keep: the first one when going
 * down past the selection's end, the last one when going up. */
static int visible_item(const placed *pl, int top, bool first)
{
    int found = -1;
    for (int i = 0; i < pl->n; i++) {
        if (pl->end[i] > top && pl->start[i] < top + pl->rows) {
            found = i;
            if (first)
                break;
        }
    }
    return found;
}

/* Moving and scrolling: Up and Down go from option to option, first scrolling through
 * one taller than the screen; PgUp/PgDn and the wheel scroll the rows and keep the
 * selection on screen. */
static unsigned move_sel(app *a, action act, const action_arg *arg)
{
    frame *f = app_frame(a);
    placed pl = place(a);
    if (pl.n <= 0) {
        placed_free(&pl);
        return CHG_NONE;
    }
    int rows = pl.rows, max = pl.total - rows > 0 ? pl.total - rows : 0;
    int sel = f->sel < 0 ? 0 : f->sel >= pl.n ? pl.n - 1 : f->sel;
    int top = f->top < 0 ? 0 : f->top > max ? max : f->top;
    unsigned chg = CHG_DRAW;
    bool follow = true; /* the selection decides the top */
    switch (act) {
    case ACT_DOWN:
        if (pl.end[sel] > top + rows) { /* the selection goes on below: scroll towards it */
            if (pl.start[sel] > top && pl.start[sel] < top + rows) /* its start is shown: all of it */
                top = pl.end[sel] - rows < pl.start[sel] ? pl.end[sel] - rows : pl.start[sel];
            else
                top++; /* a line at a time, as Down does in a text */
            follow = false;
        } else if (sel + 1 < pl.n) {
            sel++;
        } else if (top < max) {
            top++;
            follow = false;
        }
        break;
    case ACT_UP:
        if (pl.start[sel] < top) {
            top--;
            follow = false;
        } else if (sel > 0) {
            sel--;
        } else if (top > 0) {
            top--; /* back up to the header */
            follow = false;
        }
        break;
    case ACT_PAGE_UP:
    case ACT_PAGE_DOWN:
    case ACT_SCROLL_UP:
    case ACT_SCROLL_DOWN: {
        int step = act == ACT_PAGE_UP || act == ACT_PAGE_DOWN ? (rows > 1 ? rows - 1 : 1) : 3;
        bool down = act == ACT_PAGE_DOWN || act == ACT_SCROLL_DOWN;
        top += down ? step : -step;
        top = top < 0 ? 0 : top > max ? max : top;
        if (pl.end[sel] <= top || pl.start[sel] >= top + rows) {
            int v = visible_item(&pl, top, down);
            if (v >= 0)
                sel = v;
        }
        follow = false;
        break;
    }
    case ACT_FIRST: sel = 0; top = 0; follow = false; break;
    case ACT_LAST: sel = pl.n - 1; top = max; follow = false; break;
    case ACT_PICK:
    case ACT_SELECT:
        if (arg->n < 0 || arg->n >= pl.n) {
            chg = CHG_NONE;
            break;
        }
        sel = (int)arg->n;
        break;
    default: chg = CHG_NONE; break;
    }
    if (chg != CHG_NONE) {
        f->sel = sel;
        f->top = follow ? shown_top(top, rows, pl.total, pl.start[sel], pl.end[sel]) : top < 0 ? 0 : top > max ? max : top;
    }
    placed_free(&pl);
    return chg;
}

static unsigned open(app *a, int i)
{
    if (i < 0 || (size_t)i >= a->st->ntreatments)
        return CHG_NONE;
    tx_verdict *v = xmalloc(sizeof *v * a->st->ntreatments);
    tx_ranked(a, v);
    unsigned chg = tx_toggle(a, v[i].option);
    free(v);
    return chg;
}

static unsigned apply(app *a, action act, const action_arg *arg)
{
    switch (act) {
    case ACT_TX_COMPARE: return tx_open_compare(a);
    case ACT_TX_QUESTIONS: return app_push(a, VIEW_TX_DOCTOR, -1);
    case ACT_TX_READ_MORE: { /* the chosen option's full topic */
        int i = app_cframe(a)->sel;
        if (i < 0 || (size_t)i >= a->st->ntreatments)
            return CHG_NONE;
        tx_verdict *v = xmalloc(sizeof *v * a->st->ntreatments);
        tx_ranked(a, v);
        long topic = a->st->treatments[v[i].option].topic;
        free(v);
        return app_open_topic(a, topic);
    }
    case ACT_PICK:
    case ACT_SELECT: {
        unsigned chg = move_sel(a, act, arg);
        return chg ? open(a, app_cframe(a)->sel) | chg : CHG_NONE;
    }
    default: return move_sel(a, act, arg);
    }
}

/* The list opens at its top, with the header; the rows scroll from there (the
 * selection may still be below the screen: Down scrolls to it). */
static void draw(const app *a, canvas *c)
{
    pane p = { .top = app_cframe(a)->top };
    int total = lay_out(a, &p, NULL, NULL);
    if (p.top > total - c->height)
        p.top = total - c->height;
    if (p.top < 0)
        p.top = 0;
    p = (pane){ .c = c, .top = p.top, .y0 = c->top, .height = c->height };
    lay_out(a, &p, NULL, NULL);
}

const view_ops view_tx_options = {
    .id = VIEW_TX_OPTIONS,
    .name = N_("Your options"),
    .count = count,
    .open = open,
    .apply = apply,
    .draw = draw,
};
