#include "core/lang.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* One row per language, in lang_t order.  Adding a language is a row here, its
 * lang_t value, its words in lang_parse, and locale/CATALOGUE.po. */
static const struct lang_info {
    const char *tag;        /* content files and --lang */
    const char *native;     /* its own name, for the language button */
    const char *catalogue;  /* gettext catalogue, NULL: the msgids themselves */
    lang_t chinese;         /* the Chinese shown beside English (side by side, kiosk screens) */
} langs[LANG_COUNT] = {
    [LANG_EN] = { "en", "English", NULL, LANG_ZH_HANT },
    [LANG_ZH_HANT] = { "zh-Hant", "繁體中文", "zh_TW", LANG_ZH_HANT },
    [LANG_ZH_HANS] = { "zh-Hans", "简体中文", "zh_CN", LANG_ZH_HANS },
};

const char *lang_tag(lang_t lang) { return langs[lang < LANG_COUNT ? lang : LANG_EN].tag; }

const char *lang_native_name(lang_t lang) { return langs[lang < LANG_COUNT ? lang : LANG_EN].native; }

const char *lang_catalog(lang_t lang) { return langs[lang < LANG_COUNT ? lang : LANG_EN].catalogue; }

lang_t lang_chinese(lang_t lang) { return langs[lang < LANG_COUNT ? lang : LANG_EN].chinese; }

/* Compares the first len bytes of text with word, ignoring case; the word must end there. */
static bool starts_word(const char *text, const char *word)
{
    size_t n = strlen(word);
    if (strncasecmp(text, word, n) != 0)
        return false;
    char next = text[n];
    return next == '\0' || next == '_' || next == '-' || next == '.' || next == '@' || next == ':';
}

bool lang_parse(const char *text, lang_t *out)
{
    if (!text || !*text)
        return false;
    if (starts_word(text, "en")) { *out = LANG_EN; return true; }
    if (strncasecmp(text, "zh", 2) != 0 || !starts_word(text, "zh"))
        return false;
    const char *rest = text + 2;
    if (*rest == '\0' || *rest == '.' || *rest == '@' || *rest == ':') { *out = LANG_ZH_HANS; return true; }
    rest++; /* skip '_' or '-' */
    if (starts_word(rest, "Hant") || starts_word(rest, "TW") || starts_word(rest, "HK") ||
        starts_word(rest, "MO")) {
        *out = LANG_ZH_HANT;
        return true;
    }
    if (starts_word(rest, "Hans") || starts_word(rest, "CN") || starts_word(rest, "SG") ||
        starts_word(rest, "MY")) {
        *out = LANG_ZH_HANS;
        return true;
    }
    return false;
}

lang_t lang_from_environment(void)
{
    static const char *const vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };
    for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
        const char *v = getenv(vars[i]);
        if (!v || !*v)
            continue;
        /* LANGUAGE may list several, "zh_TW:en"; the first we know wins. */
        char buf[128];
        size_t n = strlen(v) < sizeof buf - 1 ? strlen(v) : sizeof buf - 1;
        memcpy(buf, v, n);
        buf[n] = '\0';
        for (char *save = NULL, *part = strtok_r(buf, ":", &save); part; part = strtok_r(NULL, ":", &save)) {
            lang_t l;
            if (lang_parse(part, &l))
                return l;
        }
        if (strcmp(vars[i], "LANGUAGE") != 0)
            return LANG_EN; /* a set locale that is not Chinese means English */
    }
    return LANG_EN;
}

lang_t lang_next(lang_t lang)
{
    return (lang_t)((lang + 1) % LANG_COUNT);
}
