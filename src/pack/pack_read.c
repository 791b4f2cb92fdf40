/* Opens a content pack: maps it, checks the header, the section table and the eager
 * tables (every offset and index as it is followed), and builds the store's structs
 * with strings pointing into the mapping.  Topic bodies stay unread (pack_body.c). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "content/treatment.h"
#include "core/i18n.h"
#include "core/xalloc.h"
#include "pack/pack.h"
#include "pack/pack_rd.h"
#include "pack/pack_store.h"

static void pack_close(store_backing *b)
{
    pack *pk = (pack *)b;
    pack_chunks_free(&pk->chunks);
    free(pk->topics);
    free(pk->filled);
    free(pk->body_at);
    for (size_t w = 0; pk->holding && w < pk->nbodies / 64 + 1; w++)
        for (uint64_t bits = pk->holding[w]; bits; bits &= bits - 1)
            arena_free(&pk->bodies[w * 64 + (size_t)__builtin_ctzll(bits)].mem);
    free(pk->holding);
    free(pk->bodies);
    arena_free(&pk->mem);
    if (pk->map)
        munmap(pk->map, pk->maplen);
    free(pk);
}

static bool pack_damaged(const store_backing *b, size_t i)
{
    const pack *pk = (const pack *)b;
    return i < pk->nbodies && pk->bodies[i].state == BODY_DAMAGED;
}

static void pack_fill_topic(store_backing *b, const store *st, size_t i);
static long pack_find_topic(const store_backing *b, const char *id);
static bool pack_regional(store_backing *b, const store *st);

const store_backing_ops pack_backing_ops = { pack_body_sections, pack_body_keywords, pack_fill_topic, pack_find_topic,
                                             pack_damaged, pack_body_forget, pack_regional, pack_close };

pack *pack_of(const store *st)
{
    return st->backing && st->backing->ops == &pack_backing_ops ? (pack *)st->backing : NULL;
}

/* A reader over section s's words, with the eager strings. */
static rd section_reader(pack *pk, store *st, pack_section s)
{
    return (rd){ .p = pk->sec[s].p, .n = pk->sec[s].size, .strs = (const char *)pk->sec[SEC_STRS].p, .chunks = &pk->chunks,
                 .nstrs = pk->sec[SEC_STRS].size, .mem = &st->mem };
}

static bool done(const rd *r) { return !r->bad && r->at == r->n; }

static bool read_refs(pack *pk, store *st)
{
    rd r = section_reader(pk, st, SEC_REFS);
    st->nrefs = pk->sec[SEC_REFS].count;
    st->refs = rd_alloc(&r, st->nrefs, sizeof *st->refs);
    for (size_t i = 0; i < st->nrefs && !r.bad; i++) {
        reference *x = &st->refs[i];
        x->id = rd_str(&r);
        x->citation = rd_str(&r);
        x->doi = rd_str(&r);
        x->pmid = rd_str(&r);
        x->registry = rd_str(&r);
        x->url = rd_str(&r);
        r.bad |= !x->id || !x->citation;
    }
    return done(&r);
}

static void *arena_alloc_fn(void *mem, size_t n) { return arena_alloc(mem, n); }

static bool read_regional(pack *pk, store *st)
{
    rd r = section_reader(pk, st, SEC_REGN);
    regional_table *t = &st->regional;
    t->nterms = rd_count(&r, 1);
    r.bad |= t->nterms != pk->sec[SEC_REGN].count;
    t->terms = rd_alloc(&r, t->nterms, sizeof *t->terms);
    for (size_t i = 0; i < t->nterms && !r.bad; i++) {
        regional_term *x = &t->terms[i];
        x->id = rd_str(&r);
        x->kind = (term_kind)rd_enum(&r, TERM_KIND_COUNT);
        for (int l = 0; l < LANG_COUNT; l++)
            x->form[l] = rd_str(&r);
        x->nsearch = rd_count(&r, 1);
        x->search = rd_alloc(&r, x->nsearch, sizeof *x->search);
        for (size_t k = 0; k < x->nsearch; k++)
            x->search[k] = rd_str(&r);
        x->shared = rd_bool(&r);
        x->note = rd_str(&r);
        x->refs = rd_indices(&r, st->nrefs, &x->nrefs);
        r.bad |= !x->id || !x->form[LANG_ZH_HANT];
    }
    for (int l = 0; l < LANG_COUNT && !r.bad; l++) {
        t->nmarks[l] = rd_count(&r, 2);
        t->marks[l] = t->nmarks[l] ? rd_alloc(&r, t->nmarks[l], sizeof *t->marks[l]) : NULL;
        for (size_t k = 0; k < t->nmarks[l]; k++) {
            t->marks[l][k].from = rd_str(&r);
            t->marks[l][k].to = rd_str(&r);
            r.bad |= !t->marks[l][k].from || !t->marks[l][k].to;
        }
    }
    if (!done(&r))
        return false;
    regional_index(t, arena_alloc_fn, &st->mem);
    return true;
}

