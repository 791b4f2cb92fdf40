/* "Compare treatments": a placeholder that the treatment-options work (issue 6)
 * replaces with the "my situation" steps and the comparison grid.  The id, the
 * home-screen entry and the key t are already wired to it. */
#include "core/i18n.h"
#include "ui/draw.h"
#include "ui/view.h"

static void draw(const app *a, canvas *c)
{
    (void)a;
    put_str(c, c->top, 1, c->cols - 2, _("Compare treatments"), ST_TITLE);
    put_str(c, c->top + 2, 1, c->cols - 2, _("This screen is not ready yet."), ST_NORMAL);
    set_cursor(c, c->top, 1);
}

const view_ops view_treatments = {
    .id = VIEW_TREATMENTS,
    .name = N_("Compare treatments"),
    .draw = draw,
};
