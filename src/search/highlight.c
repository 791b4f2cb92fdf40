/* Finding every match of a query in a text, as byte ranges of that text: for the
 * snippet, the titles, and the reader's highlighting and n / N. */
#include <stdlib.h>
#include <string.h>

#include "core/strbuf.h"
#include "core/xalloc.h"
#include "search/pinyin.h"
#include "search/search_impl.h"
#include "search/search_utf8.h"
#include "text/width.h"

void spans_push(search_spans *s, size_t start, size_t end)
{
    XGROW(s->v, s->cap, s->n + 1);
    s->v[s->n++] = (search_span){ start, end };
}

void search_spans_free(search_spans *s)
{
    free(s->v);
    *s = (search_spans){ 0 };
}

static int cmp_span(const void *a, const void *b)
{
    const search_span *x = a, *y = b;
    if (x->start != y->start)
        return (x->start > y->start) - (x->start < y->start);
    return (x->end > y->end) - (x->end < y->end);
}

/* Sorts and merges out->v[from..n). */
static void merge_from(search_spans *out, size_t from)
{
    size_t n = out->n - from;
    if (n < 2)
        return;
    search_span *v = out->v + from;
    qsort(v, n, sizeof *v, cmp_span);
    size_t w = 0;
    for (size_t r = 1; r < n; r++) {
        if (v[r].start <= v[w].end) {
            if (v[r].end > v[w].end)
                v[w].end = v[r].end;
        } else {
            v[++w] = v[r];
        }
    }
    out->n = from + w + 1;
}

/* The closing bracket of an opening one, or 0.  A highlighted phrase that opens a
 * bracket ("eczema (atopic dermatitis") also takes the bracket that closes it, so a
 * marked title never reads "[eczema (atopic dermatitis])". */
static uint32_t closer_of(uint32_t cp)
{
    switch (cp) {
    case '(': return ')';
    case '[': return ']';
    case 0xFF08: return 0xFF09; /* （） */
    case 0x300C: return 0x300D; /* 「」 */
    default: return 0;
    }
}

static void close_brackets(const char *text, size_t len, search_spans *out, size_t from)
{
    for (size_t k = from; k < out->n; k++) {
        search_span *sp = &out->v[k];
        uint32_t open[8];
        size_t nopen = 0;
        for (size_t i = sp->start; i < sp->end && i < len;) {
            uint32_t cp;
            i += search_utf8_decode(text, len, i, &cp);
            if (closer_of(cp) && nopen < 8)
                open[nopen++] = closer_of(cp);
            else if (nopen && cp == open[nopen - 1])
                nopen--;
        }
        /* closers right after the span, innermost first */
        while (nopen && sp->end < len) {
            uint32_t cp;
            size_t k2 = search_utf8_decode(text, len, sp->end, &cp);
            if (cp != open[nopen - 1])
                break;
            sp->end += k2;
            nopen--;
        }
    }
}

void spans_finish(const char *text, size_t len, search_spans *out, size_t from)
{
    merge_from(out, from);
    if (text)
        close_brackets(text, len, out, from);
}

size_t highlight_units(const search_index *ix, const search_query *q, const units *u, const char *text, size_t len,
                       search_spans *out)
{
    (void)ix;
    size_t from = out->n;
    for (size_t i = 0; i < u->n; i++) {
        const unit *x = &u->v[i];
        if (x->kind == UNIT_WORD) {
            if (q->hl_words.n && strmap_get(&q->hl_words, unit_key(u, x), x->key_len) != UINT32_MAX)
                spans_push(out, x->src_start, x->src_end);
        } else if (q->hl_han.n) {
            char key[8];
            size_t n = search_utf8_encode(x->key, key);
            if (strmap_get(&q->hl_han, key, n) != UINT32_MAX)
                spans_push(out, x->src_start, x->src_end);
            if (x->joined) {
                size_t m = search_utf8_encode(u->v[i - 1].key, key);
                m += search_utf8_encode(x->key, key + m);
                if (strmap_get(&q->hl_han, key, m) != UINT32_MAX)
                    spans_push(out, u->v[i - 1].src_start, x->src_end);
            }
        }
        if (!q->hl_first.n)
            continue;
        char key[WORD_MAX_BYTES + 1];
        uint32_t id = strmap_get(&q->hl_first, key, unit_key_bytes(u, x, key));
        for (uint32_t p = id == UINT32_MAX ? UINT32_MAX : q->hl_first_head[id]; p != UINT32_MAX; p = q->hl_next[p]) {
            size_t end = key_seq_at(q->pool, q->hl_phrases[p], u, i);
            if (end)
                spans_push(out, x->src_start, u->v[end - 1].src_end);
        }
    }
    spans_finish(text, len, out, from);
    return out->n - from;
}

size_t search_highlight(const search_index *ix, const search_result *r, const char *text, size_t len,
                        search_spans *out)
{
    if (!r || !r->query || !text)
        return 0;
    units u = { 0 };
    tokenize(text, len, &u);
    size_t n = highlight_units(ix, r->query, &u, text, len, out);
    units_free(&u);
    return n;
}

size_t search_highlight_query(const search_index *ix, const char *query, size_t qlen, bool typing, const char *text,
                              size_t len, search_spans *out)
{
    /* Pinyin marks the Chinese words it spells, as the results did. */
    char *han = pinyin_expand(ix, query, qlen, typing, true, NULL);
    strbuf b = { 0 };
    if (han) {
        sb_puts(&b, han);
        sb_putc(&b, ' ');
        free(han);
    }
    if (query)
        sb_append(&b, query, qlen);
    search_result r = { .query = query_compile(ix, b.s ? b.s : "", b.len, typing) };
    sb_free(&b);
    size_t n = search_highlight(ix, &r, text, len, out);
    query_free(r.query);
    return n;
}

typedef struct phrase_ctx {
    const search_query *q;
    const concept *c;
    units u;
    bool found;
} phrase_ctx;

static bool text_has_phrase(const char *text, int weight, void *ctx)
{
    (void)weight;
    phrase_ctx *p = ctx;
    tokenize(text, strlen(text), &p->u);
    for (size_t i = 0; i < p->u.n && !p->found; i++)
        p->found = key_seq_at(p->q->pool, p->c->phrase, &p->u, i) != 0;
    return !p->found;
}

bool doc_has_phrase(const search_index *ix, uint32_t doc, const search_query *q, const concept *c)
{
    phrase_ctx p = { q, c, { 0 }, false };
    doc_each_text(ix, doc, LANG_COUNT, text_has_phrase, &p);
    units_free(&p.u);
    return p.found;
}