/* The regional table is read the first time it is asked for (store_regional): only
 * making a variety of the clinic's contact, and building a search index when the saved
 * one is damaged, need it, and reading it (and sorting its look-up order) was a third
 * of reading the tables at every start.  Its words were checked against their chunks'
 * sums at open, with the other tables'. */
static bool pack_regional(store_backing *b, const store *st)
{
    pack *pk = (pack *)b;
    if (pk->regional == REGIONAL_UNREAD)
        pk->regional = read_regional(pk, (store *)st) ? REGIONAL_READ : REGIONAL_DAMAGED; /* st is not const here */
    return pk->regional == REGIONAL_READ;
}

static bool read_categories(pack *pk, store *st)
{
    rd r = section_reader(pk, st, SEC_CATG);
    st->ncategories = pk->sec[SEC_CATG].count;
    st->categories = rd_alloc(&r, st->ncategories, sizeof *st->categories);
    for (size_t i = 0; i < st->ncategories && !r.bad; i++) {
        category *c = &st->categories[i];
        c->id = rd_str(&r);
        c->order = rd_int(&r);
        rd_ltext(&r, &c->title);
        rd_ltext(&r, &c->description);
        c->topics = rd_indices(&r, pk->sec[SEC_TOPC].count, &c->ntopics);
        r.bad |= !c->id;
    }
    return done(&r);
}

/* One topic record: into t, with its lists in r's arena, and where its body is into at. */
static void read_topic_record(rd *r, const pack *pk, topic *t, pack_body_at *at)
{
    size_t ntopics = pk->sec[SEC_TOPC].count;
    t->id = rd_str(r);
    t->file = rd_str(r);
    t->category = rd_index(r, pk->sec[SEC_CATG].count);
    t->order = rd_int(r);
    rd_ltext(r, &t->title);
    rd_ltext(r, &t->summary);
    t->related = rd_indices(r, ntopics, &t->nrelated);
    t->refs = rd_indices(r, pk->sec[SEC_REFS].count, &t->nrefs);
    rd_date(r, t->last_reviewed);
    rd_date(r, t->next_review);
    uint32_t flags = rd_u32(r);
    r->bad |= flags > 3 || !t->id || !t->file;
    t->experimental = flags & 1;
    t->unavailable = flags >> 1 & 1;
    at->nsections = rd_u32(r);
    at->off = rd_u32(r);
    at->len = rd_u32(r);
    at->ulen = rd_u32(r);
    /* the body must lie inside BODY; what is in it (and its length inflated) is
     * checked when it is read */
    size_t body_size = pk->sec[SEC_BODY].size;
    r->bad |= at->off > body_size || at->len > body_size - at->off;
}

/* TLOC, a word per topic twice: where topic i's record starts in TOPC, then the topic
 * at place i of the id order.  Either is checked where it is used. */
static uint32_t tloc_word(const pack *pk, size_t k) { return get_u32(pk->sec[SEC_TLOC].p + 4 * k); }

/* Nothing is read per topic here: a record is read, and checked, when its topic is
 * first used (pack_topic_fill), so opening a pack of 10,000 topics costs what opening
 * one of 30 does.  Reading and checking every record here was half of opening a pack
 * of 10,000 topics, most of it the kernel putting pages in place. */
