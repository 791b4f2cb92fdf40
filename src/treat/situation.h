/* A patient's situation, as answered in a few skippable steps (or on the command
 * line), and the words used for each answer in content files and options.
 * An answer of 0 means "skipped"; "not sure" is an answer of its own.  Neither
 * ever matches a rule, so neither can rule an option out.  Never includes curses. */
#ifndef VE_SITUATION_H
#define VE_SITUATION_H

#include <stdbool.h>
#include <stddef.h>

#include "core/lang.h"
#include "core/strbuf.h"

typedef enum { TYPE_SKIPPED, TYPE_NSV, TYPE_SV, TYPE_UNSURE } sit_type;
typedef enum { ACT_SKIPPED, ACT_SPREADING, ACT_STABLE, ACT_UNSURE } sit_activity;
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

typedef struct situation {
    sit_type type;
    sit_activity activity;
    unsigned sites;        /* 0: skipped */
    sit_age age;
    sit_pregnant pregnant;
    unsigned priorities;   /* 0: skipped */
} situation;

/* The words for each answer, in enum order from 1 (index 0 is the first answer).
 * The "unsure" words come last, so content rules use the first *_RULE_WORDS only. */
extern const char *const sit_type_words[3];     /* nsv, sv, unsure */
extern const char *const sit_activity_words[3]; /* spreading, stable, unsure */
extern const char *const sit_age_words[3];      /* child, teen, adult */
extern const char *const sit_site_words[SITE_COUNT];
extern const char *const sit_priority_words[PRIO_COUNT];
enum { TYPE_RULE_WORDS = 2, ACTIVITY_RULE_WORDS = 2, AGE_RULE_WORDS = 3 };

/* Parses one command-line answer.  On a bad value writes one line naming the valid
 * choices into err and returns false. */
bool sit_parse_type(lang_t lang, const char *s, situation *sit, strbuf *err);
bool sit_parse_activity(lang_t lang, const char *s, situation *sit, strbuf *err);
bool sit_parse_age(lang_t lang, const char *s, situation *sit, strbuf *err);
bool sit_parse_sites(lang_t lang, const char *s, situation *sit, strbuf *err);      /* "face,hands" */
bool sit_parse_priorities(lang_t lang, const char *s, situation *sit, strbuf *err); /* "face,cost" */

/* True when nothing was answered. */
bool sit_is_empty(const situation *sit);

/* Interface labels (translated) for the answers, for screens and printouts. */
const char *sit_type_label(lang_t lang, sit_type v);
const char *sit_activity_label(lang_t lang, sit_activity v);
const char *sit_age_label(lang_t lang, sit_age v);
const char *sit_pregnant_label(lang_t lang, sit_pregnant v);
const char *sit_site_label(lang_t lang, unsigned bit_index);
const char *sit_priority_label(lang_t lang, unsigned bit_index);

/* "Face and neck, hands and feet" for a mask, or the "skipped" label when empty. */
void sit_sites_text(lang_t lang, unsigned sites, strbuf *out);
void sit_priorities_text(lang_t lang, unsigned prios, strbuf *out);
const char *sit_skipped_label(lang_t lang);

#endif
