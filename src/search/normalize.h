/* The one normaliser for index and query: compatibility folding (full-width to
 * half-width, ligatures, circled digits), case folding, accent stripping (utf8proc),
 * then Traditional -> Simplified (fold.h).  Each output code point remembers the
 * byte range of the source character it came from, so matches found in normalised
 * text are highlighted in the original. */
#ifndef VE_SEARCH_NORMALIZE_H
#define VE_SEARCH_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

typedef struct norm_text {
    uint32_t *cp;          /* normalised code points */
    uint32_t *src_start;   /* byte range of the source character each came from */
    uint32_t *src_end;
    size_t n, cap;
} norm_text;

/* Replaces the contents of out with the normalisation of s[0..len).  Invalid UTF-8
 * becomes U+FFFD; default-ignorable characters (soft hyphen, zero-width joiner)
 * vanish.  Texts longer than 4 GiB are cut (offsets are 32-bit). */
void normalize(const char *s, size_t len, norm_text *out);

void norm_text_free(norm_text *t);

/* A well-formed three-byte character at s[i] (all Chinese text is made of these):
 * its length, with its code point in *cp; else 0 (read it with search_utf8_decode). */
size_t utf8_decode3(const char *s, size_t len, size_t i, uint32_t *cp);

#endif
