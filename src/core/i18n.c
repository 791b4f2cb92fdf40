#include "core/i18n.h"

#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "core/paths.h"

static bool utf8_ok;
static lang_t current = LANG_EN;

static bool codeset_is_utf8(void)
{
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

bool locale_init(void)
{
    if (!setlocale(LC_ALL, ""))
        setlocale(LC_ALL, "C"); /* a locale named in the environment but not installed */
    utf8_ok = codeset_is_utf8();
    if (!utf8_ok) {
        utf8_ok = setlocale(LC_CTYPE, "C.UTF-8") && codeset_is_utf8();
        if (!utf8_ok)
            utf8_ok = setlocale(LC_CTYPE, "en_US.UTF-8") && codeset_is_utf8();
    }
    /* gettext ignores LANGUAGE under the plain C locale; C.UTF-8 lets us switch. */
    const char *msgs = setlocale(LC_MESSAGES, NULL);
    if (msgs && (strcmp(msgs, "C") == 0 || strcmp(msgs, "POSIX") == 0))
        setlocale(LC_MESSAGES, "C.UTF-8");
    return utf8_ok;
}

bool locale_is_utf8(void) { return utf8_ok; }

void i18n_init(void)
{
    bindtextdomain(TEXT_DOMAIN, paths_locale_dir());
    bind_textdomain_codeset(TEXT_DOMAIN, "UTF-8");
    textdomain(TEXT_DOMAIN);
}

/* GNU gettext's catalogue counter: bumping it makes gettext forget the translations
 * it has cached.  Setting LC_MESSAGES to the name it already has does not (glibc keys
 * its cache by that name), so switching back to English kept returning Chinese. */
extern int _nl_msg_cat_cntr;

void i18n_set_lang(lang_t lang)
{
    current = lang;
    setenv("LANGUAGE", lang_catalog(lang), 1);
    ++_nl_msg_cat_cntr;
}

lang_t i18n_lang(void) { return current; }
