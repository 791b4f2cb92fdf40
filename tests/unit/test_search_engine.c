/* The search engine on small stores: tests/fixtures/content (shared with other
 * tests) and tests/fixtures/search (topics written to test synonyms and ranking). */
#include "search_fixture.h"

#include "content/load.h"
#include "search/search.h"

typedef search_fixture fixture;

static int setup_content(void **state) { return search_fixture_setup(state, "content"); }
static int setup_search(void **state) { return search_fixture_setup(state, "search"); }

static int teardown(void **state) { return search_fixture_teardown(state); }

static search_result run(fixture *f, const char *q, bool typing)
{
    search_result r;
    search_run(f->ix, q, strlen(q), LANG_EN, typing, 10, &r);
    return r;
}

/* Position of the item with this id among the hits, or -1. */
static int rank_of(fixture *f, const search_result *r, const char *id)
{
    for (size_t i = 0; i < r->n; i++)
        if (strcmp(search_hit_id(f->ix, &r->hits[i]), id) == 0)
            return (int)i;
    return -1;
}

static int first_topic(fixture *f, const search_result *r)
{
    for (size_t i = 0; i < r->n; i++)
        if (r->hits[i].kind == SEARCH_TOPIC)
            return (int)i;
    (void)f;
    return -1;
}

static void expect_found(fixture *f, const char *q, const char *id, int max_rank)
{
    search_result r = run(f, q, false);
    int at = rank_of(f, &r, id);
    if (at < 0 || at > max_rank)
        fail_msg("query '%s': '%s' at %d, wanted within the first %d", q, id, at, max_rank + 1);
    search_result_free(&r);
}

static void test_koebner_finds_topic_that_only_says_chinese_term(void **state)
{
    fixture *f = *state;
    expect_found(f, "koebner", "belt-marks", 2);
    expect_found(f, "isomorphic response", "belt-marks", 2);
}

static void test_brand_and_generic_names_meet(void **state)
{
    fixture *f = *state;
    expect_found(f, "Opzelura", "new-cream", 2);  /* the topic says only 蘆可替尼 */
    expect_found(f, "ruxolitinib cream", "new-cream", 2);
    expect_found(f, "芦可替尼", "new-cream", 2);   /* Simplified query, Traditional text */
}

static void test_every_chinese_variety_finds_the_same_word(void **state)
{
    fixture *f = *state;
    /* the topic says 訊號 (Taiwan); Hong Kong and the mainland say 信號/信号 */
    expect_found(f, "訊號", "new-cream", 0);
    expect_found(f, "信號", "new-cream", 0);
    expect_found(f, "信号", "new-cream", 0);
}

static void test_lay_chinese_finds_phototherapy(void **state)
{
    fixture *f = *state;
    expect_found(f, "照光", "uv-sessions", 2);     /* the topic says only "phototherapy" */
    expect_found(f, "light therapy", "uv-sessions", 2);
}

static void test_exact_title_ranks_first(void **state)
{
    fixture *f = *state;
    /* hand-care says "white patches on the hands" four times; the title wins. */
    search_result r = run(f, "white patches on the hands", false);
    assert_true(r.n >= 2);
    assert_string_equal(search_hit_id(f->ix, &r.hits[0]), "patches-on-hands");
    assert_true(r.hits[0].exact);
    assert_true(rank_of(f, &r, "hand-care") > 0);
    search_result_free(&r);
}

static void test_simplified_query_and_width_folding(void **state)
{
    fixture *f = *state;
    expect_found(f, "头发", "patches-on-hands", 0); /* text: 頭髮 */
    expect_found(f, "uvb", "hand-care", 2);        /* text: ＵＶＢ */
    expect_found(f, "CAFE", "hand-care", 0);       /* text: Café */
}

static void test_typo_gives_did_you_mean(void **state)
{
    fixture *f = *state;
    search_result r = run(f, "koebnr phenomenon", false);
    assert_true(r.n > 0);
    assert_non_null(r.did_you_mean);
    assert_string_equal(r.did_you_mean, "koebner phenomenon");
    assert_int_equal(rank_of(f, &r, "koebner") >= 0, 1);
    search_result_free(&r);
    r = run(f, "vitilgo", false);
    assert_non_null(r.did_you_mean);
    assert_string_equal(r.did_you_mean, "vitiligo");
    search_result_free(&r);
    /* One letter changed for one the word lacks: two letters differ (the vocabulary
     * filter must let it through). */
    r = run(f, "vitiliga", false);
    assert_non_null(r.did_you_mean);
    assert_string_equal(r.did_you_mean, "vitiligo");
    search_result_free(&r);
    r = run(f, "koebner", false); /* spelled right: no suggestion */
    assert_null(r.did_you_mean);
    search_result_free(&r);
}

