/* The kiosk's attract screen, shown after an idle reset: a bilingual welcome and
 * the site's languages named in their own words, and a teaser (a topic's title in
 * both languages and its summary) that changes every few seconds.  Any key or touch leaves it (app_note_input), so it has no actions. */
#include <string.h>

#include "core/i18n.h"
#include "text/layout.h"
#include "ui/chrome.h"
#include "ui/draw.h"
#include "ui/view.h"

/* Teasers: the first topic of each category. */
static long teaser(const app *a, long k)
{
    size_t n = 0;
    for (size_t c = 0; c < a->st->ncategories; c++)
        if (a->st->categories[c].ntopics)
            n++;
    if (n == 0)
        return -1;
    k %= (long)n;
    for (size_t c = 0; c < a->st->ncategories; c++)
        if (a->st->categories[c].ntopics && k-- == 0)
            return (long)a->st->categories[c].topics[0];
    return -1;
}

static void centred(canvas *c, int y, const char *s, style st)
{
    int w = str_cols(s);
    int x = w < c->cols ? (c->cols - w) / 2 : 0;
    put_str(c, y, x, c->cols - x, s, st);
}

/* The site's languages, each named in its own words, so a reader sees theirs is
 * here before they start; on two lines when one is too narrow. */
static void languages(const app *a, canvas *c, int y)
{
    const lang_list *l = &a->set.languages;
    if (l->n < 2)
        return;
    char line[256] = "";
    size_t used = 0;
    for (int i = 0; i < l->n; i++)
        used += (size_t)snprintf(line + used, used < sizeof line ? sizeof line - used : 0, "%s%s",
                                 i ? "  ·  " : "", lang_native_name(l->v[i]));
    if (str_cols(line) <= c->cols) {
        centred(c, y, line, ST_NORMAL);
        return;
    }
    for (int half = 0; half < 2; half++) { /* too narrow: two rows */
        line[0] = '\0';
        used = 0;
        for (int i = half * ((l->n + 1) / 2); i < (half + 1) * ((l->n + 1) / 2) && i < l->n; i++)
            used += (size_t)snprintf(line + used, used < sizeof line ? sizeof line - used : 0, "%s%s",
                                     used ? "  " : "", lang_native_name(l->v[i]));
        centred(c, y + half, line, ST_NORMAL);
    }
}

static void draw(const app *a, canvas *c)
{
    lang_t zh = app_chinese(a);
    int y = c->rows / 4;
    centred(c, y, tr(LANG_EN, "Welcome to Vitiligo Explorer"), ST_TITLE);
    centred(c, y + 1, tr(zh, "Welcome to Vitiligo Explorer"), ST_TITLE);
    /* wrapped, not cut, on a narrow screen */
    int wide = c->cols - 2;
    const char *press_en = tr(LANG_EN, "Press any key or touch the screen to start");
    const char *press_zh = tr(zh, "Press any key or touch the screen to start");
    int ne = put_wrapped(NULL, 0, 0, wide, press_en, ST_NOTICE, 0, true);
    y -= ne - 1 > y ? y : ne - 1;
    put_wrapped(c, y + 3, 1, wide, press_en, ST_NOTICE, ne, true);
    int nz = put_wrapped(c, y + 3 + ne, 1, wide, press_zh, ST_NOTICE, 2, true);
    y += ne - 1 + (nz > 1 ? 1 : 0);
    languages(a, c, y + 5);
    long k = (a->now_ms - a->s.attract_since_ms) / (APP_ATTRACT_PERIOD * 1000);
    long t = teaser(a, k < 0 ? 0 : k);
    if (t < 0)
        return;
    const topic *tp = store_topic(a->st, t);
    int ty = y + 7;
    centred(c, ty, lt(&tp->title, LANG_EN), ST_HEADING);
    centred(c, ty + 1, lt(&tp->title, zh), ST_HEADING);
    int w = c->cols - 8 > 70 ? 70 : c->cols - 8;
    if (w < 10)
        return;
    const char *sum = lt(&tp->summary, a->s.lang);
    layout lay = { 0 };
    layout_wrap(sum, strlen(sum), w, w, &lay);
    for (size_t i = 0; i < lay.n && ty + 3 + (int)i < c->rows - 1; i++)
        put_text(c, ty + 3 + (int)i, (c->cols - w) / 2, w, sum + lay.lines[i].start,
                 lay.lines[i].end - lay.lines[i].start, ST_NORMAL);
    layout_free(&lay);
}

const view_ops view_attract = {
    .id = VIEW_ATTRACT,
    .name = N_("Welcome"),
    .full_screen = true,
    .draw = draw,
};
