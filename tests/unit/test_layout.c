/* The text layout: mixed Chinese/English wrapping, kinsoku, hanging indents,
 * over-long runs, combining marks, emoji and invalid UTF-8. */
#include <wchar.h>

#include "test_util.h"

#include "core/strbuf.h"
#include "text/doc.h"
#include "text/layout.h"
#include "text/width.h"

/* Lays s out at width and returns the lines joined with '|'. */
static char *wrap(const char *s, int width)
{
    static char out[4096];
    layout l = { 0 };
    layout_wrap(s, strlen(s), width, width, &l);
    out[0] = '\0';
    for (size_t i = 0; i < l.n; i++) {
        if (i)
            strcat(out, "|");
        strncat(out, s + l.lines[i].start, l.lines[i].end - l.lines[i].start);
        assert_true(l.lines[i].cols <= width || l.lines[i].end - l.lines[i].start <= 4);
    }
    layout_free(&l);
    return out;
}

static void english_breaks_at_spaces(void **state)
{
    (void)state;
    assert_string_equal(wrap("Vitiligo is not contagious and it is not cancer.", 20),
                        "Vitiligo is not|contagious and it is|not cancer.");
}

static void chinese_breaks_between_characters(void **state)
{
    (void)state;
    /* 10 characters = 20 columns per line */
    assert_string_equal(wrap("白癜風是一種常見的皮膚病患者的皮膚會出現白色斑塊", 20),
                        "白癜風是一種常見的皮|膚病患者的皮膚會出現|白色斑塊");
}

static void mixed_text_keeps_words_whole(void **state)
{
    (void)state;
    assert_string_equal(wrap("白癜風（vitiligo）是一種常見的皮膚病，患者的皮膚會出現白色斑塊。", 20),
                        "白癜風（vitiligo）是|一種常見的皮膚病，患|者的皮膚會出現白色斑|塊。");
}

static void no_line_starts_with_closing_punctuation(void **state)
{
    (void)state;
    /* "九" moves down with "，" rather than let the comma start a line */
    assert_string_equal(wrap("一二三四五六七八九，十一二三", 18), "一二三四五六七八|九，十一二三");
    const char *closers[] = { "。", "、", "；", "：", "？", "！", "）", "」", "』" };
    for (size_t i = 0; i < sizeof closers / sizeof closers[0]; i++) {
        char text[64];
        snprintf(text, sizeof text, "一二三四五%s六七", closers[i]);
        char *out = wrap(text, 10);
        char *bar = strchr(out, '|');
        assert_non_null(bar);
        assert_memory_not_equal(bar + 1, closers[i], strlen(closers[i]));
    }
}

static void no_line_ends_with_opening_punctuation(void **state)
{
    (void)state;
    const char *openers[] = { "（", "「", "『" };
    for (size_t i = 0; i < sizeof openers / sizeof openers[0]; i++) {
        char text[64];
        snprintf(text, sizeof text, "一二三四%s五六七", openers[i]);
        char *out = wrap(text, 10);
        char *bar = strchr(out, '|');
        assert_non_null(bar);
        size_t olen = strlen(openers[i]);
        assert_memory_not_equal(bar - olen, openers[i], olen);
    }
}

static void em_dash_pair_stays_together(void **state)
{
    (void)state;
    char *out = wrap("一二三四——五六七八", 10);
    assert_null(strstr(out, "—|—"));
    assert_null(strstr(out, "|—"));
}

static void en_dash_range_stays_together(void **state)
{
    (void)state;
    char *out = wrap("每週照光2–3次，持續數月", 10);
    assert_null(strstr(out, "–|"));
}

static void long_doi_breaks_inside_when_it_must(void **state)
{
    (void)state;
    const char *doi = "doi:10.1186/s12967-025-06627-8";
    layout l = { 0 };
    layout_wrap(doi, strlen(doi), 20, 20, &l);
    assert_true(l.n >= 2);
    size_t covered = 0;
    for (size_t i = 0; i < l.n; i++) {
        assert_true(l.lines[i].cols <= 20);
        covered += l.lines[i].end - l.lines[i].start;
    }
    assert_int_equal(covered, strlen(doi)); /* nothing lost */
    layout_free(&l);
}

static void web_address_is_not_split_at_its_dots(void **state)
{
    (void)state;
    assert_string_equal(wrap("Visit changingfaces.org.uk or ClinicalTrials.gov today.", 24),
                        "Visit|changingfaces.org.uk or|ClinicalTrials.gov|today.");
    assert_string_equal(wrap("的人：changingfaces.org.uk", 20), "的人：|changingfaces.org.uk");
    /* a sentence's full stop still lets the next sentence start a new line */
    assert_string_equal(wrap("It is not cancer. It is common.", 18), "It is not cancer.|It is common.");
}

