/* Pinyin search, index side: the readings of every Traditional text, kept as the
 * pairs of neighbouring characters with their syllables (see pinyin.h). */
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "search/fold.h"
#include "search/pinyin.h"
#include "search/pinyin_impl.h"
#include "search/pinyin_table.h"
#include "search/search_utf8.h"
#include "text/width.h"

const char *pinyin_syllable(uint16_t syl)
{
    return syl < pinyin_nsyllables ? pinyin_syllables[syl] : "";
}

static uint16_t char_reading(uint32_t cp)
{
    size_t lo = 0, hi = pinyin_nchars;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (pinyin_chars[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < pinyin_nchars && pinyin_chars[lo].cp == cp ? pinyin_chars[lo].syl : PINYIN_NONE;
}

/* The longest dictionary word at cps[i..n) read otherwise than its characters, or NULL. */
static const pinyin_word *word_at(const uint32_t *cps, size_t i, size_t n)
{
    size_t lo = 0, hi = pinyin_nwords;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (pinyin_words[mid].cp[0] < cps[i])
            lo = mid + 1;
        else
            hi = mid;
    }
    const pinyin_word *best = NULL;
    for (; lo < pinyin_nwords && pinyin_words[lo].cp[0] == cps[i]; lo++) {
        const pinyin_word *w = &pinyin_words[lo];
        if (w->n > n - i || (best && w->n <= best->n))
            continue;
        size_t k = 1;
        while (k < w->n && w->cp[k] == cps[i + k])
            k++;
        if (k == w->n)
            best = w;
    }
    return best;
}

/* Reads one run of Han characters: words first, then single characters. */
static void read_run(const uint32_t *cps, size_t n, uint16_t *syl)
{
    for (size_t i = 0; i < n;) {
        const pinyin_word *w = word_at(cps, i, n);
        if (w) {
            for (size_t k = 0; k < w->n; k++)
                syl[i + k] = w->syl[k];
            i += w->n;
        } else {
            syl[i] = char_reading(cps[i]);
            i++;
        }
    }
}

enum { RUN_MAX = 256 }; /* a longer run is read in pieces: a word never spans the cut */

/* Calls fn for every run of Han characters in s[0..len) with its code points
 * (unfolded) and readings. */
typedef void (*run_fn)(const uint32_t *cps, const uint16_t *syl, size_t n, void *ctx);
static void each_run(const char *s, size_t len, run_fn fn, void *ctx)
{
    uint32_t cps[RUN_MAX];
    uint16_t syl[RUN_MAX];
    size_t n = 0;
    for (size_t i = 0; i <= len;) {
        uint32_t cp = 0;
        size_t k = i < len ? search_utf8_decode(s, len, i, &cp) : 1;
        bool han = i < len && is_han(cp);
        if (han)
            cps[n++] = cp;
        if ((!han || n == RUN_MAX) && n) {
            read_run(cps, n, syl);
            fn(cps, syl, n, ctx);
            n = 0;
        }
        i += k;
    }
}

typedef struct read_ctx {
    uint16_t *out;
    size_t max, n;
} read_ctx;

static void read_into(const uint32_t *cps, const uint16_t *syl, size_t n, void *ctx)
{
    (void)cps;
    read_ctx *r = ctx;
    for (size_t i = 0; i < n; i++, r->n++)
        if (r->n < r->max)
            r->out[r->n] = syl[i];
}

size_t pinyin_read(const char *s, size_t len, uint16_t *syl, size_t max)
{
    read_ctx r = { syl, max, 0 };
    if (s)
        each_run(s, len, read_into, &r);
    return r.n;
}

/* ---- building ---- */

typedef struct builder {
    pinyin_index *p;
    strmap pairs, singles;
    float *pair_w, *single_w;
    size_t cap_pair, cap_single;
    int weight;
} builder;

static void add_single(builder *b, uint32_t cp, uint16_t s, int w)
{
    char key[6];
    memcpy(key, &cp, 4);
    memcpy(key + 4, &s, 2);
    int added = 0;
    uint32_t id = strmap_put(&b->singles, key, sizeof key, &added);
    if (id >= b->cap_single) {
        b->cap_single = b->cap_single ? b->cap_single * 2 : 1024;
        b->single_w = xrealloc(b->single_w, b->cap_single * sizeof *b->single_w);
    }
    if (added)
        b->single_w[id] = 0;
    b->single_w[id] += (float)w;
}

static void add_pair(builder *b, uint32_t a, uint32_t c, uint16_t sa, uint16_t sc, int w)
{
    char key[12];
    memcpy(key, &a, 4);
    memcpy(key + 4, &c, 4);
    memcpy(key + 8, &sa, 2);
    memcpy(key + 10, &sc, 2);
    int added = 0;
    uint32_t id = strmap_put(&b->pairs, key, sizeof key, &added);
    if (id >= b->cap_pair) {
        b->cap_pair = b->cap_pair ? b->cap_pair * 2 : 1024;
        b->pair_w = xrealloc(b->pair_w, b->cap_pair * sizeof *b->pair_w);
    }
    if (added)
        b->pair_w[id] = 0;
    b->pair_w[id] += (float)w;
}

static void index_run(const uint32_t *cps, const uint16_t *syl, size_t n, void *ctx)
{
    builder *b = ctx;
    for (size_t i = 0; i < n; i++) {
        if (syl[i] == PINYIN_NONE)
            continue;
        add_single(b, han_fold(cps[i]), syl[i], b->weight);
        if (i + 1 < n && syl[i + 1] != PINYIN_NONE)
            add_pair(b, han_fold(cps[i]), han_fold(cps[i + 1]), syl[i], syl[i + 1], b->weight);
    }
}

static bool index_text(const char *text, int weight, void *ctx)
{
    builder *b = ctx;
    b->weight = weight;
    each_run(text, strlen(text), index_run, b);
    return true;
}

static const pinyin_index *sort_ix; /* qsort has no context argument */

static int cmp_pair_by_syl(const void *x, const void *y)
{
    const py_pair *a = x, *b = y;
    if (a->sa != b->sa)
        return a->sa < b->sa ? -1 : 1;
    if (a->weight != b->weight)
        return a->weight > b->weight ? -1 : 1;
    if (a->a != b->a)
        return a->a < b->a ? -1 : 1;
    return (a->b > b->b) - (a->b < b->b);
}

static int cmp_by_first(const void *x, const void *y)
{
    const py_pair *a = &sort_ix->pairs[*(const uint32_t *)x], *b = &sort_ix->pairs[*(const uint32_t *)y];
    if (a->a != b->a)
        return a->a < b->a ? -1 : 1;
    return (*(const uint32_t *)x > *(const uint32_t *)y) - (*(const uint32_t *)x < *(const uint32_t *)y);
}

static int cmp_single(const void *x, const void *y)
{
    const py_single *a = x, *b = y;
    if (a->s != b->s)
        return a->s < b->s ? -1 : 1;
    if (a->weight != b->weight)
        return a->weight > b->weight ? -1 : 1;
    return (a->cp > b->cp) - (a->cp < b->cp);
}

pinyin_index *pinyin_build(const search_index *ix)
{
    builder b = { .p = xcalloc(1, sizeof *b.p) };
    pinyin_index *p = b.p;
    for (uint32_t d = 0; d < ix->ndocs; d++)
        doc_each_text(ix, d, LANG_ZH_HANT, index_text, &b);

    p->npairs = b.pairs.n;
    p->pairs = xmalloc((p->npairs ? p->npairs : 1) * sizeof *p->pairs);
    for (uint32_t id = 0; id < b.pairs.n; id++) {
        size_t kn;
        const char *k = strmap_key(&b.pairs, id, &kn);
        py_pair *e = &p->pairs[id];
        memcpy(&e->a, k, 4);
        memcpy(&e->b, k + 4, 4);
        memcpy(&e->sa, k + 8, 2);
        memcpy(&e->sb, k + 10, 2);
        e->weight = b.pair_w[id];
    }
    qsort(p->pairs, p->npairs, sizeof *p->pairs, cmp_pair_by_syl);
    p->syl_start = xcalloc(pinyin_nsyllables + 1, sizeof *p->syl_start);
    for (size_t i = 0; i < p->npairs; i++)
        p->syl_start[p->pairs[i].sa + 1]++;
    for (size_t s = 0; s < pinyin_nsyllables; s++)
        p->syl_start[s + 1] += p->syl_start[s];
    p->by_first = xmalloc((p->npairs ? p->npairs : 1) * sizeof *p->by_first);
    for (size_t i = 0; i < p->npairs; i++)
        p->by_first[i] = (uint32_t)i;
    sort_ix = p;
    qsort(p->by_first, p->npairs, sizeof *p->by_first, cmp_by_first);
    sort_ix = NULL;

    p->nsingles = b.singles.n;
    p->singles = xmalloc((p->nsingles ? p->nsingles : 1) * sizeof *p->singles);
    for (uint32_t id = 0; id < b.singles.n; id++) {
        size_t kn;
        const char *k = strmap_key(&b.singles, id, &kn);
        memcpy(&p->singles[id].cp, k, 4);
        memcpy(&p->singles[id].s, k + 4, 2);
        p->singles[id].weight = b.single_w[id];
    }
    qsort(p->singles, p->nsingles, sizeof *p->singles, cmp_single);
    p->single_start = xcalloc(pinyin_nsyllables + 1, sizeof *p->single_start);
    for (size_t i = 0; i < p->nsingles; i++)
        p->single_start[p->singles[i].s + 1]++;
    for (size_t s = 0; s < pinyin_nsyllables; s++)
        p->single_start[s + 1] += p->single_start[s];

    strmap_free(&b.pairs);
    strmap_free(&b.singles);
    free(b.pair_w);
    free(b.single_w);
    return p;
}

void pinyin_free(pinyin_index *p)
{
    if (!p)
        return;
    free(p->pairs);
    free(p->syl_start);
    free(p->by_first);
    free(p->singles);
    free(p->single_start);
    free(p);
}

size_t pinyin_bytes(const pinyin_index *p)
{
    if (!p)
        return 0;
    return sizeof *p + p->npairs * (sizeof *p->pairs + sizeof *p->by_first) + p->nsingles * sizeof *p->singles +
           2 * (pinyin_nsyllables + 1) * sizeof *p->syl_start;
}
