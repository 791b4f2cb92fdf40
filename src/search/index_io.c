/* Saving the search index as one blob and opening it again without copying, for the
 * compiled content pack: opening costs time and memory that grow with what is
 * searched, not with the library.
 *
 * The blob (little-endian, every array 8-byte aligned from the blob's start):
 *
 *   0   magic "VEINDEX\0"
 *   8   u32 format version (2)       12  u32 number of arrays (A_COUNT)
 *   16  u32 items (ndocs)            20  u32 WORD_MAX_BYTES it was built with
 *   24  u32 pinyin syllables         28  u32 synonym groups
 *   32  f64 mean item length         40  u64 postings (for figures)
 *   48  per array: u32 offset from the blob start, u32 element count
 *
 * then the arrays, in the order of the enum below, each laid out as its in-memory
 * struct (search_impl.h, pinyin_impl.h), so an opened index points straight into
 * them.  Opening checks the header, the table of arrays and the small tables every
 * search reads (the items, the written forms, the synonyms: every value used as an
 * index is below its table's count, offsets are monotone and inside their pool,
 * chains cannot loop).  The rest is checked when first read, so opening costs the
 * same whatever the library's size:
 *   - piece by piece, what a search reads only a little of: a term's postings and its
 *     two posting offsets (post_check_term), a weight (index_idf), the slots, key
 *     offsets and text a look-up of a term or an exact name reads (index_term,
 *     index_term_key, exact_entries);
 *   - as a whole, at the first search that needs them: the word lists that completions
 *     and spelling corrections walk (index_words_ready), and the pinyin tables
 *     (index_pinyin_ready), which only a query typed in pinyin reads.
 * At 10,000 topics these are 2.2 MB of the 2.6 MB the small tables hold.  A piece that
 * turns out damaged is not used and marks the index damaged, which the search result
 * then reports (search_result.damaged). */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "search/index_io.h"
#include "search/pinyin_impl.h"
#include "search/pinyin_table.h"
#include "search/search_impl.h"

#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "the saved search index is read in place, which needs a little-endian machine"
#endif

/* The arrays are read in place, so their structs must have exactly the saved layout. */
_Static_assert(sizeof(search_kind) == 4 && sizeof(sdoc) == 12, "sdoc layout");
_Static_assert(sizeof(syn_member) == 16, "syn_member layout");
_Static_assert(sizeof(exact_entry) == 8, "exact_entry layout");
_Static_assert(sizeof(py_pair) == 16 && sizeof(py_single) == 12, "pinyin layout");
_Static_assert(sizeof(float) == 4 && sizeof(double) == 8, "float layout");

static const char MAGIC[8] = "VEINDEX";

/* Bytes per element of each array. */
static const uint8_t elem_size[A_COUNT] = {
    [A_DOCS] = sizeof(sdoc),
    [A_TERM_SLOTS] = 4, [A_TERM_KEYS] = 4, [A_TERM_POOL] = 1,
    [A_POST_OFF] = 4, [A_POST] = 1,
    [A_LATIN] = 4, [A_BY_LEN] = 4, [A_LEN_START] = 4,
    [A_SURF_TERM] = 4, [A_SURF_OFF] = 4, [A_SURFACES] = 1,
    [A_MEMBER_POOL] = 1, [A_MEMBERS] = sizeof(syn_member),
    [A_FIRST_SLOTS] = 4, [A_FIRST_KEYS] = 4, [A_FIRST_POOL] = 1, [A_FIRST_HEAD] = 4,
    [A_EXACT_SLOTS] = 4, [A_EXACT_KEYS] = 4, [A_EXACT_POOL] = 1, [A_EXACT_OFF] = 4, [A_EXACT] = sizeof(exact_entry),
    [A_PY_PAIRS] = sizeof(py_pair), [A_PY_SYL_START] = 4, [A_PY_BY_FIRST] = 4, [A_PY_SINGLES] = sizeof(py_single),
    [A_PY_SINGLE_START] = 4,
    [A_IDF] = sizeof(double),
};

/* A part of an opened index that is checked as a whole the first time a search reads it. */
typedef enum { PART_UNCHECKED, PART_GOOD, PART_DAMAGED } part_state;

