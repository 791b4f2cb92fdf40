/* Traditional-only and Simplified-only characters (tables generated from OpenCC's
 * character dictionaries by tools/make-script-table.sh), so a text can be checked
 * for a character that does not belong in its script. */
#ifndef VE_SCRIPT_H
#define VE_SCRIPT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/lang.h"

extern const uint32_t script_traditional_only[], script_simplified_only[];
extern const size_t script_ntraditional_only, script_nsimplified_only;

bool script_is_traditional_only(uint32_t cp);
bool script_is_simplified_only(uint32_t cp);

/* The byte offset of the first character of s that a reader of lang should never
 * see (a Traditional-only character in Simplified text, a Simplified-only one in
 * Traditional text), with the character in *cp; -1 when there is none or lang is
 * English. */
long script_foreign_char(const char *s, lang_t lang, uint32_t *cp);

#endif
