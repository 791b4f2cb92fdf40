/* The view table, generated from VIEW_LIST (view_id.h).  To add a screen, see README.md. */
#include "ui/view.h"

#include <stddef.h>

static const view_ops *const table[VIEW_COUNT] = {
#define VIEW_ROW_(id, ops) [id] = &ops,
    VIEW_LIST(VIEW_ROW_)
#undef VIEW_ROW_
};

const view_ops *view_get(view_id id)
{
    return id < VIEW_COUNT && table[id] ? table[id] : table[VIEW_HOME];
}

bool view_is_list(view_id v) { return view_get(v)->count != NULL; }

int view_header_rows(const app *a, const view_ops *v)
{
    return v->header ? v->header(a) : v->header_rows;
}

int view_list_rows(const app *a, const view_ops *v)
{
    int per = v->item_rows > 0 ? v->item_rows : 1;
    int rows = (app_body_rows(a) - view_header_rows(a, v)) / per;
    return rows > 1 ? rows : 1;
}