/* What an opened index holds besides the arrays it points into. */
struct index_blob {
    pack_check_fn check;
    void *ctx;
    uint64_t *checked;        /* per term: its postings were checked (allocated at the first search) */
    bool damaged;
    uint32_t nexact;          /* the exact names' items (A_EXACT's count) */
    uint32_t npost;           /* the postings' bytes (A_POST's count) */
    const uint8_t *data;      /* the blob, and where each array is in it, for the parts */
    size_t len;               /* checked on first use (words_ready, pinyin_ready) */
    const void *at[A_COUNT];
    uint32_t n[A_COUNT];
    part_state words, pinyin;
};

/* ---- saving ---- */

typedef struct writer {
    strbuf *out;
    size_t start;             /* the blob's first byte in out */
    size_t table;             /* where the array table starts in out */
} writer;

static void pad8(writer *w)
{
    static const char zero[8];
    size_t at = w->out->len - w->start;
    if (at % 8)
        sb_append(w->out, zero, 8 - at % 8);
}

static void put_u32_at(writer *w, size_t at, uint32_t v)
{
    memcpy(w->out->s + at, &v, 4);
}

/* Starts array a of n elements here; its bytes follow. */
static void begin_array(writer *w, unsigned a, size_t n)
{
    pad8(w);
    put_u32_at(w, w->table + 8 * a, (uint32_t)(w->out->len - w->start));
    put_u32_at(w, w->table + 8 * a + 4, (uint32_t)n);
}

static void put_array(writer *w, unsigned a, const void *p, size_t n)
{
    begin_array(w, a, n);
    if (n)
        sb_append(w->out, p, n * elem_size[a]);
}

static void put_map(writer *w, unsigned a, const strmap *m)
{
    put_array(w, a, m->slots, m->nslots);
    put_array(w, a + 1, m->key_off, m->n ? m->n + 1 : 0);
    put_array(w, a + 2, m->pool, m->n ? m->key_off[m->n] : 0);
}

static void put_field(writer *w, const void *p, size_t n)
{
    sb_append(w->out, p, n);
}