static bool read_topics(pack *pk, store *st)
{
    st->ntopics = pk->sec[SEC_TOPC].count;
    /* a record's place is kept in 32 bits; TLOC has its two words per topic; a topic
     * always belongs to a category (an unreadable record falls back to the first) */
    if (pk->sec[SEC_TOPC].size > UINT32_MAX || pk->sec[SEC_TLOC].count != st->ntopics ||
        pk->sec[SEC_TLOC].size != 8 * st->ntopics || (st->ntopics && !st->ncategories))
        return false;
    size_t n = st->ntopics ? st->ntopics : 1;
    /* zeroed, and not written here: a page of them is only put in place when one of
     * its topics is filled in, or its body read */
    pk->body_at = xcalloc(n, sizeof *pk->body_at);
    pk->topics = xcalloc(n, sizeof *pk->topics);
    pk->bodies = xcalloc(n, sizeof *pk->bodies);
    pk->filled = xcalloc(n / 64 + 1, sizeof *pk->filled);
    pk->holding = xcalloc(n / 64 + 1, sizeof *pk->holding);
    pk->nbodies = st->ntopics;
    st->topics = pk->topics;
    st->topic_filled = pk->filled;
    return true;
}

/* A reader at topic i's record; lists go into mem (NULL: none are made).  Neither TOPC
 * nor STRS is checked against its sums at open: the reader checks each string it
 * reads, and read_record the record's own words. */
static rd topic_reader(pack *pk, size_t i, arena *mem)
{
    rd r = { .p = pk->sec[SEC_TOPC].p, .n = pk->sec[SEC_TOPC].size, .at = tloc_word(pk, i),
             .strs = (const char *)pk->sec[SEC_STRS].p, .nstrs = pk->sec[SEC_STRS].size, .mem = mem,
             .chunks = &pk->chunks };
    r.bad = r.at > r.n || r.at % 4;
    return r;
}

/* Topic i's record read into t and at, and its words checked against their chunks'
 * sums; false when it does not read or they fail. */
static bool read_record(pack *pk, size_t i, arena *mem, topic *t, pack_body_at *at)
{
    rd r = topic_reader(pk, i, mem);
    size_t start = r.at;
    read_topic_record(&r, pk, t, at);
    return !r.bad && pack_check(&pk->chunks, r.p + start, r.at - start);
}

/* Topic i's id, without filling the topic in; NULL when its record does not read (its
 * bytes are damaged).  pk changes only in its record of the chunks checked so far. */
static const char *topic_id(pack *pk, size_t i)
{
    rd r = topic_reader(pk, i, NULL);
    size_t start = r.at;
    const char *id = rd_str(&r);
    return id && !r.bad && pack_check(&pk->chunks, r.p + start, 4) ? id : NULL;
}

void pack_topic_fill(pack *pk, size_t i)
{
    if (pk->filled[i / 64] >> (i % 64) & 1)
        return;
    topic *t = &pk->topics[i];
    if (!read_record(pk, i, &pk->mem, t, &pk->body_at[i])) {
        /* its bytes are damaged (a chunk of the record or of one of its strings fails
         * its sum: a failing disk, a cut-short copy), or the pack was written wrong:
         * that topic alone is unavailable, as with a damaged body */
        const char *id = topic_id(pk, i);
        *t = (topic){ .id = id ? id : "", .file = "", .unavailable = true };
        pk->body_at[i] = (pack_body_at){ 0 };
        pk->bodies[i].state = BODY_DAMAGED;
    }
    pk->filled[i / 64] |= UINT64_C(1) << (i % 64);
}

static void pack_fill_topic(store_backing *b, const store *st, size_t i)
{
    (void)st;
    pack_topic_fill((pack *)b, i);
}

/* The id of the topic at place k of TLOC's id order; NULL when it cannot be read (a
 * place past the topics, a damaged record). */
static const char *id_at_place(pack *pk, size_t k)
{
    uint32_t t = tloc_word(pk, pk->sec[SEC_TOPC].count + k);
    return t < pk->sec[SEC_TOPC].count ? topic_id(pk, t) : NULL;
}

