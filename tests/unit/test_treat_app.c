/* The treatment screens as state: the situation steps (pick, skip, not sure, back),
 * the options list and its picks, the comparison's column pages and scrolling, and
 * the kiosk idle reset wiping the answers and picks.  Fixture store, no terminal. */
#include "test_app_fixture.h"

#include "treat/rules.h"
#include "ui/keymap.h"
#include "ui/tx_ui.h"

static size_t opt(const char *id) { return (size_t)store_find_treatment(&st, id); }

/* Answers the six questions from the first screen with list picks (0-based). */
static void answer(app *a, long type, long activity, const long *sites, int nsites, long age, long preg, long prio)
{
    act_n(a, ACT_PICK, type);
    act_n(a, ACT_PICK, activity);
    for (int i = 0; i < nsites; i++)
        act_n(a, ACT_PICK, sites[i]);
    act_n(a, ACT_PICK, 5); /* Next question */
    act_n(a, ACT_PICK, age);
    act_n(a, ACT_PICK, preg);
    act_n(a, ACT_PICK, prio);
}

static void the_steps_record_each_answer_and_open_the_options(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    act(&a, ACT_TREATMENTS);
    assert_int_equal(app_view(&a), VIEW_TREATMENTS);
    assert_int_equal(app_cframe(&a)->step, 0);
    long face = 0;
    answer(&a, 0, 1, &face, 1, 2, 2 /* skip */, 6 /* skip */);
    assert_int_equal(app_view(&a), VIEW_TX_OPTIONS);
    const situation *s = &a.s.tx.sit;
    assert_int_equal(s->type, SIT_TYPE_NSV);
    assert_int_equal(s->activity, ACTIVITY_STABLE);
    assert_int_equal(s->sites, SITE_FACE);
    assert_int_equal(s->age, AGE_ADULT);
    assert_int_equal(s->pregnant, PREG_SKIPPED);
    assert_int_equal(s->priorities, 0);
    /* nothing is picked for the person (IPDAS: the patient chooses what to compare) */
    assert_int_equal(a.s.tx.npicks, 0);
    for (size_t i = 0; i < st.ntreatments; i++)
        assert_false(tx_picked(&a, i));
    act(&a, ACT_TX_COMPARE);
    assert_int_equal(app_view(&a), VIEW_TX_OPTIONS);
    assert_non_null(strstr(a.s.status, "Pick 2 to 4"));
    act_n(&a, ACT_PICK, 0); /* ruxolitinib (may suit) */
    act_n(&a, ACT_PICK, 1); /* no treatment (may suit, after the options in use) */
    assert_true(tx_picked(&a, opt("ruxolitinib-cream")));
    assert_true(tx_picked(&a, opt("no-treatment")));
    act(&a, ACT_TX_COMPARE);
    assert_int_equal(app_view(&a), VIEW_TX_COMPARE);
    app_free(&a);
}

static void not_sure_skip_and_back(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    act(&a, ACT_TREATMENTS);
    act_n(&a, ACT_PICK, 2); /* type: not sure */
    assert_int_equal(a.s.tx.sit.type, SIT_TYPE_UNSURE);
    assert_int_equal(app_cframe(&a)->step, 1);
    act_n(&a, ACT_PICK, 3); /* activity: skip */
    assert_int_equal(a.s.tx.sit.activity, ACTIVITY_SKIPPED);
    assert_int_equal(app_cframe(&a)->step, 2);
    act(&a, ACT_BACK);
    assert_int_equal(app_cframe(&a)->step, 1);
    act(&a, ACT_BACK);
    act(&a, ACT_BACK); /* from the first question, Back leaves */
    assert_int_equal(app_view(&a), VIEW_HOME);
    /* a tick on where, then "skip" clears it */
    act(&a, ACT_TREATMENTS);
    act_n(&a, ACT_PICK, 3);
    act_n(&a, ACT_PICK, 3);
    act_n(&a, ACT_PICK, 1);
    assert_int_equal(a.s.tx.sit.sites, SITE_HANDS);
    act_n(&a, ACT_PICK, 4);
    act_n(&a, ACT_PICK, 1); /* a second pick unticks */
    assert_int_equal(a.s.tx.sit.sites, SITE_LARGE);
    act_n(&a, ACT_PICK, 3);
    assert_int_equal(a.s.tx.sit.sites, SITE_LARGE | SITE_MUCOSA);
    act_n(&a, ACT_PICK, 6); /* Not sure: skip this question */
    assert_int_equal(a.s.tx.sit.sites, 0);
    assert_int_equal(app_cframe(&a)->step, 3);
    act_n(&a, ACT_PICK, 4); /* skip the rest */
    assert_int_equal(app_view(&a), VIEW_TX_OPTIONS);
    /* with nothing known, no option was ruled out */
    tx_verdict v[8];
    tx_ranked(&a, v);
    for (size_t i = 0; i < st.ntreatments; i++)
        assert_int_not_equal(v[i].fit, FIT_NOT_USUALLY);
    app_free(&a);
}

