#include "ui/term.h"

/* before <term.h>, whose macros (lines, columns) would clash with struct fields */
#include "ui/theme.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <unistd.h>

#include "core/i18n.h"

static SCREEN *screen;
static volatile sig_atomic_t stop_signal;

static void on_stop(int sig) { stop_signal = sig; }

int term_stop_signal(void) { return (int)stop_signal; }

bool term_usable(lang_t lang, char *msg, size_t n)
{
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
        snprintf(msg, n, "%s", tr(lang, "vitiligo-explorer: the interactive explorer needs a terminal; to print instead, use --show ID, --list or --search WORDS"));
        return false;
    }
    const char *t = getenv("TERM");
    if (!t || !*t) {
        snprintf(msg, n, "%s", tr(lang, "vitiligo-explorer: TERM is not set, so the screen cannot be drawn; set it, for example TERM=xterm-256color, or use --show, --list or --search"));
        return false;
    }
    int err = 0;
    if (setupterm(t, STDOUT_FILENO, &err) != OK) {
        snprintf(msg, n, tr(lang, "vitiligo-explorer: the terminal type '%s' is unknown here; set TERM to one that is installed, for example xterm-256color or linux, or use --show, --list or --search"), t);
        return false;
    }
    /* a terminal that cannot move the cursor (dumb, a printer) cannot show screens */
    const char *cup = tigetstr("cup");
    bool can_move = cup && cup != (char *)-1;
    del_curterm(cur_term);
    cur_term = NULL;
    if (!can_move || strcmp(t, "dumb") == 0) {
        snprintf(msg, n, tr(lang, "vitiligo-explorer: the terminal type '%s' cannot show screens; use --show, --list or --search, or a full terminal"), t);
        return false;
    }
    return true;
}

static void signals(bool kiosk)
{
    struct sigaction sa = { 0 };
    sa.sa_handler = on_stop; /* no SA_RESTART: a waiting read returns and the loop sees the flag */
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    if (kiosk) {
        signal(SIGINT, SIG_IGN);
        signal(SIGQUIT, SIG_IGN);
        signal(SIGTSTP, SIG_IGN);
    } else {
        sigaction(SIGINT, &sa, NULL);
        sigaction(SIGQUIT, &sa, NULL);
    }
}

bool term_open(bool kiosk, lang_t lang, char *msg, size_t n)
{
    signals(kiosk); /* before newterm, so ncurses leaves our handlers alone */
    if (!getenv("ESCDELAY"))
        set_escdelay(100);
    screen = newterm(NULL, stdout, stdin);
    if (!screen) {
        snprintf(msg, n, "%s", tr(lang, "vitiligo-explorer: the terminal could not be set up"));
        return false;
    }
    if (kiosk)
        raw(); /* Ctrl-C, Ctrl-\ and Ctrl-Z arrive as keys, and keys do nothing there */
    else
        cbreak();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    meta(stdscr, TRUE);
    intrflush(stdscr, FALSE);
    /* NO_COLOR: no colour sequences at all; otherwise the terminal's own colours are
     * the default, so a dark or light terminal stays as its owner set it */
    if (has_colors() && !theme_no_color()) {
        start_color();
        use_default_colors();
    }
    /* presses, not clicks: with no click interval a tap acts at once */
    mouseinterval(0);
    mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    return true;
}

void term_close(void)
{
    if (!screen)
        return;
    mousemask(0, NULL);
    curs_set(1);
    endwin();
    delscreen(screen);
    screen = NULL;
}

bool term_ascii_lines(void)
{
    if (!locale_is_utf8())
        return true;
    const char *acsc = tigetstr("acsc");
    return !acsc || acsc == (char *)-1 || !*acsc;
}
