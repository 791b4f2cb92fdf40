/* --list, --show and --check-content. */
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli/commands.h"
#include "content/check_terms.h"
#include "content/load.h"
#include "content/manifest.h"
#include "content/treatment.h"
#include "core/i18n.h"
#include "core/strbuf.h"
#include "text/doc.h"
#include "text/width.h"

int output_width(const options *o)
{
    if (o->width)
        return o->width;
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
        return ws.ws_col > 300 ? 300 : ws.ws_col;
    return 80;
}

int cmd_list(const store *st, const options *o)
{
    lang_t lang = o->lang;
    strbuf out = { 0 };
    for (size_t c = 0; c < st->ncategories; c++) {
        const category *cat = &st->categories[c];
        sb_printf(&out, "%s%s\n", c ? "\n" : "", lt(&cat->title, lang));
        int idw = 0;
        for (size_t k = 0; k < cat->ntopics; k++) {
            int w = (int)strlen(st->topics[cat->topics[k]].id);
            idw = w > idw ? w : idw;
        }
        for (size_t k = 0; k < cat->ntopics; k++) {
            const topic *t = &st->topics[cat->topics[k]];
            sb_printf(&out, "  %-*s  %s%s%s\n", idw, t->id, lt(&t->title, lang),
                      (long)cat->topics[k] == st->start_here ? tr(lang, "  (start here)") : "",
                      t->unavailable ? tr(lang, "  (temporarily unavailable)") : "");
        }
    }
    fputs(out.s ? out.s : "", stdout);
    sb_free(&out);
    return 0;
}

/* "a, b, c" of every topic id, for messages. */
static void list_ids(const store *st, strbuf *b)
{
    for (size_t i = 0; i < st->ntopics; i++)
        sb_printf(b, "%s%s", i ? ", " : "", st->topics[i].id);
}

int cmd_show(const store *st, const options *o)
{
    long t = store_find_topic(st, o->show_id);
    if (t < 0) { /* a treatment option's id, as --treatments prints it, shows the option's topic */
        long x = store_find_treatment(st, o->show_id);
        if (x >= 0)
            t = st->treatments[x].topic;
    }
    if (t < 0) {
        strbuf ids = { 0 };
        list_ids(st, &ids);
        fprintf(stderr, tr(o->lang, "vitiligo-explorer: unknown topic id '%s'; valid ids: %s\n"), o->show_id, ids.s);
        sb_free(&ids);
        return 2;
    }
    if (st->topics[t].unavailable) {
        fprintf(stderr, tr(o->lang, "vitiligo-explorer: the topic '%s' is temporarily unavailable: its file is damaged; "
                          "see vitiligo-explorer --check-content\n"),
                o->show_id);
        return 2;
    }
    doc d = { 0 };
    doc_topic(&d, st, &st->topics[t], o->lang, output_width(o));
    strbuf out = { 0 };
    doc_render_plain(&d, &out);
    fputs(out.s, stdout);
    sb_free(&out);
    doc_free(&d);
    return 0;
}

int cmd_check_content(const char *dir, bool strict)
{
    store st;
    diag d = { .strict = strict };
    bool have_manifest;
    manifest_verify_dir(dir, &d, &have_manifest); /* changed, cut-short and missing files, by name */
    size_t sum_errors = d.errors;
    bool ok = store_load(&st, dir, &(load_opts){ .check_varieties = true }, &d);
    bool loaded = ok;
    char err[512];
    if (ok && !store_derive_all(&st, err, sizeof err)) {
        diag_add(&d, DIAG_ERROR, "", 0, 0, "%s", err);
        ok = false;
    }
    if (ok && strict)
        check_terms(&st, &d);
    ok = ok && sum_errors == 0;
    if (!have_manifest)
        printf(_("%s: no MANIFEST, so the files' checksums were not checked (make writes it)\n"), dir);
    diag_print(&d, stdout);
    if (ok)
        printf(_("%s: %zu topics, %zu categories, %zu glossary terms, %zu references, %zu treatment options; "
                 "%zu errors, %zu warnings.\n"),
               dir, st.ntopics, st.ncategories, st.nglossary, st.nrefs, st.ntreatments, d.errors, d.warnings);
    else
        printf(_("%s: %zu errors, %zu warnings. Fix the errors above (see content/README.md) and check again.\n"),
               dir, d.errors, d.warnings);
    diag_free(&d);
    if (loaded)
        store_free(&st);
    return ok ? 0 : 2;
}
