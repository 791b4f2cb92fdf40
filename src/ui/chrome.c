#include "ui/chrome.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "text/width.h"
#include "ui/keymap.h"
#include "ui/tx_ui.h"
#include "ui/view.h"

int str_cols(const char *s) { return text_cols(s, strlen(s)); }
#define cols_of str_cols

/* A title-bar button "[label]"; returns its width. */
static int button(canvas *c, int x, const char *label, action act)
{
    int w = 0;
    w += put_str(c, 0, x, c->cols - x, "[", ST_BUTTON);
    w += put_str(c, 0, x + w, c->cols - x - w, label, ST_BUTTON);
    w += put_str(c, 0, x + w, c->cols - x - w, "]", ST_BUTTON);
    hit_add(c, 0, x, x + w, act, 0);
    return w;
}

static const char *crumb_of(const app *a, const frame *f)
{
    const view_ops *v = view_get(f->view);
    return v->crumb ? v->crumb(a, f) : tr(a->s.lang, v->name);
}

void chrome_title_bar(const app *a, canvas *c)
{
    put_blank(c, 0, 0, c->cols, ST_BAR);
    int x = 0;
    if (a->s.depth > 1) {
        char back[64];
        snprintf(back, sizeof back, "< %s", tr(a->s.lang, "Back"));
        x += button(c, x, back, ACT_BACK) + 1;
    }
    /* right-hand buttons: search, then the language to switch to, named in itself */
    char search[64];
    snprintf(search, sizeof search, "/ %s", tr(a->s.lang, "Search"));
    lang_t next = lang_list_next(&a->set.languages, a->s.lang);
    const char *next_lang = lang_native_name(next);
    bool show_lang = a->set.languages.n > 1; /* a site with one language has no language key */
    bool show_search = app_view(a) != VIEW_SEARCH;
    int crumbs = 0; /* the whole trail, to see whether the short language name lets it fit */
    for (int i = 0; i < a->s.depth; i++)
        crumbs += cols_of(crumb_of(a, &a->s.stack[i])) + (i ? 3 : 0);
    int fixed = x + 1 + (show_search ? cols_of(search) + 2 + 1 : 0);
    if (show_lang && fixed + crumbs + cols_of(next_lang) + 3 > c->cols)
        next_lang = lang_short_name(next); /* 台灣繁體 rather than 繁體中文（台灣） */
    int right = show_lang ? cols_of(next_lang) + 2 + 1 : 0;
    if (show_search)
        right += cols_of(search) + 2 + 1;
    int avail = c->cols - x - right;
    if (avail < 8) {
        right = 0; /* too narrow for buttons: the breadcrumb matters more */
        avail = c->cols - x;
    }
    /* the breadcrumb, dropping the oldest screens when it does not fit */
    int first = 0, need;
    int room = avail - 1; /* a space before the trail */
    do {
        need = 0;
        for (int i = first; i < a->s.depth; i++)
            need += cols_of(crumb_of(a, &a->s.stack[i])) + (i > first ? 3 : 0);
        if (first > 0)
            need += 6;
    } while (need > room && first < a->s.depth - 1 && ++first);
    /* Still too long: the current screen's name alone matters most, then the
     * search button gives way (the / key still searches). */
    bool elide = first > 0;
    if (need > room && elide) {
        elide = false;
        need -= 6;
    }
    if (need > room && show_search && right) {
        show_search = false;
        right -= cols_of(search) + 2 + 1;
        avail += cols_of(search) + 2 + 1;
        room = avail - 1;
    }
    int cx = x + 1;
    if (elide)
        cx += put_str(c, 0, cx, x + avail - cx, "... > ", ST_BAR);
    for (int i = first; i < a->s.depth; i++) {
        if (i > first)
            cx += put_str(c, 0, cx, x + avail - cx, " > ", ST_BAR);
        cx += put_str(c, 0, cx, x + avail - cx, crumb_of(a, &a->s.stack[i]), i == a->s.depth - 1 ? ST_BAR_KEY : ST_BAR);
    }
    if (right) {
        int rx = c->cols - right + 1;
        if (show_search)
            rx += button(c, rx, search, ACT_SEARCH) + 1;
        if (show_lang)
            button(c, rx, next_lang, ACT_LANGUAGE);
    }
}

/* Whether a hint is worth showing on this screen now. */
static bool hint_applies(const app *a, action act)
{
    switch (act) {
    case ACT_QUIT:
    case ACT_SHEET_SAVE: return !a->set.kiosk;
    case ACT_BACK: return a->s.depth > 1;
    case ACT_LANGUAGE: return a->set.languages.n > 1;
    case ACT_NEXT_LINK: return app_view(a) == VIEW_READER && a->rd.nlinks > 0;
    case ACT_NEXT_MATCH: return app_view(a) == VIEW_READER && a->rd.nmatches > 0;
    case ACT_SIDE_BY_SIDE: return a->cols >= READER_SIDE_MIN_COLS;
    case ACT_PAGE_DOWN: return app_view(a) != VIEW_TAKE_HOME; /* there they page through the codes */
    case ACT_OPEN:
        return app_view(a) == VIEW_READER ? app_cframe(a)->link >= 0 : app_view(a) != VIEW_TAKE_HOME;
    default: return true;
    }
}

