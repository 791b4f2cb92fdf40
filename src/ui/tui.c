/* The interactive explorer's loop: read an event, turn it into an action, let the
 * state machine apply it, draw when something changed.  All state lives in the
 * app (src/ui/app.h); this file only connects it to the terminal. */
#include "ui/tui.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/xalloc.h"
#include "kiosk/staff.h"
#include "text/width.h"
#include "ui/app.h"
#include "ui/input.h"
#include "ui/keymap.h"
#include "ui/render.h"
#include "ui/term.h"

enum { TICK_MS = 1000, BURST = 256, CTRL_L = 12 };

static theme_id theme_named(const char *name, theme_id dflt)
{
    if (!name)
        return dflt;
    if (strcmp(name, "high-contrast") == 0)
        return THEME_HIGH_CONTRAST;
    if (strcmp(name, "monochrome") == 0)
        return THEME_MONO;
    return THEME_NORMAL;
}

/* The staff exit sees keys as characters or F-keys. */
static staff_key staff_key_of(const input_event *ev)
{
    if (ev->kind != INPUT_KEY)
        return ev->kind == INPUT_CLICK ? STAFF_KEY_OTHER : STAFF_KEY_NONE;
    if (!ev->key.fn)
        return ev->key.code == '\r' ? STAFF_KEY_ENTER : (staff_key)ev->key.code;
    if (ev->key.code >= (uint32_t)KEY_F(1) && ev->key.code <= (uint32_t)KEY_F(12))
        return STAFF_KEY_FN(ev->key.code - (uint32_t)KEY_F(0));
    if (ev->key.code == KEY_ENTER)
        return STAFF_KEY_ENTER;
    if (ev->key.code == KEY_BACKSPACE)
        return STAFF_KEY_BACKSPACE;
    return STAFF_KEY_OTHER;
}

typedef struct loop {
    app a;
    canvas cv;
    staff_exit staff;
    bool staff_out;
} loop;

/* Applies one event; returns the change flags. */
static unsigned handle(loop *l, const input_event *ev)
{
    app *a = &l->a;
    long long now = input_now_ms();
    action_arg arg = { .now_ms = now };
    if (ev->kind == INPUT_NONE)
        return app_apply(a, ACT_TICK, &arg);
    if (ev->kind == INPUT_RESIZE) {
        arg.rows = LINES;
        arg.cols = COLS;
        return app_apply(a, ACT_RESIZE, &arg);
    }
    if (ev->kind == INPUT_MOUSE_OTHER || ev->kind == INPUT_DROPPED)
        return CHG_NONE;
    if (a->set.kiosk) {
        staff_verdict v = staff_exit_feed(&l->staff, staff_key_of(ev), (long)now);
        if (v == STAFF_EXIT) {
            l->staff_out = true;
            return CHG_QUIT;
        }
        if (v == STAFF_SWALLOW)
            return CHG_NONE;
    }
    if (app_note_input(a, now))
        return CHG_DRAW;
    switch (ev->kind) {
    case INPUT_PASTE: { /* pasted text goes into a text box, and is never a command */
        if (keymap_lookup(app_view(a), ev->key, &arg.n) != ACT_EDIT_INSERT)
            return CHG_NONE;
        char text[8] = { 0 };
        utf8_encode(ev->key.code, text);
        arg.text = text;
        return app_apply(a, ACT_EDIT_INSERT, &arg);
    }
    case INPUT_WHEEL_UP: return app_apply(a, ACT_SCROLL_UP, &arg);
    case INPUT_WHEEL_DOWN: return app_apply(a, ACT_SCROLL_DOWN, &arg);
    case INPUT_CLICK: {
        const hit *h = hit_find(&l->cv, ev->y, ev->x);
        if (!h)
            return CHG_NONE;
        arg.n = h->n;
        return app_apply(a, h->act, &arg);
    }
    case INPUT_KEY: {
        if (!ev->key.fn && ev->key.code == CTRL_L) { /* Ctrl-L: draw everything again */
            clearok(curscr, TRUE);
            return CHG_DRAW;
        }
        action act = keymap_lookup(app_view(a), ev->key, &arg.n);
        char text[8] = { 0 };
        if (act == ACT_EDIT_INSERT) {
            utf8_encode(ev->key.code, text);
            arg.text = text;
        }
        return app_apply(a, act, &arg);
    }
    default: return CHG_NONE;
    }
}

/* Acts on what changed: colours, the staff exit after a reset, then one frame. */
static void settle(loop *l, unsigned chg)
{
    if (chg & CHG_THEME)
        theme_setup(l->a.s.theme);
    if (chg & CHG_RESET)
        staff_exit_reset(&l->staff);
    if (chg)
        render_frame(&l->a, &l->cv);
}

int tui_run(const store *st, const tui_settings *o, tui_after_first_frame after, void *ctx)
{
    char msg[512];
    if (!term_usable(o->lang, msg, sizeof msg)) {
        fprintf(stderr, "%s\n", msg);
        return 2;
    }
    if (!term_open(o->kiosk, o->lang, msg, sizeof msg)) {
        fprintf(stderr, "%s\n", msg);
        return 2;
    }
    xalloc_set_die_hook(term_close);
    static loop l; /* large (history frames); not on the stack */
    app_settings set = app_default_settings();
    set.kiosk = o->kiosk;
    set.default_lang = o->lang;
    if (o->languages.n)
        set.languages = o->languages;
    if (o->idle_seconds > 0)
        set.idle_seconds = o->idle_seconds;
    set.default_theme = theme_named(o->theme, THEME_NORMAL);
    app_init(&l.a, st, &set, LINES, COLS);
    staff_exit_init(&l.staff, &o->staff);
    theme_setup(l.a.s.theme);

    unsigned chg = CHG_DRAW;
    while (!(chg & CHG_QUIT) && !term_stop_signal()) {
        settle(&l, chg);
        if (after) {
            const char *err = after(ctx);
            after = NULL;
            snprintf(l.a.variety_error, sizeof l.a.variety_error, "%s", err ? err : "");
            app_drop_index(&l.a); /* none yet; but one built earlier would predate zh-Hans */
        }
        input_event ev = input_read(TICK_MS);
        chg = handle(&l, &ev);
        /* take whatever is already waiting (a paste, an input method committing
         * several characters) before drawing again */
        for (int i = 0; i < BURST && !(chg & CHG_QUIT) && ev.kind != INPUT_NONE; i++) {
            ev = input_read(0);
            if (ev.kind == INPUT_NONE)
                break;
            if (ev.kind == INPUT_CLICK && chg) {
                settle(&l, chg); /* a click means what is on screen now */
                chg = CHG_NONE;
            }
            chg |= handle(&l, &ev);
        }
    }
    app_free(&l.a);
    term_close();
    if (l.staff_out)
        return KIOSK_EXIT_STAFF;
    return 0;
}
