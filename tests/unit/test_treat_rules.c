/* The situation rules against the fixture options: each rule, the worst-fit-wins
 * order, "not sure"/skipped answers never ruling anything out, experimental options
 * never marked "may suit", the ranking, and the command-line answer parser. */
#include "test_treat_util.h"

#include <string.h>

#include "core/i18n.h"
#include "core/strbuf.h"
#include "treat/explain.h"

static store st;

static int setup(void **state)
{
    (void)state;
    test_locale();
    return load_fixture_store(&st) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    store_free(&st);
    return 0;
}

static tx_verdict judge(const char *id, situation s) { return treat_judge(&st, option_index(&st, id), &s); }

static void expect(const char *id, situation s, fit_t fit, long rule, const char *reason_en)
{
    tx_verdict v = judge(id, s);
    assert_int_equal(v.fit, fit);
    assert_int_equal(v.rule, rule);
    assert_string_equal(lt(v.reason, LANG_EN), reason_en);
}

static void loads_the_fixture_options_in_order(void **state)
{
    (void)state;
    assert_int_equal(st.ntreatments, 4);
    assert_string_equal(st.treatments[0].id, "light-therapy");
    assert_string_equal(st.treatments[1].id, "ruxolitinib-cream");
    assert_string_equal(st.treatments[2].id, "no-treatment");
    assert_string_equal(st.treatments[3].id, "stem-cells");
    const treatment *r = &st.treatments[1];
    assert_int_equal(r->nrules, 5);
    assert_int_equal(r->kind, TX_KIND_CREAM);
    assert_int_equal(r->status, TX_STATUS_APPROVED);
    assert_string_equal(st.topics[r->topic].id, "ruxolitinib-cream");
    assert_int_equal(r->rules[4].type, 1u << (SIT_TYPE_NSV - 1));
    assert_int_equal(r->rules[4].site, SITE_FACE);
    assert_int_equal(r->priorities, PRIO_FACE | PRIO_VISITS);
    assert_string_equal(lt(&r->name, LANG_ZH_HANT), "蘆可替尼乳膏");
    assert_true(treatment_experimental(&st.treatments[3]));
    assert_int_equal(st.treatments[3].nchance_refs, 2);
    assert_string_equal(st.refs[st.treatments[3].chance_refs[1]].id, "T1");
}

/* ---- one test per rule of the fixture options -------------------------------------- */

static void child_rules_out_ruxolitinib(void **state)
{
    (void)state;
    expect("ruxolitinib-cream", SIT(SIT_TYPE_NSV, 0, SITE_FACE, AGE_CHILD, 0, 0), FIT_NOT_USUALLY, 0,
           "Approved only from age 12.");
}

static void pregnancy_rules_out_ruxolitinib(void **state)
{
    (void)state;
    expect("ruxolitinib-cream", SIT(0, 0, 0, 0, PREG_YES, 0), FIT_NOT_USUALLY, 1, "Not in pregnancy.");
}

static void segmental_rules_out_ruxolitinib(void **state)
{
    (void)state;
    expect("ruxolitinib-cream", SIT(SIT_TYPE_SV, 0, SITE_FACE, 0, 0, 0), FIT_NOT_USUALLY, 2,
           "Approved for non-segmental vitiligo.");
}

static void large_area_asks_the_doctor_about_ruxolitinib(void **state)
{
    (void)state;
    expect("ruxolitinib-cream", SIT(0, 0, SITE_LARGE, 0, 0, 0), FIT_ASK_DOCTOR, 3, "Up to 10% of the body.");
}

static void non_segmental_face_may_suit_ruxolitinib(void **state)
{
    (void)state;
    expect("ruxolitinib-cream", SIT(SIT_TYPE_NSV, ACTIVITY_STABLE, SITE_FACE, AGE_ADULT, PREG_NO, 0), FIT_MAY_SUIT, 4,
           "Approved from age 12 for up to 10% of the body.");
    /* both conditions are needed */
    expect("ruxolitinib-cream", SIT(SIT_TYPE_NSV, 0, SITE_BODY, 0, 0, 0), FIT_ASK_DOCTOR, -1,
           "Ask whether it fits you.");
}

