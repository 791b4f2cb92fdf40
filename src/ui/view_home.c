/* The home screen: title, the "information, not a diagnosis" reminder, who prepared
 * the content, then "start here", the categories with topic counts and the entry
 * for the treatment comparison. */
#include <stdio.h>

#include "core/i18n.h"
#include "text/doc.h"
#include "ui/chrome.h"
#include "ui/draw.h"
#include "ui/view.h"

enum { HEADER_ROWS = 4 };

typedef enum { ITEM_START, ITEM_CATEGORY, ITEM_TREATMENTS } item_kind;

static bool has_start(const app *a) { return a->st->start_here >= 0 && (size_t)a->st->start_here < a->st->ntopics; }

static int count(const app *a) { return (has_start(a) ? 1 : 0) + (int)a->st->ncategories + 1; }

/* What item i is; *cat gets the category index. */
static item_kind kind_of(const app *a, int i, size_t *cat)
{
    if (has_start(a)) {
        if (i == 0)
            return ITEM_START;
        i--;
    }
    if ((size_t)i < a->st->ncategories) {
        *cat = (size_t)i;
        return ITEM_CATEGORY;
    }
    return ITEM_TREATMENTS;
}

static unsigned open(app *a, int i)
{
    size_t cat = 0;
    switch (kind_of(a, i, &cat)) {
    case ITEM_START: return app_open_topic(a, a->st->start_here);
    case ITEM_CATEGORY: return app_push(a, VIEW_CATEGORY, (long)cat);
    case ITEM_TREATMENTS: return app_push(a, VIEW_TREATMENTS, -1);
    }
    return CHG_NONE;
}

static void draw(const app *a, canvas *c)
{
    int y = c->top;
    put_str(c, y, 1, c->cols - 2, _("Vitiligo Explorer"), ST_TITLE);
    put_str(c, y + 1, 1, c->cols - 2, doc_disclaimer(), ST_NOTICE);
    put_str(c, y + 2, 1, c->cols - 2, doc_prepared_by(), ST_META);
    const frame *f = app_cframe(a);
    int rows = view_list_rows(a, &view_home);
    int n = count(a);
    for (int r = 0; r < rows && f->top + r < n; r++) {
        int i = f->top + r;
        int ry = c->top + HEADER_ROWS + r;
        size_t cat = 0;
        char text[512];
        bool sel = i == f->sel;
        switch (kind_of(a, i, &cat)) {
        case ITEM_START:
            snprintf(text, sizeof text, _("Start here: %s"), lt(&a->st->topics[a->st->start_here].title, a->s.lang));
            draw_list_row(c, ry, i, sel, text, ST_HEADING);
            break;
        case ITEM_CATEGORY: {
            const category *k = &a->st->categories[cat];
            int x = draw_list_row(c, ry, i, sel, lt(&k->title, a->s.lang), ST_NORMAL);
            char num[64];
            snprintf(num, sizeof num, P_("(%zu topic)", "(%zu topics)", k->ntopics), k->ntopics);
            int tx = x + str_cols(lt(&k->title, a->s.lang)) + 2;
            put_str(c, ry, tx, c->cols - tx - 1, num, sel ? ST_SELECTED : ST_META);
            break;
        }
        case ITEM_TREATMENTS:
            draw_list_row(c, ry, i, sel, _("Compare treatments"), ST_NORMAL);
            break;
        }
    }
}

static const char *crumb(const app *a, const frame *f)
{
    (void)a;
    (void)f;
    return _("Home");
}

const view_ops view_home = {
    .id = VIEW_HOME,
    .name = N_("Home"),
    .header_rows = HEADER_ROWS,
    .count = count,
    .open = open,
    .draw = draw,
    .crumb = crumb,
};
