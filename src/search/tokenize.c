#include "search/tokenize.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "core/xalloc.h"
#include "search/ideographic.h"
#include "search/search_utf8.h"
#include "search/stem.h"
#include "text/width.h"

bool is_han(uint32_t cp)
{
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF))
        return true; /* the common case, without a table look-up */
    if (!search_ideographic_nranges || cp < search_ideographic_ranges[0][0])
        return false; /* every letter of a Latin text: nothing below the first range */
    size_t lo = 0, hi = search_ideographic_nranges; /* the first range ending at or after cp */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (search_ideographic_ranges[mid][1] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < search_ideographic_nranges && search_ideographic_ranges[lo][0] <= cp;
}

static bool is_word_char(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return true;
    default:
        return false;
    }
}

static uint32_t keys_put(units *u, const char *s, size_t n)
{
    XGROW(u->keys, u->kcap, u->klen + n + 1);
    uint32_t off = (uint32_t)u->klen;
    memcpy(u->keys + u->klen, s, n);
    u->klen += n;
    return off;
}

static unit *add_unit(units *u)
{
    XGROW(u->v, u->cap, u->n + 1);
    unit *x = &u->v[u->n++];
    *x = (unit){ 0 };
    return x;
}

/* A run of word characters from norm index i; returns the index after it. */
static size_t word_at(units *u, size_t i)
{
    const norm_text *t = &u->norm;
    char buf[WORD_MAX_BYTES + 4];
    size_t blen = 0, j = i;
    for (; j < t->n && is_word_char(t->cp[j]) && !is_han(t->cp[j]); j++) {
        uint32_t cp = t->cp[j];
        if (cp < 0x80) { /* the common case, without a library call */
            if (blen < WORD_MAX_BYTES)
                buf[blen++] = (char)cp;
            continue;
        }
        char enc[4];
        size_t k = search_utf8_encode(cp, enc);
        if (blen + k <= WORD_MAX_BYTES) {
            memcpy(buf + blen, enc, k);
            blen += k;
        }
    }
    unit *x = add_unit(u);
    x->kind = UNIT_WORD;
    x->src_start = t->src_start[i];
    x->src_end = t->src_end[j - 1];
    x->norm_start = (uint32_t)i;
    x->raw = keys_put(u, buf, blen);
    x->raw_len = (uint8_t)blen;
    size_t slen = stem_en(buf, blen);
    x->key = keys_put(u, buf, slen);
    x->key_len = (uint8_t)slen;
    return j;
}

void tokenize(const char *s, size_t len, units *out)
{
    out->n = 0;
    out->klen = 0;
    out->ends_in_word = false;
    normalize(s, len, &out->norm);
    const norm_text *t = &out->norm;
    bool prev_han = false;
    for (size_t i = 0; i < t->n;) {
        uint32_t cp = t->cp[i];
        if (is_han(cp)) {
            unit *x = add_unit(out);
            x->kind = UNIT_HAN;
            x->joined = prev_han;
            x->key = cp;
            x->src_start = t->src_start[i];
            x->src_end = t->src_end[i];
            x->norm_start = (uint32_t)i;
            prev_han = true;
            i++;
        } else if (is_word_char(cp)) {
            i = word_at(out, i);
            prev_han = false;
        } else {
            prev_han = false;
            i++;
        }
    }
    out->ends_in_word = out->n && t->n && (is_word_char(t->cp[t->n - 1]) || is_han(t->cp[t->n - 1]));
}

void units_free(units *u)
{
    free(u->v);
    free(u->keys);
    norm_text_free(&u->norm);
    *u = (units){ 0 };
}
