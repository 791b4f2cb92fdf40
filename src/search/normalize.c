#include "search/normalize.h"

#include <stdlib.h>

#include <utf8proc.h>

#include "core/xalloc.h"
#include "search/fold.h"
#include "search/search_utf8.h"
#include "text/width.h"

static void push(norm_text *t, uint32_t cp, uint32_t s, uint32_t e)
{
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 256;
        t->cp = xrealloc(t->cp, t->cap * sizeof *t->cp);
        t->src_start = xrealloc(t->src_start, t->cap * sizeof *t->src_start);
        t->src_end = xrealloc(t->src_end, t->cap * sizeof *t->src_end);
    }
    t->cp[t->n] = cp;
    t->src_start[t->n] = s;
    t->src_end[t->n] = e;
    t->n++;
}

size_t utf8_decode3(const char *s, size_t len, size_t i, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s + i;
    if (len - i < 3 || (u[0] & 0xF0) != 0xE0 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80)
        return 0;
    uint32_t c = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
    if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
        return 0; /* over-long, or a surrogate: not a character */
    *cp = c;
    return 3;
}

void normalize(const char *s, size_t len, norm_text *out)
{
    out->n = 0;
    if (len > UINT32_MAX)
        len = UINT32_MAX;
    const utf8proc_option_t opts = UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { /* the common case, without a library call */
            push(out, (c >= 'A' && c <= 'Z') ? (uint32_t)c + 32 : c, (uint32_t)i, (uint32_t)i + 1);
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = utf8_decode3(s, len, i, &cp);
        if (!k)
            k = search_utf8_decode(s, len, i, &cp);
        if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)) {
            /* CJK Unified Ideographs have no decomposition and no case: skip utf8proc. */
            push(out, han_fold(cp), (uint32_t)i, (uint32_t)(i + k));
            i += k;
            continue;
        }
        utf8proc_int32_t buf[18];
        utf8proc_ssize_t m = utf8proc_decompose_char((utf8proc_int32_t)cp, buf, 18, opts, NULL);
        if (m < 0 || m > 18) { /* cannot happen for valid code points; keep the character */
            buf[0] = (utf8proc_int32_t)cp;
            m = 1;
        }
        for (utf8proc_ssize_t j = 0; j < m; j++) {
            /* Compatibility mapping can come after case folding (Ｕ -> U): fold again. */
            uint32_t o = (uint32_t)utf8proc_tolower(buf[j]);
            push(out, han_fold(o), (uint32_t)i, (uint32_t)(i + k));
        }
        i += k;
    }
}

void norm_text_free(norm_text *t)
{
    free(t->cp);
    free(t->src_start);
    free(t->src_end);
    *t = (norm_text){ 0 };
}
