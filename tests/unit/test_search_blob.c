/* The search index saved as a blob and opened again (src/search/index_io.c), as a
 * content pack holds it, on the fixture store: the same answers as the index built in
 * memory; damaged blobs refused with a message or reported as damaged by the search,
 * never read out of bounds (make check-asan runs this under AddressSanitizer). */
#include "test_util.h"

#include <math.h>

#include "content/load.h"
#include "search/index_io.h"
#include "search/search.h"
#include "search/search_impl.h"

typedef struct fixture {
    store st;
    search_index *built;
    unsigned char *blob;      /* the saved index (malloc'd: aligned as a mapped pack is) */
    size_t len;
    unsigned char *copy;      /* a copy to damage */
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    if (!load_fixture_store_all_scripts(&f->st)) {
        free(f);
        return -1;
    }
    f->built = search_build(&f->st);
    strbuf b = { 0 };
    sb_puts(&b, "x"); /* the blob need not start the buffer: its offsets are its own */
    search_index_save(f->built, &b);
    f->len = b.len - 1;
    f->blob = malloc(f->len);
    f->copy = malloc(f->len);
    memcpy(f->blob, b.s + 1, f->len);
    sb_free(&b);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    search_free(f->built);
    store_free(&f->st);
    free(f->blob);
    free(f->copy);
    free(f);
    return 0;
}

/* A fresh copy of the blob to damage. */
static unsigned char *fresh(fixture *f)
{
    memcpy(f->copy, f->blob, f->len);
    return f->copy;
}

static uint32_t array_off(fixture *f, unsigned a, uint32_t *count)
{
    uint32_t off = 0, n = 0;
    assert_true(index_blob_array(f->blob, f->len, a, &off, &n));
    if (count)
        *count = n;
    return off;
}

static void put_u32(unsigned char *p, uint32_t v)
{
    memcpy(p, &v, 4);
}

/* Opening must fail, with a message that names what is wrong. */
static void refused(fixture *f, const unsigned char *data, size_t len, const char *says)
{
    char err[256] = "unchanged";
    search_index *ix = search_index_open(&f->st, data, len, NULL, NULL, err, sizeof err);
    if (ix)
        fail_msg("a damaged blob was opened (expected: %s)", says);
    if (!strstr(err, says))
        fail_msg("message \"%s\" does not say \"%s\"", err, says);
}

static search_index *open_ok(fixture *f, const unsigned char *data, pack_check_fn check, void *ctx)
{
    char err[256];
    search_index *ix = search_index_open(&f->st, data, f->len, check, ctx, err, sizeof err);
    if (!ix)
        fail_msg("the saved index did not open: %s", err);
    return ix;
}

static const char *const queries[] = {
    "vitiligo", "light therapy", "vitligo", "koebner phenomenon", "白斑", "白癜风", "白癜風", "雷射", "bai dian feng",
    "bdf", "steroid cream for a long time", "\"sun protection\"", "uvb", "ＵＶＢ", "zzzz", "",
};

static void same_spans(const search_spans *a, const search_spans *b)
{
    assert_int_equal(a->n, b->n);
    for (size_t i = 0; i < a->n; i++) {
        assert_int_equal(a->v[i].start, b->v[i].start);
        assert_int_equal(a->v[i].end, b->v[i].end);
    }
}

static void same_answers(const search_index *x, const search_index *y, const char *q, bool typing)
{
    search_result a, b;
    search_run(x, q, strlen(q), LANG_ZH_HANT, typing, 20, &a);
    search_run(y, q, strlen(q), LANG_ZH_HANT, typing, 20, &b);
    assert_int_equal(a.n, b.n);
    assert_int_equal(a.total, b.total);
    assert_int_equal(a.partial, b.partial);
    assert_false(a.damaged || b.damaged);
    assert_string_equal(a.did_you_mean ? a.did_you_mean : "-", b.did_you_mean ? b.did_you_mean : "-");
    for (size_t i = 0; i < a.n; i++) {
        const search_hit *h = &a.hits[i], *k = &b.hits[i];
        assert_int_equal(h->kind, k->kind);
        assert_int_equal(h->index, k->index);
        assert_true(h->score == k->score);
        assert_ptr_equal(h->snippet_src, k->snippet_src);
        assert_int_equal(h->snippet_start, k->snippet_start);
        assert_int_equal(h->snippet_end, k->snippet_end);
        same_spans(&h->spans, &k->spans);
        same_spans(&h->title_spans, &k->title_spans);
    }
    search_result_free(&a);
    search_result_free(&b);
}

