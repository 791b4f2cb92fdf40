/* Treatment options for the comparison screens (content/treatments/, described for
 * clinicians in content/treatments/README.md): the record the loader fills in and
 * the words its files use.  Matching, grids and summaries are in treat/.  Read-only once loaded; every text
 * and array lives in the store's arena.  Never includes curses. */
#ifndef VE_TREATMENT_H
#define VE_TREATMENT_H

#include <stdbool.h>
#include <stddef.h>

#include "content/store.h"

/* The answers a patient's situation is made of (treat/situation.h), here because the
 * content files' rules name them.  An answer of 0 means "skipped"; "not sure" is an
 * answer of its own.  Neither ever matches a rule, so neither can rule an option out. */
typedef enum { SIT_TYPE_SKIPPED, SIT_TYPE_NSV, SIT_TYPE_SV, SIT_TYPE_UNSURE } sit_type;
typedef enum { ACTIVITY_SKIPPED, ACTIVITY_SPREADING, ACTIVITY_STABLE, ACTIVITY_UNSURE } sit_activity;
typedef enum { AGE_SKIPPED, AGE_CHILD, AGE_TEEN, AGE_ADULT } sit_age;
typedef enum { PREG_SKIPPED, PREG_YES, PREG_NO } sit_pregnant;

/* Bits of situation.sites (several allowed). */
enum {
    SITE_FACE = 1u << 0,    /* face and neck */
    SITE_HANDS = 1u << 1,   /* hands and feet */
    SITE_BODY = 1u << 2,
    SITE_MUCOSA = 1u << 3,  /* lips and genitals */
    SITE_LARGE = 1u << 4,   /* more than 10 % of the skin */
    SITE_COUNT = 5,
};

/* Bits of situation.priorities: what matters most. */
enum {
    PRIO_FACE = 1u << 0,          /* colour back on the face */
    PRIO_SPREAD = 1u << 1,        /* stopping the spread */
    PRIO_VISITS = 1u << 2,        /* fewer clinic visits */
    PRIO_SIDE_EFFECTS = 1u << 3,  /* fewer side effects */
    PRIO_COST = 1u << 4,
    PRIO_COUNT = 5,
};

/* The words for each answer, in enum order from 1 (index 0 is the first answer).
 * The "unsure" words come last, so content rules use the first *_RULE_WORDS only. */
extern const char *const sit_type_words[3];     /* nsv, sv, unsure */
extern const char *const sit_activity_words[3]; /* spreading, stable, unsure */
extern const char *const sit_age_words[3];      /* child, teen, adult */
extern const char *const sit_site_words[SITE_COUNT];
extern const char *const sit_priority_words[PRIO_COUNT];
enum { TYPE_RULE_WORDS = 2, ACTIVITY_RULE_WORDS = 2, AGE_RULE_WORDS = 3 };

/* How well an option fits a situation, best first: a worse fit always wins. */
typedef enum { FIT_MAY_SUIT, FIT_ASK_DOCTOR, FIT_NOT_USUALLY, FIT_COUNT } fit_t;

typedef enum {
    TX_KIND_CREAM, TX_KIND_LIGHT, TX_KIND_TABLET, TX_KIND_PROCEDURE, TX_KIND_CELL_THERAPY, TX_KIND_COSMETIC, TX_KIND_NONE,
    TX_KIND_COUNT
} tx_kind;

typedef enum {
    TX_STATUS_APPROVED, TX_STATUS_OFF_LABEL, TX_STATUS_STANDARD, TX_STATUS_SPECIALIST, TX_STATUS_CHOICE,
    TX_STATUS_EXPERIMENTAL, TX_STATUS_COUNT
} tx_status;

typedef enum { EVIDENCE_STRONG, EVIDENCE_MODERATE, EVIDENCE_LIMITED, EVIDENCE_VERY_LIMITED,
               EVIDENCE_COUNT } tx_evidence;

/* The words content files use for each (in enum order). */
extern const char *const fit_words[FIT_COUNT];          /* may-suit, ask-doctor, not-usually */
extern const char *const kind_words[TX_KIND_COUNT];        /* cream, light, tablet, ... */
extern const char *const status_words[TX_STATUS_COUNT];    /* approved, off-label, standard, specialist, choice,
                                                              experimental */
extern const char *const evidence_words[EVIDENCE_COUNT];

/* One line of the situation table: when every condition holds, the option gets
 * fit, with reason.  A condition is a mask of answers (bit k = the k-th word of
 * that question, see situation.h); 0 means "no condition on this question".
 * "not sure" and skipped answers match no condition. */
typedef struct tx_rule {
    unsigned type, activity, site, site_only, age;
    bool pregnant;      /* holds when the person is pregnant or breastfeeding */
    fit_t fit;
    ltext reason;
} tx_rule;

/* A labelled icon array beside the main one: "●○○○○○○○○○ With a placebo cream: about
 * 1 in 10" (total 0: none). */
typedef struct tx_icons {
    int count, total;
    ltext text;
    size_t *refs, nrefs; /* "sources" (side_effects_icons only): indices into store.refs */
} tx_icons;

typedef struct treatment {
    const char *id;
    const char *file;             /* relative to the store, for messages */
    int order;                    /* listing order when fit and priorities tie */
    long topic;                   /* index into store.topics */
    ltext name;
    lwords aliases;
    tx_kind kind;
    tx_status status;
    ltext status_note;            /* approved where and for whom */
    ltext approved_in;            /* "approved": where (and for whom), shown with the status; else empty */
    ltext what, how_it_works;
    unsigned for_types, for_activity, for_sites, for_ages;   /* "who it is for", as masks */
    ltext who_for, pregnancy;
    tx_evidence evidence;
    ltext evidence_reason;
    ltext involves, how_soon, chance, side_effects, serious_risks, if_stop, cost;
    size_t *chance_refs, nchance_refs; /* indices into store.refs: where the numbers come from */
    int chance_icons, chance_icons_total; /* "chance.icons": an icon array (0, 0: none) */
    tx_icons chance_comparator;   /* "chance.comparator": the same count for the comparison group */
    tx_icons side_effects_icons;  /* "side_effects_icons": a harm drawn like the benefit */
    size_t *refs, nrefs;
    ltext *questions;             /* suggested questions for the doctor */
    size_t nquestions;
    unsigned priorities;          /* PRIO_* this option speaks to */
    tx_rule *rules;
    size_t nrules;
    fit_t default_fit;            /* when no rule holds; never FIT_NOT_USUALLY */
    ltext default_reason;
    char last_reviewed[11], next_review[11];
} treatment;

static inline bool treatment_experimental(const treatment *t) { return t->status == TX_STATUS_EXPERIMENTAL; }

/* The option with this id, or -1. */
long store_find_treatment(const store *st, const char *id);

/* Calls fn for every text of every treatment (for zh-Hans derivation and search). */
void treatment_each_text(store *st, ltext_visitor fn, void *ctx);
void treatment_each_words(store *st, lwords_visitor fn, void *ctx);

/* One patient's answers (0: skipped); treat/situation.h parses and labels them. */
typedef struct situation {
    sit_type type;
    sit_activity activity;
    unsigned sites;        /* 0: skipped */
    sit_age age;
    sit_pregnant pregnant;
    unsigned priorities;   /* 0: skipped */
} situation;

#endif
