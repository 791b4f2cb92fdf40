/* Exact names: a query that is an item's title, or one of its synonyms or keywords,
 * puts that item first whatever BM25 says.  Names are compared as normalised units
 * without English stop words, so "koebner phenomenon" is "The Koebner phenomenon". */
#include <stdlib.h>
#include <string.h>

#include "content/treatment.h"
#include "core/xalloc.h"
#include "search/search_impl.h"

static const char *const stop_words[] = {
    "a", "about", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did",
    "do", "does", "doing", "for", "from", "get", "got", "had", "has", "have", "how", "i", "if", "in", "into", "is",
    "it", "its", "me", "my", "of", "on", "or", "our", "s", "should", "so", "t", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "to", "too", "us", "was", "we", "were", "what",
    "when", "where", "which", "who", "why", "will", "with", "would", "you", "your",
};

bool is_stop_word(const char *w, size_t n)
{
    size_t lo = 0, hi = sizeof stop_words / sizeof *stop_words;
    while (lo < hi) { /* the list is sorted */
        size_t mid = (lo + hi) / 2;
        int c = strncmp(stop_words[mid], w, n);
        if (c == 0 && stop_words[mid][n])
            c = 1;
        if (c == 0)
            return true;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

size_t exact_key(const units *u, size_t from, size_t to, char *buf, size_t cap)
{
    size_t len = 0;
    for (size_t i = from; i < to; i++) {
        const unit *x = &u->v[i];
        if (x->kind == UNIT_WORD && is_stop_word(unit_raw(u, x), x->raw_len))
            continue;
        char k[WORD_MAX_BYTES + 1];
        size_t n = unit_key_bytes(u, x, k);
        bool space = len && !(x->kind == UNIT_HAN && x->joined);
        if (len + n + space > cap)
            break;
        if (space)
            buf[len++] = ' ';
        memcpy(buf + len, k, n);
        len += n;
    }
    return len;
}

typedef struct names {
    search_index *ix;
    units u;
    exact_entry **lists;      /* per name id while building: a list ended by doc UINT32_MAX */
    size_t cap;
} names;

static void add_name(names *nm, const char *text, uint32_t doc, uint32_t tier)
{
    search_index *ix = nm->ix;
    units *u = &nm->u;
    tokenize(text, strlen(text), u);
    char key[512];
    size_t n = exact_key(u, 0, u->n, key, sizeof key);
    if (!n)
        return;
    int added;
    uint32_t id = strmap_put(&ix->exact_keys, key, n, &added);
    if (added) {
        XGROW(nm->lists, nm->cap, ix->exact_keys.n);
        nm->lists[id] = NULL;
    }
    size_t k = 0;
    exact_entry *list = nm->lists[id];
    for (; list && list[k].doc != UINT32_MAX; k++)
        if (list[k].doc == doc) {
            if (list[k].tier < tier)
                list[k].tier = tier;
            return;
        }
    list = xrealloc(list, (k + 2) * sizeof *list);
    list[k] = (exact_entry){ doc, tier };
    list[k + 1] = (exact_entry){ UINT32_MAX, 0 };
    nm->lists[id] = list;
}

static void add_words(names *nm, const lwords *w, uint32_t doc, uint32_t tier)
{
    for (int l = 0; l < LANG_COUNT; l++)
        for (size_t i = 0; i < w->n[l]; i++)
            if (w->w[l] && w->w[l][i])
                add_name(nm, w->w[l][i], doc, tier);
}

static void add_ltext(names *nm, const ltext *t, uint32_t doc, uint32_t tier)
{
    for (int l = 0; l < LANG_COUNT; l++)
        add_name(nm, lt(t, (lang_t)l), doc, tier);
}

void exact_build(search_index *ix)
{
    const store *st = ix->st;
    names nm = { .ix = ix };
    size_t gloss0 = st->ntopics, treat0 = st->ntopics + st->nglossary;
    for (size_t i = 0; i < st->ntopics; i++) {
        add_ltext(&nm, &store_topic(st, i)->title, (uint32_t)i, TIER_TITLE);
        add_words(&nm, store_topic_keywords(st, i), (uint32_t)i, TIER_SYNONYM);
    }
    for (size_t g = 0; g < st->nglossary; g++) {
        const gloss_term *t = &st->glossary[g];
        uint32_t doc = (uint32_t)(gloss0 + g);
        add_ltext(&nm, &t->term, doc, TIER_TITLE);
        add_words(&nm, &t->aliases, doc, TIER_TITLE);
        if (t->topic >= 0 && (size_t)t->topic < st->ntopics) { /* the topic that explains the term */
            add_ltext(&nm, &t->term, (uint32_t)t->topic, TIER_SYNONYM);
            add_words(&nm, &t->aliases, (uint32_t)t->topic, TIER_SYNONYM);
        }
    }
    for (size_t i = 0; i < st->ntreatments; i++) {
        add_ltext(&nm, &st->treatments[i].name, (uint32_t)(treat0 + i), TIER_TITLE);
        add_words(&nm, &st->treatments[i].aliases, (uint32_t)(treat0 + i), TIER_TITLE);
    }
    for (size_t i = 0; i < st->nquestions; i++) /* a question typed as written */
        add_ltext(&nm, &st->questions[i].question, (uint32_t)(treat0 + st->ntreatments + i), TIER_TITLE);
    units_free(&nm.u);
    /* One flat array, each name's items in the order they were added. */
    size_t n = ix->exact_keys.n, total = 0;
    for (size_t id = 0; id < n; id++)
        for (const exact_entry *e = nm.lists[id]; e->doc != UINT32_MAX; e++)
            total++;
    ix->exact_off = xmalloc((n + 1) * sizeof *ix->exact_off);
    ix->exact = xmalloc((total ? total : 1) * sizeof *ix->exact);
    size_t at = 0;
    for (size_t id = 0; id < n; id++) {
        ix->exact_off[id] = (uint32_t)at;
        for (const exact_entry *e = nm.lists[id]; e->doc != UINT32_MAX; e++)
            ix->exact[at++] = *e;
        free(nm.lists[id]);
    }
    ix->exact_off[n] = (uint32_t)at;
    free(nm.lists);
}
