#include "ui/render.h"

#include "ui/chrome.h"
#include "ui/term.h"
#include "ui/view.h"

void render_frame(const app *a, canvas *c)
{
    *c = (canvas){ .win = stdscr, .rows = a->rows, .cols = a->cols, .cur_y = -1, .cur_x = -1,
                   .ascii = term_ascii_lines() };
    wbkgdset(stdscr, (chtype)(' ' | style_attr(ST_NORMAL) | (attr_t)COLOR_PAIR(style_pair(ST_NORMAL))));
    werase(stdscr);
    const view_ops *v = view_get(app_view(a));
    if (app_too_small(a) && !(v->full_screen && a->rows >= 1)) {
        chrome_too_small(a, c);
    } else if (v->full_screen) {
        c->top = 0;
        c->height = a->rows;
        v->draw(a, c);
    } else {
        c->top = 1;
        c->height = app_body_rows(a);
        v->draw(a, c);
        chrome_title_bar(a, c);
        chrome_status_bar(a, c);
    }
    if (a->s.idle_warning) {
        c->nhits = 0; /* any touch answers the warning */
        chrome_idle_warning(a, c);
    }
    if (c->cur_y >= 0) {
        wmove(stdscr, c->cur_y, c->cur_x);
        curs_set(1);
    } else {
        curs_set(0);
    }
    wnoutrefresh(stdscr);
    doupdate();
}