/* The first topic in store order whose id is id: what the binary search gives, for a
 * pack with a record it cannot read (whose place in the order it cannot judge). */
static long find_by_scan(pack *pk, const char *id)
{
    for (size_t i = 0; i < pk->sec[SEC_TOPC].count; i++) {
        const char *t = topic_id(pk, i);
        if (t && strcmp(t, id) == 0)
            return (long)i;
    }
    return -1;
}

/* A binary search of TLOC's id order: the first of equal ids (the writer keeps them
 * in store order) is the one store_find_topic promises. */
static long pack_find_topic(const store_backing *b, const char *id)
{
    pack *pk = (pack *)b; /* the chunks it checks are remembered: a cache */
    size_t n = pk->sec[SEC_TOPC].count, lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *at = id_at_place(pk, mid);
        if (!at)
            return find_by_scan(pk, id);
        if (strcmp(at, id) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == n)
        return -1;
    const char *at = id_at_place(pk, lo);
    if (!at)
        return find_by_scan(pk, id);
    return strcmp(at, id) == 0 ? (long)tloc_word(pk, n + lo) : -1;
}

static bool read_glossary(pack *pk, store *st)
{
    rd r = section_reader(pk, st, SEC_GLOS);
    st->nglossary = pk->sec[SEC_GLOS].count;
    st->glossary = rd_alloc(&r, st->nglossary, sizeof *st->glossary);
    for (size_t i = 0; i < st->nglossary && !r.bad; i++) {
        gloss_term *g = &st->glossary[i];
        g->id = rd_str(&r);
        rd_ltext(&r, &g->term);
        rd_ltext(&r, &g->definition);
        rd_lwords(&r, &g->aliases);
        g->topic = rd_opt_index(&r, st->ntopics);
        g->everyday = rd_bool(&r);
        r.bad |= !g->id;
    }
    return done(&r);
}

static bool read_questions(pack *pk, store *st)
{
    rd r = section_reader(pk, st, SEC_QUES);
    st->nquestions = pk->sec[SEC_QUES].count;
    st->questions = st->nquestions ? rd_alloc(&r, st->nquestions, sizeof *st->questions) : NULL;
    for (size_t i = 0; i < st->nquestions && !r.bad; i++) {
        question *q = &st->questions[i];
        q->id = rd_str(&r);
        rd_ltext(&r, &q->question);
        rd_ltext(&r, &q->answer);
        q->topic = rd_index(&r, st->ntopics);
        /* not checked against its topic's section count here: that would read and check
         * a topic record per question at every start (at 10,000 topics, twenty chunks of
         * records); where it is used, a section the topic lacks opens the topic at its
         * top (reader_row_for) or names no section (--search --json) */
        q->section = rd_u32(&r);
        q->refs = rd_indices(&r, st->nrefs, &q->nrefs);
        rd_date(&r, q->last_reviewed);
        rd_date(&r, q->next_review);
        r.bad |= !q->id;
    }
    return done(&r);
}

static void read_icons(rd *r, const store *st, tx_icons *x)
{
    x->count = rd_int(r);
    x->total = rd_int(r);
    rd_ltext(r, &x->text);
    x->refs = rd_indices(r, st->nrefs, &x->nrefs);
}

