/* The layout of a saved search index (index_io.c), for the code that saves and opens
 * it and for tests and fuzz targets that damage a blob on purpose. */
#ifndef VE_SEARCH_INDEX_IO_H
#define VE_SEARCH_INDEX_IO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The header is BLOB_HEADER bytes; a table of (u32 offset, u32 count) per array follows. */
enum { BLOB_VERSION = 2, BLOB_HEADER = 48 };

/* The arrays, in the order of the table. */
enum {
    A_DOCS,
    A_TERM_SLOTS, A_TERM_KEYS, A_TERM_POOL,
    A_POST_OFF, A_POST,
    A_LATIN, A_BY_LEN, A_LEN_START,
    A_SURF_TERM, A_SURF_OFF, A_SURFACES,
    A_MEMBER_POOL, A_MEMBERS,
    A_FIRST_SLOTS, A_FIRST_KEYS, A_FIRST_POOL, A_FIRST_HEAD,
    A_EXACT_SLOTS, A_EXACT_KEYS, A_EXACT_POOL, A_EXACT_OFF, A_EXACT,
    A_PY_PAIRS, A_PY_SYL_START, A_PY_BY_FIRST, A_PY_SINGLES, A_PY_SINGLE_START,
    A_IDF,
    A_COUNT
};

/* Where array a of the blob data[0..len) starts (its offset from data) and how many
 * elements it has, as the table says (not checked: for damaging a blob on purpose);
 * false when the table itself is not inside the blob. */
static inline bool index_blob_array(const void *data, size_t len, unsigned a, uint32_t *off, uint32_t *count)
{
    size_t at = BLOB_HEADER + 8 * (size_t)a;
    if (a >= A_COUNT || len < at + 8)
        return false;
    const unsigned char *p = (const unsigned char *)data + at;
    *off = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    *count = (uint32_t)p[4] | (uint32_t)p[5] << 8 | (uint32_t)p[6] << 16 | (uint32_t)p[7] << 24;
    return true;
}

#endif
