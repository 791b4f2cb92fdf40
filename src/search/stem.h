/* A light English stemmer: plurals, -ing, -ed and a final e, so patches/patch,
 * therapies/therapy and itching/itch meet.  Deliberately mild: a patient's prefix
 * ("phototh") must still be a prefix of the stemmed word ("phototherapy"). */
#ifndef VE_SEARCH_STEM_H
#define VE_SEARCH_STEM_H

#include <stddef.h>

/* Stems the lower-case ASCII word w[0..n) in place and returns its new length.
 * Words with other characters, or shorter than 4 letters, are left alone. */
size_t stem_en(char *w, size_t n);

#endif
