#include "content/regional.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/opencc_load.h"
#include "core/strbuf.h"
#include "core/xalloc.h"

/* Absolute, so a stray t2s.json in the working directory cannot shadow it. */
#ifndef OPENCC_T2S_CONFIG
#define OPENCC_T2S_CONFIG "/usr/share/opencc/t2s.json"
#endif

const char *const term_kind_names[TERM_KIND_COUNT + 1] = {
    [TERM_GENERAL] = "general", [TERM_INTERFACE] = "interface", [TERM_DRUG] = "drug",
    [TERM_PROCEDURE] = "procedure", [TERM_DISEASE] = "disease", [TERM_BODY] = "body",
    [TERM_PLACE] = "place", [TERM_ORGANISATION] = "organisation", [TERM_RESEARCH] = "research",
    [TERM_KIND_COUNT] = NULL,
};

/* Each matched term becomes one private-use character, U+E000 + its index, while the
 * rest of the text goes through OpenCC (which passes private-use characters through
 * untouched); then each marker becomes the variety's form. */
enum { MARK_FIRST = 0xE000, MARK_LAST = 0xF8FF, SEP = 0x1f };

/* ---- lookup ------------------------------------------------------------------------- */

static size_t char_len(unsigned char lead)
{
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

static const regional_table *sort_table; /* qsort has no context argument in C17 */

/* By first character, then longest first. */
static int cmp_form(const void *a, const void *b)
{
    const char *x = sort_table->terms[*(const size_t *)a].form[LANG_ZH_HANT];
    const char *y = sort_table->terms[*(const size_t *)b].form[LANG_ZH_HANT];
    size_t fx = char_len((unsigned char)x[0]), fy = char_len((unsigned char)y[0]);
    int c = memcmp(x, y, fx < fy ? fx : fy);
    if (c || fx != fy)
        return c ? c : fx < fy ? -1 : 1;
    size_t lx = strlen(x), ly = strlen(y);
    if (lx != ly)
        return lx > ly ? -1 : 1;
    return strcmp(x, y);
}

void regional_index(regional_table *t, void *(*alloc)(void *mem, size_t n), void *mem)
{
    t->by_form = alloc(mem, sizeof *t->by_form * (t->nterms ? t->nterms : 1));
    for (size_t i = 0; i < t->nterms; i++)
        t->by_form[i] = i;
    sort_table = t;
    qsort(t->by_form, t->nterms, sizeof *t->by_form, cmp_form);
    sort_table = NULL;
}

/* Compares the first character of s with the first character of form. */
static int cmp_first(const char *s, size_t slen, const char *form)
{
    size_t fs = char_len((unsigned char)s[0]), ff = char_len((unsigned char)form[0]);
    if (fs > slen)
        fs = slen;
    int c = memcmp(s, form, fs < ff ? fs : ff);
    return c ? c : fs < ff ? -1 : fs > ff ? 1 : 0;
}

long regional_match(const regional_table *t, const char *s, size_t len)
{
    if (!t->nterms || !len || !t->by_form)
        return -1;
    size_t lo = 0, hi = t->nterms;
    while (lo < hi) { /* the first term whose first character is not before s's */
        size_t mid = lo + (hi - lo) / 2;
        if (cmp_first(s, len, t->terms[t->by_form[mid]].form[LANG_ZH_HANT]) > 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < t->nterms; i++) {
        const char *form = t->terms[t->by_form[i]].form[LANG_ZH_HANT];
        if (cmp_first(s, len, form) != 0)
            break;
        size_t fl = strlen(form);
        if (fl <= len && memcmp(s, form, fl) == 0)
            return (long)t->by_form[i];
    }
    return -1;
}

/* ---- conversion --------------------------------------------------------------------- */

struct regional_conv {
    const regional_table *t;
    const opencc_api *api; /* NULL until OpenCC is first needed */
    opencc_t oc;
    bool oc_tried;
    char err[320];
    char **simple; /* per term, per variety: its form in Simplified, for comparisons */
};

regional_conv *regional_open(const regional_table *t)
{
    regional_conv *c = xcalloc(1, sizeof *c);
    c->t = t;
    c->oc = (opencc_t)-1;
    return c;
}

void regional_close(regional_conv *c)
{
    if (!c)
        return;
    if (c->oc != (opencc_t)-1)
        c->api->close(c->oc);
    if (c->simple)
        for (size_t i = 0; i < c->t->nterms * LANG_COUNT; i++)
            free(c->simple[i]);
    free(c->simple);
    free(c);
}

static bool need_opencc(regional_conv *c, char *err, size_t errn)
{
    if (!c->oc_tried) {
        c->oc_tried = true;
        c->api = opencc_load(c->err, sizeof c->err);
        if (c->api) {
            c->oc = c->api->open(OPENCC_T2S_CONFIG);
            if (c->oc == (opencc_t)-1)
                snprintf(c->err, sizeof c->err, "cannot open OpenCC's %s (%s); install the libopencc-data package",
                         OPENCC_T2S_CONFIG, c->api->error());
        }
    }
    if (c->oc == (opencc_t)-1) {
        snprintf(err, errn, "%s", c->err);
        return false;
    }
    return true;
}

/* OpenCC's Traditional -> Simplified of s, malloc'd. */
static char *t2s(regional_conv *c, const char *s, size_t len, char *err, size_t errn)
{
    if (!need_opencc(c, err, errn))
        return NULL;
    char *out = c->api->convert_utf8(c->oc, s, len);
    if (!out) {
        snprintf(err, errn, "OpenCC could not convert the text: %s", c->api->error());
        return NULL;
    }
    char *copy = xstrdup(out);
    c->api->convert_utf8_free(out);
    return copy;
}

static void put_cp(strbuf *b, uint32_t cp)
{
    char u[4];
    if (cp < 0x800) {
        u[0] = (char)(0xC0 | cp >> 6), u[1] = (char)(0x80 | (cp & 0x3F));
        sb_append(b, u, 2);
    } else {
        u[0] = (char)(0xE0 | cp >> 12), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[2] = (char)(0x80 | (cp & 0x3F));
        sb_append(b, u, 3);
    }
}

/* Appends the character at s (left bytes remain) to out; returns its length. */
static size_t copy_char(const char *s, size_t left, strbuf *out)
{
    size_t n = char_len((unsigned char)s[0]);
    if (n > left)
        n = left;
    sb_append(out, s, n);
    return n;
}

/* A three-byte character in the marker range at s, or -1. */
static long marker_at(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (len < 3 || (u[0] & 0xF0) != 0xE0)
        return -1;
    uint32_t cp = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
    return cp >= MARK_FIRST && cp <= MARK_LAST ? (long)(cp - MARK_FIRST) : -1;
}

/* Appends s with every term's Taiwan form replaced: by a marker (for OpenCC to pass
 * through) when to is LANG_COUNT, else by the term's form in to. */
static bool swap_terms(const regional_table *t, const char *s, lang_t to, strbuf *out, char *err, size_t errn)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        if (marker_at(s + i, len - i) >= 0 || s[i] == SEP) {
            snprintf(err, errn, "the text holds a private-use or control character at byte %zu; remove it", i);
            return false;
        }
        long m = regional_match(t, s + i, len - i);
        if (m >= 0) {
            if (to == LANG_COUNT)
                put_cp(out, MARK_FIRST + (uint32_t)m);
            else
                sb_puts(out, t->terms[m].form[to]);
            i += strlen(t->terms[m].form[LANG_ZH_HANT]);
            continue;
        }
        i += copy_char(s + i, len - i, out);
    }
    return true;
}

