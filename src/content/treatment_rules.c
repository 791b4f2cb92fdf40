#include "content/treatment_rules.h"

#include <string.h>

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

static bool same_text(const char *x, const char *y) { return x == y || (x && y && strcmp(x, y) == 0); }

/* Whether the same words (in every language) are already among v's notes. */
static bool note_listed(const tx_verdict *v, const ltext *r)
{
    for (size_t k = 0; k < v->nnotes; k++) {
        bool same = true;
        for (int l = 0; l < LANG_COUNT && same; l++)
            same = same_text(v->notes[k]->s[l], r->s[l]);
        if (same)
            return true;
    }
    return false;
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
    v.notes[v.nnotes++] = v.reason;
    for (size_t i = 0; i < t->nrules && v.nnotes < TX_MAX_NOTES; i++)
        if ((long)i != v.rule && rule_holds(&t->rules[i], s) && !note_listed(&v, &t->rules[i].reason))
            v.notes[v.nnotes++] = &t->rules[i].reason;
    return v;
}

bool treat_floor(const treatment *t, const situation *s, tx_verdict *v)
{
    if (v->fit != FIT_MAY_SUIT)
        return false;
    const char *note = NULL;
    if (t->kind == TX_KIND_NONE && s->activity == ACTIVITY_SPREADING)
        note = N_("Your vitiligo is spreading: ask your doctor whether to start a treatment that aims to slow it "
                  "before you decide not to treat.");
    else if (t->kind == TX_KIND_PROCEDURE && (s->age == AGE_CHILD || s->age == AGE_TEEN))
        note = N_("Surgery for someone under 18 is a decision to make with a skin specialist.");
    else if (s->age >= AGE_CHILD && s->age <= AGE_ADULT && t->for_ages && !(t->for_ages & (1u << (s->age - 1))))
        note = N_("This option is not usually used at this age; ask a skin specialist.");
    if (!note)
        return false;
    v->fit = FIT_ASK_DOCTOR;
    v->floor_note = note;
    return true;
}

