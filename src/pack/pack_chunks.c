#include "pack/pack_chunks.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/pack_check.h"
#include "core/xalloc.h"
#include "pack/pack.h"
#include "pack/pack_format.h"
#include "pack/pack_sum_avx2.h"

/* xxHash compiled into this file from libxxhash-dev's header, as the header offers:
 * the shared libxxhash would be one more library loaded at every start (about
 * 0.12 ms here), for one function, and the inlined one is faster. */
#define XXH_INLINE_ALL
#include <xxhash.h>

/* Whether the CPU has AVX2: glibc (2.33 on) has asked the CPU already, at start, and
 * says so without asking again.  __builtin_cpu_supports would ask at every start,
 * whether or not a sum is ever made, and in a virtual machine each question traps
 * to the host: about 0.08 ms of every start here, more than the AVX2 loop saves
 * for the few chunks a search reads. */
#if defined(__x86_64__) && defined(__has_include)
#if __has_include(<sys/platform/x86.h>)
#include <sys/platform/x86.h>
#define CPU_HAS_AVX2() CPU_FEATURE_ACTIVE(AVX2)
#endif
#endif
#if defined(__x86_64__) && !defined(CPU_HAS_AVX2)
#define CPU_HAS_AVX2() __builtin_cpu_supports("avx2")
#endif

/* XXH3-128 in its canonical (big-endian) byte order.  The sums are there to find
 * damage (a failing disk, a cut-short copy), which needs no cryptographic hash;
 * SHA-256 ran at about 1.2 GB/s here and was a third of opening a pack of 10,000
 * topics, whose eager tables are 5 MB; XXH3 is about four times faster. */
static void chunk_canonical(XXH128_hash_t h, unsigned char out[PACK_CHUNK_SUM])
{
    XXH128_canonical_t c;
    XXH128_canonicalFromHash(&c, h);
    _Static_assert(sizeof c.digest == PACK_CHUNK_SUM, "a chunk sum is the whole XXH3-128 digest");
    memcpy(out, c.digest, PACK_CHUNK_SUM);
}

void pack_chunk_sum_portable(const void *p, size_t n, unsigned char out[PACK_CHUNK_SUM])
{
    chunk_canonical(XXH3_128bits(p, n), out);
}

void pack_chunk_sum(const void *p, size_t n, unsigned char out[PACK_CHUNK_SUM])
{
#if defined(__x86_64__)
    static int avx2 = -1;
    if (avx2 < 0)
        avx2 = CPU_HAS_AVX2() != 0;
    uint64_t wide[2];
    if (avx2 && pack_xxh3_avx2(p, n, wide)) {
        chunk_canonical((XXH128_hash_t){ .low64 = wide[0], .high64 = wide[1] }, out);
        return;
    }
#endif
    pack_chunk_sum_portable(p, n, out);
}

/* A sum field of the header: the canonical XXH3-128, then zeros. */
static void canonical(XXH128_hash_t h, unsigned char out[PACK_SUM_FIELD])
{
    chunk_canonical(h, out);
    memset(out + PACK_CHUNK_SUM, 0, PACK_SUM_FIELD - PACK_CHUNK_SUM);
}

enum { HEADER_SUM_AT = PACK_AT_HEADER_SUM, HEADER_SUM_LEN = PACK_SUM_FIELD };
_Static_assert((int)PACK_SUM_FIELD == (int)PACK_MANIFEST_SUM_LEN, "the header's sum fields are alike");

void pack_header_sum(const unsigned char *head, size_t len, unsigned char out[PACK_SUM_FIELD])
{
    static const unsigned char zero[HEADER_SUM_LEN];
    XXH3_state_t st;
    XXH3_128bits_reset(&st);
    XXH3_128bits_update(&st, head, len < HEADER_SUM_AT ? len : HEADER_SUM_AT);
    if (len > HEADER_SUM_AT) {
        size_t n = len - HEADER_SUM_AT < HEADER_SUM_LEN ? len - HEADER_SUM_AT : HEADER_SUM_LEN;
        XXH3_128bits_update(&st, zero, n);
        if (len > HEADER_SUM_AT + HEADER_SUM_LEN)
            XXH3_128bits_update(&st, head + HEADER_SUM_AT + HEADER_SUM_LEN, len - HEADER_SUM_AT - HEADER_SUM_LEN);
    }
    canonical(XXH3_128bits_digest(&st), out);
}

bool pack_manifest_sum(const char *dir, unsigned char out[PACK_MANIFEST_SUM_LEN])
{
    char path[4096];
    snprintf(path, sizeof path, "%s/MANIFEST", dir);
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    XXH3_state_t st;
    XXH3_128bits_reset(&st);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        XXH3_128bits_update(&st, buf, n);
    bool ok = !ferror(f);
    fclose(f);
    canonical(XXH3_128bits_digest(&st), out);
    return ok;
}

