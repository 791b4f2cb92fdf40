/* What a treatment record's own rules say for a situation, and the safety floors
 * no record can lower.  These read only the record, so they sit beside it: the
 * loader's --strict check and treat/'s ranking both use them.  Never includes curses. */
#ifndef VE_TREATMENT_RULES_H
#define VE_TREATMENT_RULES_H

#include <stdbool.h>
#include <stddef.h>

#include "content/treatment.h"

enum { TX_MAX_NOTES = 8 };

typedef struct tx_verdict {
    size_t option;          /* index into store.treatments */
    fit_t fit;
    const ltext *reason;    /* never NULL: the deciding rule's reason (or the default's) */
    /* every note that holds, the deciding one (reason) first, then the other rules
     * that hold in file order, without repeats: a pregnancy or age caution is never
     * hidden behind a site note */
    const ltext *notes[TX_MAX_NOTES];
    size_t nnotes;
    long rule;              /* index into the option's rules, or -1 for its default */
    int priority_hits;      /* how many of the person's priorities the option speaks to */
    const char *floor_note; /* msgid (N_): why a safety floor raised the fit (see treat_floor), or NULL;
                             * treat_reason_text translates it */
} tx_verdict;

/* True when every condition of r holds for s. */
bool rule_holds(const tx_rule *r, const situation *s);

/* The verdict from the option's own rules and default only, before the floors;
 * notes lists the reasons of every rule that holds. */
tx_verdict treat_judge_rules(const treatment *t, const situation *s);

/* Safety floors that no content edit can lower: never "may suit" for
 *  - "no treatment" (kind "none") while vitiligo is spreading,
 *  - a procedure (kind "procedure", e.g. grafting) for anyone under 18,
 *  - an age the option's "for.ages" leaves out (e.g. depigmentation for a child).
 * Raises v to "ask your doctor" with a floor_note (an untranslated msgid); true when it did. */
bool treat_floor(const treatment *t, const situation *s, tx_verdict *v);

#endif
