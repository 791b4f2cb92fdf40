/* The language is a value: one process, one frame, several languages, and nothing
 * switched in between.  Labels come from the real catalogues (build/locale). */
#include "test_app_fixture.h"
#include "test_frame.h"

#include "core/strbuf.h"
#include "search/search.h"
#include "text/doc.h"
#include "treat/grid.h"
#include "treat/summary.h"
#include "ui/render.h"

static int setup(void **state)
{
    const char *root = getenv("VE_ROOT");
    char dir[600];
    snprintf(dir, sizeof dir, "%s/build/locale", root ? root : ".");
    if (i18n_load(dir) != LANG_COUNT - 1) { /* every catalogue but English */
        fprintf(stderr, "%s: the catalogues are missing; build them first (make)\n", dir);
        return -1;
    }
    return load_store(state);
}

static void tr_answers_in_the_language_it_is_given(void **state)
{
    (void)state;
    for (int round = 0; round < 2; round++) { /* interleaved, twice: nothing sticks */
        assert_string_equal(tr(LANG_EN, "Back"), "Back");
        assert_string_equal(tr(LANG_ZH_HANT, "Key points"), "重點");
        assert_string_equal(tr(LANG_ZH_HANS, "Key points"), "重点");
        assert_string_equal(tr(LANG_EN, "Key points"), "Key points");
        assert_string_equal(tr(LANG_ZH_HANT, "Back"), "返回");
    }
    assert_string_equal(tr(LANG_ZH_HANT, "no such message"), "no such message");
    assert_string_equal(ntr(LANG_EN, "%zu result", "%zu results", 1), "%zu result");
    assert_string_equal(ntr(LANG_EN, "%zu result", "%zu results", 2), "%zu results");
    assert_string_equal(ntr(LANG_ZH_HANT, "%zu result", "%zu results", 1), "%zu 個結果"); /* one form */
    assert_string_equal(ntr(LANG_ZH_HANS, "%zu result", "%zu results", 7), "%zu 个结果");
}

/* The rendering of a topic laid out in lang. */
static char *topic_text(lang_t lang)
{
    doc d = { 0 };
    doc_topic(&d, &st, &st.topics[topic_id("what-is-vitiligo")], lang, 60);
    strbuf out = { 0 };
    doc_render_plain(&d, &out);
    doc_free(&d);
    return out.s;
}

static void doc_topic_labels_follow_its_lang_argument(void **state)
{
    (void)state;
    char *en = topic_text(LANG_EN), *hant = topic_text(LANG_ZH_HANT), *hans = topic_text(LANG_ZH_HANS);
    char *en2 = topic_text(LANG_EN);
    assert_non_null(strstr(en, "Key points"));
    assert_non_null(strstr(en, "What is vitiligo?"));
    assert_non_null(strstr(hant, "重點"));
    assert_non_null(strstr(hant, "什麼是白癜風？"));
    assert_null(strstr(hant, "Key points"));
    assert_non_null(strstr(hans, "重点"));
    assert_non_null(strstr(hans, "什么是白癜风？"));
    assert_string_equal(en, en2); /* laying out Chinese changed nothing for English */
    free(en);
    free(hant);
    free(hans);
    free(en2);
}

static void grid_and_summary_take_the_language_as_a_value(void **state)
{
    (void)state;
    size_t opts[2] = { 0, 1 };
    grid g;
    strbuf en = { 0 }, zh = { 0 };
    grid_build(&g, &st, opts, 2, LANG_ZH_HANT, 120, 0);
    grid_render_plain(&g, &zh);
    grid_free(&g);
    grid_build(&g, &st, opts, 2, LANG_EN, 120, 0);
    grid_render_plain(&g, &en);
    grid_free(&g);
    assert_non_null(strstr(zh.s, "這是什麼？"));
    assert_non_null(strstr(en.s, "What is it?"));
    assert_null(strstr(en.s, "這是什麼？"));
    assert_string_equal(grid_row_label(LANG_ZH_HANS, 0), "这是什么？");
    assert_string_equal(grid_row_label(LANG_EN, 0), "What is it?");
    sb_clear(&en);
    sb_clear(&zh);
    situation s = { 0 };
    summary_build(&zh, &st, &s, opts, 2, LANG_ZH_HANS, 60);
    summary_build(&en, &st, &s, opts, 2, LANG_EN, 60);
    assert_non_null(strstr(zh.s, "要问医生的问题")); /* the mainland's word, from the regional table */
    assert_non_null(strstr(en.s, "Questions for my doctor"));
    assert_null(strstr(en.s, "要问医生的问题"));
    sb_clear(&zh);
    summary_build(&zh, &st, &s, opts, 2, LANG_ZH_HK, 60);
    assert_non_null(strstr(zh.s, "要問醫生的問題"));
    sb_free(&en);
    sb_free(&zh);
}

/* ---- whole frames, drawn through curses into a screen that goes nowhere ---------- */

static int setup_frames(void **state) { return setup(state) || open_screen(state) ? -1 : 0; }

