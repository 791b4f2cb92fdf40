/* The compare grid and the questions-for-my-doctor text, laid out for widths in
 * English and Chinese against the fixture options; and broken treatment records. */
#include "test_treat_util.h"
#include "ref_width.h"

#include <sys/stat.h>
#include <unistd.h>

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
    return load_fixture_store_all_scripts(&st) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    store_free(&st);
    return 0;
}

static int cols(const char *s) { return ref_str_cols(s); }

static void all_lines_fit(const grid *g, int width)
{
    for (size_t i = 0; i < g->n; i++)
        if (cols(g->lines[i].text) > width)
            fail_msg("line %zu is %d columns, wider than %d: %s", i, cols(g->lines[i].text), width, g->lines[i].text);
}

static size_t count_kind(const grid *g, grid_kind k)
{
    size_t n = 0;
    for (size_t i = 0; i < g->n; i++)
        n += g->lines[i].kind == k;
    return n;
}

static void columns_per_page_follow_the_width(void **state)
{
    (void)state;
    assert_int_equal(grid_per_page(80, 4), 2);
    assert_int_equal(grid_per_page(80, 3), 2);
    assert_int_equal(grid_per_page(40, 4), 1);
    assert_int_equal(grid_per_page(120, 4), 3);
    assert_int_equal(grid_per_page(200, 4), 4);
    assert_int_equal(grid_per_page(200, 2), 2);
    assert_int_equal(grid_per_page(20, 2), 1);
}

static void narrow_grid_pages_columns_with_questions_on_their_own_lines(void **state)
{
    (void)state;
    size_t opts[] = { option_index(&st, "light-therapy"), option_index(&st, "ruxolitinib-cream"),
                      option_index(&st, "stem-cells") };
    grid g;
    grid_build(&g, &st, opts, 3, LANG_EN, 80, 0);
    assert_false(g.side_labels);
    assert_int_equal(g.npages, 2);
    assert_int_equal(g.count, 2);
    assert_int_equal(g.col_cols, 38);
    all_lines_fit(&g, 80);
    assert_int_equal(count_kind(&g, GRID_LABEL), GRID_ROWS);
    /* the decision and how to read come first; then the column heads, right above the first row */
    size_t h = g.nintro;
    assert_true(h > 0);
    assert_non_null(strstr(g.lines[0].text, "The decision: whether to treat your vitiligo now"));
    for (size_t i = 0; i < h; i++)
        assert_true(g.lines[i].kind == GRID_FOOT || g.lines[i].kind == GRID_BLANK);
    assert_string_equal(g.lines[h].text, "Options 1 to 2 of 3 (page 1 of 2)");
    assert_non_null(strstr(g.lines[h + 1].text, "Light therapy"));
    assert_non_null(strstr(g.lines[h + 1].text, " │ Ruxolitinib cream"));
    assert_int_equal(g.lines[g.nhead - 1].kind, GRID_SEP);
    assert_int_equal(g.lines[g.nhead].kind, GRID_LABEL);
    assert_string_equal(g.lines[g.nhead].text, "What is it?");
    /* every cell line of the page has its separator at the same column */
    for (size_t i = g.nhead; i < g.n; i++)
        if (g.lines[i].kind == GRID_CELL && strstr(g.lines[i].text, "│")) {
            const char *bar = strstr(g.lines[i].text, "│");
            assert_int_equal(ref_cols(g.lines[i].text, (size_t)(bar - g.lines[i].text)), 39);
        }
    grid_free(&g);
    grid_build(&g, &st, opts, 3, LANG_EN, 80, 1);
    assert_int_equal(g.count, 1);
    assert_int_equal(g.first, 2);
    h = g.nintro;
    assert_string_equal(g.lines[h].text, "Options 3 to 3 of 3 (page 2 of 2)");
    assert_non_null(strstr(g.lines[h + 1].text, "Stem-cell treatment"));
    assert_non_null(strstr(g.lines[h + 3].text, "Experimental: in trials only"));
    grid_free(&g);
    grid_build(&g, &st, opts, 3, LANG_EN, 80, 9); /* past the end: the last page */
    assert_int_equal(g.page, 1);
    grid_free(&g);
}

