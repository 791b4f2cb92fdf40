/* The explorer's state machine: action in, new state out, no terminal. */
#include "test_app_fixture.h"

#include "search/search.h"
#include "ui/keymap.h"

static void starts_at_home_with_start_here_first(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    assert_int_equal(app_view(&a), VIEW_HOME);
    assert_int_equal(a.s.depth, 1);
    assert_int_equal(act(&a, ACT_OPEN) & CHG_DRAW, CHG_DRAW);
    assert_int_equal(app_view(&a), VIEW_READER);
    assert_int_equal(app_cframe(&a)->item, topic_id("what-is-vitiligo"));
    app_free(&a);
}

static void number_keys_and_back_walk_the_history(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    act_n(&a, ACT_PICK, 3); /* 4. The Koebner phenomenon (category), after 2. Common questions */
    assert_int_equal(app_view(&a), VIEW_CATEGORY);
    assert_int_equal(app_cframe(&a)->item, store_find_category(&st, "koebner"));
    act(&a, ACT_OPEN);
    assert_int_equal(app_view(&a), VIEW_READER);
    assert_int_equal(a.s.depth, 3);
    act(&a, ACT_BACK);
    assert_int_equal(app_view(&a), VIEW_CATEGORY);
    act(&a, ACT_BACK);
    assert_int_equal(app_view(&a), VIEW_HOME);
    assert_int_equal(app_cframe(&a)->sel, 3); /* the selection was kept */
    assert_int_equal(act(&a, ACT_BACK), CHG_NONE); /* nothing before home */
    app_free(&a);
}

/* "Common questions" is the second home entry; a question opens its topic at the
 * heading of the section that answers it, not at the top of the page. */
static void common_questions_open_the_answering_section(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    act_n(&a, ACT_PICK, 1);
    assert_int_equal(app_view(&a), VIEW_QUESTIONS);
    assert_int_equal(view_questions.count(&a), 3);
    act_n(&a, ACT_PICK, 0); /* Is vitiligo contagious? */
    assert_int_equal(app_view(&a), VIEW_READER);
    assert_int_equal(app_cframe(&a)->item, topic_id("what-is-vitiligo"));
    int top = app_cframe(&a)->top;
    assert_true(top > 0);
    assert_int_equal(a.rd.rows[top].section, 1); /* "What it is not" */
    assert_int_equal(a.rd.left.lines[a.rd.rows[top].left].kind, DOC_HEADING); /* at its heading */
    act(&a, ACT_BACK);
    assert_int_equal(app_view(&a), VIEW_QUESTIONS);
    app_free(&a);
}

/* A pack does not check a question's section against its topic at open (that would read
 * a topic record per question): one the topic lacks opens the topic at its top. */
static void a_question_whose_section_is_missing_opens_its_topic_at_the_top(void **state)
{
    (void)state;
    size_t kept = st.questions[0].section;
    st.questions[0].section = 99;
    app a;
    start(&a, false, 24, 80);
    act_n(&a, ACT_PICK, 1);
    act_n(&a, ACT_PICK, 0); /* Is vitiligo contagious? */
    assert_int_equal(app_view(&a), VIEW_READER);
    assert_int_equal(app_cframe(&a)->item, topic_id("what-is-vitiligo"));
    assert_int_equal(app_cframe(&a)->top, 0);
    app_free(&a);
    st.questions[0].section = kept;
}

static void list_moves_clamp_at_both_ends(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    int n = view_home.count(&a);
    act(&a, ACT_UP);
    assert_int_equal(app_cframe(&a)->sel, 0);
    act(&a, ACT_LAST);
    assert_int_equal(app_cframe(&a)->sel, n - 1);
    act(&a, ACT_DOWN);
    assert_int_equal(app_cframe(&a)->sel, n - 1);
    act(&a, ACT_PAGE_UP);
    assert_int_equal(app_cframe(&a)->sel, 0);
    assert_int_equal(act_n(&a, ACT_PICK, 8), CHG_NONE); /* no item 9 */
    app_free(&a);
}

static void the_last_home_entry_opens_the_treatment_comparison(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    act(&a, ACT_LAST);
    act(&a, ACT_OPEN);
    assert_int_equal(app_view(&a), VIEW_TREATMENTS);
    act(&a, ACT_BACK);
    act(&a, ACT_TREATMENTS);
    assert_int_equal(app_view(&a), VIEW_TREATMENTS);
    app_free(&a);
}

