/* The content store: loading the fixture store, derived Simplified Chinese,
 * language names, and the topic document built from it. */
#include "test_util.h"
#include "ref_width.h"

#include "content/load.h"
#include "content/load_ctx.h"
#include "core/i18n.h"
#include "core/lang.h"
#include "text/doc.h"
#include "text/width.h"

static store st;

static int load_fixture(void **state)
{
    (void)state;
    return load_fixture_store(&st) ? 0 : -1;
}

static int free_fixture(void **state)
{
    (void)state;
    store_free(&st);
    return 0;
}

static void loads_everything_in_store_order(void **state)
{
    (void)state;
    assert_int_equal(st.ncategories, 4);
    assert_string_equal(st.categories[0].id, "about");
    assert_string_equal(st.categories[3].id, "stem-cells");
    assert_int_equal(st.ntopics, 5);
    /* category order first, then topic order */
    assert_string_equal(st.topics[0].id, "what-is-vitiligo");
    assert_string_equal(st.topics[1].id, "koebner");
    assert_string_equal(st.topics[2].id, "light-therapy");
    assert_string_equal(st.topics[3].id, "ruxolitinib-cream");
    assert_int_equal(st.categories[2].ntopics, 2);
    assert_int_equal(st.start_here, 0);
    assert_int_equal(st.nglossary, 6);
    assert_int_equal(st.nrefs, 5);
}

static void resolves_links_and_sources(void **state)
{
    (void)state;
    const topic *t = &st.topics[store_find_topic(&st, "what-is-vitiligo")];
    assert_int_equal(t->nrelated, 2);
    assert_string_equal(st.topics[t->related[0]].id, "koebner");
    assert_string_equal(st.topics[t->related[1]].id, "light-therapy");
    const topic *k = &st.topics[store_find_topic(&st, "koebner")];
    assert_int_equal(k->nrefs, 2);
    assert_string_equal(st.refs[k->refs[0]].id, "S6");
    assert_string_equal(st.glossary[store_find_glossary(&st, "melanocyte")].id, "melanocyte");
    assert_int_equal(st.glossary[store_find_glossary(&st, "contagious")].topic, -1);
    assert_true(st.topics[store_find_topic(&st, "stem-cell-trials")].experimental);
    assert_false(k->experimental);
    assert_int_equal(store_find_topic(&st, "nope"), -1);
}

static void keeps_both_languages(void **state)
{
    (void)state;
    const topic *k = &st.topics[store_find_topic(&st, "koebner")];
    assert_string_equal(lt(&k->title, LANG_EN), "The Koebner phenomenon");
    assert_string_equal(lt(&k->title, LANG_ZH_HANT), "同形反應（Koebner 現象）");
    assert_int_equal(k->nsections, 2);
    assert_int_equal(k->sections[1].nblocks, 2);
    assert_int_equal(k->sections[1].blocks[0].kind, BLOCK_BULLETS);
    assert_int_equal(k->sections[1].blocks[0].nitems, 3);
    assert_int_equal(k->sections[1].blocks[1].kind, BLOCK_STEPS);
    assert_int_equal(k->keywords.n[LANG_EN], 4);
    assert_int_equal(k->keywords.n[LANG_ZH_HANT], 3);
}

static void derives_simplified_from_traditional(void **state)
{
    (void)state;
    char err[256];
    assert_true(store_derive_all(&st, err, sizeof err));
    const topic *k = &st.topics[store_find_topic(&st, "koebner")];
    assert_string_equal(lt(&k->title, LANG_ZH_HANS), "同形反应（Koebner 现象）");
    assert_string_equal(k->keywords.w[LANG_ZH_HANS][0], "同形反应");
    assert_string_equal(k->keywords.w[LANG_ZH_HANT][0], "同形反應"); /* Traditional untouched */
    const gloss_term *g = &st.glossary[store_find_glossary(&st, "msc")];
    assert_string_equal(lt(&g->term, LANG_ZH_HANS), "间充质基质细胞");
    assert_true(store_derive_all(&st, err, sizeof err)); /* a second call is harmless */
}

static void converts_medical_terms(void **state)
{
    (void)state;
    static const char *const pairs[][2] = {
        { "白癜風", "白癜风" },     { "幹細胞", "干细胞" },       { "黑素細胞", "黑素细胞" },
        { "窄波紫外線", "窄谱紫外线" }, { "頭髮", "头发" },         { "同形反應", "同形反应" },
        { "間充質基質細胞", "间充质基质细胞" },
    };
    char err[256];
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        char *s = store_convert_text(&st, LANG_ZH_HANS, pairs[i][0], err, sizeof err);
        assert_non_null(s);
        assert_string_equal(s, pairs[i][1]);
        free(s);
    }
}

