/* --list, --show and --check-content. */
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/commands.h"
#include "content/check_terms.h"
#include "content/load.h"
#include "content/manifest.h"
#include "content/treatment.h"
#include "core/i18n.h"
#include "core/strbuf.h"
#include "search/search.h"
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
            int w = (int)strlen(store_topic(st, cat->topics[k])->id);
            idw = w > idw ? w : idw;
        }
        for (size_t k = 0; k < cat->ntopics; k++) {
            const topic *t = store_topic(st, cat->topics[k]);
            sb_printf(&out, "  %-*s  %s%s%s\n", idw, t->id, lt(&t->title, lang),
                      (long)cat->topics[k] == st->start_here ? tr(lang, "  (start here)") : "",
                      store_topic_unavailable(st, cat->topics[k]) ? tr(lang, "  (temporarily unavailable)") : "");
        }
    }
    fputs(out.s ? out.s : "", stdout);
    sb_free(&out);
    return 0;
}

/* Up to this many topic ids are all named when one is unknown; a larger library
 * names the closest few, so a mistyped id never floods the terminal. */
enum { IDS_NAMED_ALL = 40, IDS_NAMED_CLOSE = 10 };

/* How far an id is from what was typed: 0 when it holds the typed text, else one
 * more than the edits between the two (up to three), else -1. */
static int id_distance(const char *typed, const char *id)
{
    if (*typed && strstr(id, typed))
        return 0;
    int d = edit_distance(typed, strlen(typed), id, strlen(id), 3);
    return d <= 3 ? d + 1 : -1;
}

/* "a, b, c" of every topic id, for messages; in a library of more than
 * IDS_NAMED_ALL topics only the ids closest to typed, then "…".  Returns whether
 * some ids were left out. */
static bool list_ids(const store *st, const char *typed, strbuf *b)
{
    if (st->ntopics <= IDS_NAMED_ALL) {
        for (size_t i = 0; i < st->ntopics; i++)
            sb_printf(b, "%s%s", i ? ", " : "", store_topic(st, i)->id);
        return false;
    }
    size_t named = 0;
    for (int want = 0; want <= 4 && named < IDS_NAMED_CLOSE; want++) /* the closest first */
        for (size_t i = 0; i < st->ntopics && named < IDS_NAMED_CLOSE; i++)
            if (id_distance(typed, store_topic(st, i)->id) == want)
                sb_printf(b, "%s%s", named++ ? ", " : "", store_topic(st, i)->id);
    sb_puts(b, named ? ", …" : "…");
    return true;
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
        bool some = list_ids(st, o->show_id, &ids);
        fprintf(stderr, tr(o->lang, "vitiligo-explorer: unknown topic id '%s'; valid ids: %s\n"), o->show_id, ids.s);
        if (some)
            fprintf(stderr, tr(o->lang, "vitiligo-explorer: the closest of %zu ids are named; --list shows them all\n"),
                    st->ntopics);
        sb_free(&ids);
        return 2;
    }
    if (!store_topic_available(st, (size_t)t)) {
        fprintf(stderr, tr(o->lang, "vitiligo-explorer: the topic '%s' is temporarily unavailable: its file is damaged; "
                          "see vitiligo-explorer --check-content\n"),
                o->show_id);
        return 2;
    }
    doc d = { 0 };
    doc_topic(&d, st, store_topic(st, t), o->lang, output_width(o));
    strbuf out = { 0 };
    doc_render_plain(&d, &out);
    fputs(out.s, stdout);
    sb_free(&out);
    doc_free(&d);
    return 0;
}

bool content_dir_exists(const char *dir)
{
    struct stat sb;
    if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
        fprintf(stderr, _("vitiligo-explorer: there is no content folder at %s; install the package's content, or "
                          "give the folder with --content DIR\n"),
                dir);
        return false;
    }
    return true;
}

/* A source tree (the content folder beside the Makefile and tools/make-manifest.sh)
 * is where authors edit: its MANIFEST is made by make and is stale after any edit.
 * Only an installed copy is held to its MANIFEST.  Sets the folder to run make in. */
