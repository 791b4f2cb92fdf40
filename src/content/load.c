#include "content/load.h"

#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistr.h>
#include <wchar.h>

#include "content/load_ctx.h"
#include "content/load_regional.h"
#include "content/manifest.h"
#include "core/strbuf.h"
#include "core/xalloc.h"

/* Ids as read, before they are resolved to indices once everything is loaded. */
typedef struct pending_topic {
    topic t;
    const char *category_id;
    const char **related_ids, **ref_ids;
    size_t nrelated, nref;
    const cJSON *related_node, *refs_node, *category_node; /* for messages; valid while parsed */
    char *text;     /* the file, kept until links are checked */
    load_ctx ctx;
    cJSON *root;
    bool failed;
    bool stub;      /* lenient: kept as an "unavailable" topic; links are not resolved */
} pending_topic;

/* Ids of topic files that failed to load (by file name), so that links to them are
 * not reported a second time: the file's own errors say what to fix. */
typedef struct failed_ids {
    char **ids;
    size_t n, cap;
    idmap set;
} failed_ids;

static void failed_add(failed_ids *f, const char *file_name)
{
    size_t len = strlen(file_name);
    XGROW(f->ids, f->cap, f->n + 1);
    f->ids[f->n] = xstrndup(file_name, len > 5 ? len - 5 : len); /* drop ".json" */
    idmap_put(&f->set, f->ids[f->n], f->n);
    f->n++;
}

static bool failed_has(const failed_ids *f, const char *id)
{
    return idmap_get(&f->set, id) >= 0;
}

static void failed_free(failed_ids *f)
{
    for (size_t i = 0; i < f->n; i++)
        free(f->ids[i]);
    free(f->ids);
    idmap_free(&f->set);
}

/* ---- small files ------------------------------------------------------------- */

static cJSON *open_json(store *st, diag *d, const char *dir, const char *rel, load_ctx *ctx, char **text)
{
    size_t len = 0;
    *text = lc_read_file(d, dir, rel, CONTENT_FILE_MAX, &len);
    if (!*text)
        return NULL;
    cJSON *root = lc_parse(ctx, st, d, arena_strdup(&st->mem, rel), *text, len);
    if (!root) {
        free(*text);
        *text = NULL;
        return NULL;
    }
    if (!lc_is_object(ctx, root, "")) {
        lc_done(ctx, root);
        free(*text);
        *text = NULL;
        return NULL;
    }
    return root;
}

static void close_json(load_ctx *ctx, cJSON *root, char *text)
{
    lc_done(ctx, root);
    free(text);
}

static bool valid_ref_id(const char *id)
{
    if (!*id || strlen(id) > 64)
        return false;
    for (const char *p = id; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              *p == '-' || *p == '_' || *p == '.'))
            return false;
    return true;
}

/* One object of a list file (categories, references, glossary terms): checks it and,
 * when it is good, stores it.  path is its JSON path, e.g. "terms[3]". */
typedef void (*item_loader)(load_ctx *ctx, const cJSON *item, const char *path, void *user);

/* A file whose root holds one list of objects under key (plus the root fields in
 * known_root); each object may have the fields in known. */
typedef struct list_file {
    const char *file, *key;
    const char *const *known_root, *const *known;
    item_loader load;
} list_file;

/* Reads lf: size() gets the list's length first (0 when the file or list is bad) so
 * the caller can size its array, root_fields (may be NULL) reads other root fields,
 * then load() gets every object of the list. */
static void load_list(store *st, diag *d, const char *dir, const list_file *lf, void (*size)(store *, size_t, void *),
                      void *user, void (*root_fields)(load_ctx *, const cJSON *, void *))
{
    load_ctx ctx;
    char *text;
    cJSON *root = open_json(st, d, dir, lf->file, &ctx, &text);
    if (!root) {
        size(st, 0, user);
        return;
    }
    lc_unknown_fields(&ctx, root, "", lf->known_root);
    if (root_fields)
        root_fields(&ctx, root, user);
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, lf->key);
    if (!arr)
        lc_error(&ctx, root, "", "missing \"%s\"", lf->key);
    else if (!cJSON_IsArray(arr))
        lc_error(&ctx, arr, lf->key, "expected a list [ ... ]");
    bool list = arr && cJSON_IsArray(arr);
    size(st, list ? (size_t)cJSON_GetArraySize(arr) : 0, user);
    size_t i = 0;
    const cJSON *item;
    if (list)
        cJSON_ArrayForEach(item, arr)
        {
            char p[LC_PATH_MAX];
            lc_path_index(p, sizeof p, lf->key, "", i++);
            if (!lc_is_object(&ctx, item, p))
                continue;
            lc_unknown_fields(&ctx, item, p, lf->known);
            lf->load(&ctx, item, p, user);
        }
    close_json(&ctx, root, text);
}

/* ---- categories ---- */

static void size_categories(store *st, size_t n, void *user)
{
    (void)user;
    st->categories = arena_alloc(&st->mem, sizeof *st->categories * (n ? n : 1));
}

static void category_root(load_ctx *ctx, const cJSON *root, void *user)
{
    lc_string(ctx, root, "", "start_here", false, (const char **)user);
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, "categories");
    if (cJSON_IsArray(arr) && cJSON_GetArraySize(arr) == 0)
        lc_error(ctx, arr, "categories", "there must be at least one category");
}

static void load_category(load_ctx *ctx, const cJSON *item, const char *p, void *user)
{
    (void)user;
    store *st = ctx->st;
    category c = { 0 };
    bool ok = lc_string(ctx, item, p, "id", true, &c.id);
    ok &= lc_int(ctx, item, p, "order", true, &c.order);
    ok &= lc_ltext(ctx, item, p, "title", true, &c.title);
    ok &= lc_ltext(ctx, item, p, "description", true, &c.description);
    if (c.id && !lc_valid_id(c.id)) {
        lc_error(ctx, item, p, "id \"%s\" may use only a-z, 0-9 and -", c.id);
        ok = false;
    }
    if (c.id && store_find_category(st, c.id) >= 0) {
        lc_error(ctx, item, p, "duplicate category id \"%s\"", c.id);
        ok = false;
    }
    if (ok) {
        idmap_put(&st->category_ids, c.id, st->ncategories);
        st->categories[st->ncategories++] = c;
    }
}

