/* Runs a compiled query: BM25 per concept, AND across concepts (OR when AND finds
 * nothing), exact names first, ties in store order. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "search/pinyin.h"
#include "search/search_impl.h"

static const double K1 = 1.2, B = 0.75;
/* Glossary cards and treatment names are a line or two long, which BM25's length
 * normalisation rewards; a topic that explains the same thing is the better answer. */
static const float SHORT_ITEM_FACTOR = 0.5f;

static double bm25(const search_index *ix, double idf_t, uint32_t tf, uint32_t doc)
{
    double norm = K1 * (1.0 - B + B * ix->docs[doc].len / ix->avg_len);
    return idf_t * (tf * (K1 + 1.0)) / (tf + norm);
}

typedef struct scratch {
    float *total, *cs;
    uint16_t *matched, *parts;
    uint8_t *any;
} scratch;

/* Occurs in more than a fifth of all items (every variant of it does). */
static bool is_common(const search_index *ix, const concept *c)
{
    if (c->kind != C_WORD || !c->nv)
        return false;
    for (size_t v = 0; v < c->nv; v++)
        if (term_df(ix, c->v[v].term) * 5 <= ix->ndocs)
            return false;
    return true;
}

/* cs[d] = the concept's score in item d (0: not matched). */
static void score_concept(const search_index *ix, const search_query *q, const concept *c, scratch *s)
{
    size_t nd = ix->ndocs;
    memset(s->cs, 0, nd * sizeof *s->cs);
    if (c->kind == C_WORD || c->kind == C_SYN) {
        for (size_t v = 0; v < c->nv; v++) {
            uint32_t t = c->v[v].term;
            double w = c->v[v].weight * index_idf(ix, term_df(ix, t));
            for (post_iter it = post_begin(ix, t); post_next(&it);) {
                uint32_t d = it.doc;
                float sc = (float)(w * bm25(ix, 1.0, it.tf, d));
                if (sc > s->cs[d])
                    s->cs[d] = sc;
            }
        }
        return;
    }
    /* Han words and phrases: the mean of their parts, when enough parts match. */
    memset(s->parts, 0, nd * sizeof *s->parts);
    size_t nparts = 0;
    for (size_t v = 0; v < c->nv; v++) {
        uint32_t t = c->v[v].term;
        nparts++;
        if (t == UINT32_MAX)
            continue;
        double w = c->v[v].weight * index_idf(ix, term_df(ix, t));
        for (post_iter it = post_begin(ix, t); post_next(&it);) {
            uint32_t d = it.doc;
            s->cs[d] += (float)(w * bm25(ix, 1.0, it.tf, d));
            s->parts[d]++;
        }
    }
    size_t need = c->kind == C_PHRASE ? nparts : c->need;
    for (size_t d = 0; d < nd; d++) {
        if (!s->parts[d] || s->parts[d] < need || !nparts) {
            s->cs[d] = 0;
            continue;
        }
        s->cs[d] /= (float)nparts;
        if (c->kind == C_PHRASE && !doc_has_phrase(ix, (uint32_t)d, q, c))
            s->cs[d] = 0;
    }
}

typedef struct cand {
    uint32_t doc;
    uint32_t tier;
    float score;
} cand;

static int cmp_cand(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    if (x->tier != y->tier)
        return x->tier > y->tier ? -1 : 1;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return (x->doc > y->doc) - (x->doc < y->doc);
}

/* Moves the k best of c[0..n) to c[0..k), in order: what sorting all n would put
 * there (cmp_cand is a total order: no two candidates tie), without sorting them all. */
