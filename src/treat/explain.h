/* The words the treatment screens put around the data so that they read as a
 * neutral decision aid: which of the person's priorities an option matches, where
 * an approved option is approved, how the list is grouped and ordered, how to read
 * the comparison, and when the content was last reviewed.  --treatments, --compare
 * and the screens all use these, so they say the same.  Never includes curses. */
#ifndef VE_EXPLAIN_H
#define VE_EXPLAIN_H

#include <stdbool.h>
#include <stddef.h>

#include "content/store.h"
#include "core/strbuf.h"
#include "treat/rules.h"
#include "treat/situation.h"
#include "content/treatment.h"

/* "Matches: fewer clinic visits, cost" for the priorities of s that t speaks to;
 * appends nothing when there are none. */
void treat_matches_text(lang_t lang, const treatment *t, const situation *s, strbuf *out);

/* The status with its place: "Approved for vitiligo: US and EU, …" (from the
 * record's approved_in), or the plain status label for the other statuses. */
void treat_status_text(const treatment *t, lang_t lang, strbuf *out);

/* Every note that holds (the deciding reason first), then the safety floor's note
 * when there is one. */
void treat_reason_text(const tx_verdict *v, lang_t lang, strbuf *out);

/* "You said: type: …; activity: …; where: …; age: …; pregnant or breastfeeding: …;
 * what matters most: …." with every answer labelled (pregnancy left out for a child
 * under 12, who is never asked). */
void treat_said_text(lang_t lang, const situation *s, strbuf *out);

/* One short paragraph: what the three groups mean and how each group is ordered. */
const char *treat_order_note(lang_t lang);

/* The same, shorter, for the options screen, with how to pick and "this list does
 * not recommend any option". */
const char *treat_order_note_short(lang_t lang);

/* One short paragraph: how to read the comparison grid. */
const char *grid_reading_note(lang_t lang);

/* "Content last reviewed 2026-11-26; next review due 2027-11-26." for the given
 * options (all of them when n is 0): the oldest review and the earliest next one. */
void treat_review_text(lang_t lang, const store *st, const size_t *options, size_t n, strbuf *out);

/* The overdue notice (doc_overdue_text) for the earliest next review of the given
 * options (all of them when n is 0), appended to out; returns whether there was one. */
bool treat_overdue_text(lang_t lang, const store *st, const size_t *options, size_t n, strbuf *out);

/* One line: what the decision is, and that no treatment is a valid choice (IPDAS). */
const char *treat_decision_text(lang_t lang);

#endif
