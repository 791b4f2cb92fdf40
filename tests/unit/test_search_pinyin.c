/* Pinyin search (src/search/pinyin*.c): readings from the Luna Pinyin dictionary,
 * word readings before character readings, query parsing, and English first.  On the
 * fixture store tests/fixtures/content. */
#include "search_fixture.h"

#include "search/pinyin.h"
#include "search/search.h"

typedef search_fixture fixture;

static int setup(void **state) { return search_fixture_setup(state, "content"); }

static int teardown(void **state) { return search_fixture_teardown(state); }

/* The reading of s as "syl syl syl". */
static const char *reading(const char *s)
{
    static char buf[256];
    uint16_t syl[32];
    size_t n = pinyin_read(s, strlen(s), syl, 32);
    buf[0] = '\0';
    for (size_t i = 0; i < n && i < 32; i++) {
        if (i)
            strcat(buf, " ");
        strcat(buf, syl[i] == UINT16_MAX ? "?" : pinyin_syllable(syl[i]));
    }
    return buf;
}

static void test_readings_use_words_first(void **state)
{
    (void)state;
    assert_string_equal(reading("白癜風"), "bai dian feng");
    assert_string_equal(reading("傳染"), "chuan ran");
    /* 重 is zhong on its own and in 嚴重, chong in 重新 */
    assert_string_equal(reading("嚴重"), "yan zhong");
    assert_string_equal(reading("重新"), "chong xin");
    assert_string_equal(reading("重新開始很嚴重"), "chong xin kai shi hen yan zhong");
    /* Latin text between is skipped; punctuation cuts a word */
    assert_string_equal(reading("UVB 光療。"), "guang liao");
    assert_string_equal(reading("no Chinese"), "");
}

static char *expand(fixture *f, const char *q, bool fuzzy)
{
    return pinyin_expand(f->ix, q, strlen(q), true, fuzzy, NULL);
}

static void expect_expands_to(fixture *f, const char *q, const char *word, bool fuzzy)
{
    char *e = expand(f, q, fuzzy);
    if (!e || !strstr(e, word))
        fail_msg("%s: expected %s among \"%s\"", q, word, e ? e : "(nothing)");
    free(e);
}

static void test_query_forms(void **state)
{
    fixture *f = *state;
    expect_expands_to(f, "chuanran", "传染", false);
    expect_expands_to(f, "chuan ran", "传染", false);
    expect_expands_to(f, "Chuan2Ran3", "传染", false);
    expect_expands_to(f, "chuán rǎn", "传染", false);
    expect_expands_to(f, "chuan'ran", "传染", false);
    expect_expands_to(f, "cr", "传染", false);
    expect_expands_to(f, "chuanr", "传染", false);       /* still typing */
    expect_expands_to(f, "baidianfeng", "白癜风", false);
    expect_expands_to(f, "bdf", "白癜风", false);
    /* typing mistakes: only when asked for (the English search found nothing) */
    char *e = expand(f, "chuanrang", false);
    assert_null(e);
    expect_expands_to(f, "chuanrang", "传染", true);
    expect_expands_to(f, "baidainfeng", "白癜风", true);
}

static void test_not_pinyin(void **state)
{
    fixture *f = *state;
    const char *no[] = { "", "c", "b", "contagious", "白癜風", "bai 白", "x!", "12", "bai0", "bai9",
                         "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" };
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++) {
        char *e = expand(f, no[i], true);
        if (e)
            fail_msg("\"%s\" is not pinyin, yet expanded to \"%s\"", no[i], e);
    }
    assert_null(pinyin_expand(f->ix, NULL, 0, true, true, NULL));
    /* long and odd input never crashes or hangs */
    char big[4000];
    for (size_t i = 0; i < sizeof big - 1; i++)
        big[i] = "baidianfeng '3"[i % 14];
    big[sizeof big - 1] = '\0';
    free(expand(f, big, true));
    search_result r;
    search_run(f->ix, big, strlen(big), LANG_ZH_HANT, true, 10, &r);
    search_result_free(&r);
}

