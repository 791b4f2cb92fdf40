/* The layout of a content pack, version 8 (docs/pack-format.md), shared by the writer
 * and the reader: little-endian, offsets never pointers.  Never includes curses. */
#ifndef VE_PACK_FORMAT_H
#define VE_PACK_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#include "pack/pack_chunks.h"

#define PACK_MAGIC "VEPACK\0\1"
enum {
    PACK_MAGIC_LEN = 8,
    PACK_VERSION = 8,
    /* the most a topic body may hold uncompressed: a longer one is refused unread */
    PACK_BODY_MAX = 64 * 1024 * 1024,
    PACK_HEADER_SIZE = 128,
    PACK_SECTION_ENTRY = 32,
    /* a sum field of the header: an XXH3-128 (16 bytes), then 16 zero bytes */
    PACK_SUM_FIELD = 32,
    /* header fields */
    PACK_AT_VERSION = 8, PACK_AT_NSECTIONS = 12, PACK_AT_FILE_SIZE = 16, PACK_AT_CHUNK_SIZE = 24,
    PACK_AT_NCHUNKS = 28, PACK_AT_DATA = 32, PACK_AT_HAS_MANIFEST = 40, PACK_AT_GROUP = 44, PACK_AT_MANIFEST_SUM = 48,
    PACK_AT_HEADER_SUM = 80,
};

/* A string reference that is no string (NULL). */
#define PACK_NONE UINT32_MAX

/* The sections, in the order the section table lists them. */
typedef enum {
    SEC_META, SEC_STRS, SEC_REFS, SEC_REGN, SEC_CATG, SEC_TOPC, SEC_TLOC, SEC_GLOS, SEC_QUES, SEC_TRTM, SEC_BODY, SEC_INDX,
    SEC_COUNT
} pack_section;

extern const char pack_section_kind[SEC_COUNT][5];

/* Before the data area: the header, the section table and the group table, which the
 * header's own sum covers (pack_summed_head bytes); then the chunk table, then zeros
 * up to the data area, which starts on a chunk boundary (so each chunk is a whole
 * page of the mapped file). */
static inline size_t pack_groups_at(void) { return PACK_HEADER_SIZE + (size_t)SEC_COUNT * PACK_SECTION_ENTRY; }
static inline size_t pack_summed_head(size_t nchunks)
{
    return pack_groups_at() + pack_group_count(nchunks) * PACK_CHUNK_SUM;
}
static inline size_t pack_chunk_table_at(size_t nchunks) { return pack_summed_head(nchunks); }
static inline size_t pack_data_offset(size_t nchunks)
{
    size_t end = pack_chunk_table_at(nchunks) + nchunks * PACK_CHUNK_SUM;
    return (end + PACK_CHUNK_SIZE - 1) / PACK_CHUNK_SIZE * PACK_CHUNK_SIZE;
}

static inline uint32_t get_u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static inline uint64_t get_u64(const unsigned char *p) { return get_u32(p) | (uint64_t)get_u32(p + 4) << 32; }

static inline void put_u32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static inline void put_u64(unsigned char *p, uint64_t v)
{
    put_u32(p, (uint32_t)v);
    put_u32(p + 4, (uint32_t)(v >> 32));
}

#endif