void chrome_status_bar(const app *a, canvas *c)
{
    int y = c->rows - 1;
    put_blank(c, y, 0, c->cols, ST_BAR);
    if (a->s.status[0]) {
        put_str(c, y, 1, c->cols - 2, a->s.status, ST_BAR_KEY);
        return;
    }
    unsigned n;
    const key_binding *t = keymap_table(&n);
    view_id v = app_view(a);
    int x = 1;
    for (unsigned i = 0; i < n; i++) {
        if (!t[i].hint || !(t[i].ctx & CTX(v)) || !hint_applies(a, t[i].act))
            continue;
        const char *key = keymap_key_name(a->s.lang, t[i].label);
        const char *what = tr(a->s.lang, action_label(t[i].act));
        int w = cols_of(key) + 1 + cols_of(what);
        if (x + w > c->cols - 1)
            break; /* whole hints only */
        int x0 = x;
        x += put_str(c, y, x, c->cols - x, key, ST_BAR_KEY);
        x += 1;
        x += put_str(c, y, x, c->cols - x, what, ST_BAR);
        hit_add(c, y, x0, x, t[i].act, 0);
        x += 2;
    }
}

void chrome_too_small(const app *a, canvas *c)
{
    char need[128];
    snprintf(need, sizeof need, tr(a->s.lang, "Make it at least %d x %d."), APP_MIN_COLS, APP_MIN_ROWS);
    char code[SHEET_CODE_TEXT] = "";
    if (app_view(a) == VIEW_TAKE_HOME) /* no room for QR codes: the front desk's code still fits */
        tx_sheet_code(a, code);
    const char *lines[] = { tr(a->s.lang, "Window too small"), need,
                            code[0] ? tr(a->s.lang, "Sheet code for the front desk:") : "", code };
    for (int i = 0; i < 4; i++)
        put_str(c, i, 0, c->cols, lines[i], i == 0 ? ST_NOTICE : i == 3 ? ST_TITLE : ST_NORMAL);
}

void chrome_idle_warning(const app *a, canvas *c)
{
    long long left_ms = a->s.warn_deadline_ms - a->now_ms;
    int secs = left_ms > 0 ? (int)((left_ms + 999) / 1000) : 0;
    lang_t zh = app_chinese(a);
    char en2[160], zh2[160];
    snprintf(en2, sizeof en2, ntr(LANG_EN, "Starting over in %d second.", "Starting over in %d seconds.", (unsigned long)secs),
             secs);
    snprintf(zh2, sizeof zh2, ntr(zh, "Starting over in %d second.", "Starting over in %d seconds.", (unsigned long)secs),
             secs);
    const char *lines[] = { tr(LANG_EN, "Still reading? Press any key or touch the screen."),
                            tr(zh, "Still reading? Press any key or touch the screen."), "", en2, zh2 };
    int w = 0;
    for (int i = 0; i < 5; i++)
        w = cols_of(lines[i]) > w ? cols_of(lines[i]) : w;
    w += 4;
    if (w > c->cols)
        w = c->cols;
    int h = 7;
    int y = (c->rows - h) / 2, x = (c->cols - w) / 2;
    if (y < 0)
        y = 0;
    if (x < 0)
        x = 0;
    for (int r = 0; r < h; r++)
        put_blank(c, y + r, x, w, ST_DIALOG);
    put_box(c, y, x, h, w, ST_DIALOG);
    for (int i = 0; i < 5; i++)
        put_str(c, y + 1 + i, x + 2, w - 4, lines[i], ST_DIALOG);
    set_cursor(c, y + 1, x + 2);
}

int draw_list_row(canvas *c, int y, int index, bool selected, const char *text, style st)
{
    style row = selected ? ST_SELECTED : st;
    if (selected)
        put_blank(c, y, 0, c->cols, ST_SELECTED);
    put_str(c, y, 1, 1, selected ? ">" : " ", row);
    int x = 3;
    if (index >= 0 && index < 9) {
        char num[3] = { (char)('1' + index), '.', '\0' };
        put_str(c, y, x, c->cols - x, num, row);
    }
    x += 3;
    put_str(c, y, x, c->cols - x - 1, text, row);
    hit_add(c, y, 0, c->cols, ACT_SELECT, index);
    if (selected)
        set_cursor(c, y, 1);
    return x;
}
