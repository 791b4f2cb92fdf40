/* Turns what the patient typed into concepts: each word, each Chinese word, each
 * synonym phrase and each quoted phrase is one concept with its variants (the word
 * itself, its prefix completions while typing, a typo correction, a synonym group).
 * Results must satisfy every concept (AND); run.c falls back to any (OR). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/strbuf.h"
#include "core/xalloc.h"
#include "search/search_impl.h"
#include "search/search_utf8.h"
#include "text/width.h"

enum {
    QUERY_MAX_BYTES = 1024,   /* longer queries are cut: a search line never needs more */
    QUERY_MAX_UNITS = 64,
    QUERY_MAX_CONCEPTS = 24,
    PREFIX_MAX = 30,          /* completions of the word being typed */
    TYPO_MAX = 3,
};

static const float WEIGHT_EXACT = 1.0f, WEIGHT_PREFIX = 0.8f, WEIGHT_TYPO = 0.9f;

/* Characters that glue a Chinese question together (嗎, 的, 會 ...): dropped at the
 * edges of a Chinese word found in a query, never inside one. */
static bool is_han_stop(uint32_t cp)
{
    static const char stops[] = "吗呢吧啊呀的了是我你他她会能要和与或在有怎么什样哪些个可以该请问";
    char buf[5];
    size_t n = search_utf8_encode(cp, buf);
    buf[n] = '\0';
    return strstr(stops, buf) != NULL;
}

static uint32_t term_of(const search_index *ix, const char *key, size_t n)
{
    return index_term(ix, key, n);
}

static concept *new_concept(search_query *q, concept_kind kind, size_t from, size_t to)
{
    XGROW(q->c, q->capc, q->nc + 1);
    concept *c = &q->c[q->nc++];
    *c = (concept){ .kind = kind, .unit_from = (uint32_t)from, .unit_to = (uint32_t)to };
    return c;
}

static void add_variant(concept *c, uint32_t term, float weight)
{
    if (term == UINT32_MAX)
        return;
    for (size_t i = 0; i < c->nv; i++)
        if (c->v[i].term == term) {
            if (c->v[i].weight < weight)
                c->v[i].weight = weight;
            return;
        }
    XGROW(c->v, c->capv, c->nv + 1);
    c->v[c->nv++] = (variant){ term, weight };
}

static void hl_word(search_query *q, const char *k, size_t n)
{
    strmap_put(&q->hl_words, k, n, NULL);
}

static void hl_phrase(search_query *q, const char *pool, key_seq ks)
{
    /* Copy the keys into the query's own pool so the highlight list is self-contained. */
    size_t bytes = 0;
    const char *k = pool + ks.off;
    for (uint32_t i = 0; i < ks.n; i++)
        bytes += strlen(k + bytes) + 1;
    XGROW(q->pool, q->pool_cap, q->pool_len + bytes);
    memcpy(q->pool + q->pool_len, k, bytes);
    XGROW(q->hl_phrases, q->caphl_phrases, q->nhl_phrases + 1);
    q->hl_phrases[q->nhl_phrases++] = (key_seq){ (uint32_t)q->pool_len, ks.n };
    q->pool_len += bytes;
}

/* Which units are inside quotes ("…", “…”, 「…」): quote[i] is the quoted group + 1, or 0. */
static void find_quotes(const units *u, uint32_t *quote)
{
    const norm_text *t = &u->norm;
    uint32_t group = 0;
    bool open = false;
    size_t ui = 0;
    for (size_t i = 0; i < t->n && ui < u->n; i++) {
        while (ui < u->n && u->v[ui].norm_start == i) {
            quote[ui] = open ? group : 0;
            ui++;
        }
        uint32_t cp = t->cp[i];
        if (cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x300C || cp == 0x300D || cp == 0x300E ||
            cp == 0x300F) {
            bool closing = cp == 0x201D || cp == 0x300D || cp == 0x300F || (cp == '"' && open);
            if (closing)
                open = false;
            else {
                open = true;
                group++;
            }
        }
    }
}

/* Replaces the key of word unit i with a corrected key (appended to the key pool). */
static void set_key(units *u, size_t i, const char *k, size_t n)
{
    XGROW(u->keys, u->kcap, u->klen + n + 1);
    memcpy(u->keys + u->klen, k, n);
    u->v[i].key = (uint32_t)u->klen;
    u->v[i].key_len = (uint8_t)n;
    u->klen += n;
}

typedef struct word_plan {
    uint32_t typos[TYPO_MAX];
    size_t ntypos;
    bool typing;              /* the last word, still being typed */
} word_plan;

