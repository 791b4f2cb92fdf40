/* A glossary card: the term and its definition in English and in Chinese, and the
 * topic that explains it (Enter, Tab or a click opens it). */
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "text/layout.h"
#include "ui/chrome.h"
#include "ui/draw.h"
#include "ui/view.h"

static const gloss_term *term_of(const app *a, const frame *f)
{
    if (f->item < 0 || (size_t)f->item >= a->st->nglossary)
        return NULL;
    return &a->st->glossary[f->item];
}

static unsigned apply(app *a, action act, const action_arg *arg)
{
    (void)arg;
    const gloss_term *g = term_of(a, app_cframe(a));
    if (!g)
        return CHG_NONE;
    switch (act) {
    case ACT_OPEN:
    case ACT_SELECT:
    case ACT_NEXT_LINK:
    case ACT_PREV_LINK:
        if (g->topic < 0)
            return CHG_DRAW;
        if (act == ACT_NEXT_LINK || act == ACT_PREV_LINK) {
            app_frame(a)->link = 0;
            return CHG_DRAW;
        }
        return app_open_topic(a, g->topic);
    default: return CHG_NONE;
    }
}

/* Wraps text into at most max rows from y; returns the rows used. */
static int para(canvas *c, int y, int x, int width, int max, const char *text, style st)
{
    layout lay = { 0 };
    layout_wrap(text, strlen(text), width, width, &lay);
    int used = 0;
    for (size_t i = 0; i < lay.n && used < max; i++, used++)
        put_text(c, y + used, x, width, text + lay.lines[i].start, lay.lines[i].end - lay.lines[i].start, st);
    layout_free(&lay);
    return used;
}

static void draw(const app *a, canvas *c)
{
    const gloss_term *g = term_of(a, app_cframe(a));
    if (!g)
        return;
    lang_t zh = app_chinese(a);
    int w = c->cols - 6 > 76 ? 76 : c->cols - 6;
    int x = 3, y = c->top + 1, bottom = c->top + c->height - 1;
    char title[256];
    snprintf(title, sizeof title, "%s / %s", lt(&g->term, LANG_EN), lt(&g->term, zh));
    put_box(c, c->top, 1, c->height, w + 4, ST_BOX);
    y += para(c, y, x, w, bottom - y, title, ST_TITLE);
    y++;
    y += para(c, y, x, w, bottom - y, lt(&g->definition, LANG_EN), ST_NORMAL);
    y++;
    y += para(c, y, x, w, bottom - y, lt(&g->definition, zh), ST_NORMAL);
    y++;
    set_cursor(c, c->top + 1, x);
    if (g->topic >= 0 && y < bottom) {
        char more[512];
        snprintf(more, sizeof more, tr(a->s.lang, "Read more: %s"), lt(&store_topic(a->st, g->topic)->title, a->s.lang));
        put_str(c, y, x, w, more, app_cframe(a)->link == 0 ? ST_LINK_FOCUS : ST_LINK);
        hit_add(c, y, x, x + w, ACT_SELECT, 0);
        set_cursor(c, y, x);
    }
}

static const char *crumb(const app *a, const frame *f)
{
    const gloss_term *g = term_of(a, f);
    return g ? lt(&g->term, a->s.lang) : tr(a->s.lang, "Glossary");
}

const view_ops view_glossary = {
    .id = VIEW_GLOSSARY,
    .name = N_("Glossary"),
    .apply = apply,
    .draw = draw,
    .crumb = crumb,
};