static void language_cycles_and_keeps_the_position(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    act(&a, ACT_OPEN);
    act(&a, ACT_PAGE_DOWN);
    reader_anchor before = app_cframe(&a)->anchor;
    assert_true(app_cframe(&a)->top > 0);
    assert_int_equal(act(&a, ACT_LANGUAGE) & CHG_LANG, CHG_LANG);
    assert_int_equal(a.s.lang, LANG_ZH_HANT);
    assert_int_equal(app_cframe(&a)->anchor.section, before.section);
    act(&a, ACT_LANGUAGE);
    assert_int_equal(a.s.lang, LANG_ZH_HK);
    assert_int_equal(app_cframe(&a)->anchor.section, before.section);
    act(&a, ACT_LANGUAGE);
    assert_int_equal(a.s.lang, LANG_ZH_HANS);
    assert_true(st.derived[LANG_ZH_HANS]); /* derived by the owner of the store, not by the app */
    assert_int_equal(app_cframe(&a)->anchor.section, before.section);
    act(&a, ACT_LANGUAGE);
    assert_int_equal(a.s.lang, LANG_EN);
    assert_int_equal(app_view(&a), VIEW_READER);
    assert_int_equal(app_cframe(&a)->anchor.section, before.section);
    app_free(&a);
}

static void interface_strings_follow_the_language(void **state)
{
    (void)state;
    const char *root = getenv("VE_ROOT");
    char dir[600];
    snprintf(dir, sizeof dir, "%s/build/locale", root ? root : ".");
    char mo[700];
    snprintf(mo, sizeof mo, "%s/zh_TW/LC_MESSAGES/" TEXT_DOMAIN ".mo", dir);
    FILE *f = fopen(mo, "rb");
    if (!f)
        fail_msg("%s is missing: build the catalogues first (make)", mo);
    fclose(f);
    assert_int_equal(i18n_load(dir), 3);
    app a;
    start(&a, false, 24, 80);
    assert_string_equal(tr(a.s.lang, "Back"), "Back");
    act(&a, ACT_LANGUAGE);
    assert_string_equal(tr(a.s.lang, "Back"), "返回");
    assert_string_equal(tr(a.s.lang, "Help"), "說明");
    act(&a, ACT_LANGUAGE); /* 香港 */
    assert_string_equal(tr(a.s.lang, "Still reading? Press any key or touch the screen."),
                        "還在閱讀嗎？請按任意鍵或觸摸屏幕。");
    act(&a, ACT_LANGUAGE);
    assert_string_equal(tr(a.s.lang, "Search"), "搜索"); /* the mainland's word, not Taiwan's 搜寻 */
    assert_string_equal(tr(a.s.lang, "Help"), "帮助");   /* a hand correction: 说明 means "explanation" */
    act(&a, ACT_LANGUAGE);
    assert_string_equal(tr(a.s.lang, "Back"), "Back"); /* no cache may keep the Chinese */
    app_free(&a);
}

static void resize_reflows_and_keeps_the_section(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    act(&a, ACT_OPEN);
    act(&a, ACT_LAST);
    int sec = app_cframe(&a)->anchor.section;
    size_t rows80 = a.rd.nrows;
    resize(&a, 12, 40);
    assert_true(a.rd.nrows > rows80); /* narrower: more rows */
    assert_int_equal(a.rd.text_width, 38);
    assert_int_equal(app_cframe(&a)->anchor.section, sec);
    resize(&a, 1, 1); /* never a crash, whatever the size */
    resize(&a, 60, 200); /* all of it fits: shown from the top */
    assert_int_equal(app_cframe(&a)->top, 0);
    resize(&a, 24, 80); /* and back at the same place */
    assert_int_equal(app_cframe(&a)->anchor.section, sec);
    assert_int_equal(a.rd.rows[app_cframe(&a)->top].section, sec);
    app_free(&a);
}

