/* The kiosk's idle reset: the warning, the countdown, and a reset after which
 * nothing of the previous person's session is left. */
#include "test_app_fixture.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/strbuf.h"

static unsigned tick(app *a, long long now_ms) { return app_apply(a, ACT_TICK, &(action_arg){ .now_ms = now_ms }); }

/* Someone uses everything that leaves a trace. */
static void use_everything(app *a)
{
    app_note_input(a, 1000);
    act(a, ACT_LANGUAGE);
    act(a, ACT_LANGUAGE);
    act(a, ACT_LANGUAGE); /* 简体 */
    act(a, ACT_THEME);
    act(a, ACT_DOWN);
    act(a, ACT_OPEN);
    act(a, ACT_OPEN);
    act(a, ACT_PAGE_DOWN);
    act(a, ACT_NEXT_LINK);
    act(a, ACT_SIDE_BY_SIDE);
    act(a, ACT_SEARCH);
    type(a, "白斑 koebner");
    act(a, ACT_DOWN);
    act(a, ACT_OPEN);
    act(a, ACT_NEXT_MATCH);
    act(a, ACT_HELP);
    act(a, ACT_DOWN);
    /* compare treatments and take the sheet home: answers, picks, the codes */
    act(a, ACT_BACK);
    act(a, ACT_TREATMENTS);
    static const long steps[] = { 0, 1, 0, 5, 2, 2, 6 }; /* nsv, stable, face, Next, adult, not pregnant, skip */
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++)
        act_n(a, ACT_PICK, steps[i]);
    act_n(a, ACT_PICK, 0);
    act_n(a, ACT_PICK, 1);
    act(a, ACT_TX_QUESTIONS);
    act(a, ACT_TAKE_HOME);
    act(a, ACT_CODE_NEXT);
}

static char home[] = "/tmp/ve-reset-home-XXXXXX";

/* Saves the sheet as the person's own computer would (a kiosk never does), to prove
 * the reset forgets the saved file's name too. */
static void save_sheet_as_if_at_home(app *a)
{
    assert_non_null(mkdtemp(home));
    setenv("HOME", home, 1);
    a->set.kiosk = false;
    act(a, ACT_SHEET_SAVE);
    a->set.kiosk = true;
    assert_true(a->s.sheet_saved[0] != '\0');
    unlink(a->s.sheet_saved);
    rmdir(home);
}

static void reset_leaves_nothing_of_the_session(void **state)
{
    (void)state;
    app used, fresh;
    start(&used, true, 24, 80);
    use_everything(&used);
    save_sheet_as_if_at_home(&used);
    assert_int_equal(app_view(&used), VIEW_TAKE_HOME);
    assert_int_equal(app_cframe(&used)->sel, 1); /* the second code was on screen */
    assert_true(used.s.tx.npicks == 2);
    assert_true(used.s.depth > 3);
    assert_int_equal(used.s.lang, LANG_ZH_HANS);
    assert_true(used.s.query.len > 0);
    assert_non_null(used.s.results);

    used.now_ms = 0;
    app_reset(&used);
    start(&fresh, true, 24, 80);
    /* byte for byte the session of someone who just walked up */
    assert_memory_equal(&used.s, &fresh.s, sizeof used.s);
    assert_int_equal(app_view(&used), VIEW_ATTRACT);
    assert_int_equal(used.s.depth, 1);
    assert_int_equal(used.s.lang, LANG_EN);
    assert_string_equal(tr(used.s.lang, "Back"), "Back");
    assert_null(used.s.results);
    assert_int_equal(used.s.query.len, 0);
    assert_false(used.s.side_by_side);
    assert_false(used.rd.valid); /* the cached layout of the last topic is gone too */
    /* the sheet and its codes are gone: no answers, no picks, no saved name, and the
     * take-home screen, were it opened now, would show an empty sheet */
    assert_int_equal(used.s.tx.npicks, 0);
    assert_true(sit_is_empty(&used.s.tx.sit));
    assert_string_equal(used.s.sheet_saved, "");
    for (int i = 0; i < used.s.depth; i++)
        assert_int_not_equal(used.s.stack[i].view, VIEW_TAKE_HOME);
    app_free(&used);
    app_free(&fresh);
}

static void idle_warns_then_counts_down_then_resets(void **state)
{
    (void)state;
    app a;
    app_settings set = app_default_settings();
    set.kiosk = true;
    set.idle_seconds = 10;
    set.countdown_seconds = 5; /* raised to the 20 s minimum */
    app_init(&a, &st, &set, 24, 80);
    assert_int_equal(a.set.countdown_seconds, 20);
    assert_true(app_note_input(&a, 0)); /* the first key only leaves the attract screen */
    assert_int_equal(app_view(&a), VIEW_HOME);
    assert_false(app_note_input(&a, 100));
    act(&a, ACT_OPEN);
    act(&a, ACT_LANGUAGE);

    assert_int_equal(tick(&a, 9000), CHG_NONE);
    assert_false(a.s.idle_warning);
    assert_true(tick(&a, 10100) & CHG_DRAW);
    assert_true(a.s.idle_warning);
    assert_int_equal(a.s.warn_deadline_ms, 10100 + 20000);

    /* a key answers the warning and does nothing else */
    assert_true(app_note_input(&a, 15000));
    assert_false(a.s.idle_warning);
    assert_int_equal(app_view(&a), VIEW_READER);
    assert_int_equal(a.s.lang, LANG_ZH_HANT);

    tick(&a, 25000);
    assert_true(a.s.idle_warning);
    tick(&a, 44999);
    assert_true(a.s.idle_warning);
    assert_int_equal(app_view(&a), VIEW_READER);
    unsigned chg = tick(&a, 45000);
    assert_true(chg & CHG_RESET);
    assert_false(a.s.idle_warning);
    assert_int_equal(app_view(&a), VIEW_ATTRACT);
    assert_int_equal(a.s.lang, LANG_EN);
    app_free(&a);
}

static void no_idle_reset_outside_a_kiosk(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    act(&a, ACT_OPEN);
    assert_int_equal(tick(&a, 10LL * 3600 * 1000), CHG_NONE);
    assert_int_equal(app_view(&a), VIEW_READER);
    app_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reset_leaves_nothing_of_the_session),
        cmocka_unit_test(idle_warns_then_counts_down_then_resets),
        cmocka_unit_test(no_idle_reset_outside_a_kiosk),
    };
    return cmocka_run_group_tests(tests, load_store, free_store);
}
