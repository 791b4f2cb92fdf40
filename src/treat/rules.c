#include "treat/rules.h"

#include <stdlib.h>

#include "core/i18n.h"

tx_verdict treat_judge(const store *st, size_t option, const situation *s)
{
    const treatment *t = &st->treatments[option];
    tx_verdict v = treat_judge_rules(t, s);
    v.option = option;
    treat_floor(t, s, &v);
    return v;
}

/* Within a fit group: standard options first, then "no treatment", then the
 * experimental ones, so no treatment never sits after an option in trials only. */
static int order_group(const treatment *t)
{
    if (treatment_experimental(t))
        return 2;
    return t->kind == TX_KIND_NONE ? 1 : 0;
}

static int cmp_verdict(const void *a, const void *b, void *arg)
{
    const tx_verdict *x = a, *y = b;
    const store *st = arg;
    if (x->fit != y->fit)
        return x->fit < y->fit ? -1 : 1;
    /* a fixed order, the same whatever the answers: never a ranking */
    const treatment *tx = &st->treatments[x->option], *ty = &st->treatments[y->option];
    int gx = order_group(tx), gy = order_group(ty);
    if (gx != gy)
        return gx < gy ? -1 : 1;
    if (tx->order != ty->order)
        return tx->order < ty->order ? -1 : 1;
    return x->option < y->option ? -1 : x->option > y->option;
}

void treat_rank(const store *st, const situation *s, tx_verdict *out)
{
    for (size_t i = 0; i < st->ntreatments; i++)
        out[i] = treat_judge(st, i, s);
    qsort_r(out, st->ntreatments, sizeof *out, cmp_verdict, (void *)st);
}

const char *fit_label(lang_t lang, fit_t f)
{
    switch (f) {
    case FIT_MAY_SUIT: return tr(lang, "May suit you");
    case FIT_ASK_DOCTOR: return tr(lang, "Ask your doctor");
    default: return tr(lang, "Usually not for your situation");
    }
}

const char *kind_label(lang_t lang, tx_kind k)
{
    static const char *const labels[TX_KIND_COUNT] = {
        N_("Cream or ointment"), N_("Light treatment"), N_("Tablets"), N_("Procedure"), N_("Cell therapy"),
        N_("Cosmetic"), N_("No treatment"),
    };
    return k < TX_KIND_COUNT ? tr(lang, labels[k]) : "";
}

const char *status_label(lang_t lang, tx_status s)
{
    static const char *const labels[TX_STATUS_COUNT] = {
        N_("Approved for vitiligo"), N_("Off-label: not approved for vitiligo; doctors may still prescribe it"),
        N_("Widely used (in guidelines or expert reviews)"),
        /* a procedure only some specialist centres offer: expert reviews describe it, it is not "widely used" */
        N_("Specialist option (in expert reviews)"),
        /* not a treatment but a choice guidelines accept, such as waiting */
        N_("An accepted choice (in guidelines)"),
        N_("Experimental: in trials only"),
    };
    return s < TX_STATUS_COUNT ? tr(lang, labels[s]) : "";
}

const char *evidence_label(lang_t lang, tx_evidence e)
{
    static const char *const labels[EVIDENCE_COUNT] = {
        N_("Strong evidence"), N_("Moderate evidence"), N_("Limited evidence"), N_("Very limited evidence"),
    };
    return e < EVIDENCE_COUNT ? tr(lang, labels[e]) : "";
}

const char *experimental_label(lang_t lang) { return tr(lang, "Experimental: in trials only"); }
