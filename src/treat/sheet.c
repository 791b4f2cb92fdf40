#include "treat/sheet.h"

#include <stdio.h>
#include <time.h>

#include "treat/summary.h"

void sheet_date(const store *st, char out[11])
{
    time_t t = (time_t)st->today * 86400;
    struct tm tm;
    if (!gmtime_r(&t, &tm) || strftime(out, 11, "%Y-%m-%d", &tm) != 10)
        snprintf(out, 11, "%s", "----------");
}

void sheet_build(strbuf *out, const store *st, const sheet_spec *sp, int width)
{
    char date[11], code[SHEET_CODE_TEXT] = "";
    sheet_date(st, date);
    strbuf err = { 0 };
    if (!sheet_code_encode(st, sp, code, sp->lang, &err))
        code[0] = '\0'; /* the sheet is still whole; only the desk cannot reprint it */
    sb_free(&err);
    summary_build_sheet(out, st, &sp->sit, sp->picks, sp->npicks, sp->lang, width ? width : 100000,
                        &(summary_sheet){ .date = date, .code = code });
}
