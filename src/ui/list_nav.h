/* Moving through a list view: the selection, paging, number keys, clicks and the
 * wheel, shared by every list screen.  Never includes curses. */
#ifndef VE_LIST_NAV_H
#define VE_LIST_NAV_H

#include "ui/app.h"
#include "ui/view.h"

/* Handles act for list view v in the current frame; CHG_NONE when it is not a list action. */
unsigned list_apply(app *a, const view_ops *v, action act, const action_arg *arg);

/* Keeps sel inside [0, n) and top such that sel is on screen (rows visible). */
void list_clamp(int *sel, int *top, int n, int rows);

/* Scrolls a text of total lines shown in rows rows (help, comparison, summary):
 * moves f->top for the movement and wheel actions; CHG_NONE for anything else. */
unsigned text_scroll(frame *f, action act, int rows, int total);

#endif
