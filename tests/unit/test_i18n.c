/* The catalogue reader (core/i18n.c): GNU .mo files in either byte order, entries
 * in any order, damaged files refused, and nothing shared between languages. */
#include "test_util.h"

#include <sys/stat.h>
#include <unistd.h>

#include "core/i18n.h"

/* A .mo file with the given (msgid, msgstr) pairs, in the given order; big-endian
 * when big.  Strings may contain NUL (plural forms), so each has a length. */
typedef struct mo_pair {
    const char *id;
    size_t idlen;
    const char *str;
    size_t strlen;
} mo_pair;

static void put32(unsigned char *p, uint32_t v, bool big)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(big ? v >> (24 - 8 * i) : v >> (8 * i));
}

static size_t make_mo(unsigned char *buf, size_t cap, const mo_pair *pairs, size_t n, bool big)
{
    size_t orig = 28, trans = orig + 8 * n, at = trans + 8 * n;
    memset(buf, 0, cap);
    put32(buf, 0x950412deu, big);
    put32(buf + 8, (uint32_t)n, big);
    put32(buf + 12, (uint32_t)orig, big);
    put32(buf + 16, (uint32_t)trans, big);
    for (size_t i = 0; i < n; i++) {
        put32(buf + orig + 8 * i, (uint32_t)pairs[i].idlen, big);
        put32(buf + orig + 8 * i + 4, (uint32_t)at, big);
        memcpy(buf + at, pairs[i].id, pairs[i].idlen);
        at += pairs[i].idlen + 1;
        put32(buf + trans + 8 * i, (uint32_t)pairs[i].strlen, big);
        put32(buf + trans + 8 * i + 4, (uint32_t)at, big);
        memcpy(buf + at, pairs[i].str, pairs[i].strlen);
        at += pairs[i].strlen + 1;
    }
    assert_true(at <= cap);
    return at;
}

static char dir[64];

static void write_catalogue(const char *cat, const unsigned char *data, size_t n)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, cat);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/%s/LC_MESSAGES", dir, cat);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/%s/LC_MESSAGES/" TEXT_DOMAIN ".mo", dir, cat);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, n, f), n);
    fclose(f);
}

#define S(s) s, sizeof s - 1

static const mo_pair pairs[] = { /* not sorted: the reader must not rely on order */
    { S("Search"), S("搜尋") },
    { S(""), S("Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=1; plural=0;\n") },
    { S("%zu result\0%zu results"), S("%zu 個結果") },
    { S("Back"), S("返回") },
    { S("Untranslated"), S("") },
};

static void reads_either_byte_order_and_any_entry_order(void **state)
{
    (void)state;
    unsigned char buf[4096];
    for (int big = 0; big < 2; big++) {
        write_catalogue("zh_TW", buf, make_mo(buf, sizeof buf, pairs, 5, big));
        write_catalogue("zh_CN", buf, make_mo(buf, sizeof buf, pairs + 3, 1, !big));
        assert_int_equal(i18n_load(dir), 2);
        assert_string_equal(tr(LANG_ZH_HANT, "Back"), "返回");
        assert_string_equal(tr(LANG_ZH_HANT, "Search"), "搜尋");
        assert_string_equal(tr(LANG_ZH_HANT, "Untranslated"), "Untranslated"); /* empty msgstr */
        assert_string_equal(tr(LANG_ZH_HANT, "Nowhere"), "Nowhere");
        assert_string_equal(tr(LANG_ZH_HANT, ""), ""); /* never the header */
        assert_string_equal(ntr(LANG_ZH_HANT, "%zu result", "%zu results", 5), "%zu 個結果");
        /* each language has its own catalogue, and English none */
        assert_string_equal(tr(LANG_ZH_HANS, "Back"), "返回");
        assert_string_equal(tr(LANG_ZH_HANS, "Search"), "Search");
        assert_string_equal(tr(LANG_EN, "Back"), "Back");
        assert_string_equal(ntr(LANG_ZH_HANS, "%zu result", "%zu results", 1), "%zu result");
    }
}

static void refuses_damaged_catalogues(void **state)
{
    (void)state;
    unsigned char buf[4096];
    size_t n = make_mo(buf, sizeof buf, pairs, 5, false);
    write_catalogue("zh_TW", buf, n);
    write_catalogue("zh_CN", buf, 20); /* cut short */
    assert_int_equal(i18n_load(dir), 1);
    assert_string_equal(tr(LANG_ZH_HANS, "Back"), "Back");
    put32(buf + 28 + 4, 1u << 30, false); /* the first msgid points past the end */
    write_catalogue("zh_TW", buf, n);
    assert_int_equal(i18n_load(dir), 0);
    assert_string_equal(tr(LANG_ZH_HANT, "Back"), "Back");
    buf[0] ^= 0xff; /* not a catalogue */
    write_catalogue("zh_TW", buf, n);
    assert_int_equal(i18n_load(dir), 0);
}

int main(void)
{
    test_locale();
    snprintf(dir, sizeof dir, "/tmp/ve-i18n-XXXXXX");
    if (!mkdtemp(dir))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reads_either_byte_order_and_any_entry_order),
        cmocka_unit_test(refuses_damaged_catalogues),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    const char *cats[] = { "zh_TW", "zh_CN" };
    char path[256];
    for (int i = 0; i < 2; i++) {
        snprintf(path, sizeof path, "%s/%s/LC_MESSAGES/" TEXT_DOMAIN ".mo", dir, cats[i]);
        unlink(path);
        snprintf(path, sizeof path, "%s/%s/LC_MESSAGES", dir, cats[i]);
        rmdir(path);
        snprintf(path, sizeof path, "%s/%s", dir, cats[i]);
        rmdir(path);
    }
    rmdir(dir);
    i18n_load(dir); /* frees what the last test read */
    return rc;
}