static void wide_grid_shows_all_four_with_questions_on_the_left(void **state)
{
    (void)state;
    size_t opts[] = { 0, 1, 2, 3 };
    grid g;
    grid_build(&g, &st, opts, 4, LANG_EN, 200, 0);
    assert_true(g.side_labels);
    assert_int_equal(g.npages, 1);
    assert_int_equal(g.count, 4);
    all_lines_fit(&g, 200);
    assert_int_equal(count_kind(&g, GRID_LABEL), 0);
    int rows_seen = 0;
    for (size_t i = 0; i < g.n; i++)
        if (g.lines[i].kind == GRID_CELL && g.lines[i].row == rows_seen)
            rows_seen++;
    assert_int_equal(rows_seen, GRID_ROWS);
    size_t first = g.nhead;
    while (first < g.n && g.lines[first].kind != GRID_CELL)
        first++;
    assert_non_null(strstr(g.lines[first].text, "What is it?        What it is."));
    /* the sources of the numbers, each once, then the disclaimer */
    strbuf out = { 0 };
    grid_render_plain(&g, &out);
    assert_non_null(strstr(out.s, "[S34] Opzelura (ruxolitinib) cream prescribing information."));
    assert_non_null(strstr(out.s, "[T1] A phase 1 trial record."));
    assert_null(strstr(strstr(out.s, "[S34] Opzelura") + 1, "[S34] Opzelura"));
    /* ... and the source of the harm number too */
    assert_non_null(strstr(out.s, "[S35] A 52-week extension of the ruxolitinib cream trials: side effects."));
    assert_non_null(strstr(out.s, "It does not replace advice from your doctor."));
    sb_free(&out);
    grid_free(&g);
}

static void chinese_cells_stay_inside_their_columns(void **state)
{
    (void)state;
    size_t opts[] = { option_index(&st, "ruxolitinib-cream"), option_index(&st, "no-treatment") };
    for (int w = 20; w <= 130; w += 11)
        for (lang_t l = LANG_ZH_HANT; l <= LANG_ZH_HANS; l++) {
            grid g;
            grid_build(&g, &st, opts, 2, l, w, 0);
            all_lines_fit(&g, w);
            grid_free(&g);
        }
    grid g;
    grid_build(&g, &st, opts, 2, LANG_ZH_HANS, 80, 0);
    assert_non_null(strstr(g.lines[g.nintro].text, "芦可替尼乳膏"));
    grid_free(&g);
}

static void cells_come_from_the_record(void **state)
{
    (void)state;
    strbuf b = { 0 };
    size_t rux = option_index(&st, "ruxolitinib-cream");
    grid_cell_text(&st, rux, 0, LANG_EN, &b);
    assert_string_equal(b.s, "What it is. How it works.");
    sb_clear(&b);
    grid_cell_text(&st, rux, 0, LANG_ZH_HANT, &b);
    assert_string_equal(b.s, "這是什麼。如何起作用。");
    sb_clear(&b);
    grid_cell_text(&st, option_index(&st, "stem-cells"), 4, LANG_EN, &b);
    assert_string_equal(b.s, "Not known. [S1, T1]");
    sb_clear(&b);
    grid_cell_text(&st, option_index(&st, "stem-cells"), 8, LANG_EN, &b);
    assert_string_equal(b.s, "Very limited evidence: Only phase 1 trials.");
    sb_free(&b);
}

/* The dots are honest: a comparison group's dots on a row of their own under the
 * option's, and a harm drawn like the benefit, in the same place of its row. */
