/* Every rule of the bundled treatment records (content/treatments/), each with a
 * situation that should make it the deciding rule.  A rule without a case here
 * fails the coverage test, so a new rule cannot go in untested. */
#include "test_treat_util.h"

static store st;

static int setup(void **state)
{
    (void)state;
    test_locale();
    const char *root = getenv("VE_ROOT");
    char dir[512];
    snprintf(dir, sizeof dir, "%s/content", root ? root : ".");
    return load_store_at(&st, dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    store_free(&st);
    return 0;
}

typedef struct rule_case {
    const char *option;
    situation s;
    fit_t fit;
    long rule;   /* the rule that decides, or -1 for the default */
} rule_case;

#define NSV SIT_TYPE_NSV
#define SV SIT_TYPE_SV
#define SPREAD ACTIVITY_SPREADING
#define STABLE ACTIVITY_STABLE
#define FACE SITE_FACE
#define HANDS SITE_HANDS
#define BODY SITE_BODY
#define MUCOSA SITE_MUCOSA
#define LARGE SITE_LARGE
#define CHILD AGE_CHILD
#define TEEN AGE_TEEN
#define ADULT AGE_ADULT
#define PREG PREG_YES
#define MAY FIT_MAY_SUIT
#define ASK FIT_ASK_DOCTOR
#define NOT FIT_NOT_USUALLY

static const rule_case cases[] = {
    { "topical-steroids", SIT_INIT(0, 0, FACE | BODY, 0, 0, 0), ASK, 0 },
    { "topical-steroids", SIT_INIT(0, 0, 0, CHILD, 0, 0), ASK, 1 },
    { "topical-steroids", SIT_INIT(0, 0, LARGE, 0, 0, 0), ASK, 2 },
    { "topical-steroids", SIT_INIT(0, 0, MUCOSA, 0, 0, 0), ASK, 3 },
    { "topical-steroids", SIT_INIT(0, 0, 0, 0, PREG, 0), ASK, 4 },
    { "topical-steroids", SIT_INIT(SV, 0, 0, 0, 0, 0), ASK, 5 },
    { "topical-steroids", SIT_INIT(NSV, STABLE, BODY, ADULT, 0, 0), MAY, 6 },
    { "topical-steroids", SIT_INIT(0, 0, 0, 0, 0, 0), ASK, -1 },

    { "calcineurin-inhibitors", SIT_INIT(0, 0, FACE, TEEN, 0, 0), ASK, 0 },
    { "calcineurin-inhibitors", SIT_INIT(0, 0, FACE, CHILD, 0, 0), ASK, 1 },
    { "calcineurin-inhibitors", SIT_INIT(0, 0, LARGE | FACE, 0, 0, 0), ASK, 2 },
    { "calcineurin-inhibitors", SIT_INIT(0, 0, 0, 0, PREG, 0), ASK, 3 },
    { "calcineurin-inhibitors", SIT_INIT(SV, 0, 0, 0, 0, 0), ASK, 4 },
    { "calcineurin-inhibitors", SIT_INIT(NSV, STABLE, FACE, ADULT, 0, 0), MAY, 5 },
    { "calcineurin-inhibitors", SIT_INIT(0, 0, BODY, 0, 0, 0), ASK, -1 },

    { "ruxolitinib-cream", SIT_INIT(NSV, 0, FACE, CHILD, 0, 0), NOT, 0 },
    { "ruxolitinib-cream", SIT_INIT(NSV, 0, FACE, ADULT, PREG, 0), NOT, 1 },
    { "ruxolitinib-cream", SIT_INIT(SV, 0, FACE, 0, 0, 0), NOT, 2 },
    { "ruxolitinib-cream", SIT_INIT(NSV, 0, FACE | LARGE, 0, 0, 0), ASK, 3 },
    { "ruxolitinib-cream", SIT_INIT(NSV, 0, MUCOSA, 0, 0, 0), ASK, 4 },
    { "ruxolitinib-cream", SIT_INIT(NSV, STABLE, FACE, TEEN, 0, 0), MAY, 5 },
    { "ruxolitinib-cream", SIT_INIT(NSV, 0, HANDS, 0, 0, 0), MAY, 6 },
    { "ruxolitinib-cream", SIT_INIT(0, 0, FACE, 0, 0, 0), ASK, -1 },

    { "nbuvb-phototherapy", SIT_INIT(0, 0, LARGE, 0, PREG, 0), ASK, 0 },
    { "nbuvb-phototherapy", SIT_INIT(0, 0, LARGE, CHILD, 0, 0), ASK, 1 },
    { "nbuvb-phototherapy", SIT_INIT(SV, 0, FACE, 0, 0, 0), ASK, 2 },
    { "nbuvb-phototherapy", SIT_INIT(0, 0, HANDS, 0, 0, 0), ASK, 3 },
    { "nbuvb-phototherapy", SIT_INIT(0, 0, LARGE | FACE, 0, 0, 0), MAY, 4 },
    { "nbuvb-phototherapy", SIT_INIT(0, SPREAD, BODY, 0, 0, 0), MAY, 5 },
    { "nbuvb-phototherapy", SIT_INIT(0, 0, FACE | HANDS, 0, 0, 0), MAY, 6 },
    { "nbuvb-phototherapy", SIT_INIT(0, STABLE, BODY, 0, 0, 0), ASK, -1 },

    { "excimer-light", SIT_INIT(0, 0, LARGE | FACE, 0, 0, 0), ASK, 0 },
    { "excimer-light", SIT_INIT(0, 0, HANDS, 0, 0, 0), ASK, 1 },
    { "excimer-light", SIT_INIT(0, 0, FACE, 0, PREG, 0), ASK, 2 },
    { "excimer-light", SIT_INIT(SV, 0, FACE, 0, 0, 0), ASK, 3 },
    { "excimer-light", SIT_INIT(NSV, STABLE, FACE | BODY, ADULT, 0, 0), MAY, 4 },
    { "excimer-light", SIT_INIT(0, 0, BODY, 0, 0, 0), MAY, 5 },
    { "excimer-light", SIT_INIT(0, 0, MUCOSA, 0, 0, 0), ASK, -1 },

    { "mini-pulse-steroids", SIT_INIT(NSV, STABLE, 0, ADULT, 0, 0), NOT, 0 },
    { "mini-pulse-steroids", SIT_INIT(0, SPREAD, 0, 0, PREG, 0), NOT, 1 },
    { "mini-pulse-steroids", SIT_INIT(0, SPREAD, 0, CHILD, 0, 0), ASK, 2 },
    { "mini-pulse-steroids", SIT_INIT(NSV, SPREAD, 0, ADULT, 0, 0), ASK, 3 },
    { "mini-pulse-steroids", SIT_INIT(0, ACTIVITY_UNSURE, 0, 0, 0, 0), ASK, -1 },

    { "surgical-grafting", SIT_INIT(SV, SPREAD, 0, 0, 0, 0), NOT, 0 },
    { "surgical-grafting", SIT_INIT(SV, STABLE, 0, 0, PREG, 0), NOT, 1 },
    { "surgical-grafting", SIT_INIT(SV, STABLE, 0, CHILD, 0, 0), ASK, 2 },
    { "surgical-grafting", SIT_INIT(SV, STABLE, HANDS, TEEN, 0, 0), ASK, 3 },
    { "surgical-grafting", SIT_INIT(SV, STABLE, LARGE, 0, 0, 0), ASK, 4 },
    { "surgical-grafting", SIT_INIT(NSV, STABLE, FACE, ADULT, 0, 0), ASK, 5 },
    { "surgical-grafting", SIT_INIT(SV, STABLE, FACE, ADULT, 0, 0), MAY, 6 },
    { "surgical-grafting", SIT_INIT(SV, ACTIVITY_UNSURE, FACE, 0, 0, 0), ASK, -1 },

    { "depigmentation", SIT_INIT(SV, 0, LARGE, ADULT, 0, 0), NOT, 0 },
    { "depigmentation", SIT_INIT(NSV, STABLE, FACE | HANDS | BODY | MUCOSA, ADULT, 0, 0), NOT, 1 },
    { "depigmentation", SIT_INIT(0, 0, LARGE, CHILD, 0, 0), NOT, 2 },
    { "depigmentation", SIT_INIT(0, 0, LARGE, TEEN, 0, 0), ASK, 3 },
    { "depigmentation", SIT_INIT(0, 0, LARGE, 0, PREG, 0), ASK, 4 },
    { "depigmentation", SIT_INIT(NSV, 0, LARGE | FACE, ADULT, 0, 0), ASK, 5 },
    { "depigmentation", SIT_INIT(0, 0, 0, 0, 0, 0), ASK, -1 },

    { "camouflage-and-sun", SIT_INIT(0, 0, FACE, 0, 0, 0), MAY, 0 },
    { "camouflage-and-sun", SIT_INIT(0, 0, HANDS, 0, 0, 0), MAY, 1 },
    { "camouflage-and-sun", SIT_INIT(0, 0, 0, CHILD, 0, 0), MAY, 2 },
    { "camouflage-and-sun", SIT_INIT(0, 0, BODY, 0, PREG, 0), MAY, -1 },

    { "no-treatment", SIT_INIT(0, SPREAD, 0, 0, 0, 0), ASK, 0 }, /* the safety floor (treat_floor) */
    { "no-treatment", SIT_INIT(NSV, STABLE, FACE, ADULT, PREG, 0), MAY, -1 },

    { "oral-jak-inhibitors", SIT_INIT(NSV, 0, 0, CHILD, 0, 0), NOT, 0 },
    { "oral-jak-inhibitors", SIT_INIT(NSV, 0, 0, ADULT, PREG, 0), NOT, 1 },
    { "oral-jak-inhibitors", SIT_INIT(SV, 0, 0, ADULT, 0, 0), NOT, 2 },
    { "oral-jak-inhibitors", SIT_INIT(NSV, SPREAD, FACE, TEEN, 0, 0), ASK, 3 },
    { "oral-jak-inhibitors", SIT_INIT(NSV, STABLE, FACE, ADULT, 0, 0), ASK, -1 },

    { "msc-therapy", SIT_INIT(0, 0, 0, ADULT, PREG, 0), NOT, 0 },
    { "msc-therapy", SIT_INIT(0, 0, 0, CHILD, 0, 0), NOT, 1 },
    { "msc-therapy", SIT_INIT(0, SPREAD, 0, ADULT, 0, 0), NOT, 2 },
    { "msc-therapy", SIT_INIT(NSV, STABLE, FACE, ADULT, 0, 0), ASK, -1 },
};

static void every_rule_decides_its_case(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const rule_case *c = &cases[i];
        tx_verdict v = treat_judge(&st, option_index(&st, c->option), &c->s);
        if (v.fit != c->fit || v.rule != c->rule)
            fail_msg("case %zu (%s): got fit %s by rule %ld, expected %s by rule %ld", i, c->option,
                     fit_words[v.fit], v.rule, fit_words[c->fit], c->rule);
    }
}

