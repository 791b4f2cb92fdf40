/* The sheet code: every combination of answers and picks comes back the same, in
 * every language; every single wrong character and every swap of two characters is
 * caught; a code with a right check but a field out of range, or made with other
 * content, is refused with a message that says what to do; and the visit sheet
 * holds the answers, the picks and nothing else. */
#include "test_treat_util.h"

#include <string.h>

#include "core/i18n.h"
#include "core/strbuf.h"
#include "treat/sheet.h"
#include "treat/sheet_code.h"

static store st;
static const char symbols[] = "0123456789ABCDEFGHJKMNPQRSTVWXY";

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

/* The 65 ordered pick lists of 0 to 4 different options out of 4 (the fixture's count). */
static size_t pick_lists(size_t lists[65][GRID_MAX_OPTIONS], size_t counts[65])
{
    size_t n = 0;
    for (unsigned a = 0; a <= 4; a++)
        for (unsigned b = 0; b <= 4; b++)
            for (unsigned c = 0; c <= 4; c++)
                for (unsigned d = 0; d <= 4; d++) {
                    unsigned v[4] = { a, b, c, d }, k = 0;
                    bool ok = true;
                    while (k < 4 && v[k])
                        k++;
                    for (unsigned i = k; i < 4; i++)
                        ok = ok && !v[i];
                    for (unsigned i = 0; i < k; i++)
                        for (unsigned j = 0; j < i; j++)
                            ok = ok && v[i] != v[j];
                    if (!ok)
                        continue;
                    for (unsigned i = 0; i < k; i++)
                        lists[n][i] = v[i] - 1;
                    counts[n++] = k;
                }
    return n;
}

static void assert_same(const sheet_spec *a, const sheet_spec *b)
{
    assert_int_equal(a->lang, b->lang);
    assert_memory_equal(&a->sit, &b->sit, sizeof a->sit);
    assert_int_equal(a->npicks, b->npicks);
    for (size_t i = 0; i < a->npicks; i++)
        assert_int_equal(a->picks[i], b->picks[i]);
}

static void every_language_has_a_slot(void **state)
{
    (void)state;
    for (int l = 0; l < LANG_COUNT; l++) {
        int s = sheet_code_lang_slot((lang_t)l);
        assert_true(s >= 0 && s < SHEET_CODE_LANGS);
        for (int k = 0; k < l; k++)
            assert_int_not_equal(s, sheet_code_lang_slot((lang_t)k));
    }
    /* the printed codes' slots never move */
    assert_int_equal(sheet_code_lang_slot(LANG_EN), 0);
    assert_int_equal(sheet_code_lang_slot(LANG_ZH_HANT), 1);
    assert_int_equal(sheet_code_lang_slot(LANG_ZH_HANS), 2);
}

/* Every answer combination with every pick list (163,840 x 65 codes, a few
 * seconds), each in one of the languages in turn.  Under the sanitizers (10 times
 * slower) every answer combination meets every 5th pick list instead. */
#if defined(__SANITIZE_ADDRESS__)
enum { PICK_STRIDE = 5 };
#else
enum { PICK_STRIDE = 1 };
#endif