static void comparator_and_harm_dots(void **state)
{
    (void)state;
    strbuf b = { 0 };
    size_t rux = option_index(&st, "ruxolitinib-cream");
    grid_cell_text(&st, rux, 4, LANG_EN, &b);
    assert_string_equal(b.s, "●●●○○○○○○○ About 3 in 10 people (30%) in 24 weeks. [S34]\n"
                             "●○○○○○○○○○ With a placebo cream: about 1 in 10.");
    sb_clear(&b);
    grid_cell_text(&st, rux, 5, LANG_EN, &b);
    /* the harm number is cited like the benefit number: its keys after the harm text */
    assert_string_equal(b.s, "●●○○○○○○○○ About 2 in 10 had acne at the spot. Side effects. [S35]");
    sb_clear(&b);
    grid_cell_text(&st, rux, 5, LANG_ZH_HANS, &b);
    assert_non_null(strstr(b.s, "●●○○○○○○○○ 约 10 人中有 2 人")); /* derived to 简体 like every text */
    sb_clear(&b);
    /* without the fields: no dots */
    grid_cell_text(&st, option_index(&st, "no-treatment"), 5, LANG_EN, &b);
    assert_string_equal(b.s, "Side effects.");
    sb_clear(&b);
    /* in the grid the comparator's dots start the line under the option's words, and the harm's
     * dots sit where the benefit's do: first in their cell */
    size_t opts[] = { rux, option_index(&st, "no-treatment") };
    grid g;
    grid_build(&g, &st, opts, 2, LANG_EN, 100, 0);
    grid_render_plain(&g, &b);
    const char *benefit = strstr(b.s, "Chance of          ●●●○○○○○○○");
    const char *harm = strstr(b.s, "Common side        ●●○○○○○○○○");
    assert_non_null(benefit);
    assert_non_null(harm);
    assert_non_null(strstr(benefit, "\n                   ●○○○○○○○○○ With a placebo"));
    /* the reading note says the dots count different results; the decision is stated */
    assert_non_null(strstr(b.s, "count a different result"));
    assert_non_null(strstr(b.s, "The decision: whether to treat your vitiligo now"));
    grid_free(&g);
    sb_free(&b);
}

/* A page or option past its next review says so; today is the store's value. */
static void overdue_review_dates_are_noticed(void **state)
{
    (void)state;
    long saved = st.today;
    strbuf b = { 0 };
    size_t opts[] = { option_index(&st, "ruxolitinib-cream"), option_index(&st, "no-treatment") };
    grid g;
    st.today = date_days("2099-11-01"); /* the fixtures' next review: due today, not past */
    assert_false(treat_overdue_text(LANG_EN, &st, opts, 2, &b));
    grid_build(&g, &st, opts, 2, LANG_EN, 80, 0);
    grid_render_plain(&g, &b);
    assert_null(strstr(b.s, "due for review"));
    grid_free(&g);
    sb_clear(&b);
    st.today = date_days("2099-11-02");
    assert_true(treat_overdue_text(LANG_EN, &st, opts, 2, &b));
    assert_string_equal(b.s, "This page was due for review on 2099-11-01. Some facts may be out of date; ask your "
                             "doctor.");
    sb_clear(&b);
    assert_true(treat_overdue_text(LANG_EN, &st, NULL, 0, &b)); /* all the options */
    sb_clear(&b);
    grid_build(&g, &st, opts, 2, LANG_EN, 80, 0);
    grid_render_plain(&g, &b);
    assert_non_null(strstr(b.s, "This page was due for review on 2099-11-01."));
    grid_free(&g);
    sb_clear(&b);
    /* a topic page: the notice at the top, under the title */
    doc d = { 0 };
    doc_topic(&d, &st, &st.topics[store_find_topic(&st, "koebner")], LANG_EN, 80);
    doc_render_plain(&d, &b);
    const char *notice = strstr(b.s, "This page was due for review on");
    assert_non_null(notice);
    assert_true(notice - b.s < 200);
    doc_free(&d);
    sb_clear(&b);
    st.today = saved;
    doc_topic(&d, &st, &st.topics[store_find_topic(&st, "koebner")], LANG_EN, 80);
    doc_render_plain(&d, &b);
    assert_null(strstr(b.s, "due for review"));
    doc_free(&d);
    sb_free(&b);
}

