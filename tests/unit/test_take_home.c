/* Take home as state: two keys from the questions screen to the codes, paging
 * through the codes, saving on a patient's own computer (a name the program
 * chooses, never overwriting) and never in kiosk mode; the keys and help come
 * from the action table.  Fixture store, no terminal. */
#include "test_app_fixture.h"
#include "test_frame.h"

#include <dirent.h>
#include <dlfcn.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/strbuf.h"
#include "text/qr.h"
#include "treat/sheet.h"
#include "ui/keymap.h"
#include "ui/term.h"
#include "ui/tx_ui.h"

static char home[256];

static int setup(void **state)
{
    snprintf(home, sizeof home, "/tmp/ve-take-home-XXXXXX");
    if (!mkdtemp(home))
        return -1;
    setenv("HOME", home, 1);
    return load_store(state);
}

static int teardown(void **state)
{
    DIR *d = opendir(home);
    struct dirent *e;
    char p[600];
    while (d && (e = readdir(d)))
        if (e->d_name[0] != '.') {
            snprintf(p, sizeof p, "%s/%s", home, e->d_name);
            unlink(p);
        }
    if (d)
        closedir(d);
    rmdir(home);
    return free_store(state);
}

static int files_in_home(void)
{
    int n = 0;
    DIR *d = opendir(home);
    struct dirent *e;
    while (d && (e = readdir(d)))
        n += e->d_name[0] != '.';
    if (d)
        closedir(d);
    return n;
}

/* Non-segmental, stable, face, adult; two options picked; on the questions screen. */
static void to_questions(app *a)
{
    act(a, ACT_TREATMENTS);
    act_n(a, ACT_PICK, 0);
    act_n(a, ACT_PICK, 1);
    act_n(a, ACT_PICK, 0);
    act_n(a, ACT_PICK, 5);
    act_n(a, ACT_PICK, 2);
    act_n(a, ACT_PICK, 2);
    act_n(a, ACT_PICK, 6);
    assert_int_equal(app_view(a), VIEW_TX_OPTIONS);
    act_n(a, ACT_PICK, 0);
    act_n(a, ACT_PICK, 1);
    act(a, ACT_TX_QUESTIONS);
    assert_int_equal(app_view(a), VIEW_TX_DOCTOR);
}

static void two_keys_from_the_questions_to_the_codes(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    to_questions(&a);
    long n = 0;
    assert_int_equal(keymap_lookup(VIEW_TX_DOCTOR, (key_event){ .code = 'p' }, &n), ACT_TAKE_HOME);
    act(&a, ACT_TAKE_HOME);
    assert_int_equal(app_view(&a), VIEW_TAKE_HOME);
    /* the keys are data: labelled and explained for the status bar and help */
    assert_non_null(action_label(ACT_TAKE_HOME));
    assert_non_null(action_help(ACT_TAKE_HOME));
    assert_non_null(keymap_label_for(VIEW_TAKE_HOME, ACT_CODE_NEXT));
    assert_non_null(keymap_label_for(VIEW_TAKE_HOME, ACT_SHEET_SAVE));
    assert_non_null(keymap_label_for(VIEW_TX_DOCTOR, ACT_TAKE_HOME));
    app_free(&a);
}

static void the_codes_page_round(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80); /* small: the sheet needs several codes */
    to_questions(&a);
    act(&a, ACT_TAKE_HOME);
    assert_int_equal(app_cframe(&a)->sel, 0);
    act(&a, ACT_CODE_NEXT);
    assert_int_equal(app_cframe(&a)->sel, 1);
    act(&a, ACT_CODE_PREV);
    act(&a, ACT_CODE_PREV); /* from the first to the last */
    int last = app_cframe(&a)->sel;
    assert_true(last > 1);
    act(&a, ACT_CODE_NEXT);
    assert_int_equal(app_cframe(&a)->sel, 0);
    /* a window large enough for one code: nothing to page */
    resize(&a, 120, 300);
    act(&a, ACT_CODE_NEXT);
    assert_int_equal(app_cframe(&a)->sel, 0);
    app_free(&a);
}

