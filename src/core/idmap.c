#include "core/idmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"

static uint64_t hash(const char *s)
{
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

long idmap_get(const idmap *m, const char *key)
{
    if (!m->nslots)
        return -1;
    size_t mask = m->nslots - 1;
    for (size_t i = (size_t)hash(key) & mask;; i = (i + 1) & mask) {
        if (!m->slots[i].key)
            return -1;
        if (strcmp(m->slots[i].key, key) == 0)
            return (long)m->slots[i].val;
    }
}

static void grow(idmap *m)
{
    idmap old = *m;
    m->nslots = old.nslots ? old.nslots * 2 : 64;
    m->slots = xcalloc(m->nslots, sizeof *m->slots);
    m->n = 0;
    for (size_t i = 0; i < old.nslots; i++)
        if (old.slots[i].key)
            idmap_put(m, old.slots[i].key, old.slots[i].val);
    free(old.slots);
}

size_t idmap_put(idmap *m, const char *key, size_t val)
{
    if ((m->n + 1) * 4 > m->nslots * 3)
        grow(m);
    size_t mask = m->nslots - 1;
    for (size_t i = (size_t)hash(key) & mask;; i = (i + 1) & mask) {
        if (!m->slots[i].key) {
            m->slots[i] = (idmap_slot){ key, val };
            m->n++;
            return val;
        }
        if (strcmp(m->slots[i].key, key) == 0)
            return m->slots[i].val;
    }
}

void idmap_free(idmap *m)
{
    free(m->slots);
    *m = (idmap){ 0 };
}