static void every_combination_round_trips(void **state)
{
    (void)state;
    size_t lists[65][GRID_MAX_OPTIONS], counts[65];
    size_t nl = pick_lists(lists, counts);
    assert_int_equal(nl, 65);
    unsigned version = sheet_content_version(&st);
    strbuf err = { 0 };
    char code[SHEET_CODE_TEXT];
    size_t made = 0;
    for (unsigned t = 0; t < 4; t++)
        for (unsigned act = 0; act < 4; act++)
            for (unsigned sites = 0; sites < 32; sites++)
                for (unsigned age = 0; age < 4; age++)
                    for (unsigned preg = 0; preg < 3; preg++)
                        for (unsigned prio = 0; prio < 32; prio++)
                            for (size_t p = (t + act + sites + age + preg + prio) % PICK_STRIDE; p < nl;
                                 p += PICK_STRIDE) {
                                if (age == AGE_CHILD && preg != PREG_SKIPPED)
                                    continue; /* never asked; coded as skipped (below) */
                                sheet_spec in = { .lang = (lang_t)((made / 7) % LANG_COUNT),
                                                  .sit = SIT(t, act, sites, age, preg, prio), .npicks = counts[p] };
                                memcpy(in.picks, lists[p], sizeof in.picks);
                                sheet_spec out;
                                if (!sheet_code_make(&in, st.ntreatments, version, code, LANG_EN, &err) ||
                                    !sheet_code_read(code, st.ntreatments, version, &out, LANG_EN, &err))
                                    fail_msg("%s: %s", code, err.s);
                                if (memcmp(&in.sit, &out.sit, sizeof in.sit) || in.lang != out.lang ||
                                    in.npicks != out.npicks || memcmp(in.picks, out.picks, in.npicks * sizeof in.picks[0]))
                                    fail_msg("%s does not come back the same", code);
                                made++;
                            }
    if (PICK_STRIDE == 1)
        assert_int_equal(made, (size_t)4 * 4 * 32 * (4 * 3 - 2) * 32 * 65);
    /* a child's pregnancy answer is never asked, so it is coded as skipped */
    sheet_spec child = { .lang = LANG_EN, .sit = SIT(0, 0, 0, AGE_CHILD, PREG_YES, 0) }, back;
    assert_true(sheet_code_make(&child, st.ntreatments, version, code, LANG_EN, &err));
    assert_true(sheet_code_read(code, st.ntreatments, version, &back, LANG_EN, &err));
    assert_int_equal(back.sit.pregnant, PREG_SKIPPED);
    sb_free(&err);
}

static void codes_look_the_same_everywhere(void **state)
{
    (void)state;
    sheet_spec in = { .lang = LANG_ZH_HANT, .sit = SIT(SIT_TYPE_NSV, ACTIVITY_STABLE, SITE_FACE, AGE_ADULT, PREG_NO, 0),
                      .picks = { 1, 0 }, .npicks = 2 };
    char code[SHEET_CODE_TEXT];
    strbuf err = { 0 };
    assert_true(sheet_code_encode(&st, &in, code, LANG_EN, &err));
    assert_int_equal(strlen(code), 17);
    assert_memory_equal(code, "VE-", 3);
    assert_int_equal(code[7], '-');
    assert_int_equal(code[12], '-');
    /* typed the way people type: lower case, no dashes, spaces, O for 0, l for 1 */
    char typed[64] = "", *w = typed;
    for (const char *p = code + 3; *p; p++) {
        char c = *p;
        if (c == '-')
            c = ' ';
        else if (c == '0')
            c = 'O';
        else if (c == '1')
            c = 'l';
        else if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        *w++ = c;
    }
    sheet_spec out;
    assert_true(sheet_code_decode(&st, typed, &out, LANG_EN, &err));
    assert_same(&in, &out);
    assert_true(sheet_code_decode(&st, code + 3, &out, LANG_EN, &err));
    assert_same(&in, &out);
    sb_free(&err);
}

/* For many codes: every character replaced by every other symbol, and every swap
 * of two different characters (next to each other or not), is refused. */
