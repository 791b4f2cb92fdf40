/* The reader: one topic, laid out by src/text/doc.c, drawn row by row from the
 * reader model (src/ui/reader.h); English and Chinese side by side when asked for
 * and wide enough. */
#include <string.h>

#include "core/i18n.h"
#include "text/width.h"
#include "ui/chrome.h"
#include "ui/draw.h"
#include "ui/view.h"

/* ---- state transitions (no drawing) ------------------------------------------------ */

static void scroll_to(app *a, int top)
{
    frame *f = app_frame(a);
    f->top = top; /* app_sync_reader clamps it and updates the anchor */
}

/* Scrolls so row is on screen, a little below the top when it was not. */
static void reveal(app *a, int row)
{
    frame *f = app_frame(a);
    int body = app_body_rows(a);
    if (row < f->top || row >= f->top + body)
        scroll_to(a, row - (body > 6 ? 2 : 0));
}

static unsigned move_link(app *a, int dir)
{
    frame *f = app_frame(a);
    int n = (int)a->rd.nlinks;
    if (n == 0)
        return CHG_DRAW;
    f->link = f->link < 0 ? (dir > 0 ? 0 : n - 1) : (f->link + dir + n) % n;
    reveal(a, a->rd.link_rows[f->link]);
    return CHG_DRAW;
}

static unsigned move_match(app *a, int dir)
{
    frame *f = app_frame(a);
    int n = (int)a->rd.nmatches;
    if (n == 0) {
        app_set_status(a, tr(a->s.lang, "No search matches in this topic."));
        return CHG_DRAW;
    }
    f->match = f->match < 0 ? reader_match_from(&a->rd, f->top) : (f->match + dir + n) % n;
    reveal(a, a->rd.matches[f->match].row);
    return CHG_DRAW;
}

static unsigned apply(app *a, action act, const action_arg *arg)
{
    frame *f = app_frame(a);
    int page = app_body_rows(a) - 1;
    if (page < 1)
        page = 1;
    switch (act) {
    case ACT_UP: scroll_to(a, f->top - 1); return CHG_DRAW;
    case ACT_DOWN: scroll_to(a, f->top + 1); return CHG_DRAW;
    case ACT_SCROLL_UP: scroll_to(a, f->top - 3); return CHG_DRAW;
    case ACT_SCROLL_DOWN: scroll_to(a, f->top + 3); return CHG_DRAW;
    case ACT_PAGE_UP: scroll_to(a, f->top - page); return CHG_DRAW;
    case ACT_PAGE_DOWN: scroll_to(a, f->top + page); return CHG_DRAW;
    case ACT_FIRST: scroll_to(a, 0); return CHG_DRAW;
    case ACT_LAST: scroll_to(a, (int)a->rd.nrows); return CHG_DRAW;
    case ACT_NEXT_LINK: return move_link(a, 1);
    case ACT_PREV_LINK: return move_link(a, -1);
    case ACT_OPEN:
        /* nothing focused, or the focused link scrolled off screen (screen-test L2):
         * Enter does nothing, rather than open a link the reader cannot see */
        if (!reader_link_shown(&a->rd, f->link, f->top, app_body_rows(a)))
            return CHG_DRAW;
        return app_open_topic(a, a->rd.link_topics[f->link]);
    case ACT_SELECT: /* a click on a link */
        if (arg->n < 0 || (size_t)arg->n >= a->rd.nlinks)
            return CHG_DRAW;
        f->link = (int)arg->n;
        return app_open_topic(a, a->rd.link_topics[arg->n]);
    case ACT_NEXT_MATCH: return move_match(a, 1);
    case ACT_PREV_MATCH: return move_match(a, -1);
    default: return CHG_NONE;
    }
}

/* ---- drawing ------------------------------------------------------------------------ */

/* The search matches on line li of the left or right doc, as draw spans. */
static size_t line_spans(const app *a, int row, bool right, draw_span *out, size_t max)
{
    const frame *f = app_cframe(a);
    size_t n = 0;
    for (size_t i = 0; i < a->rd.nmatches && n < max; i++) {
        const reader_match *m = &a->rd.matches[i];
        if (m->row == row && m->right == right)
            out[n++] = (draw_span){ m->start, m->end, (int)i == f->match ? ST_MATCH_CURRENT : ST_MATCH };
    }
    return n;
}

static style kind_style(doc_kind k)
{
    switch (k) {
    case DOC_TITLE: return ST_TITLE;
    case DOC_SUMMARY: return ST_SUMMARY;
    case DOC_HEADING: return ST_HEADING;
    case DOC_NOTICE:
    case DOC_NOTE: return ST_NOTICE;
    case DOC_LINK: return ST_LINK;
    case DOC_META: return ST_META;
    default: return ST_NORMAL;
    }
}

