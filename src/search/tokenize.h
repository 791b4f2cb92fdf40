/* Splits normalised text into units: words (letters and digits, stemmed when
 * English) and single Han characters.  Two Han characters with nothing between
 * them make a bigram; the index and queries are built from these units. */
#ifndef VE_SEARCH_TOKENIZE_H
#define VE_SEARCH_TOKENIZE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "search/normalize.h"

typedef enum { UNIT_WORD, UNIT_HAN } unit_kind;

enum { WORD_MAX_BYTES = 64 }; /* longer words are cut: nobody types them */

typedef struct unit {
    uint8_t kind;
    bool joined;              /* Han: follows the previous Han unit directly (they form a bigram) */
    uint8_t key_len, raw_len; /* word: stemmed and unstemmed lengths */
    uint32_t key, raw;        /* word: offsets into units.keys; Han: key is the code point */
    uint32_t src_start, src_end; /* byte range in the original text */
    uint32_t norm_start;      /* index of its first code point in units.norm */
} unit;

typedef struct units {
    unit *v;
    size_t n, cap;
    char *keys;               /* word keys, not NUL-terminated */
    size_t klen, kcap;
    norm_text norm;           /* the normalised text the units came from */
    bool ends_in_word;        /* the text ends inside a word (no space or punctuation after it) */
} units;

/* Replaces the contents of out with the units of s[0..len). */
void tokenize(const char *s, size_t len, units *out);

/* The stemmed key of a word unit, and the word as written (normalised, unstemmed). */
static inline const char *unit_key(const units *u, const unit *x) { return u->keys + x->key; }
static inline const char *unit_raw(const units *u, const unit *x) { return u->keys + x->raw; }

void units_free(units *u);

/* Is cp a Han ideograph (indexed as bigrams rather than words)? */
bool is_han(uint32_t cp);

#endif
