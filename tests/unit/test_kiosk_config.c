/* The kiosk configuration file: every setting, line-numbered errors, and the
 * rule that the command line wins. */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test_util.h"

#include "cli/options.h"
#include "kiosk/config.h"

static bool parse(const char *text, kiosk_config *c, diag *d)
{
    *c = (kiosk_config){ 0 };
    *d = (diag){ 0 };
    return kiosk_config_parse(c, "test.conf", text, strlen(text), d);
}

static void full_file(void **state)
{
    (void)state;
    kiosk_config c;
    diag d;
    const char *text = "# Clinic kiosk\n"
                       "\n"
                       "kiosk = true\n"
                       "idle=90\n"
                       "  lang =  zh-Hant  \r\n"
                       "content = /srv/vitiligo/content\n"
                       "staff_exit = F10 F12 F10\n"
                       "staff_code = 735194\n"
                       "; another comment\n"
                       "languages = zh-HK, en\n"
                       "theme = high-contrast";
    assert_true(parse(text, &c, &d));
    assert_int_equal(d.errors, 0);
    assert_true(c.kiosk_set && c.kiosk);
    assert_int_equal(c.idle_seconds, 90);
    assert_true(c.lang_set);
    assert_int_equal(c.lang, LANG_ZH_HANT);
    assert_string_equal(c.content_dir, "/srv/vitiligo/content");
    assert_int_equal(c.staff.nseq, 3);
    assert_int_equal(c.staff.seq[0], STAFF_KEY_FN(10));
    assert_int_equal(c.staff.seq[1], STAFF_KEY_FN(12));
    assert_string_equal(c.staff.code, "735194");
    assert_string_equal(c.theme, "high-contrast");
    assert_int_equal(c.languages.n, 2);
    assert_int_equal(c.languages.v[0], LANG_ZH_HK);
    assert_int_equal(c.languages.v[1], LANG_EN);
    diag_free(&d);
}

static void empty_file(void **state)
{
    (void)state;
    kiosk_config c;
    diag d;
    assert_true(parse("", &c, &d));
    assert_false(c.kiosk_set);
    assert_int_equal(c.idle_seconds, 0);
    assert_int_equal(c.content_dir[0], '\0');
    diag_free(&d);
}

/* Every documented spelling of true and false (screen-test L11: yes worked, undocumented). */
static void kiosk_takes_every_documented_spelling(void **state)
{
    (void)state;
    static const char *const yes[] = { "true", "yes", "on", "1" }, *const no[] = { "false", "no", "off", "0" };
    for (int i = 0; i < 4; i++) {
        for (int want = 0; want < 2; want++) {
            char text[64];
            snprintf(text, sizeof text, "kiosk = %s\n", want ? yes[i] : no[i]);
            kiosk_config c;
            diag d = { 0 };
            assert_true(parse(text, &c, &d));
            assert_true(c.kiosk_set);
            assert_int_equal(c.kiosk, want);
            diag_free(&d);
        }
    }
}

/* Every bad line is reported, with its line number, and the good ones still apply. */
static void errors_have_line_numbers(void **state)
{
    (void)state;
    kiosk_config c;
    diag d;
    const char *text = "kiosk = maybe\n"     /* 1 */
                       "idle = 5\n"          /* 2 */
                       "just words\n"        /* 3 */
                       "staff_exit = F13\n"  /* 4 */
                       "staff_code = 12\n"   /* 5 */
                       "theme = pink\n"      /* 6 */
                       "lang = fr\n"         /* 7 */
                       "content = relative\n"/* 8 */
                       "colour = red\n"      /* 9 */
                       "idle =\n"            /* 10 */
                       "= 4\n"               /* 11 */
                       "staff_exit = F12\n"  /* 12 */
                       "languages = en fr\n" /* 13 */
                       "idle = 300\n";       /* 14: fine */
    assert_false(parse(text, &c, &d));
    assert_int_equal(d.errors, 13);
    for (size_t i = 0; i < 13; i++) {
        assert_string_equal(d.msgs[i].file, "test.conf");
        assert_int_equal(d.msgs[i].line, (int)i + 1);
    }
    assert_non_null(strstr(d.msgs[0].text, "true or false"));
    assert_non_null(strstr(d.msgs[0].text, "yes/no, on/off and 1/0")); /* what is accepted, all of it (screen-test L11) */
    assert_non_null(strstr(d.msgs[1].text, "10 to 86400"));
    assert_non_null(strstr(d.msgs[3].text, "F13"));
    assert_non_null(strstr(d.msgs[12].text, "\"fr\" is not a language; use en, zh-Hant, zh-HK or zh-Hans"));
    assert_int_equal(c.languages.n, 0); /* a bad list sets nothing */
    assert_int_equal(d.msgs[0].col, 9); /* points at the value */
    assert_int_equal(c.idle_seconds, 300);
    assert_false(c.kiosk_set);
    diag_free(&d);
}

