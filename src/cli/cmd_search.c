/* --search QUERY: ranked topics, glossary terms and treatments, as text with the
 * matches in [brackets], or as JSON. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "cli/commands.h"
#include "core/i18n.h"
#include "core/strbuf.h"
#include "pack/pack.h"
#include "search/search.h"

/* Appends text[start..end) with the spans in it marked [like this]. */
static void marked(strbuf *b, const char *text, size_t start, size_t end, const search_spans *spans)
{
    size_t at = start;
    for (size_t i = 0; i < spans->n; i++) {
        search_span s = spans->v[i];
        if (s.end <= at || s.start >= end)
            continue;
        if (s.start < at)
            s.start = at;
        if (s.end > end)
            s.end = end;
        sb_append(b, text + at, s.start - at);
        sb_putc(b, '[');
        sb_append(b, text + s.start, s.end - s.start);
        sb_putc(b, ']');
        at = s.end;
    }
    sb_append(b, text + at, end - at);
}

/* Snippets may hold line breaks (lists in the content): show them as spaces. */
static void flatten(char *s)
{
    for (; *s; s++)
        if (*s == '\n' || *s == '\r' || *s == '\t')
            *s = ' ';
}

/* Hit i's snippet, made just before it is printed: a snippet lies in its topic's body,
 * and each body is given back once its hit is printed (done_with), so a search holds
 * one body at a time, not ten. */
static const search_hit *prepared(const search_index *ix, search_result *r, size_t i)
{
    search_hit_prepare(ix, r, i);
    return &r->hits[i];
}

static void done_with(const store *st, const search_hit *h)
{
    if (h->kind == SEARCH_TOPIC)
        store_forget_topic_body(st, h->index);
    else if (h->kind == SEARCH_QUESTION && h->index < st->nquestions) /* the topic its answer opens */
        store_forget_topic_body(st, st->questions[h->index].topic);
}

static void print_text(const store *st, const search_index *ix, search_result *r, lang_t lang)
{
    if (r->did_you_mean)
        printf(tr(lang, "Did you mean: %s\n"), r->did_you_mean);
    if (r->partial)
        printf("%s\n", tr(lang, "Partial matches: no result has every word you typed."));
    for (size_t i = 0; i < r->n; i++) {
        const search_hit *h = prepared(ix, r, i);
        const char *title = search_hit_title(ix, h, lang);
        strbuf b = { 0 };
        sb_printf(&b, "%zu. ", i + 1);
        marked(&b, title, 0, strlen(title), &h->title_spans);
        const char *cat = search_hit_category(ix, h, lang);
        const char *kind = h->kind == SEARCH_TOPIC      ? tr(lang, "topic")
                           : h->kind == SEARCH_GLOSSARY ? tr(lang, "glossary")
                           : h->kind == SEARCH_QUESTION ? tr(lang, "common question")
                                                        : tr(lang, "treatment");
        sb_printf(&b, "  (%s%s%s; %s)\n", kind, *cat ? ", " : "", cat, search_hit_id(ix, h));
        if (h->snippet_end > h->snippet_start) {
            strbuf sn = { 0 };
            if (h->snippet_cut_before)
                sb_puts(&sn, "…");
            marked(&sn, h->snippet_src, h->snippet_start, h->snippet_end, &h->spans);
            if (h->snippet_cut_after)
                sb_puts(&sn, "…");
            flatten(sn.s);
            sb_printf(&b, "   %s\n", sn.s);
            sb_free(&sn);
        }
        fputs(b.s, stdout);
        sb_free(&b);
        done_with(st, h);
    }
}

static int print_json(const store *st, const search_index *ix, search_result *r, lang_t lang)
{
    cJSON *arr = cJSON_CreateArray();
    for (size_t i = 0; i < r->n; i++) {
        const search_hit *h = prepared(ix, r, i);
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "id", search_hit_id(ix, h));
        cJSON_AddStringToObject(o, "kind", search_kind_name(h->kind));
        cJSON_AddStringToObject(o, "title", search_hit_title(ix, h, lang));
        cJSON_AddStringToObject(o, "category", search_hit_category(ix, h, lang));
        cJSON_AddNumberToObject(o, "score", h->score);
        cJSON_AddBoolToObject(o, "exact", h->exact);
        cJSON_AddBoolToObject(o, "partial", r->partial);
        if (h->kind == SEARCH_QUESTION && h->index < st->nquestions) { /* where its answer opens */
            const question *q = &st->questions[h->index];
            cJSON_AddStringToObject(o, "topic", store_topic(st, q->topic)->id);
            size_t nsections;
            const section *sections = store_topic_sections(st, q->topic, &nsections);
            cJSON_AddStringToObject(o, "section", q->section < nsections ? lt(&sections[q->section].heading, lang) : "");
        }
        char *snip = strndup(h->snippet_src + h->snippet_start, h->snippet_end - h->snippet_start);
        cJSON_AddStringToObject(o, "snippet", snip ? snip : "");
        free(snip);
        cJSON *hl = cJSON_AddArrayToObject(o, "highlights"); /* byte ranges of "snippet" */
        for (size_t k = 0; k < h->spans.n; k++) {
            cJSON *pair = cJSON_CreateArray();
            cJSON_AddItemToArray(pair, cJSON_CreateNumber((double)(h->spans.v[k].start - h->snippet_start)));
            cJSON_AddItemToArray(pair, cJSON_CreateNumber((double)(h->spans.v[k].end - h->snippet_start)));
            cJSON_AddItemToArray(hl, pair);
        }
        if (r->did_you_mean)
            cJSON_AddStringToObject(o, "did_you_mean", r->did_you_mean);
        cJSON_AddItemToArray(arr, o); /* (cJSON copied every string) */
        done_with(st, h);
    }
    char *s = cJSON_Print(arr);
    cJSON_Delete(arr);
    if (!s) {
        fprintf(stderr, "vitiligo-explorer: out of memory printing JSON\n");
        return 2;
    }
    puts(s);
    free(s);
    return 0;
}

int cmd_search(store *st, const options *o)
{
    if (!o->query)
        return 2;
    /* every variety, as the explorer and a pack index them: results must not depend
     * on which languages happened to be made before the search */
    char err[512];
    if (!store_derive_all(st, err, sizeof err)) {
        fprintf(stderr, "vitiligo-explorer: %s\n", err);
        return 2;
    }
    search_index *ix = store_search_index(st);
    search_result r;
    search_run_rows(ix, o->query, strlen(o->query), o->lang, false, o->limit > 0 ? (size_t)o->limit : 0, 0, &r);
    int rc = r.n ? 0 : 1;
    if (o->json) {
        if (print_json(st, ix, &r, o->lang) != 0)
            rc = 2;
    } else if (r.n) {
        print_text(st, ix, &r, o->lang);
    } else {
        fprintf(stderr, "%s\n", tr(o->lang, "No results. Try fewer words, or another word for the same thing."));
    }
    if (r.damaged) { /* a saved index whose postings failed their checks: say so, never a quiet short list */
        fprintf(stderr, "vitiligo-explorer: %s %s\n",
                tr(o->lang, "The content pack's search index is damaged, so some results may be missing."),
                tr(o->lang, "Rebuild it with: make, or vitiligo-explorer --content DIR --write-pack FILE"));
        rc = 2;
    }
    search_result_free(&r);
    search_free(ix);
    return rc;
}
