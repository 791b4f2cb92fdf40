/* Writes a store as a content pack (docs/pack-format.md). */
#include <errno.h>
#include <fcntl.h>
#include <lz4.h>
#include <lz4hc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "content/treatment.h"
#include "core/i18n.h"
#include "core/idmap.h"
#include "core/strbuf.h"
#include "core/xalloc.h"
#include "pack/pack.h"
#include "pack/pack_chunks.h"
#include "pack/pack_format.h"
#include "pack/pack_index.h"

const char pack_section_kind[SEC_COUNT][5] = { "META", "STRS", "REFS", "REGN", "CATG", "TOPC",
                                               "TLOC", "GLOS", "QUES", "TRTM", "BODY", "INDX" };

/* Strings, each once, NUL-terminated; a reference is the offset of its first byte. */
typedef struct strtab {
    strbuf b;
    idmap seen; /* keys are the store's strings, which outlive the writer */
} strtab;

typedef struct writer {
    strbuf sec[SEC_COUNT];
    strtab eager;     /* STRS */
    bool too_big;     /* an offset does not fit 32 bits */
} writer;

static void w32(strbuf *b, uint32_t v)
{
    unsigned char x[4];
    put_u32(x, v);
    sb_append(b, (const char *)x, 4);
}

static void wint(strbuf *b, long v) { w32(b, (uint32_t)(int32_t)v); }

static uint32_t str_ref(writer *w, strtab *t, const char *s)
{
    if (!s)
        return PACK_NONE;
    long at = idmap_get(&t->seen, s);
    if (at >= 0)
        return (uint32_t)at;
    size_t off = t->b.len;
    if (off >= PACK_NONE) {
        w->too_big = true;
        return PACK_NONE;
    }
    sb_append(&t->b, s, strlen(s) + 1);
    idmap_put(&t->seen, s, off);
    return (uint32_t)off;
}

static void wstr(writer *w, strbuf *b, strtab *t, const char *s) { w32(b, str_ref(w, t, s)); }

static void wltext(writer *w, strbuf *b, strtab *t, const ltext *x)
{
    w32(b, x->own);
    for (int l = 0; l < LANG_COUNT; l++)
        wstr(w, b, t, x->s[l]);
}

static void wlwords(writer *w, strbuf *b, strtab *t, const lwords *x)
{
    for (int l = 0; l < LANG_COUNT; l++) {
        size_t n = x->w[l] ? x->n[l] : 0;
        w32(b, (uint32_t)n);
        for (size_t i = 0; i < n; i++)
            wstr(w, b, t, x->w[l][i]);
    }
}

static void windices(strbuf *b, const size_t *v, size_t n)
{
    w32(b, (uint32_t)n);
    for (size_t i = 0; i < n; i++)
        w32(b, (uint32_t)v[i]);
}

static void write_refs(writer *w, const store *st)
{
    strbuf *b = &w->sec[SEC_REFS];
    for (size_t i = 0; i < st->nrefs; i++) {
        const reference *r = &st->refs[i];
        const char *f[] = { r->id, r->citation, r->doi, r->pmid, r->registry, r->url };
        for (size_t k = 0; k < sizeof f / sizeof *f; k++)
            wstr(w, b, &w->eager, f[k]);
    }
}

static void write_regional(writer *w, const store *st)
{
    strbuf *b = &w->sec[SEC_REGN];
    const regional_table *rt = &st->regional;
    w32(b, (uint32_t)rt->nterms);
    for (size_t i = 0; i < rt->nterms; i++) {
        const regional_term *t = &rt->terms[i];
        wstr(w, b, &w->eager, t->id);
        w32(b, t->kind);
        for (int l = 0; l < LANG_COUNT; l++)
            wstr(w, b, &w->eager, t->form[l]);
        w32(b, (uint32_t)t->nsearch);
        for (size_t k = 0; k < t->nsearch; k++)
            wstr(w, b, &w->eager, t->search[k]);
        w32(b, t->shared);
        wstr(w, b, &w->eager, t->note);
        windices(b, t->refs, t->nrefs);
    }
    for (int l = 0; l < LANG_COUNT; l++) {
        w32(b, (uint32_t)rt->nmarks[l]);
        for (size_t k = 0; k < rt->nmarks[l]; k++) {
            wstr(w, b, &w->eager, rt->marks[l][k].from);
            wstr(w, b, &w->eager, rt->marks[l][k].to);
        }
    }
}

