/* "Compare treatments", first part: six short questions about the person's
 * situation, one per screen.  Each can be skipped, and "not sure" is always a
 * choice; the last one (or "skip the rest") opens the marked options. */
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "text/layout.h"
#include "ui/chrome.h"
#include "ui/draw.h"
#include "ui/tx_ui.h"
#include "ui/view.h"

/* The header: "question N of 6", the question, its hint and the note that every
 * question can be skipped, each wrapped to the width (never cut), then a blank row.
 * When fewer than three answers would fit below, the blank row goes and the note
 * keeps one row. */
enum { PART_COUNTER, PART_QUESTION, PART_HINT, PART_SKIP, PARTS, MIN_ITEMS = 3 };

static int text_width(int cols) { return cols - 2 > 8 ? cols - 2 : 8; }

static const char *part_text(const app *a, int part, char *buf, size_t n)
{
    int step = app_cframe(a)->step;
    switch (part) {
    case PART_COUNTER: snprintf(buf, n, tr(a->s.lang, "Your situation: question %d of %d"), step + 1, TX_STEPS); return buf;
    case PART_QUESTION: return tr(a->s.lang, tx_step_question(step));
    case PART_HINT: return tx_step_hint(step) ? tr(a->s.lang, tx_step_hint(step)) : "";
    default: return tr(a->s.lang, "Every question can be skipped. Esc goes back one question.");
    }
}

static int wrapped_rows(const char *text, int w)
{
    if (!*text)
        return 0;
    layout lay = { 0 };
    layout_wrap(text, strlen(text), w, w, &lay);
    int n = (int)lay.n;
    layout_free(&lay);
    return n;
}

/* Rows of each part; returns the header's rows (with the blank row when it stays). */
static int part_rows(const app *a, int rows[PARTS])
{
    char buf[256];
    int w = text_width(a->cols), total = 0;
    for (int p = 0; p < PARTS; p++)
        total += rows[p] = wrapped_rows(part_text(a, p, buf, sizeof buf), w);
    if (app_body_rows(a) - (total + 1) >= MIN_ITEMS)
        return total + 1;
    if (rows[PART_SKIP] > 1) {
        total -= rows[PART_SKIP] - 1;
        rows[PART_SKIP] = 1;
    }
    return total;
}

static int header(const app *a)
{
    int rows[PARTS];
    return part_rows(a, rows);
}

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
    int y = c->top, w = text_width(c->cols);
    int rows_of[PARTS];
    int head = part_rows(a, rows_of);
    static const style styles[PARTS] = { ST_META, ST_TITLE, ST_SUMMARY, ST_META };
    for (int p = 0; p < PARTS; p++) {
        const char *text = part_text(a, p, line, sizeof line);
        size_t n = strlen(text);
        layout lay = { 0 };
        layout_wrap(text, n, w, w, &lay);
        for (int k = 0; k < rows_of[p] && (size_t)k < lay.n; k++) {
            /* a part held to fewer rows gets the rest on its last one, ended in "…" */
            size_t end = k + 1 == rows_of[p] ? n : lay.lines[k].end;
            put_text(c, y + k, 1, w, text + lay.lines[k].start, end - lay.lines[k].start, styles[p]);
        }
        layout_free(&lay);
        y += rows_of[p];
    }

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
        draw_list_row(c, c->top + head + r, i, i == f->sel, line, st);
    }
}

const view_ops view_treatments = {
    .id = VIEW_TREATMENTS,
    .name = N_("Compare treatments"),
    .header = header,
    .count = count,
    .open = open,
    .apply = apply,
    .draw = draw,
};
