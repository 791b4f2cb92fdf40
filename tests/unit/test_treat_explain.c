/* The words around the treatment data that keep the explorer neutral and readable:
 * which priorities an option matches, where an approved option is approved, every
 * answer in "You said", review dates, the grid's marks, width and reading note,
 * icon arrays, and the check for terms used before they are explained. */
#include "test_treat_util.h"
#include "ref_width.h"

#include <string.h>

#include "content/check_terms.h"
#include "core/i18n.h"
#include "core/strbuf.h"
#include "text/doc.h"
#include "text/width.h"
#include "treat/explain.h"
#include "treat/grid.h"
#include "treat/summary.h"

static store st;

static int setup(void **state)
{
    (void)state;
    test_locale();
    i18n_set_lang(LANG_EN);
    return load_fixture_store_all_scripts(&st) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    store_free(&st);
    return 0;
}

static const treatment *option(const char *id) { return &st.treatments[option_index(&st, id)]; }

static void names_the_priorities_an_option_matches(void **state)
{
    (void)state;
    strbuf b = { 0 };
    situation s = SIT(0, 0, 0, 0, 0, PRIO_SPREAD | PRIO_VISITS | PRIO_COST);
    treat_matches_text(LANG_EN, option("no-treatment"), &s, &b); /* speaks to side effects, visits, cost */
    assert_string_equal(b.s, "Matches: fewer clinic visits, cost");
    sb_clear(&b);
    treat_matches_text(LANG_EN, option("stem-cells"), &s, &b); /* speaks to none */
    assert_int_equal(b.len, 0);
    sb_free(&b);
}

static void approved_always_says_where(void **state)
{
    (void)state;
    strbuf b = { 0 };
    treat_status_text(option("ruxolitinib-cream"), LANG_EN, &b);
    assert_string_equal(b.s, "Approved for vitiligo: US and EU, from age 12 (in the EU, when the face is affected). "
                             "Not yet in mainland China (still in development in 2025). Our sources could not confirm "
                             "Taiwan or Hong Kong.");
    sb_clear(&b);
    treat_status_text(option("ruxolitinib-cream"), LANG_ZH_HANS, &b);
    assert_non_null(strstr(b.s, "美国和欧盟"));
    sb_clear(&b);
    /* no status label claims an approval without a place */
    for (tx_status s = 0; s < TX_STATUS_COUNT; s++)
        if (s != TX_STATUS_APPROVED)
            assert_null(strstr(status_label(LANG_EN, s), "Approved"));
    treat_status_text(option("light-therapy"), LANG_EN, &b);
    assert_string_equal(b.s, "Widely used (in guidelines or expert reviews)");
    sb_clear(&b);
    /* waiting is a choice guidelines accept, not a "widely used" treatment; a specialist procedure says so */
    treat_status_text(option("no-treatment"), LANG_EN, &b);
    assert_string_equal(b.s, "An accepted choice (in guidelines)");
    sb_clear(&b);
    assert_string_equal(status_label(LANG_EN, TX_STATUS_SPECIALIST), "Specialist option (in expert reviews)");
    sb_free(&b);
}

static void you_said_labels_every_answer(void **state)
{
    (void)state;
    strbuf b = { 0 };
    situation s = SIT(SIT_TYPE_NSV, ACTIVITY_SPREADING, SITE_FACE, AGE_ADULT, PREG_YES, PRIO_COST);
    treat_said_text(LANG_EN, &s, &b);
    assert_string_equal(b.s, "You said: type: non-segmental; activity: spreading; where: face and neck; age: adult; "
                             "pregnant or breastfeeding: yes; what matters most: cost.");
    sb_clear(&b);
    s = SIT(0, 0, 0, AGE_CHILD, 0, 0); /* a child is never asked about pregnancy */
    treat_said_text(LANG_EN, &s, &b);
    assert_string_equal(b.s, "You said: type: not answered; activity: not answered; where: not answered; age: under "
                             "12; what matters most: not answered.");
    sb_free(&b);
}

static void review_dates_come_from_the_records(void **state)
{
    (void)state;
    strbuf b = { 0 };
    treat_review_text(LANG_EN, &st, NULL, 0, &b);
    assert_string_equal(b.s, "Content last reviewed 2026-11-01. Next review due 2099-11-01.");
    sb_free(&b);
}

