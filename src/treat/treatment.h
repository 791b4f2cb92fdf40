/* Treatment options for the comparison screens (content/treatments/, described for
 * clinicians in content/treatments/README.md).  Read-only once loaded; every text
 * and array lives in the store's arena.  Never includes curses. */
#ifndef VE_TREATMENT_H
#define VE_TREATMENT_H

#include <stdbool.h>
#include <stddef.h>

#include "content/store.h"
#include "treat/situation.h"

/* How well an option fits a situation, best first: a worse fit always wins. */
typedef enum { FIT_MAY_SUIT, FIT_ASK_DOCTOR, FIT_NOT_USUALLY, FIT_COUNT } fit_t;

typedef enum { KIND_CREAM, KIND_LIGHT, KIND_TABLET, KIND_PROCEDURE, KIND_CELL_THERAPY, KIND_COSMETIC, KIND_NONE,
               KIND_COUNT } tx_kind;

typedef enum { STATUS_APPROVED, STATUS_OFF_LABEL, STATUS_STANDARD, STATUS_EXPERIMENTAL, STATUS_COUNT } tx_status;

typedef enum { EVIDENCE_STRONG, EVIDENCE_MODERATE, EVIDENCE_LIMITED, EVIDENCE_VERY_LIMITED,
               EVIDENCE_COUNT } tx_evidence;

/* The words content files use for each (in enum order). */
extern const char *const fit_words[FIT_COUNT];          /* may-suit, ask-doctor, not-usually */
extern const char *const kind_words[KIND_COUNT];        /* cream, light, tablet, ... */
extern const char *const status_words[STATUS_COUNT];    /* approved, off-label, standard, experimental */
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

static inline bool treatment_experimental(const treatment *t) { return t->status == STATUS_EXPERIMENTAL; }

/* The option with this id, or -1. */
long store_find_treatment(const store *st, const char *id);

/* Calls fn for every text of every treatment (for zh-Hans derivation and search). */
void treatment_each_text(store *st, ltext_visitor fn, void *ctx);
void treatment_each_words(store *st, lwords_visitor fn, void *ctx);

#endif
