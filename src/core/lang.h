/* The three reading languages, and how a user's words for them are understood. */
#ifndef VE_LANG_H
#define VE_LANG_H

#include <stdbool.h>

typedef enum { LANG_EN, LANG_ZH_HANT, LANG_ZH_HANS, LANG_COUNT } lang_t;

/* "en", "zh-Hant", "zh-Hans": the tags used in content files and --lang. */
const char *lang_tag(lang_t lang);

/* The language's own name, for menus: "English", "繁體中文", "简体中文". */
const char *lang_native_name(lang_t lang);

/* The gettext catalogue name: "zh_TW", "zh_CN"; NULL for English (the msgids). */
const char *lang_catalog(lang_t lang);

/* The Chinese shown beside English for a reader of lang: lang itself when it is
 * Chinese, else 繁體. */
lang_t lang_chinese(lang_t lang);

/* Understands tags and locale names: en, en_US.UTF-8, zh-Hant, zh_TW, zh_HK, zh_MO,
 * zh-Hans, zh_CN, zh_SG, zh.  Returns false when the text names none of them. */
bool lang_parse(const char *text, lang_t *out);

/* The language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English. */
lang_t lang_from_environment(void);

/* The next language in the cycle English -> 繁體 -> 简体 -> English. */
lang_t lang_next(lang_t lang);

static inline bool lang_is_chinese(lang_t lang) { return lang != LANG_EN; }

#endif
