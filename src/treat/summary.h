/* "Questions for my doctor": the person's situation, the options they compared
 * with their verdicts, and suggested questions, as plain text for a width (shown
 * on screen and printable).  Never includes curses. */
#ifndef VE_SUMMARY_H
#define VE_SUMMARY_H

#include <stddef.h>

#include "content/store.h"
#include "core/strbuf.h"
#include "treat/situation.h"

/* Appends the summary to out.  options are indices into st->treatments (may be
 * none: then every option that may suit is listed instead). */
void summary_build(strbuf *out, const store *st, const situation *s, const size_t *options, size_t n, lang_t lang,
                   int width);

/* The general questions that fit s (translated), in order; returns how many were
 * written to out (at most max). */
size_t summary_general_questions(lang_t lang, const situation *s, const char **out, size_t max);

#endif