static void plan_typos(const search_index *ix, search_query *q, word_plan *plan, const bool *in_quote)
{
    units *u = &q->u;
    for (size_t i = 0; i < u->n; i++) {
        unit *x = &u->v[i];
        if (x->kind != UNIT_WORD || in_quote[i])
            continue;
        if (term_of(ix, unit_key(u, x), x->key_len) != UINT32_MAX)
            continue;
        if (plan[i].typing) {
            uint32_t pre[1];
            if (vocab_prefix(ix, unit_raw(u, x), x->raw_len, pre, 1))
                continue; /* still typing a word that exists */
        }
        size_t n = vocab_typos(ix, unit_key(u, x), x->key_len, plan[i].typos, TYPO_MAX);
        if (!n && x->raw_len != x->key_len) /* "pathces" stems oddly: try it as written */
            n = vocab_typos(ix, unit_raw(u, x), x->raw_len, plan[i].typos, TYPO_MAX);
        plan[i].ntypos = n;
        if (n) {
            size_t kn;
            const char *k = index_term_key(ix, plan[i].typos[0], &kn);
            set_key(u, i, k, kn);
        }
    }
}

typedef struct syn_pick {
    size_t end;
    uint32_t groups[8];
    size_t ngroups;
    size_t at;
} syn_pick;

static void pick_synonym(const syn_member *m, size_t first, size_t end, void *ctx)
{
    syn_pick *p = ctx;
    if (first != p->at || end < p->end)
        return;
    if (end > p->end) {
        p->end = end;
        p->ngroups = 0;
    }
    for (size_t i = 0; i < p->ngroups; i++)
        if (p->groups[i] == m->group)
            return;
    if (p->ngroups < 8)
        p->groups[p->ngroups++] = m->group;
}

/* The longest synonym member starting at unit i (not crossing quotes); 0 when none. */
static size_t synonym_at(const search_index *ix, const units *u, size_t i, const uint32_t *quote, syn_pick *p)
{
    *p = (syn_pick){ .at = i };
    if (!ix->nmembers)
        return 0;
    char buf[WORD_MAX_BYTES + 1];
    size_t n = unit_key_bytes(u, &u->v[i], buf);
    uint32_t fid = strmap_get(&ix->first_keys, buf, n);
    if (fid == UINT32_MAX)
        return 0;
    for (uint32_t m = ix->first_head[fid]; m != UINT32_MAX; m = ix->members[m].next) {
        size_t end = key_seq_at(ix->member_pool, ix->members[m].keys, u, i);
        bool same_quote = true;
        for (size_t k = i; end && k < end; k++)
            same_quote &= quote[k] == quote[i];
        if (end && same_quote)
            pick_synonym(&ix->members[m], i, end, p);
    }
    return p->end;
}

static void add_synonym_concept(const search_index *ix, search_query *q, const syn_pick *p, size_t from)
{
    concept *c = new_concept(q, C_SYN, from, p->end);
    for (size_t g = 0; g < p->ngroups; g++) {
        char key[32];
        int n = snprintf(key, sizeof key, SYN_PREFIX "%u", p->groups[g]);
        add_variant(c, term_of(ix, key, (size_t)n), WEIGHT_EXACT);
        for (size_t m = 0; m < ix->nmembers; m++)
            if (ix->members[m].group == p->groups[g])
                hl_phrase(q, ix->member_pool, ix->members[m].keys);
    }
}

static void add_word_concept(const search_index *ix, search_query *q, size_t i, const word_plan *plan)
{
    units *u = &q->u;
    const unit *x = &u->v[i];
    concept *c = new_concept(q, C_WORD, i, i + 1);
    add_variant(c, term_of(ix, unit_key(u, x), x->key_len), WEIGHT_EXACT);
    hl_word(q, unit_key(u, x), x->key_len);
    for (size_t k = 0; k < plan->ntypos; k++) {
        size_t kn;
        const char *key = index_term_key(ix, plan->typos[k], &kn);
        add_variant(c, plan->typos[k], WEIGHT_TYPO);
        hl_word(q, key, kn);
    }
    if (plan->typing && x->raw_len >= 2) {
        uint32_t pre[PREFIX_MAX];
        size_t n = vocab_prefix(ix, unit_raw(u, x), x->raw_len, pre, PREFIX_MAX);
        for (size_t k = 0; k < n; k++) {
            size_t kn;
            const char *key = index_term_key(ix, pre[k], &kn);
            add_variant(c, pre[k], WEIGHT_PREFIX);
            hl_word(q, key, kn);
        }
    }
}

static size_t han_pair(const units *u, size_t i, char *key)
{
    size_t n = search_utf8_encode(u->v[i].key, key);
    return n + search_utf8_encode(u->v[i + 1].key, key + n);
}