static void pregnancy_asks_the_doctor_about_light(void **state)
{
    (void)state;
    expect("light-therapy", SIT(0, 0, 0, 0, PREG_YES, 0), FIT_ASK_DOCTOR, 0, "Ask about folic acid.");
}

static void hands_only_asks_the_doctor_about_light(void **state)
{
    (void)state;
    expect("light-therapy", SIT(0, 0, SITE_HANDS, 0, 0, 0), FIT_ASK_DOCTOR, 1, "Hands barely respond.");
    /* hands and another place: site_only no longer holds */
    expect("light-therapy", SIT(0, 0, SITE_HANDS | SITE_BODY, 0, 0, 0), FIT_ASK_DOCTOR, -1, "2 to 3 visits a week.");
}

static void large_area_may_suit_light(void **state)
{
    (void)state;
    expect("light-therapy", SIT(0, 0, SITE_LARGE | SITE_FACE, 0, 0, 0), FIT_MAY_SUIT, 2,
           "The main treatment for large areas.");
}

static void spreading_may_suit_light(void **state)
{
    (void)state;
    expect("light-therapy", SIT(0, ACTIVITY_SPREADING, 0, 0, 0, 0), FIT_MAY_SUIT, 3, "Can slow spreading.");
}

static void pregnancy_rules_out_stem_cells(void **state)
{
    (void)state;
    expect("stem-cells", SIT(0, 0, 0, 0, PREG_YES, 0), FIT_NOT_USUALLY, 0, "Trials exclude pregnancy.");
}

static void defaults_apply_when_no_rule_holds(void **state)
{
    (void)state;
    situation none = { 0 };
    expect("ruxolitinib-cream", none, FIT_ASK_DOCTOR, -1, "Ask whether it fits you.");
    expect("light-therapy", none, FIT_ASK_DOCTOR, -1, "2 to 3 visits a week.");
    expect("stem-cells", none, FIT_ASK_DOCTOR, -1, "Experimental: trials only.");
    expect("no-treatment", none, FIT_MAY_SUIT, -1, "A valid choice.");
}

/* ---- how rules combine -------------------------------------------------------------- */

static void the_worst_fit_wins(void **state)
{
    (void)state;
    /* may-suit (nsv + face) and ask-doctor (large): ask-doctor */
    expect("ruxolitinib-cream", SIT(SIT_TYPE_NSV, 0, SITE_FACE | SITE_LARGE, 0, 0, 0), FIT_ASK_DOCTOR, 3,
           "Up to 10% of the body.");
    /* ask-doctor (pregnant) beats may-suit (large) for light */
    expect("light-therapy", SIT(0, 0, SITE_LARGE, 0, PREG_YES, 0), FIT_ASK_DOCTOR, 0, "Ask about folic acid.");
}

static void among_equal_fits_the_first_rule_gives_the_reason(void **state)
{
    (void)state;
    expect("ruxolitinib-cream", SIT(SIT_TYPE_SV, 0, 0, AGE_CHILD, PREG_YES, 0), FIT_NOT_USUALLY, 0,
           "Approved only from age 12.");
    expect("light-therapy", SIT(0, ACTIVITY_SPREADING, SITE_LARGE, 0, 0, 0), FIT_MAY_SUIT, 2,
           "The main treatment for large areas.");
}

static void a_rule_without_conditions_never_holds(void **state)
{
    (void)state;
    tx_rule r = { .fit = FIT_NOT_USUALLY };
    situation s = SIT(SIT_TYPE_NSV, ACTIVITY_STABLE, SITE_FACE, AGE_ADULT, PREG_YES, PRIO_COST);
    assert_false(rule_holds(&r, &s));
}

