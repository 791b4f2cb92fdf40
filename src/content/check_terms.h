/* --check-content --strict: glossary terms used in a topic before the topic explains
 * them (the rule is described in content/README.md, "Explain every term").  Warnings
 * are FILE:LINE:COL at the text where the term is first used.  Never includes curses. */
#ifndef VE_CHECK_TERMS_H
#define VE_CHECK_TERMS_H

#include "content/diag.h"
#include "content/store.h"

/* Checks every topic of a loaded store; returns how many warnings it added. */
size_t check_terms(store *st, diag *d);

/* Whether the use of a term at text[start, end) is explained in the same sentence:
 * followed by a bracket, a dash, a colon, ", a/an/the/which", "is/are/means", or
 * in Chinese 「（」「：」「是」「指」「即」「也就是」「，又稱」; or preceded in the sentence
 * by "called", "call this/it/these/them", "known as", "named", 稱為, 稱之為, 叫做, 叫作, 稱作, 簡稱,
 * 所謂; or itself inside brackets right after a plain word ("pigment cells (melanocytes)"). */
bool term_use_explained(const char *text, size_t start, size_t end, bool chinese);

/* The byte offset of the first use of form in text at or after from (whole words in
 * English, case-insensitive unless form is an abbreviation; a plural "s" is allowed),
 * or (size_t)-1; *end gets the end of the match. */
size_t term_find(const char *text, const char *form, bool chinese, size_t *end);

#endif
