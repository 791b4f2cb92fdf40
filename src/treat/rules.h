/* The situation table: which options may suit a situation, and why.
 * Each option's rules (content/treatments/ID.json, "rules") are checked; every rule
 * whose conditions all hold applies, and the worst fit among them wins
 * (not-usually > ask-doctor > may-suit), with the reason of the first such rule in
 * the file.  When no rule holds the option's "default" applies.  Skipped and
 * "not sure" answers hold for no condition, so they never rule an option out.
 * Never includes curses. */
#ifndef VE_RULES_H
#define VE_RULES_H

#include <stdbool.h>
#include <stddef.h>

#include "treat/situation.h"
#include "treat/treatment.h"

typedef struct tx_verdict {
    size_t option;          /* index into store.treatments */
    fit_t fit;
    const ltext *reason;    /* never NULL */
    long rule;              /* index into the option's rules, or -1 for its default */
    int priority_hits;      /* how many of the person's priorities the option speaks to */
    const char *floor_note; /* msgid (N_): why a safety floor raised the fit (see treat_floor), or NULL;
                             * treat_reason_text translates it */
} tx_verdict;

/* True when every condition of r holds for s. */
bool rule_holds(const tx_rule *r, const situation *s);

/* The verdict for one option, after the safety floors (treat_floor). */
tx_verdict treat_judge(const store *st, size_t option, const situation *s);

/* The verdict from the option's own rules and default only, before the floors. */
tx_verdict treat_judge_rules(const treatment *t, const situation *s);

/* Safety floors that no content edit can lower: never "may suit" for
 *  - "no treatment" (kind "none") while vitiligo is spreading,
 *  - a procedure (kind "procedure", e.g. grafting) for anyone under 18,
 *  - an age the option's "for.ages" leaves out (e.g. depigmentation for a child).
 * Raises v to "ask your doctor" with a floor_note (an untranslated msgid); true when it did. */
bool treat_floor(const treatment *t, const situation *s, tx_verdict *v);

/* Judges every option and orders them by fit group, then in a fixed, neutral order
 * that does not depend on the answers: the records' "order", with "no treatment"
 * (kind "none") last in its group.  Priorities never change the order or the marks.
 * out must hold st->ntreatments verdicts. */
void treat_rank(const store *st, const situation *s, tx_verdict *out);

/* Interface labels. */
const char *fit_label(fit_t f);          /* "May suit you" ... */
const char *kind_label(tx_kind k);
const char *status_label(tx_status s);
const char *evidence_label(tx_evidence e);
const char *experimental_label(void);    /* "Experimental: in trials only" */

#endif
