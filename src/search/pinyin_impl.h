/* The pinyin index (pinyin_index.c), read by the query side (pinyin_query.c). */
#ifndef VE_SEARCH_PINYIN_IMPL_H
#define VE_SEARCH_PINYIN_IMPL_H

#include "search/pinyin.h"
#include "search/search_impl.h"

#define PINYIN_NONE UINT16_MAX

/* Two neighbouring characters (folded search keys) as read in the store, and how
 * much they weigh there (field weights summed over every time they occur). */
typedef struct py_pair {
    uint32_t a, b;
    uint16_t sa, sb;
    float weight;
} py_pair;

typedef struct py_single {
    uint32_t cp;
    uint16_t s;
    float weight;
} py_single;

struct pinyin_index {
    py_pair *pairs;           /* by first syllable, then heaviest first */
    size_t npairs;
    uint32_t *syl_start;      /* pairs[syl_start[s] .. syl_start[s+1]) have first syllable s */
    uint32_t *by_first;       /* indices of pairs, by first character */
    py_single *singles;       /* by syllable, then heaviest first */
    size_t nsingles;
    uint32_t *single_start;
};

#endif
