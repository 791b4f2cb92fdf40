/* Allocation that never returns NULL: on failure the registered hook restores the
 * terminal, a message is printed and the program exits. */
#ifndef VE_XALLOC_H
#define VE_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Called before exiting on exhausted memory (the UI uses it to leave curses mode). */
void xalloc_set_die_hook(void (*hook)(void));
/* Stops the program as exhausted memory does: the hook, then "vitiligo-explorer: WHAT"
 * on stderr, exit status 3.  For what the system cannot give (memory, a library). */
void xalloc_fatal(const char *what) __attribute__((noreturn));

/* Grows *items so that at least need elements fit; *cap is the capacity in elements. */
#define XGROW(items, cap, need)                                                      \
    do {                                                                             \
        if ((need) > (cap)) {                                                        \
            size_t xg_new_ = (cap) ? (cap) * 2 : 8;                                  \
            while (xg_new_ < (need)) xg_new_ *= 2;                                   \
            (items) = xrealloc((items), xg_new_ * sizeof *(items));                  \
            (cap) = xg_new_;                                                         \
        }                                                                            \
    } while (0)

#endif