static void every_rule_and_default_has_a_case(void **state)
{
    (void)state;
    for (size_t o = 0; o < st.ntreatments; o++) {
        const treatment *t = &st.treatments[o];
        for (long r = -1; r < (long)t->nrules; r++) {
            bool found = false;
            for (size_t i = 0; i < sizeof cases / sizeof cases[0] && !found; i++)
                found = strcmp(cases[i].option, t->id) == 0 && cases[i].rule == r;
            if (!found)
                fail_msg("%s: rule %ld has no case in tests/unit/test_treat_content.c", t->id, r);
        }
    }
}

/* The situation of the "done" check: non-segmental, stable, face, adult. */
static void nsv_stable_face_adult(void **state)
{
    (void)state;
    situation s = SIT(NSV, STABLE, FACE, ADULT, 0, 0);
    tx_verdict v[64];
    assert_true(st.ntreatments <= 64);
    treat_rank(&st, &s, v);
    const char *may[] = { "calcineurin-inhibitors", "ruxolitinib-cream", "nbuvb-phototherapy", "excimer-light",
                          "camouflage-and-sun", "no-treatment" };
    for (size_t i = 0; i < 6; i++) {
        assert_string_equal(st.treatments[v[i].option].id, may[i]);
        assert_int_equal(v[i].fit, FIT_MAY_SUIT);
    }
    assert_int_equal(v[6].fit, FIT_ASK_DOCTOR);
    assert_int_equal(v[st.ntreatments - 1].fit, FIT_NOT_USUALLY);
    /* where it is approved is on its status line; the note adds what the status does not say */
    assert_string_equal(lt(treat_judge(&st, option_index(&st, "ruxolitinib-cream"), &s).reason, LANG_EN),
                        "It works best on the face. Ask whether it is sold where you live.");
}

