#include "search/fold.h"

#include <stdbool.h>

/* The common CJK ideographs (U+3400..U+9FFF) are looked up directly: Chinese text is
 * mostly these, and every one of them is folded whenever text is tokenised, at each
 * keystroke for the snippets on screen.  Per code point, its pair's index + 1 (0: none);
 * filled in at the first call. */
enum { DIRECT_FIRST = 0x3400, DIRECT_END = 0xA000 };
static uint16_t direct[DIRECT_END - DIRECT_FIRST];
static bool direct_ready;

static void direct_fill(void)
{
    for (size_t i = 0; i < search_fold_npairs; i++) {
        uint32_t cp = search_fold_pairs[i][0];
        if (cp >= DIRECT_FIRST && cp < DIRECT_END && !direct[cp - DIRECT_FIRST]) /* the first, as a search finds */
            direct[cp - DIRECT_FIRST] = (uint16_t)(i + 1);
    }
    direct_ready = true;
}

static uint32_t fold_search(uint32_t cp)
{
    size_t lo = 0, hi = search_fold_npairs;
    if (!hi || cp < search_fold_pairs[0][0] || cp > search_fold_pairs[hi - 1][0])
        return cp;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (search_fold_pairs[mid][0] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < search_fold_npairs && search_fold_pairs[lo][0] == cp ? search_fold_pairs[lo][1] : cp;
}

uint32_t han_fold(uint32_t cp)
{
    if (cp < DIRECT_FIRST || cp >= DIRECT_END || search_fold_npairs >= UINT16_MAX)
        return fold_search(cp);
    if (!direct_ready)
        direct_fill();
    uint16_t i = direct[cp - DIRECT_FIRST];
    return i ? search_fold_pairs[i - 1][1] : cp;
}