static void side_by_side_frame_shows_both_languages(void **state)
{
    (void)state;
    app a;
    start(&a, false, 30, 120);
    act(&a, ACT_OPEN); /* Start here: what-is-vitiligo */
    act(&a, ACT_SIDE_BY_SIDE);
    assert_true(a.rd.side);
    canvas c;
    render_frame(&a, &c);
    assert_true(a_row_has("What is vitiligo?", "什麼是白癜風？"));
    assert_true(a_row_has("Key points", "重點"));
    assert_true(a_row_has("Back", NULL)); /* the bars are in the interface language */
    act(&a, ACT_LANGUAGE);                /* 繁體: the columns stay English | 繁體 */
    act(&a, ACT_LANGUAGE);                /* 香港: English | 香港 */
    render_frame(&a, &c);
    assert_int_equal(a.s.lang, LANG_ZH_HK);
    assert_true(a_row_has("What is vitiligo?", "什麼是白癜風？"));
    act(&a, ACT_LANGUAGE);                /* 简体: English | 简体 */
    render_frame(&a, &c);
    assert_true(a_row_has("What is vitiligo?", "什么是白癜风？"));
    assert_true(a_row_has("Key points", "重点"));
    assert_true(a_row_has("返回", NULL));
    assert_false(a_row_has("重點", NULL));
    act(&a, ACT_LANGUAGE);                /* English: beside it, the Chinese last read, 简体 */
    render_frame(&a, &c);
    assert_int_equal(a.s.lang, LANG_EN);
    assert_true(a_row_has("What is vitiligo?", "什么是白癜风？"));
    assert_true(a_row_has("Back", NULL));
    app_free(&a);
}

static void idle_warning_frame_is_bilingual(void **state)
{
    (void)state;
    app a;
    start(&a, true, 30, 120);
    app_note_input(&a, 1000);
    act(&a, ACT_OPEN);
    app_apply(&a, ACT_TICK, &(action_arg){ .now_ms = 1000 + APP_DEFAULT_IDLE * 1000 });
    assert_true(a.s.idle_warning);
    canvas c;
    render_frame(&a, &c);
    assert_true(a_row_has("Still reading? Press any key or touch the screen.", NULL));
    assert_true(a_row_has(tr(LANG_ZH_HANT, "Still reading? Press any key or touch the screen."), NULL));
    assert_string_not_equal(tr(LANG_ZH_HANT, "Still reading? Press any key or touch the screen."),
                            "Still reading? Press any key or touch the screen.");
    app_free(&a);
}

/* The drawing clip is text_clip: a wide character at the edge leaves its column
 * empty and the caller learns the text was cut. */
static void drawing_leaves_the_gap_and_reports_the_cut(void **state)
{
    (void)state;
    canvas c = { .win = stdscr, .rows = LINES, .cols = COLS };
    werase(stdscr);
    bool cut = false;
    int used = put_spans(&c, 0, 0, 3, "ab白x", strlen("ab白x"), ST_NORMAL, NULL, 0, &cut);
    /* a cut is shown: the last column says the text goes on */
    assert_int_equal(used, 3);
    assert_true(cut);
    char row[256];
    row_text(0, row, sizeof row);
    assert_string_equal(row, "ab…");
    /* a wide character never straddles the edge, "…" included: "a" + "…", column 2 stays empty */
    werase(stdscr);
    used = put_spans(&c, 0, 0, 3, "a白白", strlen("a白白"), ST_NORMAL, NULL, 0, &cut);
    assert_int_equal(used, 2);
    row_text(0, row, sizeof row);
    assert_string_equal(row, "a…");
    cut = true;
    assert_int_equal(put_spans(&c, 1, 0, 4, "ab白", strlen("ab白"), ST_NORMAL, NULL, 0, &cut), 4);
    assert_false(cut);
}

/* The search line asks for 50 results on every keystroke, but only the rows on the
 * screen get their snippets made: the rest are made if they are scrolled into view. */
static void search_snippets_only_for_rows_on_screen(void **state)
{
    (void)state;
    app a;
    start(&a, false, 12, 80);
    act(&a, ACT_SEARCH);
    type(&a, "the");
    assert_non_null(a.s.results);
    size_t n = a.s.results->n;
    assert_true(n > 4); /* more than a 12-row screen shows */
    for (size_t i = 0; i < n; i++)
        assert_false(a.s.results->hits[i].prepared);
    canvas c;
    render_frame(&a, &c);
    size_t made = 0;
    for (size_t i = 0; i < n; i++)
        made += a.s.results->hits[i].prepared;
    assert_true(made > 0 && made < n && made <= 4);
    assert_true(a.s.results->hits[0].prepared);
    assert_false(a.s.results->hits[n - 1].prepared);
    const search_hit *h = &a.s.results->hits[0]; /* what was made is what is on the screen */
    char first[16] = { 0 };
    memcpy(first, h->snippet_src + h->snippet_start, 10);
    assert_true(a_row_has(first, NULL));
    app_free(&a);
}

int main(void)
{
    const struct CMUnitTest text[] = {
        cmocka_unit_test(tr_answers_in_the_language_it_is_given),
        cmocka_unit_test(doc_topic_labels_follow_its_lang_argument),
        cmocka_unit_test(grid_and_summary_take_the_language_as_a_value),
    };
    const struct CMUnitTest frames[] = {
        cmocka_unit_test(side_by_side_frame_shows_both_languages),
        cmocka_unit_test(search_snippets_only_for_rows_on_screen),
        cmocka_unit_test(idle_warning_frame_is_bilingual),
        cmocka_unit_test(drawing_leaves_the_gap_and_reports_the_cut),
    };
    int rc = cmocka_run_group_tests_name("text", text, setup, free_store);
    return rc | cmocka_run_group_tests_name("frames", frames, setup_frames, close_screen);
}
