/* "Questions for my doctor": the person's answers, the options they compared with
 * their marks, and questions to ask; the same plain text that can be printed. */
#include "core/i18n.h"
#include "core/strbuf.h"
#include "treat/summary.h"
#include "ui/draw.h"
#include "ui/tx_draw.h"
#include "ui/list_nav.h"
#include "ui/tx_ui.h"
#include "ui/view.h"

static void text_of(const app *a, strbuf *out)
{
    size_t opts[GRID_MAX_OPTIONS];
    size_t n = tx_pick_list(a, opts);
    summary_build(out, a->st, &a->s.tx.sit, opts, n, a->s.lang, a->cols - 2);
}

static unsigned apply(app *a, action act, const action_arg *arg)
{
    (void)arg;
    strbuf b = { 0 };
    text_of(a, &b);
    unsigned chg = text_scroll(app_frame(a), act, app_body_rows(a), tx_text_lines(b.s));
    sb_free(&b);
    return chg;
}

static void draw(const app *a, canvas *c)
{
    strbuf b = { 0 };
    text_of(a, &b);
    tx_text_rows(c, c->top, c->height, b.s, app_cframe(a)->top, ST_NORMAL);
    set_cursor(c, c->top, 1);
    sb_free(&b);
}

const view_ops view_tx_doctor = {
    .id = VIEW_TX_DOCTOR,
    .name = N_("Questions for my doctor"),
    .apply = apply,
    .draw = draw,
};
