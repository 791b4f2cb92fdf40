/* --sheet: prints a visit sheet, from a sheet code (the front desk) or from the
 * situation options and --compare (a clinic's script). */
#include <stdio.h>

#include "cli/commands.h"
#include "core/i18n.h"
#include "core/strbuf.h"
#include "treat/sheet.h"

int cmd_sheet(store *st, const options *o)
{
    sheet_spec sp = { .lang = o->lang };
    strbuf err = { 0 };
    if (o->sheet_code) {
        if (!sheet_code_decode(st, o->sheet_code, &sp, o->lang, &err)) {
            fprintf(stderr, "vitiligo-explorer: %s\n", err.s);
            sb_free(&err);
            return 2;
        }
        if (o->lang_given && sp.lang != o->lang)
            fprintf(stderr,
                    _("vitiligo-explorer: this sheet code was made in %s, so the sheet is printed in it; --lang does "
                      "not change the language of a sheet code\n"),
                    lang_native_name(sp.lang));
    } else {
        if (!situation_from_options(o, &sp.sit))
            return 2;
        if (o->compare_ids && !parse_ids(st, o->compare_ids, o->lang, sp.picks, &sp.npicks))
            return 2;
    }
    if (!store_ready(st, sp.lang)) { /* a code's language may not be the one main made */
        char msg[512];
        if (!store_derive(st, sp.lang, msg, sizeof msg)) {
            fprintf(stderr, "vitiligo-explorer: %s\n", msg);
            return 2;
        }
    }
    strbuf out = { 0 };
    sheet_build(&out, st, &sp, o->no_wrap ? SHEET_NO_WRAP : output_width(o));
    fputs(out.s ? out.s : "", stdout);
    sb_free(&out);
    sb_free(&err);
    return 0;
}
