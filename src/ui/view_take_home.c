/* Take home: the visit sheet (treat/sheet.h) as QR codes a phone camera reads as
 * text, numbered "1 of 3" when one code cannot hold it at this window size; the
 * sheet code the front desk prints it from; and, on a patient's own computer,
 * saving it in the home folder under a name the program chooses.  Everything is
 * made from the session when drawn; nothing but the name of a saved file is kept,
 * and that in the session, so the kiosk's idle reset wipes it. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/save.h"
#include "core/strbuf.h"
#include "text/layout.h"
#include "text/qr.h"
#include "treat/sheet.h"
#include "ui/chrome.h"
#include "ui/draw.h"
#include "ui/term.h"
#include "ui/tx_draw.h"
#include "ui/tx_ui.h"
#include "ui/view.h"

enum {
    PANEL_MIN = 26,   /* columns for the words beside the code */
    BOTTOM_ROWS = 4,  /* rows for the words under the code when they do not fit beside it */
    SAVE_WIDTH = 72,  /* columns of a saved sheet (for printing) */
};

static void spec_of(const app *a, sheet_spec *sp) { tx_sheet_spec(a, sp); }

/* Where the code and the words go in the body: beside (side) or under. */
typedef struct place {
    int version;          /* 0: no code fits */
    bool side;
    int body_top, body_rows;
} place;

static place place_for(const app *a)
{
    place p = { .body_top = 1, .body_rows = app_body_rows(a) };
    int beside = qr_fit_version(a->cols - PANEL_MIN - 1, p.body_rows);
    int under = qr_fit_version(a->cols, p.body_rows - BOTTOM_ROWS);
    p.side = beside >= under;
    p.version = p.side ? beside : under;
    return p;
}

/* The sheet and its parts for version v; returns the number of parts (0: too many). */
static size_t parts_of(const app *a, int v, strbuf *text, qr_part parts[QR_MAX_PARTS])
{
    sheet_spec sp;
    spec_of(a, &sp);
    sheet_build(text, a->st, &sp, SHEET_NO_WRAP);
    size_t n = qr_split(text->s, v, parts, QR_MAX_PARTS);
    return n > QR_MAX_PARTS ? 0 : n;
}

static size_t code_count(const app *a)
{
    place p = place_for(a);
    if (p.version == 0)
        return 0;
    strbuf text = { 0 };
    qr_part parts[QR_MAX_PARTS];
    size_t n = parts_of(a, p.version, &text, parts);
    sb_free(&text);
    return n;
}

static unsigned save(app *a)
{
    if (a->set.kiosk) { /* a public screen never writes a visit to disk */
        app_set_status(a, tr(a->s.lang, "This screen does not save. Scan the code, or ask the front desk to print "
                                        "your sheet with the sheet code."));
        return CHG_DRAW;
    }
    const char *home = save_home_dir();
    sheet_spec sp;
    spec_of(a, &sp);
    strbuf text = { 0 }, msg = { 0 };
    sheet_build(&text, a->st, &sp, SAVE_WIDTH);
    char date[11], stem[64], path[APP_STATUS_MAX];
    sheet_date(a->st, date);
    snprintf(stem, sizeof stem, "vitiligo-visit-sheet-%s", date);
    int err = home ? save_new_file(home, stem, ".txt", text.s, text.len, path, sizeof path) : ENOENT;
    if (err == 0) {
        snprintf(a->s.sheet_saved, sizeof a->s.sheet_saved, "%s", path);
        sb_printf(&msg, tr(a->s.lang, "Saved as %s"), path);
    } else {
        sb_printf(&msg, tr(a->s.lang, "Could not save the sheet in your home folder (%s). Use the sheet code instead."),
                  strerror(err));
    }
    app_set_status(a, msg.s);
    sb_free(&msg);
    sb_free(&text);
    return CHG_DRAW;
}

static unsigned apply(app *a, action act, const action_arg *arg)
{
    (void)arg;
    frame *f = app_frame(a);
    switch (act) {
    case ACT_CODE_NEXT:
    case ACT_CODE_PREV:
    case ACT_SELECT:
    case ACT_OPEN:
    case ACT_DOWN:
    case ACT_UP:
    case ACT_PAGE_DOWN:
    case ACT_PAGE_UP: {
        int n = (int)code_count(a);
        if (n <= 1)
            return CHG_DRAW;
        int k = f->sel < n ? f->sel : n - 1;
        bool back = act == ACT_CODE_PREV || act == ACT_UP || act == ACT_PAGE_UP;
        f->sel = back ? (k + n - 1) % n : (k + 1) % n;
        return CHG_DRAW;
    }
    case ACT_SHEET_SAVE: return save(a);
    default: return CHG_NONE;
    }
}

/* ---- drawing --------------------------------------------------------------------- */