static void test_short_words_are_not_corrected(void **state)
{
    fixture *f = *state;
    search_result r = run(f, "msx", false); /* 3 letters: too short to guess */
    assert_null(r.did_you_mean);
    search_result_free(&r);
}

static void test_prefix_of_word_being_typed(void **state)
{
    fixture *f = *state;
    search_result r = run(f, "koeb", true);
    assert_true(rank_of(f, &r, "koebner") >= 0);
    search_result_free(&r);
    r = run(f, "koeb", false); /* finished query: no completion, and too short to correct */
    assert_int_equal(rank_of(f, &r, "koebner"), -1);
    search_result_free(&r);
    r = run(f, "stem c", true);
    assert_int_equal(rank_of(f, &r, "stem-cell-trials"), first_topic(f, &r));
    search_result_free(&r);
}

static void test_and_then_or_fallback(void **state)
{
    fixture *f = *state;
    search_result r = run(f, "koebner ruxolitinib", false);
    assert_true(r.n >= 2); /* no topic has both: partial matches */
    assert_true(r.partial);
    search_result_free(&r);
    r = run(f, "koebner belts", false);
    assert_false(r.partial);
    assert_int_equal(first_topic(f, &r), rank_of(f, &r, "koebner"));
    search_result_free(&r);
}

static void test_quoted_phrase(void **state)
{
    fixture *f = *state;
    search_result r = run(f, "\"watch straps\"", false);
    assert_true(rank_of(f, &r, "koebner") >= 0);
    search_result_free(&r);
    r = run(f, "\"straps watch\"", false); /* the words, but not in that order */
    assert_int_equal(rank_of(f, &r, "koebner"), -1);
    search_result_free(&r);
}

static void test_glossary_entries_are_results(void **state)
{
    fixture *f = *state;
    search_result r = run(f, "contagious", false);
    assert_true(r.n > 0);
    int at = rank_of(f, &r, "contagious");
    assert_true(at >= 0);
    assert_int_equal(r.hits[at].kind, SEARCH_GLOSSARY);
    assert_string_equal(search_kind_name(r.hits[at].kind), "glossary");
    search_result_free(&r);
}

static void test_chinese_bigrams_and_unigram(void **state)
{
    fixture *f = *state;
    expect_found(f, "白癜风", "what-is-vitiligo", 1);
    expect_found(f, "會傳染嗎", "what-is-vitiligo", 2);
    search_result r = run(f, "錶", false); /* one character: its unigram */
    assert_true(rank_of(f, &r, "koebner") >= 0);
    search_result_free(&r);
}

static void test_snippet_and_spans_point_into_text(void **state)
{
    fixture *f = *state;
    search_result r;
    search_run(f->ix, "同形反應", strlen("同形反應"), LANG_ZH_HANT, false, 5, &r);
    int at = rank_of(f, &r, "koebner");
    assert_true(at >= 0);
    const search_hit *h = &r.hits[at];
    assert_true(h->snippet_end > h->snippet_start);
    assert_true(h->spans.n > 0);
    for (size_t i = 0; i < h->spans.n; i++) {
        assert_true(h->spans.v[i].start >= h->snippet_start && h->spans.v[i].end <= h->snippet_end);
        assert_true(h->spans.v[i].start < h->spans.v[i].end);
    }
    assert_true(strstr(h->snippet_src + h->spans.v[0].start, "同形") == h->snippet_src + h->spans.v[0].start);
    assert_true(h->title_spans.n > 0);
    search_result_free(&r);
}

static void test_highlight_marks_every_match(void **state)
{
    fixture *f = *state;
    search_result r = run(f, "koebner", false);
    const char *text = "Koebner: 同形反應 and koebner again; not koebnerish.";
    search_spans sp = { 0 };
    size_t n = search_highlight(f->ix, &r, text, strlen(text), &sp);
    assert_int_equal(n, 3); /* both spellings and the synonym */
    assert_int_equal(sp.v[0].start, 0);
    assert_int_equal(sp.v[0].end, 7);
    assert_memory_equal(text + sp.v[1].start, "同形反應", strlen("同形反應"));
    search_spans_free(&sp);
    search_result_free(&r);

    sp = (search_spans){ 0 };
    n = search_highlight_query(f->ix, "頭髮", strlen("頭髮"), false, "头发和頭髮", strlen("头发和頭髮"), &sp);
    assert_int_equal(n, 2);
    search_spans_free(&sp);

    /* a marked phrase that opens a bracket takes its closer: never "[cells (MSC]) are" */
    const char *msc = "stromal cells (MSC) are studied; 基質細胞（MSC）也是";
    sp = (search_spans){ 0 };
    n = search_highlight_query(f->ix, "\"cells msc\"", strlen("\"cells msc\""), false, msc, strlen(msc), &sp);
    assert_true(n >= 1);
    assert_int_equal(sp.v[0].end - sp.v[0].start, strlen("cells (MSC)"));
    assert_memory_equal(msc + sp.v[0].start, "cells (MSC)", strlen("cells (MSC)"));
    search_spans_free(&sp);
}

