/* A hash map from byte strings to dense ids 0, 1, 2, ...: the term dictionary and
 * the exact-match table.  Keys are copied into one pool. */
#ifndef VE_SEARCH_STRMAP_H
#define VE_SEARCH_STRMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct strmap {
    uint32_t *slots;      /* id + 1, 0 when empty */
    size_t nslots;        /* a power of two */
    uint32_t *key_off;    /* per id: offset of its key in pool (key_off[id+1] ends it) */
    size_t n, cap;
    char *pool;
    size_t plen, pcap;
} strmap;

/* The id of key, or UINT32_MAX. */
uint32_t strmap_get(const strmap *m, const char *key, size_t n);

/* The same for a map read in place from a content pack, none of which was checked
 * beforehand: read_ok(ctx, p, n) is called before any of its bytes are read (a slot,
 * a key's two offsets, a key's text).  A range that fails it, a slot past the keys,
 * offsets out of order or past the pool, and a table with no empty slot end the
 * look-up with UINT32_MAX and *bad set; it always ends (at most nslots probes). */
uint32_t strmap_get_checked(const strmap *m, const char *key, size_t n,
                            bool (*read_ok)(void *ctx, const void *p, size_t n), void *ctx, bool *bad);

/* The id of key, adding it when new (*added set to 1 then, if added is not NULL). */
uint32_t strmap_put(strmap *m, const char *key, size_t n, int *added);

static inline const char *strmap_key(const strmap *m, uint32_t id, size_t *n)
{
    *n = m->key_off[id + 1] - m->key_off[id];
    return m->pool + m->key_off[id];
}

/* Shrinks the arrays to the entries held and the table to at most 3/4 full, once
 * no more keys are coming (more may still be added: the table grows again). */
void strmap_compact(strmap *m);

/* Bytes allocated, for memory figures. */
size_t strmap_bytes(const strmap *m);

void strmap_free(strmap *m);

#endif
