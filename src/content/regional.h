/* The regional term table (content/regional-terms.json) and the conversion it drives.
 *
 * Chinese content is written once, in Taiwan Traditional.  Hong Kong Traditional and
 * mainland Simplified are made from it: every table term's Taiwan form is found in
 * the text, longest first, and replaced by the variety's form; for the mainland the
 * rest of the text goes through OpenCC's Traditional -> Simplified character
 * conversion, and the variety's punctuation (“” for 「」) is applied.  Hong Kong keeps
 * the Taiwan character forms: both are standard Traditional, and OpenCC's Hong Kong
 * variant table makes wrong forms (參考 -> 蔘考).  A text may carry its own
 * "zh-HK" or "zh-Hans" where no word swap can express the sentence; it is kept as
 * written.  Never includes curses. */
#ifndef VE_REGIONAL_H
#define VE_REGIONAL_H

#include <stdbool.h>
#include <stddef.h>

#include "core/lang.h"

typedef enum {
    TERM_GENERAL, TERM_INTERFACE, TERM_DRUG, TERM_PROCEDURE, TERM_DISEASE, TERM_BODY,
    TERM_PLACE, TERM_ORGANISATION, TERM_RESEARCH, TERM_KIND_COUNT
} term_kind;

/* "general", "interface", "drug", ...: the words used in the table's "kind". */
extern const char *const term_kind_names[TERM_KIND_COUNT + 1];

/* Kinds whose rows must name a source (the regulator's or a hospital authority's own name). */
static inline bool term_kind_needs_source(term_kind k)
{
    return k == TERM_DRUG || k == TERM_PROCEDURE || k == TERM_DISEASE;
}

typedef struct regional_term {
    const char *id;
    term_kind kind;
    /* [LANG_ZH_HANT] the Taiwan form found in the source; [LANG_ZH_HK] and
     * [LANG_ZH_HANS] what each variety shows instead; [LANG_EN] is NULL. */
    const char *form[LANG_COUNT];
    const char **search;      /* other spellings search treats as the same (镭射) */
    size_t nsearch;
    bool shared;              /* the Taiwan form is also natural elsewhere: never flagged */
    const char *note;
    size_t *refs;             /* indices into store.refs */
    size_t nrefs;
} regional_term;

/* One punctuation swap for a variety: 「 -> “. */
typedef struct regional_mark {
    const char *from, *to;
} regional_mark;

typedef struct regional_table {
    regional_term *terms;
    size_t nterms;
    regional_mark *marks[LANG_COUNT];
    size_t nmarks[LANG_COUNT];
    size_t *by_form;          /* term indices sorted by Taiwan form, longest first among
                               * those with the same first character (regional_index) */
} regional_table;

enum { REGIONAL_TERMS_MAX = 6000 }; /* each term is one private-use marker during conversion */

/* Sorts the lookup order; call once after filling terms (the table's memory belongs
 * to the caller, so the order goes in mem from alloc). */
void regional_index(regional_table *t, void *(*alloc)(void *mem, size_t n), void *mem);

/* The index of the longest term whose Taiwan form starts s[0..len), or -1. */
long regional_match(const regional_table *t, const char *s, size_t len);

/* Converts Taiwan Traditional texts to a derived variety (zh-HK or zh-Hans). */
typedef struct regional_conv regional_conv;

/* Opens a converter for t (which must outlive it).  OpenCC is opened on the first
 * mainland conversion.  Never fails. */
regional_conv *regional_open(const regional_table *t);
void regional_close(regional_conv *c);

/* Converts in[0..n) to lang; out[i] get malloc'd strings (the caller frees them).
 * One OpenCC call for all the texts, which is much faster than one per text.
 * Returns false with a message in err when OpenCC cannot be used or a text holds
 * one of the private-use characters the conversion uses as markers; out is then
 * untouched. */
bool regional_convert_many(regional_conv *c, lang_t lang, const char *const *in, size_t n, char **out, char *err,
                           size_t errn);

/* One text; a malloc'd string, or NULL with err set. */
char *regional_convert(regional_conv *c, lang_t lang, const char *in, char *err, size_t errn);

/* Whether a text shown in lang holds a word of another variety's column (醫師 in
 * Hong Kong text, 医师 in mainland text, 醫生 in Taiwan text): returns the term's
 * index and sets *whose to the variety the word belongs to; -1 when there is none.
 * Words are compared in Simplified characters, so a script difference alone is
 * never a finding.  Rows marked shared, and words inside lang's own form of the
 * same row, are never reported.  With a message in err, -2 when OpenCC fails. */
long regional_foreign_term(regional_conv *c, lang_t lang, const char *text, lang_t *whose, char *err, size_t errn);

#endif
