/* A content pack's integrity by chunks: the data area is cut into 4 KiB chunks (a
 * page each) and each chunk's XXH3-128 is in the chunk table; the chunk table is cut
 * into groups of 256 sums, each group's own XXH3-128 in the group table, which the
 * header's sum covers.  So a reader checks only the chunks it reads, and the groups
 * of the chunk table their sums are in, once each: memory and time grow with what is
 * read, not with the library (docs/pack-format.md).  Never includes curses. */
#ifndef VE_PACK_CHUNKS_H
#define VE_PACK_CHUNKS_H

#include <stdbool.h>
#include <stddef.h>

enum { PACK_CHUNK_SIZE = 4 * 1024, PACK_CHUNK_SUM = 16, PACK_CHUNK_GROUP = 256 };

typedef struct pack_chunks {
    const unsigned char *data;   /* the data area */
    size_t len;
    const unsigned char *sums;   /* PACK_CHUNK_SUM bytes per chunk */
    size_t nchunks;
    const unsigned char *groups; /* PACK_CHUNK_SUM bytes per group of PACK_CHUNK_GROUP sums */
    size_t ngroups;
    unsigned char *verified;     /* one bit per chunk: its sum matched */
    unsigned char *damaged;      /* one bit per chunk: its sum did not match */
    unsigned char *group_verified, *group_damaged; /* the same per group of sums */
} pack_chunks;

/* The number of chunks len bytes are cut into, and of groups of their sums. */
static inline size_t pack_chunk_count(size_t len) { return (len + PACK_CHUNK_SIZE - 1) / PACK_CHUNK_SIZE; }
static inline size_t pack_group_count(size_t nchunks) { return (nchunks + PACK_CHUNK_GROUP - 1) / PACK_CHUNK_GROUP; }

/* The XXH3-128 of one chunk (canonical, big-endian), as the chunk table holds it: with
 * the AVX2 build (pack_sum_avx2.c) on a CPU that has it, else the portable one, which
 * is also callable on its own (the unit tests compare the two). */
void pack_chunk_sum(const void *p, size_t n, unsigned char out[PACK_CHUNK_SUM]);
void pack_chunk_sum_portable(const void *p, size_t n, unsigned char out[PACK_CHUNK_SUM]);

/* The header's own sum field (32 bytes: XXH3-128, then zeros) of the header, section
 * table and chunk table head[0, len), computed with that field taken as zeros. */
void pack_header_sum(const unsigned char *head, size_t len, unsigned char out[32]); /* PACK_SUM_FIELD */

/* The sums of data[0, len) as a pack holds them: every chunk's into sums
 * (pack_chunk_count(len) of them), then every group of those into groups. */
void pack_chunks_sum_all(const void *data, size_t len, unsigned char *sums, unsigned char *groups);

/* Starts with no chunk verified; sums must hold pack_chunk_count(len) sums, groups
 * pack_group_count of that. */
void pack_chunks_init(pack_chunks *c, const void *data, size_t len, const void *sums, const void *groups);
void pack_chunks_free(pack_chunks *c);

/* Verifies every not yet verified chunk that [p, p+n) touches, after the group of the
 * chunk table its sum is in; false when one of them fails its sum (or its group does)
 * or the range is not inside the data area.  ctx is the pack_chunks
 * (a pack_check_fn, core/pack_check.h). */
bool pack_check(void *ctx, const void *p, size_t n);
/* Whether a chunk has failed its sum so far. */
bool pack_chunks_any_damaged(const pack_chunks *c);

#endif