static void experimental_options_are_labelled_and_never_may_suit(void **state)
{
    (void)state;
    assert_true(treatment_experimental(&st.treatments[option_index(&st, "oral-jak-inhibitors")]));
    assert_true(treatment_experimental(&st.treatments[option_index(&st, "msc-therapy")]));
    assert_false(treatment_experimental(&st.treatments[option_index(&st, "ruxolitinib-cream")]));
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        for (size_t o = 0; o < st.ntreatments; o++)
            if (treatment_experimental(&st.treatments[o]))
                assert_int_not_equal(treat_judge(&st, o, &cases[i].s).fit, FIT_MAY_SUIT);
}

static void unsure_and_skipped_never_rule_out_a_bundled_option(void **state)
{
    (void)state;
    for (int t = 0; t < 2; t++)
        for (int a = 0; a < 2; a++)
            for (int p = 0; p < 2; p++) {
                situation s = SIT(t ? SIT_TYPE_UNSURE : 0, a ? ACTIVITY_UNSURE : 0, 0, 0, p ? PREG_NO : 0, 0);
                for (size_t o = 0; o < st.ntreatments; o++)
                    assert_int_not_equal(treat_judge(&st, o, &s).fit, FIT_NOT_USUALLY);
            }
}

static void every_option_links_to_its_topic(void **state)
{
    (void)state;
    for (size_t o = 0; o < st.ntreatments; o++) {
        const treatment *t = &st.treatments[o];
        const char *topic = st.topics[t->topic].id;
        if (strcmp(t->id, "msc-therapy") == 0)
            assert_string_equal(topic, "msc-how-they-might-help");
        else
            assert_string_equal(topic, t->id);
    }
    assert_int_equal(st.ntreatments, 12);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_rule_decides_its_case),
        cmocka_unit_test(every_rule_and_default_has_a_case),
        cmocka_unit_test(nsv_stable_face_adult),
        cmocka_unit_test(experimental_options_are_labelled_and_never_may_suit),
        cmocka_unit_test(unsure_and_skipped_never_rule_out_a_bundled_option),
        cmocka_unit_test(every_option_links_to_its_topic),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