static void reader_scrolls_within_bounds(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    act(&a, ACT_OPEN);
    act(&a, ACT_UP);
    assert_int_equal(app_cframe(&a)->top, 0);
    act(&a, ACT_LAST);
    int last = app_cframe(&a)->top;
    assert_int_equal(last, (int)a.rd.nrows - app_body_rows(&a));
    act(&a, ACT_SCROLL_DOWN);
    assert_int_equal(app_cframe(&a)->top, last);
    act(&a, ACT_FIRST);
    assert_int_equal(app_cframe(&a)->top, 0);
    app_free(&a);
}

static void tab_focuses_links_and_enter_follows_them(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    act(&a, ACT_OPEN);
    assert_int_equal(a.rd.nlinks, 2); /* koebner, light-therapy */
    assert_int_equal(act(&a, ACT_OPEN), CHG_DRAW); /* nothing focused: stays */
    assert_int_equal(app_view(&a), VIEW_READER);
    act(&a, ACT_NEXT_LINK);
    assert_int_equal(app_cframe(&a)->link, 0);
    act(&a, ACT_NEXT_LINK);
    assert_int_equal(app_cframe(&a)->link, 1);
    act(&a, ACT_NEXT_LINK);
    assert_int_equal(app_cframe(&a)->link, 0); /* wraps */
    act(&a, ACT_PREV_LINK);
    assert_int_equal(app_cframe(&a)->link, 1);
    /* the focused link is on screen */
    int row = a.rd.link_rows[1];
    assert_true(row >= app_cframe(&a)->top && row < app_cframe(&a)->top + app_body_rows(&a));
    act(&a, ACT_OPEN);
    assert_int_equal(app_cframe(&a)->item, topic_id("light-therapy"));
    act(&a, ACT_BACK);
    assert_int_equal(app_cframe(&a)->link, 1); /* back where we were */
    act_n(&a, ACT_SELECT, 0); /* a click on the first link */
    assert_int_equal(app_cframe(&a)->item, topic_id("koebner"));
    app_free(&a);
}

/* screen-test L2: a focused link that scrolled off screen is not opened by Enter. */
static void enter_never_opens_a_link_off_screen(void **state)
{
    (void)state;
    app a;
    start(&a, false, 12, 40);
    act(&a, ACT_OPEN); /* the first topic */
    long here = app_cframe(&a)->item;
    act(&a, ACT_NEXT_LINK); /* focuses a link at the end and scrolls to it */
    assert_true(app_cframe(&a)->link >= 0);
    act(&a, ACT_FIRST); /* back to the top: the link is far below */
    assert_false(reader_link_shown(&a.rd, app_cframe(&a)->link, app_cframe(&a)->top, app_body_rows(&a)));
    act(&a, ACT_OPEN);
    assert_int_equal(app_cframe(&a)->item, here);
    assert_int_equal(a.s.depth, 2);
    app_free(&a);
}

/* screen-test L7: Home returns to the home screen in the trail instead of adding one. */
static void home_unwinds_the_trail(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    act(&a, ACT_OPEN);   /* a topic */
    act(&a, ACT_SEARCH); /* search */
    assert_int_equal(a.s.depth, 3);
    act(&a, ACT_HOME_SCREEN);
    assert_int_equal(a.s.depth, 1);
    assert_int_equal(app_view(&a), VIEW_HOME);
    assert_int_equal(act(&a, ACT_HOME_SCREEN), CHG_NONE); /* already there: nothing grows */
    assert_int_equal(a.s.depth, 1);
    app_free(&a);
}

static void side_by_side_aligns_sections(void **state)
{
    (void)state;
    app a;
    start(&a, false, 30, 120);
    act(&a, ACT_OPEN);
    act(&a, ACT_SIDE_BY_SIDE);
    assert_true(a.rd.side);
    assert_int_equal(a.rd.text_width, 58);
    int seen_right = 0;
    for (size_t i = 0; i < a.rd.nrows; i++) {
        const reader_row *r = &a.rd.rows[i];
        if (r->left >= 0)
            assert_int_equal(a.rd.left.lines[r->left].section, r->section);
        if (r->right >= 0) {
            assert_int_equal(a.rd.right.lines[r->right].section, r->section);
            seen_right++;
        }
    }
    assert_int_equal(seen_right, (int)a.rd.right.n);
    /* every section starts on the same row on both sides */
    for (size_t i = 1; i < a.rd.nrows; i++)
        if (a.rd.rows[i].section != a.rd.rows[i - 1].section)
            assert_true(a.rd.rows[i].left >= 0 && a.rd.rows[i].right >= 0);
    /* narrower than 100 columns: one column again, the wish is kept */
    resize(&a, 30, 99);
    assert_false(a.rd.side);
    assert_true(a.s.side_by_side);
    resize(&a, 30, 100);
    assert_true(a.rd.side);
    app_free(&a);
}

