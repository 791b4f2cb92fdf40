/* The home screen: title, what the guide is for, the "information, not a diagnosis"
 * reminder, who prepared the content, then "start here", the categories with topic counts and the entry
 * for the treatment comparison. */
#include <stdio.h>

#include <string.h>

#include "core/i18n.h"
#include "text/doc.h"
#include "text/layout.h"
#include "ui/chrome.h"
#include "ui/draw.h"
#include "ui/view.h"

/* The reminder and the "prepared by" line wrap on narrow screens rather than being
 * cut: a patient must always see that this is not a diagnosis.  At most this many
 * rows each, so the list keeps room on a short screen. */
enum { NOTE_MAX_ROWS = 3 };

enum { NOTES = 3, ROOMY_ROWS = 18 };

static const char *header_note(lang_t lang, int i);

/* The first note says what the guide is for; a short screen keeps its rows for the
 * list, and a narrow one that cannot show the whole sentence in NOTE_MAX_ROWS shows
 * none of it, never a sentence cut off. */
static int first_note(const app *a)
{
    if (app_body_rows(a) < ROOMY_ROWS)
        return 1;
    const char *s = header_note(a->s.lang, 0);
    layout l = { 0 };
    layout_wrap(s, strlen(s), a->cols - 2, a->cols - 2, &l);
    bool fits = l.n <= NOTE_MAX_ROWS;
    layout_free(&l);
    return fits ? 0 : 1;
}

static const char *header_note(lang_t lang, int i)
{
    switch (i) {
    case 0: return tr(lang, "Plain-language information about vitiligo and its treatments, to help you get ready to talk "
                            "with your doctor.");
    case 1: return doc_disclaimer(lang);
    default: return doc_prepared_by(lang);
    }
}

/* Lines of note i at the screen's width, at most NOTE_MAX_ROWS. */
static size_t note_lines(const app *a, int i, layout *out)
{
    const char *s = header_note(a->s.lang, i);
    layout_wrap(s, strlen(s), a->cols - 2, a->cols - 2, out);
    return out->n < NOTE_MAX_ROWS ? out->n : NOTE_MAX_ROWS;
}

/* Title, the notes, a blank row. */
static int header(const app *a)
{
    int rows = 2;
    for (int i = first_note(a); i < NOTES; i++) {
        layout l = { 0 };
        rows += (int)note_lines(a, i, &l);
        layout_free(&l);
    }
    return rows;
}

typedef enum { ITEM_START, ITEM_QUESTIONS, ITEM_CATEGORY, ITEM_TREATMENTS, ITEM_ABOUT, ITEM_HELP } item_kind;

static bool has_start(const app *a) { return a->st->start_here >= 0 && (size_t)a->st->start_here < a->st->ntopics; }

/* "Common questions", right after "Start here": one tap from home, no typing. */
static bool has_questions(const app *a) { return a->st->nquestions > 0; }

/* "About this guide" and "Where to get help", when the content has them. */
static long about_topic(const app *a) { return store_find_topic(a->st, ABOUT_TOPIC_ID); }
static long help_topic(const app *a) { return store_find_topic(a->st, HELP_TOPIC_ID); }

static int count(const app *a)
{
    return (has_start(a) ? 1 : 0) + (has_questions(a) ? 1 : 0) + (int)a->st->ncategories + 1 + (about_topic(a) >= 0) +
           (help_topic(a) >= 0);
}

/* What item i is; *cat gets the category index. */
static item_kind kind_of(const app *a, int i, size_t *cat)
{
    if (has_start(a)) {
        if (i == 0)
            return ITEM_START;
        i--;
    }
    if (has_questions(a)) {
        if (i == 0)
            return ITEM_QUESTIONS;
        i--;
    }
    if ((size_t)i < a->st->ncategories) {
        *cat = (size_t)i;
        return ITEM_CATEGORY;
    }
    i -= (int)a->st->ncategories;
    if (i == 0)
        return ITEM_TREATMENTS;
    if (i == 1 && about_topic(a) >= 0)
        return ITEM_ABOUT;
    return ITEM_HELP;
}

