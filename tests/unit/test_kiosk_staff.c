/* The staff exit: the sequence, the code, timeouts and the lockout. */
#include "test_util.h"

#include "kiosk/staff.h"

static staff_exit make(const char *code)
{
    staff_spec spec = { 0 };
    snprintf(spec.code, sizeof spec.code, "%s", code);
    staff_exit s;
    staff_exit_init(&s, &spec);
    return s;
}

/* Feeds a string of digits, then Enter; returns the last verdict. */
static staff_verdict type_code(staff_exit *s, const char *digits, long *t)
{
    for (const char *p = digits; *p; p++)
        assert_int_equal(staff_exit_feed(s, *p, (*t)++), STAFF_SWALLOW);
    return staff_exit_feed(s, STAFF_KEY_ENTER, (*t)++);
}

static void right_code_exits(void **state)
{
    (void)state;
    staff_exit s = make("2468");
    long t = 1000;
    assert_int_equal(staff_exit_feed(&s, STAFF_KEY_FN(12), t++), STAFF_PASS);
    assert_int_equal(staff_exit_feed(&s, STAFF_KEY_FN(12), t++), STAFF_SWALLOW);
    assert_int_equal(type_code(&s, "2468", &t), STAFF_EXIT);
}

static void wrong_code_does_nothing(void **state)
{
    (void)state;
    staff_exit s = make("2468");
    long t = 1000;
    staff_exit_feed(&s, STAFF_KEY_FN(12), t++);
    staff_exit_feed(&s, STAFF_KEY_FN(12), t++);
    assert_int_equal(type_code(&s, "2469", &t), STAFF_SWALLOW);
    /* back to normal: keys pass again */
    assert_int_equal(staff_exit_feed(&s, '5', t++), STAFF_PASS);
    /* a longer code that starts with the right one is wrong too */
    staff_exit_feed(&s, STAFF_KEY_FN(12), t++);
    staff_exit_feed(&s, STAFF_KEY_FN(12), t++);
    assert_int_equal(type_code(&s, "24680", &t), STAFF_SWALLOW);
    staff_exit_feed(&s, STAFF_KEY_FN(12), t++);
    staff_exit_feed(&s, STAFF_KEY_FN(12), t++);
    assert_int_equal(type_code(&s, "24681357924681357", &t), STAFF_SWALLOW);
}

static void no_code_no_exit(void **state)
{
    (void)state;
    staff_exit s = make("");
    assert_false(staff_exit_enabled(&s));
    long t = 0;
    for (int i = 0; i < 4; i++)
        assert_int_equal(staff_exit_feed(&s, STAFF_KEY_FN(12), t++), STAFF_PASS);
    assert_int_equal(staff_exit_feed(&s, STAFF_KEY_ENTER, t++), STAFF_PASS);
}

static void other_key_cancels(void **state)
{
    (void)state;
    staff_exit s = make("2468");
    long t = 0;
    staff_exit_feed(&s, STAFF_KEY_FN(12), t++);
    assert_int_equal(staff_exit_feed(&s, 'a', t++), STAFF_PASS);
    assert_int_equal(staff_exit_feed(&s, STAFF_KEY_FN(12), t++), STAFF_PASS); /* starts again */
    assert_int_equal(staff_exit_feed(&s, STAFF_KEY_FN(12), t++), STAFF_SWALLOW);
    assert_int_equal(staff_exit_feed(&s, '2', t++), STAFF_SWALLOW);
    assert_int_equal(staff_exit_feed(&s, STAFF_KEY_OTHER, t++), STAFF_PASS); /* a touch */
    assert_int_equal(staff_exit_feed(&s, '4', t++), STAFF_PASS);
    assert_int_equal(staff_exit_feed(&s, STAFF_KEY_ENTER, t++), STAFF_PASS);
}

static void resize_changes_nothing(void **state)
{
    (void)state;
    staff_exit s = make("2468");
    long t = 0;
    staff_exit_feed(&s, STAFF_KEY_FN(12), t++);
    assert_int_equal(staff_exit_feed(&s, STAFF_KEY_NONE, t++), STAFF_PASS);
    staff_exit_feed(&s, STAFF_KEY_FN(12), t++);
    assert_int_equal(staff_exit_feed(&s, '2', t++), STAFF_SWALLOW);
    assert_int_equal(staff_exit_feed(&s, STAFF_KEY_NONE, t++), STAFF_PASS);
    assert_int_equal(type_code(&s, "468", &t), STAFF_EXIT);
}

static void backspace_and_carriage_return(void **state)
{
    (void)state;
    staff_exit s = make("2468");
    long t = 0;
    staff_exit_feed(&s, STAFF_KEY_FN(12), t++);
    staff_exit_feed(&s, STAFF_KEY_FN(12), t++);
    staff_exit_feed(&s, '2', t++);
    staff_exit_feed(&s, '9', t++);
    assert_int_equal(staff_exit_feed(&s, STAFF_KEY_BACKSPACE, t++), STAFF_SWALLOW);
    staff_exit_feed(&s, '4', t++);
    staff_exit_feed(&s, '6', t++);
    staff_exit_feed(&s, '8', t++);
    assert_int_equal(staff_exit_feed(&s, '\r', t++), STAFF_EXIT);
}

