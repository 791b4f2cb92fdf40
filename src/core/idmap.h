/* A hash map from id strings to indices, so that looking an id up costs the same in a
 * store of 30 or 30,000 topics.  Keys are not copied: they must outlive the map (the
 * store's arena holds them). */
#ifndef VE_IDMAP_H
#define VE_IDMAP_H

#include <stddef.h>

typedef struct idmap_slot {
    const char *key;          /* NULL: empty */
    size_t val;
} idmap_slot;

typedef struct idmap {
    idmap_slot *slots;
    size_t nslots, n;         /* nslots: 0 or a power of two */
} idmap;

/* The index stored for key, or -1. */
long idmap_get(const idmap *m, const char *key);

/* Stores key -> val unless key is there already; returns the index stored for key
 * (val when it was new). */
size_t idmap_put(idmap *m, const char *key, size_t val);

void idmap_free(idmap *m);

#endif
