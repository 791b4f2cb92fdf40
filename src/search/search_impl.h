/* The search index and compiled queries: shared by the files of src/search only. */
#ifndef VE_SEARCH_IMPL_H
#define VE_SEARCH_IMPL_H

#include <stdint.h>

#include "search/search.h"
#include "search/strmap.h"
#include "search/tokenize.h"

/* Field weights for BM25F: a word in a title counts five times a word in the body. */
enum { W_TITLE = 5, W_KEYWORD = 3, W_SUMMARY = 2, W_HEADING = 2, W_BODY = 1 };

/* Exact-match tiers: the query is the item's own name, or one of its synonyms or keywords. */
enum { TIER_NONE = 0, TIER_SYNONYM = 1, TIER_TITLE = 2 };

/* Term keys: a word is its stemmed text, a Han unigram or bigram its UTF-8; a synonym
 * group is SYN_PREFIX and the group number, which no text can produce. */
#define SYN_PREFIX "\x01syn:"

typedef struct sdoc {
    search_kind kind;
    uint32_t index;           /* into the store array of its kind */
    float len;                /* weighted length, for BM25 */
} sdoc;

/* A sequence of unit keys, each NUL-terminated, back to back in a pool: a synonym
 * member ("light" "therapy"; "光" "疗") or a quoted phrase. */
typedef struct key_seq {
    uint32_t off, n;          /* offset in the pool, number of keys */
} key_seq;

/* A synonym-group member; members with the same first key are chained. */
typedef struct syn_member {
    uint32_t group;
    key_seq keys;             /* in search_index.member_pool */
    uint32_t next;            /* next member with the same first key, or UINT32_MAX */
} syn_member;

typedef struct exact_entry {
    uint32_t doc;
    uint32_t tier;
} exact_entry;

struct search_index {
    const store *st;
    sdoc *docs;
    size_t ndocs;
    double avg_len;
    /* idf[df], for df 0..ndocs: BM25's weight of a term found in df items, made when
     * the index is built (and saved with it), so a search from the pack needs no libm. */
    double *idf;

    strmap terms;             /* term key -> term id */
    /* Postings, compressed: term t's are bytes [post_off[t], post_off[t+1]) of post,
     * a varint count (its df), then per item in item order a varint gap from the
     * previous item (from 0 for the first) and a varint field-weighted frequency
     * (at most UINT16_MAX).  Read them with post_begin / post_next. */
    uint32_t *post_off;
    uint8_t *post;
    size_t npostings;

    uint32_t *latin;          /* word terms sorted by key, for prefix and typo look-ups */
    size_t nlatin;
    uint32_t *by_len;         /* word terms grouped by key length, for the typo scan */
    uint32_t len_start[WORD_MAX_BYTES + 2]; /* by_len[len_start[k] .. len_start[k+1]) have length k */
    /* Words first written otherwise than their key ("patches" for "patch"), for "did
     * you mean": surf_term[i] (ascending) was first written as surfaces + surf_off[i]. */
    uint32_t *surf_term, *surf_off;
    size_t nsurf, cap_surf;
    char *surfaces;
    size_t surf_len, surf_cap;

    char *member_pool;
    size_t mpool_len, mpool_cap;
    syn_member *members;
    size_t nmembers, cap_members;
    strmap first_keys;        /* first key of a member -> id; first_head[id] is its first member */
    uint32_t *first_head;
    size_t ngroups;

    strmap exact_keys;        /* normalised name -> id */
    uint32_t *exact_off;      /* per id: its items are exact[exact_off[id] .. exact_off[id+1]) */
    exact_entry *exact;

    struct pinyin_index *pinyin; /* readings of the Chinese texts (pinyin.h) */

    /* Opened from a saved blob (index_io.c): the arrays above point into it and are
     * not freed; postings are checked term by term when first read.  NULL when built. */
    struct index_blob *blob;
};

/* ---- build helpers (index_build.c, synonyms.c, exact.c, vocab.c) ---- */
void synonyms_build(search_index *ix);
/* Calls fn(member, first unit, end unit, ctx) for every synonym member found in u,
 * the longest first at each position. */
typedef void (*syn_found_fn)(const syn_member *m, size_t first, size_t end, void *ctx);
void synonyms_scan(const search_index *ix, const units *u, syn_found_fn fn, void *ctx);
/* Does the key sequence ks (keys in pool) occur in u at unit i?  Returns the end unit or 0. */
size_t key_seq_at(const char *pool, key_seq ks, const units *u, size_t i);
/* Appends the keys of units [from, to) of u to *pool; returns the sequence. */
key_seq key_seq_add(char **pool, size_t *len, size_t *cap, const units *u, size_t from, size_t to);
void exact_build(search_index *ix);
/* Bytes the index holds on the heap, for the benchmark: what the allocator holds for
 * each block (malloc_usable_size plus its size word), so spare capacity counts too. */
