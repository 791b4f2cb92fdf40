#include "ui/tx_ui.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/i18n.h"
#include "core/strbuf.h"
#include "core/xalloc.h"
#include "ui/view.h"

/* ---- the situation questions ----------------------------------------------------- */

const char *tx_step_question(int s)
{
    static const char *const q[TX_STEPS] = {
        N_("Which type of vitiligo do you have?"),
        N_("Is it spreading, or has it been stable?"),
        N_("Where are your patches? Choose all that apply."),
        N_("How old is the person with vitiligo?"),
        N_("Are you pregnant or breastfeeding?"),
        N_("What matters most to you? Choose any."),
    };
    return s >= 0 && s < TX_STEPS ? q[s] : "";
}

const char *tx_step_hint(int s)
{
    static const char *const h[TX_STEPS] = {
        N_("Your doctor can tell you. Non-segmental is by far the most common type."),
        N_("Stable means no new or growing patches for 12 months or more."),
        /* xgettext:no-c-format */
        N_("One palm with the fingers is about 1% of your skin."),
        NULL,
        N_("Some treatments are not used in pregnancy or while breastfeeding."),
        N_("The list will say which options match these. They never change the marks or the order."),
    };
    return s >= 0 && s < TX_STEPS ? h[s] : NULL;
}

int tx_step_items(int s, step_item *out)
{
    int n = 0;
#define ADD(k, v, l) (out[n++] = (step_item){ (k), (v), (l) })
    switch (s) {
    case 0:
        ADD(STEP_ANSWER, SIT_TYPE_NSV, N_("Non-segmental: patches on both sides of the body"));
        ADD(STEP_ANSWER, SIT_TYPE_SV, N_("Segmental: patches on one side or in one area"));
        ADD(STEP_ANSWER, SIT_TYPE_UNSURE, N_("Not sure"));
        break;
    case 1:
        ADD(STEP_ANSWER, ACTIVITY_SPREADING, N_("Spreading: new or growing patches"));
        ADD(STEP_ANSWER, ACTIVITY_STABLE, N_("Stable for 12 months or more"));
        ADD(STEP_ANSWER, ACTIVITY_UNSURE, N_("Not sure"));
        break;
    case 2:
        ADD(STEP_TOGGLE, 0, N_("Face and neck"));
        ADD(STEP_TOGGLE, 1, N_("Hands and feet"));
        ADD(STEP_TOGGLE, 2, N_("Body"));
        ADD(STEP_TOGGLE, 3, N_("Lips and genitals"));
        /* xgettext:no-c-format */
        ADD(STEP_TOGGLE, 4, N_("More than 10% of my skin"));
        ADD(STEP_NEXT, 0, N_("Next question"));
        break;
    case 3:
        ADD(STEP_ANSWER, AGE_CHILD, N_("Under 12"));
        ADD(STEP_ANSWER, AGE_TEEN, N_("12 to 17"));
        ADD(STEP_ANSWER, AGE_ADULT, N_("18 or older"));
        break;
    case 4:
        ADD(STEP_ANSWER, PREG_YES, N_("Yes"));
        ADD(STEP_ANSWER, PREG_NO, N_("No"));
        break;
    case 5:
        ADD(STEP_TOGGLE, 0, N_("Colour back on the face"));
        ADD(STEP_TOGGLE, 1, N_("Stopping the spread"));
        ADD(STEP_TOGGLE, 2, N_("Fewer clinic visits"));
        ADD(STEP_TOGGLE, 3, N_("Fewer side effects"));
        ADD(STEP_TOGGLE, 4, N_("Lower cost"));
        ADD(STEP_NEXT, 0, N_("See my options"));
        break;
    default: return 0;
    }
    ADD(STEP_SKIP, 0, s == 2 || s == 5 ? N_("Not sure: skip this question") : N_("Skip this question"));
    if (s < TX_STEPS - 1)
        ADD(STEP_SHOW, 0, N_("Skip the rest and see the options"));
#undef ADD
    return n;
}

static int answer_of(const situation *sit, int s)
{
    switch (s) {
    case 0: return (int)sit->type;
    case 1: return (int)sit->activity;
    case 3: return (int)sit->age;
    case 4: return (int)sit->pregnant;
    default: return 0;
    }
}

static unsigned *mask_of(situation *sit, int s) { return s == 2 ? &sit->sites : s == 5 ? &sit->priorities : NULL; }

bool tx_step_chosen(const situation *sit, int s, const step_item *item)
{
    if (item->kind == STEP_ANSWER)
        return answer_of(sit, s) == item->value;
    if (item->kind == STEP_TOGGLE) {
        unsigned m = s == 2 ? sit->sites : s == 5 ? sit->priorities : 0;
        return (m >> item->value) & 1u;
    }
    return false;
}

static void set_answer(situation *sit, int s, int v)
{
    switch (s) {
    case 0: sit->type = (sit_type)v; break;
    case 1: sit->activity = (sit_activity)v; break;
    case 3:
        sit->age = (sit_age)v;
        if (sit->age == AGE_CHILD)
            sit->pregnant = PREG_SKIPPED; /* never asked for a child under 12 */
        break;
    case 4: sit->pregnant = (sit_pregnant)v; break;
    default: {
        unsigned *m = mask_of(sit, s);
        if (m)
            *m = (unsigned)v;
    }
    }
}

