/* Snippets: the part of an item that best shows why it matched, with its matches
 * marked, in the language the patient reads. */
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "search/search_impl.h"
#include "text/width.h"

static size_t prev_char(const char *s, size_t i)
{
    if (!i)
        return 0;
    i--;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

static bool sentence_end(uint32_t cp)
{
    return cp == '.' || cp == '!' || cp == '?' || cp == '\n' || cp == ';' || cp == 0x3002 || cp == 0xFF01 ||
           cp == 0xFF1F || cp == 0xFF1B;
}

static size_t skip_space(const char *s, size_t len, size_t i)
{
    while (i < len && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t'))
        i++;
    return i;
}

/* Where a window showing the match at byte `at` should start: a sentence start at most
 * cols/3 columns back, else a word start about cols/6 back. */
static size_t window_start(const char *s, size_t len, size_t at, int cols)
{
    int back = 0, lead = cols / 6;
    size_t i = at, word_start = at, lead_pos = at;
    bool lead_set = false;
    while (i > 0) {
        size_t p = prev_char(s, i);
        uint32_t cp;
        utf8_decode(s, len, p, &cp);
        if (sentence_end(cp))
            return skip_space(s, len, i);
        back += cp_width(cp);
        if (back > cols / 3)
            break;
        if (!lead_set && back >= lead) {
            lead_pos = p;
            lead_set = true;
        }
        if (cp == ' ' && !lead_set)
            word_start = i;
        i = p;
    }
    if (i == 0 && back <= cols / 3)
        return skip_space(s, len, 0);
    size_t start = lead_set ? lead_pos : word_start;
    /* Prefer to start at a word boundary between the lead point and the match. */
    for (size_t k = start; k < at; k++)
        if (s[k] == ' ')
            return skip_space(s, len, k);
    return start;
}

void search_snippet_window(const char *text, size_t len, const search_span *spans, size_t nspans, int cols,
                           size_t *start, size_t *end, bool *cut_before, bool *cut_after)
{
    if (cols < 10)
        cols = 10;
    size_t st = skip_space(text, len, 0);
    if (nspans) {
        size_t best = 0, best_count = 0, limit = nspans < 32 ? nspans : 32;
        for (size_t a = 0; a < limit; a++) {
            size_t from = spans[a].start;
            if (from > len)
                break;
            int used;
            size_t reach = from + text_fit(text + from, len - from, cols * 2 / 3, &used);
            size_t count = 0;
            for (size_t k = a; k < nspans && spans[k].end <= reach; k++)
                count++;
            if (count > best_count) {
                best_count = count;
                best = a;
            }
        }
        if (spans[best].start <= len)
            st = window_start(text, len, spans[best].start, cols);
    }
    int used;
    size_t en = st + text_fit(text + st, len - st, cols, &used);
    size_t tail = skip_space(text, len, en);
    *start = st;
    *end = en;
    *cut_before = st > 0;
    *cut_after = tail < len;
}

typedef struct pick {
    const search_index *ix;
    const search_query *q;
    units u;
    search_spans spans;
    const char *best;
    search_spans best_spans;
    size_t best_score;
    const char *fallback;     /* the first non-title text: summary or definition */
    bool title_seen;
    bool latin_query;         /* the query has words in Latin letters (or digits) */
    size_t scanned;           /* bytes tokenised so far */
    const char **needles;     /* see ascii_needles() */
    size_t *needle_len, nneedles;
    char *lower;              /* a lower-cased copy of the text being considered */
    size_t lower_cap;
} pick;

/* A snippet is looked for in at most this much of an item: long topics whose
 * matches are all in the other language must not cost a full scan per hit. */
enum { SNIPPET_SCAN_BUDGET = 12 * 1024 };

static bool all_ascii(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80)
            return false;
    return true;
}

static bool query_has_latin(const search_query *q)
{
    if (q->hl_words.n)
        return true;
    for (size_t i = 0; i < q->nhl_phrases; i++)
        if ((unsigned char)q->pool[q->hl_phrases[i].off] < 0x80)
            return true;
    return false;
}

/* In a text of ASCII only, normalising just lower-cases, words are runs of [a-z0-9],
 * and no Han key can match.  A word's stemmed key is a prefix of the word, except
 * that "-ies"/"-ied" become "-y" (therapies -> therapy): so the key, without that
 * final "y", must occur in the lower-cased text for the word to match.  These are the
 * needles of every word key the query highlights (and of every phrase's first key);
 * a needle that contains another one is left out, as the shorter one finds it too. */
static bool needle_redundant(const char *k, size_t n, const char **nd, const size_t *nl, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (nl[i] <= n && memmem(k, n, nd[i], nl[i]))
            return true;
    return false;
}

static void add_needle(pick *p, const char *k, size_t n, size_t cap)
{
    if (n >= 3 && k[n - 1] == 'y')
        n--;
    if (needle_redundant(k, n, p->needles, p->needle_len, p->nneedles))
        return;
    /* Drop the needles this one is inside. */
    size_t w = 0;
    for (size_t i = 0; i < p->nneedles; i++)
        if (!(n <= p->needle_len[i] && memmem(p->needles[i], p->needle_len[i], k, n))) {
            p->needles[w] = p->needles[i];
            p->needle_len[w++] = p->needle_len[i];
        }
    p->nneedles = w;
    if (p->nneedles < cap) {
        p->needles[p->nneedles] = k;
        p->needle_len[p->nneedles++] = n;
    }
}

static void ascii_needles(pick *p, const search_query *q)
{
    size_t cap = q->hl_words.n + q->hl_first.n;
    p->needles = xmalloc((cap ? cap : 1) * sizeof *p->needles);
    p->needle_len = xmalloc((cap ? cap : 1) * sizeof *p->needle_len);
    p->nneedles = 0;
    for (uint32_t i = 0; i < q->hl_words.n; i++) {
        size_t n;
        const char *k = strmap_key(&q->hl_words, i, &n);
        add_needle(p, k, n, cap);
    }
    for (uint32_t i = 0; i < q->hl_first.n; i++) {
        size_t n;
        const char *k = strmap_key(&q->hl_first, i, &n);
        add_needle(p, k, n, cap);
    }
}

/* False when the text certainly holds no match of the query: it is ASCII only and
 * none of the needles occurs in it.  True when it may (then it is tokenised). */
static bool may_match(pick *p, const char *text, size_t len)
{
    XGROW(p->lower, p->lower_cap, len + 1);
    unsigned char high = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        high |= c;
        p->lower[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    if (high & 0x80)
        return true;
    for (size_t i = 0; i < p->nneedles; i++)
        if (memmem(p->lower, len, p->needles[i], p->needle_len[i]))
            return true;
    return false;
}

/* How good a text is as a snippet: how many different things it matches. */
static size_t distinct_matches(const char *text, const search_spans *s)
{
    size_t n = 0;
    for (size_t i = 0; i < s->n; i++) {
        bool seen = false;
        size_t li = s->v[i].end - s->v[i].start;
        for (size_t k = 0; k < i && !seen; k++)
            seen = s->v[k].end - s->v[k].start == li && memcmp(text + s->v[k].start, text + s->v[i].start, li) == 0;
        n += !seen;
    }
    return n;
}

static bool consider(const char *text, int weight, void *ctx)
{
    pick *p = ctx;
    if (weight == W_TITLE && !p->title_seen) {
        p->title_seen = true;
        return true; /* the title is shown on its own */
    }
    if (!*text)
        return true;
    if (!p->fallback)
        p->fallback = text;
    if (!p->latin_query && all_ascii(text))
        return true; /* a Chinese query cannot match English text */
    size_t len = strlen(text);
    p->scanned += len;
    if (!may_match(p, text, len)) /* no match: it cannot beat the best so far */
        return p->best_score < p->q->nc && p->scanned < SNIPPET_SCAN_BUDGET;
    tokenize(text, len, &p->u);
    p->spans.n = 0;
    highlight_units(p->ix, p->q, &p->u, text, len, &p->spans);
    size_t score = distinct_matches(text, &p->spans);
    if (score > p->best_score) {
        p->best_score = score;
        p->best = text;
        search_spans tmp = p->best_spans;
        p->best_spans = p->spans;
        p->spans = tmp;
    }
    /* Stop when it shows every concept, or the budget is spent. */
    return p->best_score < p->q->nc && p->scanned < SNIPPET_SCAN_BUDGET;
}

void hit_snippet(const search_index *ix, const search_query *q, search_hit *h, lang_t lang)
{
    uint32_t doc = (uint32_t)h->index;
    if (h->kind == SEARCH_GLOSSARY)
        doc += (uint32_t)ix->st->ntopics;
    else if (h->kind == SEARCH_TREATMENT)
        doc += (uint32_t)(ix->st->ntopics + ix->st->nglossary);
    else if (h->kind == SEARCH_QUESTION)
        doc += (uint32_t)(ix->st->ntopics + ix->st->nglossary + ix->st->ntreatments);
    pick p = { .ix = ix, .q = q, .latin_query = query_has_latin(q) };
    ascii_needles(&p, q);
    doc_each_text(ix, doc, lang, consider, &p);
    free(p.needles);
    free(p.needle_len);
    free(p.lower);
    const char *text = p.best ? p.best : p.fallback ? p.fallback : "";
    size_t len = strlen(text);
    search_snippet_window(text, len, p.best_spans.v, p.best ? p.best_spans.n : 0, SEARCH_SNIPPET_COLS,
                          &h->snippet_start, &h->snippet_end, &h->snippet_cut_before, &h->snippet_cut_after);
    h->snippet_src = text;
    if (p.best)
        for (size_t i = 0; i < p.best_spans.n; i++) {
            search_span s = p.best_spans.v[i];
            if (s.end <= h->snippet_start || s.start >= h->snippet_end)
                continue;
            if (s.start < h->snippet_start)
                s.start = h->snippet_start;
            if (s.end > h->snippet_end)
                s.end = h->snippet_end;
            spans_push(&h->spans, s.start, s.end);
        }
    const char *title = search_hit_title(ix, h, lang);
    tokenize(title, strlen(title), &p.u);
    highlight_units(ix, q, &p.u, title, strlen(title), &h->title_spans);
    units_free(&p.u);
    search_spans_free(&p.spans);
    search_spans_free(&p.best_spans);
}