static void quit_works_except_in_a_kiosk(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    assert_int_equal(act(&a, ACT_QUIT) & CHG_QUIT, CHG_QUIT);
    app_free(&a);
    start(&a, true, 24, 80);
    app_note_input(&a, 1); /* leave the attract screen */
    assert_int_equal(act(&a, ACT_QUIT) & CHG_QUIT, 0);
    app_free(&a);
}

/* screen-test L15: c says which colour theme is now on, and how many there are. */
static void the_colour_key_names_the_theme(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    act(&a, ACT_THEME);
    assert_int_equal(a.s.theme, THEME_HIGH_CONTRAST);
    assert_string_equal(a.s.status, "Colours: high contrast (2 of 3)");
    act(&a, ACT_THEME);
    assert_string_equal(a.s.status, "Colours: black and white (3 of 3)");
    act(&a, ACT_THEME);
    assert_int_equal(a.s.theme, THEME_NORMAL);
    assert_string_equal(a.s.status, "Colours: normal (1 of 3)");
    app_free(&a);
}

/* screen-test L9: one second, one error. */
static void counts_use_the_singular_for_one(void **state)
{
    (void)state;
    assert_string_equal(ntr(LANG_EN, "Starting over in %d second.", "Starting over in %d seconds.", 1),
                        "Starting over in %d second.");
    assert_string_equal(ntr(LANG_EN, "Starting over in %d second.", "Starting over in %d seconds.", 2),
                        "Starting over in %d seconds.");
}

static void history_keeps_the_newest_screens(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    for (int i = 0; i < APP_MAX_DEPTH + 10; i++)
        app_open_topic(&a, i % (long)st.ntopics);
    assert_int_equal(a.s.depth, APP_MAX_DEPTH);
    assert_int_equal(app_cframe(&a)->item, (APP_MAX_DEPTH + 9) % (long)st.ntopics);
    app_free(&a);
}

static void search_line_edits_by_character(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    act(&a, ACT_SEARCH);
    assert_int_equal(app_view(&a), VIEW_SEARCH);
    type(&a, "白癜風");          /* an input method commits three at once */
    assert_int_equal(a.s.query.len, 3);
    assert_int_equal(le_cols(&a.s.query, a.s.query.cursor), 6);
    act(&a, ACT_EDIT_LEFT);
    act(&a, ACT_EDIT_BACKSPACE);  /* removes 癜 */
    char q[64];
    le_text(&a.s.query, q, sizeof q);
    assert_string_equal(q, "白風");
    act(&a, ACT_EDIT_CLEAR);
    assert_int_equal(a.s.query.len, 0);
    app_free(&a);
}

static void search_results_open_topics_at_the_first_match(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    act(&a, ACT_SEARCH);
    type(&a, "koebner");
    assert_non_null(a.s.results);
    long hit = -1;
    for (size_t i = 0; i < a.s.results->n && hit < 0; i++)
        if (a.s.results->hits[i].kind == SEARCH_TOPIC && (long)a.s.results->hits[i].index == topic_id("koebner"))
            hit = (long)i;
    assert_true(hit >= 0);
    act_n(&a, ACT_SELECT, hit); /* a click on it */
    assert_int_equal(app_view(&a), VIEW_READER);
    assert_true(a.rd.nmatches > 0);
    assert_int_equal(app_cframe(&a)->match, 0);
    int row = a.rd.matches[0].row;
    assert_true(row >= app_cframe(&a)->top && row < app_cframe(&a)->top + app_body_rows(&a));
    act(&a, ACT_NEXT_MATCH);
    assert_int_equal(app_cframe(&a)->match, a.rd.nmatches > 1 ? 1 : 0);
    act(&a, ACT_PREV_MATCH);
    assert_int_equal(app_cframe(&a)->match, 0);
    act(&a, ACT_PREV_MATCH); /* wraps to the last */
    assert_int_equal(app_cframe(&a)->match, (int)a.rd.nmatches - 1);
    act(&a, ACT_BACK);
    assert_int_equal(app_view(&a), VIEW_SEARCH);
    act(&a, ACT_BACK); /* Esc closes the search */
    assert_int_equal(app_view(&a), VIEW_HOME);
    app_free(&a);
}