/* Appends s[0..len) to out with markers turned into lang's forms and lang's punctuation. */
static void finish(const regional_table *t, lang_t lang, const char *s, size_t len, strbuf *out)
{
    for (size_t i = 0; i < len;) {
        long m = marker_at(s + i, len - i);
        if (m >= 0 && (size_t)m < t->nterms) {
            sb_puts(out, t->terms[m].form[lang]);
            i += 3;
            continue;
        }
        bool swapped = false;
        for (size_t k = 0; k < t->nmarks[lang] && !swapped; k++) {
            size_t fl = strlen(t->marks[lang][k].from);
            if (fl && fl <= len - i && memcmp(s + i, t->marks[lang][k].from, fl) == 0) {
                sb_puts(out, t->marks[lang][k].to);
                i += fl;
                swapped = true;
            }
        }
        if (swapped)
            continue;
        i += copy_char(s + i, len - i, out);
    }
}

bool regional_convert_many(regional_conv *c, lang_t lang, const char *const *in, size_t n, char **out, char *err,
                           size_t errn)
{
    const regional_table *t = c->t;
    if (!lang_is_derived(lang)) {
        for (size_t i = 0; i < n; i++)
            out[i] = xstrdup(in[i]);
        return true;
    }
    bool simplified = lang_is_simplified(lang);
    strbuf joined = { 0 };
    for (size_t i = 0; i < n; i++) {
        if (i)
            sb_putc(&joined, SEP);
        if (!swap_terms(t, in[i], simplified ? LANG_COUNT : lang, &joined, err, errn)) {
            sb_free(&joined);
            return false;
        }
    }
    char *conv = joined.s ? joined.s : xstrdup("");
    if (simplified) {
        conv = t2s(c, joined.s ? joined.s : "", joined.len, err, errn);
        sb_free(&joined);
        if (!conv)
            return false;
    }
    char *p = conv;
    for (size_t i = 0; i < n; i++) {
        char *end = strchr(p, SEP);
        size_t len = end ? (size_t)(end - p) : strlen(p);
        strbuf one = { 0 };
        finish(t, lang, p, len, &one);
        out[i] = one.s ? one.s : xstrdup("");
        p = end ? end + 1 : p + len;
    }
    free(conv);
    return true;
}