/* A Chinese word of units [from, to): its bigrams, most of which must match. */
static void add_han_concept(const search_index *ix, search_query *q, size_t from, size_t to)
{
    const units *u = &q->u;
    concept *c = new_concept(q, C_HAN, from, to);
    char key[16];
    if (to - from == 1) {
        size_t n = search_utf8_encode(u->v[from].key, key);
        add_variant(c, term_of(ix, key, n), WEIGHT_EXACT);
        strmap_put(&q->hl_han, key, n, NULL);
        c->need = 1;
        return;
    }
    size_t parts = 0;
    for (size_t i = from; i + 1 < to; i++, parts++) {
        size_t n = han_pair(u, i, key);
        uint32_t t = term_of(ix, key, n);
        XGROW(c->v, c->capv, c->nv + 1);
        c->v[c->nv++] = (variant){ t, WEIGHT_EXACT }; /* kept even when unknown: it counts as missing */
        strmap_put(&q->hl_han, key, n, NULL);
    }
    c->need = parts <= 3 ? parts : (3 * parts + 3) / 4; /* three in four, rounded up */
}

/* Splits the Han run [from, to) into words: between two characters whose bigram
 * occurs nowhere in the content there is a word boundary, and question particles at
 * the edges of a word are dropped.  Lone characters are kept only when the run is
 * one character long. */
static void add_han_run(const search_index *ix, search_query *q, size_t from, size_t to)
{
    const units *u = &q->u;
    if (to - from == 1) {
        if (!is_han_stop(u->v[from].key) || q->nc == 0)
            add_han_concept(ix, q, from, to);
        return;
    }
    size_t start = from, before = q->nc;
    for (size_t i = from; i < to; i++) {
        bool cut = i + 1 == to;
        if (!cut) {
            char key[16];
            cut = term_of(ix, key, han_pair(u, i, key)) == UINT32_MAX;
        }
        if (!cut)
            continue;
        size_t a = start, b = i + 1;
        while (a < b && is_han_stop(u->v[a].key))
            a++;
        while (b > a && is_han_stop(u->v[b - 1].key))
            b--;
        if (b - a >= 2)
            add_han_concept(ix, q, a, b);
        start = i + 1;
    }
    if (q->nc == before) /* a word the content never uses: keep it whole, so it matches nothing */
        add_han_concept(ix, q, from, to);
}

static void add_phrase_concept(const search_index *ix, search_query *q, size_t from, size_t to)
{
    units *u = &q->u;
    concept *c = new_concept(q, C_PHRASE, from, to);
    for (size_t i = from; i < to; i++) {
        const unit *x = &u->v[i];
        char key[16];
        uint32_t t;
        if (x->kind == UNIT_WORD)
            t = term_of(ix, unit_key(u, x), x->key_len);
        else if (i + 1 < to && u->v[i + 1].kind == UNIT_HAN && u->v[i + 1].joined)
            t = term_of(ix, key, han_pair(u, i, key));
        else if (!x->joined)
            t = term_of(ix, key, search_utf8_encode(x->key, key));
        else
            continue;
        XGROW(c->v, c->capv, c->nv + 1);
        c->v[c->nv++] = (variant){ t, WEIGHT_EXACT };
    }
    c->need = c->nv;
    c->phrase = key_seq_add(&q->pool, &q->pool_len, &q->pool_cap, u, from, to);
    XGROW(q->hl_phrases, q->caphl_phrases, q->nhl_phrases + 1);
    q->hl_phrases[q->nhl_phrases++] = c->phrase;
}

/* How word term t was first written, when that differs from its key; else NULL. */
static const char *word_surface(const search_index *ix, uint32_t t)
{
    size_t lo = 0, hi = ix->nsurf;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ix->surf_term[mid] < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < ix->nsurf && ix->surf_term[lo] == t ? ix->surfaces + ix->surf_off[lo] : NULL;
}

/* "Did you mean": the query as typed, with each corrected word replaced. */
static char *corrected_text(const search_index *ix, const search_query *q, const char *s, size_t len,
                            const word_plan *plan)
{
    strbuf b = { 0 };
    size_t at = 0;
    for (size_t i = 0; i < q->u.n; i++) {
        if (!plan[i].ntypos)
            continue;
        const unit *x = &q->u.v[i];
        sb_append(&b, s + at, x->src_start - at);
        uint32_t t = plan[i].typos[0];
        const char *surface = word_surface(ix, t);
        if (surface)
            sb_puts(&b, surface);
        else {
            size_t kn;
            const char *k = index_term_key(ix, t, &kn);
            sb_append(&b, k, kn);
        }
        at = x->src_end;
    }
    sb_append(&b, s + at, len - at);
    /* Drop control characters so the line prints safely. */
    size_t w = 0;
    for (size_t r = 0; r < b.len; r++)
        if ((unsigned char)b.s[r] >= 0x20 && b.s[r] != 0x7f)
            b.s[w++] = b.s[r];
    b.len = w;
    b.s[w] = '\0';
    return sb_take(&b);
}

