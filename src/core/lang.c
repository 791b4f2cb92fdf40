#include "core/lang.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* One row per language, in lang_t order.  Adding a language is a row here, its
 * lang_t value, its words in lang_parse, and locale/CATALOGUE.po. */
static const struct lang_info {
    const char *tag;        /* content files and --lang */
    const char *native;     /* its own name, for the language button and the welcome screen */
    const char *english;    /* its name in English, for content authors' messages */
    const char *short_name; /* its own name in at most 8 columns, for a crowded title bar */
    const char *catalogue;  /* gettext catalogue, NULL: the msgids themselves */
    lang_t source;          /* whose text it is made from */
} langs[LANG_COUNT] = {
    [LANG_EN] = { "en", "English", "English", "English", NULL, LANG_EN },
    [LANG_ZH_HANT] = { "zh-Hant", "繁體中文（台灣）", "Taiwan", "台灣繁體", "zh_TW", LANG_ZH_HANT },
    [LANG_ZH_HK] = { "zh-HK", "繁體中文（香港）", "Hong Kong", "香港繁體", "zh_HK", LANG_ZH_HANT },
    [LANG_ZH_HANS] = { "zh-Hans", "简体中文", "mainland", "简体中文", "zh_CN", LANG_ZH_HANT },
};

static const struct lang_info *info(lang_t lang) { return &langs[lang < LANG_COUNT ? lang : LANG_EN]; }

const char *lang_tag(lang_t lang) { return info(lang)->tag; }

const char *lang_native_name(lang_t lang) { return info(lang)->native; }

const char *lang_english_name(lang_t lang) { return info(lang)->english; }

const char *lang_short_name(lang_t lang) { return info(lang)->short_name; }

const char *lang_catalog(lang_t lang) { return info(lang)->catalogue; }

lang_t lang_source(lang_t lang) { return info(lang)->source; }

/* Compares the start of text with word, ignoring case; the word must end there. */
static bool starts_word(const char *text, const char *word)
{
    size_t n = strlen(word);
    if (strncasecmp(text, word, n) != 0)
        return false;
    char next = text[n];
    return next == '\0' || next == '_' || next == '-' || next == '.' || next == '@' || next == ':';
}

/* After "zh-Hant" or "zh-Hans": an optional region, "-TW", "_HK" ... */
static const char *region_after(const char *rest, size_t skip)
{
    rest += skip;
    return (*rest == '-' || *rest == '_') ? rest + 1 : NULL;
}

bool lang_parse(const char *text, lang_t *out)
{
    if (!text || !*text)
        return false;
    if (starts_word(text, "en")) { *out = LANG_EN; return true; }
    if (!starts_word(text, "zh"))
        return false;
    const char *rest = text + 2;
    if (*rest == '\0' || *rest == '.' || *rest == '@' || *rest == ':') { *out = LANG_ZH_HANS; return true; }
    rest++; /* skip '_' or '-' */
    if (starts_word(rest, "HK") || starts_word(rest, "MO")) { *out = LANG_ZH_HK; return true; }
    if (starts_word(rest, "TW")) { *out = LANG_ZH_HANT; return true; }
    if (starts_word(rest, "Hant")) {
        const char *region = region_after(rest, 4);
        *out = region && (starts_word(region, "HK") || starts_word(region, "MO")) ? LANG_ZH_HK : LANG_ZH_HANT;
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

/* ---- the site's list -------------------------------------------------------------- */

lang_list lang_list_all(void)
{
    lang_list l = { .n = LANG_COUNT };
    for (int i = 0; i < LANG_COUNT; i++)
        l.v[i] = (lang_t)i;
    return l;
}

bool lang_list_has(const lang_list *l, lang_t lang)
{
    for (int i = 0; i < l->n; i++)
        if (l->v[i] == lang)
            return true;
    return false;
}

bool lang_list_parse(const char *text, lang_list *out, char *err, size_t errn)
{
    lang_list l = { .n = 0 };
    const char *p = text;
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        if (!*p)
            break;
        size_t len = strcspn(p, " \t,");
        char word[32];
        if (len >= sizeof word) {
            snprintf(err, errn, "\"%.*s…\" is not a language; use en, zh-Hant, zh-HK or zh-Hans", 24, p);
            return false;
        }
        memcpy(word, p, len);
        word[len] = '\0';
        lang_t lang;
        if (!lang_parse(word, &lang)) {
            snprintf(err, errn, "\"%s\" is not a language; use en, zh-Hant, zh-HK or zh-Hans", word);
            return false;
        }
        if (lang_list_has(&l, lang)) {
            snprintf(err, errn, "\"%s\" is listed twice (as %s); list each language once", word, lang_tag(lang));
            return false;
        }
        l.v[l.n++] = lang;
        p += len;
    }
    if (!l.n) {
        snprintf(err, errn, "no language listed; use one or more of en, zh-Hant, zh-HK, zh-Hans");
        return false;
    }
    *out = l;
    return true;
}

lang_t lang_list_next(const lang_list *l, lang_t lang)
{
    for (int i = 0; i < l->n; i++)
        if (l->v[i] == lang)
            return l->v[(i + 1) % l->n];
    return l->n ? l->v[0] : lang;
}

lang_t lang_list_chinese(const lang_list *l)
{
    for (int i = 0; i < l->n; i++)
        if (lang_is_chinese(l->v[i]))
            return l->v[i];
    return LANG_ZH_HANT;
}

void lang_list_format(const lang_list *l, char *out, size_t outn)
{
    size_t used = 0;
    if (outn)
        out[0] = '\0';
    for (int i = 0; i < l->n && used < outn; i++) {
        int w = snprintf(out + used, outn - used, "%s%s", i ? ", " : "", lang_tag(l->v[i]));
        if (w < 0)
            break;
        used += (size_t)w;
    }
}
