#include "search/strmap.h"

#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325u ^ n; /* FNV-1a, then a final mix for the low bits */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3u;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdu;
    h ^= h >> 33;
    return h;
}

static size_t find_slot(const strmap *m, const char *key, size_t n, uint64_t h)
{
    size_t mask = m->nslots - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        uint32_t v = m->slots[i];
        if (!v)
            return i;
        size_t kn;
        const char *k = strmap_key(m, v - 1, &kn);
        if (kn == n && memcmp(k, key, n) == 0)
            return i;
    }
}

uint32_t strmap_get(const strmap *m, const char *key, size_t n)
{
    if (!m->nslots)
        return UINT32_MAX;
    uint32_t v = m->slots[find_slot(m, key, n, hash_bytes(key, n))];
    return v ? v - 1 : UINT32_MAX;
}

uint32_t strmap_get_checked(const strmap *m, const char *key, size_t n,
                            bool (*read_ok)(void *ctx, const void *p, size_t n), void *ctx, bool *bad)
{
    if (!m->nslots)
        return UINT32_MAX;
    size_t mask = m->nslots - 1, i = (size_t)hash_bytes(key, n) & mask;
    for (size_t probes = 0; probes < m->nslots; probes++, i = (i + 1) & mask) {
        if (!read_ok(ctx, &m->slots[i], sizeof *m->slots))
            break;
        uint32_t v = m->slots[i];
        if (!v)
            return UINT32_MAX;
        if (v > m->n || !read_ok(ctx, &m->key_off[v - 1], 2 * sizeof *m->key_off))
            break;
        uint32_t at = m->key_off[v - 1], end = m->key_off[v];
        if (at > end || end > m->plen)
            break;
        if (end - at != n)
            continue;
        if (!read_ok(ctx, m->pool + at, n))
            break;
        if (memcmp(m->pool + at, key, n) == 0)
            return v - 1;
    }
    *bad = true; /* a range that failed its check, a value out of range, or no empty slot */
    return UINT32_MAX;
}

static void grow(strmap *m)
{
    size_t old = m->nslots;
    uint32_t *old_slots = m->slots;
    m->nslots = old ? old * 2 : 1024;
    m->slots = xcalloc(m->nslots, sizeof *m->slots);
    for (size_t i = 0; i < old; i++) {
        uint32_t v = old_slots[i];
        if (!v)
            continue;
        size_t kn;
        const char *k = strmap_key(m, v - 1, &kn);
        m->slots[find_slot(m, k, kn, hash_bytes(k, kn))] = v;
    }
    free(old_slots);
}

uint32_t strmap_put(strmap *m, const char *key, size_t n, int *added)
{
    if (added)
        *added = 0;
    if ((m->n + 1) * 2 > m->nslots)
        grow(m);
    size_t slot = find_slot(m, key, n, hash_bytes(key, n));
    if (m->slots[slot])
        return m->slots[slot] - 1;
    XGROW(m->key_off, m->cap, m->n + 2);
    XGROW(m->pool, m->pcap, m->plen + n + 1);
    if (m->n == 0)
        m->key_off[0] = 0;
    memcpy(m->pool + m->plen, key, n);
    m->plen += n;
    m->key_off[m->n + 1] = (uint32_t)m->plen;
    m->slots[slot] = (uint32_t)(m->n + 1);
    if (added)
        *added = 1;
    return (uint32_t)m->n++;
}

void strmap_compact(strmap *m)
{
    if (!m->n)
        return;
    m->key_off = xrealloc(m->key_off, (m->n + 1) * sizeof *m->key_off);
    m->cap = m->n + 1;
    m->pool = xrealloc(m->pool, m->plen ? m->plen : 1);
    m->pcap = m->plen ? m->plen : 1;
    size_t nslots = 16;
    while (m->n * 4 > nslots * 3) /* at most three quarters full */
        nslots *= 2;
    if (nslots >= m->nslots)
        return;
    free(m->slots);
    m->nslots = nslots;
    m->slots = xcalloc(nslots, sizeof *m->slots);
    for (uint32_t id = 0; id < m->n; id++) {
        size_t kn;
        const char *k = strmap_key(m, id, &kn);
        m->slots[find_slot(m, k, kn, hash_bytes(k, kn))] = id + 1;
    }
}

size_t strmap_bytes(const strmap *m)
{
    return m->nslots * sizeof *m->slots + m->cap * sizeof *m->key_off + m->pcap;
}

void strmap_free(strmap *m)
{
    free(m->slots);
    free(m->key_off);
    free(m->pool);
    *m = (strmap){ 0 };
}
