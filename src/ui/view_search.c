/* The search screen: a line editor on top, results below that update on every
 * keystroke (two rows each: title, then a snippet with the matches marked).  Enter
 * opens a topic at its first match, or a glossary term's card. */
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "search/search.h"
#include "text/width.h"
#include "ui/chrome.h"
#include "ui/draw.h"
#include "ui/view.h"

enum { HEADER_ROWS = 3, ITEM_ROWS = 2 };

static int count(const app *a) { return a->s.results ? (int)a->s.results->n : 0; }

static unsigned open(app *a, int i)
{
    if (!a->s.results || i < 0 || (size_t)i >= a->s.results->n)
        return CHG_NONE;
    const search_hit *h = &a->s.results->hits[i];
    switch (h->kind) {
    case SEARCH_TOPIC: {
        char q[READER_QUERY_MAX];
        le_text(&a->s.query, q, sizeof q);
        unsigned chg = app_open_topic(a, (long)h->index);
        frame *f = app_frame(a);
        f->highlight = true;
        snprintf(f->query, sizeof f->query, "%s", q);
        app_sync_reader(a);
        if (a->rd.nmatches) {
            f->match = 0;
            /* The title stays in view with the first match whenever both fit on one
             * screen; only a match further down scrolls, keeping 2 lines above it. */
            int body = app_body_rows(a), row = a->rd.matches[0].row;
            f->top = row < body - 1 ? 0 : row - (body > 6 ? 2 : 0);
            app_sync_reader(a);
        }
        return chg | CHG_DRAW;
    }
    case SEARCH_GLOSSARY: return app_push(a, VIEW_GLOSSARY, (long)h->index);
    case SEARCH_TREATMENT: return app_push(a, VIEW_TREATMENTS, (long)h->index);
    case SEARCH_QUESTION: {
        const question *qn = &a->st->questions[h->index];
        return app_open_section(a, (long)qn->topic, (int)qn->section);
    }
    }
    return CHG_NONE;
}

static unsigned edited(app *a, bool changed)
{
    if (!changed)
        return CHG_DRAW;
    app_refresh_results(a);
    frame *f = app_frame(a);
    f->sel = 0;
    f->top = 0;
    return CHG_DRAW;
}

static unsigned apply(app *a, action act, const action_arg *arg)
{
    line_edit *e = &a->s.query;
    switch (act) {
    case ACT_EDIT_INSERT: return edited(a, arg->text && le_insert(e, arg->text));
    case ACT_EDIT_BACKSPACE: return edited(a, le_backspace(e));
    case ACT_EDIT_DELETE: return edited(a, le_delete(e));
    case ACT_EDIT_CLEAR: return edited(a, le_clear(e));
    case ACT_EDIT_RECALL: return edited(a, !e->len && a->s.last_query[0] && le_insert(e, a->s.last_query));
    case ACT_EDIT_LEFT: le_left(e); return CHG_DRAW;
    case ACT_EDIT_RIGHT: le_right(e); return CHG_DRAW;
    case ACT_EDIT_START: le_start(e); return CHG_DRAW;
    case ACT_EDIT_END: le_end(e); return CHG_DRAW;
    default:
        /* results may have been dropped by a language switch: run them again */
        if (!a->s.results && e->len)
            app_refresh_results(a);
        return CHG_NONE;
    }
}

static void draw_editor(const app *a, canvas *c, int y)
{
    const line_edit *e = &a->s.query;
    const char *label = tr(a->s.lang, "Search:");
    int x = 1 + put_str(c, y, 1, c->cols - 2, label, ST_HEADING) + 1;
    /* [Clear] at the end of the line: a finger or a mouse can empty it too. */
    char clear[64];
    snprintf(clear, sizeof clear, "[%s]", tr(a->s.lang, "Clear"));
    int cw = text_cols(clear, strlen(clear));
    int width = c->cols - x - 1;
    if (e->len && width - cw - 1 >= 8) {
        width -= cw + 1;
        put_str(c, y, x + width + 1, cw, clear, ST_BUTTON);
        hit_add(c, y, x + width + 1, x + width + 1 + cw, ACT_EDIT_CLEAR, 0);
    }
    if (width < 2)
        return;
    put_blank(c, y, x, width, ST_INPUT);
    if (!e->len && a->s.last_query[0]) {
        /* the last search, offered: Tab or a click puts it back */
        put_str(c, y, x, width, a->s.last_query, ST_META);
        hit_add(c, y, x, x + width, ACT_EDIT_RECALL, 0);
        set_cursor(c, y, x);
        return;
    }
    int first = le_scroll(e, width);
    int col = 0;
    for (int i = first; i < e->len; i++) {
        char buf[8];
        size_t k = utf8_encode(e->cp[i], buf);
        int w = cp_width(e->cp[i]);
        if (col + w > width)
            break;
        put_text(c, y, x + col, w, buf, k, ST_INPUT);
        col += w;
    }
    hit_add(c, y, x, x + width, ACT_EDIT_END, 0);
    set_cursor(c, y, x + le_cols(e, e->cursor) - le_cols(e, first));
}

