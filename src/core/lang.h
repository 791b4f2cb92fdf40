/* The reading languages, how a user's words for them are understood, and the list
 * of them a site offers. */
#ifndef VE_LANG_H
#define VE_LANG_H

#include <stdbool.h>
#include <stddef.h>

/* English, and three written varieties of Chinese.  Content is written in English
 * and in Taiwan Traditional (zh-Hant); Hong Kong Traditional (zh-HK) and mainland
 * Simplified (zh-Hans) are made from the Taiwan text by the regional term table
 * (content/regional.h), so the three never drift apart. */
typedef enum { LANG_EN, LANG_ZH_HANT, LANG_ZH_HK, LANG_ZH_HANS, LANG_COUNT } lang_t;

/* "en", "zh-Hant", "zh-HK", "zh-Hans": the tags used in content files and --lang. */
const char *lang_tag(lang_t lang);

/* The language's own name, for menus: "English", "繁體中文（台灣）", "繁體中文（香港）", "简体中文". */
const char *lang_native_name(lang_t lang);

/* Its own name in at most 8 columns, for a crowded title bar: "台灣繁體", "香港繁體". */
const char *lang_short_name(lang_t lang);

/* Its name in English, for messages to content authors: "Taiwan", "Hong Kong", "mainland". */
const char *lang_english_name(lang_t lang);

/* The gettext catalogue name: "zh_TW", "zh_HK", "zh_CN"; NULL for English (the msgids). */
const char *lang_catalog(lang_t lang);

/* The language a variety's texts are made from: LANG_ZH_HANT for zh-HK and
 * zh-Hans, the language itself otherwise. */
lang_t lang_source(lang_t lang);

/* True for the varieties made from another language's text (zh-HK, zh-Hans). */
static inline bool lang_is_derived(lang_t lang) { return lang_source(lang) != lang; }

/* True for varieties written in Simplified characters. */
static inline bool lang_is_simplified(lang_t lang) { return lang == LANG_ZH_HANS; }

/* Understands tags and locale names: en, en_US.UTF-8; zh-Hant, zh_TW, zh-Hant-TW;
 * zh-HK, zh_HK, zh_MO, zh-Hant-HK; zh-Hans, zh_CN, zh_SG, zh_MY, zh.  Returns false
 * when the text names none of them. */
bool lang_parse(const char *text, lang_t *out);

/* The language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English. */
lang_t lang_from_environment(void);

static inline bool lang_is_chinese(lang_t lang) { return lang != LANG_EN; }

/* The languages a site offers, in the order the language key cycles through them. */
typedef struct lang_list {
    lang_t v[LANG_COUNT];
    int n;
} lang_list;

/* Every language: English, 繁體 (台灣), 繁體 (香港), 简体. */
lang_list lang_list_all(void);

/* Parses "en, zh-Hant, zh-HK, zh-Hans" (commas and/or spaces).  On a bad list
 * returns false with err saying which word is wrong and what is allowed. */
bool lang_list_parse(const char *text, lang_list *out, char *err, size_t errn);

bool lang_list_has(const lang_list *l, lang_t lang);

/* The language after lang in the list (the first one after the last); lang itself
 * when the list holds nothing else. */
lang_t lang_list_next(const lang_list *l, lang_t lang);

/* The first Chinese variety in the list; zh-Hant when the list holds none. */
lang_t lang_list_chinese(const lang_list *l);

/* Writes the list as tags, "en, zh-Hant, zh-HK, zh-Hans", for messages. */
void lang_list_format(const lang_list *l, char *out, size_t outn);

#endif
