/* Snippets: the part of an item that best shows why it matched, with its matches
 * marked, in the language the patient reads. */
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "search/search_impl.h"
#include "search/search_utf8.h"
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
        search_utf8_decode(s, len, p, &cp);
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

static bool printable_ascii(char c)
{
    return c >= 0x20 && c < 0x7f;
}

/* text_fit(s, n, cols), sooner where s starts with printable ASCII, each byte of which
 * is one column: a snippet window measures up to 32 stretches of every hit. */
static size_t fit(const char *s, size_t n, int cols)
{
    size_t m = (size_t)cols < n ? (size_t)cols : n, k = 0;
    while (k < m && printable_ascii(s[k]))
        k++;
    if (k == m && (m == n || printable_ascii(s[m])))
        return m;
    int used;
    return text_fit(s, n, cols, &used);
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
            size_t reach = from + fit(text + from, len - from, cols * 2 / 3);
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
    size_t en = st + fit(text + st, len - st, cols);
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
    size_t scanned;           /* bytes looked through so far */
    hl_filter filter;         /* for highlight_ascii and highlight_han */
} pick;

/* A snippet is looked for in at most this much of an item: long topics whose
 * matches are all in the other language must not cost a full scan per hit. */
enum { SNIPPET_SCAN_BUDGET = 12 * 1024 };

static bool query_has_latin(const search_query *q)
{
    if (q->hl_words.n)
        return true;
    for (size_t i = 0; i < q->nhl_phrases; i++)
        if ((unsigned char)q->pool[q->hl_phrases[i].off] < 0x80)
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
    size_t len = strlen(text);
    bool ascii = ascii_only(text, len);
    if (!p->latin_query && ascii)
        return true; /* a Chinese query cannot match English text */
    p->scanned += len;
    p->spans.n = 0;
    if (ascii) {
        highlight_ascii(p->q, &p->filter, text, len, &p->spans);
    } else if (!highlight_han(p->q, &p->filter, text, len, &p->spans)) {
        tokenize(text, len, &p->u);
        highlight_units(p->ix, p->q, &p->u, text, len, &p->spans);
    }
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
    hl_filter_init(&p.filter, q);
    doc_each_text(ix, doc, lang, consider, &p);
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
    size_t tlen = strlen(title);
    if (ascii_only(title, tlen)) {
        highlight_ascii(q, &p.filter, title, tlen, &h->title_spans);
    } else if (!highlight_han(q, &p.filter, title, tlen, &h->title_spans)) {
        tokenize(title, tlen, &p.u);
        highlight_units(ix, q, &p.u, title, tlen, &h->title_spans);
    }
    units_free(&p.u);
    search_spans_free(&p.spans);
    search_spans_free(&p.best_spans);
}