static void chinese_search_finds_the_topic(void **state)
{
    (void)state;
    app a;
    start(&a, false, 24, 80);
    act(&a, ACT_SEARCH);
    type(&a, "同形");
    assert_non_null(a.s.results);
    assert_true(a.s.results->n > 0);
    bool found = false;
    for (size_t i = 0; i < a.s.results->n; i++)
        found |= a.s.results->hits[i].kind == SEARCH_TOPIC && (long)a.s.results->hits[i].index == topic_id("koebner");
    assert_true(found);
    app_free(&a);
}

static void keys_map_per_view(void **state)
{
    (void)state;
    long n = -1;
    key_event q = { .fn = false, .code = 'q' };
    assert_int_equal(keymap_lookup(VIEW_HOME, q, &n), ACT_QUIT);
    assert_int_equal(keymap_lookup(VIEW_SEARCH, q, &n), ACT_EDIT_INSERT); /* typed, not a command */
    key_event three = { .fn = false, .code = '3' };
    assert_int_equal(keymap_lookup(VIEW_HOME, three, &n), ACT_PICK);
    assert_int_equal(n, 2);
    key_event tab = { .fn = false, .code = '\t' };
    assert_int_equal(keymap_lookup(VIEW_READER, tab, &n), ACT_NEXT_LINK);
    /* U+0104 has the same number as KEY_LEFT: as a character it is text, not an arrow */
    key_event a_ogonek = { .fn = false, .code = 0x104 };
    assert_int_equal(keymap_lookup(VIEW_SEARCH, a_ogonek, &n), ACT_EDIT_INSERT);
    assert_int_equal(keymap_lookup(VIEW_READER, a_ogonek, &n), ACT_NONE);
    key_event zh = { .fn = false, .code = 0x767D }; /* 白 */
    assert_int_equal(keymap_lookup(VIEW_SEARCH, zh, &n), ACT_EDIT_INSERT);
    assert_int_equal(keymap_lookup(VIEW_ATTRACT, q, &n), ACT_NONE);
    /* every action with help text has a key somewhere */
    for (int i = 0; i < ACT_COUNT; i++) {
        if (!action_help((action)i))
            continue;
        bool bound = false;
        for (int v = 0; v < VIEW_COUNT && !bound; v++)
            bound = keymap_label_for((view_id)v, (action)i) != NULL;
        if (!bound)
            fail_msg("action %s has help but no key", action_name((action)i));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(starts_at_home_with_start_here_first),
        cmocka_unit_test(the_colour_key_names_the_theme),
        cmocka_unit_test(enter_never_opens_a_link_off_screen),
        cmocka_unit_test(home_unwinds_the_trail),
        cmocka_unit_test(counts_use_the_singular_for_one),
        cmocka_unit_test(number_keys_and_back_walk_the_history),
        cmocka_unit_test(common_questions_open_the_answering_section),
        cmocka_unit_test(a_question_whose_section_is_missing_opens_its_topic_at_the_top),
        cmocka_unit_test(list_moves_clamp_at_both_ends),
        cmocka_unit_test(the_last_home_entry_opens_the_treatment_comparison),
        cmocka_unit_test(language_cycles_and_keeps_the_position),
        cmocka_unit_test(interface_strings_follow_the_language),
        cmocka_unit_test(resize_reflows_and_keeps_the_section),
        cmocka_unit_test(reader_scrolls_within_bounds),
        cmocka_unit_test(tab_focuses_links_and_enter_follows_them),
        cmocka_unit_test(side_by_side_aligns_sections),
        cmocka_unit_test(quit_works_except_in_a_kiosk),
        cmocka_unit_test(history_keeps_the_newest_screens),
        cmocka_unit_test(search_line_edits_by_character),
        cmocka_unit_test(search_results_open_topics_at_the_first_match),
        cmocka_unit_test(chinese_search_finds_the_topic),
        cmocka_unit_test(keys_map_per_view),
    };
    return cmocka_run_group_tests(tests, load_store, free_store);
}
