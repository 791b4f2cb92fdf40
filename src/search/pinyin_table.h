/* Hanyu Pinyin readings, generated at build time by tools/make-pinyin-table.sh from
 * the Luna Pinyin dictionary (Debian package rime-data-luna-pinyin) into
 * build/gen/pinyin_table.c.  Syllables are toneless, "ü" is written "v". */
#ifndef VE_SEARCH_PINYIN_TABLE_H
#define VE_SEARCH_PINYIN_TABLE_H

#include <stddef.h>
#include <stdint.h>

/* Every syllable, sorted by strcmp: the syllables starting with a prefix are one run. */
extern const char *const pinyin_syllables[];
extern const size_t pinyin_nsyllables;

/* Each syllable's length and its letters (bit c - 'a'), in the same order: a typo
 * search rules most syllables out by these two alone. */
typedef struct pinyin_shape {
    uint8_t len;
    uint32_t letters;
} pinyin_shape;
extern const pinyin_shape pinyin_shapes[];

/* A character and its most frequent reading (an index into pinyin_syllables);
 * sorted by code point. */
typedef struct pinyin_char {
    uint32_t cp;
    uint16_t syl;
} pinyin_char;
extern const pinyin_char pinyin_chars[];
extern const size_t pinyin_nchars;

/* A word of n (2 to 4) characters read otherwise than its characters' most frequent
 * readings (重新 chong xin); sorted by its characters, unused ones 0. */
typedef struct pinyin_word {
    uint32_t cp[4];
    uint16_t syl[4];
    uint8_t n;
} pinyin_word;
extern const pinyin_word pinyin_words[];
extern const size_t pinyin_nwords;

#endif
