/* The integrity check a reader of a mapped content pack passes to the parts it opens
 * (src/pack/ and the search index, src/search/index_io.c): both include this. */
#ifndef VE_PACK_CHECK_H
#define VE_PACK_CHECK_H

#include <stdbool.h>
#include <stddef.h>

/* Called for every byte range of a mapped pack before it is first read; false when those
 * bytes are damaged (their checksum does not match). */
typedef bool (*pack_check_fn)(void *ctx, const void *p, size_t n);

#endif
