#include "ui/input.h"

#include <curses.h>
#include <time.h>

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

input_event input_read(int timeout_ms)
{
    wtimeout(stdscr, timeout_ms);
    wint_t ch;
    int rc = wget_wch(stdscr, &ch);
    if (rc == ERR)
        return (input_event){ .kind = INPUT_NONE };
    if (rc == KEY_CODE_YES) {
        if (ch == KEY_MOUSE)
            return mouse();
        if (ch == KEY_RESIZE)
            return (input_event){ .kind = INPUT_RESIZE };
        return (input_event){ .kind = INPUT_KEY, .key = { .fn = true, .code = (uint32_t)ch } };
    }
    return (input_event){ .kind = INPUT_KEY, .key = { .fn = false, .code = (uint32_t)ch } };
}