static void read_treatment(rd *r, const store *st, treatment *t)
{
    t->id = rd_str(r);
    t->file = rd_str(r);
    t->order = rd_int(r);
    t->topic = rd_opt_index(r, st->ntopics);
    rd_ltext(r, &t->name);
    rd_lwords(r, &t->aliases);
    t->kind = (tx_kind)rd_enum(r, TX_KIND_COUNT);
    t->status = (tx_status)rd_enum(r, TX_STATUS_COUNT);
    ltext *texts1[] = { &t->status_note, &t->approved_in, &t->what, &t->how_it_works };
    for (size_t k = 0; k < sizeof texts1 / sizeof *texts1; k++)
        rd_ltext(r, texts1[k]);
    t->for_types = rd_u32(r);
    t->for_activity = rd_u32(r);
    t->for_sites = rd_u32(r);
    t->for_ages = rd_u32(r);
    rd_ltext(r, &t->who_for);
    rd_ltext(r, &t->pregnancy);
    t->evidence = (tx_evidence)rd_enum(r, EVIDENCE_COUNT);
    ltext *texts2[] = { &t->evidence_reason, &t->involves, &t->how_soon, &t->chance,
                        &t->side_effects, &t->serious_risks, &t->if_stop, &t->cost };
    for (size_t k = 0; k < sizeof texts2 / sizeof *texts2; k++)
        rd_ltext(r, texts2[k]);
    t->chance_refs = rd_indices(r, st->nrefs, &t->nchance_refs);
    t->chance_icons = rd_int(r);
    t->chance_icons_total = rd_int(r);
    read_icons(r, st, &t->chance_comparator);
    read_icons(r, st, &t->side_effects_icons);
    t->refs = rd_indices(r, st->nrefs, &t->nrefs);
    t->nquestions = rd_count(r, 1 + LANG_COUNT);
    t->questions = t->nquestions ? rd_alloc(r, t->nquestions, sizeof *t->questions) : NULL;
    for (size_t k = 0; k < t->nquestions; k++)
        rd_ltext(r, &t->questions[k]);
    t->priorities = rd_u32(r);
    t->nrules = rd_count(r, 8 + LANG_COUNT);
    t->rules = t->nrules ? rd_alloc(r, t->nrules, sizeof *t->rules) : NULL;
    for (size_t k = 0; k < t->nrules && !r->bad; k++) {
        tx_rule *x = &t->rules[k];
        x->type = rd_u32(r);
        x->activity = rd_u32(r);
        x->site = rd_u32(r);
        x->site_only = rd_u32(r);
        x->age = rd_u32(r);
        x->pregnant = rd_bool(r);
        x->fit = (fit_t)rd_enum(r, FIT_COUNT);
        rd_ltext(r, &x->reason);
    }
    t->default_fit = (fit_t)rd_enum(r, FIT_NOT_USUALLY);
    rd_ltext(r, &t->default_reason);
    rd_date(r, t->last_reviewed);
    rd_date(r, t->next_review);
    r->bad |= !t->id || !t->file;
}

static bool read_treatments(pack *pk, store *st)
{
    rd r = section_reader(pk, st, SEC_TRTM);
    st->ntreatments = pk->sec[SEC_TRTM].count;
    st->treatments = st->ntreatments ? rd_alloc(&r, st->ntreatments, sizeof *st->treatments) : NULL;
    for (size_t i = 0; i < st->ntreatments && !r.bad; i++)
        read_treatment(&r, st, &st->treatments[i]);
    return done(&r);
}

static bool read_meta(pack *pk, store *st)
{
    rd r = section_reader(pk, st, SEC_META);
    st->start_here = rd_opt_index(&r, st->ntopics);
    uint64_t lo = rd_u32(&r), hi = rd_u32(&r);
    st->text_bytes = (size_t)(lo | hi << 32);
    return done(&r);
}

/* "what it is and how to fix it", for every way a pack can be refused */
static bool refuse(char *err, size_t errn, const char *what)
{
    snprintf(err, errn, "%s %s", what,
             _("Rebuild it with: make, or vitiligo-explorer --content DIR --write-pack FILE"));
    return false;
}