static void understands_language_names(void **state)
{
    (void)state;
    static const struct { const char *text; lang_t lang; } ok[] = {
        { "en", LANG_EN },           { "en_US.UTF-8", LANG_EN },   { "zh-Hant", LANG_ZH_HANT },
        { "zh_TW", LANG_ZH_HANT },   { "zh_HK.UTF-8", LANG_ZH_HK }, { "zh-Hans", LANG_ZH_HANS },
        { "zh_MO", LANG_ZH_HK },     { "zh-HK", LANG_ZH_HK },      { "zh-Hant-HK", LANG_ZH_HK },
        { "zh-Hant-TW", LANG_ZH_HANT }, { "zh-Hans-CN", LANG_ZH_HANS },
        { "zh_CN", LANG_ZH_HANS },   { "zh_SG", LANG_ZH_HANS },   { "zh", LANG_ZH_HANS },
        { "zh_TW.UTF-8@x", LANG_ZH_HANT },
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        lang_t l = LANG_COUNT;
        assert_true(lang_parse(ok[i].text, &l));
        assert_int_equal(l, ok[i].lang);
    }
    lang_t l;
    assert_false(lang_parse("fr", &l));
    assert_false(lang_parse("zhx", &l));
    assert_false(lang_parse("", &l));
    assert_false(lang_parse("zh-Hantx", &l));
}

static void language_comes_from_the_environment(void **state)
{
    (void)state;
    unsetenv("LANGUAGE");
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    setenv("LANG", "zh_TW.UTF-8", 1);
    assert_int_equal(lang_from_environment(), LANG_ZH_HANT);
    setenv("LANGUAGE", "zh_CN:en", 1);
    assert_int_equal(lang_from_environment(), LANG_ZH_HANS);
    setenv("LANGUAGE", "", 1);
    setenv("LC_ALL", "C", 1);
    assert_int_equal(lang_from_environment(), LANG_EN);
    unsetenv("LC_ALL");
    unsetenv("LANG");
    assert_int_equal(lang_from_environment(), LANG_EN);
}

/* Lines of the plain rendering of a topic. */
static char *render(const char *id, lang_t lang, int width)
{
    doc d = { 0 };
    doc_topic(&d, &st, &st.topics[store_find_topic(&st, id)], lang, width);
    strbuf out = { 0 };
    doc_render_plain(&d, &out);
    doc_free(&d);
    return sb_take(&out);
}

/* The oracle itself, against columns counted by hand. */
static void the_width_oracle_counts_like_a_terminal(void **state)
{
    (void)state;
    assert_int_equal(ref_str_cols("vitiligo"), 8);
    assert_int_equal(ref_str_cols("白癜風"), 6);
    assert_int_equal(ref_str_cols("蘆可替尼乳膏（Opzelura）"), 6 * 2 + 2 + 8 + 2);
    assert_int_equal(ref_str_cols("你的回答：類型、部位。「是」"), 14 * 2);
    assert_int_equal(ref_str_cols("e\xcc\x81"), 1);       /* e and a combining acute */
    assert_int_equal(ref_str_cols("\xf0\x9f\x98\x80"), 2); /* U+1F600 */
    assert_int_equal(ref_str_cols("│ ● ─→ “x”"), 10);      /* narrow outside CJK locales */
}

static void every_rendered_line_fits(void **state)
{
    (void)state;
    static const char *const ids[] = { "what-is-vitiligo", "koebner", "light-therapy", "stem-cell-trials" };
    for (size_t i = 0; i < 4; i++)
        for (lang_t l = LANG_EN; l < LANG_COUNT; l++)
            for (int width = 20; width <= 120; width += 7) {
                char *text = render(ids[i], l, width);
                for (char *line = text, *nl; (nl = strchr(line, '\n')); line = nl + 1)
                    assert_true(ref_cols(line, (size_t)(nl - line)) <= width);
                free(text);
            }
}

static void items_hang_under_their_marker(void **state)
{
    (void)state;
    char *text = render("koebner", LANG_EN, 24);
    assert_non_null(strstr(text, "\n  • Tight belts and\n    waistbands.\n"));
    assert_non_null(strstr(text, "\n  1. Pat your skin dry.\n  2. Wear loose clothes.\n"));
    free(text);
}

static void key_points_are_boxed(void **state)
{
    (void)state;
    char *text = render("what-is-vitiligo", LANG_ZH_HANT, 30);
    assert_non_null(strstr(text, "┌─ Key points ───────────────┐\n"));
    assert_non_null(strstr(text, "│ • 白癜風很常見，而且不會傳 │\n"));
    assert_non_null(strstr(text, "└────────────────────────────┘\n"));
    free(text);
}

static void topic_ends_with_dates_and_reminder(void **state)
{
    (void)state;
    char *text = render("stem-cell-trials", LANG_EN, 80);
    assert_non_null(strstr(text, "Experimental: this is research, not an approved treatment for vitiligo.\n"));
    assert_non_null(strstr(text, "Last reviewed 2026-11-01. Next review due 2099-11-01.\n"));
    assert_non_null(strstr(text, "1. A phase 1 trial record. NCT00000001\n"));
    assert_non_null(strstr(text, "It does not replace advice from your doctor.\n"));
    free(text);
}