static void test_round_trip_answers_the_same(void **state)
{
    fixture *f = *state;
    search_index *ix = open_ok(f, f->blob, NULL, NULL);
    for (size_t i = 0; i < sizeof queries / sizeof *queries; i++) {
        same_answers(f->built, ix, queries[i], false);
        for (size_t k = 1; k <= strlen(queries[i]); k++) { /* every keystroke, as the search line asks */
            char pre[128];
            snprintf(pre, sizeof pre, "%.*s", (int)k, queries[i]);
            same_answers(f->built, ix, pre, true);
        }
    }
    assert_false(search_index_damaged(ix));
    /* saved again, the opened index makes the same bytes */
    strbuf again = { 0 };
    search_index_save(ix, &again);
    assert_int_equal(again.len, f->len);
    assert_memory_equal(again.s, f->blob, f->len);
    sb_free(&again);
    search_free(ix);
}

/* ---- check(): every range before it is read, postings only when searched ---- */

typedef struct checks {
    const unsigned char *bad;  /* check fails for a range that holds this byte (NULL: none) */
    size_t bad_len;            /* ... or any of the bad_len bytes from it (0: that one) */
    const unsigned char *post; /* the postings, and how long */
    size_t post_len;
    size_t calls, post_calls;
} checks;

static bool check_ranges(void *ctx, const void *p, size_t n)
{
    checks *c = ctx;
    const unsigned char *b = p;
    c->calls++;
    if (b >= c->post && b < c->post + c->post_len)
        c->post_calls++;
    size_t bad_len = c->bad_len ? c->bad_len : 1;
    return !(c->bad && c->bad < b + n && b < c->bad + bad_len);
}

/* Bytes per element of the arrays checked when first read (index_io.c). */
static const struct { unsigned a; size_t size; } read_later[] = {
    { A_TERM_SLOTS, 4 }, { A_TERM_KEYS, 4 }, { A_TERM_POOL, 1 }, { A_POST_OFF, 4 }, { A_POST, 1 }, { A_IDF, 8 },
    { A_EXACT_SLOTS, 4 }, { A_EXACT_KEYS, 4 }, { A_EXACT_POOL, 1 }, { A_EXACT_OFF, 4 }, { A_EXACT, 8 },
    { A_LATIN, 4 }, { A_BY_LEN, 4 },
    { A_PY_PAIRS, 16 }, { A_PY_SYL_START, 4 }, { A_PY_BY_FIRST, 4 }, { A_PY_SINGLES, 12 }, { A_PY_SINGLE_START, 4 },
};

/* Opening checks the header, the table and the small tables every search reads, and
 * nothing of the arrays a search reads only a part of, or only some searches read. */
static void test_open_checks_only_what_every_search_reads(void **state)
{
    fixture *f = *state;
    for (size_t k = 0; k < sizeof read_later / sizeof *read_later; k++) {
        uint32_t n, off = array_off(f, read_later[k].a, &n);
        assert_true(n > 0);
        checks c = { .post = f->blob + off, .post_len = n * read_later[k].size };
        search_index *ix = open_ok(f, f->blob, check_ranges, &c);
        if (c.post_calls)
            fail_msg("array %u was checked at open", read_later[k].a);
        assert_true(c.calls >= 5); /* the header, the table, the items, the synonyms ... */
        search_free(ix);
    }
}

static void test_postings_are_checked_when_first_searched(void **state)
{
    fixture *f = *state;
    uint32_t npost;
    checks c = { .post = f->blob + array_off(f, A_POST, &npost) };
    c.post_len = npost;
    search_index *ix = open_ok(f, f->blob, check_ranges, &c);
    assert_int_equal(c.post_calls, 0);
    search_result r;
    search_run(ix, "vitiligo", 8, LANG_EN, false, 10, &r);
    assert_true(r.n > 0);
    search_result_free(&r);
    size_t first = c.post_calls;
    assert_true(first > 0);
    search_run(ix, "vitiligo", 8, LANG_EN, false, 10, &r);
    search_result_free(&r);
    assert_int_equal(c.post_calls, first); /* each term's postings are checked once */
    search_free(ix);
}

