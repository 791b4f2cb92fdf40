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

#include "content/treatment.h"
#include "treat/situation.h"

typedef struct tx_verdict {
    size_t option;          /* index into store.treatments */
    fit_t fit;
    const ltext *reason;    /* never NULL */
    long rule;              /* index into the option's rules, or -1 for its default */
    int priority_hits;      /* how many of the person's priorities the option speaks to */
} tx_verdict;

/* True when every condition of r holds for s. */
bool rule_holds(const tx_rule *r, const situation *s);

/* The verdict for one option. */
tx_verdict treat_judge(const store *st, size_t option, const situation *s);

/* Judges every option and orders them: by fit, then by how many priorities they
 * speak to, then by their "order".  out must hold st->ntreatments verdicts. */
void treat_rank(const store *st, const situation *s, tx_verdict *out);

/* Interface labels. */
const char *fit_label(lang_t lang, fit_t f);          /* "May suit you" ... */
const char *kind_label(lang_t lang, tx_kind k);
const char *status_label(lang_t lang, tx_status s);
const char *evidence_label(lang_t lang, tx_evidence e);
const char *experimental_label(lang_t lang);    /* "Experimental: in trials only" */

#endif
