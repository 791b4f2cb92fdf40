/* Reading a pack's word streams safely: every read is bounds-checked, every string
 * reference must fall inside its string area (which ends with a NUL, so the string
 * ends inside it too), every index must be below its table's count and every count
 * must fit in what is left of the stream.  The first failure marks the reader bad;
 * the caller then refuses the whole table.  Never includes curses. */
#ifndef VE_PACK_RD_H
#define VE_PACK_RD_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "content/store.h"
#include "core/arena.h"
#include "pack/pack_chunks.h"
#include "pack/pack_format.h"

typedef struct rd {
    const unsigned char *p; /* the words */
    size_t n, at;           /* bytes, and the next one to read */
    const char *strs;       /* the string area the references point into */
    size_t nstrs;
    arena *mem;             /* where the structs go */
    pack_chunks *chunks;    /* non-NULL: each string is checked against its chunks' sums as it
                             * is read (STRS, whose chunks opening does not check) */
    bool bad;
} rd;

static inline uint32_t rd_u32(rd *r)
{
    if (r->bad || r->n - r->at < 4) {
        r->bad = true;
        return 0;
    }
    uint32_t v = get_u32(r->p + r->at);
    r->at += 4;
    return v;
}

static inline int rd_int(rd *r) { return (int)(int32_t)rd_u32(r); }

static inline bool rd_bool(rd *r)
{
    uint32_t v = rd_u32(r);
    r->bad |= v > 1;
    return v == 1;
}

/* A string reference: NULL for PACK_NONE. */
static inline const char *rd_str(rd *r)
{
    uint32_t o = rd_u32(r);
    if (o == PACK_NONE)
        return NULL;
    if (o >= r->nstrs) {
        r->bad = true;
        return "";
    }
    if (r->chunks && !pack_check(r->chunks, r->strs + o, strlen(r->strs + o) + 1)) {
        r->bad = true;
        return "";
    }
    return r->strs + o;
}

/* A count of elements of at least `each` words: it must fit in the rest of the stream. */
static inline size_t rd_count(rd *r, size_t each)
{
    uint32_t c = rd_u32(r);
    if (r->bad || c > (r->n - r->at) / 4 / each) {
        r->bad = true;
        return 0;
    }
    return c;
}

static inline size_t rd_index(rd *r, size_t limit)
{
    uint32_t v = rd_u32(r);
    if (v >= limit) {
        r->bad = true;
        return 0;
    }
    return v;
}

/* An enum value below limit. */
static inline unsigned rd_enum(rd *r, unsigned limit) { return (unsigned)rd_index(r, limit); }

/* -1 or an index below limit. */
static inline long rd_opt_index(rd *r, size_t limit)
{
    int v = rd_int(r);
    if (v < -1 || (v >= 0 && (size_t)v >= limit)) {
        r->bad = true;
        return -1;
    }
    return v;
}

static inline void *rd_alloc(rd *r, size_t n, size_t size) { return arena_alloc(r->mem, n ? n * size : 1); }
/* The same, not zeroed: for an array the reader fills in full at once. */
static inline void *rd_alloc_uninit(rd *r, size_t n, size_t size)
{
    return arena_alloc_uninit(r->mem, n ? n * size : 1);
}

static inline void rd_ltext(rd *r, ltext *t)
{
    uint32_t own = rd_u32(r);
    r->bad |= own >> LANG_COUNT != 0;
    t->own = (unsigned char)own;
    for (int l = 0; l < LANG_COUNT; l++)
        t->s[l] = rd_str(r);
}

static inline void rd_lwords(rd *r, lwords *w)
{
    for (int l = 0; l < LANG_COUNT; l++) {
        size_t n = rd_count(r, 1);
        const char **v = rd_alloc_uninit(r, n, sizeof *v);
        for (size_t i = 0; i < n; i++)
            v[i] = rd_str(r);
        w->w[l] = v;
        w->n[l] = n;
    }
}

/* A count and that many indices below limit (a NULL array when the count is 0, or
 * when the reader has no arena: then the indices are only checked). */
static inline size_t *rd_indices(rd *r, size_t limit, size_t *n)
{
    *n = rd_count(r, 1);
    size_t *v = *n && r->mem ? rd_alloc_uninit(r, *n, sizeof *v) : NULL;
    for (size_t i = 0; i < *n; i++) {
        size_t x = rd_index(r, limit);
        if (v)
            v[i] = x;
    }
    return v;
}

/* A "YYYY-MM-DD" date (or "") into a topic's char[11]. */
static inline void rd_date(rd *r, char out[11])
{
    const char *s = rd_str(r);
    size_t n = s ? strlen(s) : 0;
    if (n > 10) {
        r->bad = true;
        n = 0;
    }
    memcpy(out, s ? s : "", n);
    out[n] = '\0';
}

#endif
