/* Simplified Chinese is derived from the Traditional text with OpenCC, so the two
 * scripts can never drift apart.  All texts go through OpenCC in one call: it is
 * much faster than one call per text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <opencc.h>

#include "content/store.h"
#include "core/strbuf.h"
#include "core/xalloc.h"

/* Absolute, so a stray t2s.json in the working directory cannot shadow it. */
#ifndef OPENCC_T2S_CONFIG
#define OPENCC_T2S_CONFIG "/usr/share/opencc/t2s.json"
#endif

enum { SEP = 0x1f }; /* unit separator: OpenCC passes it through untouched */

typedef struct collect {
    strbuf joined;
    const char ***slots; /* where each converted text goes */
    size_t n, cap;
} collect;

static void add(collect *c, const char **slot, const char *text)
{
    if (c->n)
        sb_putc(&c->joined, SEP);
    sb_puts(&c->joined, text);
    XGROW(c->slots, c->cap, c->n + 1);
    c->slots[c->n++] = slot;
}

static void collect_text(ltext *t, void *ctx)
{
    add(ctx, &t->s[LANG_ZH_HANS], t->s[LANG_ZH_HANT] ? t->s[LANG_ZH_HANT] : "");
}

typedef struct words_ctx {
    collect *c;
    store *st;
} words_ctx;

static void collect_words(lwords *w, void *ctx)
{
    words_ctx *wc = ctx;
    size_t n = w->n[LANG_ZH_HANT];
    const char **hans = arena_alloc(&wc->st->mem, sizeof *hans * (n ? n : 1));
    w->w[LANG_ZH_HANS] = hans;
    w->n[LANG_ZH_HANS] = n;
    for (size_t i = 0; i < n; i++)
        add(wc->c, &hans[i], w->w[LANG_ZH_HANT][i]);
}

char *simplified_convert(const char *traditional, char *err, size_t errn)
{
    opencc_t oc = opencc_open(OPENCC_T2S_CONFIG);
    if (oc == (opencc_t)-1) {
        snprintf(err, errn, "cannot open OpenCC's %s (%s); install the libopencc-data package",
                 OPENCC_T2S_CONFIG, opencc_error());
        return NULL;
    }
    char *out = opencc_convert_utf8(oc, traditional, strlen(traditional));
    opencc_close(oc);
    if (!out) {
        snprintf(err, errn, "OpenCC could not convert the text: %s", opencc_error());
        return NULL;
    }
    char *copy = xstrdup(out);
    opencc_convert_utf8_free(out);
    return copy;
}

bool store_derive_simplified(store *st, char *err, size_t errn)
{
    if (st->simplified_ready)
        return true;
    collect c = { 0 };
    store_each_text(st, collect_text, &c);
    words_ctx wc = { &c, st };
    store_each_words(st, collect_words, &wc);
    bool ok = true;
    if (c.n) {
        char *out = simplified_convert(c.joined.s, err, errn);
        if (!out) {
            ok = false;
        } else {
            char *p = out;
            for (size_t i = 0; i < c.n; i++) {
                char *end = strchr(p, SEP);
                size_t len = end ? (size_t)(end - p) : strlen(p);
                *c.slots[i] = arena_strndup(&st->mem, p, len);
                p = end ? end + 1 : p + len;
            }
            free(out);
        }
    }
    sb_free(&c.joined);
    free(c.slots);
    st->simplified_ready = ok;
    return ok;
}