static void test_check_failing_on_a_table_refuses_the_blob(void **state)
{
    fixture *f = *state;
    uint32_t n;
    checks c = { .bad = f->blob + array_off(f, A_MEMBERS, &n) };
    assert_true(n > 0);
    char err[256];
    assert_null(search_index_open(&f->st, f->blob, f->len, check_ranges, &c, err, sizeof err));
    assert_non_null(strstr(err, "checksum of its synonyms does not match"));
    c.bad = f->blob + 3; /* the header */
    assert_null(search_index_open(&f->st, f->blob, f->len, check_ranges, &c, err, sizeof err));
    assert_non_null(strstr(err, "checksum of its header"));
}

/* The term id of a word of the fixture store, and where its postings are in the blob. */
static uint32_t term_postings(fixture *f, const char *word, uint32_t *start, uint32_t *end)
{
    uint32_t t = strmap_get(&f->built->terms, word, strlen(word));
    assert_int_not_equal(t, UINT32_MAX);
    uint32_t base = array_off(f, A_POST, NULL);
    *start = base + f->built->post_off[t];
    *end = base + f->built->post_off[t + 1];
    return t;
}

static void expect_damaged_search(fixture *f, search_index *ix, const char *q)
{
    search_result r;
    search_run(ix, "light", 5, LANG_EN, false, 10, &r); /* a list left intact */
    assert_false(r.damaged);
    search_result_free(&r);
    search_run(ix, q, strlen(q), LANG_EN, false, 10, &r);
    assert_true(r.damaged);
    assert_true(search_index_damaged(ix));
    search_result_free(&r);
    (void)f;
}

static void test_check_failing_on_postings_marks_the_search_damaged(void **state)
{
    fixture *f = *state;
    uint32_t start, end;
    term_postings(f, "vitiligo", &start, &end);
    checks c = { .bad = f->blob + start };
    search_index *ix = open_ok(f, f->blob, check_ranges, &c);
    expect_damaged_search(f, ix, "vitiligo");
    search_free(ix);
}

static void test_posting_item_out_of_range_is_damage(void **state)
{
    fixture *f = *state;
    uint32_t start, end;
    term_postings(f, "vitiligo", &start, &end);
    assert_true(f->built->ndocs < 0x7f);
    unsigned char *d = fresh(f);
    assert_true(d[start] < 0x80); /* the count takes one byte: the first gap follows */
    d[start + 1] = 0x7f;          /* the first item is number 127 */
    search_index *ix = open_ok(f, d, NULL, NULL);
    expect_damaged_search(f, ix, "vitiligo");
    search_free(ix);
}

static void test_cut_short_posting_is_damage(void **state)
{
    fixture *f = *state;
    uint32_t start, end;
    term_postings(f, "vitiligo", &start, &end);
    unsigned char *d = fresh(f);
    d[end - 1] |= 0x80; /* the last number goes on past the list's end */
    search_index *ix = open_ok(f, d, NULL, NULL);
    expect_damaged_search(f, ix, "vitiligo");
    search_free(ix);
}

/* ---- damaged tables: refused at open ---- */

static void test_truncated_blobs_are_refused(void **state)
{
    fixture *f = *state;
    uint32_t last_off, last_n;
    last_off = array_off(f, A_IDF, &last_n);
    size_t used = last_off + 8 * (size_t)last_n; /* past it there is only padding */
    for (size_t len = 0; len < used; len += len < 1024 ? 1 : 97) {
        char err[256] = "";
        search_index *ix = search_index_open(&f->st, f->blob, len, NULL, NULL, err, sizeof err);
        if (ix)
            fail_msg("a blob cut to %zu of %zu bytes was opened", len, f->len);
        assert_non_null(strstr(err, "the search index is damaged: "));
    }
    refused(f, f->blob, 20, "shorter than its header");
    refused(f, f->blob, BLOB_HEADER + 8, "table of arrays is cut short");
    refused(f, f->blob, used - 1, "reach past its end");
}

static void test_bad_magic_and_version_are_refused(void **state)
{
    fixture *f = *state;
    unsigned char *d = fresh(f);
    d[0] = 'X';
    refused(f, d, f->len, "magic");
    d = fresh(f);
    put_u32(d + 8, BLOB_VERSION + 1);
    refused(f, d, f->len, "format version 3, this program reads version 2");
}

/* Opens d (which must open), runs q, and expects the search to report the index
 * damaged; and a search for intact before it (one that reads none of the damage; NULL:
 * none does) not to. */
