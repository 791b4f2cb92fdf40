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

/* The common CJK ideographs (U+3400..U+9FFF) are looked up directly: Chinese text is
 * mostly these, and every one of them is folded whenever text is tokenised, at each
 * keystroke for the snippets on screen.  Per code point, its pair's index + 1 (0: none). */
enum { SEARCH_FOLD_DIRECT_FIRST = 0x3400, SEARCH_FOLD_DIRECT_END = 0xA000 };
extern const uint16_t search_fold_direct[SEARCH_FOLD_DIRECT_END - SEARCH_FOLD_DIRECT_FIRST];

/* The Simplified form of cp, or cp itself. */
uint32_t han_fold(uint32_t cp);

#endif
