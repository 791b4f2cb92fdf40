/* Builds the inverted index: for every term, the items it occurs in with a
 * field-weighted count, in one flat array per kind (CSR layout). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "search/search_impl.h"
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
        ix->surface = xrealloc(ix->surface, b->cap_terms * sizeof *ix->surface);
        memset(ix->surface + old, 0xff, (b->cap_terms - old) * sizeof *ix->surface);
    }
    if (b->seen_doc[t] != b->doc + 1) {
        b->seen_doc[t] = b->doc + 1;
        XGROW(b->trip, b->cap_trip, b->ntrip + 1);
        b->slot[t] = (uint32_t)b->ntrip;
        b->trip[b->ntrip++] = (triple){ t, b->doc, 0 };
    }
    b->trip[b->slot[t]].tf += (uint32_t)weight;
}

static void remember_surface(search_index *ix, uint32_t t, const char *raw, size_t n)
{
    XGROW(ix->surfaces, ix->surf_cap, ix->surf_len + n + 1);
    memcpy(ix->surfaces + ix->surf_len, raw, n);
    ix->surfaces[ix->surf_len + n] = '\0';
    ix->surface[t] = (uint32_t)ix->surf_len;
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
            if (ix->terms.n > before) /* a new word: keep how it was written, for "did you mean" */
                remember_surface(ix, (uint32_t)before, unit_raw(u, x), x->raw_len);
        } else {
            size_t n = utf8_encode(x->key, key);
            count(b, key, n, weight);
            if (x->joined) {
                size_t m = utf8_encode(u->v[i - 1].key, key);
                m += utf8_encode(x->key, key + m);
                count(b, key, m, weight);
            }
        }
        b->len += weight;
    }
    synonyms_scan(ix, u, found_synonym, b);
    return true;
}

static void build_postings(search_index *ix, builder *b)
{
    size_t nt = ix->terms.n;
    ix->post_off = xcalloc(nt + 2, sizeof *ix->post_off);
    for (size_t i = 0; i < b->ntrip; i++)
        ix->post_off[b->trip[i].term + 1]++;
    for (size_t t = 0; t < nt; t++)
        ix->post_off[t + 1] += ix->post_off[t];
    ix->npostings = b->ntrip;
    ix->post_doc = xmalloc((b->ntrip ? b->ntrip : 1) * sizeof *ix->post_doc);
    ix->post_tf = xmalloc((b->ntrip ? b->ntrip : 1) * sizeof *ix->post_tf);
    uint32_t *fill = xmalloc((nt + 1) * sizeof *fill);
    memcpy(fill, ix->post_off, (nt + 1) * sizeof *fill);
    /* Triples come in item order, so each term's postings end up sorted by item. */
    for (size_t i = 0; i < b->ntrip; i++) {
        const triple *tr = &b->trip[i];
        uint32_t at = fill[tr->term]++;
        ix->post_doc[at] = tr->doc;
        ix->post_tf[at] = (uint16_t)(tr->tf > UINT16_MAX ? UINT16_MAX : tr->tf);
    }
    free(fill);
}

search_index *search_build(const store *st)
{
    search_index *ix = xcalloc(1, sizeof *ix);
    ix->st = st;
    ix->ndocs = st->ntopics + st->nglossary + st->ntreatments;
    ix->docs = xcalloc(ix->ndocs ? ix->ndocs : 1, sizeof *ix->docs);
    size_t d = 0;
    for (size_t i = 0; i < st->ntopics; i++)
        ix->docs[d++] = (sdoc){ SEARCH_TOPIC, (uint32_t)i, 0 };
    for (size_t i = 0; i < st->nglossary; i++)
        ix->docs[d++] = (sdoc){ SEARCH_GLOSSARY, (uint32_t)i, 0 };
    for (size_t i = 0; i < st->ntreatments; i++)
        ix->docs[d++] = (sdoc){ SEARCH_TREATMENT, (uint32_t)i, 0 };

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
    build_postings(ix, &b);
    ix->surface = xrealloc(ix->surface, (ix->terms.n ? ix->terms.n : 1) * sizeof *ix->surface);
    free(b.trip);
    free(b.seen_doc);
    free(b.slot);
    units_free(&b.u);
    vocab_build(ix);
    exact_build(ix);
    return ix;
}

size_t search_index_bytes(const search_index *ix)
{
    size_t n = sizeof *ix + ix->ndocs * sizeof *ix->docs;
    n += strmap_bytes(&ix->terms) + strmap_bytes(&ix->first_keys) + strmap_bytes(&ix->exact_keys);
    n += (ix->terms.n + 2) * sizeof *ix->post_off + ix->npostings * (sizeof *ix->post_doc + sizeof *ix->post_tf);
    n += 2 * ix->nlatin * sizeof *ix->latin + ix->terms.n * sizeof *ix->surface + ix->surf_cap;
    n += ix->mpool_cap + ix->cap_members * sizeof *ix->members + ix->first_keys.n * sizeof *ix->first_head;
    n += ix->nexact_cap * sizeof *ix->exact;
    for (size_t i = 0; i < ix->exact_keys.n; i++)
        for (const exact_entry *e = ix->exact[i];; e++) {
            n += sizeof *e;
            if (e->doc == UINT32_MAX)
                break;
        }
    return n;
}

void search_free(search_index *ix)
{
    if (!ix)
        return;
    free(ix->docs);
    strmap_free(&ix->terms);
    free(ix->post_off);
    free(ix->post_doc);
    free(ix->post_tf);
    free(ix->latin);
    free(ix->by_len);
    free(ix->surface);
    free(ix->surfaces);
    free(ix->member_pool);
    free(ix->members);
    strmap_free(&ix->first_keys);
    free(ix->first_head);
    for (size_t i = 0; i < ix->exact_keys.n; i++)
        free(ix->exact[i]);
    free(ix->exact);
    strmap_free(&ix->exact_keys);
    free(ix);
}
