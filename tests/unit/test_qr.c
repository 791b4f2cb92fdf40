/* QR codes for the take-home screen: the capacity table agrees with libqrencode, the
 * largest code that fits a space is chosen, a long text is split into numbered parts
 * that each fit one code and together are the text exactly (never cutting a UTF-8
 * character), and the quiet zone around a code is light. */
#include "test_util.h"

#include <qrencode.h>

#include "core/strbuf.h"
#include "text/qr.h"

static void capacity_table_matches_libqrencode(void **state)
{
    (void)state;
    static char data[3000];
    memset(data, 'x', sizeof data);
    data[0] = '\xe4'; /* not alphanumeric: 8-bit mode, as for a sheet */
    for (int v = 1; v <= QR_MAX_VERSION; v++) {
        int cap = qr_capacity(v);
        /* what a version holds with the UTF-8 header fits it */
        qr_code q;
        assert_true(qr_encode(data, (size_t)cap, &q));
        assert_true(q.version <= v);
        qr_free(&q);
        /* and the table is the standard's: 3 bytes more (no header) fit, 4 do not */
        QRcode *fits = QRcode_encodeData(cap + 3, (const unsigned char *)data, v, QR_ECLEVEL_L);
        assert_non_null(fits);
        assert_int_equal(fits->version, v);
        QRcode_free(fits);
        if (v < QR_MAX_VERSION) {
            QRcode *more = QRcode_encodeData(cap + 4, (const unsigned char *)data, v, QR_ECLEVEL_L);
            assert_non_null(more);
            assert_int_equal(more->version, v + 1);
            QRcode_free(more);
        }
    }
}

static void the_largest_code_that_fits(void **state)
{
    (void)state;
    /* version 1: 21 modules + 2 x 4 quiet = 29 columns, 15 rows of two modules */
    assert_int_equal(qr_fit_version(29, 15), 1);
    assert_int_equal(qr_fit_version(28, 15), 0);
    assert_int_equal(qr_fit_version(29, 14), 0);
    assert_int_equal(qr_fit_version(53, 22), 4);  /* 80x24 with words beside it */
    assert_int_equal(qr_fit_version(1000, 1000), QR_MAX_VERSION);
    for (int v = 1; v <= QR_MAX_VERSION; v++)
        assert_int_equal(qr_fit_version(qr_span(v), (qr_span(v) + 1) / 2), v);
}

static void check_split(const char *text, int version)
{
    qr_part parts[QR_MAX_PARTS];
    size_t n = qr_split(text, version, parts, QR_MAX_PARTS);
    assert_true(n >= 1 && n <= QR_MAX_PARTS);
    strbuf whole = { 0 };
    for (size_t k = 0; k < n; k++) {
        char *data;
        size_t len;
        qr_part_data(text, &parts[k], k, n, &data, &len);
        assert_true(len <= (size_t)qr_capacity(version));
        const char *body = data;
        if (n > 1) {
            char head[48];
            snprintf(head, sizeof head, "[%zu/%zu]\n", k + 1, n);
            assert_memory_equal(data, head, strlen(head));
            body += strlen(head);
        }
        /* each part starts on a character of its own */
        assert_true(((unsigned char)body[0] & 0xc0) != 0x80);
        qr_code q;
        assert_true(qr_encode(data, len, &q));
        assert_true(q.version <= version);
        qr_free(&q);
        sb_puts(&whole, body);
        free(data);
    }
    assert_string_equal(whole.s, text);
    sb_free(&whole);
}

static void parts_fit_and_are_the_text_exactly(void **state)
{
    (void)state;
    strbuf t = { 0 };
    for (int i = 0; i < 60; i++)
        sb_printf(&t, "Line %d: a question for my doctor about light treatment and creams.\n", i);
    sb_puts(&t, "白癜風會讓皮膚出現淡色或白色的斑塊。它不會傳染，不是癌症，也不是食物或不潔引起的。");
    for (int i = 0; i < 40; i++)
        sb_puts(&t, "很長的一行沒有空格也沒有換行");
    sb_putc(&t, '\n');
    for (int v = 6; v <= 25; v += 1)
        check_split(t.s, v);
    check_split("short", 1);
    qr_part one[1];
    assert_int_equal(qr_split("short", 1, one, 1), 1);
    assert_int_equal(one[0].end, 5);
    /* a text that needs more parts than allowed says so */
    qr_part few[2];
    assert_int_equal(qr_split(t.s, 2, few, 2), 3);
    sb_free(&t);
}

static void parts_break_at_line_ends(void **state)
{
    (void)state;
    const char *text = "first line\nsecond line\nthird line\nfourth line\n";
    qr_part parts[QR_MAX_PARTS];
    size_t n = qr_split(text, 2, parts, QR_MAX_PARTS); /* 32 bytes, 24 after the header */
    assert_true(n > 1);
    for (size_t k = 0; k + 1 < n; k++)
        assert_int_equal(text[parts[k].end - 1], '\n');
}

static void the_quiet_zone_is_light(void **state)
{
    (void)state;
    qr_code q;
    assert_true(qr_encode("Questions for my doctor", 23, &q));
    int span = q.size + 2 * QR_QUIET;
    assert_int_equal(span, qr_span(q.version));
    for (int i = 0; i < span; i++)
        for (int z = 0; z < QR_QUIET; z++) {
            assert_false(qr_dark_at(&q, i, z));
            assert_false(qr_dark_at(&q, z, i));
            assert_false(qr_dark_at(&q, i, span - 1 - z));
            assert_false(qr_dark_at(&q, span - 1 - z, i));
        }
    /* the finder pattern's corner is dark */
    assert_true(qr_dark_at(&q, QR_QUIET, QR_QUIET));
    qr_free(&q);
    assert_false(qr_encode("", 0, &q));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(capacity_table_matches_libqrencode),
        cmocka_unit_test(the_largest_code_that_fits),
        cmocka_unit_test(parts_fit_and_are_the_text_exactly),
        cmocka_unit_test(parts_break_at_line_ends),
        cmocka_unit_test(the_quiet_zone_is_light),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