static void write_categories(writer *w, const store *st)
{
    strbuf *b = &w->sec[SEC_CATG];
    for (size_t i = 0; i < st->ncategories; i++) {
        const category *c = &st->categories[i];
        wstr(w, b, &w->eager, c->id);
        wint(b, c->order);
        wltext(w, b, &w->eager, &c->title);
        wltext(w, b, &w->eager, &c->description);
        windices(b, c->topics, c->ntopics);
    }
}

/* A topic's body: its words (keywords, sections, blocks, items, figures), then its own
 * strings, so that reading it checks one range of the file; compressed as an LZ4 block
 * at LZ4HC's strongest level (written once, at make time), which keeps the pack small
 * (bodies are most of it).  LZ4, not zlib: a search decompresses the body of every
 * result it shows a snippet of, and LZ4 does it in a quarter of libdeflate's time.
 * Appends the compressed body (clen bytes) to body and returns its length inflated. */
static size_t write_body(writer *w, const topic *t, strbuf *body, size_t *clen)
{
    strbuf words = { 0 }, plain = { 0 };
    strtab strs = { 0 };
    wlwords(w, &words, &strs, &t->keywords);
    for (size_t s = 0; s < t->nsections; s++) {
        const section *sec = &t->sections[s];
        wltext(w, &words, &strs, &sec->heading);
        w32(&words, (uint32_t)sec->nblocks);
        for (size_t k = 0; k < sec->nblocks; k++) {
            const block *bl = &sec->blocks[k];
            w32(&words, bl->kind);
            wltext(w, &words, &strs, &bl->text);
            wint(&words, bl->count);
            wint(&words, bl->total);
            w32(&words, (uint32_t)bl->nart);
            for (size_t a = 0; a < bl->nart; a++)
                wstr(w, &words, &strs, bl->art[a]);
            w32(&words, (uint32_t)bl->nitems);
            for (size_t i = 0; i < bl->nitems; i++)
                wltext(w, &words, &strs, &bl->items[i]);
        }
    }
    sb_putc(&strs.b, '\0'); /* the string area always ends with a NUL (the reader relies on it) */
    w32(&plain, (uint32_t)(words.len / 4));
    sb_append(&plain, words.s ? words.s : "", words.len);
    sb_append(&plain, strs.b.s, strs.b.len);
    size_t zlen = 0;
    char *z = NULL;
    if (plain.len <= PACK_BODY_MAX) {
        int bound = LZ4_compressBound((int)plain.len);
        z = xmalloc((size_t)bound);
        zlen = (size_t)LZ4_compress_HC(plain.s, z, (int)plain.len, bound, LZ4HC_CLEVEL_MAX);
    }
    if (!zlen)
        w->too_big = true; /* a body the reader would refuse */
    sb_append(body, z, zlen);
    free(z);
    *clen = zlen;
    while (body->len % 8)
        sb_putc(body, '\0');
    size_t ulen = plain.len;
    sb_free(&words);
    sb_free(&plain);
    sb_free(&strs.b);
    idmap_free(&strs.seen);
    return ulen;
}

/* qsort_r's order of topic indices: by id (strcmp), equal ids in store order. */
static int cmp_topic_id(const void *a, const void *b, void *user)
{
    const store *st = user;
    uint32_t i = *(const uint32_t *)a, k = *(const uint32_t *)b;
    int c = strcmp(st->topics[i].id, st->topics[k].id);
    return c ? c : (i > k) - (i < k);
}

/* TLOC: where each topic's record starts in TOPC, then the topics in id order, so that
 * a reader finds a topic, or looks one up by id, without reading the others. */
