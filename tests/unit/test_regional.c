/* Regional Chinese: the term table's longest-first word swap, the mainland's OpenCC
 * pass and punctuation, authors' own texts, the script tables, finding another
 * variety's words, and the site's list of languages. */
#include "test_util.h"

#include <dlfcn.h>

#include "content/load.h"
#include "content/opencc_load.h"
#include "content/regional.h"
#include "content/script.h"
#include "core/lang.h"

static store st;

static int load_fixture(void **state)
{
    (void)state;
    return load_fixture_store_all_scripts(&st) ? 0 : -1;
}

static int free_fixture(void **state)
{
    (void)state;
    store_free(&st);
    return 0;
}

static void *plain_alloc(void *mem, size_t n)
{
    (void)mem;
    return test_malloc(n);
}

/* A table made by hand: 雷射 and the longer 雷射診所 that contains it. */
static regional_term hand_terms[] = {
    { .id = "laser", .form = { [LANG_ZH_HANT] = "雷射", [LANG_ZH_HK] = "激光", [LANG_ZH_HANS] = "激光" } },
    { .id = "laser-clinic", .form = { [LANG_ZH_HANT] = "雷射診所", [LANG_ZH_HK] = "鐳射中心", [LANG_ZH_HANS] = "镭射中心" } },
    { .id = "doctor", .form = { [LANG_ZH_HANT] = "醫師", [LANG_ZH_HK] = "醫生", [LANG_ZH_HANS] = "医生" } },
    { .id = "data", .shared = true, .form = { [LANG_ZH_HANT] = "資料", [LANG_ZH_HK] = "數據", [LANG_ZH_HANS] = "数据" } },
};

static regional_table hand_table(void)
{
    regional_table t = { .terms = hand_terms, .nterms = sizeof hand_terms / sizeof hand_terms[0] };
    static regional_mark quotes[] = { { "「", "“" }, { "」", "”" } };
    t.marks[LANG_ZH_HANS] = quotes;
    t.nmarks[LANG_ZH_HANS] = 2;
    regional_index(&t, plain_alloc, NULL);
    return t;
}

static char *convert(const regional_table *t, lang_t lang, const char *in)
{
    regional_conv *c = regional_open(t);
    char err[256];
    char *out = regional_convert(c, lang, in, err, sizeof err);
    regional_close(c);
    if (!out)
        fail_msg("%s", err);
    return out;
}

static void longest_word_wins(void **state)
{
    (void)state;
    regional_table t = hand_table();
    assert_int_equal(regional_match(&t, "雷射診所", strlen("雷射診所")), 1);
    assert_int_equal(regional_match(&t, "雷射光", strlen("雷射光")), 0);
    assert_int_equal(regional_match(&t, "雷", strlen("雷")), -1);
    char *hk = convert(&t, LANG_ZH_HK, "去雷射診所做雷射，問醫師。");
    assert_string_equal(hk, "去鐳射中心做激光，問醫生。");
    free(hk);
    test_free(t.by_form);
}

static void mainland_gets_opencc_and_quotes(void **state)
{
    (void)state;
    regional_table t = hand_table();
    /* OpenCC converts the rest; the table's form is kept exactly as written (镭, not
     * what OpenCC would make of 鐳), and 「」 become “” */
    char *hans = convert(&t, LANG_ZH_HANS, "醫師說「頭髮」要去雷射診所。");
    assert_string_equal(hans, "医生说“头发”要去镭射中心。");
    free(hans);
    char *hk = convert(&t, LANG_ZH_HK, "醫師說「頭髮」。");
    assert_string_equal(hk, "醫生說「頭髮」。"); /* Hong Kong keeps 「」 and the characters */
    free(hk);
    char *tw = convert(&t, LANG_ZH_HANT, "醫師說。");
    assert_string_equal(tw, "醫師說。"); /* the source itself is never changed */
    free(tw);
    test_free(t.by_form);
}