/* Every situation built from these answers. */
static void each_situation(void (*fn)(const situation *s, void *ctx), void *ctx, bool only_unsure)
{
    for (int t = 0; t <= SIT_TYPE_UNSURE; t++)
        for (int a = 0; a <= ACTIVITY_UNSURE; a++)
            for (int g = 0; g <= AGE_ADULT; g++)
                for (int p = 0; p <= PREG_NO; p++)
                    for (unsigned sites = 0; sites < (1u << SITE_COUNT); sites++) {
                        if (only_unsure && ((t && t != SIT_TYPE_UNSURE) || (a && a != ACTIVITY_UNSURE) || g ||
                                            p == PREG_YES || sites))
                            continue;
                        situation s = SIT((sit_type)t, (sit_activity)a, sites, (sit_age)g, (sit_pregnant)p, 0);
                        fn(&s, ctx);
                    }
}

static void never_ruled_out(const situation *s, void *ctx)
{
    size_t *count = ctx;
    for (size_t i = 0; i < st.ntreatments; i++) {
        assert_int_not_equal(treat_judge(&st, i, s).fit, FIT_NOT_USUALLY);
        (*count)++;
    }
}

static void not_sure_and_skipped_never_rule_an_option_out(void **state)
{
    (void)state;
    size_t n = 0;
    each_situation(never_ruled_out, &n, true);
    assert_int_equal(n, 2 * 2 * 2 * st.ntreatments); /* type, activity: skipped/unsure; pregnant: skipped/no */
    /* "not sure" holds for no condition, so the answers below match nothing at all */
    expect("ruxolitinib-cream", SIT(SIT_TYPE_UNSURE, ACTIVITY_UNSURE, 0, 0, PREG_NO, 0), FIT_ASK_DOCTOR, -1,
           "Ask whether it fits you.");
}

static void never_may_suit_if_experimental(const situation *s, void *ctx)
{
    (void)ctx;
    for (size_t i = 0; i < st.ntreatments; i++)
        if (treatment_experimental(&st.treatments[i]))
            assert_int_not_equal(treat_judge(&st, i, s).fit, FIT_MAY_SUIT);
}

static void experimental_options_are_never_marked_may_suit(void **state)
{
    (void)state;
    each_situation(never_may_suit_if_experimental, NULL, false);
}

/* ---- ranking -------------------------------------------------------------------------- */

static void ranks_by_fit_then_a_fixed_order(void **state)
{
    (void)state;
    tx_verdict v[4];
    situation s = SIT(SIT_TYPE_NSV, ACTIVITY_STABLE, SITE_FACE, AGE_ADULT, 0, 0);
    treat_rank(&st, &s, v);
    assert_string_equal(st.treatments[v[0].option].id, "ruxolitinib-cream"); /* may-suit, order 20 */
    assert_string_equal(st.treatments[v[1].option].id, "no-treatment");      /* may-suit, "none" last */
    assert_string_equal(st.treatments[v[2].option].id, "light-therapy");     /* ask, order 10 */
    assert_string_equal(st.treatments[v[3].option].id, "stem-cells");        /* ask, order 40 */
    /* what matters to the person is counted, but never moves an option (IPDAS: a neutral order) */
    for (unsigned prios = 1; prios < (1u << PRIO_COUNT); prios++) {
        tx_verdict w[4];
        s.priorities = prios;
        treat_rank(&st, &s, w);
        for (int i = 0; i < 4; i++) {
            assert_int_equal(w[i].option, v[i].option);
            assert_int_equal(w[i].fit, v[i].fit);
        }
    }
    s.priorities = PRIO_COST;
    treat_rank(&st, &s, v);
    assert_string_equal(st.treatments[v[1].option].id, "no-treatment");
    assert_int_equal(v[1].priority_hits, 1);
}