/* A figure: the art, line by line and never wrapped, then its caption; narrower than
 * its widest line (29 columns in the fixture), the caption alone and a note. */
static const char fixture_art[] = "┌───┬───┬───┬───┬───┬───┬───┐\n"
                                  "│ ● │   │ ● │   │ ● │   │   │\n"
                                  "└───┴───┴───┴───┴───┴───┴───┘\n"
                                  "1 ────────────────────────→ 7\n";

static size_t count_kind(const doc *d, doc_kind k)
{
    size_t n = 0;
    for (size_t i = 0; i < d->n; i++)
        n += d->lines[i].kind == k;
    return n;
}

static void figure_shows_art_then_caption(void **state)
{
    (void)state;
    char *text = render("light-therapy", LANG_EN, 40);
    char want[512];
    snprintf(want, sizeof want, "\n%sA week of light therapy: 7 boxes stand\n", fixture_art);
    assert_non_null(strstr(text, want));
    assert_null(strstr(text, "wider window"));
    free(text);
    /* exactly as wide as the art: still the whole picture */
    doc d = { 0 };
    doc_topic(&d, &st, &st.topics[store_find_topic(&st, "light-therapy")], LANG_ZH_HANS, 29);
    assert_int_equal(count_kind(&d, DOC_ART), 4);
    doc_free(&d);
    text = render("light-therapy", LANG_ZH_HANS, 29);
    assert_non_null(strstr(text, fixture_art));
    assert_non_null(strstr(text, "\n光疗的一周："));
    free(text);
}

static void narrow_figure_shows_only_its_caption(void **state)
{
    (void)state;
    doc d = { 0 };
    doc_topic(&d, &st, &st.topics[store_find_topic(&st, "light-therapy")], LANG_EN, 28);
    assert_int_equal(count_kind(&d, DOC_ART), 0);
    doc_free(&d);
    char *text = render("light-therapy", LANG_EN, 28);
    assert_null(strstr(text, "┌───┬"));
    assert_null(strstr(text, "●"));
    assert_non_null(strstr(text, "\nA week of light therapy: 7\nboxes stand for day 1 to day\n7. A dot marks a day with a\n"
                                 "session, 3 of the 7 days.\n(figure needs a wider\nwindow)\n"));
    free(text);
}

/* Without line-drawing characters the picture keeps its shape, one cell for one. */
static void figure_art_degrades_to_ascii(void **state)
{
    (void)state;
    static const char *const in[] = { "┌───┬───┐", "│ ● │ ○ │", "└───┴───┘", "1 ──→ 7 ↑↓← ▓░█ ═║╔" };
    static const char *const out[] = { "+---+---+", "| * | o |", "+---+---+", "1 --> 7 ^v< #.# -|+" };
    for (size_t i = 0; i < 4; i++) {
        strbuf b = { 0 };
        art_ascii(in[i], strlen(in[i]), &b);
        assert_string_equal(b.s, out[i]);
        assert_int_equal(ref_cols(b.s, b.len), ref_cols(in[i], strlen(in[i])));
        sb_free(&b);
    }
}

/* A clean file is scanned once (by the parser): the table of line and column
 * positions is made at the first message, and the message still points at the value. */
static void positions_only_for_messages(void **state)
{
    (void)state;
    store st = { 0 };
    diag d = { 0 };
    load_ctx ctx;
    const char *text = "{\n  \"a\": 1,\n  \"b\": [true,\n    \"x\"]\n}\n";
    cJSON *root = lc_parse(&ctx, &st, &d, "f.json", text, strlen(text));
    assert_non_null(root);
    assert_null(ctx.pos);
    const cJSON *x = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(root, "b"), 1);
    lc_warn(&ctx, x, "b[1]", "look here");
    assert_non_null(ctx.pos);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.msgs[0].line, 4);
    assert_int_equal(d.msgs[0].col, 5);
    lc_done(&ctx, root);
    diag_free(&d);
}

int main(void)
{
    test_locale();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(loads_everything_in_store_order),
        cmocka_unit_test(positions_only_for_messages),
        cmocka_unit_test(resolves_links_and_sources),
        cmocka_unit_test(keeps_both_languages),
        cmocka_unit_test(derives_simplified_from_traditional),
        cmocka_unit_test(converts_medical_terms),
        cmocka_unit_test(understands_language_names),
        cmocka_unit_test(language_comes_from_the_environment),
        cmocka_unit_test(the_width_oracle_counts_like_a_terminal),
        cmocka_unit_test(every_rendered_line_fits),
        cmocka_unit_test(items_hang_under_their_marker),
        cmocka_unit_test(key_points_are_boxed),
        cmocka_unit_test(topic_ends_with_dates_and_reminder),
        cmocka_unit_test(figure_shows_art_then_caption),
        cmocka_unit_test(narrow_figure_shows_only_its_caption),
        cmocka_unit_test(figure_art_degrades_to_ascii),
    };
    return cmocka_run_group_tests_name("store", tests, load_fixture, free_fixture);
}