/* Checks the header and the section table of the mapping [m, m+len). */
static bool check_header(pack *pk, const char *path, const unsigned char *m, size_t len, char *err, size_t errn)
{
    char what[1024];
    if (len < PACK_MAGIC_LEN || memcmp(m, PACK_MAGIC, PACK_MAGIC_LEN) != 0) {
        snprintf(what, sizeof what, _("%s is not a content pack (bad magic)."), path);
        return refuse(err, errn, what);
    }
    if (len < PACK_HEADER_SIZE) {
        snprintf(what, sizeof what, _("%s is cut short (%zu bytes, less than its header)."), path, len);
        return refuse(err, errn, what);
    }
    uint32_t version = get_u32(m + PACK_AT_VERSION);
    if (version != PACK_VERSION) {
        snprintf(what, sizeof what, _("%s is a content pack of version %lu; this program reads version %d."), path,
                 (unsigned long)version, PACK_VERSION);
        return refuse(err, errn, what);
    }
    uint64_t size = get_u64(m + PACK_AT_FILE_SIZE);
    if (size != len) {
        snprintf(what, sizeof what, _("%s is cut short or damaged (%zu bytes; its header says %llu)."), path, len,
                 (unsigned long long)size);
        return refuse(err, errn, what);
    }
    uint64_t nchunks = get_u32(m + PACK_AT_NCHUNKS), data = get_u64(m + PACK_AT_DATA);
    bool layout = get_u32(m + PACK_AT_NSECTIONS) == SEC_COUNT && get_u32(m + PACK_AT_CHUNK_SIZE) == PACK_CHUNK_SIZE &&
                  get_u32(m + PACK_AT_GROUP) == PACK_CHUNK_GROUP && nchunks <= len / PACK_CHUNK_SUM &&
                  data == pack_data_offset((size_t)nchunks) && data <= len &&
                  nchunks == pack_chunk_count(len - (size_t)data);
    unsigned char sum[PACK_SUM_FIELD];
    if (layout) /* the header, the sections and the group table; each group vouches for its chunks' sums */
        pack_header_sum(m, pack_summed_head((size_t)nchunks), sum);
    if (!layout || memcmp(sum, m + PACK_AT_HEADER_SUM, PACK_SUM_FIELD) != 0) {
        snprintf(what, sizeof what, _("%s is damaged (its header does not match its checksum)."), path);
        return refuse(err, errn, what);
    }
    pk->has_manifest = get_u32(m + PACK_AT_HAS_MANIFEST) == 1;
    memcpy(pk->manifest_sum, m + PACK_AT_MANIFEST_SUM, PACK_SUM_FIELD);
    const unsigned char *area = m + data;
    size_t area_len = len - (size_t)data;
    pack_chunks_init(&pk->chunks, area, area_len, m + pack_chunk_table_at((size_t)nchunks), m + pack_groups_at());
    for (int s = 0; s < SEC_COUNT; s++) {
        const unsigned char *e = m + PACK_HEADER_SIZE + (size_t)s * PACK_SECTION_ENTRY;
        uint64_t off = get_u64(e + 8), n = get_u64(e + 16), count = get_u64(e + 24);
        bool words = s != SEC_STRS && s != SEC_BODY && s != SEC_INDX;
        /* every element takes at least one word, so a count that does not fit is refused
         * before anything is allocated for it */
        if (memcmp(e, pack_section_kind[s], 4) != 0 || off % 8 || off > area_len || n > area_len - off ||
            (words && n % 4) || count > n / 4 || (s == SEC_STRS && (n == 0 || area[off + n - 1] != '\0'))) {
            snprintf(what, sizeof what, _("%s is damaged (its section table is not valid)."), path);
            return refuse(err, errn, what);
        }
        pk->sec[s] = (pack_sec){ area + off, (size_t)n, (size_t)count };
    }
    return true;
}

static bool read_tables(pack *pk, store *st, const char *path, char *err, size_t errn)
{
    static const struct {
        pack_section s;
        bool (*read)(pack *, store *);
    } tables[] = { { SEC_REFS, read_refs },           { SEC_CATG, read_categories },
                   { SEC_TOPC, read_topics },         { SEC_GLOS, read_glossary }, { SEC_QUES, read_questions },
                   { SEC_TRTM, read_treatments },     { SEC_META, read_meta } };
    /* the eager tables' chunks first; the bodies are checked when they are read, and
     * the topic records and the strings (TOPC and STRS: most of the tables of a large
     * library) as they are read */
    char what[1024];
    for (int s = SEC_META; s < SEC_BODY; s++)
        if (s != SEC_TOPC && s != SEC_STRS && !pack_check(&pk->chunks, pk->sec[s].p, pk->sec[s].size)) {
            snprintf(what, sizeof what, _("%s is damaged (its tables do not match their checksums)."), path);
            return refuse(err, errn, what);
        }
    for (size_t k = 0; k < sizeof tables / sizeof *tables; k++)
        if (!tables[k].read(pk, st)) {
            if (pack_chunks_any_damaged(&pk->chunks)) /* one of its strings failed its sum */
                snprintf(what, sizeof what, _("%s is damaged (its tables do not match their checksums)."), path);
            else
                snprintf(what, sizeof what, _("%s is damaged (its %s table is not valid)."), path,
                         pack_section_kind[tables[k].s]);
            return refuse(err, errn, what);
        }
    return true;
}

