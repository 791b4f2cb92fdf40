/* The help screen, generated from the action list and the key table in the current
 * language, so it can never disagree with what the keys do. */
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "text/layout.h"
#include "text/width.h"
#include "ui/chrome.h"
#include "ui/draw.h"
#include "ui/list_nav.h"
#include "ui/keymap.h"
#include "ui/view.h"

/* The keys column: narrower on a narrow screen, so the sentences keep room. */
static int keys_cols(int width) { return width < 60 ? 14 : 22; }

/* One help row: the keys (on an entry's first row) and a piece of the sentence. */
typedef struct help_row {
    const char *keys;  /* NULL on continuation rows and section titles */
    const char *text;
    size_t start, end;
    int x;             /* column of the text */
    bool keys_own_row; /* the keys fill the row (too wide for their column) */
    bool title;
} help_row;

static const char *const mouse_lines[] = {
    N_("Click or tap an item or a link to open it."),
    N_("Turn the mouse wheel to scroll."),
    N_("Click the buttons in the top line to go back, search or change the language."),
    N_("Click a key in the bottom line to use it."),
};

/* How to find an answer without a Chinese input method, or without typing at all. */
static const char *const finding_lines[] = {
    N_("Search in English, Chinese or pinyin. With no Chinese input method, type the pinyin: baidianfeng, bai dian "
       "feng, bai2dian4feng1 or the initials bdf all find 白癜風. Results show in the language you chose."),
    N_("Common questions, on the home screen: tap a question to open the part of a topic that answers it."),
    N_("The search line opens empty. Ctrl-U or [Clear] empties it; Tab puts your last search back."),
};

/* The keys bound to act, as "Up, k"; into buf. */
static const char *keys_for(lang_t lang, action act, char *buf, size_t n)
{
    unsigned nt;
    const key_binding *t = keymap_table(&nt);
    buf[0] = '\0';
    size_t used = 0;
    for (unsigned i = 0; i < nt; i++) {
        if (t[i].act != act || !t[i].label)
            continue;
        const char *label = keymap_key_name(lang, t[i].label);
        if (strstr(buf, label))
            continue;
        int w = snprintf(buf + used, n - used, "%s%s", used ? ", " : "", label);
        if (w < 0 || (size_t)w >= n - used)
            break;
        used += (size_t)w;
    }
    return buf;
}

/* Calls out for every row of the help text at this width; returns the count.  The
 * keys strings live in keybuf, one slot per action. */
static int help_rows(const app *a, int width, help_row *out, int max, char keybuf[][96])
{
    int n = 0;
    const int keys_w = keys_cols(width);
    int text_w = width - keys_w - 2;
    if (text_w < 10)
        text_w = 10;
#define EMIT(...)                                                                                                     \
    do {                                                                                                              \
        if (out && n < max)                                                                                           \
            out[n] = (help_row){ __VA_ARGS__ };                                                                       \
        n++;                                                                                                          \
    } while (0)
    EMIT(.text = tr(a->s.lang, "Keys"), .end = strlen(tr(a->s.lang, "Keys")), .x = 1, .title = true);
    for (int act = 0; act < ACT_COUNT; act++) {
        if (!action_help((action)act))
            continue;
        if (a->set.kiosk && act == ACT_QUIT)
            continue;
        const char *keys = keys_for(a->s.lang, (action)act, keybuf[act], 96);
        if (!keys[0])
            continue;
        const char *text = tr(a->s.lang, action_help((action)act));
        /* keys too wide for their column get a row of their own, whole, and the
         * sentence starts under them: never cut, never run into the sentence */
        bool own_row = str_cols(keys) > keys_w - 2;
        if (own_row)
            EMIT(.keys = keys, .keys_own_row = true, .text = "", .end = 0, .x = keys_w + 1);
        layout lay = { 0 };
        layout_wrap(text, strlen(text), text_w, text_w, &lay);
        for (size_t i = 0; i < lay.n; i++)
            EMIT(.keys = i == 0 && !own_row ? keys : NULL, .text = text, .start = lay.lines[i].start,
                 .end = lay.lines[i].end, .x = keys_w + 1);
        layout_free(&lay);
    }
    EMIT(.text = "", .end = 0);
    EMIT(.text = tr(a->s.lang, "Mouse and touch"), .end = strlen(tr(a->s.lang, "Mouse and touch")), .x = 1, .title = true);
    for (size_t m = 0; m < sizeof mouse_lines / sizeof mouse_lines[0]; m++) {
        const char *text = tr(a->s.lang, mouse_lines[m]);
        layout lay = { 0 };
        layout_wrap(text, strlen(text), width - 4, width - 4, &lay);
        for (size_t i = 0; i < lay.n; i++)
            EMIT(.text = text, .start = lay.lines[i].start, .end = lay.lines[i].end, .x = 2);
        layout_free(&lay);
    }
    EMIT(.text = "", .end = 0);
    EMIT(.text = tr(a->s.lang, "Finding answers"), .end = strlen(tr(a->s.lang, "Finding answers")), .x = 1, .title = true);
    for (size_t m = 0; m < sizeof finding_lines / sizeof finding_lines[0]; m++) {
        const char *text = tr(a->s.lang, finding_lines[m]);
        layout lay = { 0 };
        layout_wrap(text, strlen(text), width - 4, width - 4, &lay);
        for (size_t i = 0; i < lay.n; i++)
            EMIT(.text = text, .start = lay.lines[i].start, .end = lay.lines[i].end, .x = 2);
        layout_free(&lay);
    }
#undef EMIT
    return n;
}

static int help_width(const app *a) { return a->cols - 2 > 100 ? 100 : a->cols - 2; }

static int row_count(const app *a)
{
    static char keybuf[ACT_COUNT][96];
    return help_rows(a, help_width(a), NULL, 0, keybuf);
}

static unsigned apply(app *a, action act, const action_arg *arg)
{
    (void)arg;
    int body = app_body_rows(a);
    return text_scroll(app_frame(a), act, body, row_count(a));
}

static void draw(const app *a, canvas *c)
{
    static char keybuf[ACT_COUNT][96];
    enum { MAX_ROWS = 400 };
    static help_row rows[MAX_ROWS];
    int n = help_rows(a, help_width(a), rows, MAX_ROWS, keybuf);
    if (n > MAX_ROWS)
        n = MAX_ROWS;
    const frame *f = app_cframe(a);
    for (int y = 0; y < c->height && f->top + y < n; y++) {
        const help_row *r = &rows[f->top + y];
        int sy = c->top + y;
        if (r->keys)
            put_str(c, sy, 2, r->keys_own_row ? c->cols - 3 : keys_cols(help_width(a)) - 2, r->keys, ST_TITLE);
        put_text(c, sy, r->x, c->cols - r->x - 1, r->text + r->start, r->end - r->start,
                 r->title ? ST_HEADING : ST_NORMAL);
    }
    set_cursor(c, c->top, 1);
}

const view_ops view_help = {
    .id = VIEW_HELP,
    .name = N_("Help"),
    .apply = apply,
    .draw = draw,
};
