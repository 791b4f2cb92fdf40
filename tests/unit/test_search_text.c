/* Search text handling without a store: the normaliser, the Traditional ->
 * Simplified fold, the tokeniser, the stemmer and the typo distance. */
#include "test_util.h"

#include <unictype.h>
#include <unistr.h>

#include "search/fold.h"
#include "search/normalize.h"
#include "search/search_impl.h"
#include "search/search_utf8.h"
#include "search/stem.h"
#include "search/tokenize.h"
#include "text/width.h"

/* The normalised text of s as UTF-8, into buf. */
static const char *norm_utf8(const char *s, char *buf, size_t cap)
{
    norm_text t = { 0 };
    normalize(s, strlen(s), &t);
    size_t n = 0;
    for (size_t i = 0; i < t.n && n + 4 < cap; i++)
        n += utf8_encode(t.cp[i], buf + n);
    buf[n] = '\0';
    norm_text_free(&t);
    return buf;
}

static void test_normalise_folds_width_case_and_accents(void **state)
{
    (void)state;
    char buf[128];
    assert_string_equal(norm_utf8("ＵＶＢ", buf, sizeof buf), "uvb");
    assert_string_equal(norm_utf8("Café", buf, sizeof buf), "cafe");
    assert_string_equal(norm_utf8("Köbner", buf, sizeof buf), "kobner");
    assert_string_equal(norm_utf8("ﬁbrosis ①", buf, sizeof buf), "fibrosis 1");
    assert_string_equal(norm_utf8("Straße", buf, sizeof buf), "strasse");
    assert_string_equal(norm_utf8("soft\xc2\xadhyphen", buf, sizeof buf), "softhyphen"); /* U+00AD vanishes */
}

static void test_traditional_and_simplified_give_one_key(void **state)
{
    (void)state;
    char a[64], b[64];
    assert_string_equal(norm_utf8("頭髮", a, sizeof a), norm_utf8("头发", b, sizeof b));
    assert_string_equal(norm_utf8("白癜風", a, sizeof a), "白癜风");
    assert_string_equal(norm_utf8("同形反應", a, sizeof a), "同形反应");
    assert_int_equal(han_fold(0x8457 /* 著 */), 0x7740 /* 着 */);
    assert_int_equal(han_fold(0x88E1 /* 裡 */), 0x91CC /* 里 */);
    assert_int_equal(han_fold('a'), 'a');
    assert_true(search_fold_npairs > 4000);
}

/* Every pair of the table folds, the common ideographs (looked up directly) and the
 * rest (searched) alike. */
static void test_every_fold_pair_folds(void **state)
{
    (void)state;
    size_t outside = 0;
    for (size_t i = 0; i < search_fold_npairs; i++) {
        uint32_t from = search_fold_pairs[i][0];
        if (i && search_fold_pairs[i - 1][0] == from)
            continue; /* a repeated code point folds as its first pair says */
        assert_int_equal(han_fold(from), search_fold_pairs[i][1]);
        outside += from < 0x3400 || from > 0x9FFF;
    }
    assert_true(outside > 0);
    assert_int_equal(han_fold(0x4E00 /* 一 */), 0x4E00);
    assert_int_equal(han_fold(0x20000), 0x20000);
}

static void test_normalise_keeps_source_offsets(void **state)
{
    (void)state;
    const char *s = "aＵ頭é";      /* 1 + 3 + 3 + 2 bytes */
    norm_text t = { 0 };
    normalize(s, strlen(s), &t);
    assert_int_equal(t.n, 4);
    assert_int_equal(t.cp[1], 'u');
    assert_int_equal(t.src_start[1], 1);
    assert_int_equal(t.src_end[1], 4);
    assert_int_equal(t.cp[2], 0x5934); /* 头 */
    assert_int_equal(t.src_start[2], 4);
    assert_int_equal(t.src_end[2], 7);
    assert_int_equal(t.cp[3], 'e');
    assert_int_equal(t.src_start[3], 7);
    assert_int_equal(t.src_end[3], 9);
    norm_text_free(&t);
}

