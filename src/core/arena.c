#include "core/arena.h"

#include <stdalign.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "core/xalloc.h"

struct arena_chunk {
    arena_chunk *next;
    size_t cap, used;
    size_t mapped;            /* its length when mmap'd (a large zeroed one), else 0 */
    alignas(max_align_t) unsigned char data[];
};

enum { CHUNK_DEFAULT = 64 * 1024, BIG = 1024 * 1024 };

/* A zeroed chunk of at least BIG bytes straight from the kernel, its pages put in place
 * by one call (MAP_POPULATE) rather than by one page fault each as they are first
 * written: the table of 10,000 topics a pack opens with is 2.5 MB, and faulting it in
 * page by page took longer than reading it.  NULL when the kernel says no. */
static arena_chunk *map_chunk(size_t len)
{
    arena_chunk *c = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (c == MAP_FAILED)
        return NULL;
    c->mapped = len;
    return c;
}

/* n bytes from the arena; zeroed when zero is set.  An allocation larger than a chunk
 * gets a chunk of its own, already zero when it must be (calloc, or map_chunk), so it
 * is not cleared twice. */
static void *take(arena *a, size_t n, bool zero)
{
    const size_t align = alignof(max_align_t);
    n = (n + align - 1) / align * align;
    if (n == 0)
        n = align;
    arena_chunk *c = a->head;
    bool cleared = false;
    if (!c || c->cap - c->used < n) {
        size_t cap = n > CHUNK_DEFAULT ? n : CHUNK_DEFAULT;
        cleared = zero && n > CHUNK_DEFAULT;
        c = cleared && n >= BIG ? map_chunk(sizeof *c + cap) : NULL;
        if (!c) {
            c = cleared ? xcalloc(1, sizeof *c + cap) : xmalloc(sizeof *c + cap);
            c->mapped = 0;
        }
        c->cap = cap;
        c->used = 0;
        c->next = a->head;
        a->head = c;
    }
    void *p = c->data + c->used;
    c->used += n;
    a->used_bytes += n;
    if (zero && !cleared)
        memset(p, 0, n);
    return p;
}

void *arena_alloc(arena *a, size_t n) { return take(a, n, true); }

void *arena_alloc_uninit(arena *a, size_t n) { return take(a, n, false); }

char *arena_strndup(arena *a, const char *s, size_t n)
{
    char *d = arena_alloc_uninit(a, n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *arena_strdup(arena *a, const char *s) { return arena_strndup(a, s, strlen(s)); }

/* Oldest chunk first: the newest lies at the top of the heap, and freeing it first
 * made malloc give memory back to the system once per chunk (one brk each, 0.3-0.6 ms
 * apiece here: 2.8 ms at the end of every --show); this way it merges the chunks and
 * gives back once. */
void arena_free(arena *a)
{
    arena_chunk *c = a->head, *oldest = NULL;
    while (c) { /* reverse the list: newest first -> oldest first */
        arena_chunk *next = c->next;
        c->next = oldest;
        oldest = c;
        c = next;
    }
    c = oldest;
    while (c) {
        arena_chunk *next = c->next;
        if (c->mapped)
            munmap(c, c->mapped);
        else
            free(c);
        c = next;
    }
    a->head = NULL;
    a->used_bytes = 0;
}
