/* The search index of a store: opened from its pack's INDX section when there is one,
 * else built from the store.  Until the index can be saved (search_index_save,
 * src/search/index_io.c), INDX is empty and the index is built at run time from the
 * pack-backed store, which reads (and checks) every topic body. */
#include "pack/pack.h"
#include "pack/pack_index.h"
#include "pack/pack_store.h"
#include "search/search.h"

void pack_index_write(const store *st, strbuf *out)
{
#ifdef VE_SEARCH_INDEX_IO
    search_index *ix = search_build(st);
    search_index_save(ix, out);
    search_free(ix);
#else
    (void)st;
    (void)out;
#endif
}

search_index *store_search_index(const store *st)
{
#ifdef VE_SEARCH_INDEX_IO
    const void *blob;
    size_t len;
    pack_chunks *chunks;
    if (pack_index_blob(st, &blob, &len, &chunks) && len) {
        char err[256];
        search_index *ix = search_index_open(st, blob, len, pack_check, chunks, err, sizeof err);
        if (ix)
            return ix;
        /* a damaged index: search still works, built from the texts */
    }
#endif
    return search_build(st);
}
