/* The terminal: checking it can run the explorer, ncurses set-up and restore,
 * and the signals.  Signal handlers only set a flag; the loop acts on it. */
#ifndef VE_TERM_H
#define VE_TERM_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>

#include "core/lang.h"

/* Says why the explorer cannot run here (not a terminal, TERM unset, dumb or
 * unknown) into msg; false when it cannot. */
bool term_usable(lang_t lang, char *msg, size_t n);

/* Starts curses.  kiosk: raw mode, and Ctrl-C, Ctrl-\ and Ctrl-Z are ignored. */
bool term_open(bool kiosk, lang_t lang, char *msg, size_t n);

/* Restores the terminal; safe to call more than once and from the fatal-error hook. */
void term_close(void);

/* Whether the terminal lacks line-drawing characters (draw them with - | +). */
bool term_ascii_lines(void);

/* The signal that asked us to stop (SIGTERM, SIGHUP, or SIGINT outside kiosk), or 0. */
int term_stop_signal(void);

#endif
