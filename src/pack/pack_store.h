/* A store opened from a pack: the mapping, its sections, and the topic bodies read so
 * far.  Private to src/pack.  Never includes curses. */
#ifndef VE_PACK_STORE_H
#define VE_PACK_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "content/store.h"
#include "core/arena.h"
#include "pack/pack_chunks.h"
#include "pack/pack_format.h"

typedef enum { BODY_UNREAD, BODY_READ, BODY_DAMAGED } body_state;

/* Where a topic's body is, as its record in the topic table says (once read). */
typedef struct pack_body_at {
    uint32_t off, len;        /* the compressed body, in the BODY section */
    uint32_t ulen;            /* its length inflated: exactly, never more */
    uint32_t nsections;       /* as the topic table says; the body must agree */
} pack_body_at;

/* What has been read of a topic's body.  The array is zeroed memory that opening does
 * not write to, so its pages are only put in place for the bodies that are read. */
typedef struct pack_body {
    body_state state;
    const section *sections;  /* once read */
    lwords keywords;          /* once read */
    arena mem;                /* the body inflated, its sections, blocks and items */
} pack_body;

typedef struct pack_sec {
    const unsigned char *p;   /* in the mapping */
    size_t size, count;
} pack_sec;

typedef struct pack {
    store_backing base;       /* first: the store's backing is the pack */
    void *map;
    size_t maplen;
    pack_chunks chunks;
    pack_sec sec[SEC_COUNT];
    bool has_manifest;
    unsigned char manifest_sum[PACK_SUM_FIELD];
    topic *topics;            /* the store's topics, each filled in on first use */
    uint64_t *filled;         /* bit i: topics[i] is filled in */
    pack_body_at *body_at;    /* one per topic, set when it is filled in */
    pack_body *bodies;        /* one per topic */
    size_t nbodies;
    uint64_t *holding;        /* bit i: bodies[i].mem holds memory (closing frees those alone,
                               * so it touches no page of bodies that were never read) */
    arena mem;                /* the topics' lists */
    enum { REGIONAL_UNREAD, REGIONAL_READ, REGIONAL_DAMAGED } regional; /* REGN, read on first use */
} pack;

extern const store_backing_ops pack_backing_ops;

/* The pack behind st, or NULL when st was not opened from one. */
pack *pack_of(const store *st);

/* Fills topic i in from its record (once; an unreadable record makes it unavailable,
 * with its body damaged). */
void pack_topic_fill(pack *pk, size_t i);
/* Reads topic i's body (keywords, sections, blocks, items, figures), checking its
 * chunks first. */
const section *pack_body_sections(store_backing *b, size_t i, size_t *n);
/* Topic i's keywords, from its body (read if it is not yet); none when it is damaged. */
const lwords *pack_body_keywords(store_backing *b, size_t i);
/* Gives back the memory of topic i's body (store_backing_ops.forget). */
void pack_body_forget(store_backing *b, size_t i);

/* The INDX section of st's pack and the checker its reads go through; false when st
 * has no pack. */
bool pack_index_blob(const store *st, const void **data, size_t *len, pack_chunks **chunks);

#endif
