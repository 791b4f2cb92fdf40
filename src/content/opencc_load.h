/* OpenCC, loaded the first time a text is converted to Simplified instead of linked.
 *
 * The installed program reads the compiled content pack, whose 简体 texts are already
 * made, so most starts never convert anything; linking OpenCC (which brings libstdc++
 * and marisa) cost every start about 2.3 ms in the dynamic loader, a third of what
 * --version took.  Only a content folder read in 简体 (--content DIR), compiling the
 * pack and --check-content need it.  Never includes curses. */
#ifndef VE_OPENCC_LOAD_H
#define VE_OPENCC_LOAD_H

#include <stddef.h>

#include <opencc.h>

/* The part of OpenCC's C API the program uses (opencc.h). */
typedef struct opencc_api {
    opencc_t (*open)(const char *config); /* (opencc_t)-1 when it fails */
    char *(*convert_utf8)(opencc_t oc, const char *in, size_t len);
    void (*convert_utf8_free)(char *s);
    int (*close)(opencc_t oc);
    const char *(*error)(void);
} opencc_api;

/* OpenCC's functions, the library loaded on the first call (later calls give the
 * same answer).  NULL with a message in err, saying what needs OpenCC and how to
 * install it, when the library cannot be loaded. */
const opencc_api *opencc_load(char *err, size_t errn);

/* How the library is opened: dlopen.  Tests point it at a function that fails, to
 * see what a machine without OpenCC does (there is no switch a user could set). */
extern void *(*opencc_dlopen)(const char *file, int mode);

#endif