/* One row of cells: modules y and y + 1 of the code with its quiet zone. */
static void code_row(canvas *c, int row, int x, const qr_code *q, int y)
{
    int span = q->size + 2 * QR_QUIET;
    char buf[4 * (17 + 4 * QR_MAX_VERSION + 2 * QR_QUIET) + 1], *w = buf;
    for (int m = 0; m < span; m++) {
        bool top = qr_dark_at(q, m, y), bottom = y + 1 < span && qr_dark_at(q, m, y + 1);
        const char *g = top && bottom ? "\u2588" : top ? "\u2580" : bottom ? "\u2584" : " ";
        size_t len = strlen(g);
        memcpy(w, g, len);
        w += len;
    }
    *w = '\0';
    put_str(c, row, x, span, buf, ST_QR);
    hit_add(c, row, x, x + span, ACT_SELECT, 0); /* a touch on the code shows the next one */
}

/* Wrapped lines of s from row y in w columns, at most until row end; returns the next row. */
static int words(canvas *c, int y, int x, int w, int end, const char *s, style st)
{
    layout lay = { 0 };
    layout_wrap(s, strlen(s), w, w, &lay);
    for (size_t i = 0; i < lay.n && y < end; i++, y++)
        put_text(c, y, x, w, s + lay.lines[i].start, lay.lines[i].end - lay.lines[i].start, st);
    layout_free(&lay);
    return y;
}

static void draw_words(const app *a, canvas *c, int y, int x, int w, int end, size_t k, size_t n, const char *code)
{
    lang_t l = a->s.lang;
    strbuf b = { 0 };
    set_cursor(c, y, x); /* screen readers start at the words, not in the code */
    y = words(c, y, x, w, end, tr(l, "Take home"), ST_TITLE);
    if (n) {
        y = words(c, y, x, w, end, tr(l, "Point your phone's camera at the code: it shows your sheet as text."), ST_NORMAL);
        if (n > 1) {
            sb_printf(&b, tr(l, "Code %zu of %zu. Right arrow or a touch on the code: the next one."), k + 1, n);
            y = words(c, y, x, w, end, b.s, ST_NOTICE);
            sb_clear(&b);
        }
    }
    if (y < end)
        y++;
    y = words(c, y, x, w, end, tr(l, "Or ask the front desk to print your sheet with this code:"), ST_NORMAL);
    if (y < end) /* on a line of its own, never broken at its dashes */
        put_str(c, y++, x, w, code, ST_TITLE);
    if (!a->set.kiosk && y < end) {
        int used = tx_button(c, y, x, "s", tr(l, "Save to my computer"), ACT_SHEET_SAVE);
        y += used ? 1 : 0;
        if (a->s.sheet_saved[0]) {
            sb_printf(&b, tr(l, "Saved as %s"), a->s.sheet_saved);
            y = words(c, y, x, w, end, b.s, ST_META);
        }
    }
    sb_free(&b);
}

static void draw(const app *a, canvas *c)
{
    char code[SHEET_CODE_TEXT];
    tx_sheet_code(a, code);
    place p = place_for(a);
    int end = c->top + c->height;
    if (p.version == 0 || term_ascii_lines() || !qr_available()) {
        int y = c->top + 1;
        const char *why = p.version == 0 ? tr(a->s.lang, "This window is too small to show a code a phone can read. "
                                                         "Make it larger to see the codes.")
                          : term_ascii_lines() ? tr(a->s.lang, "This terminal cannot draw QR codes.")
                                               : tr(a->s.lang, "QR codes cannot be shown: the libqrencode library "
                                                               "is missing. Staff can install it: apt-get install "
                                                               "libqrencode4");
        y = words(c, y, 1, c->cols - 2, end, why, ST_NOTICE);
        draw_words(a, c, y + 1, 1, c->cols - 2, end, 0, 0, code);
        return;
    }
    strbuf text = { 0 };
    qr_part parts[QR_MAX_PARTS];
    size_t n = parts_of(a, p.version, &text, parts);
    size_t k = 0;
    if (n) {
        k = (size_t)app_cframe(a)->sel < n ? (size_t)app_cframe(a)->sel : n - 1;
        char *data;
        size_t len;
        qr_code q;
        qr_part_data(text.s, &parts[k], k, n, &data, &len);
        if (qr_encode(data, len, &q)) {
            int span = q.size + 2 * QR_QUIET;
            for (int y = 0; y < span; y += 2)
                code_row(c, c->top + y / 2, 0, &q, y);
            qr_free(&q);
            if (p.side)
                draw_words(a, c, c->top, span + 1, c->cols - span - 2, end, k, n, code);
            else
                draw_words(a, c, c->top + (span + 1) / 2, 1, c->cols - 2, end, k, n, code);
        }
        free(data);
    } else {
        int y = words(c, c->top + 1, 1, c->cols - 2, end,
                      tr(a->s.lang, "The sheet needs too many codes at this window size. Make the window larger."),
                      ST_NOTICE);
        draw_words(a, c, y + 1, 1, c->cols - 2, end, 0, 0, code);
    }
    sb_free(&text);
}

const view_ops view_take_home = {
    .id = VIEW_TAKE_HOME,
    .name = N_("Take home"),
    .apply = apply,
    .draw = draw,
};