static void long_and_binary_input(void **state)
{
    (void)state;
    kiosk_config c;
    diag d;
    char big[3000];
    memset(big, 'a', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    assert_false(parse(big, &c, &d));
    assert_int_equal(d.errors, 1);
    diag_free(&d);
    c = (kiosk_config){ 0 };
    d = (diag){ 0 };
    assert_false(kiosk_config_parse(&c, "test.conf", "kiosk=true\0x", 12, &d));
    assert_false(c.kiosk_set);
    diag_free(&d);
    /* a staff_exit with many keys */
    assert_false(parse("staff_exit = a b c d e f g h i j\n", &c, &d));
    assert_int_equal(c.staff.nseq, 0);
    diag_free(&d);
}

static void command_line_wins(void **state)
{
    (void)state;
    kiosk_config c;
    diag d;
    assert_true(parse("kiosk=true\nidle=60\nlang=zh-Hans\ncontent=/srv/c\ntheme=monochrome\nstaff_code=1234\n",
                      &c, &d));
    diag_free(&d);
    options o = { .lang = LANG_EN };
    kiosk_config_apply(&c, &o);
    /* kiosk = true in the file does not make a kiosk (only --kiosk does); it is noted */
    assert_false(o.kiosk);
    assert_true(o.config_asks_kiosk);
    assert_int_equal(o.idle_seconds, 60);
    assert_int_equal(o.lang, LANG_ZH_HANS);
    assert_string_equal(o.content_dir, "/srv/c");
    assert_string_equal(o.theme, "monochrome");
    assert_string_equal(o.staff.code, "1234");

    options given = { .lang = LANG_ZH_HANT, .lang_given = true, .idle_seconds = 30, .content_dir = "/x" };
    kiosk_config_apply(&c, &given);
    assert_int_equal(given.lang, LANG_ZH_HANT);
    assert_int_equal(given.idle_seconds, 30);
    assert_string_equal(given.content_dir, "/x");
    assert_false(given.kiosk);

    /* with --kiosk there is nothing to note */
    options both = { .kiosk = true };
    kiosk_config_apply(&c, &both);
    assert_true(both.kiosk);
    assert_false(both.config_asks_kiosk);

    /* kiosk=false in the file does not undo --kiosk */
    assert_true(parse("kiosk=no\n", &c, &d));
    diag_free(&d);
    options k = { .kiosk = true };
    kiosk_config_apply(&c, &k);
    assert_true(k.kiosk);
    assert_false(k.config_asks_kiosk);
}

static void missing_file(void **state)
{
    (void)state;
    kiosk_config c = { 0 };
    diag d = { 0 };
    assert_true(kiosk_config_load(&c, "/nonexistent/vitiligo-explorer.conf", false, &d));
    assert_int_equal(d.errors, 0);
    assert_false(kiosk_config_load(&c, "/nonexistent/vitiligo-explorer.conf", true, &d));
    assert_int_equal(d.errors, 1);
    diag_free(&d);
    /* the packaged file is 0640 root:vitiligo-kiosk: another user runs with the
     * built-in settings and a warning, unless the file was named with --config */
    if (geteuid() != 0) {
        char path[] = "/tmp/ve-conf-XXXXXX";
        int fd = mkstemp(path);
        assert_true(fd >= 0);
        assert_int_equal(write(fd, "kiosk = true\n", 13), 13);
        close(fd);
        assert_int_equal(chmod(path, 0), 0);
        kiosk_config u = { 0 };
        assert_true(kiosk_config_load(&u, path, false, &d));
        assert_int_equal(d.errors, 0);
        assert_int_equal(d.warnings, 1);
        assert_false(u.kiosk_set);
        assert_false(kiosk_config_load(&u, path, true, &d));
        unlink(path);
        diag_free(&d);
        d = (diag){ 0 };
    }
    /* a folder is not a configuration */
    assert_false(kiosk_config_load(&c, "/", true, &d));
    diag_free(&d);
}

/* The clinic's own contact: one plain line in each language, checked like every setting. */
static void clinic_contact(void **state)
{
    (void)state;
    kiosk_config c;
    diag d;
    assert_true(parse("clinic_contact = Skin clinic, desk 3, ext. 1234\n"
                      "clinic_contact_zh = 皮膚科 3 號櫃檯，分機 1234\n", &c, &d));
    assert_string_equal(c.clinic_contact, "Skin clinic, desk 3, ext. 1234");
    assert_string_equal(c.clinic_contact_zh, "皮膚科 3 號櫃檯，分機 1234");
    options o = { 0 };
    kiosk_config_apply(&c, &o);
    assert_string_equal(o.clinic_contact, "Skin clinic, desk 3, ext. 1234");
    diag_free(&d);

    char text[600];
    char too_long[CLINIC_CONTACT_MAX + 2];
    memset(too_long, 'x', sizeof too_long - 1);
    too_long[sizeof too_long - 1] = '\0';
    snprintf(text, sizeof text, "clinic_contact = ok\nclinic_contact = %s\nclinic_contact_zh = a\tb\n"
                                "clinic_contact = \xff\xfe\n", too_long);
    assert_false(parse(text, &c, &d));
    assert_int_equal(d.errors, 3);
    assert_int_equal(d.msgs[0].line, 2);
    assert_non_null(strstr(d.msgs[0].text, "clinic_contact: too long (201 bytes); keep it to 200 bytes"));
    assert_int_equal(d.msgs[1].line, 3);
    assert_int_equal(d.msgs[1].col, 22); /* at the tab */
    assert_non_null(strstr(d.msgs[1].text, "clinic_contact_zh: a control character"));
    assert_int_equal(d.msgs[2].line, 4);
    assert_non_null(strstr(d.msgs[2].text, "not valid UTF-8"));
    assert_string_equal(c.clinic_contact, "ok"); /* the good line still applies */
    diag_free(&d);
}

int main(void)
{
    test_locale();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(kiosk_takes_every_documented_spelling),
        cmocka_unit_test(full_file),          cmocka_unit_test(empty_file),
        cmocka_unit_test(errors_have_line_numbers), cmocka_unit_test(long_and_binary_input),
        cmocka_unit_test(command_line_wins),  cmocka_unit_test(missing_file),
        cmocka_unit_test(clinic_contact),
    };
    return cmocka_run_group_tests_name("kiosk configuration", tests, NULL, NULL);
}