static void picking_allows_two_to_four(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    act(&a, ACT_TREATMENTS);
    act_n(&a, ACT_PICK, 1); /* segmental */
    act_n(&a, ACT_PICK, 4); /* skip the rest */
    /* segmental: no treatment may suit, yet nothing is picked for the person */
    assert_int_equal(a.s.tx.npicks, 0);
    act_n(&a, ACT_PICK, 0);
    assert_int_equal(a.s.tx.npicks, 1);
    act(&a, ACT_TX_COMPARE);
    assert_int_equal(app_view(&a), VIEW_TX_OPTIONS);
    assert_non_null(strstr(a.s.status, "Pick 2 to 4"));
    for (long i = 0; i < 4; i++)
        act_n(&a, ACT_PICK, i);
    /* no-treatment (first) was unpicked, the other three picked */
    assert_int_equal(a.s.tx.npicks, 3);
    assert_false(tx_picked(&a, opt("no-treatment")));
    act_n(&a, ACT_SELECT, 0); /* a click picks it again: 4 */
    assert_int_equal(a.s.tx.npicks, 4);
    act_n(&a, ACT_PICK, 0);   /* unpick */
    act_n(&a, ACT_PICK, 0);   /* pick */
    assert_int_equal(a.s.tx.npicks, 4);
    act(&a, ACT_TX_COMPARE);
    assert_int_equal(app_view(&a), VIEW_TX_COMPARE);
    app_free(&a);
}

static void the_comparison_pages_columns_and_scrolls_rows(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    act(&a, ACT_TREATMENTS);
    act_n(&a, ACT_PICK, 4); /* skip the rest */
    a.s.tx.npicks = 0;
    for (size_t i = 0; i < 3; i++)
        tx_toggle(&a, i);
    act(&a, ACT_TX_COMPARE);
    assert_int_equal(app_view(&a), VIEW_TX_COMPARE);
    assert_int_equal(app_cframe(&a)->sel, 0);
    act(&a, ACT_COLS_NEXT);
    assert_int_equal(app_cframe(&a)->sel, 1);
    act(&a, ACT_COLS_NEXT); /* 3 options at 80 columns: 2 pages */
    assert_int_equal(app_cframe(&a)->sel, 1);
    assert_non_null(strstr(a.s.status, "No more options"));
    act(&a, ACT_COLS_PREV);
    assert_int_equal(app_cframe(&a)->sel, 0);
    act(&a, ACT_PAGE_DOWN);
    assert_true(app_cframe(&a)->top > 0);
    act(&a, ACT_FIRST);
    assert_int_equal(app_cframe(&a)->top, 0);
    resize(&a, 60, 200); /* everything fits: one page */
    act(&a, ACT_COLS_NEXT);
    assert_int_equal(app_cframe(&a)->sel, 0);
    act(&a, ACT_TX_QUESTIONS);
    assert_int_equal(app_view(&a), VIEW_TX_DOCTOR);
    app_free(&a);
}

static void the_idle_reset_wipes_answers_and_picks(void **state)
{
    (void)state;
    app a;
    start(&a, true, 24, 80);
    app_note_input(&a, 1);
    act(&a, ACT_TREATMENTS);
    long face = 0;
    answer(&a, 0, 1, &face, 1, 2, 0, 6);
    assert_int_equal(a.s.tx.sit.pregnant, PREG_YES);
    act_n(&a, ACT_PICK, 0);
    assert_true(a.s.tx.npicks > 0);
    app_reset(&a);
    assert_int_equal(a.s.tx.sit.type, 0);
    assert_int_equal(a.s.tx.sit.sites, 0);
    assert_int_equal(a.s.tx.sit.pregnant, 0);
    assert_int_equal(a.s.tx.npicks, 0);
    assert_false(a.s.tx.by_hand);
    app_free(&a);
}

/* "Read more": from the options list (the chosen option) and from the comparison (a
 * column's head, or the key for the page's first column) to the option's full topic. */
static void read_more_opens_the_options_topic(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    act(&a, ACT_TREATMENTS);
    act_n(&a, ACT_PICK, 4); /* skip the rest */
    assert_int_equal(app_view(&a), VIEW_TX_OPTIONS);
    /* a key of its own, in the key table, on both screens */
    long n = 0;
    assert_int_equal(keymap_lookup(VIEW_TX_OPTIONS, (key_event){ .fn = false, .code = 'o' }, &n), ACT_TX_READ_MORE);
    assert_int_equal(keymap_lookup(VIEW_TX_COMPARE, (key_event){ .fn = false, .code = 'o' }, &n), ACT_TX_READ_MORE);
    assert_string_equal(keymap_label_for(VIEW_TX_OPTIONS, ACT_TX_READ_MORE), "o");
    tx_verdict v[8];
    tx_ranked(&a, v);
    act(&a, ACT_DOWN);
    act(&a, ACT_TX_READ_MORE);
    assert_int_equal(app_view(&a), VIEW_READER);
    assert_int_equal(app_cframe(&a)->item, st.treatments[v[1].option].topic);
    act(&a, ACT_BACK);
    assert_int_equal(app_view(&a), VIEW_TX_OPTIONS);
    /* from the comparison: a click on the second column's head opens the second pick */
    tx_toggle(&a, opt("light-therapy"));
    tx_toggle(&a, opt("ruxolitinib-cream"));
    act(&a, ACT_TX_COMPARE);
    assert_int_equal(app_view(&a), VIEW_TX_COMPARE);
    act_n(&a, ACT_TX_READ_MORE, 2);
    assert_int_equal(app_view(&a), VIEW_READER);
    assert_int_equal(app_cframe(&a)->item, st.treatments[opt("ruxolitinib-cream")].topic);
    act(&a, ACT_BACK);
    act(&a, ACT_TX_READ_MORE); /* the key: the first column */
    assert_int_equal(app_cframe(&a)->item, st.treatments[opt("light-therapy")].topic);
    app_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_steps_record_each_answer_and_open_the_options),
        cmocka_unit_test(not_sure_skip_and_back),
        cmocka_unit_test(picking_allows_two_to_four),
        cmocka_unit_test(the_comparison_pages_columns_and_scrolls_rows),
        cmocka_unit_test(the_idle_reset_wipes_answers_and_picks),
        cmocka_unit_test(read_more_opens_the_options_topic),
    };
    return cmocka_run_group_tests(tests, load_store, free_store);
}