static bool source_tree(const char *dir, char *top, size_t n)
{
    const char *slash = strrchr(dir, '/');
    if (slash && slash[1] == '\0')
        return false; /* "content/": give it without the slash to be recognised */
    if (!slash)
        snprintf(top, n, ".");
    else if (slash == dir)
        snprintf(top, n, "/");
    else
        snprintf(top, n, "%.*s", (int)(slash - dir), dir);
    char probe[4200];
    snprintf(probe, sizeof probe, "%s/tools/make-manifest.sh", top);
    if (access(probe, R_OK) != 0)
        return false;
    snprintf(probe, sizeof probe, "%s/Makefile", top);
    return access(probe, R_OK) == 0;
}

/* Counts as "a count and a noun", with the plural the language needs. */
static const char *count_errors(char *buf, size_t n, size_t k)
{
    snprintf(buf, n, P_("%zu error", "%zu errors", k), k);
    return buf;
}

static const char *count_warnings(char *buf, size_t n, size_t k)
{
    snprintf(buf, n, P_("%zu warning", "%zu warnings", k), k);
    return buf;
}

int cmd_check_content(const char *dir, bool strict, long today)
{
    if (!content_dir_exists(dir))
        return 2;
    store st;
    diag d = { .strict = strict };
    diag sums = { 0 };
    bool have_manifest;
    manifest_verify_dir(dir, &sums, &have_manifest); /* changed, cut-short and missing files, by name */
    char top[4096];
    size_t stale = 0;
    if (sums.n && source_tree(dir, top, sizeof top))
        stale = sums.errors + sums.warnings; /* an author's edit, not damage: one note below */
    else
        for (size_t i = 0; i < sums.n; i++)
            diag_add(&d, sums.msgs[i].level, sums.msgs[i].file, sums.msgs[i].line, sums.msgs[i].col, "%s",
                     sums.msgs[i].text);
    size_t sum_errors = d.errors;
    bool ok = store_load(&st, dir, &(load_opts){ .check_varieties = true, .today = today }, &d);
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
    if (stale) {
        strbuf files = { 0 };
        for (size_t i = 0; i < sums.n; i++)
            sb_printf(&files, "%s%s", i ? ", " : "", sums.msgs[i].file);
        if (stale > sums.n)
            sb_printf(&files, ", ...");
        char cmd[4200];
        if (strcmp(top, ".") == 0)
            snprintf(cmd, sizeof cmd, "make manifest");
        else
            snprintf(cmd, sizeof cmd, "make -C %s manifest", top);
        printf(P_("%s: note: MANIFEST does not match %zu file (%s), which is normal after an edit in the source "
                  "tree; refresh it with: %s\n",
                  "%s: note: MANIFEST does not match %zu files (%s), which is normal after an edit in the source "
                  "tree; refresh it with: %s\n",
                  stale),
               dir, stale, files.s, cmd);
        sb_free(&files);
    }
    diag_free(&sums);
    diag_print(&d, stdout);
    char ne[64], nw[64];
    count_errors(ne, sizeof ne, d.errors);
    count_warnings(nw, sizeof nw, d.warnings);
    if (ok) {
        char nt[64], nc[64], ng[64], nr[64], nx[64];
        snprintf(nt, sizeof nt, P_("%zu topic", "%zu topics", st.ntopics), st.ntopics);
        snprintf(nc, sizeof nc, P_("%zu category", "%zu categories", st.ncategories), st.ncategories);
        snprintf(ng, sizeof ng, P_("%zu glossary term", "%zu glossary terms", st.nglossary), st.nglossary);
        snprintf(nr, sizeof nr, P_("%zu reference", "%zu references", st.nrefs), st.nrefs);
        snprintf(nx, sizeof nx, P_("%zu treatment option", "%zu treatment options", st.ntreatments), st.ntreatments);
        printf(_("%s: %s, %s, %s, %s, %s; %s, %s.\n"), dir, nt, nc, ng, nr, nx, ne, nw);
    }
    else
        printf(_("%s: %s, %s. Fix the errors above (see content/README.md) and check again.\n"), dir, ne, nw);
    diag_free(&d);
    if (loaded)
        store_free(&st);
    return ok ? 0 : 2;
}