static void test_normalise_survives_bad_bytes(void **state)
{
    (void)state;
    const char bad[] = "a\xff\xfe\xc3(\xe4\xb8\x01z";
    norm_text t = { 0 };
    normalize(bad, sizeof bad - 1, &t);
    assert_true(t.n >= 2);
    assert_int_equal(t.cp[0], 'a');
    assert_int_equal(t.cp[t.n - 1], 'z');
    for (size_t i = 0; i < t.n; i++)
        assert_true(t.src_end[i] <= sizeof bad - 1 && t.src_start[i] < t.src_end[i]);
    /* three bytes that look like a character but are not one: an over-long '/' and a
     * surrogate half */
    const char fake[] = "a\xe0\x80\xaf\xed\xa0\x80z";
    normalize(fake, sizeof fake - 1, &t);
    assert_int_equal(t.cp[0], 'a');
    assert_int_equal(t.cp[t.n - 1], 'z');
    for (size_t i = 0; i < t.n; i++)
        assert_true(t.cp[i] != '/' && (t.cp[i] < 0xD800 || t.cp[i] > 0xDFFF));
    norm_text_free(&t);
}

/* The table of ideographs is libunistring's answers taken at build time: it must give
 * the library's answer for every code point. */
static void test_han_is_unicode_ideographic_everywhere(void **state)
{
    (void)state;
    size_t han = 0;
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        bool want = uc_is_property_ideographic(cp);
        if (is_han(cp) != want)
            fail_msg("U+%04X: is_han says %d, libunistring %d", (unsigned)cp, !want, want);
        han += want;
    }
    assert_true(han > 90000);
    assert_true(is_han(0x3007) && is_han(0xF900) && is_han(0x20000) && !is_han(0x3001) && !is_han(0xFF0C));
}

/* Search reads and writes UTF-8 with utf8proc, the screen with libunistring: every
 * code point must come out the same both ways, and bytes that are no character must
 * read as U+FFFD one byte at a time, as the screen reads them. */
static void test_search_utf8_is_the_screens_utf8(void **state)
{
    (void)state;
    for (uint32_t cp = 0; cp <= 0x110000; cp++) {
        char a[4] = { 0 }, b[4] = { 0 };
        size_t na = search_utf8_encode(cp, a), nb = utf8_encode(cp, b);
        if (na != nb || memcmp(a, b, na) != 0)
            fail_msg("U+%04X is written as %zu bytes by search, %zu by the screen", (unsigned)cp, na, nb);
        if (!na)
            continue;
        uint32_t da = 0, db = 0;
        size_t ka = search_utf8_decode(a, na, 0, &da), kb = utf8_decode(b, nb, 0, &db);
        if (ka != kb || da != db || da != cp)
            fail_msg("U+%04X reads back as U+%04X (%zu bytes) in search, U+%04X (%zu) on screen", (unsigned)cp,
                     (unsigned)da, ka, (unsigned)db, kb);
    }
    static const char *const bad[] = { "\xff", "\xc3(", "\xe4\xb8", "\xe0\x80\xaf", "\xed\xa0\x80",
                                       "\xf4\x90\x80\x80", "\x80", "\xf0\x9f\x98" };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        uint32_t cp = 0;
        assert_int_equal(search_utf8_decode(bad[i], strlen(bad[i]), 0, &cp), 1);
        assert_int_equal(cp, REPLACEMENT_CHAR);
    }
}