size_t search_index_bytes(const search_index *ix);
/* The same by part ("terms", "postings" ...); returns how many parts (at most max). */
typedef struct search_mem_part {
    const char *name;
    size_t bytes;
} search_mem_part;
size_t search_index_parts(const search_index *ix, search_mem_part *parts, size_t max);
void vocab_build(search_index *ix);
/* The items named exactly key (exact_key), exact[*from .. *to); false when none.  From
 * an index opened from a blob, the name and its items are checked when first read
 * (index_io.c); damaged ones count as none and mark the index damaged. */
bool exact_entries(const search_index *ix, const char *key, size_t n, uint32_t *from, uint32_t *to);
/* An index opened from a blob (index_io.c): frees what opening allocated; its bytes. */
void index_blob_free(search_index *ix);
size_t index_blob_bytes(const search_index *ix);

/* The key used for exact name matches: the units of s with English stop words
 * left out; words separated by spaces.  Returns its length in buf (cap bytes). */
size_t exact_key(const units *u, size_t from, size_t to, char *buf, size_t cap);

/* Writes the key of unit x (word key, or the UTF-8 of a Han character) to buf (at
 * least WORD_MAX_BYTES + 1 bytes) and returns its length. */
size_t unit_key_bytes(const units *u, const unit *x, char *buf);

bool is_stop_word(const char *w, size_t n);

/* Reads a varint from [*p, end) into *v; false when it is cut short by end or longer
 * than a 32-bit value takes (only a damaged index has either). */
static inline bool varint_take(const uint8_t **p, const uint8_t *end, uint32_t *v)
{
    const uint8_t *q = *p;
    uint32_t x = 0;
    for (unsigned shift = 0; shift < 35 && q < end; shift += 7) {
        uint8_t b = *q++;
        x |= (uint32_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *v = x;
            *p = q;
            return true;
        }
    }
    return false;
}

/* Walks the postings of a term: while (post_next(&it)) use it.doc, it.tf.  Every read
 * stays inside the term's own bytes and every item is below ndocs, so an index opened
 * from damaged bytes (index_io.c) ends the list early instead of reading past it. */
typedef struct post_iter {
    const uint8_t *p, *end;
    uint32_t left, doc, tf;
    uint32_t ndocs;
    struct index_blob *blob;  /* an opened index's, to mark it damaged; NULL when built */
} post_iter;

/* index_io.c: checks term t's posting offsets and postings the first time they are
 * read (false: damaged), and ends a list that turned out damaged, marking the index so. */
bool post_check_term(const search_index *ix, uint32_t t);

/* index_io.c: the parts of an opened index that are checked when read, each marking
 * the index damaged when it fails (a built index is read directly):
 * the term of key[0, n) (UINT32_MAX: none), and term t's key (empty when damaged);
 * the weight of a term found in df items (0 when damaged); and whether the word lists
 * (ix->latin, ix->by_len) and the pinyin tables are usable, checked as a whole the
 * first time a search asks. */
uint32_t index_term(const search_index *ix, const char *key, size_t n);
const char *index_term_key(const search_index *ix, uint32_t t, size_t *n);
double index_idf(const search_index *ix, uint32_t df);
bool index_words_ready(const search_index *ix);
bool index_pinyin_ready(const search_index *ix);
bool post_broken(post_iter *it);

static inline post_iter post_begin(const search_index *ix, uint32_t t)
{
    post_iter it = { NULL, NULL, 0, 0, 0, (uint32_t)ix->ndocs, ix->blob };
    if (ix->blob && !post_check_term(ix, t)) { /* its offsets too are checked first */
        post_broken(&it);
        return it;
    }
    it.p = ix->post + ix->post_off[t];
    it.end = ix->post + ix->post_off[t + 1];
    if (!varint_take(&it.p, it.end, &it.left))
        post_broken(&it);
    return it;
}

static inline bool post_next(post_iter *it)
{
    if (!it->left)
        return false;
    uint32_t gap;
    if (!varint_take(&it->p, it->end, &gap) || !varint_take(&it->p, it->end, &it->tf) ||
        gap >= it->ndocs - it->doc)
        return post_broken(it);
    it->left--;
    it->doc += gap;
    return true;
}

/* The number of items term t occurs in. */
static inline uint32_t term_df(const search_index *ix, uint32_t t)
{
    return post_begin(ix, t).left;
}

/* ---- look-ups (vocab.c) ---- */
/* Word terms starting with prefix, the max most frequent first; returns how many. */
size_t vocab_prefix(const search_index *ix, const char *prefix, size_t n, uint32_t *out, size_t max);
/* Word terms within the typo distance of w (1 from 5 letters, 2 from 9); the closest
 * first, then the most frequent; returns how many (at most max). */
size_t vocab_typos(const search_index *ix, const char *w, size_t n, uint32_t *out, size_t max);

/* ---- compiled query (query.c) ---- */
typedef enum { C_WORD, C_HAN, C_SYN, C_PHRASE } concept_kind;

typedef struct variant {
    uint32_t term;
    float weight;
} variant;

