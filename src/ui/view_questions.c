/* "Common questions": the questions patients ask most, each with a short answer; a
 * number key, Enter, a tap or a click opens the section of the topic that answers it
 * in full.  For a kiosk with no input method this is the way to an answer without
 * typing.  Six rows per item: the question, then up to five rows of its answer, which
 * holds every answer whole at 80 columns (a cut could drop an answer's safety
 * sentence); on a narrower screen the last row ends in "…" and the topic has the rest. */
#include <string.h>

#include "core/i18n.h"
#include "text/layout.h"
#include "ui/chrome.h"
#include "ui/draw.h"
#include "ui/view.h"

enum { HEADER_ROWS = 3, ITEM_ROWS = 6, ANSWER_ROWS = ITEM_ROWS - 1, ANSWER_X = 6 };

static int count(const app *a) { return (int)a->st->nquestions; }

static unsigned open(app *a, int i)
{
    if (i < 0 || (size_t)i >= a->st->nquestions)
        return CHG_NONE;
    const question *q = &a->st->questions[i];
    return app_open_section(a, (long)q->topic, (int)q->section);
}

static void draw_item(const app *a, canvas *c, int y, int i, bool sel)
{
    const question *q = &a->st->questions[i];
    draw_list_row(c, y, i, sel, lt(&q->question, a->s.lang), ST_HEADING);
    for (int r = 1; r < ITEM_ROWS; r++)
        hit_add(c, y + r, 0, c->cols, ACT_SELECT, i);
    const char *ans = lt(&q->answer, a->s.lang);
    int width = c->cols - ANSWER_X - 1;
    if (width < 4)
        return;
    layout l = { 0 };
    layout_wrap(ans, strlen(ans), width, width, &l);
    for (size_t k = 0; k < l.n && k < ANSWER_ROWS; k++) {
        size_t start = l.lines[k].start;
        /* the last row takes the rest of the answer, so a cut ends in "…" */
        size_t end = k + 1 == ANSWER_ROWS ? strlen(ans) : l.lines[k].end;
        put_text(c, y + 1 + (int)k, ANSWER_X, width, ans + start, end - start, ST_META);
    }
    layout_free(&l);
}

static void draw(const app *a, canvas *c)
{
    put_str(c, c->top, 1, c->cols - 2, tr(a->s.lang, "Common questions"), ST_TITLE);
    put_str(c, c->top + 1, 1, c->cols - 2,
            tr(a->s.lang, "Short answers. Pick a question to read the full answer in its topic."), ST_META);
    const frame *f = app_cframe(a);
    int rows = view_list_rows(a, &view_questions);
    for (int r = 0; r < rows && f->top + r < count(a); r++) {
        int i = f->top + r;
        draw_item(a, c, c->top + HEADER_ROWS + r * ITEM_ROWS, i, i == f->sel);
    }
}

const view_ops view_questions = {
    .id = VIEW_QUESTIONS,
    .name = N_("Common questions"),
    .header_rows = HEADER_ROWS,
    .item_rows = ITEM_ROWS,
    .count = count,
    .open = open,
    .draw = draw,
};
