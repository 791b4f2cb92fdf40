#include "search/fold.h"

uint32_t han_fold(uint32_t cp)
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
