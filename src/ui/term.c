#include "ui/term.h"

/* before <term.h>, whose macros (lines, columns) would clash with struct fields */
#include "ui/theme.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <termios.h>
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
    /* the screens are drawn in UTF-8: on a Big5 or GBK terminal they would come out as
     * nonsense, so say how to fix it instead (screen-test L14) */
    const char *cs = locale_legacy_charset();
    if (cs) {
        /* in English: ASCII reads the same in every character set, Chinese would not */
        snprintf(msg, n, tr(LANG_EN, "vitiligo-explorer: the locale asks for the %s character set, but the explorer draws "
                                  "its screens in UTF-8; run it in a UTF-8 terminal with LANG set to a UTF-8 locale "
                                  "(for example LANG=zh_TW.UTF-8 or C.UTF-8), or use --show, --list or --search"), cs);
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
    del_curterm(*curses_var_cur_term());
    *curses_var_cur_term() = NULL;
    if (!can_move || strcmp(t, "dumb") == 0) {
        snprintf(msg, n, tr(lang, "vitiligo-explorer: the terminal type '%s' cannot show screens; use --show, --list or --search, or a full terminal"), t);
        return false;
    }
    return true;
}

/* What the fatal-signal handler writes to give the terminal back: leave the alternate
 * screen, stop mouse reports and bracketed paste, show the cursor.  Filled in once the
 * terminal is open (async-signal-safe: the handler only calls write, tcsetattr and raise). */
static char restore_seq[256];
static size_t restore_len;
static struct termios saved_tty;
static bool have_saved_tty;

static void on_fatal(int sig)
{
    if (restore_len)
        (void)!write(STDOUT_FILENO, restore_seq, restore_len);
    if (have_saved_tty)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_tty);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Signals that end the program by default: each one either stops it cleanly through the
 * loop (the flag) or, for faults, restores the terminal and dies as before.  Only the
 * keyboard's INT, QUIT and TSTP are ignored in a kiosk. */
static const int stop_signals[] = { SIGTERM, SIGHUP, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF,
                                    SIGXCPU, SIGXFSZ, SIGPOLL };
static const int fault_signals[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGSYS, SIGTRAP };

static void signals(bool kiosk)
{
    struct sigaction sa = { 0 };
    sa.sa_handler = on_stop; /* no SA_RESTART: a waiting read returns and the loop sees the flag */
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof stop_signals / sizeof *stop_signals; i++)
        sigaction(stop_signals[i], &sa, NULL);
    if (kiosk) {
        signal(SIGINT, SIG_IGN);
        signal(SIGQUIT, SIG_IGN);
        signal(SIGTSTP, SIG_IGN);
    } else {
        sigaction(SIGINT, &sa, NULL);
        sigaction(SIGQUIT, &sa, NULL);
    }
}

/* After newterm: the handler for faults, with the sequences this terminal needs. */
static void fault_handlers(void)
{
    have_saved_tty = tcgetattr(STDIN_FILENO, &saved_tty) == 0;
    if (have_saved_tty) { /* what the shell had: cooked, echoing */
        saved_tty.c_lflag |= (ICANON | ECHO | ISIG);
        saved_tty.c_iflag |= ICRNL;
        saved_tty.c_oflag |= OPOST;
    }
    restore_len = 0;
    const char *caps[] = { "rmcup", "cnorm", "sgr0", "rmkx" };
    char *p = restore_seq;
    size_t left = sizeof restore_seq;
    for (size_t i = 0; i < sizeof caps / sizeof *caps; i++) {
        const char *s = tigetstr(caps[i]);
        if (!s || s == (char *)-1 || strlen(s) >= left)
            continue;
        memcpy(p, s, strlen(s));
        p += strlen(s);
        left -= strlen(s);
    }
    static const char extra[] = "\033[?1000l\033[?1002l\033[?1006l\033[?2004l";
    if (sizeof extra - 1 < left) {
        memcpy(p, extra, sizeof extra - 1);
        p += sizeof extra - 1;
    }
    restore_len = (size_t)(p - restore_seq);
    struct sigaction sa = { 0 };
    sa.sa_handler = on_fatal;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof fault_signals / sizeof *fault_signals; i++)
        sigaction(fault_signals[i], &sa, NULL);
}

/* Bracketed paste on or off, with the terminal's own BE/BD strings. */
static void paste_mode(bool on)
{
    const char *s = tigetstr(on ? "BE" : "BD");
    if (s && s != (char *)-1 && *s)
        putp(s);
    fflush(stdout);
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
    /* ncurses 6.4 flushes its output at every cursor move until the screen has once been
     * left and taken back (its _nc_mvcur flushes while the screen is "initial"), so each
     * frame went out in about twenty writes, a line at a time: slower, and on a slow
     * link a patient could watch the page build up.  Leaving and taking back the screen
     * here, before anything is drawn, makes every frame one write; before the modes
     * below, which leaving the screen would switch off (keypad until the first key). */
    endwin(); /* left: the screen is "suspended" */
    refresh(); /* taken back: "running" */
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
    /* bracketed paste: the terminal marks a paste, so its text is never taken as keys
     * (input.c); sent only where the terminal description says how (BE/BD) */
    paste_mode(true);
    fault_handlers();
    return true;
}

void term_close(void)
{
    if (!screen)
        return;
    mousemask(0, NULL);
    paste_mode(false);
    curs_set(1);
    endwin();
    delscreen(screen);
    screen = NULL;
    restore_len = 0;
    have_saved_tty = false;
}

bool term_ascii_lines(void)
{
    if (!locale_is_utf8())
        return true;
    const char *acsc = tigetstr("acsc");
    return !acsc || acsc == (char *)-1 || !*acsc;
}
