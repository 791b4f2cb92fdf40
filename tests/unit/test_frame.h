/* Whole frames for unit tests, drawn through curses into a screen that goes nowhere
 * (an xterm on /dev/null), and read back row by row as UTF-8.  Include after
 * test_app_fixture.h. */
#ifndef VE_TEST_FRAME_H
#define VE_TEST_FRAME_H

#include "ui/curses_lib.h"
#include <wchar.h>

#include "ui/render.h"

static SCREEN *screen;

static inline int open_screen(void **state)
{
    (void)state;
    FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
    screen = out && in ? newterm("xterm", out, in) : NULL;
    if (!screen) {
        fprintf(stderr, "cannot open a curses screen for the xterm terminal type\n");
        return -1;
    }
    resize_term(30, 120);
    return 0;
}

static inline int close_screen(void **state)
{
    endwin();
    delscreen(screen);
    return free_store(state);
}

/* Row y of the last frame as UTF-8 (wide characters once). */
static inline void row_text(int y, char *buf, size_t n)
{
    size_t used = 0;
    buf[0] = '\0';
    for (int x = 0; x < COLS && used + 8 < n; x++) {
        cchar_t cc;
        wchar_t wcs[CCHARW_MAX + 1] = { 0 };
        attr_t at;
        short pair;
        if (mvwin_wch(stdscr, y, x, &cc) == ERR || getcchar(&cc, wcs, &at, &pair, NULL) == ERR)
            break;
        if (wcs[0] == 0)
            continue;
        if (wcwidth(wcs[0]) == 2)
            x++; /* its right half */
        char mb[16];
        int k = wctomb(mb, wcs[0]);
        if (k > 0) {
            memcpy(buf + used, mb, (size_t)k);
            used += (size_t)k;
            buf[used] = '\0';
        }
    }
    while (used > 0 && buf[used - 1] == ' ')
        buf[--used] = '\0';
}

/* Whether any row of the frame contains both texts. */
static inline bool a_row_has(const char *x, const char *y)
{
    char row[1024];
    for (int r = 0; r < LINES; r++) {
        row_text(r, row, sizeof row);
        if (strstr(row, x) && (!y || strstr(row, y)))
            return true;
    }
    return false;
}

#endif
