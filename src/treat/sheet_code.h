/* The sheet code: a short code for the front desk ("VE-7K3Q-M2XA-4PQR") that holds
 * everything a visit sheet is made from (treat/sheet.h) and nothing personal: the
 * reading language, the situation answers, the picked options and the content
 * version.  Nothing is stored anywhere: the desk's copy of the program makes the
 * same sheet from the code alone.
 *
 * The 12 characters after "VE-" are 11 data characters and a check character, in
 * base 31 (digits and letters without I, L, O, U, Z, so no two look alike).  The
 * check makes the weighted sum  1*c1 + 2*c2 + ... + 12*c12  divisible by 31 (a
 * prime), so every single wrong character and every swap of two characters (next to
 * each other or not) is caught.  A code that passes the check is still read field by
 * field and refused when any field is out of range or the content differs: a wrong
 * code never makes a wrong sheet.  Never includes curses. */
#ifndef VE_SHEET_CODE_H
#define VE_SHEET_CODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "content/store.h"
#include "content/treatment.h"
#include "core/strbuf.h"
#include "treat/grid.h"

enum {
    SHEET_CODE_CHARS = 12,      /* after "VE-": 11 data characters and the check */
    SHEET_CODE_TEXT = 20,       /* "VE-XXXX-XXXX-XXXX" and its NUL */
    SHEET_CODE_LANGS = 8,       /* language slots (sheet_code_lang_slot) */
    SHEET_CODE_MAX_OPTIONS = 30,/* option indices a code can name */
    SHEET_CODE_VERSIONS = 961,  /* content versions (31 * 31) */
};

/* What a visit sheet is made from: state only. */
typedef struct sheet_spec {
    lang_t lang;
    situation sit;
    size_t picks[GRID_MAX_OPTIONS]; /* indices into store.treatments, in the order picked */
    size_t npicks;
} sheet_spec;

/* The language's slot in a code (0..SHEET_CODE_LANGS-1), fixed by its tag so that
 * adding or reordering lang_t values never changes the meaning of a printed code;
 * -1 when the tag has no slot yet (then no code can be made for it). */
int sheet_code_lang_slot(lang_t lang);

/* The content version the code carries: a hash of what the sheet reads from the
 * content (the options' ids, order, names, notes, questions and review dates). */
unsigned sheet_content_version(const store *st);

/* Writes "VE-XXXX-XXXX-XXXX" to out.  Fails (with a message in msg_lang in err) when
 * the spec cannot be coded: a language without a slot, or an option past the 30th. */
bool sheet_code_encode(const store *st, const sheet_spec *sp, char out[SHEET_CODE_TEXT], lang_t msg_lang,
                       strbuf *err);

/* Reads a code as a person types it: upper or lower case, with or without "VE" and
 * the dashes or spaces; O is read as 0 and I or L as 1.  On any mistake writes what
 * is wrong and how to fix it (in msg_lang) to err and returns false. */
bool sheet_code_decode(const store *st, const char *text, sheet_spec *out, lang_t msg_lang, strbuf *err);

/* The same without a store, for tests: ntreatments options, content version. */
bool sheet_code_make(const sheet_spec *sp, size_t ntreatments, unsigned version, char out[SHEET_CODE_TEXT],
                     lang_t msg_lang, strbuf *err);
bool sheet_code_read(const char *text, size_t ntreatments, unsigned version, sheet_spec *out, lang_t msg_lang,
                     strbuf *err);
/* Spells any number below 31^11 as a code with a correct check character (tests
 * use it to make codes whose fields are out of range). */
void sheet_code_spell(uint64_t number, char out[SHEET_CODE_TEXT]);

#endif
