/* The search benchmark (make bench): for each store given, load + index time, index
 * memory against the text it indexes, time to the first screen's layout, and query
 * latency p50 / p99 (whole queries, and every keystroke of them), next to the same
 * queries answered by scanning the normalised text without an index; then the same
 * index saved as a blob and opened in place from a read-only mapping, as a content
 * pack holds it: its size, the time to open it, the memory of the mapping it touched,
 * and the same latencies from it.  Index memory is
 * what the allocator holds for the index's blocks (malloc_usable_size plus the size
 * word of each), so spare capacity counts; it is printed by part too.  Each target of
 * issue 4 gets a line: met, or missed by how much.
 *
 *     search-bench QUERIES.tsv STORE_DIR...
 *
 * It prints figures and never fails on them: timings depend on the machine. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "content/load.h"
#include "core/strbuf.h"
#include "core/xalloc.h"
#include "search/search.h"
#include "search/search_impl.h"
#include "text/doc.h"
#include "text/width.h"

/* The search line's result limit (src/ui/app_search.c) and the result rows a 50-line
 * terminal shows (two lines each). */
enum { TUI_LIMIT = 50, TUI_ROWS = 23 };

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

typedef struct samples {
    double *v;
    size_t n, cap;
} samples;

static void add(samples *s, double x)
{
    XGROW(s->v, s->cap, s->n + 1);
    s->v[s->n++] = x;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double pct(samples *s, double p)
{
    if (!s->n)
        return 0;
    qsort(s->v, s->n, sizeof *s->v, cmp_double);
    size_t i = (size_t)(p / 100.0 * (double)(s->n - 1) + 0.5);
    return s->v[i];
}

static char **read_queries(const char *path, size_t *n)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        exit(2);
    }
    char **q = NULL, line[4096];
    size_t cap = 0;
    *n = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        char *tab = strchr(line, '\t');
        if (tab)
            *tab = '\0';
        XGROW(q, cap, *n + 1);
        q[(*n)++] = xstrdup(line);
    }
    fclose(f);
    return q;
}

/* ---- the naive scan: every item's normalised text, searched with memmem ---- */

typedef struct naive {
    char **text;              /* per item: normalised UTF-8 of all its texts */
    size_t *len;
    size_t n;
} naive;

typedef struct collect {
    strbuf b;
    norm_text t;
} collect;

static void put_norm(strbuf *b, const norm_text *t)
{
    for (size_t i = 0; i < t->n; i++) {
        char enc[4];
        sb_append(b, enc, utf8_encode(t->cp[i], enc));
    }
}

static bool collect_text(const char *text, int weight, void *ctx)
{
    (void)weight;
    collect *c = ctx;
    normalize(text, strlen(text), &c->t);
    put_norm(&c->b, &c->t);
    sb_putc(&c->b, '\n');
    return true;
}

static void naive_build(const search_index *ix, naive *nv)
{
    nv->n = ix->ndocs;
    nv->text = xcalloc(nv->n, sizeof *nv->text);
    nv->len = xcalloc(nv->n, sizeof *nv->len);
    collect c = { 0 };
    for (size_t d = 0; d < nv->n; d++) {
        sb_clear(&c.b);
        doc_each_text(ix, (uint32_t)d, LANG_COUNT, collect_text, &c);
        nv->len[d] = c.b.len;
        nv->text[d] = xstrndup(c.b.s ? c.b.s : "", c.b.len);
    }
    sb_free(&c.b);
    norm_text_free(&c.t);
}

/* Items holding every word of the query (normalised, split at spaces), ranked by
 * how often they occur: what a search without an index does. */
