#include "treat/rules.h"

#include <stdlib.h>

#include "core/i18n.h"

/* Bit of a single answer (1-based enum value) among the first nconcrete words. */
static bool answer_in(int answer, int nconcrete, unsigned mask)
{
    return answer >= 1 && answer <= nconcrete && (mask & (1u << (answer - 1)));
}

bool rule_holds(const tx_rule *r, const situation *s)
{
    if (r->type && !answer_in((int)s->type, TYPE_RULE_WORDS, r->type))
        return false;
    if (r->activity && !answer_in((int)s->activity, ACTIVITY_RULE_WORDS, r->activity))
        return false;
    if (r->age && !answer_in((int)s->age, AGE_RULE_WORDS, r->age))
        return false;
    if (r->site && !(s->sites & r->site))
        return false;
    /* every chosen site is in the list (and at least one was chosen) */
    if (r->site_only && (!s->sites || (s->sites & ~r->site_only)))
        return false;
    if (r->pregnant && s->pregnant != PREG_YES)
        return false;
    return r->type || r->activity || r->age || r->site || r->site_only || r->pregnant;
}

static int popcount(unsigned v)
{
    int n = 0;
    for (; v; v &= v - 1)
        n++;
    return n;
}

tx_verdict treat_judge(const store *st, size_t option, const situation *s)
{
    const treatment *t = &st->treatments[option];
    tx_verdict v = { .option = option, .fit = t->default_fit, .reason = &t->default_reason, .rule = -1,
                     .priority_hits = popcount(t->priorities & s->priorities) };
    for (size_t i = 0; i < t->nrules; i++) {
        const tx_rule *r = &t->rules[i];
        if (!rule_holds(r, s))
            continue;
        if (v.rule < 0 || r->fit > v.fit) {
            v.fit = r->fit;
            v.reason = &r->reason;
            v.rule = (long)i;
        }
    }
    return v;
}

static int cmp_verdict(const void *a, const void *b, void *arg)
{
    const tx_verdict *x = a, *y = b;
    const store *st = arg;
    if (x->fit != y->fit)
        return x->fit < y->fit ? -1 : 1;
    if (x->priority_hits != y->priority_hits)
        return x->priority_hits > y->priority_hits ? -1 : 1;
    const treatment *tx = &st->treatments[x->option], *ty = &st->treatments[y->option];
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
        N_("Approved for vitiligo"), N_("Off-label (approved for other uses)"), N_("Standard care"),
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