static void write_topic_locator(writer *w, const store *st, const uint32_t *record_at)
{
    strbuf *b = &w->sec[SEC_TLOC];
    uint32_t *order = xmalloc((st->ntopics ? st->ntopics : 1) * sizeof *order);
    for (size_t i = 0; i < st->ntopics; i++) {
        w32(b, record_at[i]);
        order[i] = (uint32_t)i;
    }
    qsort_r(order, st->ntopics, sizeof *order, cmp_topic_id, (void *)st);
    for (size_t i = 0; i < st->ntopics; i++)
        w32(b, order[i]);
    free(order);
}

static void write_topics(writer *w, const store *st)
{
    strbuf *b = &w->sec[SEC_TOPC], *body = &w->sec[SEC_BODY];
    uint32_t *record_at = xmalloc((st->ntopics ? st->ntopics : 1) * sizeof *record_at);
    for (size_t i = 0; i < st->ntopics; i++) {
        const topic *t = &st->topics[i];
        if (b->len > PACK_NONE)
            w->too_big = true;
        record_at[i] = (uint32_t)b->len;
        wstr(w, b, &w->eager, t->id);
        wstr(w, b, &w->eager, t->file);
        w32(b, (uint32_t)t->category);
        wint(b, t->order);
        wltext(w, b, &w->eager, &t->title);
        wltext(w, b, &w->eager, &t->summary);
        windices(b, t->related, t->nrelated);
        windices(b, t->refs, t->nrefs);
        wstr(w, b, &w->eager, t->last_reviewed);
        wstr(w, b, &w->eager, t->next_review);
        w32(b, (uint32_t)t->experimental | (uint32_t)t->unavailable << 1);
        w32(b, (uint32_t)t->nsections);
        size_t at = body->len;
        size_t clen, ulen = write_body(w, t, body, &clen);
        if (body->len > PACK_NONE)
            w->too_big = true;
        w32(b, (uint32_t)at);
        w32(b, (uint32_t)clen);
        w32(b, (uint32_t)ulen);
    }
    write_topic_locator(w, st, record_at);
    free(record_at);
}

static void write_glossary(writer *w, const store *st)
{
    strbuf *b = &w->sec[SEC_GLOS];
    for (size_t i = 0; i < st->nglossary; i++) {
        const gloss_term *g = &st->glossary[i];
        wstr(w, b, &w->eager, g->id);
        wltext(w, b, &w->eager, &g->term);
        wltext(w, b, &w->eager, &g->definition);
        wlwords(w, b, &w->eager, &g->aliases);
        wint(b, g->topic);
        w32(b, g->everyday);
    }
}

static void write_questions(writer *w, const store *st)
{
    strbuf *b = &w->sec[SEC_QUES];
    for (size_t i = 0; i < st->nquestions; i++) {
        const question *q = &st->questions[i];
        wstr(w, b, &w->eager, q->id);
        wltext(w, b, &w->eager, &q->question);
        wltext(w, b, &w->eager, &q->answer);
        w32(b, (uint32_t)q->topic);
        w32(b, (uint32_t)q->section);
        windices(b, q->refs, q->nrefs);
        wstr(w, b, &w->eager, q->last_reviewed);
        wstr(w, b, &w->eager, q->next_review);
    }
}

static void write_icons(writer *w, strbuf *b, const tx_icons *x)
{
    wint(b, x->count);
    wint(b, x->total);
    wltext(w, b, &w->eager, &x->text);
    windices(b, x->refs, x->nrefs);
}