static void load_categories(store *st, diag *d, const char *dir, const char **start_here)
{
    static const char *const known_root[] = { "start_here", "categories", NULL };
    static const char *const known[] = { "id", "order", "title", "description", NULL };
    static const list_file lf = { "categories.json", "categories", known_root, known, load_category };
    load_list(st, d, dir, &lf, size_categories, start_here, category_root);
}

/* ---- references ---- */

static void size_references(store *st, size_t n, void *user)
{
    (void)user;
    st->refs = arena_alloc(&st->mem, sizeof *st->refs * (n ? n : 1));
}

static void load_reference(load_ctx *ctx, const cJSON *item, const char *p, void *user)
{
    (void)user;
    store *st = ctx->st;
    reference r = { 0 };
    bool ok = lc_string(ctx, item, p, "id", true, &r.id);
    ok &= lc_string(ctx, item, p, "citation", true, &r.citation);
    lc_string(ctx, item, p, "doi", false, &r.doi);
    lc_string(ctx, item, p, "pmid", false, &r.pmid);
    lc_string(ctx, item, p, "registry", false, &r.registry);
    lc_string(ctx, item, p, "url", false, &r.url);
    if (r.id && !valid_ref_id(r.id)) {
        lc_error(ctx, item, p, "id \"%s\" may use only letters, digits, '.', '-' and '_'", r.id);
        ok = false;
    }
    if (r.id && store_find_reference(st, r.id) >= 0) {
        lc_error(ctx, item, p, "duplicate reference id \"%s\"", r.id);
        ok = false;
    }
    if (ok) {
        idmap_put(&st->ref_ids, r.id, st->nrefs);
        st->refs[st->nrefs++] = r;
    }
}

static void load_references(store *st, diag *d, const char *dir)
{
    static const char *const known_root[] = { "references", NULL };
    static const char *const known[] = { "id", "citation", "doi", "pmid", "registry", "url", NULL };
    static const list_file lf = { "references.json", "references", known_root, known, load_reference };
    load_list(st, d, dir, &lf, size_references, NULL, NULL);
}

/* ---- glossary ---- */

/* user: where the topic id each term names goes (resolved once topics are loaded). */
static void size_glossary(store *st, size_t n, void *user)
{
    const char ***topic_ids = user;
    st->glossary = arena_alloc(&st->mem, sizeof *st->glossary * (n ? n : 1));
    *topic_ids = arena_alloc(&st->mem, sizeof **topic_ids * (n ? n : 1));
}

static void load_term(load_ctx *ctx, const cJSON *item, const char *p, void *user)
{
    const char ***topic_ids = user;
    store *st = ctx->st;
    gloss_term g = { .topic = -1 };
    const char *topic_id = NULL;
    bool ok = lc_string(ctx, item, p, "id", true, &g.id);
    ok &= lc_ltext(ctx, item, p, "term", true, &g.term);
    ok &= lc_ltext(ctx, item, p, "definition", true, &g.definition);
    ok &= lc_lwords(ctx, item, p, "aliases", true, &g.aliases);
    lc_string(ctx, item, p, "topic", false, &topic_id);
    if (cJSON_HasObjectItem(item, "everyday"))
        ok &= lc_bool(ctx, item, p, "everyday", &g.everyday);
    if (g.id && !lc_valid_id(g.id)) {
        lc_error(ctx, item, p, "id \"%s\" may use only a-z, 0-9 and -", g.id);
        ok = false;
    }
    if (g.id && store_find_glossary(st, g.id) >= 0) {
        lc_error(ctx, item, p, "duplicate glossary id \"%s\"", g.id);
        ok = false;
    }
    if (ok) {
        (*topic_ids)[st->nglossary] = topic_id;
        idmap_put(&st->gloss_ids, g.id, st->nglossary);
        st->glossary[st->nglossary++] = g;
    }
}

static void load_glossary(store *st, diag *d, const char *dir, const char ***topic_ids)
{
    static const char *const known_root[] = { "terms", NULL };
    static const char *const known[] = { "id", "term", "aliases", "definition", "topic", "everyday", NULL };
    static const list_file lf = { "glossary.json", "terms", known_root, known, load_term };
    load_list(st, d, dir, &lf, size_glossary, topic_ids, NULL);
}

/* ---- topics ------------------------------------------------------------------ */

static const char *const block_types[] = { "paragraph", "bullets", "steps", "keypoints", "note", "icons", "figure" };

enum { ART_MAX_LINES = 20, ART_MAX_COLS = 60 };

/* The display columns of one art line, as wcwidth() counts them (the function the
 * layout's text_cols uses; text/ sits above content/, so it is not called here).
 * -1 for a control character, a tab or a character the terminal cannot draw, with
 * *bad set to it; invalid UTF-8 was refused when the file was read. */
static int art_cols(const char *s, uint32_t *bad, uint32_t *letter)
{
    mbstate_t ms = { 0 };
    int cols = 0;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        wchar_t wc;
        size_t k = mbrtowc(&wc, s + i, n - i, &ms);
        if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
            *bad = (unsigned char)s[i];
            return -1;
        }
        int w = wcwidth(wc);
        if (w < 0 || wc == L'\t') {
            *bad = (uint32_t)wc;
            return -1;
        }
        /* Chinese, Japanese or Korean writing: words of one language, which the
         * picture (shown in every language) must not hold */
        if (!*letter && ((wc >= 0x2E80 && wc <= 0x9FFF) || (wc >= 0xAC00 && wc <= 0xD7AF) ||
                         (wc >= 0xF900 && wc <= 0xFAFF) || (wc >= 0xFF01 && wc <= 0xFF60) || wc >= 0x20000))
            *letter = (uint32_t)wc;
        cols += w;
        i += k;
    }
    return cols;
}

/* True when num[0..len) (a digit run of the art) is written in s as a whole number. */
static bool says_number(const char *s, const char *num, size_t len)
{
    for (const char *q = s; *q; q++)
        if ((q == s || q[-1] < '0' || q[-1] > '9') && strncmp(q, num, len) == 0 && (q[len] < '0' || q[len] > '9'))
            return true;
    return false;
}

/* "art": 1 to 20 lines of at most 60 columns, no control characters or tabs.  The
 * picture is the same in every language, so every number in it must be in the
 * caption too: the words are what a screen reader and a narrow window get. */
