#include "search/fold.h"

#include <stdbool.h>

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
    if (cp < SEARCH_FOLD_DIRECT_FIRST || cp >= SEARCH_FOLD_DIRECT_END)
        return fold_search(cp);
    uint16_t i = search_fold_direct[cp - SEARCH_FOLD_DIRECT_FIRST];
    return i ? search_fold_pairs[i - 1][1] : cp;
}
