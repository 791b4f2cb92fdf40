/* A topic's body, read from the pack the first time it is asked for: its chunks are
 * checked, it is inflated (never past the length the topic table gives it), then every
 * count, index and string reference in it is checked.  A body that fails makes that
 * topic "temporarily unavailable" and nothing else. */
#include <lz4.h>

#include "pack/pack_rd.h"
#include "pack/pack_store.h"

static void read_block(rd *r, block *bl)
{
    bl->kind = (block_kind)rd_enum(r, BLOCK_FIGURE + 1);
    rd_ltext(r, &bl->text);
    bl->count = rd_int(r);
    bl->total = rd_int(r);
    bl->nart = rd_count(r, 1);
    const char **art = rd_alloc(r, bl->nart, sizeof *art);
    for (size_t a = 0; a < bl->nart; a++)
        art[a] = rd_str(r);
    bl->art = bl->nart ? art : NULL;
    bl->nitems = rd_count(r, 1 + LANG_COUNT);
    bl->items = bl->nitems ? rd_alloc(r, bl->nitems, sizeof *bl->items) : NULL;
    for (size_t i = 0; i < bl->nitems; i++)
        rd_ltext(r, &bl->items[i]);
}

/* The body at p (len bytes, inflated): a word count, the words (keywords, then
 * sections), then the body's own strings. */
static const section *read_body(pack_body *bd, size_t nsections, const unsigned char *p, size_t len)
{
    if (len < 8)
        return NULL;
    size_t nwords = get_u32(p);
    if (nwords > (len - 4) / 4 || len - 4 - nwords * 4 == 0)
        return NULL;
    const char *strs = (const char *)p + 4 + nwords * 4;
    size_t nstrs = len - 4 - nwords * 4;
    if (strs[nstrs - 1] != '\0')
        return NULL;
    rd r = { .p = p + 4, .n = nwords * 4, .strs = strs, .nstrs = nstrs, .mem = &bd->mem };
    lwords keywords;
    rd_lwords(&r, &keywords);
    if (r.bad || nsections > (r.n - r.at) / 4 / (2 + LANG_COUNT))
        return NULL;
    section *secs = rd_alloc(&r, nsections, sizeof *secs);
    for (size_t s = 0; s < nsections && !r.bad; s++) {
        rd_ltext(&r, &secs[s].heading);
        secs[s].nblocks = rd_count(&r, 5 + 1 + LANG_COUNT); /* the least a block takes */
        secs[s].blocks = rd_alloc(&r, secs[s].nblocks, sizeof *secs[s].blocks);
        for (size_t b = 0; b < secs[s].nblocks && !r.bad; b++)
            read_block(&r, &secs[s].blocks[b]);
    }
    if (r.bad || r.at != r.n)
        return NULL;
    bd->keywords = keywords;
    return secs;
}

/* Decompresses the body at p (at->len bytes, an LZ4 block) into memory the pack owns;
 * NULL unless the block is well formed, fills exactly its at->len bytes and makes
 * exactly at->ulen bytes (a length over PACK_BODY_MAX is refused before anything is
 * allocated).  LZ4_decompress_safe never reads or writes outside the two ranges,
 * whatever the block says; the chunk sums have already vouched for its bytes. */
static const unsigned char *inflate_body(pack *pk, const pack_body_at *at, const unsigned char *p)
{
    if (at->ulen > PACK_BODY_MAX || at->len > INT32_MAX)
        return NULL;
    size_t i = (size_t)(at - pk->body_at);
    pk->holding[i / 64] |= (uint64_t)1 << (i % 64);
    unsigned char *out = arena_alloc_uninit(&pk->bodies[i].mem, at->ulen ? at->ulen : 1);
    int got = LZ4_decompress_safe((const char *)p, (char *)out, (int)at->len, (int)at->ulen);
    if (got < 0 || (uint32_t)got != at->ulen)
        return NULL;
    return out;
}

const section *pack_body_sections(store_backing *b, size_t i, size_t *n)
{
    pack *pk = (pack *)b;
    pack_topic_fill(pk, i); /* its record says where its body is */
    pack_body *bd = &pk->bodies[i];
    const pack_body_at *at = &pk->body_at[i];
    *n = 0;
    if (bd->state == BODY_UNREAD) {
        const unsigned char *p = pk->sec[SEC_BODY].p + at->off;
        const unsigned char *body = pack_check(&pk->chunks, p, at->len) ? inflate_body(pk, at, p) : NULL;
        bd->sections = body ? read_body(bd, at->nsections, body, at->ulen) : NULL;
        bd->state = bd->sections ? BODY_READ : BODY_DAMAGED;
    }
    if (bd->state != BODY_READ)
        return NULL;
    *n = at->nsections;
    return bd->sections;
}

void pack_body_forget(store_backing *b, size_t i)
{
    pack *pk = (pack *)b;
    pack_body *bd = &pk->bodies[i];
    if (bd->state != BODY_READ)
        return; /* a damaged one stays damaged: reading it again would find the same */
    arena_free(&bd->mem);
    pk->holding[i / 64] &= ~((uint64_t)1 << (i % 64));
    *bd = (pack_body){ .state = BODY_UNREAD };
}

const lwords *pack_body_keywords(store_backing *b, size_t i)
{
    size_t n;
    pack_body_sections(b, i, &n);
    return &((pack *)b)->bodies[i].keywords; /* empty (zeroed) when the body is damaged */
}
