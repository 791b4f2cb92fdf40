#include "ui/input.h"

#include "ui/curses_lib.h"
#include <time.h>

#include "ui/esc_seq.h"

enum { ESC = 27, SEQ_WAIT_MS = 30, SEQ_MAX = 64 };

/* Inside a bracketed paste (between ESC [ 200 ~ and ESC [ 201 ~). */
static bool pasting;

long long input_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static input_event mouse(void)
{
    MEVENT m;
    input_event ev = { .kind = INPUT_MOUSE_OTHER };
    if (getmouse(&m) != OK)
        return ev;
    ev.y = m.y;
    ev.x = m.x;
    if (m.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))
        ev.kind = INPUT_CLICK;
    else if (m.bstate & BUTTON4_PRESSED)
        ev.kind = INPUT_WHEEL_UP;
#ifdef BUTTON5_PRESSED
    else if (m.bstate & BUTTON5_PRESSED)
        ev.kind = INPUT_WHEEL_DOWN;
#endif
    return ev;
}

/* Reads the rest of a sequence that began with Esc.  Returns its verdict, or -1 when
 * nothing followed the Esc (the Esc key itself). */
static int rest_of_sequence(void)
{
    esc_seq s;
    esc_seq_start(&s);
    wint_t ch;
    /* ncurses has already waited ESCDELAY for the character after the Esc */
    wtimeout(stdscr, 0);
    for (int i = 0; i < SEQ_MAX; i++) {
        int rc = wget_wch(stdscr, &ch);
        if (rc == ERR)
            return i == 0 ? -1 : SEQ_DROP; /* cut short: drop what came */
        if (rc == KEY_CODE_YES)
            return SEQ_DROP;
        seq_verdict v = esc_seq_feed(&s, (uint32_t)ch);
        if (v != SEQ_MORE)
            return (int)v;
        wtimeout(stdscr, SEQ_WAIT_MS); /* the rest of a sequence comes at once */
    }
    return SEQ_DROP;
}

input_event input_read(int timeout_ms)
{
    wtimeout(stdscr, timeout_ms);
    wint_t ch;
    int rc = wget_wch(stdscr, &ch);
    if (rc == ERR) {
        if (timeout_ms > 0)
            pasting = false; /* a paste whose end mark never came is over */
        return (input_event){ .kind = INPUT_NONE };
    }
    if (rc == KEY_CODE_YES) {
        if (ch == KEY_MOUSE)
            return mouse();
        if (ch == KEY_RESIZE)
            return (input_event){ .kind = INPUT_RESIZE };
        if (pasting)
            return (input_event){ .kind = INPUT_DROPPED };
        return (input_event){ .kind = INPUT_KEY, .key = { .fn = true, .code = (uint32_t)ch } };
    }
    if (ch == ESC) {
        int v = rest_of_sequence();
        if (v == SEQ_PASTE_BEGIN)
            pasting = true;
        else if (v == SEQ_PASTE_END)
            pasting = false;
        if (v != -1 || pasting)
            return (input_event){ .kind = INPUT_DROPPED };
    }
    if (pasting) {
        static wint_t before; /* a Windows line end (CR LF) is one space, not two */
        bool crlf = before == '\r' && ch == '\n';
        before = ch;
        uint32_t c = esc_paste_char((uint32_t)ch);
        if (!c || crlf)
            return (input_event){ .kind = INPUT_DROPPED };
        return (input_event){ .kind = INPUT_PASTE, .key = { .fn = false, .code = c } };
    }
    return (input_event){ .kind = INPUT_KEY, .key = { .fn = false, .code = (uint32_t)ch } };
}
