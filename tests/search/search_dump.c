/* Prints everything search answers for a list of queries, so two builds (or two ways of
 * opening the same content) can be compared byte for byte: for every language, every
 * query finished (as --search runs it) and every keystroke prefix of it (as the search
 * line runs it, at the TUI's own result limit, snippets made late as rows come into
 * view), every hit with its score, snippet,
 * highlight spans and title spans, the total, "partial" and "did you mean".
 *
 *     search-dump [--via-blob] STORE_DIR QUERIES.tsv...
 *
 * --via-blob answers from the index saved as a blob and opened again
 * (search_index_save, search_index_open), as a content pack holds it: the answers must
 * be the same bytes.
 *
 * Each query's block starts with a line "@ LANG QUERY"; tests/search/test_search_identity.py
 * hashes the blocks and compares them with tests/search/identity.sha256. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sys/stat.h>

#include "content/load.h"
#include "pack/pack.h"
#include "core/xalloc.h"
#include "search/search.h"

enum { TUI_LIMIT = 50 }; /* src/ui/app_search.c RESULTS_LIMIT */

static void put_spans(const char *what, const search_spans *s)
{
    printf(" %s", what);
    for (size_t i = 0; i < s->n; i++)
        printf(" %zu-%zu", s->v[i].start, s->v[i].end);
}

static void dump(const search_index *ix, const char *q, size_t len, lang_t lang, bool typing, size_t limit)
{
    search_result r;
    if (typing) { /* as the search line does: snippets made as rows come into view, here last first */
        search_run_rows(ix, q, len, lang, typing, limit, 0, &r);
        for (size_t i = r.n; i-- > 0;)
            search_hit_prepare(ix, &r, i);
    } else {
        search_run(ix, q, len, lang, typing, limit, &r);
    }
    printf("%c %.*s | n=%zu total=%zu partial=%d dym=%s%s\n", typing ? 'k' : 'q', (int)len, q, r.n, r.total,
           (int)r.partial, r.did_you_mean ? r.did_you_mean : "-", r.damaged ? " DAMAGED" : "");
    for (size_t i = 0; i < r.n; i++) {
        const search_hit *h = &r.hits[i];
        printf("  %s %s %.9g exact=%d [%.*s] cut=%d%d", search_kind_name(h->kind), search_hit_id(ix, h), h->score,
               (int)h->exact, (int)(h->snippet_end - h->snippet_start), h->snippet_src + h->snippet_start,
               (int)h->snippet_cut_before, (int)h->snippet_cut_after);
        put_spans("spans", &h->spans);
        put_spans("title", &h->title_spans);
        printf(" | %s\n", search_hit_title(ix, h, lang));
    }
    search_result_free(&r);
}

static bool always_intact(void *ctx, const void *p, size_t n)
{
    (void)ctx;
    (void)p;
    (void)n;
    return true;
}

/* The index saved and opened again, in memory aligned as a mapped pack is. */
static search_index *via_blob(search_index *built, const store *st, void **blob)
{
    strbuf b = { 0 };
    search_index_save(built, &b);
    search_free(built);
    *blob = xmalloc(b.len ? b.len : 1); /* malloc'd memory is aligned for any type */
    memcpy(*blob, b.s, b.len);
    char err[256];
    search_index *ix = search_index_open(st, *blob, b.len, always_intact, NULL, err, sizeof err);
    sb_free(&b);
    if (!ix) {
        fprintf(stderr, "search-dump: %s\n", err);
        exit(2);
    }
    return ix;
}

static char **read_queries(const char *path, char **q, size_t *n, size_t *cap)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        exit(2);
    }
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        line[strcspn(line, "\t\n")] = '\0';
        XGROW(q, *cap, *n + 1);
        q[(*n)++] = xstrdup(line);
    }
    fclose(f);
    return q;
}

int main(int argc, char **argv)
{
    bool blob_mode = argc > 1 && strcmp(argv[1], "--via-blob") == 0;
    if (blob_mode) {
        argv++;
        argc--;
    }
    if (argc < 3) {
        fprintf(stderr, "usage: search-dump [--via-blob] STORE_DIR QUERIES.tsv...\n");
        return 2;
    }
    if (!setlocale(LC_CTYPE, "C.UTF-8"))
        setlocale(LC_CTYPE, "");
    char **q = NULL;
    size_t nq = 0, cap = 0;
    for (int i = 2; i < argc; i++)
        q = read_queries(argv[i], q, &nq, &cap);
    store st;
    diag dg = { 0 };
    char err[256];
    struct stat sb;
    if (stat(argv[1], &sb) == 0 && S_ISREG(sb.st_mode)) { /* a content pack */
        char perr[2048];
        if (!pack_open(argv[1], &st, &(load_opts){ 0 }, perr, sizeof perr)) {
            fprintf(stderr, "%s\n", perr);
            return 2;
        }
    } else if (!store_load(&st, argv[1], &(load_opts){ .lenient = false }, &dg) ||
               !store_derive_all(&st, err, sizeof err)) {
        diag_print(&dg, stderr);
        return 2;
    }
    diag_free(&dg);
    /* --via-blob: the index saved and opened again in place (what a pack holds) */
    void *blob = NULL;
    search_index *ix = blob_mode ? via_blob(search_build(&st), &st, &blob) : store_search_index(&st);
    for (int l = 0; l < LANG_COUNT; l++)
        for (size_t i = 0; i < nq; i++) {
            printf("@ %s %s\n", lang_tag((lang_t)l), q[i]);
            size_t len = strlen(q[i]);
            dump(ix, q[i], len, (lang_t)l, false, 0);
            for (size_t k = 1; k <= len; k++) {
                if (k < len && ((unsigned char)q[i][k] & 0xC0) == 0x80)
                    continue; /* inside a character */
                dump(ix, q[i], k, (lang_t)l, true, TUI_LIMIT);
            }
        }
    search_free(ix);
    free(blob);
    store_free(&st);
    for (size_t i = 0; i < nq; i++)
        free(q[i]);
    free(q);
    return 0;
}