static void damaged_when_searched(fixture *f, const unsigned char *d, const char *q, bool typing, const char *intact)
{
    search_index *ix = open_ok(f, d, NULL, NULL);
    search_result r;
    if (intact) {
        search_run(ix, intact, strlen(intact), LANG_EN, false, 10, &r);
        if (r.damaged)
            fail_msg("searching \"%s\" found damage it does not read", intact);
        search_result_free(&r);
    }
    search_run(ix, q, strlen(q), LANG_EN, typing, 10, &r);
    if (!r.damaged)
        fail_msg("searching \"%s\" did not find the damage", q);
    search_result_free(&r);
    search_free(ix);
}

/* BM25's weights are read, not computed, from a saved index, each as it is used: one
 * that is not a positive number (damage the checksums missed) makes the search that
 * reads it report the index damaged; a wrong count refuses the blob. */
static void test_inverse_document_frequencies_are_checked(void **state)
{
    fixture *f = *state;
    uint32_t n, off = array_off(f, A_IDF, &n);
    assert_int_equal(n, f->st.ntopics + f->st.nglossary + f->st.ntreatments + f->st.nquestions + 1);
    static const double bad[] = { 0.0, -1.0, NAN, INFINITY };
    for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
        unsigned char *d = fresh(f);
        for (uint32_t i = 0; i < n; i++)
            memcpy(d + off + 8 * i, &bad[k], 8);
        damaged_when_searched(f, d, "vitiligo", false, "zzzz");
    }
    unsigned char *d = fresh(f);
    put_u32(d + BLOB_HEADER + 8 * A_IDF + 4, n - 1);
    refused(f, d, f->len, "inverse document frequencies have");
}

static void test_offset_past_the_end_is_refused(void **state)
{
    fixture *f = *state;
    unsigned char *d = fresh(f);
    put_u32(d + BLOB_HEADER + 8 * A_EXACT, (uint32_t)f->len + 8);
    refused(f, d, f->len, "names: offset");
    d = fresh(f);
    put_u32(d + BLOB_HEADER + 8 * A_POST + 4, UINT32_MAX); /* a count past the end */
    refused(f, d, f->len, "postings: offset");
    d = fresh(f);
    put_u32(d + BLOB_HEADER + 8 * A_DOCS, array_off(f, A_DOCS, NULL) + 4); /* not aligned */
    refused(f, d, f->len, "items: offset");
    /* synonym key offsets past their text: checked at open */
    uint32_t nfk, fkeys = array_off(f, A_FIRST_KEYS, &nfk), fplen;
    array_off(f, A_FIRST_POOL, &fplen);
    assert_true(nfk > 1);
    d = fresh(f);
    put_u32(d + fkeys + 4 * (nfk - 1), fplen + 1); /* in order, but past the pool */
    refused(f, d, f->len, "synonym keys are out of order or past");
    /* posting offsets past the postings, or out of order: read term by term */
    uint32_t n, off = array_off(f, A_POST_OFF, &n), npost;
    array_off(f, A_POST, &npost);
    d = fresh(f);
    for (uint32_t i = 0; i < n; i++)
        put_u32(d + off + 4 * i, npost + 1);
    damaged_when_searched(f, d, "vitiligo", false, "zzzz");
    d = fresh(f);
    for (uint32_t i = 0; i < n; i++)
        put_u32(d + off + 4 * i, n - i);
    damaged_when_searched(f, d, "vitiligo", false, "zzzz");
}

/* The word lists are checked as a whole by the first search that walks them (a
 * completion or a spelling correction), the term table slot by slot as look-ups read
 * it: a term id out of range is found there, never read. */
