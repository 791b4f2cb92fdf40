/* The quick ways snippets find matches in English text (highlight_ascii) and in
 * Chinese text (highlight_han) mark exactly what tokenising the text does
 * (highlight_units), on tests/fixtures/search: for finished queries and words being
 * typed, synonym phrases, capitals, digits, stems, one-letter words, very long words,
 * brackets, Han bigrams, Traditional and Simplified, and Chinese punctuation. */
#include "search_fixture.h"

#include "content/load.h"
#include "search/search.h"
#include "search/search_impl.h"

typedef search_fixture fixture;

static int setup(void **state) { return search_fixture_setup(state, "search"); }

static int teardown(void **state) { return search_fixture_teardown(state); }

static const char *const QUERIES[] = {
    "light therapy", "phototherapy", "Patches on HANDS", "the", "t", "a", "uvb 311", "therapies",
    "\"white patches\"", "belt rubbing", "eczema", "new cream", "rux", "311nm", "hand care routine",
    "atopic \"atopic dermatitis\"", "\"eczema atopic\"",
    "白斑", "白癜風", "白癜风", "照光治療", "光療", "皮膚", "UVB 照光", "白", "手部白斑", "\"白斑 擴散\"",
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

/* Chinese texts the quick way reads (Han, ASCII and common punctuation). */
static const char *const HAN_TEXTS[] = {
    "白癜風（vitiligo）是皮膚失去色素的疾病，白斑可能擴散。",
    "照光治療：窄頻UVB 311nm，每週兩到三次；光療也叫光线疗法。",
    "白斑白斑「白斑」『白癜风』—手部白斑…… 白 斑",
    "皮膚科醫師說：「照光前先擦防曬。」UVB照光、PUVA。",
    "白",
    "",
};

/* Texts it leaves to the tokeniser: a character it does not know. */
static const char *const OTHER_TEXTS[] = {
    "白斑 café", "Köbner 現象", "白斑\xe2\x80\x8b擴散", "白斑 \xf0\xa0\x80\x80",
};

/* Compares the two ways for one text; returns how many spans both found. */
static size_t same_spans(fixture *f, const search_query *q, const char *text)
{
    size_t len = strlen(text);
    units u = { 0 };
    search_spans want = { 0 }, got = { 0 };
    tokenize(text, len, &u);
    highlight_units(f->ix, q, &u, text, len, &want);
    hl_filter af;
    hl_filter_init(&af, q);
    size_t n;
    if (ascii_only(text, len)) {
        n = highlight_ascii(q, &af, text, len, &got);
    } else {
        assert_true(highlight_han(q, &af, text, len, &got));
        n = got.n;
    }
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
    hl_filter af;
    hl_filter_init(&af, c->q);
    search_spans s = { 0 };
    if (ascii_only(text, strlen(text)) || highlight_han(c->q, &af, text, strlen(text), &s))
        c->spans += same_spans(c->f, c->q, text);
    search_spans_free(&s);
    return true;
}

static void test_quick_highlighting_marks_what_tokenising_does(void **state)
{
    fixture *f = *state;
    size_t spans = 0, han_spans = 0;
    for (size_t i = 0; i < sizeof QUERIES / sizeof *QUERIES; i++)
        for (int typing = 0; typing < 2; typing++) {
            search_query *q = query_compile(f->ix, QUERIES[i], strlen(QUERIES[i]), typing);
            for (size_t t = 0; t < sizeof TEXTS / sizeof *TEXTS; t++) {
                spans += same_spans(f, q, TEXTS[t]);
                /* at every offset from the blocks the text is read in, so that a word
                 * (and a word within a long word) meets every block boundary */
                for (int pad = 1; pad < 16; pad++) {
                    char shifted[256];
                    snprintf(shifted, sizeof shifted, "%*s%s", pad, "", TEXTS[t]);
                    spans += same_spans(f, q, shifted);
                }
            }
            for (size_t t = 0; t < sizeof HAN_TEXTS / sizeof *HAN_TEXTS; t++)
                han_spans += same_spans(f, q, HAN_TEXTS[t]);
            hl_filter af;
            hl_filter_init(&af, q);
            for (size_t t = 0; t < sizeof OTHER_TEXTS / sizeof *OTHER_TEXTS; t++) {
                search_spans s = { .n = 0 };
                spans_push(&s, 1, 2);
                assert_false(highlight_han(q, &af, OTHER_TEXTS[t], strlen(OTHER_TEXTS[t]), &s));
                assert_int_equal(s.n, 1); /* left as it was */
                search_spans_free(&s);
            }
            each_ctx c = { f, q, 0 };
            for (uint32_t d = 0; d < f->ix->ndocs; d++)
                for (int l = 0; l < LANG_COUNT; l++)
                    doc_each_text(f->ix, d, (lang_t)l, check_text, &c);
            spans += c.spans;
            query_free(q);
        }
    assert_true(spans > 100); /* the comparison saw real matches */
    assert_true(han_spans > 30);
}

static void test_phrase_and_bracket_spans(void **state)
{
    fixture *f = *state;
    search_query *q = query_compile(f->ix, "\"atopic dermatitis\"", 19, false);
    const char *text = "Eczema (atopic dermatitis) itches.";
    search_spans s = { 0 };
    hl_filter af;
    hl_filter_init(&af, q);
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
    hl_filter_init(&af, q);
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

/* The word-byte mask made sixteen bytes at a time (SSE2 on x86-64) is the portable
 * loop's: every byte value at every place of a block, among letters, digits and
 * punctuation, and every length of a last, short block. */
static void test_word_mask_is_the_portable_one(void **state)
{
    (void)state;
    static const char around[] = "aZ09 -_@[`{/:\x7f\x80\xff";
    char block[16];
    for (int c = 0; c < 256; c++)
        for (int at = 0; at < 16; at++) {
            for (int i = 0; i < 16; i++)
                block[i] = around[(i + c) % (int)(sizeof around - 1)];
            block[at] = (char)c;
            for (int n = 0; n <= 16; n++)
                assert_int_equal(ascii_word_mask16(block, block + n), ascii_word_mask16_portable(block, block + n));
        }
    static const char mixed[] = "Ab1 z9_Q";
    assert_int_equal(ascii_word_mask16_portable(mixed, mixed + 8), 0xB7u); /* A b 1, z 9, Q: bits 0-2, 4, 5, 7 */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quick_highlighting_marks_what_tokenising_does),
        cmocka_unit_test(test_phrase_and_bracket_spans),
        cmocka_unit_test(test_ascii_only),
        cmocka_unit_test(test_word_mask_is_the_portable_one),
    };
    return cmocka_run_group_tests_name("snippet scanning on tests/fixtures/search", tests, setup, teardown);
}
