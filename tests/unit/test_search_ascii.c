/* The quick way snippets find matches in English text (highlight_ascii) marks exactly
 * what tokenising the text does (highlight_units), on tests/fixtures/search: for
 * finished queries and words being typed, synonym phrases, capitals, digits, stems,
 * one-letter words, very long words and brackets. */
#include "test_util.h"

#include "content/load.h"
#include "search/search.h"
#include "search/search_impl.h"

typedef struct fixture {
    store st;
    search_index *ix;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    char dir[4096];
    fixture_path(dir, sizeof dir, "search");
    diag d = { 0 };
    bool ok = store_load(&f->st, dir, &(load_opts){ 0 }, &d);
    diag_free(&d);
    char err[256];
    if (!ok || !store_derive_all(&f->st, err, sizeof err)) {
        free(f);
        return -1;
    }
    f->ix = search_build(&f->st);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    search_free(f->ix);
    store_free(&f->st);
    free(f);
    return 0;
}

static const char *const QUERIES[] = {
    "light therapy", "phototherapy", "Patches on HANDS", "the", "t", "a", "uvb 311", "therapies",
    "\"white patches\"", "belt rubbing", "eczema", "new cream", "rux", "311nm", "hand care routine",
    "atopic \"atopic dermatitis\"", "\"eczema atopic\"",
};

static const char *const TEXTS[] = {
    "Light therapy (phototherapy) helps: PATCHES on the hands, patch by patch.",
    "Narrowband UVB at 311 nm, or 311nm; therapies applied twice a week.",
    "A t a T the THE The then them; I, a, 1 2 3.",
    "Eczema (atopic dermatitis) is not vitiligo [see eczema (atopic dermatitis)].",
    "white patches, White Patches,white-patches and whitepatches",
    "belts rubbing, rubbed belt, Belt rubs",
    "supercalifragilisticexpialidociousphototherapylighttherapyuvbpatcheshands311 light",
    "", "   ", "...", "x", "light", "therapy light therapy light", "Eczema (atopic) itches; atopic dermatitis too.",
};

/* Compares the two ways for one text; returns how many spans both found. */
static size_t same_spans(fixture *f, const search_query *q, const char *text)
{
    size_t len = strlen(text);
    units u = { 0 };
    search_spans want = { 0 }, got = { 0 };
    tokenize(text, len, &u);
    highlight_units(f->ix, q, &u, text, len, &want);
    ascii_filter af;
    ascii_filter_init(&af, q);
    size_t n = highlight_ascii(q, &af, text, len, &got);
    assert_int_equal(n, got.n);
    assert_int_equal(got.n, want.n);
    for (size_t i = 0; i < got.n; i++) {
        assert_int_equal(got.v[i].start, want.v[i].start);
        assert_int_equal(got.v[i].end, want.v[i].end);
    }
    search_spans_free(&want);
    search_spans_free(&got);
    units_free(&u);
    return n;
}

typedef struct each_ctx {
    fixture *f;
    const search_query *q;
    size_t spans;
} each_ctx;

static bool check_text(const char *text, int weight, void *ctx)
{
    (void)weight;
    each_ctx *c = ctx;
    if (ascii_only(text, strlen(text)))
        c->spans += same_spans(c->f, c->q, text);
    return true;
}

static void test_ascii_highlighting_marks_what_tokenising_does(void **state)
{
    fixture *f = *state;
    size_t spans = 0;
    for (size_t i = 0; i < sizeof QUERIES / sizeof *QUERIES; i++)
        for (int typing = 0; typing < 2; typing++) {
            search_query *q = query_compile(f->ix, QUERIES[i], strlen(QUERIES[i]), typing);
            for (size_t t = 0; t < sizeof TEXTS / sizeof *TEXTS; t++)
                spans += same_spans(f, q, TEXTS[t]);
            each_ctx c = { f, q, 0 };
            for (uint32_t d = 0; d < f->ix->ndocs; d++)
                doc_each_text(f->ix, d, LANG_EN, check_text, &c);
            spans += c.spans;
            query_free(q);
        }
    assert_true(spans > 100); /* the comparison saw real matches */
}

static void test_phrase_and_bracket_spans(void **state)
{
    fixture *f = *state;
    search_query *q = query_compile(f->ix, "\"atopic dermatitis\"", 19, false);
    const char *text = "Eczema (atopic dermatitis) itches.";
    search_spans s = { 0 };
    ascii_filter af;
    ascii_filter_init(&af, q);
    highlight_ascii(q, &af, text, strlen(text), &s);
    assert_int_equal(s.n, 1);
    assert_int_equal(s.v[0].start, 8);
    assert_int_equal(s.v[0].end, 25);
    query_free(q);
    /* a word inside a phrase is one span with it; a phrase that opens a bracket takes
     * the bracket that closes it */
    q = query_compile(f->ix, "atopic \"eczema atopic\"", 22, false);
    text = "Eczema (atopic) itches; atopic too.";
    s.n = 0;
    ascii_filter_init(&af, q);
    highlight_ascii(q, &af, text, strlen(text), &s);
    assert_int_equal(s.n, 2);
    assert_int_equal(s.v[0].start, 0);
    assert_int_equal(s.v[0].end, 15);
    assert_int_equal(s.v[1].start, 24);
    assert_int_equal(s.v[1].end, 30);
    search_spans_free(&s);
    query_free(q);
}

static void test_ascii_only(void **state)
{
    (void)state;
    assert_true(ascii_only("plain text, longer than eight bytes", 35));
    assert_true(ascii_only("", 0));
    assert_false(ascii_only("caf\xc3\xa9", 5));
    assert_false(ascii_only("0123456789abcdef\xe7\x99\xbd", 19)); /* past the first eight */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ascii_highlighting_marks_what_tokenising_does),
        cmocka_unit_test(test_phrase_and_bracket_spans),
        cmocka_unit_test(test_ascii_only),
    };
    return cmocka_run_group_tests_name("ascii highlighting on tests/fixtures/search", tests, setup, teardown);
}