static void every_single_typo_and_swap_is_caught(void **state)
{
    (void)state;
    unsigned version = sheet_content_version(&st);
    strbuf err = { 0 };
    char code[SHEET_CODE_TEXT], bad[SHEET_CODE_TEXT];
    size_t tried = 0;
    for (unsigned k = 0; k < 600; k++) {
        sheet_spec in = { .lang = (lang_t)(k % LANG_COUNT),
                          .sit = SIT(k % 4, (k / 4) % 4, (k * 7) % 32, (k / 16) % 4, 0, (k * 11) % 32),
                          .picks = { k % 4, (k + 1) % 4, (k + 2) % 4 }, .npicks = k % 4 };
        assert_true(sheet_code_make(&in, st.ntreatments, version, code, LANG_EN, &err));
        sheet_spec out;
        for (size_t i = 0; i < strlen(code); i++) {
            if (code[i] == '-')
                continue;
            for (const char *s = symbols; *s; s++) {
                if (*s == code[i])
                    continue;
                memcpy(bad, code, sizeof bad);
                bad[i] = *s;
                sb_clear(&err);
                if (sheet_code_read(bad, st.ntreatments, version, &out, LANG_EN, &err))
                    fail_msg("the typo %s for %s was not caught", bad, code);
                assert_non_null(err.s);
                tried++;
            }
            for (size_t j = i + 1; j < strlen(code); j++) {
                if (code[j] == '-' || code[j] == code[i] || i < 3)
                    continue;
                memcpy(bad, code, sizeof bad);
                bad[i] = code[j];
                bad[j] = code[i];
                if (sheet_code_read(bad, st.ntreatments, version, &out, LANG_EN, &err))
                    fail_msg("the swap %s for %s was not caught", bad, code);
                tried++;
            }
        }
    }
    assert_true(tried > 200000);
    sb_free(&err);
}

static void expect_error(const char *code, unsigned version, const char *words)
{
    sheet_spec out;
    strbuf err = { 0 };
    assert_false(sheet_code_read(code, st.ntreatments, version, &out, LANG_EN, &err));
    if (!strstr(err.s, words))
        fail_msg("%s: expected \"%s\" in \"%s\"", code, words, err.s);
    sb_free(&err);
}

/* Codes with a right check character but fields no program makes. */
static void out_of_range_fields_are_refused(void **state)
{
    (void)state;
    unsigned version = sheet_content_version(&st);
    char code[SHEET_CODE_TEXT];
    /* radices, least significant first: lang 8, type 4, activity 4, sites 32, age 4,
     * pregnant 3, priorities 32, 4 picks of 31, version 961, format 4 */
    uint64_t pick_unit = 8ull * 4 * 4 * 32 * 4 * 3 * 32, version_unit = pick_unit * 31 * 31 * 31 * 31;
    uint64_t ok = version * version_unit;
    sheet_code_spell(ok, code);
    sheet_spec out;
    strbuf err = { 0 };
    assert_true(sheet_code_read(code, st.ntreatments, version, &out, LANG_EN, &err));
    sheet_code_spell(ok + 7, code); /* a language slot no language has */
    expect_error(code, version, "is not a sheet code this version");
    sheet_code_spell(ok + version_unit * 961, code); /* a newer format */
    expect_error(code, version, "is not a sheet code this version");
    sheet_code_spell(ok + pick_unit * 31, code); /* a gap before the second pick */
    expect_error(code, version, "is not a sheet code this version");
    sheet_code_spell(ok + pick_unit * (1 + 31), code); /* the same option twice */
    expect_error(code, version, "is not a sheet code this version");
    sheet_code_spell(ok + pick_unit * 5, code); /* the 5th option; the fixture has 4 */
    expect_error(code, version, "made with other content");
    uint64_t child_pregnant = 8ull * 4 * 4 * 32 * AGE_CHILD + 8ull * 4 * 4 * 32 * 4 * PREG_YES;
    sheet_code_spell(ok + child_pregnant, code);
    expect_error(code, version, "is not a sheet code this version");
    sheet_code_spell(ok, code);
    expect_error(code, (version + 1) % SHEET_CODE_VERSIONS, "made with other content");
    expect_error("VE-0000-0000-000", version, "has 12 letters and digits");
    expect_error("VE-0000-0000-0000-0", version, "has 12 letters and digits");
    expect_error("", version, "has 12 letters and digits");
    expect_error("VE-ZZZZ-0000-0000", version, "character 1, 'Z'");
    expect_error("VE-0U00-0000-0000", version, "character 2, 'U'");
    expect_error("VE-00\xe4\xb8\xad-0000-000", version, "is never used");
    sheet_code_spell(ok + 1, code);
    code[16] = code[16] == '0' ? '1' : '0';
    expect_error(code, version, "typing mistake");
    sb_free(&err);
}