static void no_treatment_comes_before_experimental_options(void **state)
{
    (void)state;
    /* spreading: no treatment is raised to "ask your doctor", where it comes after the
     * options in use (ruxolitinib, order 20) and before the experimental stem cells */
    tx_verdict v[4];
    situation s = SIT(SIT_TYPE_NSV, ACTIVITY_SPREADING, SITE_LARGE, AGE_ADULT, 0, PRIO_COST | PRIO_VISITS);
    treat_rank(&st, &s, v);
    assert_int_equal(v[0].fit, FIT_MAY_SUIT); /* light therapy: the main treatment for large areas */
    assert_string_equal(st.treatments[v[1].option].id, "ruxolitinib-cream");
    assert_string_equal(st.treatments[v[2].option].id, "no-treatment");
    assert_int_equal(v[2].fit, FIT_ASK_DOCTOR);
    assert_string_equal(st.treatments[v[3].option].id, "stem-cells");
    assert_int_equal(v[3].fit, FIT_ASK_DOCTOR);
    /* whatever the records' order says: an experimental option first by order still comes last,
     * and no treatment first by order still comes after the options in use */
    treatment *stem = &st.treatments[option_index(&st, "stem-cells")];
    treatment *none = &st.treatments[option_index(&st, "no-treatment")];
    int stem_order = stem->order, none_order = none->order;
    stem->order = -100;
    none->order = -50;
    treat_rank(&st, &s, v);
    stem->order = stem_order;
    none->order = none_order;
    assert_string_equal(st.treatments[v[1].option].id, "ruxolitinib-cream");
    assert_string_equal(st.treatments[v[2].option].id, "no-treatment");
    assert_string_equal(st.treatments[v[3].option].id, "stem-cells");
}

/* Every note whose rule holds is shown, the deciding one first and each once: a
 * pregnancy note is never hidden behind a site note. */
static void every_note_that_holds_is_shown(void **state)
{
    (void)state;
    i18n_set_lang(LANG_EN);
    tx_verdict v = judge("ruxolitinib-cream", SIT(SIT_TYPE_NSV, 0, SITE_FACE, 0, PREG_YES, 0));
    assert_int_equal(v.fit, FIT_NOT_USUALLY);
    assert_int_equal(v.nnotes, 2);
    assert_string_equal(lt(v.notes[0], LANG_EN), "Not in pregnancy."); /* the deciding rule first */
    assert_string_equal(lt(v.notes[1], LANG_EN), "Approved from age 12 for up to 10% of the body.");
    strbuf b = { 0 };
    treat_reason_text(&v, LANG_EN, &b);
    assert_string_equal(b.s, "Not in pregnancy. Approved from age 12 for up to 10% of the body.");
    sb_clear(&b);
    treat_reason_text(&v, LANG_ZH_HANT, &b);
    assert_string_equal(b.s, "懷孕時不要使用。核准用於 12 歲以上、最多全身 10%。");
    sb_clear(&b);
    /* a child, pregnant (never asked, but given on the command line), with large areas: three rules */
    v = judge("ruxolitinib-cream", SIT(0, 0, SITE_LARGE, AGE_CHILD, PREG_YES, 0));
    assert_int_equal(v.nnotes, 3);
    assert_string_equal(lt(v.notes[0], LANG_EN), "Approved only from age 12.");
    assert_string_equal(lt(v.notes[1], LANG_EN), "Not in pregnancy.");
    assert_string_equal(lt(v.notes[2], LANG_EN), "Up to 10% of the body.");
    /* the same words twice are shown once */
    treatment t = st.treatments[option_index(&st, "ruxolitinib-cream")];
    tx_rule rules[2] = { t.rules[1], t.rules[1] };
    rules[1].fit = FIT_ASK_DOCTOR;
    t.rules = rules;
    t.nrules = 2;
    situation s = SIT(0, 0, 0, 0, PREG_YES, 0);
    v = treat_judge_rules(&t, &s);
    assert_int_equal(v.nnotes, 1);
    /* no rule holds: the default's note alone */
    v = judge("ruxolitinib-cream", SIT(0, 0, 0, 0, 0, 0));
    assert_int_equal(v.nnotes, 1);
    assert_string_equal(lt(v.notes[0], LANG_EN), "Ask whether it fits you.");
    sb_free(&b);
}

/* ---- safety floors ---------------------------------------------------------------------- */

static tx_verdict floored(tx_kind kind, unsigned ages, situation s)
{
    treatment t = { .kind = kind, .for_ages = ages, .default_fit = FIT_MAY_SUIT };
    tx_verdict v = treat_judge_rules(&t, &s);
    treat_floor(&t, &s, &v);
    return v;
}

