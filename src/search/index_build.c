/* Builds the inverted index: for every term, the items it occurs in with a
 * field-weighted count, in one flat array per kind (CSR layout). */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/lib_on_demand.h"
#include "core/xalloc.h"
#include "search/pinyin.h"
#include "search/search_impl.h"
#include "search/search_utf8.h"
#include "text/width.h"

typedef struct triple {
    uint32_t term, doc, tf;
} triple;

typedef struct builder {
    search_index *ix;
    units u;
    uint32_t doc;
    double len;               /* weighted length of the current item */
    uint32_t *seen_doc;       /* per term: last item + 1 it was counted in */
    uint32_t *slot;           /* per term: its place in trip for that item */
    size_t cap_terms;
    triple *trip;
    size_t ntrip, cap_trip;
    int weight;               /* of the text being indexed */
} builder;

static void count(builder *b, const char *key, size_t n, int weight)
{
    search_index *ix = b->ix;
    int added;
    uint32_t t = strmap_put(&ix->terms, key, n, &added);
    if (added && ix->terms.n > b->cap_terms) {
        size_t old = b->cap_terms;
        b->cap_terms = b->cap_terms ? b->cap_terms * 2 : 4096;
        b->seen_doc = xrealloc(b->seen_doc, b->cap_terms * sizeof *b->seen_doc);
        b->slot = xrealloc(b->slot, b->cap_terms * sizeof *b->slot);
        memset(b->seen_doc + old, 0, (b->cap_terms - old) * sizeof *b->seen_doc);
    }
    if (b->seen_doc[t] != b->doc + 1) {
        b->seen_doc[t] = b->doc + 1;
        XGROW(b->trip, b->cap_trip, b->ntrip + 1);
        b->slot[t] = (uint32_t)b->ntrip;
        b->trip[b->ntrip++] = (triple){ t, b->doc, 0 };
    }
    b->trip[b->slot[t]].tf += (uint32_t)weight;
}

/* Terms come in ascending order, so surf_term stays sorted. */
static void remember_surface(search_index *ix, uint32_t t, const char *raw, size_t n)
{
    XGROW(ix->surfaces, ix->surf_cap, ix->surf_len + n + 1);
    memcpy(ix->surfaces + ix->surf_len, raw, n);
    ix->surfaces[ix->surf_len + n] = '\0';
    if (ix->nsurf == ix->cap_surf) {
        ix->cap_surf = ix->cap_surf ? ix->cap_surf * 2 : 256;
        ix->surf_term = xrealloc(ix->surf_term, ix->cap_surf * sizeof *ix->surf_term);
        ix->surf_off = xrealloc(ix->surf_off, ix->cap_surf * sizeof *ix->surf_off);
    }
    ix->surf_term[ix->nsurf] = t;
    ix->surf_off[ix->nsurf++] = (uint32_t)ix->surf_len;
    ix->surf_len += n + 1;
}

static void found_synonym(const syn_member *m, size_t first, size_t end, void *ctx)
{
    (void)first;
    (void)end;
    builder *b = ctx;
    char key[32];
    int n = snprintf(key, sizeof key, SYN_PREFIX "%u", m->group);
    count(b, key, (size_t)n, b->weight);
}

static bool index_text(const char *text, int weight, void *ctx)
{
    builder *b = ctx;
    search_index *ix = b->ix;
    tokenize(text, strlen(text), &b->u);
    const units *u = &b->u;
    b->weight = weight;
    for (size_t i = 0; i < u->n; i++) {
        const unit *x = &u->v[i];
        char key[8];
        if (x->kind == UNIT_WORD) {
            size_t before = ix->terms.n;
            count(b, unit_key(u, x), x->key_len, weight);
            /* A new word written otherwise than its key: keep how, for "did you mean". */
            if (ix->terms.n > before &&
                (x->raw_len != x->key_len || memcmp(unit_raw(u, x), unit_key(u, x), x->key_len) != 0))
                remember_surface(ix, (uint32_t)before, unit_raw(u, x), x->raw_len);
        } else {
            size_t n = search_utf8_encode(x->key, key);
            count(b, key, n, weight);
            if (x->joined) {
                size_t m = search_utf8_encode(u->v[i - 1].key, key);
                m += search_utf8_encode(x->key, key + m);
                count(b, key, m, weight);
            }
        }
        b->len += weight;
    }
    synonyms_scan(ix, u, found_synonym, b);
    return true;
}