/* Draws line li of d at (y, x) in width columns.  link_focus: this is the focused link. */
static void draw_line(const app *a, canvas *c, const doc *d, int li, int row, bool right, int y, int x, int width,
                      bool link_focus)
{
    const doc_line *l = &d->lines[li];
    style st = link_focus ? ST_LINK_FOCUS : kind_style(l->kind);
    switch (l->kind) {
    case DOC_BLANK: return;
    case DOC_RULE: {
        const doc_line *above = li > 0 ? &d->lines[li - 1] : NULL;
        int w = above && above->src ? text_cols(above->src + above->start, above->end - above->start) : width;
        if (w > width)
            w = width;
        if (above && above->kind == DOC_TITLE)
            put_dline(c, y, x, w, ST_TITLE);
        else
            put_hline(c, y, x, w, ST_HEADING);
        return;
    }
    case DOC_BOX_TOP: {
        put_corner(c, y, x, CORNER_TL, ST_BOX);
        put_hline(c, y, x + 1, 1, ST_BOX);
        int used = 3 + put_text(c, y, x + 3, width - 5, l->src + l->start, l->end - l->start, ST_HEADING);
        put_hline(c, y, x + used + 1, width - used - 2, ST_BOX);
        put_corner(c, y, x + width - 1, CORNER_TR, ST_BOX);
        return;
    }
    case DOC_BOX_BOTTOM:
        put_corner(c, y, x, CORNER_BL, ST_BOX);
        put_hline(c, y, x + 1, width - 2, ST_BOX);
        put_corner(c, y, x + width - 1, CORNER_BR, ST_BOX);
        return;
    case DOC_BOX_LINE:
        put_vline(c, y, x, ST_BOX);
        put_vline(c, y, x + width - 1, ST_BOX);
        x += 2;
        width -= 4;
        break;
    default: break;
    }
    int cx = x + l->indent;
    int avail = width - l->indent;
    if (l->prefix)
        put_str(c, y, cx, avail, l->prefix, l->kind == DOC_ITEM || l->kind == DOC_BOX_LINE ? ST_NORMAL : st);
    cx += l->prefix_cols;
    avail -= l->prefix_cols;
    if (!l->src || avail <= 0)
        return;
    if (l->kind == DOC_ART && c->ascii) {
        /* the picture keeps its shape without line-drawing characters, like the frames */
        strbuf b = { 0 };
        art_ascii(l->src + l->start, l->end - l->start, &b);
        put_text(c, y, cx, avail, b.s ? b.s : "", b.len, st);
        sb_free(&b);
        return;
    }
    draw_span sp[32];
    size_t nsp = line_spans(a, row, right, sp, 32);
    /* spans are offsets into src; put_spans wants offsets into the drawn bytes */
    for (size_t k = 0; k < nsp; k++) {
        sp[k].start -= l->start;
        sp[k].end -= l->start;
    }
    put_spans(c, y, cx, avail, l->src + l->start, l->end - l->start, st, sp, nsp, NULL);
}

static void draw(const app *a, canvas *c)
{
    const reader *r = &a->rd;
    const frame *f = app_cframe(a);
    if (!r->valid || r->nrows == 0)
        return;
    int focus_row = f->link >= 0 && (size_t)f->link < r->nlinks ? r->link_rows[f->link] : -1;
    int cursor_row = -1, cursor_x = r->left_x;
    for (int y = 0; y < c->height && f->top + y < (int)r->nrows; y++) {
        int row = f->top + y;
        const reader_row *rr = &r->rows[row];
        int link = reader_link_at_row(r, row);
        bool focused = link >= 0 && link == f->link;
        if (rr->left >= 0)
            draw_line(a, c, &r->left, rr->left, row, false, c->top + y, r->left_x, r->text_width, focused);
        if (r->side) {
            put_vline(c, c->top + y, r->left_x + r->text_width + 1, ST_BOX);
            if (rr->right >= 0)
                draw_line(a, c, &r->right, rr->right, row, true, c->top + y, r->right_x, r->text_width, focused);
        }
        if (link >= 0)
            hit_add(c, c->top + y, r->left_x, r->side ? c->cols : r->left_x + r->text_width, ACT_SELECT, link);
        if (row == focus_row)
            cursor_row = c->top + y, cursor_x = r->left_x + 2;
    }
    if (cursor_row < 0 && f->match >= 0 && (size_t)f->match < r->nmatches) {
        const reader_match *m = &r->matches[f->match];
        if (m->row >= f->top && m->row < f->top + c->height) {
            const doc *d = m->right ? &r->right : &r->left;
            const doc_line *l = &d->lines[m->line];
            cursor_row = c->top + m->row - f->top;
            cursor_x = (m->right ? r->right_x : r->left_x) + l->indent + l->prefix_cols +
                       (l->kind == DOC_BOX_LINE ? 2 : 0) + text_cols(l->src + l->start, m->start - l->start);
        }
    }
    if (cursor_row < 0)
        cursor_row = c->top;
    set_cursor(c, cursor_row, cursor_x);
}

static const char *crumb(const app *a, const frame *f)
{
    if (f->item < 0 || (size_t)f->item >= a->st->ntopics)
        return "";
    return lt(&store_topic(a->st, f->item)->title, a->s.lang);
}

const view_ops view_reader = {
    .id = VIEW_READER,
    .name = N_("Topic"),
    .apply = apply,
    .draw = draw,
    .crumb = crumb,
};