typedef struct concept {
    concept_kind kind;
    variant *v;               /* WORD, SYN: alternatives (the best counts); HAN, PHRASE: all parts */
    size_t nv, capv;
    size_t need;              /* HAN: parts that must match */
    uint32_t unit_from, unit_to; /* the query units it covers */
    key_seq phrase;           /* PHRASE: its keys in search_query.pool */
} concept;

struct search_query {
    units u;                  /* the query's units */
    concept *c;
    size_t nc, capc;
    strmap hl_words;          /* word keys to highlight */
    strmap hl_han;            /* Han unigrams and bigrams to highlight (UTF-8) */
    key_seq *hl_phrases;      /* key sequences to highlight (synonym members, quoted phrases) */
    size_t nhl_phrases, caphl_phrases;
    strmap hl_first;          /* first key of a highlight phrase -> id; hl_first_phrase[id] lists them */
    uint32_t *hl_first_head;  /* per first key: first phrase; hl_next chains the rest */
    uint32_t *hl_next;
    char *pool;               /* keys of hl_phrases and phrase concepts */
    size_t pool_len, pool_cap;
    char *corrected_text;     /* did-you-mean text, or NULL */
};

search_query *query_compile(const search_index *ix, const char *q, size_t len, bool typing);
void query_free(search_query *q);
/* Indexes the highlight phrases by their first key (called once compiled). */
void query_index_phrases(search_query *q);

/* ---- ranking (run.c) and snippets (snippet.c) ---- */
bool doc_has_phrase(const search_index *ix, uint32_t doc, const search_query *q, const concept *c);
/* Calls fn for every text of doc in lang (all languages when lang is LANG_COUNT)
 * with its field weight; stops early when fn returns false. */
typedef bool (*doc_text_fn)(const char *text, int weight, void *ctx);
void doc_each_text(const search_index *ix, uint32_t doc, lang_t lang, doc_text_fn fn, void *ctx);
void hit_snippet(const search_index *ix, const search_query *q, search_hit *h, lang_t lang);
/* search_run without snippets: every hit's .from is set, none is prepared. */
void search_find(const search_index *ix, const char *query, size_t len, lang_t lang, bool typing, size_t limit,
                 search_result *out);
/* Keeps q alive (and frees it) with r, for the hits whose snippets it makes. */
void search_keep_query(search_result *r, search_query *q);
/* Marks the query's words and phrases in u (tokenized from text[0..len)); a marked
 * phrase that opens a bracket also takes the bracket that closes it right after it. */
size_t highlight_units(const search_index *ix, const search_query *q, const units *u, const char *text, size_t len,
                       search_spans *out);

void spans_push(search_spans *s, size_t start, size_t end);
/* Sorts and merges out->v[from..n) and widens them over closing brackets (text[0..len),
 * may be NULL): the last step of highlight_units. */
void spans_finish(const char *text, size_t len, search_spans *out, size_t from);

/* ---- matches found without tokenising the whole text (highlight_ascii.c,
 * highlight_han.c): the same spans as highlight_units, for snippets ---- */
/* Is s[0..n) ASCII only? */
bool ascii_only(const char *s, size_t n);
/* The keys a query marks: per first byte of a word key, the low six bits of its
 * second byte; the word keys of one byte; Han characters by their low twelve bits. */
typedef struct hl_filter {
    uint64_t second[128];
    uint64_t single[2];
    uint64_t han[64];
    bool any_han;
} hl_filter;
void hl_filter_init(hl_filter *f, const search_query *q);
/* May the Han character cp (folded) be part of a key the query marks? */
bool hl_filter_han(const hl_filter *f, uint32_t cp);
/* May the ASCII word starting at text[start] match?  Its end; its key (as tokenize
 * makes it: lower-cased, cut, stemmed; WORD_MAX_BYTES + 1 bytes) and the key's length. */
bool ascii_word_may_match(const hl_filter *f, const char *text, size_t len, size_t start);
size_t ascii_word_end(const char *text, size_t len, size_t start);
/* Bit i: byte i of the sixteen from p is a letter or a digit (bytes at or past end
 * count as neither).  With SSE2 where the machine has it; the portable loop is what
 * it must equal (tests/unit/test_search_scan.c). */
uint32_t ascii_word_mask16(const char *p, const char *end);
uint32_t ascii_word_mask16_portable(const char *p, const char *end);
size_t ascii_word_key(const char *text, size_t start, size_t end, char *key);
/* highlight_units for a text of ASCII only, text[0..len): the same spans, appended to
 * out.  Returns the number of spans appended. */
size_t highlight_ascii(const search_query *q, const hl_filter *f, const char *text, size_t len, search_spans *out);
/* The same for Chinese text: Han characters, ASCII and common punctuation.  False (out
 * unchanged) at any other character: tokenise the text then. */
bool highlight_han(const search_query *q, const hl_filter *f, const char *text, size_t len, search_spans *out);

#endif
