/* "Questions for my doctor": the person's answers, the options they compared with
 * their marks, and questions to ask; the same plain text that can be printed.  A
 * [p Take home] button above it opens the take-home screen (QR codes, the front
 * desk's sheet code, saving). */
#include "core/i18n.h"
#include "core/strbuf.h"
#include "treat/summary.h"
#include "ui/draw.h"
#include "ui/tx_draw.h"
#include "ui/list_nav.h"
#include "ui/tx_ui.h"
#include "ui/view.h"

enum { BUTTON_ROWS = 1 };

static void text_of(const app *a, strbuf *out)
{
    size_t opts[GRID_MAX_OPTIONS];
    size_t n = tx_pick_list(a, opts);
    summary_build(out, a->st, &a->s.tx.sit, opts, n, a->s.lang, a->cols - 2);
}

static unsigned apply(app *a, action act, const action_arg *arg)
{
    (void)arg;
    if (act == ACT_TAKE_HOME)
        return app_push(a, VIEW_TAKE_HOME, -1);
    strbuf b = { 0 };
    text_of(a, &b);
    unsigned chg = text_scroll(app_frame(a), act, app_body_rows(a) - BUTTON_ROWS, tx_text_lines(b.s));
    sb_free(&b);
    return chg;
}

static void draw(const app *a, canvas *c)
{
    tx_button(c, c->top, 1, "p", tr(a->s.lang, "Take home"), ACT_TAKE_HOME);
    strbuf b = { 0 };
    text_of(a, &b);
    tx_text_rows(c, c->top + BUTTON_ROWS, c->height - BUTTON_ROWS, b.s, app_cframe(a)->top, ST_NORMAL);
    set_cursor(c, c->top + BUTTON_ROWS, 1);
    sb_free(&b);
}

const view_ops view_tx_doctor = {
    .id = VIEW_TX_DOCTOR,
    .name = N_("Questions for my doctor"),
    .apply = apply,
    .draw = draw,
};
