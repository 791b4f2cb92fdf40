/* A patient's situation, as answered in a few skippable steps (or on the command
 * line).  The answers and their words are content's vocabulary (content/treatment.h).
 * An answer of 0 means "skipped"; "not sure" is an answer of its own.  Neither
 * ever matches a rule, so neither can rule an option out.  Never includes curses. */
#ifndef VE_SITUATION_H
#define VE_SITUATION_H

#include <stdbool.h>
#include <stddef.h>

#include "content/treatment.h"
#include "core/lang.h"
#include "core/strbuf.h"



/* Parses one command-line answer.  On a bad value writes one line naming the valid
 * choices into err and returns false. */
bool sit_parse_type(lang_t lang, const char *s, situation *sit, strbuf *err);
bool sit_parse_activity(lang_t lang, const char *s, situation *sit, strbuf *err);
bool sit_parse_age(lang_t lang, const char *s, situation *sit, strbuf *err);
bool sit_parse_sites(lang_t lang, const char *s, situation *sit, strbuf *err);      /* "face,hands" */
bool sit_parse_priorities(lang_t lang, const char *s, situation *sit, strbuf *err); /* "face,cost" */

/* True when nothing was answered. */
bool sit_is_empty(const situation *sit);

/* Interface labels (translated) for the answers, for screens and printouts. */
const char *sit_type_label(lang_t lang, sit_type v);
const char *sit_activity_label(lang_t lang, sit_activity v);
const char *sit_age_label(lang_t lang, sit_age v);
const char *sit_pregnant_label(lang_t lang, sit_pregnant v);
const char *sit_site_label(lang_t lang, unsigned bit_index);
const char *sit_priority_label(lang_t lang, unsigned bit_index);

/* "Face and neck, hands and feet" for a mask, or the "skipped" label when empty. */
void sit_sites_text(lang_t lang, unsigned sites, strbuf *out);
void sit_priorities_text(lang_t lang, unsigned prios, strbuf *out);
const char *sit_skipped_label(lang_t lang);

#endif