static void test_tokenise_words_and_han(void **state)
{
    (void)state;
    units u = { 0 };
    const char *s = "White patches 白癜風，NB-UVB";
    tokenize(s, strlen(s), &u);
    assert_int_equal(u.n, 7);
    assert_int_equal(u.v[0].kind, UNIT_WORD);
    assert_memory_equal(unit_raw(&u, &u.v[0]), "white", 5);
    assert_int_equal(u.v[1].key_len, 5);
    assert_memory_equal(unit_key(&u, &u.v[1]), "patch", 5);   /* stemmed */
    assert_memory_equal(unit_raw(&u, &u.v[1]), "patches", 7); /* as written */
    assert_int_equal(u.v[2].kind, UNIT_HAN);
    assert_false(u.v[2].joined);
    assert_true(u.v[3].joined && u.v[4].joined);              /* 白癜 and 癜风 are bigrams */
    assert_int_equal(u.v[4].key, 0x98CE);                      /* 風 folded to 风 */
    assert_int_equal(u.v[2].src_start, 14);
    assert_int_equal(u.v[4].src_end, 23);
    assert_memory_equal(unit_key(&u, &u.v[5]), "nb", 2);
    assert_memory_equal(unit_key(&u, &u.v[6]), "uvb", 3);
    assert_true(u.ends_in_word);
    tokenize("light ", 6, &u);
    assert_false(u.ends_in_word);
    units_free(&u);
}

static void test_tokenise_cuts_very_long_words(void **state)
{
    (void)state;
    char big[10001];
    memset(big, 'a', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    units u = { 0 };
    tokenize(big, strlen(big), &u);
    assert_int_equal(u.n, 1);
    assert_true(u.v[0].raw_len <= WORD_MAX_BYTES);
    assert_int_equal(u.v[0].src_end, 10000);
    units_free(&u);
}

static const char *stem(const char *w, char *buf)
{
    size_t n = strlen(w);
    memcpy(buf, w, n);
    n = stem_en(buf, n);
    buf[n] = '\0';
    return buf;
}

static void test_stemmer_is_light(void **state)
{
    (void)state;
    char b[64], c[64];
    assert_string_equal(stem("patches", b), "patch");
    assert_string_equal(stem("therapies", b), stem("therapy", c));
    assert_string_equal(stem("itching", b), "itch");
    assert_string_equal(stem("rubbing", b), "rub");
    assert_string_equal(stem("cells", b), "cell");
    assert_string_equal(stem("causes", b), stem("cause", c));
    assert_string_equal(stem("psoriasis", b), "psoriasis");
    assert_string_equal(stem("uvb", b), "uvb");
    assert_string_equal(stem("phototherapy", b), "phototherapy");
}

static void test_edit_distance(void **state)
{
    (void)state;
    assert_int_equal(edit_distance("koebnr", 6, "koebner", 7, 2), 1);
    assert_int_equal(edit_distance("vitilgio", 8, "vitiligo", 8, 2), 1); /* transposition */
    assert_int_equal(edit_distance("ruxolitnib", 10, "ruxolitinib", 11, 2), 1);
    assert_int_equal(edit_distance("abcdef", 6, "uvwxyz", 6, 2), 3);     /* over the limit: max + 1 */
    assert_int_equal(edit_distance("same", 4, "same", 4, 1), 0);
}

int main(void)
{
    test_locale();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_normalise_folds_width_case_and_accents),
        cmocka_unit_test(test_traditional_and_simplified_give_one_key),
        cmocka_unit_test(test_every_fold_pair_folds),
        cmocka_unit_test(test_normalise_keeps_source_offsets),
        cmocka_unit_test(test_normalise_survives_bad_bytes),
        cmocka_unit_test(test_han_is_unicode_ideographic_everywhere),
        cmocka_unit_test(test_search_utf8_is_the_screens_utf8),
        cmocka_unit_test(test_tokenise_words_and_han),
        cmocka_unit_test(test_tokenise_cuts_very_long_words),
        cmocka_unit_test(test_stemmer_is_light),
        cmocka_unit_test(test_edit_distance),
    };
    return cmocka_run_group_tests_name("search text", tests, NULL, NULL);
}