static void write_treatment(writer *w, strbuf *b, const treatment *t)
{
    wstr(w, b, &w->eager, t->id);
    wstr(w, b, &w->eager, t->file);
    wint(b, t->order);
    wint(b, t->topic);
    wltext(w, b, &w->eager, &t->name);
    wlwords(w, b, &w->eager, &t->aliases);
    w32(b, t->kind);
    w32(b, t->status);
    const ltext *texts1[] = { &t->status_note, &t->approved_in, &t->what, &t->how_it_works };
    for (size_t k = 0; k < sizeof texts1 / sizeof *texts1; k++)
        wltext(w, b, &w->eager, texts1[k]);
    w32(b, t->for_types);
    w32(b, t->for_activity);
    w32(b, t->for_sites);
    w32(b, t->for_ages);
    wltext(w, b, &w->eager, &t->who_for);
    wltext(w, b, &w->eager, &t->pregnancy);
    w32(b, t->evidence);
    const ltext *texts2[] = { &t->evidence_reason, &t->involves, &t->how_soon, &t->chance,
                              &t->side_effects, &t->serious_risks, &t->if_stop, &t->cost };
    for (size_t k = 0; k < sizeof texts2 / sizeof *texts2; k++)
        wltext(w, b, &w->eager, texts2[k]);
    windices(b, t->chance_refs, t->nchance_refs);
    wint(b, t->chance_icons);
    wint(b, t->chance_icons_total);
    write_icons(w, b, &t->chance_comparator);
    write_icons(w, b, &t->side_effects_icons);
    windices(b, t->refs, t->nrefs);
    w32(b, (uint32_t)t->nquestions);
    for (size_t k = 0; k < t->nquestions; k++)
        wltext(w, b, &w->eager, &t->questions[k]);
    w32(b, t->priorities);
    w32(b, (uint32_t)t->nrules);
    for (size_t k = 0; k < t->nrules; k++) {
        const tx_rule *r = &t->rules[k];
        w32(b, r->type);
        w32(b, r->activity);
        w32(b, r->site);
        w32(b, r->site_only);
        w32(b, r->age);
        w32(b, r->pregnant);
        w32(b, r->fit);
        wltext(w, b, &w->eager, &r->reason);
    }
    w32(b, t->default_fit);
    wltext(w, b, &w->eager, &t->default_reason);
    wstr(w, b, &w->eager, t->last_reviewed);
    wstr(w, b, &w->eager, t->next_review);
}

static void write_meta(writer *w, const store *st)
{
    strbuf *b = &w->sec[SEC_META];
    wint(b, st->start_here);
    w32(b, (uint32_t)st->text_bytes);
    w32(b, (uint32_t)((uint64_t)st->text_bytes >> 32));
}

static size_t section_count(const store *st, pack_section s)
{
    switch (s) {
    case SEC_REFS: return st->nrefs;
    case SEC_REGN: return st->regional.nterms;
    case SEC_CATG: return st->ncategories;
    case SEC_TOPC: return st->ntopics;
    case SEC_TLOC: return st->ntopics;
    case SEC_GLOS: return st->nglossary;
    case SEC_QUES: return st->nquestions;
    case SEC_TRTM: return st->ntreatments;
    default: return 0;
    }
}