static void many_texts_in_one_pass(void **state)
{
    (void)state;
    regional_table t = hand_table();
    const char *in[] = { "醫師", "", "雷射", "沒有詞" };
    char *out[4];
    regional_conv *c = regional_open(&t);
    char err[256];
    assert_true(regional_convert_many(c, LANG_ZH_HANS, in, 4, out, err, sizeof err));
    assert_string_equal(out[0], "医生");
    assert_string_equal(out[1], "");
    assert_string_equal(out[2], "激光");
    assert_string_equal(out[3], "没有词");
    for (int i = 0; i < 4; i++)
        free(out[i]);
    /* a private-use character would be taken for a marker: refused, never garbled */
    const char *bad[] = { "醫師\xee\x80\x80" };
    assert_false(regional_convert_many(c, LANG_ZH_HANS, bad, 1, out, err, sizeof err));
    assert_non_null(strstr(err, "private-use"));
    regional_close(c);
    test_free(t.by_form);
}

static void finds_another_varietys_words(void **state)
{
    (void)state;
    regional_table t = hand_table();
    regional_conv *c = regional_open(&t);
    char err[256];
    lang_t whose = LANG_COUNT;
    assert_int_equal(regional_foreign_term(c, LANG_ZH_HK, "請問醫師。", &whose, err, sizeof err), 2);
    assert_int_equal(whose, LANG_ZH_HANT);
    assert_int_equal(regional_foreign_term(c, LANG_ZH_HANS, "请问医师。", &whose, err, sizeof err), 2);
    assert_int_equal(regional_foreign_term(c, LANG_ZH_HANT, "請問醫生。", &whose, err, sizeof err), 2);
    assert_int_equal(whose, LANG_ZH_HK); /* 醫生 is Hong Kong's (and the mainland's) */
    assert_int_equal(regional_foreign_term(c, LANG_ZH_HANS, "请问医生。", &whose, err, sizeof err), -1);
    /* 雷射 inside the Hong Kong form 鐳射中心 is not 雷射 (different character), but
     * 激光 inside 激光中心... is the row's own form; shared rows are never reported */
    assert_int_equal(regional_foreign_term(c, LANG_ZH_HK, "激光和數據和資料", &whose, err, sizeof err), -1);
    assert_int_equal(regional_foreign_term(c, LANG_ZH_HK, "做雷射", &whose, err, sizeof err), 0);
    regional_close(c);
    test_free(t.by_form);
}

static void *no_library(const char *file, int mode)
{
    (void)file;
    (void)mode;
    return NULL;
}

/* OpenCC is loaded when 简体 is first made; where it is missing, that says what to
 * install, and Hong Kong Chinese (word swaps only) still works. */
static void mainland_without_opencc_says_what_to_install(void **state)
{
    (void)state;
    regional_table t = hand_table();
    opencc_dlopen = no_library;
    regional_conv *c = regional_open(&t);
    char err[320] = "";
    assert_null(regional_convert(c, LANG_ZH_HANS, "醫師說。", err, sizeof err));
    assert_string_equal(err, "Making the 简体 texts of a content folder needs OpenCC: install libopencc1.1 "
                             "(apt-get install libopencc1.1), or use the compiled content pack");
    lang_t whose;
    err[0] = '\0';
    assert_int_equal(regional_foreign_term(c, LANG_ZH_HK, "請問醫師。", &whose, err, sizeof err), -2);
    assert_non_null(strstr(err, "apt-get install libopencc1.1"));
    regional_close(c);
    char *hk = convert(&t, LANG_ZH_HK, "醫師說「頭髮」。");
    assert_string_equal(hk, "醫生說「頭髮」。");
    free(hk);
    opencc_dlopen = dlopen; /* installed again: the next conversion loads it */
    char *hans = convert(&t, LANG_ZH_HANS, "醫師說。");
    assert_string_equal(hans, "医生说。");
    free(hans);
    test_free(t.by_form);
}

static void script_tables_know_each_script(void **state)
{
    (void)state;
    uint32_t cp = 0;
    assert_int_equal(script_foreign_char("頭髮", LANG_ZH_HANS, &cp), 0);
    assert_int_equal(cp, 0x982D); /* 頭 */
    assert_int_equal(script_foreign_char("一般的頭", LANG_ZH_HANS, &cp), 9);
    assert_int_equal(script_foreign_char("头发", LANG_ZH_HANT, &cp), 0);
    assert_int_equal(script_foreign_char("头发", LANG_ZH_HK, &cp), 0);
    /* shared by both scripts, or a Taiwan form OpenCC writes differently (床, 牀) */
    assert_int_equal(script_foreign_char("干擾、臨床、幹細胞、乾燥", LANG_ZH_HANT, &cp), -1);
    assert_int_equal(script_foreign_char("干扰、临床、干细胞、干燥", LANG_ZH_HANS, &cp), -1);
    assert_int_equal(script_foreign_char("頭髮", LANG_EN, &cp), -1);
}