/* What store_load does with the settings: the clinic's contact and the day. */
static void apply_opts(store *st, const load_opts *opts)
{
    if (opts && opts->clinic_contact && *opts->clinic_contact)
        st->clinic_contact.s[LANG_EN] = arena_strdup(&st->mem, opts->clinic_contact);
    if (opts && opts->clinic_contact_zh && *opts->clinic_contact_zh)
        st->clinic_contact.s[LANG_ZH_HANT] = arena_strdup(&st->mem, opts->clinic_contact_zh);
    for (lang_t l = LANG_EN; l < LANG_COUNT; l++) {
        /* the pack holds every variety: only a clinic contact from the settings is left
         * to make (store_derive) */
        st->derived[l] = !lang_is_derived(l) || !st->clinic_contact.s[LANG_ZH_HANT];
        if (lang_is_derived(l))
            st->clinic_contact.s[l] = st->clinic_contact.s[LANG_ZH_HANT];
    }
    st->today = opts && opts->today ? opts->today : (long)(time(NULL) / 86400);
}

/* Reads the pack at [m, m+len) into st; pk becomes st's backing (store_free frees it). */
static bool open_pack(pack *pk, const char *name, const unsigned char *m, size_t len, store *st, const load_opts *opts,
                      char *err, size_t errn)
{
    pk->base.ops = &pack_backing_ops;
    st->backing = &pk->base;
    st->dir = arena_strdup(&st->mem, name);
    if (!check_header(pk, name, m, len, err, errn) || !read_tables(pk, st, name, err, errn)) {
        store_free(st);
        return false;
    }
    apply_opts(st, opts); /* the id maps are made on first use (store_find_*) */
    return true;
}

bool pack_open(const char *path, store *st, const load_opts *opts, char *err, size_t errn)
{
    *st = (store){ .start_here = -1 };
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat sb;
    if (fd < 0 || fstat(fd, &sb) != 0) {
        snprintf(err, errn, _("cannot open the content pack %s: %s"), path, strerror(errno));
        if (fd >= 0)
            close(fd);
        return false;
    }
    char what[1024];
    if (!S_ISREG(sb.st_mode) || sb.st_size == 0) {
        close(fd);
        snprintf(what, sizeof what, _("%s is not a content pack (bad magic)."), path);
        return refuse(err, errn, what);
    }
    size_t len = (size_t)sb.st_size;
    void *map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
    int e = errno;
    close(fd);
    if (map == MAP_FAILED) {
        snprintf(err, errn, _("cannot open the content pack %s: %s"), path, strerror(e));
        return false;
    }
    pack *pk = xcalloc(1, sizeof *pk);
    pk->map = map; /* from here on store_free unmaps */
    pk->maplen = len;
    return open_pack(pk, path, map, len, st, opts, err, errn);
}

bool pack_open_memory(const char *name, const void *data, size_t len, store *st, const load_opts *opts, char *err,
                      size_t errn)
{
    *st = (store){ .start_here = -1 };
    return open_pack(xcalloc(1, sizeof(pack)), name, data, len, st, opts, err, errn);
}

bool pack_store_manifest(const store *st, unsigned char out[PACK_MANIFEST_SUM_LEN])
{
    const pack *pk = pack_of(st);
    if (!pk || !pk->has_manifest)
        return false;
    memcpy(out, pk->manifest_sum, PACK_MANIFEST_SUM_LEN);
    return true;
}

bool pack_index_blob(const store *st, const void **data, size_t *len, pack_chunks **chunks)
{
    pack *pk = pack_of(st);
    if (!pk)
        return false;
    *data = pk->sec[SEC_INDX].p;
    *len = pk->sec[SEC_INDX].size;
    *chunks = &pk->chunks;
    return true;
}