static unsigned open(app *a, int i)
{
    size_t cat = 0;
    switch (kind_of(a, i, &cat)) {
    case ITEM_START: return app_open_topic(a, a->st->start_here);
    case ITEM_QUESTIONS: return app_push(a, VIEW_QUESTIONS, -1);
    case ITEM_CATEGORY: return app_push(a, VIEW_CATEGORY, (long)cat);
    case ITEM_TREATMENTS: return app_push(a, VIEW_TREATMENTS, -1);
    case ITEM_ABOUT: return app_open_topic(a, about_topic(a));
    case ITEM_HELP: return app_open_topic(a, help_topic(a));
    }
    return CHG_NONE;
}

static void draw(const app *a, canvas *c)
{
    int y = c->top;
    put_str(c, y++, 1, c->cols - 2, tr(a->s.lang, "Vitiligo Explorer"), ST_TITLE);
    for (int i = first_note(a); i < NOTES; i++) {
        layout l = { 0 };
        size_t n = note_lines(a, i, &l);
        const char *s = header_note(a->s.lang, i);
        for (size_t k = 0; k < n; k++)
            put_text(c, y++, 1, c->cols - 2, s + l.lines[k].start, l.lines[k].end - l.lines[k].start,
                     i == 1 ? ST_NOTICE : ST_META);
        layout_free(&l);
    }
    int header_rows = header(a);
    const frame *f = app_cframe(a);
    int rows = view_list_rows(a, &view_home);
    int n = count(a);
    for (int r = 0; r < rows && f->top + r < n; r++) {
        int i = f->top + r;
        int ry = c->top + header_rows + r;
        size_t cat = 0;
        char text[512];
        bool sel = i == f->sel;
        switch (kind_of(a, i, &cat)) {
        case ITEM_START:
            snprintf(text, sizeof text, tr(a->s.lang, "Start here: %s"), lt(&store_topic(a->st, a->st->start_here)->title, a->s.lang));
            draw_list_row(c, ry, i, sel, text, ST_HEADING);
            break;
        case ITEM_QUESTIONS: {
            int x = draw_list_row(c, ry, i, sel, tr(a->s.lang, "Common questions"), ST_HEADING);
            char num[64];
            snprintf(num, sizeof num, ntr(a->s.lang, "(%zu question)", "(%zu questions)", a->st->nquestions),
                     a->st->nquestions);
            int tx = x + str_cols(tr(a->s.lang, "Common questions")) + 2;
            put_str(c, ry, tx, c->cols - tx - 1, num, sel ? ST_SELECTED : ST_META);
            break;
        }
        case ITEM_CATEGORY: {
            const category *k = &a->st->categories[cat];
            int x = draw_list_row(c, ry, i, sel, lt(&k->title, a->s.lang), ST_NORMAL);
            char num[64];
            snprintf(num, sizeof num, ntr(a->s.lang, "(%zu topic)", "(%zu topics)", k->ntopics), k->ntopics);
            int tx = x + str_cols(lt(&k->title, a->s.lang)) + 2;
            put_str(c, ry, tx, c->cols - tx - 1, num, sel ? ST_SELECTED : ST_META);
            break;
        }
        case ITEM_TREATMENTS:
            draw_list_row(c, ry, i, sel, tr(a->s.lang, "Compare treatments"), ST_NORMAL);
            break;
        case ITEM_ABOUT:
        case ITEM_HELP: {
            long t = kind_of(a, i, &cat) == ITEM_ABOUT ? about_topic(a) : help_topic(a);
            draw_list_row(c, ry, i, sel, lt(&store_topic(a->st, t)->title, a->s.lang), ST_HEADING);
            break;
        }
        }
    }
}

static const char *crumb(const app *a, const frame *f)
{
    (void)a;
    (void)f;
    return tr(a->s.lang, "Home");
}

const view_ops view_home = {
    .id = VIEW_HOME,
    .name = N_("Home"),
    .header = header,
    .count = count,
    .open = open,
    .draw = draw,
    .crumb = crumb,
};
