/* The search query path: any bytes as a query, in every language, typed or finished,
 * with any limit; then highlighting and snippet windows over what it returns.
 * Input: byte 0 = language (bits 0-1), typing (bit 2), limit (bits 3-7); the rest is
 * the query. */
#include <string.h>

#include "content/load.h"
#include "fuzz.h"
#include "search/search.h"

static store st;
static search_index *ix;

static void done(void)
{
    search_free(ix);
    store_free(&st);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_locale();
    fuzz_load_fixture_store(&st);
    char err[256];
    if (!store_derive_all(&st, err, sizeof err)) {
        fprintf(stderr, "fuzz_search: %s\n", err);
        abort();
    }
    ix = search_build(&st);
    atexit(done);
    return 0;
}

static void check_spans(const search_spans *s, size_t len)
{
    for (size_t i = 0; i < s->n; i++) {
        FUZZ_ASSERT(s->v[i].start < s->v[i].end && s->v[i].end <= len);
        if (i)
            FUZZ_ASSERT(s->v[i - 1].end < s->v[i].start); /* sorted, never touching */
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    lang_t lang = (lang_t)(data[0] % LANG_COUNT);
    bool typing = data[0] & 4;
    size_t limit = data[0] >> 3;
    const char *q = (const char *)data + 1;
    size_t qlen = size - 1;

    search_result r;
    search_run(ix, q, qlen, lang, typing, limit, &r);
    FUZZ_ASSERT(r.n <= (limit ? limit : SEARCH_DEFAULT_LIMIT));
    FUZZ_ASSERT(r.n <= r.total);
    for (size_t i = 0; i < r.n; i++) {
        const search_hit *h = &r.hits[i];
        size_t slen = strlen(h->snippet_src);
        FUZZ_ASSERT(h->snippet_start <= h->snippet_end && h->snippet_end <= slen);
        check_spans(&h->spans, slen);
        FUZZ_ASSERT(search_hit_title(ix, h, lang) != NULL && search_hit_id(ix, h) != NULL);
        check_spans(&h->title_spans, strlen(search_hit_title(ix, h, lang)));
        /* Best first within what one query found; a pinyin reading's hits may come
         * before the typed query's when that found only a guess (pinyin_merge.c). */
        for (size_t j = i; j-- > 0;)
            if (r.hits[j].from == h->from) {
                FUZZ_ASSERT(r.hits[j].score >= h->score || r.hits[j].exact);
                break;
            }

        search_spans all = { 0 };
        search_highlight(ix, &r, h->snippet_src, slen, &all);
        check_spans(&all, slen);
        size_t ws, we;
        bool cb, ca;
        search_snippet_window(h->snippet_src, slen, all.v, all.n, 1 + (int)(qlen % 90), &ws, &we, &cb, &ca);
        FUZZ_ASSERT(ws <= we && we <= slen);
        search_spans_free(&all);
    }
    search_result_free(&r);

    /* the same query highlighting a topic's text, as the reader does */
    if (st.ntopics) {
        const char *text = lt(&store_topic(&st, qlen % st.ntopics)->summary, lang);
        search_spans s = { 0 };
        search_highlight_query(ix, q, qlen, typing, text, strlen(text), &s);
        check_spans(&s, strlen(text));
        search_spans_free(&s);
    }
    return 0;
}
