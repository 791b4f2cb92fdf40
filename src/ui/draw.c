#include "ui/draw.h"

#include <string.h>
#include <wchar.h>

#include "text/width.h"

static bool on_screen(const canvas *c, int y, int x) { return y >= 0 && y < c->rows && x >= 0 && x < c->cols; }

static void put_cell(canvas *c, int y, int x, const wchar_t *wcs, style st)
{
    cchar_t cc;
    setcchar(&cc, wcs, style_attr(st), style_pair(st), NULL);
    mvwadd_wch(c->win, y, x, &cc);
}

/* The style of byte i: the last span containing it, else the base style. */
static style style_at(size_t i, style base, const draw_span *sp, size_t nsp)
{
    style st = base;
    for (size_t k = 0; k < nsp; k++)
        if (i >= sp[k].start && i < sp[k].end)
            st = sp[k].st;
    return st;
}

int put_spans(canvas *c, int y, int x, int maxcols, const char *s, size_t n, style st, const draw_span *sp,
              size_t nsp, bool *truncated)
{
    if (truncated)
        *truncated = false;
    if (y < 0 || y >= c->rows || x >= c->cols || maxcols <= 0 || !s)
        return 0;
    if (x + maxcols > c->cols)
        maxcols = c->cols - x; /* never past the right edge: ncurses would wrap */
    bool cut;
    n = text_clip(s, n, maxcols, NULL, &cut); /* the one clip (src/text/width.h) */
    if (truncated)
        *truncated = cut;
    /* a cut is always shown: the last column says the text goes on, so a reader
     * never takes "Approved for vitiligo: US" for the whole sentence */
    if (cut && maxcols >= 2)
        n = text_clip(s, n, maxcols - 1, NULL, NULL);
    int col = 0;
    size_t i = 0;
    text_cell cell;
    while (text_next_cell(s, n, &i, &cell)) {
        /* the character and any combining marks after it make one cell */
        wchar_t wcs[CCHARW_MAX + 1];
        int nw = 0;
        wcs[nw++] = (wchar_t)cell.cp;
        uint32_t cp;
        size_t j = cell.start + utf8_decode(s, n, cell.start, &cp);
        while (j < cell.end && nw < CCHARW_MAX) {
            j += utf8_decode(s, n, j, &cp);
            wcs[nw++] = (wchar_t)cp;
        }
        wcs[nw] = L'\0';
        if (x + col >= 0)
            put_cell(c, y, x + col, wcs, style_at(cell.start, st, sp, nsp));
        col += cell.cols;
    }
    if (cut && maxcols >= 2) {
        static const wchar_t more[] = L"\u2026", more_ascii[] = L">";
        if (x + col >= 0)
            put_cell(c, y, x + col, c->ascii ? more_ascii : more, style_at(n ? n - 1 : 0, st, sp, nsp));
        col++;
    }
    return col;
}

int put_text(canvas *c, int y, int x, int maxcols, const char *s, size_t n, style st)
{
    return put_spans(c, y, x, maxcols, s, n, st, NULL, 0, NULL);
}

int put_str(canvas *c, int y, int x, int maxcols, const char *s, style st)
{
    return s ? put_text(c, y, x, maxcols, s, strlen(s), st) : 0;
}

void put_blank(canvas *c, int y, int x, int cols, style st)
{
    static const wchar_t sp[] = L" ";
    for (int i = 0; i < cols; i++)
        if (on_screen(c, y, x + i))
            put_cell(c, y, x + i, sp, st);
}

static void put_line_char(canvas *c, int y, int x, const cchar_t *acs, char ascii, style st)
{
    if (!on_screen(c, y, x))
        return;
    if (c->ascii) {
        wchar_t w[2] = { (wchar_t)ascii, 0 };
        put_cell(c, y, x, w, st);
        return;
    }
    cchar_t cc = *acs;
    wchar_t wcs[CCHARW_MAX];
    attr_t a;
    short p;
    getcchar(&cc, wcs, &a, &p, NULL);
    setcchar(&cc, wcs, a | style_attr(st), style_pair(st), NULL);
    mvwadd_wch(c->win, y, x, &cc);
}

void put_hline(canvas *c, int y, int x, int cols, style st)
{
    for (int i = 0; i < cols; i++)
        put_line_char(c, y, x + i, WACS_HLINE, '-', st);
}

void put_dline(canvas *c, int y, int x, int cols, style st)
{
    for (int i = 0; i < cols; i++)
        put_line_char(c, y, x + i, WACS_D_HLINE, '=', st);
}

void put_vline(canvas *c, int y, int x, style st) { put_line_char(c, y, x, WACS_VLINE, '|', st); }

void put_corner(canvas *c, int y, int x, corner k, style st)
{
    const cchar_t *acs = k == CORNER_TL ? WACS_ULCORNER : k == CORNER_TR ? WACS_URCORNER
                       : k == CORNER_BL ? WACS_LLCORNER : WACS_LRCORNER;
    put_line_char(c, y, x, acs, '+', st);
}

void put_box(canvas *c, int y, int x, int h, int w, style st)
{
    if (h < 2 || w < 2)
        return;
    put_corner(c, y, x, CORNER_TL, st);
    put_hline(c, y, x + 1, w - 2, st);
    put_corner(c, y, x + w - 1, CORNER_TR, st);
    for (int r = 1; r < h - 1; r++) {
        put_vline(c, y + r, x, st);
        put_vline(c, y + r, x + w - 1, st);
    }
    put_corner(c, y + h - 1, x, CORNER_BL, st);
    put_hline(c, y + h - 1, x + 1, w - 2, st);
    put_corner(c, y + h - 1, x + w - 1, CORNER_BR, st);
}

void hit_add(canvas *c, int y, int x0, int x1, action act, long n)
{
    if (c->nhits >= HIT_MAX || y < 0 || y >= c->rows || x1 <= x0)
        return;
    c->hits[c->nhits++] = (hit){ y, x0 < 0 ? 0 : x0, x1 > c->cols ? c->cols : x1, act, n };
}

const hit *hit_find(const canvas *c, int y, int x)
{
    /* later regions win: dialogs are drawn over the screen below them */
    for (int i = c->nhits - 1; i >= 0; i--)
        if (c->hits[i].y == y && x >= c->hits[i].x0 && x < c->hits[i].x1)
            return &c->hits[i];
    return NULL;
}

void set_cursor(canvas *c, int y, int x)
{
    if (on_screen(c, y, x)) {
        c->cur_y = y;
        c->cur_x = x;
    }
}