static void test_nasty_inputs(void **state)
{
    fixture *f = *state;
    static char big[10001];
    static const char unit[] = "koebner 白癜風 ";
    for (size_t i = 0; i < sizeof big - 1; i++)
        big[i] = unit[i % (sizeof unit - 1)];
    const char *inputs[] = { "", " ", "!!!???", "\x01\x02\x1b[31m", "\xff\xfe\xc3", "\"", "\"\"\"", "「」",
                             "\"unterminated phrase", "a", "白", "ab\xe4\xb8", big };
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        for (int typing = 0; typing < 2; typing++) {
            search_result r;
            search_run(f->ix, inputs[i], strlen(inputs[i]), LANG_ZH_HANS, typing, 0, &r);
            assert_true(r.n <= SEARCH_DEFAULT_LIMIT);
            for (size_t k = 0; k < r.n; k++)
                assert_non_null(r.hits[k].snippet_src);
            search_result_free(&r);
        }
    }
    search_result r;
    search_run(f->ix, " ", 1, LANG_EN, false, 10, &r);
    assert_int_equal(r.n, 0);
    search_result_free(&r);
    search_run(f->ix, "!!!", 3, LANG_EN, false, 10, &r);
    assert_int_equal(r.n, 0);
    search_result_free(&r);
    search_run(f->ix, NULL, 0, LANG_EN, false, 10, &r);
    assert_int_equal(r.n, 0);
    search_result_free(&r);
    /* Every 10,000-character repetition still finds the obvious topic. */
    search_run(f->ix, big, strlen(big), LANG_EN, false, 10, &r);
    assert_true(r.n > 0);
    search_result_free(&r);
}

static void test_snippet_window(void **state)
{
    (void)state;
    const char *t = "First sentence here. The match is in the second sentence, which goes on for a while.";
    const char *m = strstr(t, "match");
    search_span sp = { (size_t)(m - t), (size_t)(m - t) + 5 };
    size_t s, e;
    bool cb, ca;
    search_snippet_window(t, strlen(t), &sp, 1, 40, &s, &e, &cb, &ca);
    assert_true(s <= sp.start && e >= sp.end);
    assert_string_equal(t + s, t + (strstr(t, "The match") - t)); /* starts at the sentence */
    assert_true(cb);
    assert_true(ca);
    search_snippet_window(t, strlen(t), NULL, 0, 200, &s, &e, &cb, &ca);
    assert_int_equal(s, 0);
    assert_int_equal(e, strlen(t));
    assert_false(cb || ca);
}

int main(void)
{
    test_locale();
    const struct CMUnitTest on_search_store[] = {
        cmocka_unit_test(test_koebner_finds_topic_that_only_says_chinese_term),
        cmocka_unit_test(test_brand_and_generic_names_meet),
        cmocka_unit_test(test_every_chinese_variety_finds_the_same_word),
        cmocka_unit_test(test_lay_chinese_finds_phototherapy),
        cmocka_unit_test(test_exact_title_ranks_first),
        cmocka_unit_test(test_simplified_query_and_width_folding),
    };
    const struct CMUnitTest on_content_store[] = {
        cmocka_unit_test(test_typo_gives_did_you_mean),
        cmocka_unit_test(test_short_words_are_not_corrected),
        cmocka_unit_test(test_prefix_of_word_being_typed),
        cmocka_unit_test(test_and_then_or_fallback),
        cmocka_unit_test(test_quoted_phrase),
        cmocka_unit_test(test_glossary_entries_are_results),
        cmocka_unit_test(test_chinese_bigrams_and_unigram),
        cmocka_unit_test(test_snippet_and_spans_point_into_text),
        cmocka_unit_test(test_highlight_marks_every_match),
        cmocka_unit_test(test_nasty_inputs),
        cmocka_unit_test(test_snippet_window),
    };
    int failed = cmocka_run_group_tests_name("search on tests/fixtures/search", on_search_store, setup_search, teardown);
    failed += cmocka_run_group_tests_name("search on tests/fixtures/content", on_content_store, setup_content, teardown);
    return failed;
}
