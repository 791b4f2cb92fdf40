/* A library loaded with dlopen the first time it is needed, instead of linked: OpenCC,
 * libqrencode and nettle, which most starts never use; cJSON, liblz4, utf8proc,
 * libunistring and libm (core/lib_on_demand.c), and ncurses (ui/curses_on_demand.c),
 * each of which many runs never call, while every linked library costs every start its
 * loading (0.1 to 2.3 ms each here).  Nothing but the C library is linked.  Never
 * includes curses. */
#ifndef VE_DYNLIB_H
#define VE_DYNLIB_H

#include <stdbool.h>
#include <stddef.h>

/* One function to look up: its name, and the function pointer to set (its address
 * and size; dlsym gives an object pointer, which POSIX, not ISO C, lets us use as a
 * function pointer, so the bytes are copied). */
typedef struct dynlib_sym {
    const char *name;
    void *fn;
    size_t size;
} dynlib_sym;

/* A library by its sonames, tried in order, and the functions it must have. */
typedef struct dynlib {
    const char *const *names;
    size_t nnames;
    const dynlib_sym *syms;
    size_t nsyms;
    void *(*tried_with)(const char *file, int mode); /* the loader of the last attempt */
    bool loaded;
} dynlib;

/* Whether the library is loaded with every function set: the first name that opens
 * with opener and has them all is kept open for the rest of the process.  One attempt
 * per opener, so a test can swap dlopen for a stand-in that fails (a machine without
 * the library) and back. */
bool dynlib_ready(dynlib *lib, void *(*opener)(const char *file, int mode));

#endif
