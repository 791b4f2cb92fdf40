/* A view is one kind of screen: a row in the view table with its own state
 * transitions and its own drawing, one file per view (view_home.c, view_reader.c…).
 * Modelled on tig's view_ops.  This header never includes curses: drawing gets an
 * opaque canvas (src/ui/draw.h), so app.c can dispatch to views without curses. */
#ifndef VE_VIEW_H
#define VE_VIEW_H

#include "ui/action.h"
#include "ui/app.h"
#include "ui/view_id.h"

struct canvas;

typedef struct view_ops {
    view_id id;
    const char *name;   /* N_() title for the breadcrumb when crumb is NULL */
    /* A list view sets count and open; the shared list code then handles moving,
     * paging, number keys, clicks and the wheel.  header_rows: body rows above the list. */
    int header_rows;
    /* When set, the header's rows depend on the state (text wrapped to the width);
     * overrides header_rows.  Draw and list code both ask view_header_rows(). */
    int (*header)(const app *a);
    int item_rows;      /* screen rows per list item; 0 means 1 */
    bool full_screen;   /* draws the whole screen: no title or status bar */
    int (*count)(const app *a);
    unsigned (*open)(app *a, int item);
    /* Anything view-specific; return CHG_NONE to let the shared handling have the
     * action (back, language, help…).  May be NULL. */
    unsigned (*apply)(app *a, action act, const action_arg *arg);
    /* Draws the body from the state only.  Must clip to the canvas. */
    void (*draw)(const app *a, struct canvas *c);
    /* The breadcrumb text for a frame of this view (NULL: use name). */
    const char *(*crumb)(const app *a, const frame *f);
} view_ops;

/* One per view file, named in VIEW_LIST (view_id.h). */
#define VIEW_DECLARE_(id, ops) extern const view_ops ops;
VIEW_LIST(VIEW_DECLARE_)
#undef VIEW_DECLARE_

/* The view table (src/ui/views.c). */
const view_ops *view_get(view_id id);

/* Whether v is a list (its view_ops has count): lists take 1-9 and the shared list keys. */
bool view_is_list(view_id v);

/* Body rows above a list view's items. */
int view_header_rows(const app *a, const view_ops *v);

/* Rows a list view can show. */
int view_list_rows(const app *a, const view_ops *v);

#endif
