/* The view table: every screen the explorer has.  To add one, see README.md. */
#include "ui/view.h"

#include <stddef.h>

static const view_ops *const table[VIEW_COUNT] = {
    [VIEW_HOME] = &view_home,
    [VIEW_CATEGORY] = &view_category,
    [VIEW_READER] = &view_reader,
    [VIEW_HELP] = &view_help,
    [VIEW_SEARCH] = &view_search,
    [VIEW_GLOSSARY] = &view_glossary,
    [VIEW_TREATMENTS] = &view_treatments,
    [VIEW_ATTRACT] = &view_attract,
    [VIEW_TX_OPTIONS] = &view_tx_options,
    [VIEW_TX_COMPARE] = &view_tx_compare,
    [VIEW_TX_DOCTOR] = &view_tx_doctor,
};

const view_ops *view_get(view_id id)
{
    return id < VIEW_COUNT && table[id] ? table[id] : table[VIEW_HOME];
}

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
