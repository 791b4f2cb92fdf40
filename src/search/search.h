/* Full-text search over the content store: topics, glossary terms and treatment
 * names, in English, Traditional and Simplified Chinese at once.
 *
 * One normaliser serves the index and the query (compatibility folding, case folding,
 * accent stripping, full-width to half-width, Traditional to Simplified), so 白癜風,
 * 白癜风 and ＵＶＢ/uvb meet.  Chinese is indexed as character bigrams, English as
 * lightly stemmed words; the word being typed is prefix-matched, Latin typos are
 * corrected, and glossary aliases and topic keywords act as synonyms across languages.
 * Ranking is BM25 with field weights; an exact title or synonym match comes first.
 *
 * Every byte range this interface hands out (snippets, highlight spans) points into
 * the store's own text, so it maps straight onto doc_line ranges (src/text/doc.h).
 * Never includes curses. */
#ifndef VE_SEARCH_H
#define VE_SEARCH_H

#include <stdbool.h>
#include <stddef.h>

#include "content/store.h"
#include "core/lang.h"
#include "core/pack_check.h"
#include "core/strbuf.h"

typedef struct search_index search_index;

/* Builds the index for st.  Call it after store_derive_all() when zh-Hans is
 * wanted, so the zh-Hans texts exist (snippets point into them).  The store must
 * outlive the index.  Never returns NULL. */
search_index *search_build(const store *st);
void search_free(search_index *ix);

/* Appends ix as a self-contained little-endian blob (offsets, never pointers; arrays
 * 8-byte aligned relative to the blob start) to out (core/strbuf.h). */
void search_index_save(const search_index *ix, strbuf *out);
/* Opens a blob made by search_index_save over [data, data + len) (8-byte aligned, e.g.
 * inside a mapped pack), which must outlive the index; st is the store it was built
 * from (same order of topics, glossary, treatments, questions). check(ctx, p, n) is
 * called for every byte range before it is first read (check may be NULL: no checksums).
 * Returns NULL with a message in err (errn bytes) when the blob is damaged; whatever the
 * bytes, never reads out of bounds, never loops forever. The arrays are not copied:
 * they point into data. search_free frees only what open allocated. */
search_index *search_index_open(const store *st, const void *data, size_t len,
                                pack_check_fn check, void *ctx, char *err, size_t errn);

/* Postings (the per-word lists of items) are checked only when a search first reads
 * them, so damage there is found late: true once a search has met a damaged list.
 * Such a search's result says so too (search_result.damaged).  Never for an index
 * built by search_build. */
bool search_index_damaged(const search_index *ix);

typedef enum { SEARCH_TOPIC, SEARCH_GLOSSARY, SEARCH_TREATMENT, SEARCH_QUESTION } search_kind;

/* A byte range [start, end) of some text. */
typedef struct search_span {
    size_t start, end;
} search_span;

/* A growable list of spans, sorted by start, never overlapping or touching. */
typedef struct search_spans {
    search_span *v;
    size_t n, cap;
} search_spans;

void search_spans_free(search_spans *s);

typedef struct search_hit {
    search_kind kind;
    size_t index;            /* into st->topics, st->glossary, st->treatments or st->questions */
    double score;            /* higher is better; only the order means anything */
    bool exact;              /* the query is this hit's title or one of its synonyms */
    /* The snippet, in the language asked for: bytes [snippet_start, snippet_end) of
     * snippet_src, a text owned by the store (a summary, body text or definition).
     * It starts and ends on character boundaries; snippet_cut_* say whether text was
     * cut off there (draw "…").  snippet_src is "" when the item has no text. */
    const char *snippet_src;
    size_t snippet_start, snippet_end;
    bool snippet_cut_before, snippet_cut_after;
    search_spans spans;      /* matches inside the snippet, as byte ranges of snippet_src */
    search_spans title_spans;/* matches in the title (search_hit_title) in the same language */
    bool prepared;           /* the snippet and spans above are made (search_hit_prepare) */
    const struct search_query *from; /* the query they are made with (owned by the result) */
} search_hit;

