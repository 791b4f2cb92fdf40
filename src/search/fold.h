/* Traditional -> Simplified folding of single code points, for search keys only
 * (display text is converted by OpenCC phrase by phrase, see content/simplified.c).
 * Folding many-to-one (髮/發 -> 发) is exactly what a search key wants, and one code
 * point in gives one code point out, so offsets into the original text survive. */
#ifndef VE_SEARCH_FOLD_H
#define VE_SEARCH_FOLD_H

#include <stddef.h>
#include <stdint.h>

/* Generated at build time by tools/make-fold-table.sh (build/gen/fold_table.c):
 * (traditional, simplified) pairs sorted by the first. */
extern const uint32_t search_fold_pairs[][2];
extern const size_t search_fold_npairs;

/* The Simplified form of cp, or cp itself. */
uint32_t han_fold(uint32_t cp);

#endif
