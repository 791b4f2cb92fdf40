/* Synonym groups from the glossary: a term and its aliases in every language are one
 * group (Koebner, isomorphic response, 同形反應, 同構反應); and from the regional term
 * table: one concept's words in every Chinese variety (雷射, 激光, 镭射).  Where any member occurs in an
 * item, the index adds the group's token, so a query for one member finds the others. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "search/search_impl.h"
#include "search/search_utf8.h"
#include "text/width.h"

size_t unit_key_bytes(const units *u, const unit *x, char *buf)
{
    if (x->kind == UNIT_HAN)
        return search_utf8_encode(x->key, buf);
    memcpy(buf, unit_key(u, x), x->key_len);
    return x->key_len;
}

key_seq key_seq_add(char **pool, size_t *len, size_t *cap, const units *u, size_t from, size_t to)
{
    key_seq ks = { (uint32_t)*len, (uint32_t)(to - from) };
    for (size_t i = from; i < to; i++) {
        char buf[WORD_MAX_BYTES + 1];
        size_t n = unit_key_bytes(u, &u->v[i], buf);
        XGROW(*pool, *cap, *len + n + 1);
        memcpy(*pool + *len, buf, n);
        (*pool)[*len + n] = '\0';
        *len += n + 1;
    }
    return ks;
}

size_t key_seq_at(const char *pool, key_seq ks, const units *u, size_t i)
{
    if (i + ks.n > u->n || !ks.n)
        return 0;
    const char *k = pool + ks.off;
    for (size_t j = 0; j < ks.n; j++) {
        const unit *x = &u->v[i + j];
        if (j && x->kind == UNIT_HAN && u->v[i + j - 1].kind == UNIT_HAN && !x->joined)
            return 0;
        char buf[WORD_MAX_BYTES + 1];
        size_t n = unit_key_bytes(u, x, buf);
        size_t kn = strlen(k);
        if (kn != n || memcmp(k, buf, n) != 0)
            return 0;
        k += kn + 1;
    }
    return i + ks.n;
}

static void add_member(search_index *ix, strmap *seen, uint32_t group, const char *text, units *u)
{
    tokenize(text, strlen(text), u);
    if (!u->n)
        return;
    if (u->n == 1 && (u->v[0].kind == UNIT_HAN || u->v[0].key_len < 2))
        return; /* one character alone would match far too much */
    size_t mark = ix->mpool_len;
    key_seq ks = key_seq_add(&ix->member_pool, &ix->mpool_len, &ix->mpool_cap, u, 0, u->n);
    /* The same member twice in a group (zh-Hant and zh-Hans fold alike): keep one. */
    char tag[16];
    int tl = snprintf(tag, sizeof tag, "%u:", group);
    size_t klen = ix->mpool_len - mark;
    char *key = xmalloc((size_t)tl + klen);
    memcpy(key, tag, (size_t)tl);
    memcpy(key + tl, ix->member_pool + mark, klen);
    int added;
    strmap_put(seen, key, (size_t)tl + klen, &added);
    free(key);
    if (!added) {
        ix->mpool_len = mark;
        return;
    }
    size_t first_len = strlen(ix->member_pool + ks.off);
    int new_first;
    uint32_t fid = strmap_put(&ix->first_keys, ix->member_pool + ks.off, first_len, &new_first);
    if (new_first) {
        ix->first_head = xrealloc(ix->first_head, ix->first_keys.n * sizeof *ix->first_head);
        ix->first_head[fid] = UINT32_MAX;
    }
    XGROW(ix->members, ix->cap_members, ix->nmembers + 1);
    ix->members[ix->nmembers] = (syn_member){ group, ks, ix->first_head[fid] };
    ix->first_head[fid] = (uint32_t)ix->nmembers++;
}

static void add_words(search_index *ix, strmap *seen, uint32_t group, const lwords *w, units *u)
{
    for (int l = 0; l < LANG_COUNT; l++)
        for (size_t i = 0; i < w->n[l]; i++)
            if (w->w[l] && w->w[l][i])
                add_member(ix, seen, group, w->w[l][i], u);
}

void synonyms_build(search_index *ix)
{
    const store *st = ix->st;
    strmap seen = { 0 };
    units u = { 0 };
    for (size_t g = 0; g < st->nglossary; g++) {
        const gloss_term *t = &st->glossary[g];
        for (int l = 0; l < LANG_COUNT; l++)
            add_member(ix, &seen, (uint32_t)g, lt(&t->term, (lang_t)l), &u);
        add_words(ix, &seen, (uint32_t)g, &t->aliases, &u);
    }
    /* the regional term table: a Taiwan word, its Hong Kong and mainland words and
     * the spellings people type (雷射, 激光, 镭射) are one group */
    static const regional_table none; /* a pack's that does not read: no regional groups */
    const regional_table *rt = store_regional(st);
    if (!rt)
        rt = &none;
    for (size_t r = 0; r < rt->nterms; r++) {
        uint32_t group = (uint32_t)(st->nglossary + r);
        for (int l = 0; l < LANG_COUNT; l++)
            if (rt->terms[r].form[l])
                add_member(ix, &seen, group, rt->terms[r].form[l], &u);
        for (size_t k = 0; k < rt->terms[r].nsearch; k++)
            add_member(ix, &seen, group, rt->terms[r].search[k], &u);
    }
    ix->ngroups = st->nglossary + rt->nterms;
    units_free(&u);
    strmap_free(&seen);
}

void synonyms_scan(const search_index *ix, const units *u, syn_found_fn fn, void *ctx)
{
    if (!ix->nmembers)
        return;
    for (size_t i = 0; i < u->n; i++) {
        char buf[WORD_MAX_BYTES + 1];
        size_t n = unit_key_bytes(u, &u->v[i], buf);
        uint32_t fid = strmap_get(&ix->first_keys, buf, n);
        if (fid == UINT32_MAX)
            continue;
        for (uint32_t m = ix->first_head[fid]; m != UINT32_MAX; m = ix->members[m].next) {
            size_t end = key_seq_at(ix->member_pool, ix->members[m].keys, u, i);
            if (end)
                fn(&ix->members[m], i, end, ctx);
        }
    }
}