static void test_search_finds_chinese_by_pinyin(void **state)
{
    fixture *f = *state;
    const char *qs[] = { "chuanran", "cr", "chuan ran", "chuanrang" };
    for (size_t i = 0; i < sizeof qs / sizeof qs[0]; i++) {
        search_result r;
        search_run(f->ix, qs[i], strlen(qs[i]), LANG_ZH_HANT, true, 10, &r);
        bool found = false;
        for (size_t k = 0; k < r.n && k < 3; k++)
            found |= strcmp(search_hit_id(f->ix, &r.hits[k]), "what-is-vitiligo") == 0;
        if (!found)
            fail_msg("%s: what-is-vitiligo is not in the first 3 of %zu", qs[i], r.n);
        assert_false(r.partial);
        assert_null(r.did_you_mean);
        /* the reader highlights the Chinese word the pinyin spells */
        search_spans sp = { 0 };
        const char *text = "白癜風不會傳染。";
        assert_true(search_highlight(f->ix, &r, text, strlen(text), &sp) >= 1);
        bool marked = false;
        for (size_t k = 0; k < sp.n; k++)
            marked |= sp.v[k].start <= 15 && sp.v[k].end >= 21; /* 傳染 is bytes 15..21 (a synonym may mark 會傳染) */
        if (!marked)
            fail_msg("%s: 傳染 is not marked", qs[i]);
        search_spans_free(&sp);
        sp = (search_spans){ 0 };
        assert_true(search_highlight_query(f->ix, qs[i], strlen(qs[i]), true, text, strlen(text), &sp) >= 1);
        search_spans_free(&sp);
        search_result_free(&r);
    }
}

/* An English word never loses to a pinyin reading of it. */
static void test_english_comes_first(void **state)
{
    fixture *f = *state;
    const char *words[] = { "skin", "light", "cream" }; /* "skin": s+k+in fails; the others read as pinyin initials */
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        search_result r;
        search_run(f->ix, words[i], strlen(words[i]), LANG_EN, false, 10, &r);
        assert_true(r.n > 0);
        /* the hits the English word found (its English text has the word marked)
         * all come before any that only a pinyin reading found */
        bool pinyin_seen = false;
        for (size_t k = 0; k < r.n; k++) {
            bool english = r.hits[k].spans.n > 0 || r.hits[k].title_spans.n > 0;
            if (english && pinyin_seen)
                fail_msg("%s: hit %zu matches the English word after a pinyin-only hit", words[i], k);
            pinyin_seen |= !english;
        }
        search_result_free(&r);
    }
    /* "can" is English first and pinyin (参, 残 ...) only after */
    search_result r;
    search_run(f->ix, "can", 3, LANG_EN, false, 10, &r);
    if (r.n) {
        const search_hit *h = &r.hits[0];
        assert_true(h->spans.n > 0 || h->title_spans.n > 0);
    }
    search_result_free(&r);
}

/* tests/fixtures/pinyin: "english-can" says "can" in English; "chinese-can" says
 * 參加 (can jia) in Chinese and not "can" in English. */
static int setup_pinyin_store(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    char dir[512];
    fixture_path(dir, sizeof dir, "pinyin");
    if (!load_store_at(&f->st, dir)) {
        free(f);
        return -1;
    }
    f->ix = search_build(&f->st);
    *state = f;
    return 0;
}

static void test_english_word_never_loses_to_its_pinyin(void **state)
{
    fixture *f = *state;
    for (int typing = 0; typing < 2; typing++) {
        search_result r;
        search_run(f->ix, "can", 3, LANG_EN, typing, 10, &r);
        assert_int_equal(r.n, 2);
        assert_string_equal(search_hit_id(f->ix, &r.hits[0]), "english-can");
        assert_string_equal(search_hit_id(f->ix, &r.hits[1]), "chinese-can"); /* 參 reads can */
        search_result_free(&r);
    }
    /* ü typed as v, u or ü: 考慮 kao lü */
    const char *lv[] = { "kaolv", "kaolu", "kaolü", "kao3lv4" };
    for (size_t i = 0; i < sizeof lv / sizeof lv[0]; i++)
        expect_expands_to(f, lv[i], "考虑", false);
    /* a substituted letter: "canjie" for canjia */
    search_result r;
    search_run(f->ix, "canjie", 6, LANG_ZH_HANT, false, 10, &r);
    assert_true(r.n >= 1);
    assert_string_equal(search_hit_id(f->ix, &r.hits[0]), "chinese-can");
    search_result_free(&r);
}

int main(void)
{
    setlocale(LC_ALL, "C.UTF-8");
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_readings_use_words_first),
        cmocka_unit_test_setup_teardown(test_query_forms, setup, teardown),
        cmocka_unit_test_setup_teardown(test_not_pinyin, setup, teardown),
        cmocka_unit_test_setup_teardown(test_search_finds_chinese_by_pinyin, setup, teardown),
        cmocka_unit_test_setup_teardown(test_english_comes_first, setup, teardown),
        cmocka_unit_test_setup_teardown(test_english_word_never_loses_to_its_pinyin, setup_pinyin_store, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