void search_index_save(const search_index *ix, strbuf *out)
{
    writer w = { out, out->len, 0 };
    uint32_t head[4] = { (uint32_t)ix->ndocs, WORD_MAX_BYTES, (uint32_t)pinyin_nsyllables, (uint32_t)ix->ngroups };
    uint32_t version[2] = { BLOB_VERSION, A_COUNT };
    uint64_t npostings = ix->npostings;
    put_field(&w, MAGIC, sizeof MAGIC);
    put_field(&w, version, sizeof version);
    put_field(&w, head, sizeof head);
    put_field(&w, &ix->avg_len, sizeof ix->avg_len);
    put_field(&w, &npostings, sizeof npostings);
    w.table = out->len;
    static const char zero[8 * A_COUNT];
    sb_append(out, zero, sizeof zero);

    /* Structs field by field, so padding is written as zeros. */
    begin_array(&w, A_DOCS, ix->ndocs);
    for (size_t d = 0; d < ix->ndocs; d++) {
        uint32_t v[2] = { (uint32_t)ix->docs[d].kind, ix->docs[d].index };
        put_field(&w, v, sizeof v);
        put_field(&w, &ix->docs[d].len, 4);
    }
    put_map(&w, A_TERM_SLOTS, &ix->terms);
    put_array(&w, A_POST_OFF, ix->post_off, ix->terms.n + 1);
    put_array(&w, A_POST, ix->post, ix->post_off[ix->terms.n]);
    put_array(&w, A_LATIN, ix->latin, ix->nlatin);
    put_array(&w, A_BY_LEN, ix->by_len, ix->nlatin);
    put_array(&w, A_LEN_START, ix->len_start, WORD_MAX_BYTES + 2);
    put_array(&w, A_SURF_TERM, ix->surf_term, ix->nsurf);
    put_array(&w, A_SURF_OFF, ix->surf_off, ix->nsurf);
    put_array(&w, A_SURFACES, ix->surfaces, ix->nsurf ? ix->surf_len : 0);
    put_array(&w, A_MEMBER_POOL, ix->member_pool, ix->nmembers ? ix->mpool_len : 0);
    begin_array(&w, A_MEMBERS, ix->nmembers);
    for (size_t m = 0; m < ix->nmembers; m++) {
        const syn_member *sm = &ix->members[m];
        uint32_t v[4] = { sm->group, sm->keys.off, sm->keys.n, sm->next };
        put_field(&w, v, sizeof v);
    }
    put_map(&w, A_FIRST_SLOTS, &ix->first_keys);
    put_array(&w, A_FIRST_HEAD, ix->first_head, ix->first_keys.n);
    put_map(&w, A_EXACT_SLOTS, &ix->exact_keys);
    put_array(&w, A_EXACT_OFF, ix->exact_off, ix->exact_keys.n + 1);
    begin_array(&w, A_EXACT, ix->exact_off[ix->exact_keys.n]);
    for (size_t i = 0; i < ix->exact_off[ix->exact_keys.n]; i++) {
        uint32_t v[2] = { ix->exact[i].doc, ix->exact[i].tier };
        put_field(&w, v, sizeof v);
    }
    const pinyin_index *p = ix->pinyin;
    begin_array(&w, A_PY_PAIRS, p->npairs);
    for (size_t i = 0; i < p->npairs; i++) {
        const py_pair *e = &p->pairs[i];
        uint32_t v[2] = { e->a, e->b };
        uint16_t s[2] = { e->sa, e->sb };
        put_field(&w, v, sizeof v);
        put_field(&w, s, sizeof s);
        put_field(&w, &e->weight, 4);
    }
    put_array(&w, A_PY_SYL_START, p->syl_start, pinyin_nsyllables + 1);
    put_array(&w, A_PY_BY_FIRST, p->by_first, p->npairs);
    begin_array(&w, A_PY_SINGLES, p->nsingles);
    for (size_t i = 0; i < p->nsingles; i++) {
        const py_single *e = &p->singles[i];
        uint16_t s[2] = { e->s, 0 };
        put_field(&w, &e->cp, 4);
        put_field(&w, s, sizeof s);
        put_field(&w, &e->weight, 4);
    }
    put_array(&w, A_PY_SINGLE_START, p->single_start, pinyin_nsyllables + 1);
    put_array(&w, A_IDF, ix->idf, ix->ndocs + 1);
    pad8(&w);
}

/* ---- opening ---- */

typedef struct reader {
    const uint8_t *data;
    size_t len;
    pack_check_fn check;
    void *ctx;
    const void *at[A_COUNT];  /* each array's first byte */
    uint32_t n[A_COUNT];      /* its element count */
    char *err;
    size_t errn;
} reader;