static void url_without_break_chances_is_cut_at_graphemes(void **state)
{
    (void)state;
    const char *url = "https://example.org/averyveryverylongpathwithoutanybreaks";
    layout l = { 0 };
    layout_wrap(url, strlen(url), 20, 20, &l);
    for (size_t i = 0; i < l.n; i++)
        assert_true(l.lines[i].cols <= 20);
    layout_free(&l);
}

static void hanging_indent_widths(void **state)
{
    (void)state;
    layout l = { 0 };
    const char *s = "aaaa bbbb cccc dddd";
    layout_wrap(s, strlen(s), 5, 10, &l);
    assert_int_equal(l.n, 3);
    assert_int_equal(l.lines[0].cols, 4);  /* "aaaa" */
    assert_int_equal(l.lines[1].cols, 9);  /* "bbbb cccc" */
    layout_free(&l);
}

static void combining_marks_stay_with_their_letter(void **state)
{
    (void)state;
    /* e + U+0301 is one column and is never split from its e */
    const char *s = "cafe\xcc\x81 cafe\xcc\x81 cafe\xcc\x81";
    assert_int_equal(text_cols("e\xcc\x81", 3), 1);
    char *out = wrap(s, 5);
    assert_string_equal(out, "cafe\xcc\x81|cafe\xcc\x81|cafe\xcc\x81");
}

static void emoji_is_two_columns(void **state)
{
    (void)state;
    assert_int_equal(text_cols("\xf0\x9f\x98\x80", 4), 2); /* U+1F600 */
    char *out = wrap("ab \xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80", 5);
    assert_string_equal(out, "ab \xf0\x9f\x98\x80|\xf0\x9f\x98\x80\xf0\x9f\x98\x80"); /* 5 + 4 columns */
}

/* cp_width and cp_drawn answer printable ASCII without asking wcwidth: for every
 * ASCII code point the answer is still wcwidth's (controls and DEL are drawn as U+FFFD,
 * one column), and a control inside a word is one drawn cell of its own. */
static void ascii_shortcut_agrees_with_wcwidth(void **state)
{
    (void)state;
    for (uint32_t cp = 0; cp < 0x80; cp++) {
        int w = wcwidth((wchar_t)cp);
        assert_int_equal(cp_width(cp), w < 0 ? 1 : w);
        assert_int_equal(cp_drawn(cp), w < 0 ? REPLACEMENT_CHAR : cp);
    }
    const char s[] = "a\x7f" "b\x1f";
    size_t i = 0;
    text_cell c;
    uint32_t drawn[4];
    int n = 0;
    while (n < 4 && text_next_cell(s, 4, &i, &c))
        drawn[n++] = c.cp;
    assert_int_equal(n, 4);
    assert_int_equal(drawn[0], 'a');
    assert_int_equal(drawn[1], REPLACEMENT_CHAR);
    assert_int_equal(drawn[2], 'b');
    assert_int_equal(drawn[3], REPLACEMENT_CHAR);
}

static void invalid_utf8_counts_as_replacement(void **state)
{
    (void)state;
    const char bad[] = "ab\xff\xfe" "cd";
    uint32_t cp;
    assert_int_equal(utf8_decode(bad, 6, 2, &cp), 1);
    assert_int_equal(cp, REPLACEMENT_CHAR);
    assert_int_equal(text_cols(bad, 6), 6);
    layout l = { 0 };
    layout_wrap(bad, 6, 3, 3, &l);
    size_t covered = 0;
    for (size_t i = 0; i < l.n; i++)
        covered += l.lines[i].end - l.lines[i].start;
    assert_int_equal(covered, 6);
    layout_free(&l);
    /* a cut-short sequence is one replacement character, never split */
    const char cut[] = "\xe7\x99";
    assert_int_equal(text_cols(cut, 2), 1);
}

static void never_splits_a_utf8_sequence(void **state)
{
    (void)state;
    const char *s = "白癜風 vitiligo 同形反應 Koebner 幹細胞 MSC 窄波紫外線 NB-UVB";
    for (int width = 1; width <= 40; width++) {
        layout l = { 0 };
        layout_wrap(s, strlen(s), width, width, &l);
        for (size_t i = 0; i < l.n; i++) {
            assert_true((s[l.lines[i].start] & 0xC0) != 0x80);
            assert_true(l.lines[i].end == strlen(s) || (s[l.lines[i].end] & 0xC0) != 0x80);
        }
        layout_free(&l);
    }
}