static int cols(const char *s) { return ref_str_cols(s); }

static void grid_heads_show_the_mark_and_three_fit_at_100(void **state)
{
    (void)state;
    size_t opts[] = { option_index(&st, "ruxolitinib-cream"), option_index(&st, "light-therapy"),
                      option_index(&st, "stem-cells") };
    assert_int_equal(grid_per_page(100, 3), 3);
    assert_int_equal(grid_per_page(80, 2), 2);
    assert_int_equal(grid_per_page(60, 3), 1);
    situation child = SIT(SIT_TYPE_NSV, ACTIVITY_STABLE, SITE_FACE, AGE_CHILD, 0, 0);
    grid g;
    grid_build_for(&g, &st, opts, 3, LANG_EN, 100, 0, &child);
    assert_int_equal(g.npages, 1);
    assert_int_equal(g.count, 3);
    strbuf out = { 0 };
    grid_render_plain(&g, &out);
    for (size_t i = 0; i < g.n; i++)
        assert_true(cols(g.lines[i].text) <= 100);
    /* the column heads keep the mark in view: a child never compares ruxolitinib without it */
    bool mark = false;
    for (size_t i = 0; i < g.nhead; i++)
        mark |= strstr(g.lines[i].text, "For you: Usually not for") != NULL;
    assert_true(mark);
    assert_non_null(strstr(out.s, "Approved for vitiligo: US"));
    assert_non_null(strstr(out.s, "How to read this comparison:"));
    assert_non_null(strstr(out.s, "Content last reviewed 2026-11-01. Next review due 2099-11-01."));
    /* the icon array leads the chance row; the words give the same numbers */
    assert_non_null(strstr(out.s, "●●●○○○○○○○ About 3 in 10"));
    sb_free(&out);
    grid_free(&g);
    /* without answers there is no mark to show */
    grid_build_for(&g, &st, opts, 3, LANG_EN, 100, 0, NULL);
    for (size_t i = 0; i < g.nhead; i++)
        assert_null(strstr(g.lines[i].text, "For you:"));
    grid_free(&g);
}

static void icons_block_reads_the_same_in_words(void **state)
{
    (void)state;
    const topic *t = &st.topics[store_find_topic(&st, "ruxolitinib-cream")];
    for (int width = 10; width <= 100; width += 5)
        for (lang_t l = LANG_EN; l < LANG_COUNT; l++) {
            doc d = { 0 };
            doc_topic(&d, &st, t, l, width);
            strbuf out = { 0 };
            doc_render_plain(&d, &out);
            assert_non_null(strstr(out.s, "●●●○○○○○○○"));
            if (width >= 40)
                assert_non_null(strstr(out.s, l == LANG_EN ? "About 3 in" : "10 人中有 3 人"));
            for (char *line = out.s; line && *line;) {
                char *nl = strchr(line, '\n');
                assert_true(ref_cols(line, nl ? (size_t)(nl - line) : strlen(line)) <= width);
                line = nl ? nl + 1 : NULL;
            }
            sb_free(&out);
            doc_free(&d);
        }
}

static void finds_terms_and_their_explanations(void **state)
{
    (void)state;
    size_t end;
    assert_int_equal(term_find("Use NB-UVB twice.", "NB-UVB", false, &end), 4);
    assert_int_equal(term_find("non-segmental vitiligo", "segmental vitiligo", false, &end), (size_t)-1);
    assert_int_equal(term_find("Melanocytes make pigment.", "melanocyte", false, &end), 0);
    assert_int_equal(end, 11);
    assert_int_equal(term_find("cells called melanocytes", "cell", false, &end), 0); /* a plural counts */
    assert_int_equal(term_find("cellular", "cell", false, &end), (size_t)-1);
    /* explained in the same sentence */
    const char *s = "Light called NB-UVB helps.";
    assert_true(term_use_explained(s, 13, 19, false));
    s = "NB-UVB (a narrow band of UV light) helps.";
    assert_true(term_use_explained(s, 0, 6, false));
    s = "Pigment cells (melanocytes) die.";
    assert_true(term_use_explained(s, 15, 26, false));
    s = "It is called NB-UVB. NB-UVB helps. Use NB-UVB.";
    assert_false(term_use_explained(s, 39, 45, false)); /* "called" was in another sentence */
    s = "光療（用光線照射皮膚的治療）可以幫忙。";
    assert_true(term_use_explained(s, 0, strlen("光療"), true));
    s = "這種治療稱為光療。";
    assert_true(term_use_explained(s, strlen("這種治療稱為"), strlen("這種治療稱為光療"), true));
    s = "Doctors call these cells melanocytes.";
    assert_true(term_use_explained(s, 26, 37, false));
    s = "攻擊者是 CD8+ T 細胞，又稱「殺手 T 細胞」。";
    assert_true(term_use_explained(s, strlen("攻擊者是 "), strlen("攻擊者是 CD8+ T 細胞"), true));
    s = "你可以試試光療。";
    assert_false(term_use_explained(s, strlen("你可以試試"), strlen("你可以試試光療"), true));
}

