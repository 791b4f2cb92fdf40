/* The pack's INDX section: the search index, saved when the pack is written and
 * opened from the mapping, so a pack-backed run never builds it.  The one place the
 * pack meets the search index's save/open (src/search/index_io.c). */
#ifndef VE_PACK_INDEX_H
#define VE_PACK_INDEX_H

#include "content/store.h"
#include "core/strbuf.h"

/* Appends st's search index to out (nothing until the index can be saved). */
void pack_index_write(const store *st, strbuf *out);

#endif
