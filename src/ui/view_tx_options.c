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

/* The header: the title (with the review date), the overdue notice when the content
 * is past its review, what the decision is, "You said", the buttons and the note on
 * the marks and the order, each wrapped to the width.  Each part gets its full rows
 * (up to a cap) when the screen still shows at least two options below them, else
 * one row each. */
enum { ITEM_ROWS = 6 };
enum { PART_OVERDUE, PART_DECISION, PART_SAID, PART_NOTE, PARTS };
static const int part_cap[PARTS] = { 2, 2, 3, 3 };

static int text_width(int cols) { return cols - 2 > 8 ? cols - 2 : 8; }

static void part_text(const app *a, int part, strbuf *b)
{
    lang_t lang = a->s.lang;
    switch (part) {
    case PART_OVERDUE: treat_overdue_text(lang, a->st, NULL, 0, b); break;
    case PART_DECISION: sb_puts(b, treat_decision_text(lang)); break;
    case PART_SAID: treat_said_text(lang, &a->s.tx.sit, b); break;
    default: sb_puts(b, treat_order_note_short(lang)); break;
    }
}

/* Rows of each part (tall: up to its cap, else 1; 0 when it has no text); returns the total with
 * the title and the buttons. */
static int part_rows(const app *a, bool tall, int rows[PARTS])
{
    int total = 2;
    strbuf b = { 0 };
    for (int p = 0; p < PARTS; p++) {
        sb_clear(&b);
        part_text(a, p, &b);
        rows[p] = 0;
        if (b.len) {
            layout lay = { 0 };
            int w = text_width(a->cols);
            layout_wrap(b.s, b.len, w, w, &lay);
            int n = (int)lay.n;
            layout_free(&lay);
            rows[p] = !tall ? 1 : n < part_cap[p] ? n : part_cap[p];
        }
        total += rows[p];
    }
    sb_free(&b);
    return total;
}

static int header(const app *a)
{
    int rows[PARTS];
    int tall = part_rows(a, true, rows);
    return app_body_rows(a) >= tall + 2 * ITEM_ROWS ? tall : part_rows(a, false, rows);
}

static int count(const app *a) { return (int)a->st->ntreatments; }

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
    (void)arg;
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
    default: return CHG_NONE;
    }
}

/* text wrapped to the screen's width on at most rows rows from y; the last row gets
 * the rest, so put_text ends it in "…" when it does not fit */
static void wrap_rows(canvas *c, int y, const char *text, size_t rows, style style_)
{
    layout lay = { 0 };
    int w = text_width(c->cols);
    size_t n = strlen(text);
    layout_wrap(text, n, w, w, &lay);
    for (size_t k = 0; k < lay.n && k < rows; k++) {
        size_t end = k + 1 == rows ? n : lay.lines[k].end;
        put_text(c, y + (int)k, 1, w, text + lay.lines[k].start, end - lay.lines[k].start, style_);
    }
    layout_free(&lay);
}

/* Draws text wrapped to w columns from row y, on at most max rows and never below
 * last; the last row it may use gets the rest of the text, so put_text ends it in
 * "…" when it does not fit.  Each row is a click target for item i.  Returns the row
 * after the text. */
static int wrapped_part(canvas *c, int y, int x, int w, const char *text, size_t n, int max, int last, int i)
{
    if (!n)
        return y;
    if (w < 8)
        w = 8;
    layout lay = { 0 };
    layout_wrap(text, n, w, w, &lay);
    for (size_t k = 0; k < lay.n && max > 0 && y <= last; k++) {
        bool final_row = max == 1 || y == last;
        size_t end = final_row ? n : lay.lines[k].end;
        put_text(c, y, x, w, text + lay.lines[k].start, end - lay.lines[k].start, ST_META);
        hit_add(c, y, 0, c->cols, ACT_SELECT, i);
        y++;
        max--;
        if (final_row)
            break;
    }
    layout_free(&lay);
    return y;
}