static void strict_check_finds_terms_used_before_they_are_explained(void **state)
{
    (void)state;
    diag d = { .strict = true };
    /* what-is-vitiligo says "contagious" (傳染) in its summary and explains it nowhere, and does
     * not link the glossary term's own topic; every other use in the fixtures is explained */
    assert_int_equal(check_terms(&st, &d), 2);
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    diag_print(&d, mem);
    fclose(mem);
    assert_non_null(strstr(buf, "topics/what-is-vitiligo.json:6:22: warning: summary.en: \"contagious\" (glossary "
                                "\"contagious\") is used before this page explains it"));
    assert_non_null(strstr(buf, "topics/what-is-vitiligo.json:7:27: warning: summary.zh-Hant: 「傳染」"));
    free(buf);
    diag_free(&d);
}

static void clinic_contact_heads_the_doctor_questions(void **state)
{
    (void)state;
    situation s = SIT(SIT_TYPE_NSV, 0, 0, AGE_CHILD, 0, 0);
    strbuf b = { 0 };
    char dir[512], err[256];
    fixture_path(dir, sizeof dir, "content");
    store cs;
    diag d = { 0 };
    assert_true(store_load(&cs, dir,
                           &(load_opts){ .clinic_contact = "Skin clinic, desk 3", .clinic_contact_zh = "皮膚科 3 號櫃檯" },
                           &d));
    diag_free(&d);
    assert_true(store_derive_all(&cs, err, sizeof err));
    summary_build(&b, &cs, &s, NULL, 0, LANG_EN, 80);
    assert_non_null(strstr(b.s, "Questions for my doctor\n═══════════════════════\nYour clinic: Skin clinic, desk 3\n"));
    assert_null(strstr(b.s, "Pregnant or breastfeeding")); /* never asked for a child */
    assert_non_null(strstr(b.s, "Content last reviewed"));
    sb_clear(&b);
    /* one store, three languages in a row: the contact is a value of the store, not a setting */
    assert_string_equal(doc_clinic_contact(&cs, LANG_ZH_HANT), "皮膚科 3 號櫃檯");
    assert_string_equal(doc_clinic_contact(&cs, LANG_ZH_HANS), "皮肤科 3 号柜台");
    assert_string_equal(doc_clinic_contact(&cs, LANG_EN), "Skin clinic, desk 3");
    store_free(&cs);
    /* the shared fixture store was loaded without one */
    assert_null(doc_clinic_contact(&st, LANG_EN));
    summary_build(&b, &st, &s, NULL, 0, LANG_EN, 80);
    assert_null(strstr(b.s, "Your clinic"));
    sb_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(names_the_priorities_an_option_matches),
        cmocka_unit_test(approved_always_says_where),
        cmocka_unit_test(you_said_labels_every_answer),
        cmocka_unit_test(review_dates_come_from_the_records),
        cmocka_unit_test(grid_heads_show_the_mark_and_three_fit_at_100),
        cmocka_unit_test(icons_block_reads_the_same_in_words),
        cmocka_unit_test(finds_terms_and_their_explanations),
        cmocka_unit_test(strict_check_finds_terms_used_before_they_are_explained),
        cmocka_unit_test(clinic_contact_heads_the_doctor_questions),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