static bool write_all(int fd, const void *p, size_t n)
{
    const char *c = p;
    while (n) {
        ssize_t k = write(fd, c, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return false;
        c += k;
        n -= (size_t)k;
    }
    return true;
}

/* header | section table | group table | chunk table | data area, written to path.tmp and renamed
 * over path, so a reader never sees half a pack. */
static bool write_file(const char *path, const unsigned char *head, size_t headlen, const strbuf *data, char *err,
                       size_t errn)
{
    /* the pack replaces a file of its own name, never something else of that name: a
     * rename over /dev/null, a pipe or a link would take its place */
    struct stat old;
    if (lstat(path, &old) == 0 && !S_ISREG(old.st_mode)) {
        snprintf(err, errn, _("cannot write %s: it is not a regular file; give the pack a file name of its own"),
                 path);
        return false;
    }
    size_t tmpn = strlen(path) + 5;
    char *tmp = xmalloc(tmpn);
    snprintf(tmp, tmpn, "%s.tmp", path);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    bool ok = fd >= 0 && write_all(fd, head, headlen) && write_all(fd, data->s ? data->s : "", data->len) &&
              fsync(fd) == 0;
    int e = errno;
    if (fd >= 0 && close(fd) != 0 && ok) {
        ok = false;
        e = errno;
    }
    if (ok && rename(tmp, path) != 0) {
        ok = false;
        e = errno;
    }
    if (!ok) {
        snprintf(err, errn, _("cannot write %s: %s"), fd < 0 ? tmp : path, strerror(e));
        if (fd >= 0)
            unlink(tmp);
    }
    free(tmp);
    return ok;
}

bool pack_write(const store *st, const unsigned char *manifest_sum, const char *path, char *err, size_t errn)
{
    writer w = { 0 };
    write_meta(&w, st);
    write_refs(&w, st);
    write_regional(&w, st);
    write_categories(&w, st);
    write_topics(&w, st);
    write_glossary(&w, st);
    write_questions(&w, st);
    for (size_t i = 0; i < st->ntreatments; i++)
        write_treatment(&w, &w.sec[SEC_TRTM], &st->treatments[i]);
    sb_putc(&w.eager.b, '\0'); /* the string area always ends with a NUL */
    sb_append(&w.sec[SEC_STRS], w.eager.b.s, w.eager.b.len);
    pack_index_write(st, &w.sec[SEC_INDX]);

    /* the data area: every section at a multiple of 8 */
    strbuf data = { 0 };
    uint64_t off[SEC_COUNT], size[SEC_COUNT];
    for (int s = 0; s < SEC_COUNT; s++) {
        /* the topic bodies start a chunk of their own, so opening (which checks the
         * chunks of the eager tables) never reads a body, and a damaged body never
         * stops the pack from opening */
        while (data.len % (s == SEC_BODY ? PACK_CHUNK_SIZE : 8))
            sb_putc(&data, '\0');
        off[s] = data.len;
        size[s] = w.sec[s].len;
        sb_append(&data, w.sec[s].s ? w.sec[s].s : "", w.sec[s].len);
        sb_free(&w.sec[s]);
    }
    sb_free(&w.eager.b);
    idmap_free(&w.eager.seen);
    bool ok = !w.too_big;
    if (!ok)
        snprintf(err, errn, "%s", _("the content is too large for a content pack (a table passes 4 GiB); split the library"));

    size_t nchunks = pack_chunk_count(data.len);
    size_t headlen = pack_data_offset(nchunks);
    unsigned char *head = xcalloc(headlen, 1);
    memcpy(head, PACK_MAGIC, PACK_MAGIC_LEN);
    put_u32(head + PACK_AT_VERSION, PACK_VERSION);
    put_u32(head + PACK_AT_NSECTIONS, SEC_COUNT);
    put_u64(head + PACK_AT_FILE_SIZE, headlen + data.len);
    put_u32(head + PACK_AT_CHUNK_SIZE, PACK_CHUNK_SIZE);
    put_u32(head + PACK_AT_NCHUNKS, (uint32_t)nchunks);
    put_u64(head + PACK_AT_DATA, headlen);
    put_u32(head + PACK_AT_HAS_MANIFEST, manifest_sum != NULL);
    put_u32(head + PACK_AT_GROUP, PACK_CHUNK_GROUP);
    if (manifest_sum)
        memcpy(head + PACK_AT_MANIFEST_SUM, manifest_sum, PACK_SUM_FIELD);
    for (int s = 0; s < SEC_COUNT; s++) {
        unsigned char *e = head + PACK_HEADER_SIZE + (size_t)s * PACK_SECTION_ENTRY;
        memcpy(e, pack_section_kind[s], 4);
        put_u64(e + 8, off[s]);
        put_u64(e + 16, size[s]);
        put_u64(e + 24, section_count(st, (pack_section)s));
    }
    pack_chunks_sum_all(data.s, data.len, head + pack_chunk_table_at(nchunks), head + pack_groups_at());
    pack_header_sum(head, pack_summed_head(nchunks), head + PACK_AT_HEADER_SUM);

    ok = ok && write_file(path, head, headlen, &data, err, errn);
    free(head);
    sb_free(&data);
    return ok;
}