static void test_term_id_out_of_range_is_damage(void **state)
{
    fixture *f = *state;
    uint32_t nkeys, nlatin;
    array_off(f, A_TERM_KEYS, &nkeys);
    uint32_t nterms = nkeys - 1;
    uint32_t latin = array_off(f, A_LATIN, &nlatin);
    assert_true(nlatin > 0);
    unsigned char *d = fresh(f);
    put_u32(d + latin + 4 * (nlatin - 1), nterms);
    damaged_when_searched(f, d, "vit", true, "vitiligo"); /* completed as typed */
    checks c = { .bad = f->blob + latin, .bad_len = (size_t)nlatin * 4 }; /* the word list fails its sums */
    search_index *ix = open_ok(f, f->blob, check_ranges, &c);
    search_result r;
    search_run(ix, "vit", 3, LANG_EN, true, 10, &r);
    assert_true(r.damaged);
    search_result_free(&r);
    search_free(ix);
    d = fresh(f);
    put_u32(d + array_off(f, A_BY_LEN, NULL), nterms + 5);
    damaged_when_searched(f, d, "vitligo", false, "vitiligo"); /* a spelling corrected */
    /* term table slots naming a key that does not exist */
    uint32_t nslots, slots = array_off(f, A_TERM_SLOTS, &nslots);
    d = fresh(f);
    for (uint32_t i = 0; i < nslots; i++)
        put_u32(d + slots + 4 * i, nterms + 1);
    damaged_when_searched(f, d, "vitiligo", false, NULL);
    /* key offsets past the term text */
    uint32_t nk, keys = array_off(f, A_TERM_KEYS, &nk), plen;
    array_off(f, A_TERM_POOL, &plen);
    d = fresh(f);
    for (uint32_t i = 0; i < nk; i++)
        put_u32(d + keys + 4 * i, plen + 1 + i);
    damaged_when_searched(f, d, "vitiligo", false, NULL);
}

/* The pinyin tables are read only by a query typed in pinyin, and checked as a whole
 * by the first one: damage there leaves every other search alone. */
static void test_pinyin_tables_are_checked_by_the_first_pinyin_query(void **state)
{
    fixture *f = *state;
    uint32_t np, pairs = array_off(f, A_PY_PAIRS, &np);
    assert_true(np > 0);
    checks c = { .bad = f->blob + pairs, .post = f->blob + pairs, .post_len = (size_t)np * 16 };
    search_index *ix = open_ok(f, f->blob, check_ranges, &c);
    search_result r;
    search_run(ix, "vitiligo", 8, LANG_EN, false, 10, &r);
    assert_false(r.damaged);
    assert_int_equal(c.post_calls, 0);
    search_result_free(&r);
    search_run(ix, "baidianfeng", 11, LANG_ZH_HANS, false, 10, &r);
    assert_true(r.damaged);
    assert_int_equal(c.post_calls, 1);
    search_result_free(&r);
    search_run(ix, "baidianfeng", 11, LANG_ZH_HANS, false, 10, &r); /* found once, remembered */
    assert_true(r.damaged);
    assert_int_equal(c.post_calls, 1);
    search_result_free(&r);
    search_free(ix);

    unsigned char *d = fresh(f); /* a weight that is no number: damage the sums missed */
    static const float nan_weight = NAN;
    memcpy(d + pairs + 12, &nan_weight, 4);
    damaged_when_searched(f, d, "baidianfeng", false, "vitiligo");
}

/* Exact names (an item's own title put first) are read a name at a time: their text
 * and items are checked when a query names them. */
static void test_damaged_exact_names_are_found_when_searched(void **state)
{
    fixture *f = *state;
    const char *title = lt(&f->st.topics[0].title, LANG_EN);
    search_result r;
    search_run(f->built, title, strlen(title), LANG_EN, false, 10, &r);
    assert_true(r.n > 0 && r.hits[0].exact); /* the title names the topic */
    search_result_free(&r);

    /* every name's items point past the store */
    uint32_t nexact, exact = array_off(f, A_EXACT, &nexact);
    assert_true(nexact > 0);
    unsigned char *d = fresh(f);
    for (uint32_t i = 0; i < nexact; i++)
        put_u32(d + exact + 8 * i, (uint32_t)f->built->ndocs + i);
    search_index *ix = open_ok(f, d, NULL, NULL); /* not read at open */
    search_run(ix, title, strlen(title), LANG_EN, false, 10, &r);
    assert_true(r.damaged);
    search_result_free(&r);
    search_free(ix);

    /* the names' text or items fail their checksum */
    unsigned arrays[] = { A_EXACT_POOL, A_EXACT };
    for (size_t k = 0; k < 2; k++) {
        uint32_t n, off = array_off(f, arrays[k], &n);
        checks c = { .bad = f->blob + off, .post = f->blob + off, .post_len = (size_t)n * (k ? 8 : 1) };
        ix = open_ok(f, f->blob, check_ranges, &c);
        assert_int_equal(c.post_calls, 0);
        search_run(ix, "zzzz", 4, LANG_EN, false, 10, &r); /* no name: nothing read */
        assert_false(r.damaged);
        search_result_free(&r);
        for (size_t t = 0; t < f->st.ntopics && !search_index_damaged(ix); t++) {
            const char *q = lt(&f->st.topics[t].title, LANG_EN);
            search_run(ix, q, strlen(q), LANG_EN, false, 10, &r);
            search_result_free(&r);
        }
        if (!search_index_damaged(ix))
            fail_msg("a name whose %s fail their checksum was read", k ? "items" : "text");
        assert_true(c.post_calls > 0);
        search_free(ix);
    }
}