static bool load_art(load_ctx *ctx, const cJSON *item, const char *p, block *b)
{
    const cJSON *art = cJSON_GetObjectItemCaseSensitive(item, "art");
    if (!art) {
        lc_error(ctx, item, p, "a figure needs \"art\": a list of 1 to %d lines", ART_MAX_LINES);
        return false;
    }
    char pa[LC_PATH_MAX];
    lc_path_key(pa, sizeof pa, p, "art");
    if (!cJSON_IsArray(art)) {
        lc_error(ctx, art, pa, "expected a list of 1 to %d lines [\"...\", ...], found something else", ART_MAX_LINES);
        return false;
    }
    int n = cJSON_GetArraySize(art);
    if (n < 1 || n > ART_MAX_LINES) {
        lc_error(ctx, art, pa, "a figure has 1 to %d lines, found %d; say more in the caption instead", ART_MAX_LINES, n);
        return false;
    }
    b->art = arena_alloc(&ctx->st->mem, sizeof *b->art * (size_t)n);
    bool ok = true;
    const cJSON *v;
    size_t i = 0;
    cJSON_ArrayForEach(v, art)
    {
        char pv[LC_PATH_MAX];
        lc_path_index(pv, sizeof pv, p, "art", i);
        uint32_t bad = 0, letter = 0;
        int cols;
        if (!cJSON_IsString(v)) {
            lc_error(ctx, v, pv, "expected a string, found a non-string value");
            ok = false;
        } else if ((cols = art_cols(v->valuestring, &bad, &letter)) < 0) {
            lc_error(ctx, v, pv, "%s U+%04X in a figure line; draw with spaces and visible characters only",
                     bad == '\t' ? "tab" : "control character", (unsigned)bad);
            ok = false;
        } else if (cols > ART_MAX_COLS) {
            lc_error(ctx, v, pv, "a figure line is %d columns wide; at most %d (40 fits small screens)", cols,
                     ART_MAX_COLS);
            ok = false;
        } else {
            b->art[i] = arena_strdup(&ctx->st->mem, v->valuestring);
            if (letter)
                lc_warn(ctx, v, pv, "U+%04X is writing of one language; a figure is shown in every language, so "
                        "put its words in the caption", (unsigned)letter);
            const char *s = v->valuestring;
            for (const char *d = s; *d;) {
                if (*d < '0' || *d > '9') {
                    d++;
                    continue;
                }
                size_t len = strspn(d, "0123456789");
                for (lang_t l = LANG_EN; l <= LANG_ZH_HANT; l++)
                    if (b->text.s[l] && !says_number(b->text.s[l], d, len))
                        lc_warn(ctx, v, pv, "the number %.*s in the figure is not in the %s caption; the caption must say "
                                "everything the picture shows", (int)len, d, lang_tag(l));
                d += len;
            }
        }
        i++;
    }
    b->nart = (size_t)n;
    return ok;
}

static bool load_block(load_ctx *ctx, const cJSON *item, const char *p, block *b)
{
    if (!lc_is_object(ctx, item, p))
        return false;
    static const char *const known[] = { "type", "text", "items", "count", "total", "art", NULL };
    lc_unknown_fields(ctx, item, p, known);
    int kind;
    if (!lc_enum(ctx, item, p, "type", true, block_types, 7, &kind))
        return false;
    b->kind = (block_kind)kind;
    if (b->kind != BLOCK_ICONS && (cJSON_HasObjectItem(item, "count") || cJSON_HasObjectItem(item, "total")))
        lc_error(ctx, item, p, "only an \"icons\" block has \"count\" and \"total\"");
    if (b->kind == BLOCK_ICONS) {
        /* {"type": "icons", "count": 3, "total": 10, "text": {...}}: the words say the same as the icons */
        if (cJSON_HasObjectItem(item, "items"))
            lc_error(ctx, item, p, "an icons block has \"text\", not \"items\"");
        if (!lc_ltext(ctx, item, p, "text", true, &b->text))
            return false;
        return lc_icons(ctx, item, p, NULL, &b->text, &b->count, &b->total);
    }
    if (b->kind != BLOCK_FIGURE && cJSON_HasObjectItem(item, "art"))
        lc_error(ctx, item, p, "only a \"figure\" block has \"art\"");
    if (b->kind == BLOCK_FIGURE) {
        /* {"type": "figure", "art": ["…", …], "text": {...}}: the caption says in words all the art shows */
        if (cJSON_HasObjectItem(item, "items"))
            lc_error(ctx, item, p, "a figure has \"art\" and \"text\", not \"items\"");
        bool ok = lc_ltext(ctx, item, p, "text", true, &b->text);
        return load_art(ctx, item, p, b) && ok;
    }
    if (b->kind == BLOCK_PARAGRAPH || b->kind == BLOCK_NOTE) {
        if (cJSON_HasObjectItem(item, "items"))
            lc_error(ctx, item, p, "a %s has \"text\", not \"items\"", block_types[kind]);
        return lc_ltext(ctx, item, p, "text", true, &b->text);
    }
    if (cJSON_HasObjectItem(item, "text"))
        lc_error(ctx, item, p, "a %s list has \"items\", not \"text\"", block_types[kind]);
    const cJSON *items = cJSON_GetObjectItemCaseSensitive(item, "items");
    if (!items) {
        lc_error(ctx, item, p, "missing \"items\"");
        return false;
    }
    char pi[LC_PATH_MAX];
    lc_path_key(pi, sizeof pi, p, "items");
    if (!cJSON_IsArray(items) || cJSON_GetArraySize(items) == 0) {
        lc_error(ctx, items, pi, "expected a list with at least one item");
        return false;
    }
    size_t n = (size_t)cJSON_GetArraySize(items);
    b->items = arena_alloc(&ctx->st->mem, sizeof *b->items * n);
    bool ok = true;
    const cJSON *v;
    size_t i = 0;
    cJSON_ArrayForEach(v, items)
    {
        char pv[LC_PATH_MAX];
        ok &= lc_ltext_value(ctx, v, lc_path_index(pv, sizeof pv, p, "items", i), &b->items[i]);
        i++;
    }
    b->nitems = n;
    return ok;
}

