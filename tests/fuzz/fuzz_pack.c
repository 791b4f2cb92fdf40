/* The content pack reader (src/pack/): pack_open on any bytes, then every topic body,
 * the listing, every topic page and a search, as a pack-backed run does them.  Nothing
 * may read outside the input, and a pack that opens must give a store whose every
 * index is in bounds.  Most random changes only break a checksum, so on inputs whose
 * first byte is odd the harness fixes the header and every checksum up first: those
 * reach the structural checks (offsets, counts, indices, string ends) behind them.
 * Input: byte 0 = flags (bit 0: fix the checksums up); the rest is the pack. */
#include <stdlib.h>
#include <string.h>

#include "content/treatment.h"
#include "fuzz.h"
#include "pack/pack.h"
#include "pack/pack_chunks.h"
#include "pack/pack_format.h"
#include "search/search.h"
#include "text/doc.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_locale();
    return 0;
}

/* Makes the header agree with the input's length and recomputes every chunk sum and
 * the header's own sum, as pack_write would have. */
static void fix_up(unsigned char *m, size_t len)
{
    if (len < PACK_HEADER_SIZE)
        return;
    size_t n = 0;
    while (pack_data_offset(n) <= len && n != pack_chunk_count(len - pack_data_offset(n)))
        n++;
    size_t data = pack_data_offset(n);
    if (data > len)
        return;
    memcpy(m, PACK_MAGIC, PACK_MAGIC_LEN);
    put_u32(m + PACK_AT_VERSION, PACK_VERSION);
    put_u32(m + PACK_AT_NSECTIONS, SEC_COUNT);
    put_u64(m + PACK_AT_FILE_SIZE, len);
    put_u32(m + PACK_AT_CHUNK_SIZE, PACK_CHUNK_SIZE);
    put_u32(m + PACK_AT_NCHUNKS, (uint32_t)n);
    put_u64(m + PACK_AT_DATA, data);
    put_u32(m + PACK_AT_GROUP, PACK_CHUNK_GROUP);
    pack_chunks_sum_all(m + data, len - data, m + pack_chunk_table_at(n), m + pack_groups_at());
    pack_header_sum(m, pack_summed_head(n), m + PACK_AT_HEADER_SUM);
}

static void check_store(store *st)
{
    for (size_t i = 0; i < st->ntopics; i++) {
        FUZZ_ASSERT(store_topic(st, i)->category < st->ncategories);
        size_t n;
        const section *secs = store_topic_sections(st, i, &n);
        FUZZ_ASSERT(secs || n == 0);
        for (size_t s = 0; s < n; s++)
            for (size_t b = 0; b < secs[s].nblocks; b++)
                FUZZ_ASSERT(secs[s].blocks[b].kind <= BLOCK_FIGURE);
        doc d = { 0 };
        doc_topic(&d, st, store_topic(st, i), (lang_t)(i % LANG_COUNT), 60);
        doc_free(&d);
    }
    for (size_t c = 0; c < st->ncategories; c++)
        for (size_t k = 0; k < st->categories[c].ntopics; k++)
            FUZZ_ASSERT(st->categories[c].topics[k] < st->ntopics);
    for (size_t q = 0; q < st->nquestions; q++)
        FUZZ_ASSERT(st->questions[q].topic < st->ntopics);
    for (size_t t = 0; t < st->ntreatments; t++)
        FUZZ_ASSERT(st->treatments[t].topic < (long)st->ntopics);
    const regional_table *rt = store_regional(st); /* read on first use */
    for (size_t i = 0; rt && i < rt->nterms; i++)
        FUZZ_ASSERT(rt->terms[rt->by_form[i]].form[LANG_ZH_HANT] != NULL);
    search_index *ix = store_search_index(st);
    /* words, a Han character, a spelling to correct, a prefix as typed and pinyin: every
     * part of a saved index that is checked when a search first reads it */
    static const struct { const char *q; bool typing; } queries[] = {
        { "light", false }, { "光", false }, { "vitiligo", false }, { "vitligo", false }, { "vit", true },
        { "baidianfeng", false },
    };
    for (size_t q = 0; q < sizeof queries / sizeof *queries; q++) {
        search_result r;
        search_run(ix, queries[q].q, strlen(queries[q].q), (lang_t)(q % LANG_COUNT), queries[q].typing, 10, &r);
        for (size_t i = 0; i < r.n; i++)
            search_hit_prepare(ix, &r, i);
        search_result_free(&r);
    }
    search_free(ix);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    size_t len = size - 1;
    /* a copy the size of the input exactly, so that ASan sees any read past its end */
    unsigned char *m = malloc(len ? len : 1);
    memcpy(m, data + 1, len);
    if (data[0] & 1)
        fix_up(m, len);
    store st;
    char err[2048];
    if (pack_open_memory("fuzz.pack", m, len, &st, &(load_opts){ .today = 20000 }, err, sizeof err)) {
        check_store(&st);
        store_free(&st);
    } else {
        FUZZ_ASSERT(err[0] && strstr(err, "Rebuild it with"));
    }
    free(m);
    return 0;
}
