/* Interface strings through gettext, switchable at run time between the three
 * languages; and the locale set-up every part of the program relies on. */
#ifndef VE_I18N_H
#define VE_I18N_H

#include <stdbool.h>

#include <libintl.h>

#include "core/lang.h"

#define _(s) gettext(s)
#define N_(s) (s)
#define P_(one, many, n) ngettext(one, many, n)

#define TEXT_DOMAIN "vitiligo-explorer"

/* setlocale from the environment; when the character set is not UTF-8 (LANG=C,
 * unset, or a legacy locale) switches LC_CTYPE to C.UTF-8 so Chinese can be shown.
 * Returns false when no UTF-8 locale exists at all (the program then uses ASCII). */
bool locale_init(void);
bool locale_is_utf8(void);

/* Binds the catalogues: the build tree's when run from the source tree, else the
 * installed ones. */
void i18n_init(void);

/* Makes gettext answer in lang from now on. */
void i18n_set_lang(lang_t lang);
lang_t i18n_lang(void);

#endif
