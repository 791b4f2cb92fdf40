/* A bump allocator: many small allocations, one free.  The content store keeps all
 * of its strings and arrays in one, so loading and unloading cannot leak. */
#ifndef VE_ARENA_H
#define VE_ARENA_H

#include <stddef.h>

typedef struct arena_chunk arena_chunk;
typedef struct arena {
    arena_chunk *head;
    size_t used_bytes; /* total handed out, for memory figures */
} arena;

void *arena_alloc(arena *a, size_t n);            /* zeroed, aligned for any type */
/* The same, not zeroed: for memory that is written in full at once. */
void *arena_alloc_uninit(arena *a, size_t n);
char *arena_strndup(arena *a, const char *s, size_t n);
char *arena_strdup(arena *a, const char *s);
void arena_free(arena *a);

#endif