/* The exact names' table, key offsets and item offsets are not checked at open (at
 * 10,000 topics they are a third of the index's small tables): each look-up checks the
 * slots and offsets it reads, so damage there opens, and is found by the searches
 * that read it.  A table with no empty slot, or a slot past the keys, ends the
 * look-up as damaged, never a loop or a read out of bounds. */
static bool search_titles_until_damaged(fixture *f, search_index *ix)
{
    search_result r;
    for (size_t t = 0; t < f->st.ntopics && !search_index_damaged(ix); t++) {
        const char *q = lt(&f->st.topics[t].title, LANG_EN);
        search_run(ix, q, strlen(q), LANG_EN, false, 10, &r);
        search_result_free(&r);
    }
    return search_index_damaged(ix);
}

static void test_the_name_table_is_checked_as_it_is_read(void **state)
{
    fixture *f = *state;
    unsigned arrays[] = { A_EXACT_SLOTS, A_EXACT_KEYS, A_EXACT_OFF };
    for (size_t k = 0; k < 3; k++) {
        uint32_t n, off = array_off(f, arrays[k], &n);
        assert_true(n > 0);
        checks c = { .bad = f->blob + off, .bad_len = (size_t)n * 4, .post = f->blob + off, .post_len = (size_t)n * 4 };
        search_index *ix = open_ok(f, f->blob, check_ranges, &c);
        assert_int_equal(c.post_calls, 0); /* not at open */
        assert_false(search_index_damaged(ix));
        if (!search_titles_until_damaged(f, ix))
            fail_msg("a name table whose %s fail their checksum was read", k == 0 ? "slots" : k == 1 ? "key offsets" : "item offsets");
        assert_true(c.post_calls > 0);
        search_free(ix);
    }
    uint32_t nkeys, nslots, slots = array_off(f, A_EXACT_SLOTS, &nslots);
    array_off(f, A_EXACT_KEYS, &nkeys);
    for (uint32_t bad = 0; bad < 2; bad++) {
        unsigned char *d = fresh(f);
        for (uint32_t i = 0; i < nslots; i++) /* every slot past the keys; or all full: no end */
            put_u32(d + slots + 4 * i, bad ? nkeys + 1 : 1);
        search_index *ix = open_ok(f, d, NULL, NULL);
        search_result r;
        search_run(ix, "zzzz", 4, LANG_EN, false, 10, &r);
        assert_true(r.damaged);
        search_result_free(&r);
        search_free(ix);
    }
}

static void test_full_hash_table_is_refused(void **state)
{
    fixture *f = *state;
    uint32_t nslots, slots = array_off(f, A_FIRST_SLOTS, &nslots);
    assert_true(nslots > 0);
    unsigned char *d = fresh(f);
    for (uint32_t i = 0; i < nslots; i++) /* a look-up for a missing key would never end */
        put_u32(d + slots + 4 * i, 1);
    refused(f, d, f->len, "synonym table has no empty slot");
}

static void test_looping_synonym_chain_is_refused(void **state)
{
    fixture *f = *state;
    uint32_t nm, members = array_off(f, A_MEMBERS, &nm);
    assert_true(nm > 1);
    unsigned char *d = fresh(f);
    put_u32(d + members + 16 * (nm - 1) + 12, nm - 1); /* the last member chained to itself */
    refused(f, d, f->len, "is chained to");
    d = fresh(f);
    put_u32(d + members + 12, 1); /* the first chained forward: a loop may close later */
    refused(f, d, f->len, "is chained to");
    d = fresh(f);
    put_u32(d + array_off(f, A_FIRST_HEAD, NULL), nm);
    refused(f, d, f->len, "synonym chains refer past");
    d = fresh(f);
    put_u32(d + members + 4, UINT32_MAX - 1); /* its words start past the text */
    refused(f, d, f->len, "synonym 0's words start past");
    d = fresh(f);
    put_u32(d + members + 8, UINT32_MAX); /* more words than the text holds */
    refused(f, d, f->len, "synonym 0's words run past");
}

