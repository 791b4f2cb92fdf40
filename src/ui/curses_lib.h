/* <curses.h> for the program's own files: ncurses is loaded the first time it is
 * called (ui/curses_on_demand.c), never linked, so a run that draws no screen
 * (--search, --show, --list) never loads it.  Its functions are called by their own
 * names, as if linked; the seven variables the program (or a curses.h macro it uses)
 * reads are read through the addresses the loader gives, under their own names too.
 * cur_term is the exception: <term.h> declares it, and theme.h (which includes this
 * header) must come before <term.h>, so term.c reads it as *curses_var_cur_term(). */
#ifndef VE_CURSES_LIB_H
#define VE_CURSES_LIB_H

#include <curses.h>

#if NCURSES_REENTRANT
#error "an ncurses built with reentrant variables: ui/curses_on_demand.c reads them as plain variables"
#endif

/* V(id, type, name) for every ncurses variable read. */
#define CURSES_VARIABLES(V, id)                                                                                    \
    V(id, int, LINES)                                                                                              \
    V(id, int, COLS)                                                                                               \
    V(id, int, COLOR_PAIRS)                                                                                        \
    V(id, WINDOW *, stdscr)                                                                                        \
    V(id, WINDOW *, curscr)                                                                                        \
    V(id, cchar_t *, _nc_wacs)                                                                                     \
    V(id, struct term *, cur_term)

/* The variable's address in the loaded library (loading it first). */
#define CURSES_VAR_ADDRESS(id, type, name) type *curses_var_##name(void);
CURSES_VARIABLES(CURSES_VAR_ADDRESS, curses)

#ifndef VE_CURSES_ON_DEMAND
#define LINES (*curses_var_LINES())
#define COLS (*curses_var_COLS())
#define COLOR_PAIRS (*curses_var_COLOR_PAIRS())
#define stdscr (*curses_var_stdscr())
#define curscr (*curses_var_curscr())
#define _nc_wacs (*curses_var__nc_wacs())
#endif

#endif
