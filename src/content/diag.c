#include "content/diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/strbuf.h"
#include "core/xalloc.h"

void diag_add(diag *d, diag_level level, const char *file, int line, int col, const char *fmt, ...)
{
    if (level == DIAG_ERROR)
        d->errors++;
    else
        d->warnings++;
    size_t cap = d->max_kept ? d->max_kept : DIAG_DEFAULT_CAP;
    if (d->n >= cap)
        return;
    strbuf text = { 0 };
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&text, fmt, ap);
    va_end(ap);
    XGROW(d->msgs, d->cap, d->n + 1);
    d->msgs[d->n++] = (diag_msg){ level, xstrdup(file ? file : ""), line, col, sb_take(&text) };
}

void diag_print(const diag *d, FILE *out)
{
    for (size_t i = 0; i < d->n; i++) {
        const diag_msg *m = &d->msgs[i];
        const char *kind = m->level == DIAG_ERROR ? "error" : "warning";
        if (m->line > 0)
            fprintf(out, "%s:%d:%d: %s: %s\n", m->file, m->line, m->col, kind, m->text);
        else
            fprintf(out, "%s: %s: %s\n", m->file, kind, m->text);
    }
    size_t total = d->errors + d->warnings;
    if (total > d->n)
        fprintf(out, "... and %zu more %s not shown; fix these first and check again.\n", total - d->n,
                total - d->n == 1 ? "problem" : "problems");
}

void diag_free(diag *d)
{
    for (size_t i = 0; i < d->n; i++) {
        free(d->msgs[i].file);
        free(d->msgs[i].text);
    }
    free(d->msgs);
    *d = (diag){ 0 };
}

void diag_line_col(const char *text, size_t len, size_t off, int *line, int *col)
{
    int l = 1, c = 1;
    if (off > len)
        off = len;
    for (size_t i = 0; i < off; i++) {
        unsigned char ch = (unsigned char)text[i];
        if (ch == '\n') {
            l++;
            c = 1;
        } else if ((ch & 0xC0) != 0x80) {
            c++; /* count characters, not bytes: what an editor shows */
        }
    }
    *line = l;
    *col = c;
}
