#include "ui/list_nav.h"

void list_clamp(int *sel, int *top, int n, int rows)
{
    if (rows < 1)
        rows = 1;
    if (*sel >= n)
        *sel = n - 1;
    if (*sel < 0)
        *sel = 0;
    if (*top > *sel)
        *top = *sel;
    if (*sel >= *top + rows)
        *top = *sel - rows + 1;
    if (*top > n - rows)
        *top = n - rows;
    if (*top < 0)
        *top = 0;
}

unsigned list_apply(app *a, const view_ops *v, action act, const action_arg *arg)
{
    frame *f = app_frame(a);
    int n = v->count(a);
    int rows = view_list_rows(a, v);
    int sel = f->sel;
    switch (act) {
    case ACT_UP: sel--; break;
    case ACT_DOWN: sel++; break;
    case ACT_PAGE_UP: sel -= rows; break;
    case ACT_PAGE_DOWN: sel += rows; break;
    case ACT_SCROLL_UP: sel -= 3; break;
    case ACT_SCROLL_DOWN: sel += 3; break;
    case ACT_FIRST: sel = 0; break;
    case ACT_LAST: sel = n - 1; break;
    case ACT_OPEN:
        return n > 0 && v->open ? v->open(a, f->sel) : CHG_NONE;
    case ACT_PICK:
    case ACT_SELECT:
        if (arg->n < 0 || arg->n >= n || !v->open)
            return CHG_NONE;
        f->sel = (int)arg->n;
        list_clamp(&f->sel, &f->top, n, rows);
        return v->open(a, f->sel);
    default: return CHG_NONE;
    }
    if (n <= 0)
        return CHG_NONE;
    f->sel = sel;
    list_clamp(&f->sel, &f->top, n, rows);
    return CHG_DRAW; /* handled even at the end of the list, so it does not fall through */
}

unsigned text_scroll(frame *f, action act, int rows, int total)
{
    int max = total - rows;
    if (max < 0)
        max = 0;
    int top = f->top;
    switch (act) {
    case ACT_UP: top--; break;
    case ACT_DOWN: top++; break;
    case ACT_SCROLL_UP: top -= 3; break;
    case ACT_SCROLL_DOWN: top += 3; break;
    case ACT_PAGE_UP: top -= rows > 1 ? rows - 1 : 1; break;
    case ACT_PAGE_DOWN: top += rows > 1 ? rows - 1 : 1; break;
    case ACT_FIRST: top = 0; break;
    case ACT_LAST: top = max; break;
    default: return CHG_NONE;
    }
    f->top = top < 0 ? 0 : top > max ? max : top;
    return CHG_DRAW;
}
