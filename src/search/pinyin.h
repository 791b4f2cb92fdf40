/* Pinyin search: a patient with no Chinese input method types Hanyu Pinyin
 * ("baidianfeng", "bai dian feng", "bai2dian4feng1", "lv"/"lü"/"lu") or its initials
 * ("bdf") and finds the Chinese text that reads so.
 *
 * At index time every Traditional text is read aloud, word by word where the
 * dictionary knows the word (so 重 is chong in 重新 and zhong in 嚴重), and each pair
 * of neighbouring characters is remembered with its two syllables.  A query that
 * spells syllables is turned into the few Chinese words of the store that read that
 * way (the most used first), and those are searched as if typed.  English comes first:
 * pinyin results only follow results the query found as English, so "can", "shen"
 * or "die" keep their English hits at the top.  Shared by src/search only. */
#ifndef VE_SEARCH_PINYIN_H
#define VE_SEARCH_PINYIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "search/search.h"

typedef struct pinyin_index pinyin_index;

/* Reads every item's Traditional texts (ix->docs must be filled in). */
pinyin_index *pinyin_build(const search_index *ix);
void pinyin_free(pinyin_index *p);
size_t pinyin_bytes(const pinyin_index *p);

/* The reading of the Han text s[0..len) into syl (one per Han character, in order;
 * UINT16_MAX for a character the dictionary lacks); returns how many Han characters
 * there are (more than max are not written).  For tests. */
size_t pinyin_read(const char *s, size_t len, uint16_t *syl, size_t max);
const char *pinyin_syllable(uint16_t syl);

/* The Chinese words (Simplified search keys) the query spells in pinyin, separated by
 * spaces, the most likely first: a malloc'd string, or NULL when the query is not
 * pinyin or spells nothing in the store.  fuzzy: also try syllables one typo away.
 * clean (may be NULL): set when the query reads as whole syllables or as initials only
 * (the last one may be unfinished), not a mix that a half-typed English word makes
 * ("ligh": li g h). */
char *pinyin_expand(const search_index *ix, const char *q, size_t len, bool typing, bool fuzzy, bool *clean);

/* Called by search_run with the results of the query as typed: adds what the query
 * finds as pinyin, after those results when they matched the query as English, first
 * when they were only partial, a typo correction or nothing. */
void pinyin_merge(const search_index *ix, const char *q, size_t len, lang_t lang, bool typing, size_t limit,
                  search_result *out);

#endif