typedef struct search_query search_query; /* the compiled query, for search_highlight */

typedef struct search_result {
    search_hit *hits;        /* best first; ties in store order (topics, glossary, treatments) */
    size_t n;                /* hits returned (at most limit) */
    size_t total;            /* items that matched before the limit was applied */
    bool partial;            /* nothing matched every word, so these match only some ("partial matches") */
    bool damaged;            /* the index (opened from a pack) is damaged: hits may be missing; say so
                              * and rebuild the pack (search_index_damaged) */
    char *did_you_mean;      /* the corrected query when the results came through a typo correction, else NULL */
    search_query *query;     /* owned; lets search_highlight mark the same matches */
    lang_t lang;             /* the language of snippets */
    search_query **kept;     /* owned: the queries some hits' snippets are made with (pinyin */
    size_t nkept;            /* readings, the query as typed before them) */
} search_result;

enum { SEARCH_DEFAULT_LIMIT = 10, SEARCH_SNIPPET_COLS = 120 };

/* Runs a query of len bytes (any bytes: invalid UTF-8, controls and very long input
 * are handled, never a crash or hang) and fills *out, which need not be initialised.
 * lang picks the language of snippets and highlight spans; matching always covers all
 * languages.  typing: the last word is still being typed, so it is prefix-matched (pass
 * true from the search line, false for a finished query).  limit 0 means the default.
 * An empty or punctuation-only query gives no hits.  Free with search_result_free. */
void search_run(const search_index *ix, const char *query, size_t len, lang_t lang, bool typing, size_t limit,
                search_result *out);
void search_result_free(search_result *r);

/* The same, but snippets, snippet spans and title spans are made for the first
 * nprepared hits only (a search line asks for more results than fit on the screen);
 * search_hit_prepare makes a hit's when it comes into view.  Prepared late or early,
 * a hit's snippet is the same. */
void search_run_rows(const search_index *ix, const char *query, size_t len, lang_t lang, bool typing, size_t limit,
                     size_t nprepared, search_result *out);
void search_hit_prepare(const search_index *ix, search_result *r, size_t i);

/* Appends to out every span of text[0..len) that the result's query matches (words,
 * bigrams, synonyms, prefix and typo expansions).  For highlighting a whole topic and
 * for n / N in the reader: call it per text a doc_line points into.  Returns the number
 * of spans appended.  out must be zeroed or previously used; it is not cleared. */
size_t search_highlight(const search_index *ix, const search_result *r, const char *text, size_t len,
                        search_spans *out);

/* The same from a query string, compiled on the fly (for a reader opened without a
 * result at hand). */
size_t search_highlight_query(const search_index *ix, const char *query, size_t qlen, bool typing, const char *text,
                              size_t len, search_spans *out);

/* The best window of about cols display columns of text[0..len) around spans (as
 * returned by search_highlight), widened to a sentence start when that fits.  For a UI
 * that wants snippets of its own width.  With no spans the window starts at 0. */
void search_snippet_window(const char *text, size_t len, const search_span *spans, size_t nspans, int cols,
                           size_t *start, size_t *end, bool *cut_before, bool *cut_after);

/* What a hit shows, in lang: its title, its id, and its category title ("" when none:
 * glossary terms and treatments have none). */
const char *search_hit_title(const search_index *ix, const search_hit *h, lang_t lang);
const char *search_hit_id(const search_index *ix, const search_hit *h);
const char *search_hit_category(const search_index *ix, const search_hit *h, lang_t lang);

/* "topic", "glossary", "treatment", "question". */
const char *search_kind_name(search_kind k);

/* Damerau (optimal string alignment) distance, or max + 1 when it exceeds max or
 * either text is longer than a word is kept (WORD_MAX_BYTES). */
int edit_distance(const char *a, size_t an, const char *b, size_t bn, int max);

#endif