static size_t naive_query(const naive *nv, const char *q, size_t *scores)
{
    norm_text t = { 0 };
    normalize(q, strlen(q), &t);
    strbuf b = { 0 };
    put_norm(&b, &t);
    norm_text_free(&t);
    char *words[64];
    size_t nw = 0;
    for (char *save = NULL, *w = strtok_r(b.s ? b.s : (char *)"", " \t?!.,\"", &save); w && nw < 64;
         w = strtok_r(NULL, " \t?!.,\"", &save))
        words[nw++] = w;
    size_t hits = 0;
    for (size_t d = 0; d < nv->n; d++) {
        size_t score = 0;
        bool all = nw > 0;
        for (size_t k = 0; k < nw && all; k++) {
            size_t wl = strlen(words[k]), found = 0;
            for (const char *p = nv->text[d]; (p = memmem(p, nv->len[d] - (size_t)(p - nv->text[d]), words[k], wl));
                 p += wl)
                found++;
            all = found > 0;
            score += found;
        }
        scores[d] = all ? score : 0;
        hits += all;
    }
    sb_free(&b);
    return hits;
}

static void naive_free(naive *nv)
{
    for (size_t d = 0; d < nv->n; d++)
        free(nv->text[d]);
    free(nv->text);
    free(nv->len);
}

/* ---- targets (issue 4): one line each, met or missed by how much ---- */

static void verdict(const char *what, double value, double target, bool at_most, const char *unit)
{
    bool met = at_most ? value <= target : value >= target;
    double gap = value > target ? value - target : target - value;
    double pct = target > 0 ? gap / target * 100.0 : 0;
    if (met)
        printf("  target %s %s %g%s: met (%.3g%s; %.0f%% margin)\n", what, at_most ? "<=" : ">=", target, unit, value,
               unit, pct);
    else
        printf("  target %s %s %g%s: MISSED by %.3g%s (%.3g%s; %.0f%% %s)\n", what, at_most ? "<=" : ">=", target,
               unit, gap, unit, value, unit, pct, at_most ? "over" : "short");
}

/* ---- the index saved as a blob, mapped and opened in place (issue 14) ---- */

/* No checksums (the pack's are measured with the pack): counts the bytes that would be. */
static bool count_checked(void *ctx, const void *p, size_t n)
{
    (void)p;
    *(size_t *)ctx += n;
    return true;
}

/* Kilobytes of the mapping at addr that are in this process's page tables. */
static long mapping_rss_kb(const void *addr)
{
    FILE *f = fopen("/proc/self/smaps", "r");
    if (!f)
        return -1;
    char line[512];
    bool in = false;
    long kb = -1;
    while (fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        if (sscanf(line, "%lx-%lx ", &lo, &hi) == 2 && strchr(line, '-') < strchr(line, ' ')) {
            in = (uintptr_t)addr >= lo && (uintptr_t)addr < hi;
            continue;
        }
        if (in && sscanf(line, "Rss: %ld kB", &kb) == 1)
            break;
    }
    fclose(f);
    return kb;
}

/* Every keystroke: each prefix of each query, the last word being typed, as the
 * search line asks (TUI_LIMIT results; snippets for the TUI_ROWS rows on a 50-line
 * screen when rows_only, else for all of them, as before issue 14), into keys.  The
 * whole sequence is typed KEY_PASSES times and each keystroke counts with its median
 * time: a keystroke stays in the order it is typed in (so caches are as warm as in
 * use), and a moment the machine gave to something else is not taken for it. */
enum { KEY_PASSES = 3, SLOW_KEYS = 5 };
typedef struct slow_key {
    double ms;
    size_t query, len; /* the keystroke: the first len bytes of queries[query] */
} slow_key;
static slow_key slowest[SLOW_KEYS]; /* of the last type_every_prefix with rows_only */

static void note_slow(size_t query, size_t len, double ms)
{
    int at = SLOW_KEYS;
    while (at > 0 && slowest[at - 1].ms < ms)
        at--;
    if (at == SLOW_KEYS)
        return;
    memmove(&slowest[at + 1], &slowest[at], (SLOW_KEYS - 1 - (size_t)at) * sizeof *slowest);
    slowest[at] = (slow_key){ ms, query, len };
}