static void questions_for_my_doctor(void **state)
{
    (void)state;
    situation s = SIT(SIT_TYPE_NSV, ACTIVITY_STABLE, SITE_FACE, AGE_ADULT, PREG_YES, 0);
    size_t opts[] = { option_index(&st, "ruxolitinib-cream"), option_index(&st, "stem-cells") };
    strbuf out = { 0 };
    summary_build(&out, &st, &s, opts, 2, LANG_EN, 60);
    assert_non_null(strstr(out.s, "Questions for my doctor\n═══"));
    assert_non_null(strstr(out.s, "  Type: non-segmental\n"));
    assert_non_null(strstr(out.s, "  Where: face and neck\n"));
    assert_non_null(strstr(out.s, "  Pregnant or breastfeeding: yes\n"));
    assert_non_null(strstr(out.s, "Options I looked at")); /* never "compared": looking is not choosing */
    assert_null(strstr(out.s, "compared"));
    /* every note that holds: the pregnancy one first, then the face one */
    assert_non_null(strstr(out.s, "• Ruxolitinib cream\n    Usually not for your situation: Not in pregnancy.\n"
                                  "    Approved from age 12 for up to 10% of the body.\n"));
    assert_non_null(strstr(out.s, "• Stem-cell treatment  (experimental)"));
    assert_non_null(strstr(out.s, "  1. Is it sold where I live?\n  2. What is the registry number?\n"));
    assert_non_null(strstr(out.s, "2. What is the registry number?\n  3."));
    assert_non_null(strstr(out.s, "I am pregnant or breastfeeding."));
    assert_null(strstr(out.s, "Which type of vitiligo do I have?")); /* answered */
    const char *line = out.s;
    while (line && *line) {
        const char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        assert_true(ref_cols(line, len) <= 60);
        line = nl ? nl + 1 : NULL;
    }
    sb_clear(&out);
    /* nothing compared: the options that may suit are listed instead */
    summary_build(&out, &st, &(situation){ 0 }, NULL, 0, LANG_ZH_HANT, 40);
    assert_non_null(strstr(out.s, "不治療"));
    sb_free(&out);
}

/* ---- broken records: each problem is named at its line and column ------------------ */

static char tmpdir[64];

static void copy_file(const char *rel)
{
    char src[512], dst[512], q[256];
    snprintf(q, sizeof q, "content/%s", rel);
    fixture_path(src, sizeof src, q);
    snprintf(dst, sizeof dst, "%s/%s", tmpdir, rel);
    FILE *in = fopen(src, "rb"), *out = fopen(dst, "wb");
    assert_non_null(in);
    assert_non_null(out);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        fwrite(buf, 1, n, out);
    fclose(in);
    fclose(out);
}

static bool strict_load; /* load_with checks as --check-content --strict does */

/* Loads a store holding the fixture files plus treatments/NAME with text; returns the messages. */
static char *load_with(const char *name, const char *text, bool *ok)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/ve-treat-XXXXXX");
    assert_non_null(mkdtemp(tmpdir));
    char p[512];
    snprintf(p, sizeof p, "%s/topics", tmpdir);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/treatments", tmpdir);
    mkdir(p, 0755);
    static const char *const files[] = { "categories.json", "glossary.json", "references.json",
                                         "topics/koebner.json", "topics/light-therapy.json",
                                         "topics/ruxolitinib-cream.json", "topics/stem-cell-trials.json",
                                         "topics/what-is-vitiligo.json" };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        copy_file(files[i]);
    snprintf(p, sizeof p, "%s/treatments/%s", tmpdir, name);
    FILE *f = fopen(p, "w");
    fputs(text, f);
    fclose(f);
    store s;
    diag d = { .strict = strict_load };
    *ok = store_load(&s, tmpdir, &(load_opts){ .check_varieties = true } /* as --check-content: every warning */, &d);
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    diag_print(&d, mem);
    fclose(mem);
    diag_free(&d);
    if (*ok)
        store_free(&s);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    assert_int_equal(system(cmd), 0);
    return buf;
}

/* The fixture light-therapy record with one piece of text replaced. */
static char *fixture_with(const char *from, const char *to)
{
    char p[512];
    fixture_path(p, sizeof p, "content/treatments/light-therapy.json");
    FILE *f = fopen(p, "rb");
    assert_non_null(f);
    static char text[65536];
    size_t n = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    text[n] = '\0';
    char *at = strstr(text, from);
    if (!at)
        fail_msg("\"%s\" is not in the fixture", from);
    strbuf b = { 0 };
    sb_append(&b, text, (size_t)(at - text));
    sb_puts(&b, to);
    sb_puts(&b, at + strlen(from));
    return sb_take(&b);
}