static void top_k(cand *c, size_t n, size_t k)
{
    size_t have = 0;
    for (size_t i = 0; i < n; i++) {
        cand x = c[i];
        if (have == k && cmp_cand(&x, &c[k - 1]) >= 0)
            continue;
        size_t lo = 0, hi = have;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (cmp_cand(&c[mid], &x) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        size_t last = have < k ? have : k - 1; /* the worst kept falls off when full */
        memmove(c + lo + 1, c + lo, (last - lo) * sizeof *c);
        c[lo] = x;
        if (have < k)
            have++;
    }
}

/* Items whose name is exactly the query: tier per item (0 for none) into tiers. */
static bool exact_tiers(const search_index *ix, const search_query *q, uint32_t *tiers)
{
    char key[512];
    size_t n = exact_key(&q->u, 0, q->u.n, key, sizeof key);
    uint32_t from, to;
    if (!n || !exact_entries(ix, key, n, &from, &to))
        return false;
    for (uint32_t i = from; i < to; i++)
        tiers[ix->exact[i].doc] = ix->exact[i].tier;
    return true;
}

void search_run(const search_index *ix, const char *query, size_t len, lang_t lang, bool typing, size_t limit,
                search_result *out)
{
    search_run_rows(ix, query, len, lang, typing, limit, SIZE_MAX, out);
}

void search_run_rows(const search_index *ix, const char *query, size_t len, lang_t lang, bool typing, size_t limit,
                     size_t nprepared, search_result *out)
{
    search_find(ix, query, len, lang, typing, limit, out);
    for (size_t i = 0; i < out->n && i < nprepared; i++)
        search_hit_prepare(ix, out, i);
}

void search_hit_prepare(const search_index *ix, search_result *r, size_t i)
{
    if (i >= r->n || r->hits[i].prepared)
        return;
    search_hit *h = &r->hits[i];
    hit_snippet(ix, h->from, h, r->lang);
    h->prepared = true;
}

void search_keep_query(search_result *r, search_query *q)
{
    if (!q)
        return;
    r->kept = xrealloc(r->kept, (r->nkept + 1) * sizeof *r->kept);
    r->kept[r->nkept++] = q;
}

void search_find(const search_index *ix, const char *query, size_t len, lang_t lang, bool typing, size_t limit,
                 search_result *out)
{
    *out = (search_result){ 0 };
    if (!limit)
        limit = SEARCH_DEFAULT_LIMIT;
    if ((unsigned)lang >= LANG_COUNT)
        lang = LANG_EN;
    out->lang = lang;
    search_query *q = query_compile(ix, query ? query : "", query ? len : 0, typing);
    out->query = q;
    size_t nd = ix->ndocs;
    if (!q->nc || !nd) {
        pinyin_merge(ix, query ? query : "", query ? len : 0, lang, typing, limit, out);
        out->damaged = search_index_damaged(ix);
        return;
    }
    scratch s = {
        xcalloc(nd, sizeof *s.total), xcalloc(nd, sizeof *s.cs), xcalloc(nd, sizeof *s.matched),
        xcalloc(nd, sizeof *s.parts), xcalloc(nd, sizeof *s.any),
    };
    /* Words found nearly everywhere ("use", "time", "vitiligo") still score but are not
     * required: a long question must not fail on its filler words. */
    size_t required = 0;
    bool *optional = xcalloc(q->nc, sizeof *optional);
    for (size_t i = 0; i < q->nc; i++) {
        optional[i] = q->nc > 1 && is_common(ix, &q->c[i]);
        required += !optional[i];
    }
    if (!required) {
        memset(optional, 0, q->nc * sizeof *optional);
        required = q->nc;
    }
    for (size_t i = 0; i < q->nc; i++) {
        score_concept(ix, q, &q->c[i], &s);
        for (size_t d = 0; d < nd; d++)
            if (s.cs[d] > 0) {
                s.total[d] += s.cs[d];
                s.matched[d] += !optional[i];
                s.any[d] = 1;
            }
    }
    free(optional);
    uint32_t *tiers = xcalloc(nd, sizeof *tiers);
    bool any_exact = exact_tiers(ix, q, tiers);
    cand *c = xmalloc(nd * sizeof *c);
    size_t nc = 0;
    for (size_t d = 0; d < nd; d++)
        if (ix->docs[d].kind != SEARCH_TOPIC)
            s.total[d] *= SHORT_ITEM_FACTOR;
    /* A whole question ("is it safe to use steroid cream for a long time") rarely has
     * every word in one topic: from 4 words on, all but a quarter are enough, and
     * the items with more of them rank higher. */
    size_t need = required < 4 ? required : required - required / 4;
    for (size_t d = 0; d < nd; d++)
        if ((s.any[d] && s.matched[d] >= need) || tiers[d])
            c[nc++] = (cand){ (uint32_t)d, tiers[d], s.total[d] * (1 + s.matched[d]) / (float)(1 + required) };
    (void)any_exact;
    if (!nc) {
        out->partial = true; /* nothing has every word: rank by how many words match */
        for (size_t d = 0; d < nd; d++)
            if (s.any[d])
                c[nc++] = (cand){ (uint32_t)d, 0, s.total[d] * (1 + s.matched[d]) / (float)(1 + required) };
        if (!nc)
            out->partial = false;
    }
    out->total = nc;
    out->n = nc < limit ? nc : limit;
    if (nc > limit)
        top_k(c, nc, limit);
    else
        qsort(c, nc, sizeof *c, cmp_cand);
    out->hits = xcalloc(out->n ? out->n : 1, sizeof *out->hits);
    for (size_t i = 0; i < out->n; i++) {
        search_hit *h = &out->hits[i];
        h->kind = ix->docs[c[i].doc].kind;
        h->index = ix->docs[c[i].doc].index;
        h->score = c[i].score + c[i].tier * 1000.0;
        h->exact = c[i].tier != 0;
        h->from = q;
    }
    if (q->corrected_text && out->n)
        out->did_you_mean = xstrdup(q->corrected_text);
    free(c);
    free(tiers);
    free(s.total);
    free(s.cs);
    free(s.matched);
    free(s.parts);
    free(s.any);
    pinyin_merge(ix, query, len, lang, typing, limit, out);
    out->damaged = search_index_damaged(ix);
}

void search_result_free(search_result *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++) {
        search_spans_free(&r->hits[i].spans);
        search_spans_free(&r->hits[i].title_spans);
    }
    free(r->hits);
    free(r->did_you_mean);
    query_free(r->query);
    for (size_t i = 0; i < r->nkept; i++)
        query_free(r->kept[i]);
    free(r->kept);
    *r = (search_result){ 0 };
}