static bool load_sections(load_ctx *ctx, const cJSON *root, topic *t)
{
    const cJSON *body = cJSON_GetObjectItemCaseSensitive(root, "body");
    if (!body) {
        lc_error(ctx, root, "", "missing \"body\"");
        return false;
    }
    if (!cJSON_IsArray(body) || cJSON_GetArraySize(body) == 0) {
        lc_error(ctx, body, "body", "expected a list with at least one section");
        return false;
    }
    size_t n = (size_t)cJSON_GetArraySize(body), i = 0;
    t->sections = arena_alloc(&ctx->st->mem, sizeof *t->sections * n);
    t->nsections = n;
    bool ok = true;
    const cJSON *sec;
    cJSON_ArrayForEach(sec, body)
    {
        char p[LC_PATH_MAX];
        lc_path_index(p, sizeof p, "", "body", i);
        section *s = &t->sections[i++];
        if (!lc_is_object(ctx, sec, p)) {
            ok = false;
            continue;
        }
        static const char *const known[] = { "heading", "blocks", NULL };
        lc_unknown_fields(ctx, sec, p, known);
        ok &= lc_ltext(ctx, sec, p, "heading", true, &s->heading);
        const cJSON *blocks = cJSON_GetObjectItemCaseSensitive(sec, "blocks");
        char pb[LC_PATH_MAX];
        lc_path_key(pb, sizeof pb, p, "blocks");
        if (!blocks) {
            lc_error(ctx, sec, p, "missing \"blocks\"");
            ok = false;
            continue;
        }
        if (!cJSON_IsArray(blocks) || cJSON_GetArraySize(blocks) == 0) {
            lc_error(ctx, blocks, pb, "expected a list with at least one block");
            ok = false;
            continue;
        }
        s->nblocks = (size_t)cJSON_GetArraySize(blocks);
        s->blocks = arena_alloc(&ctx->st->mem, sizeof *s->blocks * s->nblocks);
        size_t k = 0;
        const cJSON *b;
        cJSON_ArrayForEach(b, blocks)
        {
            char pk[LC_PATH_MAX];
            ok &= load_block(ctx, b, lc_path_index(pk, sizeof pk, p, "blocks", k), &s->blocks[k]);
            k++;
        }
    }
    return ok;
}

static bool load_topic(store *st, diag *d, const char *dir, const char *name, pending_topic *pt)
{
    strbuf rel = { 0 };
    sb_printf(&rel, "topics/%s", name);
    size_t len = 0;
    pt->text = lc_read_file(d, dir, rel.s, CONTENT_FILE_MAX, &len);
    const char *file = arena_strdup(&st->mem, rel.s);
    sb_free(&rel);
    if (!pt->text)
        return false;
    pt->root = lc_parse(&pt->ctx, st, d, file, pt->text, len);
    if (!pt->root)
        return false;
    load_ctx *ctx = &pt->ctx;
    const cJSON *root = pt->root;
    if (!lc_is_object(ctx, root, ""))
        return false;
    static const char *const known[] = { "id", "category", "order", "title", "summary", "body", "keywords",
                                         "related", "references", "last_reviewed", "next_review",
                                         "experimental", NULL };
    lc_unknown_fields(ctx, root, "", known);
    topic *t = &pt->t;
    t->file = file;
    bool ok = lc_string(ctx, root, "", "id", true, &t->id);
    if (t->id) {
        size_t idlen = strlen(t->id);
        if (!lc_valid_id(t->id)) {
            lc_error(ctx, cJSON_GetObjectItemCaseSensitive(root, "id"), "id",
                     "\"%s\" may use only a-z, 0-9 and -", t->id);
            ok = false;
        } else if (strncmp(name, t->id, idlen) != 0 || strcmp(name + idlen, ".json") != 0) {
            lc_error(ctx, cJSON_GetObjectItemCaseSensitive(root, "id"), "id",
                     "the id \"%s\" must match the file name; rename the file to %s.json", t->id, t->id);
            ok = false;
        }
    }
    ok &= lc_string(ctx, root, "", "category", true, &pt->category_id);
    pt->category_node = cJSON_GetObjectItemCaseSensitive(root, "category");
    ok &= lc_int(ctx, root, "", "order", true, &t->order);
    ok &= lc_ltext(ctx, root, "", "title", true, &t->title);
    ok &= lc_ltext(ctx, root, "", "summary", true, &t->summary);
    ok &= load_sections(ctx, root, t);
    ok &= lc_lwords(ctx, root, "", "keywords", true, &t->keywords);
    if (cJSON_HasObjectItem(root, "related"))
        ok &= lc_idlist(ctx, root, "", "related", false, &pt->related_ids, &pt->nrelated);
    pt->related_node = cJSON_GetObjectItemCaseSensitive(root, "related");
    ok &= lc_idlist(ctx, root, "", "references", true, &pt->ref_ids, &pt->nref);
    pt->refs_node = cJSON_GetObjectItemCaseSensitive(root, "references");
    if (pt->refs_node && pt->nref == 0 && cJSON_IsArray(pt->refs_node)) {
        lc_error(ctx, pt->refs_node, "references", "every topic needs at least one source");
        ok = false;
    }
    ok &= lc_date(ctx, root, "", "last_reviewed", t->last_reviewed);
    ok &= lc_date(ctx, root, "", "next_review", t->next_review);
    lc_bool(ctx, root, "", "experimental", &t->experimental);
    return ok;
}