/* Group g of the chunk table: the sums of chunks g * PACK_CHUNK_GROUP onwards. */
static size_t group_bytes(size_t nchunks, size_t g)
{
    size_t first = g * PACK_CHUNK_GROUP, n = nchunks - first < PACK_CHUNK_GROUP ? nchunks - first : PACK_CHUNK_GROUP;
    return n * PACK_CHUNK_SUM;
}

void pack_chunks_sum_all(const void *data, size_t len, unsigned char *sums, unsigned char *groups)
{
    const unsigned char *d = data;
    size_t n = pack_chunk_count(len);
    for (size_t k = 0; k < n; k++) {
        size_t at = k * PACK_CHUNK_SIZE;
        pack_chunk_sum(d + at, len - at < PACK_CHUNK_SIZE ? len - at : PACK_CHUNK_SIZE, sums + k * PACK_CHUNK_SUM);
    }
    for (size_t g = 0; g < pack_group_count(n); g++)
        pack_chunk_sum(sums + g * PACK_CHUNK_GROUP * PACK_CHUNK_SUM, group_bytes(n, g), groups + g * PACK_CHUNK_SUM);
}

void pack_chunks_init(pack_chunks *c, const void *data, size_t len, const void *sums, const void *groups)
{
    size_t n = pack_chunk_count(len), ng = pack_group_count(n);
    *c = (pack_chunks){ .data = data, .len = len, .sums = sums, .nchunks = n, .groups = groups, .ngroups = ng,
                        .verified = xcalloc(n / 8 + 1, 1), .damaged = xcalloc(n / 8 + 1, 1),
                        .group_verified = xcalloc(ng / 8 + 1, 1), .group_damaged = xcalloc(ng / 8 + 1, 1) };
}

void pack_chunks_free(pack_chunks *c)
{
    free(c->verified);
    free(c->damaged);
    free(c->group_verified);
    free(c->group_damaged);
    *c = (pack_chunks){ 0 };
}

static bool bit(const unsigned char *set, size_t i) { return set[i / 8] >> (i % 8) & 1; }
static void set_bit(unsigned char *set, size_t i) { set[i / 8] |= (unsigned char)(1u << (i % 8)); }

bool pack_chunks_any_damaged(const pack_chunks *c)
{
    for (size_t k = 0; k < c->nchunks; k++)
        if (bit(c->damaged, k))
            return true;
    for (size_t g = 0; g < c->ngroups; g++)
        if (bit(c->group_damaged, g))
            return true;
    return false;
}

/* Whether group g of the chunk table matches its sum, hashing it the first time. */
static bool group_ok(pack_chunks *c, size_t g)
{
    if (bit(c->group_verified, g))
        return true;
    if (bit(c->group_damaged, g))
        return false;
    unsigned char sum[PACK_CHUNK_SUM];
    pack_chunk_sum(c->sums + g * PACK_CHUNK_GROUP * PACK_CHUNK_SUM, group_bytes(c->nchunks, g), sum);
    bool ok = memcmp(sum, c->groups + g * PACK_CHUNK_SUM, PACK_CHUNK_SUM) == 0;
    set_bit(ok ? c->group_verified : c->group_damaged, g);
    return ok;
}

bool pack_check(void *ctx, const void *p, size_t n)
{
    pack_chunks *c = ctx;
    uintptr_t start = (uintptr_t)c->data, at = (uintptr_t)p;
    if (at < start || at - start > c->len || n > c->len - (at - start))
        return false;
    if (!n)
        return true;
    size_t first = (at - start) / PACK_CHUNK_SIZE, last = (at - start + n - 1) / PACK_CHUNK_SIZE;
    for (size_t k = first; k <= last; k++) {
        if (bit(c->verified, k))
            continue;
        if (bit(c->damaged, k) || !group_ok(c, k / PACK_CHUNK_GROUP))
            return false;
        size_t off = k * PACK_CHUNK_SIZE;
        size_t len = c->len - off < PACK_CHUNK_SIZE ? c->len - off : PACK_CHUNK_SIZE;
        unsigned char sum[PACK_CHUNK_SUM];
        pack_chunk_sum(c->data + off, len, sum);
        if (memcmp(sum, c->sums + k * PACK_CHUNK_SUM, PACK_CHUNK_SUM) != 0) {
            set_bit(c->damaged, k);
            return false;
        }
        set_bit(c->verified, k);
    }
    return true;
}