static unsigned next_step(app *a)
{
    frame *f = app_frame(a);
    if (f->step >= TX_STEPS - 1)
        return tx_show_options(a);
    f->step++;
    /* the pregnancy question is not asked for a child under 12 */
    if (f->step == TX_STEP_PREGNANT && a->s.tx.sit.age == AGE_CHILD) {
        a->s.tx.sit.pregnant = PREG_SKIPPED;
        f->step++;
    }
    f->sel = f->top = 0;
    return CHG_DRAW;
}

unsigned tx_step_choose(app *a, int i)
{
    frame *f = app_frame(a);
    step_item items[STEP_MAX_ITEMS];
    int n = tx_step_items(f->step, items);
    if (i < 0 || i >= n)
        return CHG_NONE;
    situation *sit = &a->s.tx.sit;
    const step_item *it = &items[i];
    switch (it->kind) {
    case STEP_ANSWER:
        set_answer(sit, f->step, it->value);
        return next_step(a);
    case STEP_TOGGLE: {
        unsigned *m = mask_of(sit, f->step);
        if (m)
            *m ^= 1u << it->value;
        return CHG_DRAW;
    }
    case STEP_NEXT: return next_step(a);
    case STEP_SKIP:
        set_answer(sit, f->step, 0);
        return next_step(a);
    case STEP_SHOW: return tx_show_options(a);
    }
    return CHG_NONE;
}

/* ---- options and picks ------------------------------------------------------------- */

void tx_ranked(const app *a, tx_verdict *out) { treat_rank(a->st, &a->s.tx.sit, out); }

bool tx_picked(const app *a, size_t option)
{
    for (int i = 0; i < a->s.tx.npicks; i++)
        if (a->s.tx.picks[i] == (int)option)
            return true;
    return false;
}

unsigned tx_toggle(app *a, size_t option)
{
    tx_session *tx = &a->s.tx;
    for (int i = 0; i < tx->npicks; i++)
        if (tx->picks[i] == (int)option) {
            for (int k = i; k + 1 < tx->npicks; k++)
                tx->picks[k] = tx->picks[k + 1];
            tx->npicks--;
            tx->by_hand = true;
            return CHG_DRAW;
        }
    if (tx->npicks == GRID_MAX_OPTIONS) {
        app_set_status(a, tr(a->s.lang, "You can compare up to 4 options. Unpick one first."));
        return CHG_DRAW;
    }
    tx->picks[tx->npicks++] = (int)option;
    tx->by_hand = true;
    return CHG_DRAW;
}

static bool same_situation(const situation *x, const situation *y)
{
    return x->type == y->type && x->activity == y->activity && x->sites == y->sites && x->age == y->age &&
           x->pregnant == y->pregnant && x->priorities == y->priorities;
}

void tx_recheck_picks(app *a)
{
    tx_session *tx = &a->s.tx;
    if (!tx->by_hand || same_situation(&tx->picked_for, &tx->sit)) {
        tx->picked_for = tx->sit;
        return;
    }
    strbuf names = { 0 };
    int keep = 0;
    for (int i = 0; i < tx->npicks; i++) {
        size_t o = (size_t)tx->picks[i];
        if (o < a->st->ntreatments && treat_judge(a->st, o, &tx->sit).fit == FIT_NOT_USUALLY &&
            treat_judge(a->st, o, &tx->picked_for).fit != FIT_NOT_USUALLY) {
            sb_printf(&names, "%s%s", names.len ? tr(a->s.lang, ", ") : "", lt(&a->st->treatments[o].name, a->s.lang));
            continue;
        }
        tx->picks[keep++] = tx->picks[i];
    }
    tx->npicks = keep;
    if (names.len) {
        strbuf msg = { 0 };
        sb_printf(&msg, tr(a->s.lang, "Unpicked after your new answers (usually not for your situation): %s"), names.s);
        app_set_status(a, msg.s);
        sb_free(&msg);
    }
    sb_free(&names);
    tx->picked_for = tx->sit;
}

unsigned tx_show_options(app *a)
{
    tx_recheck_picks(a);
    return app_push(a, VIEW_TX_OPTIONS, -1);
}

unsigned tx_open_compare(app *a)
{
    if (a->s.tx.npicks < GRID_MIN_OPTIONS) {
        app_set_status(a, tr(a->s.lang, "Pick 2 to 4 options to compare: press Enter or click on an option."));
        return CHG_DRAW;
    }
    return app_push(a, VIEW_TX_COMPARE, -1);
}

size_t tx_pick_list(const app *a, size_t *out)
{
    size_t n = 0;
    for (int i = 0; i < a->s.tx.npicks; i++)
        if ((size_t)a->s.tx.picks[i] < a->st->ntreatments)
            out[n++] = (size_t)a->s.tx.picks[i];
    return n;
}

void tx_sheet_spec(const app *a, sheet_spec *out)
{
    *out = (sheet_spec){ .lang = a->s.lang, .sit = a->s.tx.sit };
    out->npicks = tx_pick_list(a, out->picks);
}

void tx_sheet_code(const app *a, char out[SHEET_CODE_TEXT])
{
    sheet_spec sp;
    tx_sheet_spec(a, &sp);
    strbuf err = { 0 };
    if (!sheet_code_encode(a->st, &sp, out, a->s.lang, &err))
        snprintf(out, SHEET_CODE_TEXT, "%s", "-");
    sb_free(&err);
}
