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

/* The visit sheet's additions (treat/sheet.h): the date and the sheet code under
 * the title, and each compared option's chance of improvement and common side
 * effects.  summary_build is this with sheet NULL. */
typedef struct summary_sheet {
    const char *date;   /* "2026-12-01" */
    const char *code;   /* "VE-…", or NULL when the sheet has no code */
} summary_sheet;
void summary_build_sheet(strbuf *out, const store *st, const situation *s, const size_t *options, size_t n,
                         lang_t lang, int width, const summary_sheet *sheet);

/* The general questions that fit s (translated), in order; returns how many were
 * written to out (at most max). */
size_t summary_general_questions(lang_t lang, const situation *s, const char **out, size_t max);

#endif
