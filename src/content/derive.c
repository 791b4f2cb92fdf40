/* Hong Kong Traditional and mainland Simplified are derived from the Taiwan text
 * by the regional term table (content/regional.h), so the varieties never drift
 * apart.  All of a variety's texts are converted in one pass: OpenCC is much faster
 * on one long text than on thousands of short ones.  A text the author wrote in the
 * variety itself (an override) is kept as written. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/regional.h"
#include "content/store.h"
#include "core/xalloc.h"

#define DAMAGED_REGIONAL                                                                                          \
    "the content pack's regional term table is damaged, so the clinic's contact cannot be made in this "       \
    "language. Rebuild it with: make, or vitiligo-explorer --content DIR --write-pack FILE"

typedef struct collect {
    lang_t lang;
    store *st;
    const char **in;
    const char ***slots; /* where each converted text goes */
    size_t n, cap, incap;
} collect;

static void add(collect *c, const char **slot, const char *text)
{
    XGROW(c->slots, c->cap, c->n + 1);
    XGROW(c->in, c->incap, c->n + 1);
    c->in[c->n] = text;
    c->slots[c->n++] = slot;
}

static void collect_text(ltext *t, void *ctx)
{
    collect *c = ctx;
    if (!(t->own & (1u << c->lang)))
        add(c, &t->s[c->lang], lt(t, LANG_ZH_HANT));
}

static void collect_words(lwords *w, void *ctx)
{
    collect *c = ctx;
    size_t n = w->n[LANG_ZH_HANT];
    const char **out = arena_alloc(&c->st->mem, sizeof *out * (n ? n : 1));
    w->w[c->lang] = out;
    w->n[c->lang] = n;
    for (size_t i = 0; i < n; i++)
        add(c, &out[i], w->w[LANG_ZH_HANT][i]);
}

bool store_derive(store *st, lang_t lang, char *err, size_t errn)
{
    if (!lang_is_derived(lang) || st->derived[lang])
        return true;
    collect c = { .lang = lang, .st = st };
    if (st->backing) { /* a pack holds every variety already: only the clinic's contact, from the settings */
        if (st->clinic_contact.s[LANG_ZH_HANT])
            collect_text(&st->clinic_contact, &c);
    } else {
        store_each_text(st, collect_text, &c);
        store_each_words(st, collect_words, &c);
    }
    if (!c.n) { /* nothing to convert: OpenCC is not needed */
        st->derived[lang] = true;
        return true;
    }
    const regional_table *rt = store_regional(st);
    if (!rt) {
        snprintf(err, errn, "%s", DAMAGED_REGIONAL);
        free(c.in);
        free(c.slots);
        return false;
    }
    char **out = xcalloc(c.n ? c.n : 1, sizeof *out);
    regional_conv *conv = regional_open(rt);
    bool ok = regional_convert_many(conv, lang, c.in, c.n, out, err, errn);
    regional_close(conv);
    if (ok)
        for (size_t i = 0; i < c.n; i++) {
            *c.slots[i] = arena_strdup(&st->mem, out[i]);
            free(out[i]);
        }
    free(out);
    free(c.in);
    free(c.slots);
    st->derived[lang] = ok;
    return ok;
}

bool store_derive_all(store *st, char *err, size_t errn)
{
    for (int l = 0; l < LANG_COUNT; l++)
        if (!store_derive(st, (lang_t)l, err, errn))
            return false;
    return true;
}

char *store_convert_text(const store *st, lang_t lang, const char *taiwan, char *err, size_t errn)
{
    const regional_table *rt = store_regional(st);
    if (!rt) {
        snprintf(err, errn, "%s", DAMAGED_REGIONAL);
        return NULL;
    }
    regional_conv *conv = regional_open(rt);
    char *out = regional_convert(conv, lang, taiwan, err, errn);
    regional_close(conv);
    return out;
}