static void test_other_store_and_alignment_are_refused(void **state)
{
    fixture *f = *state;
    store other;
    char dir[512];
    fixture_path(dir, sizeof dir, "search");
    assert_true(load_store_at(&other, dir));
    char err[256];
    assert_null(search_index_open(&other, f->blob, f->len, NULL, NULL, err, sizeof err));
    assert_non_null(strstr(err, "was the store changed?"));
    store_free(&other);
    unsigned char *shifted = malloc(f->len + 4);
    memcpy(shifted + 4, f->blob, f->len);
    assert_null(search_index_open(&f->st, shifted + 4, f->len, NULL, NULL, err, sizeof err));
    assert_non_null(strstr(err, "8-byte boundary"));
    free(shifted);
}

/* Whatever the bytes: a few thousand blobs with random bytes changed either open and
 * answer (perhaps wrongly, perhaps reporting damage) or are refused; never a read out
 * of bounds or a hang (AddressSanitizer and the test's own time would tell). */
static void test_random_damage_never_reads_out_of_bounds(void **state)
{
    fixture *f = *state;
    uint64_t seed = 0x9e3779b97f4a7c15u;
    size_t opened = 0;
    uint32_t table_end = BLOB_HEADER + 8 * A_COUNT, post_off, npost;
    post_off = array_off(f, A_POST, &npost);
    for (int round = 0; round < 3000; round++) {
        unsigned char *d = fresh(f);
        for (int k = 0; k < 1 + round % 4; k++) {
            seed = seed * 6364136223846793005u + 1442695040888963407u;
            size_t at = (size_t)(seed >> 33) % f->len;
            if (round % 3 == 0) { /* a third of them in the tables outside the postings */
                at = (size_t)(seed >> 33) % (f->len - npost);
                at += at >= post_off ? npost : 0;
            }
            if (round % 7 == 0)
                at = (size_t)(seed >> 33) % table_end;
            d[at] ^= (unsigned char)(1u << (seed >> 60 & 7));
        }
        char err[256];
        search_index *ix = search_index_open(&f->st, d, f->len, NULL, NULL, err, sizeof err);
        if (!ix)
            continue;
        opened++;
        for (size_t i = 0; i < sizeof queries / sizeof *queries; i += 1 + round % 3) {
            search_result r;
            search_run(ix, queries[i], strlen(queries[i]), LANG_EN, i % 2, 10, &r);
            search_result_free(&r);
        }
        search_free(ix);
    }
    assert_true(opened > 0);
}

int main(void)
{
    test_locale();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip_answers_the_same),
        cmocka_unit_test(test_open_checks_only_what_every_search_reads),
        cmocka_unit_test(test_postings_are_checked_when_first_searched),
        cmocka_unit_test(test_check_failing_on_a_table_refuses_the_blob),
        cmocka_unit_test(test_check_failing_on_postings_marks_the_search_damaged),
        cmocka_unit_test(test_posting_item_out_of_range_is_damage),
        cmocka_unit_test(test_cut_short_posting_is_damage),
        cmocka_unit_test(test_truncated_blobs_are_refused),
        cmocka_unit_test(test_bad_magic_and_version_are_refused),
        cmocka_unit_test(test_inverse_document_frequencies_are_checked),
        cmocka_unit_test(test_offset_past_the_end_is_refused),
        cmocka_unit_test(test_term_id_out_of_range_is_damage),
        cmocka_unit_test(test_pinyin_tables_are_checked_by_the_first_pinyin_query),
        cmocka_unit_test(test_damaged_exact_names_are_found_when_searched),
        cmocka_unit_test(test_the_name_table_is_checked_as_it_is_read),
        cmocka_unit_test(test_full_hash_table_is_refused),
        cmocka_unit_test(test_looping_synonym_chain_is_refused),
        cmocka_unit_test(test_other_store_and_alignment_are_refused),
        cmocka_unit_test(test_random_damage_never_reads_out_of_bounds),
    };
    return cmocka_run_group_tests_name("search index saved and opened (tests/fixtures/content)", tests, setup,
                                       teardown);
}