static void expect_message(const char *from, const char *to, const char *message, bool fails)
{
    char *text = fixture_with(from, to);
    bool ok;
    char *msgs = load_with("light-therapy.json", text, &ok);
    if (!strstr(msgs, message))
        fail_msg("expected \"%s\" in:\n%s", message, msgs);
    assert_int_equal(ok, !fails);
    free(msgs);
    free(text);
}

static void broken_records_are_reported_with_line_and_column(void **state)
{
    (void)state;
    expect_message("\"topic\": \"light-therapy\"", "\"topic\": \"nope\"",
                   "treatments/light-therapy.json:4:12: error: topic: unknown topic id \"nope\"", true);
    expect_message("\"kind\": \"light\"", "\"kind\": \"lamp\"",
                   "kind: unknown value \"lamp\"; use one of \"cream\", \"light\", \"tablet\", \"procedure\", "
                   "\"cell-therapy\", \"cosmetic\", \"none\"", true);
    expect_message("{\"site_only\": [\"hands\"]}", "{\"site_only\": [\"hands\"], \"age\": [\"unsure\"]}",
                   "rules[1].when.age[0]: unknown value \"unsure\"; use one of \"child\", \"teen\", \"adult\"", true);
    expect_message("\"sources\": [\"S34\"]", "\"sources\": [\"S99\"]",
                   "chance.sources[0]: unknown reference id \"S99\"; add it to references.json", true);
    expect_message("\"zh-Hant\": \"如何起作用。\"", "\"zh_Hant\": \"如何起作用。\"",
                   "how_it_works: missing \"zh-Hant\" text", true);
    expect_message("\"en\": \"2 to 3 visits a week.\"", "\"en\": \"2 to 4 visits a week.\"",
                   "warning: default.reason: the numbers differ between languages: en has [2 4], zh-Hant has [2 3]",
                   false);
    expect_message("\"default\": {\n    \"fit\": \"ask-doctor\"", "\"default\": {\n    \"fit\": \"not-usually\"",
                   "the default may not be \"not-usually\"", true);
    expect_message("\"status\": \"standard\"", "\"status\": \"experimental\"",
                   "an experimental option is never marked \"may-suit\"", true);
    expect_message("\"id\": \"light-therapy\"", "\"id\": \"light\"", "must match the file name", true);
    expect_message("\"status\": \"standard\"", "\"status\": \"widely-used\"",
                   "treatments/light-therapy.json:11:13: error: status: unknown value \"widely-used\"; use one of "
                   "\"approved\", \"off-label\", \"standard\", \"specialist\", \"choice\", \"experimental\"", true);
    expect_message("\"status\": \"standard\"", "\"status\": \"specialist\"", "", false);
    expect_message("{\"pregnant\": true}", "{}", "give at least one condition", true);
    expect_message("\"zh-Hant\": \"光療\"", "\"zh-Hant\": \"光療干細胞\"",
                   "warning: name: \"干細胞\" in Traditional Chinese text; write \"幹細胞\"", false);
}

