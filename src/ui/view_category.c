/* The topics of one category, in reading order. */
#include "content/store.h"
#include "core/i18n.h"
#include "ui/chrome.h"
#include "ui/draw.h"
#include "ui/view.h"

enum { HEADER_ROWS = 3 };

static const category *cat_of(const app *a, const frame *f)
{
    size_t i = f->item >= 0 && (size_t)f->item < a->st->ncategories ? (size_t)f->item : 0;
    return &a->st->categories[i];
}

static int count(const app *a) { return a->st->ncategories ? (int)cat_of(a, app_cframe(a))->ntopics : 0; }

static unsigned open(app *a, int i)
{
    const category *k = cat_of(a, app_frame(a));
    if (i < 0 || (size_t)i >= k->ntopics)
        return CHG_NONE;
    return app_open_topic(a, (long)k->topics[i]);
}

static void draw(const app *a, canvas *c)
{
    if (!a->st->ncategories)
        return;
    const frame *f = app_cframe(a);
    const category *k = cat_of(a, f);
    put_str(c, c->top, 1, c->cols - 2, lt(&k->title, a->s.lang), ST_TITLE);
    put_str(c, c->top + 1, 1, c->cols - 2, lt(&k->description, a->s.lang), ST_META);
    int rows = view_list_rows(a, &view_category);
    for (int r = 0; r < rows && f->top + r < (int)k->ntopics; r++) {
        int i = f->top + r;
        const topic *t = store_topic(a->st, k->topics[i]);
        int y = c->top + HEADER_ROWS + r;
        int x = draw_list_row(c, y, i, i == f->sel, lt(&t->title, a->s.lang), ST_NORMAL);
        /* say it in words, not only in colour */
        const char *mark = store_topic_unavailable(a->st, k->topics[i]) ? tr(a->s.lang, "(temporarily unavailable)") : t->experimental ? tr(a->s.lang, "(experimental)") : NULL;
        if (mark) {
            int tx = x + str_cols(lt(&t->title, a->s.lang)) + 2;
            put_str(c, y, tx, c->cols - tx - 1, mark, i == f->sel ? ST_SELECTED : ST_NOTICE);
        }
    }
}

static const char *crumb(const app *a, const frame *f)
{
    return a->st->ncategories ? lt(&cat_of(a, f)->title, a->s.lang) : "";
}

const view_ops view_category = {
    .id = VIEW_CATEGORY,
    .name = N_("Topics"),
    .header_rows = HEADER_ROWS,
    .count = count,
    .open = open,
    .draw = draw,
    .crumb = crumb,
};
