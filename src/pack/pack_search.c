/* The search index of a store: opened in place from its pack's INDX section when there
 * is one (src/search/index_io.c), else built from the store's texts (a content folder). */
#include "pack/pack.h"
#include "pack/pack_index.h"
#include "pack/pack_store.h"
#include "search/search.h"

void pack_index_write(const store *st, strbuf *out)
{
    search_index *ix = search_build(st);
    search_index_save(ix, out);
    search_free(ix);
}

search_index *store_search_index(const store *st)
{
    const void *blob;
    size_t len;
    pack_chunks *chunks;
    if (pack_index_blob(st, &blob, &len, &chunks) && len) {
        char err[256];
        search_index *ix = search_index_open(st, blob, len, pack_check, chunks, err, sizeof err);
        if (ix)
            return ix;
        /* The saved index's tables are damaged: search still works, built from the texts
         * (slower, and it reads every topic body, each checked against its own sums). */
    }
    return search_build(st);
}