/* Two rules that both hold: the more cautious one decides, in either order. */
static void the_most_cautious_matching_rule_wins(void **state)
{
    (void)state;
    situation s = SIT(0, ACTIVITY_SPREADING, 0, 0, 0, 0);
    for (int order = 0; order < 2; order++) {
        const unsigned spreading = 1u << (ACTIVITY_SPREADING - 1);
        tx_rule rules[2] = { { .activity = spreading, .fit = FIT_ASK_DOCTOR }, { .activity = spreading, .fit = FIT_NOT_USUALLY } };
        if (order) {
            tx_rule tmp = rules[0];
            rules[0] = rules[1];
            rules[1] = tmp;
        }
        treatment t = { .kind = TX_KIND_CREAM, .default_fit = FIT_MAY_SUIT, .rules = rules, .nrules = 2 };
        tx_verdict v = treat_judge_rules(&t, &s);
        assert_int_equal(v.fit, FIT_NOT_USUALLY);
        assert_int_equal(v.rule, order ? 0 : 1);
    }
}

/* treat_judge, what every screen uses, holds the floor even when the content's rules
 * do not: "no treatment" while spreading is never "may suit you". */
static void judging_an_option_applies_the_safety_floor(void **state)
{
    (void)state;
    treatment t = { .id = "none", .kind = TX_KIND_NONE, .default_fit = FIT_MAY_SUIT };
    store one = { .treatments = &t, .ntreatments = 1 };
    situation s = SIT(0, ACTIVITY_SPREADING, 0, 0, 0, 0);
    tx_verdict v = treat_judge(&one, 0, &s);
    assert_int_equal(v.fit, FIT_ASK_DOCTOR);
    assert_non_null(v.floor_note);
}

static void safety_floors_hold_whatever_the_rules_say(void **state)
{
    (void)state;
    i18n_set_lang(LANG_EN);
    unsigned all = 7, adults = 1u << (AGE_ADULT - 1);
    /* no treatment while spreading */
    tx_verdict v = floored(TX_KIND_NONE, all, SIT(0, ACTIVITY_SPREADING, 0, 0, 0, 0));
    assert_int_equal(v.fit, FIT_ASK_DOCTOR);
    assert_non_null(strstr(v.floor_note, "spreading"));
    assert_int_equal(floored(TX_KIND_NONE, all, SIT(0, ACTIVITY_STABLE, 0, 0, 0, 0)).fit, FIT_MAY_SUIT);
    assert_null(floored(TX_KIND_NONE, all, SIT(0, ACTIVITY_STABLE, 0, 0, 0, 0)).floor_note);
    /* surgery under 18 */
    for (sit_age age = AGE_CHILD; age <= AGE_TEEN; age++) {
        v = floored(TX_KIND_PROCEDURE, all, SIT(SIT_TYPE_SV, ACTIVITY_STABLE, SITE_HANDS, age, 0, 0));
        assert_int_equal(v.fit, FIT_ASK_DOCTOR);
        assert_non_null(strstr(v.floor_note, "under 18"));
    }
    assert_int_equal(floored(TX_KIND_PROCEDURE, all, SIT(SIT_TYPE_SV, ACTIVITY_STABLE, 0, AGE_ADULT, 0, 0)).fit, FIT_MAY_SUIT);
    /* an age the option is not for (depigmentation is for adults) */
    v = floored(TX_KIND_CREAM, adults, SIT(0, 0, SITE_LARGE, AGE_CHILD, 0, 0));
    assert_int_equal(v.fit, FIT_ASK_DOCTOR);
    assert_non_null(v.floor_note);
    /* a floor only raises: "usually not" stays */
    treatment t = { .kind = TX_KIND_PROCEDURE, .for_ages = all, .default_fit = FIT_NOT_USUALLY };
    situation s = SIT(0, 0, 0, AGE_TEEN, 0, 0);
    v = treat_judge_rules(&t, &s);
    assert_false(treat_floor(&t, &s, &v));
    assert_int_equal(v.fit, FIT_NOT_USUALLY);
}

/* ---- answers from the command line ------------------------------------------------------ */