static void type_every_prefix(const search_index *ix, char **queries, size_t nq, bool rows_only, samples *keys)
{
    size_t *which = NULL, nwhich = 0;
    samples pass[KEY_PASSES] = { 0 };
    for (int p = 0; p < KEY_PASSES; p++)
        for (size_t i = 0; i < nq; i++) {
            size_t len = strlen(queries[i]);
            for (size_t k = 1; k <= len; k++) {
                if (k < len && ((unsigned char)queries[i][k] & 0xC0) == 0x80)
                    continue; /* inside a character */
                search_result res;
                double a = now_ms();
                if (rows_only)
                    search_run_rows(ix, queries[i], k, LANG_EN, true, TUI_LIMIT, TUI_ROWS, &res);
                else
                    search_run(ix, queries[i], k, LANG_EN, true, TUI_LIMIT, &res);
                add(&pass[p], now_ms() - a);
                search_result_free(&res);
                if (p == 0) {
                    which = xrealloc(which, (nwhich + 1) * 2 * sizeof *which);
                    which[2 * nwhich] = i;
                    which[2 * nwhich++ + 1] = k;
                }
            }
        }
    if (rows_only)
        memset(slowest, 0, sizeof slowest);
    for (size_t j = 0; j < pass[0].n; j++) {
        double t[KEY_PASSES];
        for (int p = 0; p < KEY_PASSES; p++)
            t[p] = pass[p].v[j];
        for (int a = 1; a < KEY_PASSES; a++) /* three values: sort them */
            for (int b = a; b > 0 && t[b] < t[b - 1]; b--) {
                double x = t[b];
                t[b] = t[b - 1];
                t[b - 1] = x;
            }
        add(keys, t[KEY_PASSES / 2]);
        if (rows_only)
            note_slow(which[2 * j], which[2 * j + 1], t[KEY_PASSES / 2]);
    }
    free(which);
    for (int p = 0; p < KEY_PASSES; p++)
        free(pass[p].v);
}

/* Whole queries and every keystroke from ix, into whole and keys. */
static void time_queries(const search_index *ix, char **queries, size_t nq, int reps, samples *whole, samples *keys)
{
    for (int r = 0; r < reps; r++)
        for (size_t i = 0; i < nq; i++) {
            search_result res;
            double a = now_ms();
            search_run(ix, queries[i], strlen(queries[i]), LANG_EN, false, 10, &res);
            add(whole, now_ms() - a);
            search_result_free(&res);
        }
    type_every_prefix(ix, queries, nq, true, keys);
}

static void bench_blob(const store *st, const search_index *built, char **queries, size_t nq, int reps)
{
    strbuf b = { 0 };
    double a = now_ms();
    search_index_save(built, &b);
    double t_save = now_ms() - a;
    size_t len = b.len;
    int fd = memfd_create("search-index", MFD_CLOEXEC);
    void *map = MAP_FAILED;
    if (fd >= 0 && write(fd, b.s, len) == (ssize_t)len)
        map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
    sb_free(&b);
    if (fd >= 0)
        close(fd);
    if (map == MAP_FAILED) {
        printf("  blob: could not map it in memory\n");
        return;
    }
    char err[256];
    a = now_ms();
    size_t checked = 0;
    search_index *ix = search_index_open(st, map, len, count_checked, &checked, err, sizeof err);
    double t_open = now_ms() - a;
    if (!ix) {
        printf("  blob: %s\n", err);
        munmap(map, len);
        return;
    }
    long rss_open = mapping_rss_kb(map);
    size_t checked_open = checked;
    search_result res;
    a = now_ms();
    search_run(ix, queries[0], strlen(queries[0]), LANG_EN, false, 10, &res);
    double t_first = now_ms() - a;
    search_result_free(&res);
    long rss_first = mapping_rss_kb(map);
    size_t checked_first = checked;
    samples whole = { 0 }, keys = { 0 }, bwhole = { 0 }, bkeys = { 0 };
    time_queries(ix, queries, nq, reps, &bwhole, &bkeys);
    long rss_all = mapping_rss_kb(map);
    time_queries(built, queries, nq, reps, &whole, &keys); /* side by side, in the same state */
    printf("  index saved as a blob: %.2f MB (saved in %.1f ms); opened in place from a read-only mapping in "
           "%.3f ms, allocating %zu bytes\n",
           len / 1e6, t_save, t_open, search_index_bytes(ix));
    printf("    mapping touched: %ld KB after opening, %ld KB after the first query (\"%s\", %.3f ms), %ld KB after "
           "all of them\n",
           rss_open, rss_first, queries[0], t_first, rss_all);
    printf("    bytes handed to the checksum check: %.2f MB at opening, %.2f MB after the first query, %.2f MB after "
           "all of them\n",
           checked_open / 1e6, checked_first / 1e6, checked / 1e6);
    printf("    from the blob: query p50 %.3f ms, p99 %.3f ms; keystroke p50 %.3f ms, p99 %.3f ms\n", pct(&bwhole, 50),
           pct(&bwhole, 99), pct(&bkeys, 50), pct(&bkeys, 99));
    printf("    built index, same run:  query p50 %.3f ms, p99 %.3f ms; keystroke p50 %.3f ms, p99 %.3f ms\n",
           pct(&whole, 50), pct(&whole, 99), pct(&keys, 50), pct(&keys, 99));
    free(whole.v);
    free(keys.v);
    free(bwhole.v);
    free(bkeys.v);
    search_free(ix);
    munmap(map, len);
}

