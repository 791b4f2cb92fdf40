/* Pinyin search, results: what the query finds read as pinyin, merged with what it
 * found as typed (see pinyin.h). */
#include <stdlib.h>
#include <string.h>

#include "core/strbuf.h"
#include "core/xalloc.h"
#include "search/pinyin_impl.h"

enum { WORDS_MAX = 4 };

static bool has_hit(const search_hit *hits, size_t n, const search_hit *h)
{
    for (size_t i = 0; i < n; i++)
        if (hits[i].kind == h->kind && hits[i].index == h->index)
            return true;
    return false;
}

static void hit_free(search_hit *h)
{
    search_spans_free(&h->spans);
    search_spans_free(&h->title_spans);
}

/* Every word of the query is a word of the store as typed, not only the start of one
 * ("cr" of "cream") or a typo away from one. */
static bool words_as_typed(const search_query *q)
{
    for (size_t i = 0; q && i < q->nc; i++) {
        const concept *c = &q->c[i];
        if (c->kind != C_WORD)
            continue;
        bool exact = false;
        for (size_t v = 0; v < c->nv; v++)
            exact |= c->v[v].weight >= 1.0f;
        if (!exact)
            return false;
    }
    return true;
}

void pinyin_merge(const search_index *ix, const char *q, size_t len, lang_t lang, bool typing, size_t limit,
                  search_result *out)
{
    /* The query matched as English (or as typed): pinyin may only fill the places left. */
    bool as_typed = out->n && !out->partial && !out->did_you_mean;
    bool whole = as_typed && words_as_typed(out->query);
    if (!ix->pinyin || (whole && out->n >= limit))
        return;
    bool clean = false;
    char *words = pinyin_expand(ix, q, len, typing, !as_typed, &clean);
    if (!words)
        return;
    /* Only the start of an English word: a clean pinyin reading ("cr", "chuanr") comes
     * first, a mixed one ("ligh") after the English completions. */
    if (as_typed && !whole && clean)
        as_typed = false;
    search_result sub[WORDS_MAX];
    size_t nsub = 0, found = 0;
    for (char *w = words, *sp; w && *w && nsub < WORDS_MAX; w = sp ? sp + 1 : NULL) {
        sp = strchr(w, ' ');
        size_t n = sp ? (size_t)(sp - w) : strlen(w);
        search_find(ix, w, n, lang, false, limit, &sub[nsub]);
        found += sub[nsub].total;
        nsub++;
    }
    if (!found) {
        for (size_t i = 0; i < nsub; i++)
            search_result_free(&sub[i]);
        free(words);
        return;
    }

    search_hit *hits = xcalloc(limit, sizeof *hits);
    size_t n = 0;
    size_t kept = 0; /* of out->hits, moved into hits */
    if (as_typed)
        for (; kept < out->n && n < limit; kept++)
            hits[n++] = out->hits[kept];
    /* Each word's best, then each one's second best ...: "cr" may be 傳染 or 成人. */
    for (size_t rank = 0; n < limit; rank++) {
        bool more = false;
        for (size_t i = 0; i < nsub && n < limit; i++) {
            if (rank >= sub[i].n)
                continue;
            more = true;
            search_hit *h = &sub[i].hits[rank];
            if (has_hit(hits, n, h))
                continue;
            hits[n++] = *h;
            *h = (search_hit){ 0 }; /* moved */
        }
        if (!more)
            break;
    }
    if (!as_typed) { /* a partial match or a typo guess comes after a whole pinyin match */
        for (; kept < out->n && n < limit; kept++) {
            if (!has_hit(hits, n, &out->hits[kept]))
                hits[n++] = out->hits[kept];
            else
                hit_free(&out->hits[kept]);
        }
    }
    for (; kept < out->n; kept++)
        hit_free(&out->hits[kept]);
    free(out->hits);
    out->hits = hits;
    out->n = n;
    out->total = (as_typed ? out->total : 0) + found;
    if (out->total < n)
        out->total = n;
    if (!as_typed) {
        out->partial = false;
        free(out->did_you_mean);
        out->did_you_mean = NULL;
    }
    for (size_t i = 0; i < nsub; i++) { /* the hits taken make their snippets with these */
        search_keep_query(out, sub[i].query);
        sub[i].query = NULL;
        for (size_t k = 0; k < sub[i].nkept; k++)
            search_keep_query(out, sub[i].kept[k]);
        sub[i].nkept = 0;
        search_result_free(&sub[i]);
    }

    /* Highlight the Chinese words and what was typed. */
    strbuf b = { 0 };
    sb_puts(&b, words);
    sb_putc(&b, ' ');
    sb_append(&b, q, len);
    search_keep_query(out, out->query); /* the hits as typed make their snippets with it */
    out->query = query_compile(ix, b.s ? b.s : "", b.len, typing);
    sb_free(&b);
    free(words);
}
