/* Content corruption: MANIFEST parsing and checking, and kiosk (lenient) loading where
 * a damaged topic becomes "temporarily unavailable" while the rest keeps working. */
#include "test_util.h"

#include <dirent.h>
#include <dlfcn.h>
#include <sys/stat.h>
#include <unistd.h>

#include "content/load.h"
#include "content/manifest.h"
#include "core/strbuf.h"

static char tmp[256];

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    *len = fread(buf, 1, (size_t)n, f);
    fclose(f);
    return buf;
}

static void write_all(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fwrite(data, 1, len, f);
    fclose(f);
}

static void hex(const unsigned char *sha, char *out)
{
    for (int i = 0; i < MANIFEST_SHA_LEN; i++)
        sprintf(out + 2 * i, "%02x", sha[i]);
}

/* Copies the fixture store to a fresh folder and writes its MANIFEST. */
static int make_store(void **state)
{
    (void)state;
    snprintf(tmp, sizeof tmp, "/tmp/ve-kiosk-XXXXXX");
    assert_non_null(mkdtemp(tmp));
    char p[1024], q[256];
    snprintf(p, sizeof p, "%s/topics", tmp);
    mkdir(p, 0755);
    FILE *man;
    snprintf(p, sizeof p, "%s/MANIFEST", tmp);
    man = fopen(p, "w");
    static const char *const files[] = { "categories.json", "glossary.json", "references.json",
                                         "topics/koebner.json", "topics/light-therapy.json",
                                         "topics/ruxolitinib-cream.json", "topics/stem-cell-trials.json",
                                         "topics/what-is-vitiligo.json" };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(q, sizeof q, "content/%s", files[i]);
        fixture_path(p, sizeof p, q);
        size_t len;
        char *data = read_all(p, &len);
        snprintf(p, sizeof p, "%s/%s", tmp, files[i]);
        write_all(p, data, len);
        unsigned char sha[MANIFEST_SHA_LEN];
        if (!manifest_sha256(data, len, sha))
            return -1;
        char h[65];
        hex(sha, h);
        fprintf(man, "%s  %s\n", h, files[i]);
        free(data);
    }
    fclose(man);
    return 0;
}

static void rm_tree(const char *dir)
{
    DIR *dh = opendir(dir);
    if (!dh)
        return;
    struct dirent *e;
    char p[1024];
    while ((e = readdir(dh))) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        struct stat sb;
        if (lstat(p, &sb) == 0 && S_ISDIR(sb.st_mode))
            rm_tree(p);
        else
            unlink(p);
    }
    closedir(dh);
    rmdir(dir);
}

static int remove_store(void **state)
{
    (void)state;
    rm_tree(tmp);
    return 0;
}

