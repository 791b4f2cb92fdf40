/* The explorer's state machine (src/ui/app.h), fed random keys through the real key
 * table, raw actions, clicks, wheel turns, resizes from 0x0 to 409x129, clock jumps
 * and idle resets.  Whatever happens, the history stays in bounds, a kiosk never
 * quits and never saves a sheet.  HOME points nowhere, so the take-home screen's
 * saving (reachable outside kiosk mode) can never leave a file.  Every step that changes
 * the screen is also drawn, by the real render_frame, into an off-screen curses screen
 * (newterm on /dev/null): no view may crash or overrun, the cursor and every clickable
 * region lie inside the window, and no wide character is left cut at the right edge.
 * Input: byte 0 = kiosk (bit 0); then 3-byte steps (what, a, b). */
#include "ui/curses_lib.h"
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "content/load.h"
#include "core/i18n.h"
#include "fuzz.h"
#include "text/width.h"
#include "ui/app.h"
#include "ui/keymap.h"
#include "ui/render.h"

static store st;

static SCREEN *scr;
static FILE *null_out, *null_in;

static void done(void)
{
    if (scr) {
        endwin();
        delscreen(scr);
    }
    if (null_out)
        fclose(null_out);
    if (null_in)
        fclose(null_in);
    store_free(&st);
}

/* Draws the frame off screen and checks what the window holds. */
static void draw_and_check(const app *a)
{
    if (a->rows < 1 || a->cols < 1)
        return;
    if (resize_term(a->rows, a->cols) != OK)
        return;
    static canvas cv;
    render_frame(a, &cv);
    FUZZ_ASSERT(cv.cur_y < a->rows && cv.cur_x < a->cols);
    FUZZ_ASSERT(cv.nhits >= 0 && cv.nhits <= HIT_MAX);
    for (int i = 0; i < cv.nhits; i++) {
        const hit *h = &cv.hits[i];
        FUZZ_ASSERT(h->y >= 0 && h->y < a->rows && h->x0 >= 0 && h->x0 <= h->x1 && h->x1 <= a->cols);
    }
    for (int y = 0; y < a->rows; y++) {
        for (int x = 0; x < a->cols; x++) {
            cchar_t cc;
            wchar_t wch[CCHARW_MAX + 1];
            attr_t at;
            short pair;
            if (mvwin_wch(stdscr, y, x, &cc) != OK || getcchar(&cc, wch, &at, &pair, NULL) == ERR)
                continue;
            if (wcwidth(wch[0]) == 2) { /* a wide character takes this cell and the next */
                FUZZ_ASSERT(x + 1 < a->cols);
                x++;
            }
        }
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_locale();
    setenv("HOME", "/nonexistent/vitiligo-explorer-fuzz", 1);
    fuzz_load_fixture_store(&st);
    null_out = fopen("/dev/null", "w");
    null_in = fopen("/dev/null", "r");
    if (null_out && null_in)
        scr = newterm("xterm-256color", null_out, null_in);
    if (!scr) {
        fprintf(stderr, "fuzz_app: cannot open an off-screen curses screen (xterm-256color)\n");
        abort();
    }
    atexit(done);
    return 0;
}

/* Characters people type: ASCII, Chinese, full-width, combining, emoji, odd ones. */
static uint32_t char_of(uint8_t b)
{
    static const uint32_t wide[] = { 0x767D, 0x765C, 0x98A8, 0x75C5, 0x5149, 0x7642, 0x3000, 0xFF35,
                                     0xFF56, 0x0301, 0x1F600, 0x200D, 0xFFFD, 0x00AD, 0x2028, 0x10FFFF };
    return b < 0x80 ? b : wide[b % (sizeof wide / sizeof wide[0])];
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    app_settings set = app_default_settings();
    set.kiosk = data[0] & 1;
    set.default_lang = (lang_t)((data[0] >> 1) % LANG_COUNT);
    static app a; /* large; not on the stack */
    app_init(&a, &st, &set, 24, 80);
    long long now = 1000;
    for (size_t i = 1; i + 3 <= size; i += 3) {
        uint8_t what = data[i], x = data[i + 1], y = data[i + 2];
        action_arg arg = { .now_ms = now };
        unsigned chg = CHG_NONE;
        char text[8] = { 0 };
        switch (what % 8) {
        case 0:
        case 1: { /* a key, through the key table */
            key_event k = { .fn = x & 1, .code = (x & 1) ? 0401u + y : char_of(y) };
            if (app_note_input(&a, now))
                break;
            action act = keymap_lookup(app_view(&a), k, &arg.n);
            if (act == ACT_EDIT_INSERT) {
                utf8_encode(k.code, text);
                arg.text = text;
            }
            chg = app_apply(&a, act, &arg);
            break;
        }
        case 2: /* any action with any number */
            arg.n = (int8_t)y;
            arg.text = "vitiligo 白斑";
            chg = app_apply(&a, (action)(x % ACT_COUNT), &arg);
            break;
        case 3: /* a click or tap on item n, or the wheel */
            app_note_input(&a, now);
            arg.n = (long)y - 8;
            chg = app_apply(&a, x & 1 ? ACT_SELECT : (x & 2 ? ACT_SCROLL_UP : ACT_SCROLL_DOWN), &arg);
            break;
        case 4: /* a resize, down to nothing */
            arg.rows = x % 130;
            arg.cols = (int)((y * 2u) % 410u);
            chg = app_apply(&a, ACT_RESIZE, &arg);
            break;
        case 5: /* time passes: up to 4 minutes */
            now += (long long)x * 1000 + y;
            arg.now_ms = now;
            chg = app_apply(&a, ACT_TICK, &arg);
            break;
        case 6: { /* typed text, several characters at once (a paste or an input method) */
            char paste[16] = { 0 };
            size_t len = 0;
            for (int k = 0; k < 3; k++)
                len += utf8_encode(char_of((uint8_t)(y + k * x)), paste + len);
            arg.text = paste;
            chg = app_apply(&a, ACT_EDIT_INSERT, &arg);
            break;
        }
        default:
            if (x == 0xFF)
                app_reset(&a);
            now += 7;
            break;
        }
        FUZZ_ASSERT(a.s.depth >= 1 && a.s.depth <= APP_MAX_DEPTH);
        FUZZ_ASSERT(app_view(&a) < VIEW_COUNT);
        FUZZ_ASSERT(!(set.kiosk && (chg & CHG_QUIT)));
        FUZZ_ASSERT(!(set.kiosk && a.s.sheet_saved[0]));
        if (chg & CHG_QUIT)
            break;
        if (chg)
            draw_and_check(&a);
    }
    app_free(&a);
    return 0;
}