static void slow_entry_times_out(void **state)
{
    (void)state;
    staff_exit s = make("2468");
    long t = 0;
    staff_exit_feed(&s, STAFF_KEY_FN(12), t);
    t += STAFF_ENTRY_MS + 1;
    assert_int_equal(staff_exit_feed(&s, STAFF_KEY_FN(12), t), STAFF_PASS); /* counts as the first again */
    staff_exit_feed(&s, STAFF_KEY_FN(12), ++t);
    staff_exit_feed(&s, '2', ++t);
    t += STAFF_ENTRY_MS + 1;
    /* the half-typed code was forgotten: digits reach the program again */
    assert_int_equal(staff_exit_feed(&s, '4', t), STAFF_PASS);
}

static void lockout_after_wrong_codes(void **state)
{
    (void)state;
    staff_exit s = make("2468");
    long t = 0;
    for (int i = 0; i < STAFF_MAX_TRIES; i++) {
        staff_exit_feed(&s, STAFF_KEY_FN(12), t++);
        staff_exit_feed(&s, STAFF_KEY_FN(12), t++);
        assert_int_equal(type_code(&s, "1111", &t), STAFF_SWALLOW);
    }
    /* locked: even the right code is not taken */
    assert_int_equal(staff_exit_feed(&s, STAFF_KEY_FN(12), t++), STAFF_PASS);
    assert_int_equal(staff_exit_feed(&s, STAFF_KEY_FN(12), t++), STAFF_PASS);
    assert_int_equal(staff_exit_feed(&s, '2', t++), STAFF_PASS);
    t += STAFF_LOCKOUT_MS;
    staff_exit_feed(&s, STAFF_KEY_FN(12), t++);
    staff_exit_feed(&s, STAFF_KEY_FN(12), t++);
    assert_int_equal(type_code(&s, "2468", &t), STAFF_EXIT);
}

static void reset_forgets_progress(void **state)
{
    (void)state;
    staff_exit s = make("2468");
    long t = 0;
    staff_exit_feed(&s, STAFF_KEY_FN(12), t++);
    staff_exit_feed(&s, STAFF_KEY_FN(12), t++);
    staff_exit_feed(&s, '2', t++);
    staff_exit_reset(&s);
    assert_int_equal(staff_exit_feed(&s, '4', t++), STAFF_PASS);
}

static void custom_sequence(void **state)
{
    (void)state;
    staff_spec spec = { .seq = { STAFF_KEY_FN(10), 'x', STAFF_KEY_FN(10) }, .nseq = 3, .code = "9999" };
    staff_exit s;
    staff_exit_init(&s, &spec);
    long t = 0;
    assert_int_equal(staff_exit_feed(&s, STAFF_KEY_FN(10), t++), STAFF_PASS);
    assert_int_equal(staff_exit_feed(&s, STAFF_KEY_FN(10), t++), STAFF_PASS); /* restarts at 1 */
    assert_int_equal(staff_exit_feed(&s, 'x', t++), STAFF_PASS);
    assert_int_equal(staff_exit_feed(&s, STAFF_KEY_FN(10), t++), STAFF_SWALLOW);
    assert_int_equal(type_code(&s, "9999", &t), STAFF_EXIT);
}

static void key_names(void **state)
{
    (void)state;
    staff_key k;
    assert_true(staff_key_parse("F12", &k));
    assert_int_equal(k, STAFF_KEY_FN(12));
    assert_true(staff_key_parse("f1", &k));
    assert_int_equal(k, STAFF_KEY_FN(1));
    assert_true(staff_key_parse("x", &k));
    assert_int_equal(k, 'x');
    assert_true(staff_key_parse("F", &k));
    assert_int_equal(k, 'F');
    assert_false(staff_key_parse("F13", &k));
    assert_false(staff_key_parse("F0", &k));
    assert_false(staff_key_parse("F01", &k));
    assert_false(staff_key_parse("F1x", &k));
    assert_false(staff_key_parse("ab", &k));
    assert_false(staff_key_parse("", &k));
    assert_false(staff_key_parse("\xe4\xb8\xad", &k));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(right_code_exits),   cmocka_unit_test(wrong_code_does_nothing),
        cmocka_unit_test(no_code_no_exit),    cmocka_unit_test(other_key_cancels),
        cmocka_unit_test(resize_changes_nothing), cmocka_unit_test(backspace_and_carriage_return),
        cmocka_unit_test(slow_entry_times_out), cmocka_unit_test(lockout_after_wrong_codes),
        cmocka_unit_test(reset_forgets_progress), cmocka_unit_test(custom_sequence),
        cmocka_unit_test(key_names),
    };
    return cmocka_run_group_tests_name("kiosk staff exit", tests, NULL, NULL);
}
