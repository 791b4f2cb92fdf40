/* The word vocabulary, sorted for prefix look-ups while typing and grouped by length
 * for the typo scan. */
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "search/search_impl.h"
#include "search/search_utf8.h"
#include "text/width.h"

static bool is_word_term(const char *k, size_t n)
{
    if (!n || k[0] == SYN_PREFIX[0])
        return false;
    uint32_t cp;
    search_utf8_decode(k, n, 0, &cp);
    return !is_han(cp);
}

static int cmp_key(const void *a, const void *b, void *ctx)
{
    const strmap *m = ctx;
    size_t an, bn;
    const char *ak = strmap_key(m, *(const uint32_t *)a, &an);
    const char *bk = strmap_key(m, *(const uint32_t *)b, &bn);
    int c = memcmp(ak, bk, an < bn ? an : bn);
    return c ? c : (an > bn) - (an < bn);
}

void vocab_build(search_index *ix)
{
    const strmap *m = &ix->terms;
    ix->latin = xmalloc((m->n ? m->n : 1) * sizeof *ix->latin);
    ix->nlatin = 0;
    size_t count[WORD_MAX_BYTES + 2] = { 0 };
    for (uint32_t t = 0; t < m->n; t++) {
        size_t n;
        const char *k = strmap_key(m, t, &n);
        if (is_word_term(k, n) && n <= WORD_MAX_BYTES) {
            ix->latin[ix->nlatin++] = t;
            count[n]++;
        }
    }
    ix->latin = xrealloc(ix->latin, (ix->nlatin ? ix->nlatin : 1) * sizeof *ix->latin);
    qsort_r(ix->latin, ix->nlatin, sizeof *ix->latin, cmp_key, (void *)m);
    ix->len_start[0] = 0;
    for (size_t k = 0; k <= WORD_MAX_BYTES; k++)
        ix->len_start[k + 1] = ix->len_start[k] + (uint32_t)count[k];
    ix->by_len = xmalloc((ix->nlatin ? ix->nlatin : 1) * sizeof *ix->by_len);
    size_t fill[WORD_MAX_BYTES + 1];
    for (size_t k = 0; k <= WORD_MAX_BYTES; k++)
        fill[k] = ix->len_start[k];
    for (size_t i = 0; i < ix->nlatin; i++) {
        size_t n;
        strmap_key(m, ix->latin[i], &n);
        ix->by_len[fill[n]++] = ix->latin[i];
    }
}

/* Keeps out[0..*n) as the best max candidates: lower rank first, then higher df. */
static void keep_best(const search_index *ix, uint32_t *out, int *rank, size_t *n, size_t max, uint32_t t, int r)
{
    uint32_t df = term_df(ix, t);
    size_t i = *n;
    while (i > 0 && (rank[i - 1] > r || (rank[i - 1] == r && term_df(ix, out[i - 1]) < df)))
        i--;
    if (i >= max)
        return;
    size_t last = *n < max ? *n : max - 1;
    memmove(out + i + 1, out + i, (last - i) * sizeof *out);
    memmove(rank + i + 1, rank + i, (last - i) * sizeof *rank);
    out[i] = t;
    rank[i] = r;
    if (*n < max)
        (*n)++;
}

size_t vocab_prefix(const search_index *ix, const char *prefix, size_t n, uint32_t *out, size_t max)
{
    if (!index_words_ready(ix))
        return 0;
    size_t lo = 0, hi = ix->nlatin;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2, kn;
        const char *k = index_term_key(ix, ix->latin[mid], &kn);
        int c = memcmp(k, prefix, kn < n ? kn : n);
        if (c < 0 || (c == 0 && kn < n))
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t got = 0;
    int rank[64];
    if (max > 64)
        max = 64;
    for (size_t i = lo; i < ix->nlatin; i++) {
        size_t kn;
        const char *k = index_term_key(ix, ix->latin[i], &kn);
        if (kn < n || memcmp(k, prefix, n) != 0)
            break;
        keep_best(ix, out, rank, &got, max, ix->latin[i], 0);
    }
    return got;
}

int edit_distance(const char *a, size_t an, const char *b, size_t bn, int max)
{
    if ((an > bn ? an - bn : bn - an) > (size_t)max)
        return max + 1;
    enum { L = WORD_MAX_BYTES + 1 };
    if (an >= L || bn >= L)
        return max + 1;
    int d0[L], d1[L], d2[L]; /* rows i-2, i-1, i */
    int *pp = d0, *p = d1, *c = d2;
    for (size_t j = 0; j <= bn; j++)
        p[j] = (int)j;
    for (size_t i = 1; i <= an; i++) {
        c[0] = (int)i;
        int row_min = c[0];
        for (size_t j = 1; j <= bn; j++) {
            int cost = a[i - 1] != b[j - 1];
            int v = p[j - 1] + cost;
            if (p[j] + 1 < v) v = p[j] + 1;
            if (c[j - 1] + 1 < v) v = c[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && pp[j - 2] + 1 < v)
                v = pp[j - 2] + 1; /* a transposition counts as one edit */
            c[j] = v;
            if (v < row_min) row_min = v;
        }
        if (row_min > max)
            return max + 1;
        int *t = pp; pp = p; p = c; c = t;
    }
    return p[bn] <= max ? p[bn] : max + 1;
}

/* Which byte classes (the low six bits) a word holds.  An insertion or a deletion
 * changes a word's byte counts by one, a substitution by two and a transposition not
 * at all, so words whose classes differ in more than 2 * max places are more than max
 * edits apart: most of the vocabulary is passed over without edit_distance. */
static uint64_t byte_classes(const char *s, size_t n)
{
    uint64_t m = 0;
    for (size_t i = 0; i < n; i++)
        m |= 1ull << ((unsigned char)s[i] & 63);
    return m;
}

size_t vocab_typos(const search_index *ix, const char *w, size_t n, uint32_t *out, size_t max)
{
    int maxd = n >= 9 ? 2 : n >= 5 ? 1 : 0;
    if (!maxd || n > WORD_MAX_BYTES || !index_words_ready(ix))
        return 0;
    int rank[64];
    if (max > 64)
        max = 64;
    size_t got = 0;
    size_t lo = n > (size_t)maxd ? n - (size_t)maxd : 1, hi = n + (size_t)maxd;
    if (hi > WORD_MAX_BYTES)
        hi = WORD_MAX_BYTES;
    uint64_t classes = byte_classes(w, n);
    for (size_t len = lo; len <= hi; len++) {
        for (uint32_t i = ix->len_start[len]; i < ix->len_start[len + 1]; i++) {
            size_t kn;
            const char *k = index_term_key(ix, ix->by_len[i], &kn);
            if (__builtin_popcountll(classes ^ byte_classes(k, kn)) > 2 * maxd)
                continue;
            int d = edit_distance(w, n, k, kn, maxd);
            if (d > 0 && d <= maxd)
                keep_best(ix, out, rank, &got, max, ix->by_len[i], d);
        }
    }
    return got;
}
