/* ncurses (with its terminfo library, libtinfo, which it depends on), loaded the
 * first time the program calls it instead of linked: only the screen needs it, and
 * loading it cost every --search, --show and --list 0.6 ms of a start of about 8 ms on
 * the 2-core machine.  core/lib_forward.h has the machinery; ui/curses_lib.h, which
 * the program's files include instead of <curses.h>, reads the variables. */
#define VE_CURSES_ON_DEMAND
#include "ui/curses_lib.h"

#include <term.h>

#include "core/lib_forward.h"

/* X(id, return type, name, parameters, arguments) for every function the program calls
 * (and resize_term and win_wch, with which the unit tests and fuzz_app read frames
 * back); the tinfo ones are found through ncurses, which loads libtinfo. */
#define CURSES_FUNCTIONS(X, id)                                                                                    \
    X(id, int, clearok, (WINDOW * w, bool bf), (w, bf))                                                            \
    X(id, int, doupdate, (void), ())                                                                               \
    X(id, int, endwin, (void), ())                                                                                 \
    X(id, int, getcchar, (const cchar_t *wcval, wchar_t *wch, attr_t *attrs, NCURSES_PAIRS_T *pair, void *opts),   \
      (wcval, wch, attrs, pair, opts))                                                                             \
    X(id, int, getmouse, (MEVENT * event), (event))                                                                \
    X(id, bool, has_colors, (void), ())                                                                            \
    X(id, int, init_pair, (NCURSES_PAIRS_T pair, NCURSES_COLOR_T f, NCURSES_COLOR_T b), (pair, f, b))              \
    X(id, int, mouseinterval, (int erval), (erval))                                                                \
    X(id, mmask_t, mousemask, (mmask_t newmask, mmask_t *oldmask), (newmask, oldmask))                             \
    X(id, SCREEN *, newterm, (const char *type, FILE *outfd, FILE *infd), (type, outfd, infd))                     \
    X(id, int, noecho, (void), ())                                                                                 \
    X(id, int, nonl, (void), ())                                                                                   \
    X(id, int, set_escdelay, (int ms), (ms))                                                                       \
    X(id, int, setcchar,                                                                                           \
      (cchar_t * wcval, const wchar_t *wch, const attr_t attrs, NCURSES_PAIRS_T pair, const void *opts),           \
      (wcval, wch, attrs, pair, opts))                                                                             \
    X(id, int, start_color, (void), ())                                                                            \
    X(id, int, use_default_colors, (void), ())                                                                     \
    X(id, int, wadd_wch, (WINDOW * w, const cchar_t *wch), (w, wch))                                               \
    X(id, int, werase, (WINDOW * w), (w))                                                                          \
    X(id, int, wget_wch, (WINDOW * w, wint_t *wch), (w, wch))                                                      \
    X(id, int, wmove, (WINDOW * w, int y, int x), (w, y, x))                                                       \
    X(id, int, wnoutrefresh, (WINDOW * w), (w))                                                                    \
    X(id, int, wrefresh, (WINDOW * w), (w))                                                                        \
    X(id, int, resize_term, (int nlines, int ncols), (nlines, ncols))                                              \
    X(id, int, win_wch, (WINDOW * w, cchar_t *wcval), (w, wcval))                                                  \
    X(id, int, cbreak, (void), ())                                                                                 \
    X(id, int, curs_set, (int visibility), (visibility))                                                           \
    X(id, int, del_curterm, (TERMINAL * oterm), (oterm))                                                           \
    X(id, int, intrflush, (WINDOW * w, bool bf), (w, bf))                                                          \
    X(id, int, keypad, (WINDOW * w, bool bf), (w, bf))                                                             \
    X(id, int, meta, (WINDOW * w, bool bf), (w, bf))                                                               \
    X(id, int, putp, (const char *str), (str))                                                                     \
    X(id, int, raw, (void), ())                                                                                    \
    X(id, int, setupterm, (const char *term, int filedes, int *errret), (term, filedes, errret))                   \
    X(id, char *, tigetstr, (const char *capname), (capname))
#define CURSES_PROCEDURES(X, id)                                                                                   \
    X(id, void, delscreen, (SCREEN * sp), (sp))                                                                    \
    X(id, void, wbkgdset, (WINDOW * w, chtype ch), (w, ch))                                                        \
    X(id, void, wtimeout, (WINDOW * w, int delay), (w, delay))
#define CURSES_ALL(X, id) CURSES_FUNCTIONS(X, id) CURSES_PROCEDURES(X, id)

LIBRARY(curses, "libncursesw6", CURSES_ALL, CURSES_VARIABLES, "libncursesw.so.6")

CURSES_FUNCTIONS(LIB_FORWARD, curses)
CURSES_PROCEDURES(LIB_FORWARD_VOID, curses)

#define CURSES_VAR_DEFINE(id, type, name)                                                                          \
    type *curses_var_##name(void)                                                                                  \
    {                                                                                                              \
        id##_need();                                                                                               \
        return id##_api.name;                                                                                      \
    }
CURSES_VARIABLES(CURSES_VAR_DEFINE, curses)