static size_t varint_len(uint32_t v)
{
    size_t n = 1;
    for (; v >= 0x80; v >>= 7)
        n++;
    return n;
}

static uint8_t *varint_put(uint8_t *p, uint32_t v)
{
    for (; v >= 0x80; v >>= 7)
        *p++ = (uint8_t)(v | 0x80);
    *p++ = (uint8_t)v;
    return p;
}

static uint32_t clamp_tf(uint32_t tf)
{
    return tf > UINT16_MAX ? UINT16_MAX : tf;
}

static void build_postings(search_index *ix, builder *b)
{
    size_t nt = ix->terms.n;
    /* Pass 1: each term's df and the bytes of its gaps and frequencies. */
    uint32_t *df = xcalloc(nt + 1, sizeof *df);
    uint32_t *last = xcalloc(nt + 1, sizeof *last);
    size_t *bytes = xcalloc(nt + 1, sizeof *bytes);
    for (size_t i = 0; i < b->ntrip; i++) {
        const triple *tr = &b->trip[i];
        /* Triples come in item order, so each term's items come in ascending order. */
        bytes[tr->term] += varint_len(tr->doc - last[tr->term]) + varint_len(clamp_tf(tr->tf));
        last[tr->term] = tr->doc;
        df[tr->term]++;
    }
    ix->post_off = xmalloc((nt + 1) * sizeof *ix->post_off);
    size_t total = 0;
    for (size_t t = 0; t < nt; t++) {
        ix->post_off[t] = (uint32_t)total;
        total += varint_len(df[t]) + bytes[t];
    }
    ix->post_off[nt] = (uint32_t)total;
    ix->npostings = b->ntrip;
    ix->post = xmalloc(total ? total : 1);
    /* Pass 2: write them; fill[t] is where term t's next posting goes. */
    uint8_t **fill = xmalloc((nt + 1) * sizeof *fill);
    for (size_t t = 0; t < nt; t++) {
        fill[t] = varint_put(ix->post + ix->post_off[t], df[t]);
        last[t] = 0;
    }
    for (size_t i = 0; i < b->ntrip; i++) {
        const triple *tr = &b->trip[i];
        fill[tr->term] = varint_put(fill[tr->term], tr->doc - last[tr->term]);
        fill[tr->term] = varint_put(fill[tr->term], clamp_tf(tr->tf));
        last[tr->term] = tr->doc;
    }
    free(fill);
    free(df);
    free(last);
    free(bytes);
}