static void draw(const app *a, canvas *c)
{
    int y = c->top;
    put_str(c, y, 1, c->cols - 2, tr(a->s.lang, "Your options"), ST_TITLE);
    strbuf b = { 0 };
    /* the review date beside the title */
    int tx0 = 1 + str_cols(tr(a->s.lang, "Your options")) + 2;
    treat_review_text(a->s.lang, a->st, NULL, 0, &b);
    if (tx0 < c->cols - 2)
        put_str(c, y, tx0, c->cols - 1 - tx0, b.s, ST_META);
    sb_clear(&b);
    int rows_of[PARTS];
    if (app_body_rows(a) < part_rows(a, true, rows_of) + 2 * ITEM_ROWS)
        part_rows(a, false, rows_of);
    int by = y + 1;
    for (int p = 0; p < PARTS; p++) {
        if (p == PART_NOTE) { /* the buttons come before the note */
            sb_clear(&b);
            sb_printf(&b, tr(a->s.lang, "Compare picked (%d of 4)"), a->s.tx.npicks);
            int x = 1;
            x += tx_button(c, by, x, "v", b.s, ACT_TX_COMPARE) + 1;
            x += tx_button(c, by, x, "d", tr(a->s.lang, "Questions for my doctor"), ACT_TX_QUESTIONS) + 1;
            tx_button(c, by, x, "Esc", tr(a->s.lang, "Change answers"), ACT_BACK);
            by++;
        }
        if (!rows_of[p])
            continue;
        sb_clear(&b);
        part_text(a, p, &b);
        wrap_rows(c, by, b.s, (size_t)rows_of[p], p == PART_OVERDUE ? ST_NOTICE : ST_META);
        by += rows_of[p];
    }
    sb_free(&b);

    size_t n = a->st->ntreatments;
    if (!n)
        return;
    tx_verdict *v = xmalloc(sizeof *v * n);
    tx_ranked(a, v);
    const frame *f = app_cframe(a);
    int rows = view_list_rows(a, &view_tx_options);
    char line[512];
    for (int r = 0; r < rows && f->top + r < (int)n; r++) {
        int i = f->top + r;
        const treatment *t = &a->st->treatments[v[i].option];
        int ry = c->top + header(a) + r * ITEM_ROWS;
        bool sel = i == f->sel;
        snprintf(line, sizeof line, "[%s] %s", tx_picked(a, v[i].option) ? "x" : " ", lt(&t->name, a->s.lang));
        int tx = draw_list_row(c, ry, i, sel, line, ST_NORMAL);
        /* the mark in words (never only a colour), experimental always said */
        int mx = tx + str_cols(line) + 2;
        snprintf(line, sizeof line, "%s%s%s", fit_label(a->s.lang, v[i].fit), treatment_experimental(t) ? " " : "",
                 treatment_experimental(t) ? tr(a->s.lang, "(experimental)") : "");
        style mst = sel ? ST_SELECTED : v[i].fit == FIT_MAY_SUIT ? ST_HEADING : ST_NOTICE;
        int rw = c->cols - tx - 5;
        int row = ry + 1, last = ry + ITEM_ROWS - 1;
        /* the mark is the most important word here: when it does not fit beside the
         * name it gets the row under it, whole (screen-test M2) */
        if (mx + str_cols(line) <= c->cols - 1)
            put_str(c, ry, mx, c->cols - mx - 1, line, mst);
        else
        {
            int nl = put_wrapped(c, row, tx + 4, rw, line, mst, 2, false);
            for (int k = 0; k < nl && k < 2; k++)
                hit_add(c, row + k, 0, c->cols, ACT_SELECT, i);
            row += nl < 2 ? nl : 2;
        }
        /* under the name: its status (with where it is approved), what it matches,
         * then the reason, each wrapped; a part that needs more rows than it gets
         * ends in "…" */
        strbuf m = { 0 };
        treat_status_text(t, a->s.lang, &m);
        row = wrapped_part(c, row, tx + 4, rw, m.s, m.len, 2, last, i);
        sb_clear(&m);
        treat_matches_text(a->s.lang, t, &a->s.tx.sit, &m);
        row = wrapped_part(c, row, tx + 4, rw, m.s, m.len, 2, last, i);
        sb_clear(&m);
        treat_reason_text(&v[i], a->s.lang, &m);
        wrapped_part(c, row, tx + 4, rw, m.s, m.len, ITEM_ROWS, last, i);
        sb_free(&m);
    }
    free(v);
}

const view_ops view_tx_options = {
    .id = VIEW_TX_OPTIONS,
    .name = N_("Your options"),
    .header = header,
    .item_rows = ITEM_ROWS,
    .count = count,
    .open = open,
    .apply = apply,
    .draw = draw,
};
