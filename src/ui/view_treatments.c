/* "Compare treatments", first part: six short questions about the person's
 * situation, one per screen.  Each can be skipped, and "not sure" is always a
 * choice; the last one (or "skip the rest") opens the marked options. */
#include <stdio.h>

#include "core/i18n.h"
#include "ui/chrome.h"
#include "ui/draw.h"
#include "ui/tx_ui.h"
#include "ui/view.h"

enum { HEADER_ROWS = 5 };

static int count(const app *a)
{
    step_item items[STEP_MAX_ITEMS];
    return tx_step_items(app_cframe(a)->step, items);
}

static unsigned open(app *a, int i) { return tx_step_choose(a, i); }

static unsigned apply(app *a, action act, const action_arg *arg)
{
    (void)arg;
    frame *f = app_frame(a);
    if (act == ACT_BACK && f->step > 0) {
        f->step--;
        /* a child under 12 is never asked the pregnancy question, going back either */
        if (f->step == TX_STEP_PREGNANT && a->s.tx.sit.age == AGE_CHILD)
            f->step--;
        f->sel = f->top = 0;
        return CHG_DRAW;
    }
    return CHG_NONE;
}

static void draw(const app *a, canvas *c)
{
    const frame *f = app_cframe(a);
    char line[256];
    int y = c->top;
    snprintf(line, sizeof line, tr(a->s.lang, "Your situation: question %d of %d"), f->step + 1, TX_STEPS);
    put_str(c, y, 1, c->cols - 2, line, ST_META);
    put_str(c, y + 1, 1, c->cols - 2, tr(a->s.lang, tx_step_question(f->step)), ST_TITLE);
    const char *hint = tx_step_hint(f->step);
    if (hint)
        put_str(c, y + 2, 1, c->cols - 2, tr(a->s.lang, hint), ST_SUMMARY);
    put_str(c, y + 3, 1, c->cols - 2, tr(a->s.lang, "Every question can be skipped. Esc goes back one question."), ST_META);

    step_item items[STEP_MAX_ITEMS];
    int n = tx_step_items(f->step, items);
    int rows = view_list_rows(a, &view_treatments);
    for (int r = 0; r < rows && f->top + r < n; r++) {
        int i = f->top + r;
        const step_item *it = &items[i];
        bool chosen = tx_step_chosen(&a->s.tx.sit, f->step, it);
        if (it->kind == STEP_TOGGLE)
            snprintf(line, sizeof line, "[%s] %s", chosen ? "x" : " ", tr(a->s.lang, it->label));
        else if (chosen)
            snprintf(line, sizeof line, tr(a->s.lang, "%s  (your answer)"), tr(a->s.lang, it->label));
        else
            snprintf(line, sizeof line, "%s", tr(a->s.lang, it->label));
        style st = it->kind == STEP_SKIP || it->kind == STEP_SHOW ? ST_META
                 : it->kind == STEP_NEXT                         ? ST_HEADING
                                                                 : ST_NORMAL;
        draw_list_row(c, c->top + HEADER_ROWS + r, i, i == f->sel, line, st);
    }
}

const view_ops view_treatments = {
    .id = VIEW_TREATMENTS,
    .name = N_("Compare treatments"),
    .header_rows = HEADER_ROWS,
    .count = count,
    .open = open,
    .apply = apply,
    .draw = draw,
};