static void saving_picks_a_new_name_and_never_overwrites(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    to_questions(&a);
    act(&a, ACT_TAKE_HOME);
    char date[11], first[512], expect[512];
    sheet_date(&st, date);
    snprintf(expect, sizeof expect, "%s/vitiligo-visit-sheet-%s.txt", home, date);
    /* someone's own file of that name is kept as it is */
    FILE *f = fopen(expect, "w");
    assert_non_null(f);
    fputs("mine", f);
    fclose(f);
    act(&a, ACT_SHEET_SAVE);
    snprintf(first, sizeof first, "%s/vitiligo-visit-sheet-%s-2.txt", home, date);
    assert_string_equal(a.s.sheet_saved, first);
    assert_non_null(strstr(a.s.status, first)); /* the name is shown */
    act(&a, ACT_SHEET_SAVE);
    snprintf(expect, sizeof expect, "%s/vitiligo-visit-sheet-%s-3.txt", home, date);
    assert_string_equal(a.s.sheet_saved, expect);
    assert_int_equal(files_in_home(), 3);
    /* the file is the sheet, at the printer's width */
    sheet_spec sp = { .lang = a.s.lang, .sit = a.s.tx.sit };
    sp.npicks = tx_pick_list(&a, sp.picks);
    strbuf want = { 0 };
    sheet_build(&want, &st, &sp, 72);
    char buf[16384] = "";
    f = fopen(first, "r");
    assert_non_null(f);
    size_t got = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[got] = '\0';
    assert_string_equal(buf, want.s);
    struct stat sb;
    assert_int_equal(stat(first, &sb), 0);
    assert_int_equal(sb.st_mode & 0777, 0600);
    snprintf(expect, sizeof expect, "%s/vitiligo-visit-sheet-%s.txt", home, date);
    f = fopen(expect, "r");
    assert_int_equal(fread(buf, 1, sizeof buf - 1, f), 4);
    fclose(f);
    sb_free(&want);
    for (int i = 0; i < 3; i++) { /* tidy up for the next test */
        if (i)
            snprintf(expect, sizeof expect, "%s/vitiligo-visit-sheet-%s-%d.txt", home, date, i + 1);
        unlink(expect);
    }
    app_free(&a);
}

static void a_kiosk_never_writes(void **state)
{
    (void)state;
    app a;
    start(&a, true, 24, 80);
    app_note_input(&a, 0); /* leaves the welcome screen */
    to_questions(&a);
    act(&a, ACT_TAKE_HOME);
    int before = files_in_home();
    act(&a, ACT_SHEET_SAVE);
    assert_int_equal(files_in_home(), before);
    assert_string_equal(a.s.sheet_saved, "");
    assert_non_null(strstr(a.s.status, "does not save"));
    app_free(&a);
}

static void *no_library(const char *file, int mode)
{
    (void)file;
    (void)mode;
    return NULL;
}

/* libqrencode is loaded on first use: where it is missing, the screen says so and
 * still gives the sheet's code for the front desk; nothing crashes. */
static void without_libqrencode_the_screen_says_why(void **state)
{
    assert_true(locale_init()); /* a terminal that can draw codes: UTF-8, and xterm's line drawing */
    assert_int_equal(open_screen(state), 0);
    assert_false(term_ascii_lines());
    app a;
    start(&a, false, 30, 120);
    to_questions(&a);
    act(&a, ACT_TAKE_HOME);
    canvas c;
    char code[SHEET_CODE_TEXT];
    tx_sheet_code(&a, code);

    qr_dlopen = no_library;
    assert_false(qr_available());
    qr_code q;
    assert_false(qr_encode("vitiligo", 8, &q));
    render_frame(&a, &c);
    assert_true(a_row_has("QR codes cannot be shown", NULL));
    assert_true(a_row_has("libqrencode4", NULL));
    assert_true(a_row_has(code, NULL));

    qr_dlopen = dlopen; /* loaded again: a code, and no such line */
    assert_true(qr_available());
    assert_true(qr_encode("vitiligo", 8, &q));
    qr_free(&q);
    render_frame(&a, &c);
    assert_false(a_row_has("QR codes cannot be shown", NULL));
    app_free(&a);
    endwin();
    delscreen(screen);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(two_keys_from_the_questions_to_the_codes),
        cmocka_unit_test(the_codes_page_round),
        cmocka_unit_test(saving_picks_a_new_name_and_never_overwrites),
        cmocka_unit_test(a_kiosk_never_writes),
        cmocka_unit_test(without_libqrencode_the_screen_says_why),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