static void parses_answers_and_names_the_valid_choices(void **state)
{
    (void)state;
    situation s = { 0 };
    strbuf err = { 0 };
    assert_true(sit_parse_type(LANG_EN, "sv", &s, &err));
    assert_int_equal(s.type, SIT_TYPE_SV);
    assert_true(sit_parse_activity(LANG_EN, "unsure", &s, &err));
    assert_int_equal(s.activity, ACTIVITY_UNSURE);
    assert_true(sit_parse_age(LANG_EN, "teen", &s, &err));
    assert_int_equal(s.age, AGE_TEEN);
    assert_true(sit_parse_sites(LANG_EN, "face,large", &s, &err));
    assert_int_equal(s.sites, SITE_FACE | SITE_LARGE);
    assert_true(sit_parse_priorities(LANG_EN, "cost,side-effects", &s, &err));
    assert_int_equal(s.priorities, PRIO_COST | PRIO_SIDE_EFFECTS);
    assert_null(err.s);

    assert_false(sit_parse_type(LANG_EN, "NSV", &s, &err));
    assert_string_equal(err.s, "bad --type 'NSV'; use nsv, sv or unsure");
    sb_clear(&err);
    assert_false(sit_parse_sites(LANG_EN, "face,,hands", &s, &err));
    assert_string_equal(err.s, "bad --site 'face,,hands'; use face, hands, body, mucosa, large (several, separated by commas)");
    sb_clear(&err);
    assert_false(sit_parse_age(LANG_EN, "", &s, &err));
    assert_non_null(strstr(err.s, "child, teen or adult"));
    sb_free(&err);
    assert_false(sit_is_empty(&s));
    assert_true(sit_is_empty(&(situation){ 0 }));
}

static void labels_answers_for_people(void **state)
{
    (void)state;
    strbuf b = { 0 };
    sit_sites_text(LANG_EN, SITE_FACE | SITE_MUCOSA, &b);
    assert_string_equal(b.s, "face and neck, lips and genitals");
    sb_clear(&b);
    sit_sites_text(LANG_EN, 0, &b);
    assert_string_equal(b.s, "not answered");
    sb_free(&b);
    assert_string_equal(fit_label(LANG_EN, FIT_NOT_USUALLY), "Usually not for your situation");
    assert_string_equal(status_label(LANG_EN, TX_STATUS_EXPERIMENTAL), "Experimental: in trials only");
    assert_string_equal(sit_age_label(LANG_EN, AGE_TEEN), "12 to 17");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(loads_the_fixture_options_in_order),
        cmocka_unit_test(child_rules_out_ruxolitinib),
        cmocka_unit_test(pregnancy_rules_out_ruxolitinib),
        cmocka_unit_test(segmental_rules_out_ruxolitinib),
        cmocka_unit_test(large_area_asks_the_doctor_about_ruxolitinib),
        cmocka_unit_test(non_segmental_face_may_suit_ruxolitinib),
        cmocka_unit_test(pregnancy_asks_the_doctor_about_light),
        cmocka_unit_test(hands_only_asks_the_doctor_about_light),
        cmocka_unit_test(large_area_may_suit_light),
        cmocka_unit_test(spreading_may_suit_light),
        cmocka_unit_test(pregnancy_rules_out_stem_cells),
        cmocka_unit_test(defaults_apply_when_no_rule_holds),
        cmocka_unit_test(the_worst_fit_wins),
        cmocka_unit_test(among_equal_fits_the_first_rule_gives_the_reason),
        cmocka_unit_test(a_rule_without_conditions_never_holds),
        cmocka_unit_test(not_sure_and_skipped_never_rule_an_option_out),
        cmocka_unit_test(experimental_options_are_never_marked_may_suit),
        cmocka_unit_test(ranks_by_fit_then_a_fixed_order),
        cmocka_unit_test(no_treatment_comes_before_experimental_options),
        cmocka_unit_test(every_note_that_holds_is_shown),
        cmocka_unit_test(the_most_cautious_matching_rule_wins),
        cmocka_unit_test(judging_an_option_applies_the_safety_floor),
        cmocka_unit_test(safety_floors_hold_whatever_the_rules_say),
        cmocka_unit_test(parses_answers_and_names_the_valid_choices),
        cmocka_unit_test(labels_answers_for_people),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