/* The content version follows the content the sheet reads. */
static void content_version_follows_the_content(void **state)
{
    (void)state;
    unsigned v = sheet_content_version(&st);
    assert_true(v < SHEET_CODE_VERSIONS);
    treatment *t = &st.treatments[0];
    char saved[11];
    memcpy(saved, t->last_reviewed, sizeof saved);
    t->last_reviewed[9] = t->last_reviewed[9] == '1' ? '2' : '1';
    unsigned changed = sheet_content_version(&st);
    memcpy(t->last_reviewed, saved, sizeof saved);
    assert_int_not_equal(v, changed);
    assert_int_equal(v, sheet_content_version(&st));
}

/* The sheet: the date, the answers, the picks with their marks and numbers, the
 * questions, the review date and the disclaimer, in the sheet's language. */
static void the_sheet_holds_the_answers_and_the_picks(void **state)
{
    (void)state;
    size_t rux = option_index(&st, "ruxolitinib-cream"), light = option_index(&st, "light-therapy");
    for (int l = 0; l < LANG_COUNT; l++) {
        sheet_spec sp = { .lang = (lang_t)l, .sit = SIT(SIT_TYPE_NSV, ACTIVITY_STABLE, SITE_FACE, AGE_ADULT, PREG_NO, 0),
                          .picks = { light, rux }, .npicks = 2 };
        strbuf b = { 0 };
        sheet_build(&b, &st, &sp, 60);
        char code[SHEET_CODE_TEXT], date[11];
        strbuf err = { 0 };
        assert_true(sheet_code_encode(&st, &sp, code, LANG_EN, &err));
        sheet_date(&st, date);
        assert_non_null(strstr(b.s, code));
        assert_non_null(strstr(b.s, date));
        assert_non_null(strstr(b.s, tr(sp.lang, "Questions for my doctor")));
        assert_non_null(strstr(b.s, sit_type_label(sp.lang, SIT_TYPE_NSV)));
        assert_non_null(strstr(b.s, lt(&st.treatments[rux].name, sp.lang)));
        assert_non_null(strstr(b.s, lt(&st.treatments[light].name, sp.lang)));
        assert_non_null(strstr(b.s, grid_row_label(sp.lang, GRID_ROW_CHANCE)));
        assert_non_null(strstr(b.s, grid_row_label(sp.lang, GRID_ROW_SIDE_EFFECTS)));
        assert_true(strstr(b.s, lt(&st.treatments[light].name, sp.lang)) <
                    strstr(b.s, lt(&st.treatments[rux].name, sp.lang))); /* in the order picked */
        /* options not picked are not on it */
        for (size_t i = 0; i < st.ntreatments; i++)
            if (i != rux && i != light)
                assert_null(strstr(b.s, lt(&st.treatments[i].name, sp.lang)));
        /* unwrapped for a QR code: no line is cut */
        strbuf wide = { 0 };
        sheet_build(&wide, &st, &sp, SHEET_NO_WRAP);
        assert_true(strlen(wide.s) < strlen(b.s));
        sb_free(&wide);
        sb_free(&err);
        sb_free(&b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_language_has_a_slot),
        cmocka_unit_test(every_combination_round_trips),
        cmocka_unit_test(codes_look_the_same_everywhere),
        cmocka_unit_test(every_single_typo_and_swap_is_caught),
        cmocka_unit_test(out_of_range_fields_are_refused),
        cmocka_unit_test(content_version_follows_the_content),
        cmocka_unit_test(the_sheet_holds_the_answers_and_the_picks),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