static long days_from_civil(int y, int m, int d)
{
    /* Howard Hinnant's algorithm: days since 1970-01-01 in the proleptic Gregorian calendar. */
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

long date_days(const char *s)
{
    int y = 0, m = 1, d = 1;
    sscanf(s, "%4d-%2d-%2d", &y, &m, &d);
    return days_from_civil(y, m, d);
}

bool store_review_overdue(const store *st, const char *next_review)
{
    return next_review && *next_review && st->today && date_days(next_review) < st->today;
}

static int cmp_topic_order(const void *a, const void *b, void *arg)
{
    const store *st = arg;
    const topic *x = a, *y = b;
    const category *cx = &st->categories[x->category], *cy = &st->categories[y->category];
    if (cx->order != cy->order)
        return cx->order < cy->order ? -1 : 1;
    if (x->category != y->category)
        return x->category < y->category ? -1 : 1;
    if (x->order != y->order)
        return x->order < y->order ? -1 : 1;
    return strcmp(x->id, y->id);
}

static int cmp_cat_order(const void *a, const void *b)
{
    const category *x = a, *y = b;
    if (x->order != y->order)
        return x->order < y->order ? -1 : 1;
    return strcmp(x->id, y->id);
}

/* ---- lenient loading (kiosk mode) --------------------------------------------------
 * A damaged topic file (a checksum that does not match MANIFEST, or any error in the
 * file) must not take the kiosk down: the topic stays, marked unavailable, and its
 * errors become warnings that name the file. */

/* Turns the errors reported since (errors_before, msgs_before) into warnings. */
static void downgrade(diag *d, size_t errors_before, size_t msgs_before)
{
    size_t k = d->errors - errors_before;
    for (size_t i = msgs_before; i < d->n; i++)
        d->msgs[i].level = DIAG_WARNING;
    d->errors -= k;
    d->warnings += k;
}

/* A title made from the file name ("why-it-happens" -> "Why it happens") for a topic
 * whose own title could not be read. */
static const char *title_from_id(store *st, const char *id)
{
    char *t = arena_strdup(&st->mem, id);
    for (char *p = t; *p; p++)
        if (*p == '-' || *p == '_')
            *p = ' ';
    if (*t >= 'a' && *t <= 'z')
        *t = (char)(*t - 'a' + 'A');
    return t;
}

/* The string value of the first "key": "..." at or after from in text (a damaged file
 * that cJSON could not read), or NULL: only a whole, escape-free, valid UTF-8 string. */
static const char *salvage_string(store *st, const char *text, size_t len, const char *from, const char *key)
{
    char pat[32];
    snprintf(pat, sizeof pat, "\"%s\"", key);
    const char *p = from ? from : text, *end = text + len;
    size_t pl = strlen(pat);
    for (; p + pl <= end; p++) {
        if (memcmp(p, pat, pl) != 0)
            continue;
        const char *q = p + pl;
        while (q < end && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n'))
            q++;
        if (q >= end || *q++ != ':')
            return NULL;
        while (q < end && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n'))
            q++;
        if (q >= end || *q++ != '"')
            return NULL;
        const char *s = q;
        while (q < end && *q != '"' && *q != '\\' && (unsigned char)*q >= 0x20)
            q++;
        if (q >= end || *q != '"' || q == s)
            return NULL;
        char *v = arena_strndup(&st->mem, s, (size_t)(q - s));
        return u8_check((const uint8_t *)v, strlen(v)) ? NULL : v;
    }
    return NULL;
}

/* Decides whether pending topic pt (ok: it loaded without errors) is kept as it is,
 * kept as an unavailable stub, or dropped.  Returns true when it is kept. */
static bool lenient_topic(store *st, diag *d, const char *dir, const char *name, pending_topic *pt, bool ok,
                          const manifest *sums, size_t errors_before, size_t msgs_before)
{
    char rel[LC_PATH_MAX];
    snprintf(rel, sizeof rel, "topics/%s", name);
    bool damaged = pt->text && sums->present &&
                   manifest_check(sums, rel, pt->text, pt->ctx.len) == MANIFEST_CHANGED;
    if (damaged)
        diag_add(d, DIAG_WARNING, rel, 0, 0, "does not match its checksum in MANIFEST (changed, damaged or cut short)");
    if (ok && !damaged)
        return true;
    downgrade(d, errors_before, msgs_before);
    size_t len = strlen(name);
    char *id = arena_strndup(&st->mem, name, len > 5 ? len - 5 : len);
    if (!lc_valid_id(id) || st->ncategories == 0)
        return false; /* no usable id (nothing can link to it), or no categories (the load fails anyway) */
    topic stub = { .id = id, .file = arena_strdup(&st->mem, rel), .order = INT_MAX, .unavailable = true };
    const topic *t = &pt->t;
    /* a file cut short usually still begins with its title and category: read them
     * from the text, so the topic keeps its real name and its own category */
    const char *cat_id = pt->category_id;
    /* the text as read, or (refused as invalid UTF-8: cut inside a character) the raw bytes */
    char raw[16384];
    const char *text = pt->text;
    size_t tlen = text ? strlen(text) : 0; /* lc_read_file ends it with a NUL */
    if (!text) {
        char path[LC_PATH_MAX * 2];
        snprintf(path, sizeof path, "%s/topics/%s", dir, name);
        FILE *f = fopen(path, "rb");
        if (f) {
            tlen = fread(raw, 1, sizeof raw - 1, f);
            raw[tlen] = '\0';
            fclose(f);
            text = raw;
        }
    }
    if (!(t->title.s[LANG_EN] && t->title.s[LANG_ZH_HANT]) && text) {
        const char *title = memmem(text, tlen, "\"title\"", 7);
        const char *en = title ? salvage_string(st, text, tlen, title, "en") : NULL;
        const char *zh = title ? salvage_string(st, text, tlen, title, "zh-Hant") : NULL;
        if (en && zh) {
            stub.title.s[LANG_EN] = en;
            stub.title.s[LANG_ZH_HANT] = zh;
        }
    }
    if (!cat_id && text)
        cat_id = salvage_string(st, text, tlen, NULL, "category");
    if (stub.title.s[LANG_EN]) {
        /* derived varieties (zh-HK, zh-Hans) are made later from zh-Hant, as for any topic */
    } else if (t->title.s[LANG_EN] && t->title.s[LANG_ZH_HANT]) {
        stub.title = t->title;
    } else {
        const char *tt = title_from_id(st, id);
        for (int l = 0; l < LANG_COUNT; l++)
            stub.title.s[l] = tt;
    }
    long c = cat_id ? store_find_category(st, cat_id) : -1;
    stub.category = c >= 0 ? (size_t)c : 0;
    stub.experimental = t->experimental;
    pt->t = stub;
    pt->stub = true;
    diag_add(d, DIAG_WARNING, rel, 0, 0, "kiosk mode shows this topic as \"temporarily unavailable\" until the file is fixed");
    return true;
}

/* Adds the topic files MANIFEST lists but the folder lacks, so that they too become
 * unavailable topics (their read fails) rather than vanish. */
static char **add_missing(char **names, size_t *n, const manifest *sums)
{
    size_t cap = *n;
    idmap have_names = { 0 };
    for (size_t k = 0; k < *n; k++)
        idmap_put(&have_names, names[k], k);
    for (size_t i = 0; i < sums->n; i++) {
        const char *p = sums->v[i].path;
        if (strncmp(p, "topics/", 7) != 0 || strchr(p + 7, '/'))
            continue;
        size_t len = strlen(p);
        if (len < 7 + 6 || strcmp(p + len - 5, ".json") != 0)
            continue;
        if (idmap_get(&have_names, p + 7) < 0) {
            XGROW(names, cap, *n + 1);
            names[*n] = xstrdup(p + 7);
            idmap_put(&have_names, names[*n], *n);
            (*n)++;
        }
    }
    idmap_free(&have_names);
    if (*n)
        qsort(names, *n, sizeof *names, lc_cmp_name);
    return names;
}

/* Once a topic is read and checked, its file's text and parse tree go: only a bad
 * link still needs them (for its line and column), and reopen_topic reads the file
 * again then.  So loading holds one file at a time, not the whole library. */
static void close_topic(pending_topic *pt)
{
    if (pt->root)
        lc_done(&pt->ctx, pt->root);
    pt->root = NULL;
    free(pt->text);
    pt->text = NULL;
    pt->ctx.text = NULL;
    pt->ctx.len = 0;
    pt->related_node = pt->refs_node = pt->category_node = NULL;
}

static void reopen_topic(store *st, const char *dir, pending_topic *pt)
{
    if (pt->root)
        return;
    diag quiet = { 0 }; /* the file was read once already; a message now would repeat it */
    size_t len = 0;
    diag *d = pt->ctx.d;
    const char *file = pt->ctx.file;
    pt->text = lc_read_file(&quiet, dir, file, CONTENT_FILE_MAX, &len);
    if (pt->text)
        pt->root = lc_parse(&pt->ctx, st, &quiet, file, pt->text, len);
    pt->ctx.d = d;
    pt->ctx.file = file;
    diag_free(&quiet);
    if (pt->root) {
        pt->related_node = cJSON_GetObjectItemCaseSensitive(pt->root, "related");
        pt->refs_node = cJSON_GetObjectItemCaseSensitive(pt->root, "references");
    }
}

static void load_topics(store *st, diag *d, const char *dir, long today, failed_ids *failed, const load_opts *opts,
                        const manifest *sums)
{
    bool lenient = opts && opts->lenient;
    size_t nfiles;
    char **names = lc_list_json(d, dir, "topics", true, &nfiles);
    if (lenient)
        names = add_missing(names, &nfiles, sums);
    pending_topic *pts = xcalloc(nfiles ? nfiles : 1, sizeof *pts);
    size_t nok = 0;
    idmap seen = { 0 };     /* topic id -> the first file (index into pts) with it */
    long *same_id = xmalloc(sizeof *same_id * (nfiles ? nfiles : 1)); /* the next file with the same id, or -1 */
    for (size_t i = 0; i < nfiles; i++)
        same_id[i] = -1;
    for (size_t i = 0; i < nfiles; i++) {
        pending_topic *pt = &pts[i];
        size_t errors_before = d->errors, msgs_before = d->n;
        bool ok = load_topic(st, d, dir, names[i], pt);
        if (ok && pt->t.id) {
            for (long j = idmap_get(&seen, pt->t.id); j >= 0; j = same_id[j]) {
                lc_error(&pt->ctx, cJSON_GetObjectItemCaseSensitive(pt->root, "id"), "id",
                         "duplicate topic id \"%s\" (also in %s)", pt->t.id, pts[j].t.file);
                ok = false;
            }
        }
        if (ok && pt->category_id) {
            long c = store_find_category(st, pt->category_id);
            if (c < 0) {
                strbuf b = { 0 };
                for (size_t k = 0; k < st->ncategories; k++)
                    sb_printf(&b, "%s%s", k ? ", " : "", st->categories[k].id);
                lc_error(&pt->ctx, pt->category_node, "category",
                         "unknown category \"%s\"; categories.json has: %s", pt->category_id, b.s ? b.s : "none");
                sb_free(&b);
                ok = false;
            } else {
                pt->t.category = (size_t)c;
            }
        }
        if (ok && today && date_days(pt->t.next_review) < today)
            lc_warn(&pt->ctx, cJSON_GetObjectItemCaseSensitive(pt->root, "next_review"), "next_review",
                    "the review date %s has passed; review the topic and set a new date", pt->t.next_review);
        if (ok && date_days(pt->t.next_review) < date_days(pt->t.last_reviewed)) {
            lc_error(&pt->ctx, cJSON_GetObjectItemCaseSensitive(pt->root, "next_review"), "next_review",
                     "the next review (%s) is before the last review (%s)", pt->t.next_review, pt->t.last_reviewed);
            ok = false;
        }
        if (!ok)
            failed_add(failed, names[i]);
        if (lenient)
            ok = lenient_topic(st, d, dir, names[i], pt, ok, sums, errors_before, msgs_before);
        if (ok)
            nok++;
        pt->failed = !ok;
        if (pt->t.id) { /* chain it after the earlier files with its id, in file order */
            size_t first = idmap_put(&seen, pt->t.id, i);
            if (first != i) {
                size_t last = first;
                while (same_id[last] >= 0)
                    last = (size_t)same_id[last];
                same_id[last] = (long)i;
            }
        }
        close_topic(pt);
    }
    idmap_free(&seen);
    free(same_id);
    if (nfiles == 0 && names == NULL && d->errors == 0)
        diag_add(d, DIAG_ERROR, "topics", 0, 0, "no topics; add at least one topics/ID.json");

    /* Keep the good ones, in store order. */
    st->topics = arena_alloc(&st->mem, sizeof *st->topics * (nok ? nok : 1));
    for (size_t i = 0; i < nfiles; i++)
        if (!pts[i].failed)
            st->topics[st->ntopics++] = pts[i].t;
    qsort_r(st->topics, st->ntopics, sizeof *st->topics, cmp_topic_order, st);
    for (size_t i = 0; i < st->ntopics; i++)
        idmap_put(&st->topic_ids, st->topics[i].id, i);

    /* Resolve links; report against the file each came from. */
    for (size_t i = 0; i < nfiles; i++) {
        pending_topic *pt = &pts[i];
        if (pt->failed || pt->stub)
            goto done;
        size_t errors_before = d->errors, msgs_before = d->n;
        long self = store_find_topic(st, pt->t.id);
        topic *t = &st->topics[self];
        t->related = arena_alloc(&st->mem, sizeof *t->related * (pt->nrelated ? pt->nrelated : 1));
        for (size_t k = 0; k < pt->nrelated; k++) {
            long r = store_find_topic(st, pt->related_ids[k]);
            char p[LC_PATH_MAX];
            lc_path_index(p, sizeof p, "", "related", k);
            if (r < 0 && failed_has(failed, pt->related_ids[k]))
                continue; /* that topic has its own errors */
            if (r < 0 || r == self)
                reopen_topic(st, dir, pt);
            if (r < 0)
                lc_error(&pt->ctx, cJSON_GetArrayItem(pt->related_node, (int)k), p,
                         "unknown topic id \"%s\"", pt->related_ids[k]);
            else if (r == self)
                lc_warn(&pt->ctx, cJSON_GetArrayItem(pt->related_node, (int)k), p, "a topic need not link to itself");
            else
                t->related[t->nrelated++] = (size_t)r;
        }
        t->refs = arena_alloc(&st->mem, sizeof *t->refs * (pt->nref ? pt->nref : 1));
        for (size_t k = 0; k < pt->nref; k++) {
            long r = store_find_reference(st, pt->ref_ids[k]);
            char p[LC_PATH_MAX];
            lc_path_index(p, sizeof p, "", "references", k);
            if (r < 0)
                reopen_topic(st, dir, pt);
            if (r < 0)
                lc_error(&pt->ctx, cJSON_GetArrayItem(pt->refs_node, (int)k), p,
                         "unknown reference id \"%s\"; add it to references.json", pt->ref_ids[k]);
            else
                t->refs[t->nrefs++] = (size_t)r;
        }
        if (lenient)
            downgrade(d, errors_before, msgs_before); /* a bad link is left out; the topic still shows */
    done:
        if (pt->root)
            lc_done(&pt->ctx, pt->root);
        free(pt->text);
        free(names[i]);
    }
    free(pts);
    free(names);
}

/* ---- the whole store ------------------------------------------------------------ */

static void link_categories(store *st, diag *d, const failed_ids *failed)
{
    for (size_t c = 0; c < st->ncategories; c++) {
        category *cat = &st->categories[c];
        cat->topics = arena_alloc(&st->mem, sizeof *cat->topics * (st->ntopics ? st->ntopics : 1));
        for (size_t t = 0; t < st->ntopics; t++)
            if (st->topics[t].category == c)
                cat->topics[cat->ntopics++] = t;
    }
    for (size_t c = 0; c < st->ncategories; c++)
        if (st->categories[c].ntopics == 0 && failed->n == 0)
            diag_add(d, DIAG_ERROR, "categories.json", 0, 0,
                     "category \"%s\" has no topics; add a topic with \"category\": \"%s\" or remove the category",
                     st->categories[c].id, st->categories[c].id);
}

/* ---- common questions ---- */

static void size_questions(store *st, size_t n, void *user)
{
    (void)user;
    st->questions = arena_alloc(&st->mem, sizeof *st->questions * (n ? n : 1));
}

/* The section of topic t whose English heading is heading, or -1. */
static long find_section(const topic *t, const char *heading)
{
    for (size_t s = 0; s < t->nsections; s++)
        if (strcmp(lt(&t->sections[s].heading, LANG_EN), heading) == 0)
            return (long)s;
    return -1;
}

static void load_question(load_ctx *ctx, const cJSON *item, const char *p, void *user)
{
    const failed_ids *failed = user;
    store *st = ctx->st;
    question q = { 0 };
    const char *topic_id = NULL, *heading = NULL;
    const char **ref_ids = NULL;
    size_t nref = 0;
    bool ok = lc_string(ctx, item, p, "id", true, &q.id);
    ok &= lc_ltext(ctx, item, p, "question", true, &q.question);
    ok &= lc_ltext(ctx, item, p, "answer", true, &q.answer);
    ok &= lc_string(ctx, item, p, "topic", true, &topic_id);
    ok &= lc_string(ctx, item, p, "section", true, &heading);
    ok &= lc_idlist(ctx, item, p, "references", true, &ref_ids, &nref);
    ok &= lc_date(ctx, item, p, "last_reviewed", q.last_reviewed);
    ok &= lc_date(ctx, item, p, "next_review", q.next_review);
    if (q.id && !lc_valid_id(q.id)) {
        lc_error(ctx, item, p, "id \"%s\" may use only a-z, 0-9 and -", q.id);
        ok = false;
    }
    for (size_t i = 0; q.id && i < st->nquestions; i++)
        if (strcmp(st->questions[i].id, q.id) == 0) {
            lc_error(ctx, item, p, "duplicate question id \"%s\"", q.id);
            ok = false;
        }
    if (ok && !nref) {
        lc_error(ctx, item, p, "every answer needs at least one source in \"references\"");
        ok = false;
    }
    if (ok) {
        q.refs = arena_alloc(&st->mem, sizeof *q.refs * nref);
        for (size_t k = 0; k < nref; k++) {
            long r = store_find_reference(st, ref_ids[k]);
            if (r < 0) {
                lc_error(ctx, item, p, "unknown reference id \"%s\"; add it to references.json", ref_ids[k]);
                ok = false;
            } else {
                q.refs[q.nrefs++] = (size_t)r;
            }
        }
    }
    if (ok && strcmp(q.next_review, q.last_reviewed) < 0) {
        lc_error(ctx, item, p, "the next review (%s) is before the last review (%s)", q.next_review, q.last_reviewed);
        ok = false;
    }
    if (ok && st->today && date_days(q.next_review) < st->today)
        lc_warn(ctx, item, p, "the review date %s has passed; review the answer and set a new date", q.next_review);
    long t = ok ? store_find_topic(st, topic_id) : -1;
    if (ok && t < 0) {
        if (!failed_has(failed, topic_id))
            lc_error(ctx, item, p, "unknown topic id \"%s\"; give the topic that answers the question in full", topic_id);
        ok = false; /* a topic that failed its checksum takes its questions with it */
    }
    long s = t >= 0 ? find_section(&st->topics[t], heading) : -1;
    if (t >= 0 && s < 0 && !st->topics[t].unavailable) {
        strbuf b = { 0 };
        for (size_t k = 0; k < st->topics[t].nsections; k++)
            sb_printf(&b, "%s\"%s\"", k ? ", " : "", lt(&st->topics[t].sections[k].heading, LANG_EN));
        lc_error(ctx, item, p, "topic \"%s\" has no section headed \"%s\" (in English); its sections are %s", topic_id,
                 heading, b.s ? b.s : "none");
        sb_free(&b);
        ok = false;
    }
    if (ok && s >= 0) {
        q.topic = (size_t)t;
        q.section = (size_t)s;
        st->questions[st->nquestions++] = q;
    }
}

/* questions.json is optional: a store without it has no "Common questions" screen. */
static void load_questions(store *st, diag *d, const char *dir, const failed_ids *failed)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/questions.json", dir);
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    fclose(f);
    static const char *const known_root[] = { "questions", NULL };
    static const char *const known[] = { "id", "question", "answer", "topic", "section", "references",
                                         "last_reviewed", "next_review", NULL };
    static const list_file lf = { "questions.json", "questions", known_root, known, load_question };
    load_list(st, d, dir, &lf, size_questions, (void *)failed, NULL);
}

/* Where categories.json names its start_here topic, and where glossary.json's term
 * with id user names its topic: for messages about them (lc_error_later). */
static const cJSON *find_start_here(const cJSON *root, const void *user)
{
    (void)user;
    return cJSON_GetObjectItemCaseSensitive(root, "start_here");
}

static const cJSON *find_term_topic(const cJSON *root, const void *id)
{
    const cJSON *term;
    cJSON_ArrayForEach(term, cJSON_GetObjectItemCaseSensitive(root, "terms")) {
        const cJSON *tid = cJSON_GetObjectItemCaseSensitive(term, "id");
        if (cJSON_IsString(tid) && strcmp(tid->valuestring, id) == 0)
            return cJSON_GetObjectItemCaseSensitive(term, "topic");
    }
    return NULL;
}

bool store_load(store *st, const char *dir, const load_opts *opts, diag *d)
{
    *st = (store){ .start_here = -1 };
    st->dir = arena_strdup(&st->mem, dir);
    if (opts && opts->clinic_contact && *opts->clinic_contact)
        st->clinic_contact.s[LANG_EN] = arena_strdup(&st->mem, opts->clinic_contact);
    if (opts && opts->clinic_contact_zh && *opts->clinic_contact_zh)
        st->clinic_contact.s[LANG_ZH_HANT] = arena_strdup(&st->mem, opts->clinic_contact_zh);
    for (lang_t l = LANG_EN; l < LANG_COUNT; l++)
        if (lang_is_derived(l)) /* until store_derive makes it */
            st->clinic_contact.s[l] = st->clinic_contact.s[LANG_ZH_HANT];
    size_t errors_before = d->errors;
    long today = opts && opts->today ? opts->today : (long)(time(NULL) / 86400);
    st->today = today;

    load_references(st, d, dir);
    load_regional(st, d, dir); /* before any text, so --check-content can check every variety */
    if (opts && opts->check_varieties)
        st->checking = regional_open(&st->regional);
    st->text_warnings = opts && (opts->check_varieties || opts->lenient);
    const char *start_here = NULL;
    load_categories(st, d, dir, &start_here);
    if (st->ncategories) { /* categories is NULL when categories.json could not be read */
        qsort(st->categories, st->ncategories, sizeof *st->categories, cmp_cat_order);
        idmap_free(&st->category_ids);
        for (size_t c = 0; c < st->ncategories; c++)
            idmap_put(&st->category_ids, st->categories[c].id, c);
    }
    const char **gloss_topics = NULL;
    load_glossary(st, d, dir, &gloss_topics);
    failed_ids failed = { 0 };
    manifest sums = { 0 };
    if (opts && opts->lenient) {
        size_t errors_before = d->errors, msgs_before = d->n;
        manifest_load(&sums, dir, d);
        if (sums.present && !manifest_can_check())
            diag_add(d, DIAG_WARNING, "MANIFEST", 0, 0, "%s", MANIFEST_NO_NETTLE);
        downgrade(d, errors_before, msgs_before); /* a damaged MANIFEST checks fewer files */
    }
    load_topics(st, d, dir, today, &failed, opts, &sums);
    manifest_free(&sums);
    link_categories(st, d, &failed);

    if (start_here) {
        st->start_here = store_find_topic(st, start_here);
        if (st->start_here < 0 && !failed_has(&failed, start_here))
            lc_error_later(st, d, dir, "categories.json", find_start_here, NULL, "start_here",
                           "unknown topic id \"%s\"", start_here);
    }
    for (size_t g = 0; g < st->nglossary; g++) {
        if (!gloss_topics[g])
            continue;
        st->glossary[g].topic = store_find_topic(st, gloss_topics[g]);
        if (st->glossary[g].topic < 0 && !failed_has(&failed, gloss_topics[g])) {
            char path[256];
            snprintf(path, sizeof path, "terms[%zu] (\"%s\")", g, st->glossary[g].id);
            lc_error_later(st, d, dir, "glossary.json", find_term_topic, st->glossary[g].id, path,
                           "unknown topic id \"%s\"", gloss_topics[g]);
        }
    }
    load_questions(st, d, dir, &failed);
    load_treatments(st, d);
    failed_free(&failed);
    regional_close(st->checking);
    st->checking = NULL;
    st->text_warnings = false;

    if (d->errors > errors_before) {
        store_free(st);
        return false;
    }
    return true;
}

/* The index of id in n items of size sz whose id field is at offset off: through the
 * map when the loader kept one; in a pack-backed store the map is made on the first
 * lookup of its kind (opening a pack then builds no map it does not use); else by
 * scanning (a store made by hand). */
static long find_id(const store *st, const idmap *m, const void *items, size_t n, size_t sz, size_t off,
                    const char *id)
{
    if (!m->n && n && st->backing) {
        /* a cache of what the store already holds: filling it changes no answer */
        idmap *fill = (idmap *)m;
        for (size_t i = 0; i < n; i++)
            idmap_put(fill, *(const char *const *)((const char *)items + i * sz + off), i);
    }
    if (m->n || !n)
        return idmap_get(m, id);
    for (size_t i = 0; i < n; i++)
        if (strcmp(*(const char *const *)((const char *)items + i * sz + off), id) == 0)
            return (long)i;
    return -1;
}

long store_find_topic(const store *st, const char *id)
{
    if (st->backing) /* a pack keeps its own sorted table of ids */
        return st->backing->ops->find_topic(st->backing, id);
    return find_id(st, &st->topic_ids, st->topics, st->ntopics, sizeof *st->topics, offsetof(topic, id), id);
}

long store_find_category(const store *st, const char *id)
{
    return find_id(st, &st->category_ids, st->categories, st->ncategories, sizeof *st->categories,
                   offsetof(category, id), id);
}

long store_find_reference(const store *st, const char *id)
{
    return find_id(st, &st->ref_ids, st->refs, st->nrefs, sizeof *st->refs, offsetof(reference, id), id);
}

long store_find_glossary(const store *st, const char *id)
{
    return find_id(st, &st->gloss_ids, st->glossary, st->nglossary, sizeof *st->glossary, offsetof(gloss_term, id),
                   id);
}

void store_free(store *st)
{
    idmap_free(&st->topic_ids);
    idmap_free(&st->category_ids);
    idmap_free(&st->ref_ids);
    idmap_free(&st->gloss_ids);
    if (st->backing)
        st->backing->ops->close(st->backing); /* unmaps a pack: after this no string of st is valid */
    arena_free(&st->mem);
    *st = (store){ .start_here = -1 };
}