/* "approved" always says where; icon arrays are 10 icons whose numbers the words give too. */
static void approval_places_and_icons_are_checked(void **state)
{
    (void)state;
    expect_message("\"status\": \"standard\"", "\"status\": \"approved\"",
                   "treatments/light-therapy.json:11:13: error: status: an \"approved\" option needs \"approved_in\"",
                   true);
    expect_message("\"status\": \"standard\",", "\"status\": \"standard\", \"approved_in\": {\"en\": \"US\", \"zh-Hant\": \"美國\"},",
                   "approved_in: \"approved_in\" is only for \"status\": \"approved\"", true);
    expect_message("\"status\": \"standard\",",
                   "\"status\": \"approved\", \"approved_in\": {\"en\": \"US\"},",
                   "approved_in: missing \"zh-Hant\" text", true);
    expect_message("\"sources\": [\"S34\"]", "\"icons\": {\"count\": 11, \"total\": 10}, \"sources\": [\"S34\"]",
                   "chance.icons.count: \"count\" must be between 0 and \"total\" (10), found 11", true);
    expect_message("\"sources\": [\"S34\"]", "\"icons\": {\"count\": 30, \"total\": 100}, \"sources\": [\"S34\"]",
                   "chance.icons.total: \"total\" must be 10", true);
    expect_message("\"sources\": [\"S34\"]", "\"icons\": {\"count\": \"3\", \"total\": 10}, \"sources\": [\"S34\"]",
                   "chance.icons.count: expected a whole number", true);
    expect_message("\"sources\": [\"S34\"]", "\"icons\": {\"count\": 3, \"total\": 10, \"colour\": 1}, \"sources\": [\"S34\"]",
                   "chance.icons.colour: unknown field \"colour\"", false);
    /* a harm number's sources are checked like the benefit's */
    const char *harm = "\"serious_risks\": {";
    expect_message(harm, "\"side_effects_icons\": {\"count\": 1, \"total\": 10, \"text\": {\"en\": \"About 1 in 10 "
                   "had red skin.\", \"zh-Hant\": \"約 10 人中有 1 人皮膚發紅。\"},\n  \"sources\": [\"S34\", \"S98\"]},\n  " "\"serious_risks\": {",
                   "treatments/light-therapy.json:60:22: error: side_effects_icons.sources[1]: unknown reference id \"S98\"; "
                   "add it to references.json", true);
    expect_message(harm, "\"side_effects_icons\": {\"count\": 1, \"total\": 10, \"text\": {\"en\": \"About 1 in 10 "
                   "had red skin.\", \"zh-Hant\": \"約 10 人中有 1 人皮膚發紅。\"}, \"sources\": []},\n  \"serious_risks\": {",
                   "side_effects_icons.sources: give at least one source id", true);
    /* "About 30% in 24 weeks." gives neither 3 nor 10: the picture must never be the only way to read it */
    expect_message("\"sources\": [\"S34\"]", "\"icons\": {\"count\": 3, \"total\": 10}, \"sources\": [\"S34\"]",
                   "warning: chance.icons: the en text does not give both numbers of the icons (3 and 10)", false);
}

/* --strict: the option's own rules must not need the safety floors. */
static void strict_check_reports_rules_that_break_a_safety_floor(void **state)
{
    (void)state;
    strict_load = true;
    /* light therapy as a procedure: "may-suit" for large areas would offer surgery to a teenager */
    expect_message("\"kind\": \"light\"", "\"kind\": \"procedure\"",
                   "treatments/light-therapy.json:89:5: error: rules[2]: marks the option \"may-suit\" for type "
                   "skipped, activity skipped, age child, which the safety floor never allows (surgery under 18)",
                   true);
    /* as "no treatment": "may-suit" while spreading */
    expect_message("\"kind\": \"light\"", "\"kind\": \"none\"",
                   "rules[3]: marks the option \"may-suit\" for type skipped, activity spreading, age skipped",
                   true);
    /* the fixture as it is passes */
    expect_message("\"kind\": \"light\"", "\"kind\": \"light\"", "", false);
    strict_load = false;
    /* without --strict the floors hold at run time and the file loads */
    expect_message("\"kind\": \"light\"", "\"kind\": \"procedure\"", "", false);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(columns_per_page_follow_the_width),
        cmocka_unit_test(narrow_grid_pages_columns_with_questions_on_their_own_lines),
        cmocka_unit_test(wide_grid_shows_all_four_with_questions_on_the_left),
        cmocka_unit_test(chinese_cells_stay_inside_their_columns),
        cmocka_unit_test(cells_come_from_the_record),
        cmocka_unit_test(comparator_and_harm_dots),
        cmocka_unit_test(overdue_review_dates_are_noticed),
        cmocka_unit_test(questions_for_my_doctor),
        cmocka_unit_test(broken_records_are_reported_with_line_and_column),
        cmocka_unit_test(approval_places_and_icons_are_checked),
        cmocka_unit_test(strict_check_reports_rules_that_break_a_safety_floor),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