char *regional_convert(regional_conv *c, lang_t lang, const char *in, char *err, size_t errn)
{
    char *out;
    return regional_convert_many(c, lang, &in, 1, &out, err, errn) ? out : NULL;
}

/* ---- finding another variety's words ------------------------------------------------ */

static const lang_t zh_langs[] = { LANG_ZH_HANT, LANG_ZH_HK, LANG_ZH_HANS };

static bool simple_forms(regional_conv *c, char *err, size_t errn)
{
    if (c->simple)
        return true;
    const regional_table *t = c->t;
    size_t n = t->nterms * LANG_COUNT;
    const char **in = xcalloc(n ? n : 1, sizeof *in);
    for (size_t i = 0; i < t->nterms; i++)
        for (int l = 0; l < LANG_COUNT; l++)
            in[i * LANG_COUNT + (size_t)l] = t->terms[i].form[l] ? t->terms[i].form[l] : "";
    strbuf joined = { 0 };
    for (size_t i = 0; i < n; i++) {
        if (i)
            sb_putc(&joined, SEP);
        sb_puts(&joined, in[i]);
    }
    free(in);
    char *conv = t2s(c, joined.s ? joined.s : "", joined.len, err, errn);
    sb_free(&joined);
    if (!conv)
        return false;
    c->simple = xcalloc(n ? n : 1, sizeof *c->simple);
    char *p = conv;
    for (size_t i = 0; i < n; i++) {
        char *end = strchr(p, SEP);
        size_t len = end ? (size_t)(end - p) : strlen(p);
        c->simple[i] = xmalloc(len + 1);
        memcpy(c->simple[i], p, len);
        c->simple[i][len] = '\0';
        p = end ? end + 1 : p + len;
    }
    free(conv);
    return true;
}

/* Whether some row's own form in lang covers text[at, at + len). */
static bool covered(const regional_conv *c, lang_t lang, const char *text, size_t at, size_t len)
{
    for (size_t q = 0; q < c->t->nterms; q++) {
        const char *own = c->simple[q * LANG_COUNT + lang];
        size_t on = strlen(own);
        for (size_t k = 0; k + len <= on && k <= at; k++)
            if (memcmp(own + k, text + at, len) == 0 && strncmp(text + at - k, own, on) == 0)
                return true;
    }
    return false;
}

long regional_foreign_term(regional_conv *c, lang_t lang, const char *text, lang_t *whose, char *err, size_t errn)
{
    if (!lang_is_chinese(lang) || !c->t->nterms)
        return -1;
    if (!simple_forms(c, err, errn))
        return -2;
    char *s = lang_is_simplified(lang) ? xstrdup(text) : t2s(c, text, strlen(text), err, errn);
    if (!s)
        return -2;
    long found = -1;
    for (size_t r = 0; r < c->t->nterms && found < 0; r++) {
        if (c->t->terms[r].shared)
            continue;
        const char *own = c->simple[r * LANG_COUNT + lang];
        for (size_t w = 0; w < sizeof zh_langs / sizeof zh_langs[0] && found < 0; w++) {
            lang_t other = zh_langs[w];
            const char *word = c->simple[r * LANG_COUNT + other];
            if (other == lang || !*word || strcmp(word, own) == 0 || strstr(own, word))
                continue;
            for (const char *hit = strstr(s, word); hit; hit = strstr(hit + 1, word))
                if (!covered(c, lang, s, (size_t)(hit - s), strlen(word))) {
                    found = (long)r;
                    *whose = other;
                    break;
                }
        }
    }
    free(s);
    return found;
}
