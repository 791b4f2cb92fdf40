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

tx_verdict treat_judge_rules(const treatment *t, const situation *s)
{
    tx_verdict v = { .option = 0, .fit = t->default_fit, .reason = &t->default_reason, .rule = -1,
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

bool treat_floor(const treatment *t, const situation *s, tx_verdict *v)
{
    if (v->fit != FIT_MAY_SUIT)
        return false;
    const char *note = NULL;
    if (t->kind == KIND_NONE && s->activity == ACT_SPREADING)
        note = N_("Your vitiligo is spreading: ask your doctor whether to start a treatment that aims to slow it "
                  "before you decide not to treat.");
    else if (t->kind == KIND_PROCEDURE && (s->age == AGE_CHILD || s->age == AGE_TEEN))
        note = N_("Surgery for someone under 18 is a decision to make with a skin specialist.");
    else if (s->age >= AGE_CHILD && s->age <= AGE_ADULT && t->for_ages && !(t->for_ages & (1u << (s->age - 1))))
        note = N_("This option is not usually used at this age; ask a skin specialist.");
    if (!note)
        return false;
    v->fit = FIT_ASK_DOCTOR;
    v->floor_note = note;
    return true;
}

tx_verdict treat_judge(const store *st, size_t option, const situation *s)
{
    const treatment *t = &st->treatments[option];
    tx_verdict v = treat_judge_rules(t, s);
    v.option = option;
    treat_floor(t, s, &v);
    return v;
}

static int cmp_verdict(const void *a, const void *b, void *arg)
{
    const tx_verdict *x = a, *y = b;
    const store *st = arg;
    if (x->fit != y->fit)
        return x->fit < y->fit ? -1 : 1;
    /* a fixed order, the same whatever the answers: never a ranking */
    const treatment *tx = &st->treatments[x->option], *ty = &st->treatments[y->option];
    if ((tx->kind == KIND_NONE) != (ty->kind == KIND_NONE))
        return tx->kind == KIND_NONE ? 1 : -1;
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

const char *fit_label(fit_t f)
{
    switch (f) {
    case FIT_MAY_SUIT: return _("May suit you");
    case FIT_ASK_DOCTOR: return _("Ask your doctor");
    default: return _("Usually not for your situation");
    }
}

const char *kind_label(tx_kind k)
{
    static const char *const labels[KIND_COUNT] = {
        N_("Cream or ointment"), N_("Light treatment"), N_("Tablets"), N_("Procedure"), N_("Cell therapy"),
        N_("Cosmetic"), N_("No treatment"),
    };
    return k < KIND_COUNT ? _(labels[k]) : "";
}

const char *status_label(tx_status s)
{
    static const char *const labels[STATUS_COUNT] = {
        N_("Approved for vitiligo"), N_("Off-label: not approved for vitiligo; doctors may still prescribe it"),
        N_("Standard care (in treatment guidelines)"),
        N_("Experimental: in trials only"),
    };
    return s < STATUS_COUNT ? _(labels[s]) : "";
}

const char *evidence_label(tx_evidence e)
{
    static const char *const labels[EVIDENCE_COUNT] = {
        N_("Strong evidence"), N_("Moderate evidence"), N_("Limited evidence"), N_("Very limited evidence"),
    };
    return e < EVIDENCE_COUNT ? _(labels[e]) : "";
}

const char *experimental_label(void) { return _("Experimental: in trials only"); }