search_index *search_build(const store *st)
{
    search_index *ix = xcalloc(1, sizeof *ix);
    ix->st = st;
    ix->ndocs = st->ntopics + st->nglossary + st->ntreatments + st->nquestions;
    ix->docs = xcalloc(ix->ndocs ? ix->ndocs : 1, sizeof *ix->docs);
    size_t d = 0;
    for (size_t i = 0; i < st->ntopics; i++)
        ix->docs[d++] = (sdoc){ SEARCH_TOPIC, (uint32_t)i, 0 };
    for (size_t i = 0; i < st->nglossary; i++)
        ix->docs[d++] = (sdoc){ SEARCH_GLOSSARY, (uint32_t)i, 0 };
    for (size_t i = 0; i < st->ntreatments; i++)
        ix->docs[d++] = (sdoc){ SEARCH_TREATMENT, (uint32_t)i, 0 };
    for (size_t i = 0; i < st->nquestions; i++)
        ix->docs[d++] = (sdoc){ SEARCH_QUESTION, (uint32_t)i, 0 };

    synonyms_build(ix);
    builder b = { .ix = ix };
    double total = 0;
    for (uint32_t doc = 0; doc < ix->ndocs; doc++) {
        b.doc = doc;
        b.len = 0;
        doc_each_text(ix, doc, LANG_COUNT, index_text, &b);
        ix->docs[doc].len = (float)(b.len > 1 ? b.len : 1);
        total += ix->docs[doc].len;
    }
    ix->avg_len = ix->ndocs ? total / (double)ix->ndocs : 1;
    ix->idf = xmalloc((ix->ndocs + 1) * sizeof *ix->idf);
    for (size_t df = 0; df <= ix->ndocs; df++) {
        double n = (double)ix->ndocs;
        ix->idf[df] = lib_log(1.0 + (n - df + 0.5) / (df + 0.5));
    }
    build_postings(ix, &b);
    free(b.trip);
    free(b.seen_doc);
    free(b.slot);
    units_free(&b.u);
    vocab_build(ix);
    exact_build(ix);
    ix->pinyin = pinyin_build(ix);
    /* Give back what the growing arrays hold beyond their final size. */
    strmap_compact(&ix->terms);
    strmap_compact(&ix->first_keys);
    strmap_compact(&ix->exact_keys);
    if (ix->nsurf) {
        ix->surf_term = xrealloc(ix->surf_term, ix->nsurf * sizeof *ix->surf_term);
        ix->surf_off = xrealloc(ix->surf_off, ix->nsurf * sizeof *ix->surf_off);
        ix->surfaces = xrealloc(ix->surfaces, ix->surf_len);
        ix->cap_surf = ix->nsurf;
        ix->surf_cap = ix->surf_len;
    }
    if (ix->nmembers) {
        ix->members = xrealloc(ix->members, ix->nmembers * sizeof *ix->members);
        ix->member_pool = xrealloc(ix->member_pool, ix->mpool_len);
        ix->cap_members = ix->nmembers;
        ix->mpool_cap = ix->mpool_len;
    }
    return ix;
}

/* What the allocator holds for a block: its usable size and the size word before it. */
static size_t held(const void *p)
{
    return p ? malloc_usable_size((void *)p) + sizeof(size_t) : 0;
}

static size_t map_held(const strmap *m)
{
    return held(m->slots) + held(m->key_off) + held(m->pool);
}

size_t search_index_parts(const search_index *ix, search_mem_part *parts, size_t max)
{
    if (ix->blob) { /* the arrays are in the blob, not on the heap */
        if (!max)
            return 0;
        parts[0] = (search_mem_part){ "opened (the arrays stay in the blob)", index_blob_bytes(ix) };
        return 1;
    }
    search_mem_part all[] = {
        { "items", held(ix) + held(ix->docs) + held(ix->idf) },
        { "terms", map_held(&ix->terms) },
        { "postings", held(ix->post_off) + held(ix->post) },
        { "vocabulary", held(ix->latin) + held(ix->by_len) + held(ix->surf_term) + held(ix->surf_off) +
                            held(ix->surfaces) },
        { "synonyms", held(ix->member_pool) + held(ix->members) + map_held(&ix->first_keys) + held(ix->first_head) },
        { "names", map_held(&ix->exact_keys) + held(ix->exact_off) + held(ix->exact) },
        { "pinyin", pinyin_bytes(ix->pinyin) },
    };
    size_t n = sizeof all / sizeof *all;
    if (n > max)
        n = max;
    memcpy(parts, all, n * sizeof *parts);
    return n;
}

size_t search_index_bytes(const search_index *ix)
{
    search_mem_part parts[16];
    size_t n = search_index_parts(ix, parts, 16), total = 0;
    for (size_t i = 0; i < n; i++)
        total += parts[i].bytes;
    return total;
}

void search_free(search_index *ix)
{
    if (!ix)
        return;
    if (ix->blob) {
        index_blob_free(ix);
        return;
    }
    free(ix->docs);
    free(ix->idf);
    strmap_free(&ix->terms);
    free(ix->post_off);
    free(ix->post);
    free(ix->latin);
    free(ix->by_len);
    free(ix->surf_term);
    free(ix->surf_off);
    free(ix->surfaces);
    free(ix->member_pool);
    free(ix->members);
    strmap_free(&ix->first_keys);
    free(ix->first_head);
    free(ix->exact_off);
    free(ix->exact);
    strmap_free(&ix->exact_keys);
    pinyin_free(ix->pinyin);
    free(ix);
}