/* Snippet and title spans as draw spans relative to [start, end). */
static size_t spans_of(const search_spans *s, size_t start, size_t end, draw_span *out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < s->n && n < max; i++) {
        size_t a = s->v[i].start > start ? s->v[i].start : start;
        size_t b = s->v[i].end < end ? s->v[i].end : end;
        if (a < b)
            out[n++] = (draw_span){ a - start, b - start, ST_MATCH };
    }
    return n;
}

static void draw_hit(const app *a, canvas *c, int y, int i, bool sel)
{
    search_hit_prepare(a->ix, a->s.results, (size_t)i); /* its snippet, now that it is on screen */
    const search_hit *h = &a->s.results->hits[i];
    const char *title = search_hit_title(a->ix, h, a->s.lang);
    int x = draw_list_row(c, y, i, sel, "", ST_NORMAL);
    draw_span sp[16];
    size_t nsp = spans_of(&h->title_spans, 0, strlen(title), sp, 16);
    style base = sel ? ST_SELECTED : ST_HEADING;
    x += put_spans(c, y, x, c->cols - x - 1, title, strlen(title), base, sp, nsp, NULL);
    /* say what kind of hit it is in words */
    const char *kind = h->kind == SEARCH_GLOSSARY    ? tr(a->s.lang, "(glossary)")
                       : h->kind == SEARCH_TREATMENT ? tr(a->s.lang, "(treatment)")
                       : h->kind == SEARCH_QUESTION  ? tr(a->s.lang, "(common question)")
                                                     : NULL;
    if (kind)
        put_str(c, y, x + 2, c->cols - x - 3, kind, sel ? ST_SELECTED : ST_META);
    hit_add(c, y + 1, 0, c->cols, ACT_SELECT, i);
    int sx = 6;
    if (h->snippet_cut_before)
        sx += put_str(c, y + 1, sx, c->cols - sx - 1, "...", ST_META);
    nsp = spans_of(&h->spans, h->snippet_start, h->snippet_end, sp, 16);
    bool cut = false;
    int used = put_spans(c, y + 1, sx, c->cols - sx - 4, h->snippet_src + h->snippet_start,
                         h->snippet_end - h->snippet_start, ST_META, sp, nsp, &cut);
    if (h->snippet_cut_after && !cut) /* a cut by the screen already ends in "…" */
        put_str(c, y + 1, sx + used, 3, "...", ST_META);
}

static void draw(const app *a, canvas *c)
{
    draw_editor(a, c, c->top);
    const search_result *r = a->s.results;
    char msg[256];
    if (!a->s.query.len && a->s.last_query[0])
        snprintf(msg, sizeof msg, "%s",
                 tr(a->s.lang, "Type a word in English, Chinese or pinyin. Tab: last search. Esc: back."));
    else if (!a->s.query.len)
        snprintf(msg, sizeof msg, "%s", tr(a->s.lang, "Type a word in English, Chinese or pinyin (baidianfeng, bdf)."));
    else if (!r || r->n == 0)
        snprintf(msg, sizeof msg, "%s", tr(a->s.lang, "Nothing found. Try another word."));
    else if (r->did_you_mean)
        snprintf(msg, sizeof msg, tr(a->s.lang, "Showing results for: %s"), r->did_you_mean);
    else if (r->partial)
        snprintf(msg, sizeof msg, "%s", tr(a->s.lang, "No topic has every word; these have some of them."));
    else
        snprintf(msg, sizeof msg, ntr(a->s.lang, "%zu result", "%zu results", r->total), r->total);
    put_str(c, c->top + 1, 1, c->cols - 2, msg, ST_META);
    if (!r)
        return;
    /* the cursor stays in the search line: that is where typing goes */
    int cy = c->cur_y, cx = c->cur_x;
    const frame *f = app_cframe(a);
    int rows = view_list_rows(a, &view_search);
    for (int k = 0; k < rows && f->top + k < (int)r->n; k++) {
        int i = f->top + k;
        draw_hit(a, c, c->top + HEADER_ROWS + k * ITEM_ROWS, i, i == f->sel);
    }
    set_cursor(c, cy, cx);
}

const view_ops view_search = {
    .id = VIEW_SEARCH,
    .name = N_("Search"),
    .header_rows = HEADER_ROWS,
    .item_rows = ITEM_ROWS,
    .count = count,
    .open = open,
    .apply = apply,
    .draw = draw,
};