static bool fail(reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool fail(reader *r, const char *fmt, ...)
{
    if (r->errn) {
        int k = snprintf(r->err, r->errn, "the search index is damaged: ");
        va_list ap;
        va_start(ap, fmt);
        if (k >= 0 && (size_t)k < r->errn)
            vsnprintf(r->err + k, r->errn - (size_t)k, fmt, ap);
        va_end(ap);
    }
    return false;
}

static bool checked(reader *r, const void *p, size_t n, const char *what)
{
    if (!n || !r->check || r->check(r->ctx, p, n))
        return true;
    return fail(r, "the checksum of its %s does not match", what);
}

static const char *const array_name[A_COUNT] = {
    "items", "term table", "term keys", "term text", "posting offsets", "postings", "word list", "words by length",
    "word length table", "written forms", "written form offsets", "written form text", "synonym text", "synonyms",
    "synonym table", "synonym keys", "synonym key text", "synonym chains", "name table", "name keys", "name text",
    "name offsets", "names", "pinyin pairs", "pinyin pair table", "pinyin pairs by character", "pinyin characters",
    "pinyin character table", "inverse document frequencies",
};

/* The arrays checked when first read (above), not at open. */
static bool checked_when_read(unsigned a)
{
    switch (a) {
    case A_TERM_SLOTS: case A_TERM_KEYS: case A_TERM_POOL: case A_POST_OFF: case A_POST: case A_IDF:
    case A_EXACT_SLOTS: case A_EXACT_KEYS: case A_EXACT_POOL: case A_EXACT_OFF: case A_EXACT:
    case A_LATIN: case A_BY_LEN:
    case A_PY_PAIRS: case A_PY_SYL_START: case A_PY_BY_FIRST: case A_PY_SINGLES: case A_PY_SINGLE_START:
        return true;
    default:
        return false;
    }
}

static size_t array_bytes(const reader *r, unsigned a) { return (size_t)r->n[a] * elem_size[a]; }

/* Array a's place, from the table (whose bytes are checked): inside the blob, aligned. */
static bool locate(reader *r, unsigned a)
{
    size_t table_end = BLOB_HEADER + 8 * (size_t)A_COUNT;
    uint32_t off, n;
    memcpy(&off, r->data + BLOB_HEADER + 8 * a, 4);
    memcpy(&n, r->data + BLOB_HEADER + 8 * a + 4, 4);
    uint64_t bytes = (uint64_t)n * elem_size[a];
    if (off % 8 || off < table_end || off > r->len || bytes > r->len - off)
        return fail(r, "%s: offset %u and %u entries reach past its end or are misaligned (%zu bytes in all)",
                    array_name[a], off, n, r->len);
    r->at[a] = r->data + off;
    r->n[a] = n;
    return true;
}

/* The header and the array table: every array inside the blob, aligned, and checked
 * (all but those checked piece by piece when read). */
static bool read_table(reader *r, uint32_t *head, double *avg_len)
{
    size_t table_end = BLOB_HEADER + 8 * (size_t)A_COUNT;
    if (r->len < BLOB_HEADER)
        return fail(r, "it is %zu bytes long, shorter than its header", r->len);
    if (!checked(r, r->data, BLOB_HEADER, "header"))
        return false;
    if (memcmp(r->data, MAGIC, sizeof MAGIC) != 0)
        return fail(r, "it does not start with the index's magic bytes");
    uint32_t version[2];
    memcpy(version, r->data + 8, sizeof version);
    if (version[0] != BLOB_VERSION)
        return fail(r, "format version %u, this program reads version %u", version[0], BLOB_VERSION);
    if (version[1] != A_COUNT || r->len < table_end)
        return fail(r, "its table of arrays is cut short");
    if (!checked(r, r->data + BLOB_HEADER, table_end - BLOB_HEADER, "table of arrays"))
        return false;
    memcpy(head, r->data + 16, 4 * sizeof *head);
    memcpy(avg_len, r->data + 32, sizeof *avg_len);
    for (unsigned a = 0; a < A_COUNT; a++)
        if (!locate(r, a) || (!checked_when_read(a) && !checked(r, r->at[a], array_bytes(r, a), array_name[a])))
            return false;
    return true;
}

static bool monotone(reader *r, unsigned a, uint32_t limit)
{
    const uint32_t *v = r->at[a];
    for (uint32_t i = 0; i < r->n[a]; i++)
        if ((i && v[i] < v[i - 1]) || v[i] > limit)
            return fail(r, "its %s are out of order or past %u (entry %u)", array_name[a], limit, i);
    return true;
}

static bool all_below(reader *r, unsigned a, uint32_t limit, bool none_allowed)
{
    const uint32_t *v = r->at[a];
    for (uint32_t i = 0; i < r->n[a]; i++)
        if (v[i] >= limit && !(none_allowed && v[i] == UINT32_MAX))
            return fail(r, "its %s refer past the %u entries they index (entry %u: %u)", array_name[a], limit, i,
                        v[i]);
    return true;
}

static bool count_is(reader *r, unsigned a, uint64_t want)
{
    if (r->n[a] != want)
        return fail(r, "its %s have %u entries, not %llu", array_name[a], r->n[a], (unsigned long long)want);
    return true;
}

/* A hash map whose slots, key offsets and keys are checked as each look-up reads them
 * (strmap_get_checked): only its counts here, which the table gives. */
static bool map_counts(reader *r, unsigned a, strmap *m)
{
    uint32_t nslots = r->n[a], nkeys = r->n[a + 1] ? r->n[a + 1] - 1 : 0;
    if (nslots & (nslots - 1))
        return fail(r, "its %s has %u slots, not a power of two", array_name[a], nslots);
    if (nkeys && !nslots)
        return fail(r, "its %s has keys but no slots", array_name[a]);
    *m = (strmap){ .slots = (uint32_t *)r->at[a], .nslots = nslots, .key_off = (uint32_t *)r->at[a + 1], .n = nkeys,
                   .pool = (char *)r->at[a + 2], .plen = r->n[a + 2] };
    return true;
}

/* A hash map (strmap.h) over arrays a, a+1, a+2 checked whole: a probe always meets an
 * empty slot (so a look-up ends), every slot names a key that exists, every key lies in
 * the pool. */
static bool read_map(reader *r, unsigned a, strmap *m)
{
    if (!map_counts(r, a, m))
        return false;
    uint32_t used = 0;
    for (uint32_t i = 0; i < m->nslots; i++) {
        if (m->slots[i] > m->n)
            return fail(r, "its %s names key %u of %zu", array_name[a], m->slots[i], m->n);
        used += m->slots[i] != 0;
    }
    if (m->nslots && used >= m->nslots)
        return fail(r, "its %s has no empty slot", array_name[a]);
    return monotone(r, a + 1, r->n[a + 2]);
}

static bool read_docs(reader *r, const store *st, search_index *ix)
{
    size_t counts[4] = { st->ntopics, st->nglossary, st->ntreatments, st->nquestions };
    if (!count_is(r, A_DOCS, ix->ndocs))
        return false;
    const sdoc *docs = r->at[A_DOCS];
    size_t d = 0;
    for (unsigned k = 0; k < 4; k++)
        for (size_t i = 0; i < counts[k]; i++, d++) /* the store's order: topics, glossary ... */
            if (docs[d].kind != (search_kind)k || docs[d].index != i || !isfinite(docs[d].len) || docs[d].len < 1)
                return fail(r, "item %zu is not the store's item %zu of its kind (was the store changed?)", d, i);
    if (!isfinite(ix->avg_len) || ix->avg_len <= 0)
        return fail(r, "its mean item length is not a positive number");
    if (!count_is(r, A_IDF, (uint64_t)ix->ndocs + 1)) /* each weight is checked as it is read */
        return false;
    ix->docs = (sdoc *)docs;
    ix->idf = (double *)r->at[A_IDF];
    return true;
}

static bool read_words(reader *r, search_index *ix)
{
    /* the offsets term by term (post_check_term), the word lists on first use (index_words_ready) */
    uint32_t nterms = (uint32_t)ix->terms.n;
    if (!count_is(r, A_POST_OFF, (uint64_t)nterms + 1) || !count_is(r, A_BY_LEN, r->n[A_LATIN]) ||
        !count_is(r, A_LEN_START, WORD_MAX_BYTES + 2) || !monotone(r, A_LEN_START, r->n[A_BY_LEN]))
        return false;
    ix->post_off = (uint32_t *)r->at[A_POST_OFF];
    ix->post = (uint8_t *)r->at[A_POST];
    ix->latin = (uint32_t *)r->at[A_LATIN];
    ix->nlatin = r->n[A_LATIN];
    ix->by_len = (uint32_t *)r->at[A_BY_LEN];
    memcpy(ix->len_start, r->at[A_LEN_START], sizeof ix->len_start);

    /* written forms: each one a NUL-terminated string inside its pool */
    uint32_t nsurf = r->n[A_SURF_TERM], slen = r->n[A_SURFACES];
    const char *surfaces = r->at[A_SURFACES];
    if (!count_is(r, A_SURF_OFF, nsurf) || !all_below(r, A_SURF_OFF, slen, false))
        return false;
    if (slen && surfaces[slen - 1])
        return fail(r, "its written form text does not end with a NUL");
    ix->surf_term = (uint32_t *)r->at[A_SURF_TERM];
    ix->surf_off = (uint32_t *)r->at[A_SURF_OFF];
    ix->nsurf = nsurf;
    ix->surfaces = (char *)surfaces;
    ix->surf_len = slen;
    return true;
}

/* Synonym members: each member's keys lie in the pool, and each chain only goes back
 * to earlier members (as built), so a walk along one always ends. */
static bool read_synonyms(reader *r, search_index *ix)
{
    uint32_t nm = r->n[A_MEMBERS], plen = r->n[A_MEMBER_POOL];
    const char *pool = r->at[A_MEMBER_POOL];
    const syn_member *members = r->at[A_MEMBERS];
    if (plen && pool[plen - 1])
        return fail(r, "its synonym text does not end with a NUL");
    for (uint32_t m = 0; m < nm; m++) {
        const syn_member *sm = &members[m];
        if (sm->next != UINT32_MAX && sm->next >= m)
            return fail(r, "synonym %u is chained to %u, not to an earlier one", m, sm->next);
        uint32_t at = sm->keys.off;
        if (at > plen)
            return fail(r, "synonym %u's words start past the synonym text", m);
        for (uint32_t k = 0; k < sm->keys.n; k++) { /* every key ends inside the pool */
            const char *nul = at < plen ? memchr(pool + at, '\0', plen - at) : NULL;
            if (!nul)
                return fail(r, "synonym %u's words run past the synonym text", m);
            at = (uint32_t)(nul - pool) + 1;
        }
    }
    if (!read_map(r, A_FIRST_SLOTS, &ix->first_keys) || !count_is(r, A_FIRST_HEAD, ix->first_keys.n) ||
        !all_below(r, A_FIRST_HEAD, nm, true))
        return false;
    ix->member_pool = (char *)pool;
    ix->mpool_len = plen;
    ix->members = (syn_member *)members;
    ix->nmembers = nm;
    ix->first_head = (uint32_t *)r->at[A_FIRST_HEAD];
    return true;
}

/* The exact names: only their counts here, which the table gives; every slot, offset,
 * key and item is checked when a look-up reads it (exact_entries). */
static bool read_names(reader *r, search_index *ix)
{
    if (!map_counts(r, A_EXACT_SLOTS, &ix->exact_keys) || !count_is(r, A_EXACT_OFF, (uint64_t)ix->exact_keys.n + 1))
        return false;
    ix->exact_off = (uint32_t *)r->at[A_EXACT_OFF];
    ix->exact = (exact_entry *)r->at[A_EXACT];
    ix->blob->nexact = r->n[A_EXACT];
    return true;
}

/* The pinyin tables' counts, which the table gives; their values are checked by
 * pinyin_values at the first pinyin query (index_pinyin_ready). */
static bool read_pinyin(reader *r, pinyin_index *p)
{
    uint32_t np = r->n[A_PY_PAIRS], ns = r->n[A_PY_SINGLES];
    if (!count_is(r, A_PY_SYL_START, pinyin_nsyllables + 1) || !count_is(r, A_PY_BY_FIRST, np) ||
        !count_is(r, A_PY_SINGLE_START, pinyin_nsyllables + 1))
        return false;
    *p = (pinyin_index){ (py_pair *)r->at[A_PY_PAIRS], np, (uint32_t *)r->at[A_PY_SYL_START],
                         (uint32_t *)r->at[A_PY_BY_FIRST], (py_single *)r->at[A_PY_SINGLES], ns,
                         (uint32_t *)r->at[A_PY_SINGLE_START] };
    return true;
}

static bool pinyin_values(reader *r, uint32_t nterms)
{
    (void)nterms; /* the pinyin tables name characters, not terms */
    static const unsigned arrays[] = { A_PY_PAIRS, A_PY_SYL_START, A_PY_BY_FIRST, A_PY_SINGLES, A_PY_SINGLE_START };
    for (size_t i = 0; i < sizeof arrays / sizeof *arrays; i++)
        if (!checked(r, r->at[arrays[i]], array_bytes(r, arrays[i]), array_name[arrays[i]]))
            return false;
    uint32_t np = r->n[A_PY_PAIRS], ns = r->n[A_PY_SINGLES];
    if (!monotone(r, A_PY_SYL_START, np) || !all_below(r, A_PY_BY_FIRST, np, false) ||
        !monotone(r, A_PY_SINGLE_START, ns))
        return false;
    const py_pair *pairs = r->at[A_PY_PAIRS];
    const py_single *singles = r->at[A_PY_SINGLES];
    for (uint32_t i = 0; i < np; i++) /* weights are sorted and compared: no NaN */
        if (!isfinite(pairs[i].weight))
            return fail(r, "pinyin pair %u has no weight", i);
    for (uint32_t i = 0; i < ns; i++)
        if (!isfinite(singles[i].weight))
            return fail(r, "pinyin character %u has no weight", i);
    return true;
}

/* The word lists: every entry names a term. */
static bool words_values(reader *r, uint32_t nterms)
{
    return checked(r, r->at[A_LATIN], array_bytes(r, A_LATIN), array_name[A_LATIN]) &&
           checked(r, r->at[A_BY_LEN], array_bytes(r, A_BY_LEN), array_name[A_BY_LEN]) &&
           all_below(r, A_LATIN, nterms, false) && all_below(r, A_BY_LEN, nterms, false);
}

search_index *search_index_open(const store *st, const void *data, size_t len, pack_check_fn check, void *ctx,
                                char *err, size_t errn)
{
    reader r = { .data = data, .len = len, .check = check, .ctx = ctx, .err = err, .errn = errn };
    if (errn)
        err[0] = '\0';
    if ((uintptr_t)data % 8) {
        fail(&r, "it does not start on an 8-byte boundary");
        return NULL;
    }
    if (len > UINT32_MAX) {
        fail(&r, "it is larger than 4 GiB");
        return NULL;
    }
    search_index *ix = xcalloc(1, sizeof *ix);
    ix->st = st;
    ix->ndocs = st->ntopics + st->nglossary + st->ntreatments + st->nquestions;
    ix->pinyin = xcalloc(1, sizeof *ix->pinyin);
    ix->blob = xcalloc(1, sizeof *ix->blob);
    *ix->blob = (struct index_blob){ .check = check, .ctx = ctx };
    uint32_t head[4];
    bool ok = read_table(&r, head, &ix->avg_len);
    if (ok && head[0] != ix->ndocs)
        ok = fail(&r, "it was built for %u items, the store has %zu (was the store changed?)", head[0], ix->ndocs);
    if (ok && (head[1] != WORD_MAX_BYTES || head[2] != pinyin_nsyllables))
        ok = fail(&r, "it was built by another version of the program (word length %u, %u pinyin syllables)",
                  head[1], head[2]);
    ok = ok && read_docs(&r, st, ix) && map_counts(&r, A_TERM_SLOTS, &ix->terms) && read_words(&r, ix) &&
         read_synonyms(&r, ix) && read_names(&r, ix) && read_pinyin(&r, ix->pinyin);
    if (!ok) {
        search_free(ix);
        return NULL;
    }
    struct index_blob *b = ix->blob;
    b->npost = r.n[A_POST];
    b->data = r.data;
    b->len = r.len;
    memcpy(b->at, r.at, sizeof b->at);
    memcpy(b->n, r.n, sizeof b->n);
    ix->ngroups = head[3];
    memcpy(&ix->npostings, r.data + 40, sizeof(uint64_t));
    return ix;
}

bool post_check_term(const search_index *ix, uint32_t t)
{
    struct index_blob *b = ix->blob;
    if (!b->checked)
        b->checked = xcalloc(ix->terms.n / 64 + 1, sizeof *b->checked);
    uint64_t bit = (uint64_t)1 << (t % 64);
    if (b->checked[t / 64] & bit)
        return true;
    /* not marked checked when it fails: every later read fails the same way */
    if (b->check && !b->check(b->ctx, ix->post_off + t, 2 * sizeof *ix->post_off))
        return false;
    uint32_t from = ix->post_off[t], to = ix->post_off[t + 1];
    if (from > to || to > b->npost)
        return false;
    if (to > from && b->check && !b->check(b->ctx, ix->post + from, to - from))
        return false;
    b->checked[t / 64] |= bit;
    return true;
}

static bool range_ok(const search_index *ix, const void *p, size_t n)
{
    const struct index_blob *b = ix->blob;
    return !n || !b->check || b->check(b->ctx, p, n);
}

static bool blob_read_ok(void *ctx, const void *p, size_t n) { return range_ok(ctx, p, n); }

uint32_t index_term(const search_index *ix, const char *key, size_t n)
{
    if (!ix->blob)
        return strmap_get(&ix->terms, key, n);
    bool bad = false;
    uint32_t t = strmap_get_checked(&ix->terms, key, n, blob_read_ok, (void *)ix, &bad);
    if (bad)
        ix->blob->damaged = true;
    return t;
}

const char *index_term_key(const search_index *ix, uint32_t t, size_t *n)
{
    if (!ix->blob)
        return strmap_key(&ix->terms, t, n);
    const strmap *m = &ix->terms;
    if (t < m->n && range_ok(ix, m->key_off + t, 2 * sizeof *m->key_off)) {
        uint32_t at = m->key_off[t], end = m->key_off[t + 1];
        if (at <= end && end <= m->plen && range_ok(ix, m->pool + at, end - at)) {
            *n = end - at;
            return m->pool + at;
        }
    }
    ix->blob->damaged = true;
    *n = 0;
    return "";
}

/* (a damaged saved index can count more items than there are: its postings then read as
 * damaged, and until then the term counts as found in every item) */
double index_idf(const search_index *ix, uint32_t df)
{
    size_t i = df <= ix->ndocs ? df : ix->ndocs;
    if (ix->blob && (!range_ok(ix, ix->idf + i, sizeof *ix->idf) || !isfinite(ix->idf[i]) || ix->idf[i] <= 0)) {
        ix->blob->damaged = true;
        return 0; /* the term adds nothing to any item's score */
    }
    return ix->idf[i];
}

/* A part checked as a whole on first use (words_values, pinyin_values); the index is
 * marked damaged when it fails. */
static bool part_ready(const search_index *ix, part_state *state, bool (*values)(reader *r, uint32_t nterms))
{
    if (*state == PART_UNCHECKED) {
        const struct index_blob *b = ix->blob;
        reader r = { .data = b->data, .len = b->len, .check = b->check, .ctx = b->ctx };
        memcpy(r.at, b->at, sizeof r.at);
        memcpy(r.n, b->n, sizeof r.n);
        *state = values(&r, (uint32_t)ix->terms.n) ? PART_GOOD : PART_DAMAGED;
        if (*state == PART_DAMAGED)
            ix->blob->damaged = true;
    }
    return *state == PART_GOOD;
}

bool index_words_ready(const search_index *ix) { return !ix->blob || part_ready(ix, &ix->blob->words, words_values); }
bool index_pinyin_ready(const search_index *ix) { return !ix->blob || part_ready(ix, &ix->blob->pinyin, pinyin_values); }

bool exact_entries(const search_index *ix, const char *key, size_t n, uint32_t *from, uint32_t *to)
{
    if (!ix->blob) {
        uint32_t id = strmap_get(&ix->exact_keys, key, n);
        if (id == UINT32_MAX)
            return false;
        *from = ix->exact_off[id];
        *to = ix->exact_off[id + 1];
        return true;
    }
    bool bad = false;
    uint32_t id = strmap_get_checked(&ix->exact_keys, key, n, blob_read_ok, (void *)ix, &bad);
    bool ok = id != UINT32_MAX && range_ok(ix, ix->exact_off + id, 2 * sizeof *ix->exact_off);
    if (ok) {
        *from = ix->exact_off[id];
        *to = ix->exact_off[id + 1];
        ok = *from <= *to && *to <= ix->blob->nexact &&
             range_ok(ix, ix->exact + *from, (size_t)(*to - *from) * sizeof *ix->exact);
        for (uint32_t i = *from; ok && i < *to; i++)
            ok = ix->exact[i].doc < ix->ndocs;
    }
    if (!ok && (bad || id != UINT32_MAX))
        ix->blob->damaged = true;
    return ok;
}

bool post_broken(post_iter *it)
{
    it->left = 0;
    it->p = it->end;
    if (it->blob)
        it->blob->damaged = true;
    return false;
}

bool search_index_damaged(const search_index *ix)
{
    return ix->blob && ix->blob->damaged;
}

/* For search_free: what open allocated, leaving the arrays in the blob alone. */
void index_blob_free(search_index *ix)
{
    free(ix->blob->checked);
    free(ix->blob);
    free(ix->pinyin);
    free(ix);
}

size_t index_blob_bytes(const search_index *ix)
{
    return sizeof *ix + sizeof *ix->blob + sizeof *ix->pinyin +
           (ix->blob->checked ? (ix->terms.n / 64 + 1) * sizeof(uint64_t) : 0);
}