static void store_varieties_come_from_the_table(void **state)
{
    (void)state;
    const topic *t = &st.topics[store_find_topic(&st, "light-therapy")];
    /* the table: 窄波 -> 窄頻 / 窄谱 */
    assert_string_equal(lt(&t->title, LANG_ZH_HK), "光療（窄頻紫外線）");
    assert_string_equal(lt(&t->title, LANG_ZH_HANS), "光疗（窄谱紫外线）");
    assert_string_equal(lt(&t->title, LANG_ZH_HANT), "光療（窄波紫外線）");
    /* the author's own Hong Kong text is kept; the mainland's is derived */
    assert_string_equal(lt(&t->summary, LANG_ZH_HK), "窄頻紫外線可在數月內令白斑逐漸回復顏色。");
    assert_string_equal(lt(&t->summary, LANG_ZH_HANS), "窄谱紫外线可以在几个月内让白斑慢慢恢复颜色。");
    const block *note = &t->sections[0].blocks[2];
    assert_string_equal(lt(&note->text, LANG_ZH_HANS), "治疗需要几个月，而不是几周。有些激光诊所改用“激光”。");
    assert_string_equal(lt(&note->text, LANG_ZH_HK), "治療需要幾個月，而不是幾週。有些激光診所改用「激光」。");
    assert_true(store_ready(&st, LANG_ZH_HK) && store_ready(&st, LANG_ZH_HANS));
}

static void site_lists_its_languages(void **state)
{
    (void)state;
    lang_list l;
    char err[160];
    assert_true(lang_list_parse("zh-HK, en", &l, err, sizeof err));
    assert_int_equal(l.n, 2);
    assert_int_equal(l.v[0], LANG_ZH_HK);
    assert_int_equal(lang_list_next(&l, LANG_ZH_HK), LANG_EN);
    assert_int_equal(lang_list_next(&l, LANG_EN), LANG_ZH_HK);
    assert_int_equal(lang_list_next(&l, LANG_ZH_HANS), LANG_ZH_HK); /* not listed: the first */
    assert_int_equal(lang_list_chinese(&l), LANG_ZH_HK);
    assert_true(lang_list_parse("en zh_CN", &l, err, sizeof err));
    assert_int_equal(l.v[1], LANG_ZH_HANS);
    assert_false(lang_list_parse("en, fr", &l, err, sizeof err));
    assert_non_null(strstr(err, "\"fr\" is not a language"));
    assert_false(lang_list_parse("zh_TW zh-Hant", &l, err, sizeof err));
    assert_non_null(strstr(err, "listed twice"));
    assert_false(lang_list_parse(" , ", &l, err, sizeof err));
    l = lang_list_all();
    assert_int_equal(l.n, LANG_COUNT);
    assert_int_equal(lang_list_next(&l, LANG_EN), LANG_ZH_HANT);
    assert_int_equal(lang_list_next(&l, LANG_ZH_HANT), LANG_ZH_HK);
    assert_int_equal(lang_list_next(&l, LANG_ZH_HK), LANG_ZH_HANS);
    assert_int_equal(lang_list_next(&l, LANG_ZH_HANS), LANG_EN);
    char text[96];
    lang_list_format(&l, text, sizeof text);
    assert_string_equal(text, "en, zh-Hant, zh-HK, zh-Hans");
    assert_string_equal(lang_native_name(LANG_ZH_HK), "繁體中文（香港）");
}

int main(void)
{
    test_locale();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(longest_word_wins),
        cmocka_unit_test(mainland_gets_opencc_and_quotes),
        cmocka_unit_test(many_texts_in_one_pass),
        cmocka_unit_test(finds_another_varietys_words),
        cmocka_unit_test(mainland_without_opencc_says_what_to_install),
        cmocka_unit_test(script_tables_know_each_script),
        cmocka_unit_test(store_varieties_come_from_the_table),
        cmocka_unit_test(site_lists_its_languages),
    };
    return cmocka_run_group_tests_name("regional", tests, load_fixture, free_fixture);
}