static bool only_stop_words(const units *u)
{
    for (size_t i = 0; i < u->n; i++)
        if (u->v[i].kind != UNIT_WORD || !is_stop_word(unit_raw(u, &u->v[i]), u->v[i].raw_len))
            return false;
    return true;
}

search_query *query_compile(const search_index *ix, const char *s, size_t len, bool typing)
{
    search_query *q = xcalloc(1, sizeof *q);
    if (len > QUERY_MAX_BYTES)
        len = QUERY_MAX_BYTES;
    tokenize(s, len, &q->u);
    units *u = &q->u;
    if (u->n > QUERY_MAX_UNITS) {
        u->n = QUERY_MAX_UNITS;
        u->ends_in_word = false;
    }
    if (!u->n)
        return q;
    uint32_t *quote = xcalloc(u->n, sizeof *quote);
    bool *in_quote = xcalloc(u->n, sizeof *in_quote);
    word_plan *plan = xcalloc(u->n, sizeof *plan);
    find_quotes(u, quote);
    for (size_t i = 0; i < u->n; i++)
        in_quote[i] = quote[i] != 0;
    bool last_typed = typing && u->ends_in_word && u->v[u->n - 1].kind == UNIT_WORD && !in_quote[u->n - 1];
    if (last_typed)
        plan[u->n - 1].typing = true;
    plan_typos(ix, q, plan, in_quote);
    bool keep_stops = only_stop_words(u);

    for (size_t i = 0; i < u->n && q->nc < QUERY_MAX_CONCEPTS;) {
        if (quote[i]) { /* a quoted phrase: the units up to the closing quote */
            size_t j = i;
            while (j < u->n && quote[j] == quote[i])
                j++;
            syn_pick p;
            if (synonym_at(ix, u, i, quote, &p) == j)
                add_synonym_concept(ix, q, &p, i);
            else if (j - i == 1 && u->v[i].kind == UNIT_WORD)
                add_word_concept(ix, q, i, &plan[i]);
            else
                add_phrase_concept(ix, q, i, j);
            i = j;
            continue;
        }
        syn_pick p;
        size_t end = synonym_at(ix, u, i, quote, &p);
        if (end && !(plan[end - 1].typing && end == u->n && end - i == 1)) {
            add_synonym_concept(ix, q, &p, i);
            i = end;
            continue;
        }
        const unit *x = &u->v[i];
        if (x->kind == UNIT_WORD) {
            bool stop = !keep_stops && is_stop_word(unit_raw(u, x), x->raw_len);
            bool lone_letter = plan[i].typing && x->raw_len < 2 && u->n > 1;
            if (!stop && !lone_letter)
                add_word_concept(ix, q, i, &plan[i]);
            i++;
            continue;
        }
        /* A run of Han characters, up to a synonym, a quote or anything else. */
        size_t j = i + 1;
        while (j < u->n && u->v[j].kind == UNIT_HAN && u->v[j].joined && !quote[j] &&
               !synonym_at(ix, u, j, quote, &p))
            j++;
        add_han_run(ix, q, i, j);
        i = j;
    }
    query_index_phrases(q);
    bool corrected = false;
    for (size_t i = 0; i < u->n; i++)
        corrected |= plan[i].ntypos > 0;
    if (corrected)
        q->corrected_text = corrected_text(ix, q, s, len, plan);
    free(quote);
    free(in_quote);
    free(plan);
    return q;
}

void query_index_phrases(search_query *q)
{
    q->hl_next = xmalloc((q->nhl_phrases ? q->nhl_phrases : 1) * sizeof *q->hl_next);
    for (size_t p = q->nhl_phrases; p-- > 0;) {
        const char *first = q->pool + q->hl_phrases[p].off;
        int added;
        uint32_t id = strmap_put(&q->hl_first, first, strlen(first), &added);
        if (added) {
            q->hl_first_head = xrealloc(q->hl_first_head, q->hl_first.n * sizeof *q->hl_first_head);
            q->hl_first_head[id] = UINT32_MAX;
        }
        q->hl_next[p] = q->hl_first_head[id];
        q->hl_first_head[id] = (uint32_t)p;
    }
}

void query_free(search_query *q)
{
    if (!q)
        return;
    units_free(&q->u);
    for (size_t i = 0; i < q->nc; i++)
        free(q->c[i].v);
    free(q->c);
    strmap_free(&q->hl_words);
    strmap_free(&q->hl_han);
    free(q->hl_phrases);
    strmap_free(&q->hl_first);
    free(q->hl_first_head);
    free(q->hl_next);
    free(q->pool);
    free(q->corrected_text);
    free(q);
}
