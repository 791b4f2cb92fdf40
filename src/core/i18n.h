/* Interface strings, translated by an explicit language value; and the locale
 * set-up every part of the program relies on.
 *
 *   tr(lang, msgid)                      the msgid in lang (the msgid itself in English)
 *   ntr(lang, singular, plural, n)       the same for a count
 *
 * Every catalogue (locale/LANG.po, compiled to LANG/LC_MESSAGES/vitiligo-explorer.mo)
 * is read once, at the first lookup in its language (i18n_init); tr and ntr depend on
 * no other process state, so one frame can show two languages (side by side, the idle
 * warning) without switching anything.  Mark strings for extraction with N_() where
 * they are data; tr and ntr are extraction keywords too (see update-po in the
 * Makefile). */
#ifndef VE_I18N_H
#define VE_I18N_H

#include <stdbool.h>

#include "core/lang.h"

#define N_(s) (s)

#define TEXT_DOMAIN "vitiligo-explorer"

/* setlocale from the environment; when the character set is not UTF-8 (LANG=C,
 * unset, or a legacy locale) switches LC_CTYPE to C.UTF-8 so Chinese can be shown.
 * Returns false when no UTF-8 locale exists at all (the program then uses ASCII). */
bool locale_init(void);

/* The character set the user's locale names when it is a legacy one (Big5, GBK,
 * ISO-8859-1 …: the terminal expects it, not UTF-8), else NULL.  Set by locale_init. */
const char *locale_legacy_charset(void);
bool locale_is_utf8(void);

/* Reads the catalogues: the build tree's when run from the source tree, else the
 * installed ones (paths_locale_dir), each at the first lookup in its language.  A
 * missing catalogue leaves that language's interface in English. */
void i18n_init(void);

/* Reads the catalogues under dir (dir/CATALOGUE/LC_MESSAGES/vitiligo-explorer.mo),
 * replacing any read before.  Returns how many languages got a catalogue. */
int i18n_load(const char *dir);

/* msgid in lang: its translation, or msgid itself when there is none. */
const char *tr(lang_t lang, const char *msgid);

/* The form for n: the catalogue's (Chinese has one form), else singular when n is 1
 * and plural otherwise. */
const char *ntr(lang_t lang, const char *singular, const char *plural, unsigned long n);

/* The language of messages printed before or outside the explorer (command-line
 * mistakes, content and configuration diagnostics).  Set in main at start-up from
 * the environment and then from --lang / the configuration; nothing else sets it. */
void i18n_set_lang(lang_t lang);
lang_t i18n_lang(void);

/* A start-up message in that language.  Screens, layout and treatment text never use
 * it: they take the language as a value (make check-layers enforces this). */
#define _(s) tr(i18n_lang(), s)
/* The same for a count: P_("%zu error", "%zu errors", n). */
#define P_(s, p, n) ntr(i18n_lang(), s, p, n)

#endif
