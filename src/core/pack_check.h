/* The check a reader of a content pack calls before it first reads a byte range of
 * the mapped file (src/pack/pack_chunks.h verifies the range's chunk checksums). */
#ifndef VE_PACK_CHECK_H
#define VE_PACK_CHECK_H

#include <stdbool.h>
#include <stddef.h>

/* Returns false when any byte of [p, p+n) is damaged or outside the pack. */
typedef bool (*pack_check_fn)(void *ctx, const void *p, size_t n);

#endif