static void sha256_known_values(void **state)
{
    (void)state;
    unsigned char sha[MANIFEST_SHA_LEN];
    char h[65];
    assert_true(manifest_sha256("", 0, sha));
    hex(sha, h);
    assert_string_equal(h, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assert_true(manifest_sha256("abc", 3, sha));
    hex(sha, h);
    assert_string_equal(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

static void manifest_lines(void **state)
{
    (void)state;
    manifest m = { 0 };
    diag d = { 0 };
    const char *text = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  topics/a.json\n"
                       "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855 *b.json\r\n"
                       "\n"
                       "xyz  c.json\n"
                       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  ../etc/passwd\n"
                       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n";
    assert_false(manifest_parse(&m, text, strlen(text), &d));
    assert_int_equal(m.n, 2);
    assert_int_equal(d.errors, 3);
    assert_int_equal(d.msgs[0].line, 4);
    assert_int_equal(d.msgs[1].line, 5);
    assert_int_equal(d.msgs[2].line, 6);
    assert_int_equal(manifest_check(&m, "topics/a.json", "", 0), MANIFEST_MATCH);
    assert_int_equal(manifest_check(&m, "b.json", "", 0), MANIFEST_MATCH);
    assert_int_equal(manifest_check(&m, "b.json", "x", 1), MANIFEST_CHANGED);
    assert_int_equal(manifest_check(&m, "c.json", "", 0), MANIFEST_UNLISTED);
    manifest_free(&m);
    diag_free(&d);
}

static void verify_clean_store(void **state)
{
    (void)state;
    diag d = { 0 };
    bool present;
    assert_true(manifest_verify_dir(tmp, &d, &present));
    assert_true(present);
    assert_int_equal(d.errors + d.warnings, 0);
    diag_free(&d);
}

static void damaged_files_are_named(void **state)
{
    (void)state;
    char p[512];
    snprintf(p, sizeof p, "%s/topics/koebner.json", tmp);
    size_t len;
    char *data = read_all(p, &len);
    write_all(p, data, len / 2); /* cut short */
    snprintf(p, sizeof p, "%s/topics/stem-cell-trials.json", tmp);
    unlink(p);

    diag d = { 0 };
    bool present;
    assert_false(manifest_verify_dir(tmp, &d, &present));
    assert_int_equal(d.errors, 2);
    assert_string_equal(d.msgs[0].file, "topics/koebner.json");
    assert_non_null(strstr(d.msgs[0].text, "cut short"));
    assert_string_equal(d.msgs[1].file, "topics/stem-cell-trials.json");
    assert_non_null(strstr(d.msgs[1].text, "missing"));
    diag_free(&d);

    /* kiosk: the store loads; the two topics are there, unavailable; the rest works */
    store st;
    d = (diag){ 0 };
    assert_true(store_load(&st, tmp, &(load_opts){ .lenient = true }, &d));
    assert_int_equal(d.errors, 0);
    assert_true(d.warnings >= 2);
    long k = store_find_topic(&st, "koebner"), s = store_find_topic(&st, "stem-cell-trials");
    long w = store_find_topic(&st, "what-is-vitiligo");
    assert_true(k >= 0 && s >= 0 && w >= 0);
    assert_true(st.topics[k].unavailable);
    assert_true(st.topics[s].unavailable);
    assert_false(st.topics[w].unavailable);
    assert_int_equal(st.topics[k].nsections, 0);
    /* its real title and its own category, read from what is left of the file
     * (screen-test M5: it was "Koebner" in the first category) */
    assert_string_equal(lt(&st.topics[k].title, LANG_EN), "The Koebner phenomenon");
    assert_string_equal(lt(&st.topics[k].title, LANG_ZH_HANT), "同形反應（Koebner 現象）");
    assert_int_equal((long)st.topics[k].category, store_find_category(&st, "koebner"));
    /* a file that is missing altogether has only its name to go by */
    assert_string_equal(lt(&st.topics[s].title, LANG_EN), "Stem cell trials");
    assert_true(st.topics[w].nsections > 0);
    store_free(&st);
    diag_free(&d);

    /* not kiosk: the same store is refused, as before */
    d = (diag){ 0 };
    assert_false(store_load(&st, tmp, &(load_opts){ 0 }, &d));
    assert_true(d.errors > 0);
    diag_free(&d);

    /* a change that still parses is caught by the checksum alone, and keeps its title */
    snprintf(p, sizeof p, "%s/topics/what-is-vitiligo.json", tmp);
    free(data);
    data = read_all(p, &len);
    char *hit = strstr(data, "\"order\"");
    assert_non_null(hit);
    char *sp = strchr(hit, ':');
    assert_int_equal(sp[1], ' ');
    sp[1] = '\t'; /* "order": 1 and "order":<tab>1 parse the same */
    write_all(p, data, len);
    free(data);
    d = (diag){ 0 };
    assert_true(store_load(&st, tmp, &(load_opts){ .lenient = true }, &d));
    w = store_find_topic(&st, "what-is-vitiligo");
    assert_true(st.topics[w].unavailable);
    assert_string_equal(lt(&st.topics[w].title, LANG_EN), "What is vitiligo?");
    store_free(&st);
    diag_free(&d);
}

/* Past about 11,000 files the MANIFEST was over its old 1 MiB read limit and kiosk mode
 * silently checked nothing: a MANIFEST of any real size is read and used. */
static void large_manifest_still_checks(void **state)
{
    (void)state;
    char p[512];
    snprintf(p, sizeof p, "%s/MANIFEST", tmp);
    size_t len;
    char *old = read_all(p, &len);
    strbuf b = { 0 };
    for (int i = 0; i < 30000; i++) /* about 2.6 MB of other folders' files, listed first */
        sb_printf(&b, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  extra/file-%05d.json\n", i);
    sb_append(&b, old, len);
    assert_true(b.len > 2 * 1024 * 1024);
    write_all(p, b.s, b.len);
    sb_free(&b);
    free(old);
    snprintf(p, sizeof p, "%s/topics/what-is-vitiligo.json", tmp);
    char *data = read_all(p, &len);
    data[len] = '\n'; /* still parses; only its checksum can tell */
    write_all(p, data, len + 1);
    free(data);

    store st;
    diag d = { 0 };
    assert_true(store_load(&st, tmp, &(load_opts){ .lenient = true }, &d));
    long w = store_find_topic(&st, "what-is-vitiligo"), k = store_find_topic(&st, "koebner");
    assert_true(w >= 0 && k >= 0);
    assert_true(st.topics[w].unavailable);
    assert_false(st.topics[k].unavailable);
    store_free(&st);
    diag_free(&d);
}

/* A topic id used by more than one file: each later file names every earlier one. */
static void duplicate_topic_ids_name_each_earlier_file(void **state)
{
    (void)state;
    char p[512];
    snprintf(p, sizeof p, "%s/topics/koebner.json", tmp);
    size_t len;
    char *data = read_all(p, &len);
    snprintf(p, sizeof p, "%s/topics/a-copy.json", tmp);
    write_all(p, data, len);
    snprintf(p, sizeof p, "%s/topics/b-copy.json", tmp);
    write_all(p, data, len);
    free(data);
    store st;
    diag d = { 0 };
    assert_false(store_load(&st, tmp, &(load_opts){ 0 }, &d));
    /* a-copy and b-copy already fail (their id is not their file name); koebner.json
     * is the file with the id, and its message names both */
    size_t dups = 0, in_a = 0, in_b = 0;
    for (size_t i = 0; i < d.n; i++) {
        if (!strstr(d.msgs[i].text, "duplicate topic id \"koebner\""))
            continue;
        dups++;
        assert_string_equal(d.msgs[i].file, "topics/koebner.json");
        in_a += strstr(d.msgs[i].text, "also in topics/a-copy.json") != NULL;
        in_b += strstr(d.msgs[i].text, "also in topics/b-copy.json") != NULL;
    }
    assert_int_equal(dups, 2);
    assert_int_equal(in_a, 1);
    assert_int_equal(in_b, 1);
    diag_free(&d);
}

/* A bad link is found after the file's text and parse tree are let go (loading holds
 * one file at a time): the message still names its line and column. */
static void bad_links_keep_their_line_and_column(void **state)
{
    (void)state;
    char p[512];
    snprintf(p, sizeof p, "%s/topics/koebner.json", tmp);
    size_t len;
    char *data = read_all(p, &len);
    data[len] = '\0';
    strbuf b = { 0 };
    char *at = strstr(data, "\"related\": [\"what-is-vitiligo\"],\n  \"references\": [\"S6\", \"S1\"]");
    assert_non_null(at);
    sb_append(&b, data, (size_t)(at - data));
    sb_puts(&b, "\"related\": [\"koebner\", \"nope\"],\n  \"references\": [\"S6\", \"S77\"]");
    sb_puts(&b, strchr(strstr(at, "\"references\""), ']') + 1);
    write_all(p, b.s, b.len);
    sb_free(&b);
    free(data);
    store st;
    diag d = { 0 };
    assert_false(store_load(&st, tmp, &(load_opts){ 0 }, &d));
    int seen = 0;
    for (size_t i = 0; i < d.n; i++) {
        const diag_msg *m = &d.msgs[i];
        if (strcmp(m->file, "topics/koebner.json") != 0)
            continue;
        if (strstr(m->text, "need not link to itself")) {
            assert_int_equal(m->line, 28);
            assert_int_equal(m->col, 15);
            seen |= 1;
        } else if (strstr(m->text, "unknown topic id \"nope\"")) {
            assert_int_equal(m->line, 28);
            assert_int_equal(m->col, 26);
            seen |= 2;
        } else if (strstr(m->text, "unknown reference id \"S77\"")) {
            assert_int_equal(m->line, 29);
            assert_int_equal(m->col, 24);
            seen |= 4;
        }
    }
    assert_int_equal(seen, 7);
    diag_free(&d);
}

static int with_nettle_again(void **state)
{
    manifest_dlopen = dlopen; /* whatever the test did, the next ones have nettle */
    return remove_store(state);
}

static void *no_library(const char *file, int mode)
{
    (void)file;
    (void)mode;
    return NULL;
}

/* nettle is loaded on first use: where it is missing, --check-content says so (and
 * calls no file damaged), and a kiosk loads every topic with one warning. */
static void without_nettle_nothing_is_called_damaged(void **state)
{
    (void)state;
    store st;
    diag d = { 0 };
    assert_true(store_load(&st, tmp, &(load_opts){ .lenient = true }, &d)); /* with nettle: the warnings */
    size_t warnings = d.warnings;
    store_free(&st);
    diag_free(&d);

    manifest_dlopen = no_library;
    assert_false(manifest_can_check());
    unsigned char sha[MANIFEST_SHA_LEN];
    assert_false(manifest_sha256("abc", 3, sha));

    d = (diag){ 0 };
    bool present;
    assert_false(manifest_verify_dir(tmp, &d, &present));
    assert_true(present);
    assert_int_equal(d.errors, 1);
    assert_string_equal(d.msgs[0].file, "MANIFEST");
    assert_non_null(strstr(d.msgs[0].text, "libnettle8"));
    diag_free(&d);

    d = (diag){ 0 };
    assert_true(store_load(&st, tmp, &(load_opts){ .lenient = true }, &d));
    assert_int_equal(d.errors, 0);
    assert_int_equal(d.warnings, warnings + 1);
    bool said = false;
    for (size_t i = 0; i < d.n; i++)
        said = said || (strcmp(d.msgs[i].file, "MANIFEST") == 0 && strstr(d.msgs[i].text, "libnettle8"));
    assert_true(said);
    for (size_t i = 0; i < st.ntopics; i++)
        assert_false(st.topics[i].unavailable);
    store_free(&st);
    diag_free(&d);

    manifest_dlopen = dlopen; /* loaded again: every file checks */
    assert_true(manifest_can_check());
    d = (diag){ 0 };
    assert_true(manifest_verify_dir(tmp, &d, &present));
    diag_free(&d);
}

int main(void)
{
    test_locale();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sha256_known_values),
        cmocka_unit_test(manifest_lines),
        cmocka_unit_test_setup_teardown(verify_clean_store, make_store, remove_store),
        cmocka_unit_test_setup_teardown(damaged_files_are_named, make_store, remove_store),
        cmocka_unit_test_setup_teardown(without_nettle_nothing_is_called_damaged, make_store, with_nettle_again),
        cmocka_unit_test_setup_teardown(large_manifest_still_checks, make_store, remove_store),
        cmocka_unit_test_setup_teardown(bad_links_keep_their_line_and_column, make_store, remove_store),
        cmocka_unit_test_setup_teardown(duplicate_topic_ids_name_each_earlier_file, make_store, remove_store),
    };
    return cmocka_run_group_tests_name("kiosk content checks", tests, NULL, NULL);
}