static void widths_20_to_300_fit(void **state)
{
    (void)state;
    const char *s = "患者的皮膚會出現白色斑塊（white patches），常見於臉部、手部和足部。Treatment takes months.";
    for (int width = 20; width <= 300; width++) {
        layout l = { 0 };
        layout_wrap(s, strlen(s), width, width, &l);
        for (size_t i = 0; i < l.n; i++)
            assert_true(l.lines[i].cols <= width);
        layout_free(&l);
    }
}

static void line_breaks_in_text_are_kept(void **state)
{
    (void)state;
    assert_string_equal(wrap("one\ntwo", 20), "one|two");
    assert_string_equal(wrap("", 20), "");
}

static void text_fit_never_straddles(void **state)
{
    (void)state;
    int used;
    assert_int_equal(text_fit("白癜風", 9, 5, &used), 6); /* 2 characters, 4 columns */
    assert_int_equal(used, 4);
}

/* screen-test L10: a number keeps its unit on the same line ("311 nm", "0.8 mg"). */
static void a_number_keeps_its_unit(void **state)
{
    (void)state;
    static const char *const texts[] = { "abc 311 nm xyz", "光束。波長是 308 nm（nm 是奈米）", "take 0.8 mg once" };
    for (size_t k = 0; k < 3; k++) {
        const char *t = texts[k];
        for (int w = 10; w <= 24; w++) { /* wider than any number and unit */
            layout lay = { 0 };
            layout_wrap(t, strlen(t), w, w, &lay);
            for (size_t i = 0; i + 1 < lay.n; i++) {
                const char *end = t + lay.lines[i].end;
                const char *next = t + lay.lines[i + 1].start;
                bool digit_end = lay.lines[i].end > lay.lines[i].start && end[-1] >= '0' && end[-1] <= '9';
                assert_false(digit_end && (strncmp(next, "nm", 2) == 0 || strncmp(next, "mg", 2) == 0));
            }
            layout_free(&lay);
        }
    }
}

static void text_clip_leaves_the_gap_and_says_it_cut(void **state)
{
    (void)state;
    int used;
    bool cut;
    /* 白 would straddle column 3: it is left out, one column stays empty, and the
     * caller is told, so it can draw "..." */
    assert_int_equal(text_clip("ab白x", 6, 3, &used, &cut), 2);
    assert_int_equal(used, 2);
    assert_true(cut);
    assert_int_equal(text_clip("ab白", 5, 4, &used, &cut), 5);
    assert_int_equal(used, 4);
    assert_false(cut);
    /* a combining mark stays with its character */
    assert_int_equal(text_clip("e\xcc\x81x", 4, 1, &used, &cut), 3);
    assert_int_equal(used, 1);
    assert_true(cut);
}

static void plain_text_shows_invalid_bytes_as_replacement(void **state)
{
    (void)state;
    doc d = { 0 };
    doc_text(&d, "ok \xff\x01 end", DOC_TEXT, 0, 40);
    strbuf out = { 0 };
    doc_render_plain(&d, &out);
    assert_string_equal(out.s, "ok \xef\xbf\xbd\xef\xbf\xbd end\n");
    sb_free(&out);
    doc_free(&d);
}

int main(void)
{
    test_locale();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(english_breaks_at_spaces),
        cmocka_unit_test(chinese_breaks_between_characters),
        cmocka_unit_test(mixed_text_keeps_words_whole),
        cmocka_unit_test(no_line_starts_with_closing_punctuation),
        cmocka_unit_test(no_line_ends_with_opening_punctuation),
        cmocka_unit_test(em_dash_pair_stays_together),
        cmocka_unit_test(en_dash_range_stays_together),
        cmocka_unit_test(long_doi_breaks_inside_when_it_must),
        cmocka_unit_test(web_address_is_not_split_at_its_dots),
        cmocka_unit_test(url_without_break_chances_is_cut_at_graphemes),
        cmocka_unit_test(hanging_indent_widths),
        cmocka_unit_test(text_clip_leaves_the_gap_and_says_it_cut),
        cmocka_unit_test(a_number_keeps_its_unit),
        cmocka_unit_test(combining_marks_stay_with_their_letter),
        cmocka_unit_test(emoji_is_two_columns),
        cmocka_unit_test(ascii_shortcut_agrees_with_wcwidth),
        cmocka_unit_test(invalid_utf8_counts_as_replacement),
        cmocka_unit_test(never_splits_a_utf8_sequence),
        cmocka_unit_test(widths_20_to_300_fit),
        cmocka_unit_test(line_breaks_in_text_are_kept),
        cmocka_unit_test(text_fit_never_straddles),
        cmocka_unit_test(plain_text_shows_invalid_bytes_as_replacement),
    };
    return cmocka_run_group_tests_name("layout", tests, NULL, NULL);
}