/* ---- one store ---- */

static void bench_store(const char *dir, char **queries, size_t nq)
{
    double t0 = now_ms();
    store st;
    diag dg = { 0 };
    if (!store_load(&st, dir, &(load_opts){ .lenient = false }, &dg)) {
        diag_print(&dg, stderr);
        exit(2);
    }
    diag_free(&dg);
    double t_load = now_ms();
    doc d = { 0 };
    long first = st.start_here >= 0 ? st.start_here : 0;
    if (st.ntopics)
        doc_topic(&d, &st, &st.topics[first], LANG_EN, 80);
    double t_layout = now_ms();
    doc_free(&d);
    double t1 = now_ms();
    search_index *ix = search_build(&st);
    double t_index = now_ms() - t1;
    double t2 = now_ms();
    char err[256];
    store_derive(&st, LANG_ZH_HANS, err, sizeof err);
    double t_hans = now_ms() - t2;

    size_t ibytes = search_index_bytes(ix);
    printf("\n== %s: %zu topics, %zu glossary terms, %zu treatments; %.1f MB of text\n", dir, st.ntopics,
           st.nglossary, st.ntreatments, st.text_bytes / 1e6);
    printf("  load %.1f ms + index %.1f ms = %.1f ms   (deriving zh-Hans, only for Simplified readers: %.1f ms)\n",
           t_load - t0, t_index, t_load - t0 + t_index, t_hans);
    printf("  first screen laid out (load + first topic layout): %.1f ms; with the index built first: %.1f ms\n",
           t_layout - t0, t_layout - t0 + t_index);
    double mem_ratio = (double)ibytes / (double)(st.text_bytes ? st.text_bytes : 1);
    printf("  index memory %.2f MB = %.2f x the text (%zu terms, %zu postings)\n", ibytes / 1e6, mem_ratio, ix->terms.n,
           ix->npostings);
    search_mem_part parts[16];
    size_t nparts = search_index_parts(ix, parts, 16);
    printf("    by part (bytes the allocator holds per block, spare capacity included):");
    for (size_t i = 0; i < nparts; i++)
        printf("%s %s %.0f KB", i ? "," : "", parts[i].name, parts[i].bytes / 1e3);
    printf("\n");

    int reps = st.ntopics > 200 ? 5 : 30;
    samples whole = { 0 }, keys = { 0 }, scan = { 0 };
    double *per_query = xcalloc(nq, sizeof *per_query);
    for (int r = 0; r < reps; r++)
        for (size_t i = 0; i < nq; i++) {
            search_result res;
            double a = now_ms();
            search_run(ix, queries[i], strlen(queries[i]), LANG_EN, false, 10, &res);
            double t = now_ms() - a;
            add(&whole, t);
            per_query[i] += t / reps;
            search_result_free(&res);
        }
    size_t slow = 0;
    for (size_t i = 1; i < nq; i++)
        if (per_query[i] > per_query[slow])
            slow = i;
    /* Every keystroke as the search line asks, and as it asked before (snippets for
     * all the results). */
    samples keys_all = { 0 };
    type_every_prefix(ix, queries, nq, true, &keys);
    slow_key slow_keys[SLOW_KEYS];
    memcpy(slow_keys, slowest, sizeof slow_keys);
    type_every_prefix(ix, queries, nq, false, &keys_all);
    naive nv;
    naive_build(ix, &nv);
    size_t *scores = xcalloc(nv.n ? nv.n : 1, sizeof *scores);
    int nreps = st.ntopics > 200 ? 1 : 5;
    for (int r = 0; r < nreps; r++)
        for (size_t i = 0; i < nq; i++) {
            double a = now_ms();
            naive_query(&nv, queries[i], scores);
            add(&scan, now_ms() - a);
        }
    double p50 = pct(&whole, 50), p99 = pct(&whole, 99);
    double k50 = pct(&keys, 50), k99 = pct(&keys, 99);
    double n50 = pct(&scan, 50), n99 = pct(&scan, 99);
    printf("  query (ranked, with snippets), %zu queries x %d: p50 %.3f ms, p99 %.3f ms, max %.3f ms\n", nq, reps,
           p50, p99, whole.v[whole.n - 1]);
    if (nq)
        printf("  slowest query on average: \"%s\" %.3f ms\n", queries[slow], per_query[slow]);
    free(per_query);
    printf("  every keystroke (%zu prefixes, prefix-matching the last word, %d results, snippets for the %d rows "
           "on screen): p50 %.3f ms, p99 %.3f ms\n",
           keys.n, TUI_LIMIT, TUI_ROWS, k50, k99);
    printf("    slowest keystrokes:");
    for (int k = 0; k < SLOW_KEYS && slow_keys[k].ms > 0; k++)
        printf("%s \"%.*s\" %.3f ms", k ? "," : "", (int)slow_keys[k].len, queries[slow_keys[k].query],
               slow_keys[k].ms);
    printf("\n");
    printf("    the same with snippets for all %d results (before issue 14): p50 %.3f ms, p99 %.3f ms\n", TUI_LIMIT,
           pct(&keys_all, 50), pct(&keys_all, 99));
    printf("  naive scan of the normalised text (memmem, AND, no ranking): p50 %.3f ms, p99 %.3f ms\n", n50, n99);
    double x50 = n50 / (p50 > 0 ? p50 : 1e-9), x99 = n99 / (p99 > 0 ? p99 : 1e-9);
    printf("  index vs naive scan: %.1fx faster at p50, %.1fx at p99\n", x50, x99);
    verdict("index memory", mem_ratio, 2.0, true, "x the text");
    if (st.ntopics >= 1000) {
        verdict("query p99 at 1,000 topics", p99, 5.0, true, " ms");
        verdict("keystroke p99 at 1,000 topics at the search line's limit", k99, 1.0, true, " ms");
        verdict("speed-up over the naive scan at p50", x50, 10.0, false, "x");
        verdict("speed-up over the naive scan at p99", x99, 10.0, false, "x");
    } else {
        verdict("query p99", p99, 1.0, true, " ms");
        verdict("first screen (load + layout; the index is built at the first search)", t_layout - t0, 20.0,
                true, " ms");
    }
    bench_blob(&st, ix, queries, nq, reps);
    free(scores);
    naive_free(&nv);
    free(whole.v);
    free(keys.v);
    free(keys_all.v);
    free(scan.v);
    search_free(ix);
    store_free(&st);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: search-bench QUERIES.tsv STORE_DIR...\n");
        return 2;
    }
    /* Figure lines are checked for what the terminal can draw (wcwidth), which needs
     * a UTF-8 character type, as the program itself sets one up. */
    if (!setlocale(LC_CTYPE, "C.UTF-8"))
        setlocale(LC_CTYPE, "");
    size_t nq;
    char **queries = read_queries(argv[1], &nq);
    for (int i = 2; i < argc; i++)
        bench_store(argv[i], queries, nq);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("\npeak resident memory of this run: %.0f MB\n", ru.ru_maxrss / 1024.0);
    for (size_t i = 0; i < nq; i++)
        free(queries[i]);
    free(queries);
    return 0;
}
