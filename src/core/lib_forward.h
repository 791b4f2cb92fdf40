/* The machinery of a library loaded on its first call instead of linked
 * (core/lib_on_demand.c for cJSON, liblz4, utf8proc, libunistring and libm;
 * ui/curses_on_demand.c for ncurses): from X-macro lists of the functions (and
 * variables) the program uses, LIBRARY makes the table dynlib fills and id_need(), and
 * LIB_FORWARD defines each function under the library's own name, so the compiler
 * checks it against the library's header and callers are written as for a linked
 * library.  Never includes curses. */
#ifndef VE_LIB_FORWARD_H
#define VE_LIB_FORWARD_H

#include "core/dynlib.h"

/* Loads lib, or stops the program naming it and the Debian package that has it, as
 * running out of memory does (xalloc_fatal: the terminal is given back first). */
void lib_need(dynlib *lib, const char *package);

/* A function list is X(id, return type, name, parameters, arguments); a variable list
 * is V(id, type, name).  A library without variables passes LIB_NO_VARIABLES. */
#define LIB_FIELD(id, ret, name, params, args) ret(*name) params;
#define LIB_SYMBOL(id, ret, name, params, args) { #name, &id##_api.name, sizeof id##_api.name },
#define LIB_VAR_FIELD(id, type, name) type *name;
#define LIB_VAR_SYMBOL(id, type, name) { #name, &id##_api.name, sizeof id##_api.name },
#define LIB_NO_VARIABLES(V, id)
#define LIB_COUNT(a) (sizeof a / sizeof *a)

/* One library: its functions' (and variables') addresses in id_api, its sonames (tried
 * in order), the dynlib that fills them, and id_need(), which loads it or stops. */
#define LIBRARY(id, package, FUNCTIONS, VARIABLES, ...)                                                          \
    static struct {                                                                                              \
        FUNCTIONS(LIB_FIELD, id)                                                                                 \
        VARIABLES(LIB_VAR_FIELD, id)                                                                             \
    } id##_api;                                                                                                  \
    static const char *const id##_names[] = { __VA_ARGS__ };                                                     \
    static const dynlib_sym id##_syms[] = { FUNCTIONS(LIB_SYMBOL, id) VARIABLES(LIB_VAR_SYMBOL, id) };           \
    static dynlib id##_lib = { id##_names, LIB_COUNT(id##_names), id##_syms, LIB_COUNT(id##_syms), NULL, false }; \
    /* checked before every call: once loaded, a flag and no function call */                               \
    static inline void id##_need(void)                                                                           \
    {                                                                                                            \
        if (!id##_lib.loaded)                                                                                    \
            lib_need(&id##_lib, package);                                                                        \
    }

/* The functions themselves, under the libraries' names: load, then call.  The name is
 * in brackets so that a header's macro of the same name is not expanded. */
#define LIB_FORWARD(id, ret, name, params, args) ret(name) params { id##_need(); return id##_api.name args; }
/* the same for those that return nothing (ISO C has no "return f();" in a void function) */
#define LIB_FORWARD_VOID(id, ret, name, params, args) ret(name) params { id##_need(); id##_api.name args; }

#endif
