/* Reading input: keys with wget_wch (KEY_CODE_YES tells a function key from a
 * character, so a Chinese character is never mistaken for one), mouse events,
 * resizes and time-outs.  A sequence ncurses does not know is dropped whole, never
 * replayed as Esc and keys; a bracketed paste comes as INPUT_PASTE characters. */
#ifndef VE_INPUT_H
#define VE_INPUT_H

#include <stdbool.h>

#include "ui/keymap.h"

typedef enum {
    INPUT_NONE,      /* the time-out passed, or a signal interrupted the wait */
    INPUT_KEY,
    INPUT_CLICK,     /* a press or tap at (y, x) */
    INPUT_WHEEL_UP,
    INPUT_WHEEL_DOWN,
    INPUT_RESIZE,
    INPUT_MOUSE_OTHER,
    INPUT_PASTE,     /* one character of pasted text (key.code): text, never a command */
    INPUT_DROPPED,   /* an escape sequence the terminal description does not know */
} input_kind;

typedef struct input_event {
    input_kind kind;
    key_event key;
    int y, x;
} input_event;

/* Waits at most timeout_ms (-1: forever, 0: only what is already there). */
input_event input_read(int timeout_ms);

/* Milliseconds of a monotonic clock. */
long long input_now_ms(void);

#endif
