/* Escape sequences the terminal description does not know (ui/esc_seq.c): eaten
 * whole and dropped, never replayed as Esc and keys; bracketed-paste marks found;
 * pasted control characters never reach the text. */
#include "test_util.h"

#include "ui/esc_seq.h"

/* Feeds the characters after an Esc; returns the verdict and how many were eaten. */
static seq_verdict feed(const char *after_esc, size_t *eaten)
{
    esc_seq s;
    esc_seq_start(&s);
    seq_verdict v = SEQ_MORE;
    size_t i = 0;
    while (after_esc[i] && v == SEQ_MORE)
        v = esc_seq_feed(&s, (unsigned char)after_esc[i++]);
    *eaten = i;
    return v;
}

static void unknown_sequences_are_eaten_whole(void **state)
{
    (void)state;
    size_t n;
    /* vt100 has no PgDn in its description, but the emulator sends xterm's */
    assert_int_equal(feed("[6~xyz", &n), SEQ_DROP);
    assert_int_equal(n, 3); /* "x" after it is a key again */
    assert_int_equal(feed("[31m", &n), SEQ_DROP); /* a colour code inside a paste */
    assert_int_equal(n, 4);
    assert_int_equal(feed("[1;5C", &n), SEQ_DROP); /* Ctrl-Right on a terminal that lacks it */
    assert_int_equal(n, 5);
    assert_int_equal(feed("[<0;12;5M", &n), SEQ_DROP); /* a mouse report nobody asked for */
    assert_int_equal(n, 9);
    assert_int_equal(feed("OP", &n), SEQ_DROP); /* SS3: F1 on a terminal that lacks it */
    assert_int_equal(n, 2);
    assert_int_equal(feed("[999999999999999999999999999999;1;1;1;1;1;1R", &n), SEQ_DROP); /* overlong */
}

static void alt_and_a_key_is_not_esc_then_the_key(void **state)
{
    (void)state;
    size_t n;
    /* "text<ESC>q" pasted into search: q must not quit */
    assert_int_equal(feed("q", &n), SEQ_DROP);
    assert_int_equal(n, 1);
    assert_int_equal(feed("6", &n), SEQ_DROP); /* Esc then 6 at once: neither Back nor item 6 */
    assert_int_equal(n, 1);
}

static void paste_marks_are_recognised(void **state)
{
    (void)state;
    size_t n;
    assert_int_equal(feed("[200~", &n), SEQ_PASTE_BEGIN);
    assert_int_equal(feed("[201~", &n), SEQ_PASTE_END);
    assert_int_equal(feed("[202~", &n), SEQ_DROP);
    assert_int_equal(feed("[2000~", &n), SEQ_DROP);
}

static void pasted_control_characters_never_reach_the_text(void **state)
{
    (void)state;
    assert_int_equal(esc_paste_char('a'), 'a');
    assert_int_equal(esc_paste_char(0x767d), 0x767d); /* 白 */
    assert_int_equal(esc_paste_char('\n'), ' ');
    assert_int_equal(esc_paste_char('\r'), ' ');
    assert_int_equal(esc_paste_char('\t'), ' ');
    assert_int_equal(esc_paste_char(27), 0);
    assert_int_equal(esc_paste_char(3), 0);    /* Ctrl-C */
    assert_int_equal(esc_paste_char(0x7f), 0);
    assert_int_equal(esc_paste_char(0x9b), 0); /* C1 CSI */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(unknown_sequences_are_eaten_whole),
        cmocka_unit_test(alt_and_a_key_is_not_esc_then_the_key),
        cmocka_unit_test(paste_marks_are_recognised),
        cmocka_unit_test(pasted_control_characters_never_reach_the_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
