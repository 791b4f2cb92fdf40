#include "treat/grid.h"

#include <stdlib.h>
#include <string.h>

#include "content/treatment.h"
#include "core/i18n.h"
#include "core/xalloc.h"
#include "text/doc.h"
#include "text/layout.h"
#include "text/width.h"
#include "treat/explain.h"
#include "treat/rules.h"

enum {
    WIDE_MIN = 100,       /* from this width on, questions sit in a left-hand column */
    LABEL_COLS = 18,
    COL_MIN = 25,         /* narrowest option column in the wide layout: 3 options at 100 columns */
    COL_MIN_NARROW = 30,  /* ... and in the narrow one, so 80 columns shows 2 options */
};

static const char *const sep = " │ "; /* 3 columns */

const char *grid_row_label(lang_t lang, int r)
{
    static const char *const labels[GRID_ROWS] = {
        N_("What is it?"), N_("Who is it for?"), N_("What does it involve?"), N_("How soon does it work?"),
        N_("Chance of improvement"), N_("Common side effects"), N_("Serious risks"), N_("Cost and access"),
        N_("How sure are we?"), N_("What if I stop?"),
    };
    return r >= 0 && r < GRID_ROWS ? tr(lang, labels[r]) : "";
}

static bool wide(int width) { return width >= WIDE_MIN; }

size_t grid_per_page(int width, size_t n)
{
    int avail = wide(width) ? width - LABEL_COLS - 1 : width;
    int min = wide(width) ? COL_MIN : COL_MIN_NARROW;
    size_t fit = (size_t)((avail + 3) / (min + 3));
    if (fit < 1)
        fit = 1;
    return fit < n ? fit : n;
}

/* "●○○○○○○○○○ With a placebo cream: about 1 in 10", after lead. */
static void icon_row(const tx_icons *ic, lang_t lang, const char *lead, strbuf *out)
{
    sb_puts(out, lead);
    icons_text(ic->count, ic->total, out);
    sb_putc(out, ' ');
    sb_puts(out, lt(&ic->text, lang));
}

/* " [S1, S2]": the keys of the sources of a number, as in "Sources of the numbers". */
static void source_keys(const store *st, const size_t *refs, size_t n, const char *gap, strbuf *out)
{
    if (!n)
        return;
    sb_puts(out, gap);
    sb_puts(out, "[");
    for (size_t i = 0; i < n; i++)
        sb_printf(out, "%s%s", i ? ", " : "", st->refs[refs[i]].id);
    sb_puts(out, "]");
}

void grid_cell_text(const store *st, size_t option, int r, lang_t lang, strbuf *out)
{
    const treatment *t = &st->treatments[option];
    const char *gap = lang_is_chinese(lang) ? "" : " "; /* between two sentences */
    switch (r) {
    case 0: sb_printf(out, "%s%s%s", lt(&t->what, lang), gap, lt(&t->how_it_works, lang)); break;
    case 1: sb_printf(out, "%s%s%s", lt(&t->who_for, lang), gap, lt(&t->pregnancy, lang)); break;
    case 2: sb_puts(out, lt(&t->involves, lang)); break;
    case 3: sb_puts(out, lt(&t->how_soon, lang)); break;
    case 4:
        if (t->chance_icons_total) {
            icons_text(t->chance_icons, t->chance_icons_total, out);
            sb_putc(out, ' ');
        }
        sb_puts(out, lt(&t->chance, lang));
        source_keys(st, t->chance_refs, t->nchance_refs, gap, out);
        if (t->chance_comparator.total) /* the comparison group's dots, on a row of their own, under the option's */
            icon_row(&t->chance_comparator, lang, "\n", out);
        break;
    case 5:
        /* a harm drawn like the benefit: the same dots in the same place (IPDAS: equal detail) */
        if (t->side_effects_icons.total)
            icon_row(&t->side_effects_icons, lang, "", out);
        if (t->side_effects_icons.total && *lt(&t->side_effects, lang))
            sb_puts(out, gap);
        sb_puts(out, lt(&t->side_effects, lang));
        if (t->side_effects_icons.total) /* the harm number's sources, after the harm text, as for the chance */
            source_keys(st, t->side_effects_icons.refs, t->side_effects_icons.nrefs, gap, out);
        break;
    case 6: sb_puts(out, lt(&t->serious_risks, lang)); break;
    case 7: sb_puts(out, lt(&t->cost, lang)); break;
    case 8: sb_printf(out, tr(lang, "%s: %s"), evidence_label(lang, t->evidence), lt(&t->evidence_reason, lang)); break;
    case 9: sb_puts(out, lt(&t->if_stop, lang)); break;
    default: break;
    }
}

/* ---- building lines --------------------------------------------------------------- */

static void push(grid *g, grid_kind kind, int row, strbuf *line)
{
    /* no trailing spaces */
    size_t len = line->len;
    while (len && line->s[len - 1] == ' ')
        len--;
    XGROW(g->lines, g->cap, g->n + 1);
    g->lines[g->n++] = (grid_line){ kind, row, xstrndup(line->s ? line->s : "", len) };
    sb_clear(line);
}

static void pad_to(strbuf *b, int have, int want)
{
    for (int i = have; i < want; i++)
        sb_putc(b, ' ');
}

/* Appends s[start..end) padded to cols. */
static void put_cell(strbuf *b, const char *s, const layout_line *ll, int cols)
{
    if (!ll) {
        pad_to(b, 0, cols);
        return;
    }
    sb_append(b, s + ll->start, ll->end - ll->start);
    pad_to(b, ll->cols, cols);
}

/* Lays out texts[0..count) side by side, with an optional label column on the left. */
static void side_by_side(grid *g, grid_kind kind, int row, const char *label, char **texts, size_t count)
{
    layout lays[GRID_MAX_OPTIONS] = { 0 };
    layout lab = { 0 };
    size_t height = 0;
    for (size_t c = 0; c < count; c++) {
        layout_wrap(texts[c], strlen(texts[c]), g->col_cols, g->col_cols, &lays[c]);
        height = lays[c].n > height ? lays[c].n : height;
    }
    if (label) {
        layout_wrap(label, strlen(label), g->label_cols, g->label_cols, &lab);
        height = lab.n > height ? lab.n : height;
    }
    strbuf line = { 0 };
    for (size_t i = 0; i < height; i++) {
        if (label) {
            put_cell(&line, label, i < lab.n ? &lab.lines[i] : NULL, g->label_cols);
            sb_putc(&line, ' ');
        }
        for (size_t c = 0; c < count; c++) {
            if (c)
                sb_puts(&line, sep);
            put_cell(&line, texts[c], i < lays[c].n ? &lays[c].lines[i] : NULL, g->col_cols);
        }
        push(g, kind, row, &line);
    }
    sb_free(&line);
    for (size_t c = 0; c < count; c++)
        layout_free(&lays[c]);
    layout_free(&lab);
}

static void rule_line(grid *g)
{
    strbuf line = { 0 };
    if (g->side_labels) {
        sb_repeat(&line, "─", g->label_cols + 1);
    }
    for (size_t c = 0; c < g->count; c++) {
        if (c)
            sb_puts(&line, "─┼─");
        sb_repeat(&line, "─", g->col_cols);
    }
    push(g, GRID_SEP, -1, &line);
    sb_free(&line);
}

static void wrapped_line(grid *g, grid_kind kind, int row, const char *text)
{
    layout lay = { 0 };
    layout_wrap(text, strlen(text), g->width, g->width, &lay);
    strbuf line = { 0 };
    for (size_t i = 0; i < lay.n; i++) {
        sb_append(&line, text + lay.lines[i].start, lay.lines[i].end - lay.lines[i].start);
        push(g, kind, row, &line);
    }
    sb_free(&line);
    layout_free(&lay);
}

static void head(grid *g, const store *st, const size_t *opts, lang_t lang, const situation *sit)
{
    bool marks = sit && !sit_is_empty(sit);
    for (int part = 0; part < 4; part++) {
        if (part == 3 && !marks)
            break;
        char *texts[GRID_MAX_OPTIONS];
        for (size_t c = 0; c < g->count; c++) {
            const treatment *t = &st->treatments[opts[c]];
            strbuf b = { 0 };
            switch (part) {
            case 0: sb_puts(&b, lt(&t->name, lang)); break;
            case 1: sb_puts(&b, kind_label(lang, t->kind)); break;
            case 2: treat_status_text(t, lang, &b); break;
            default: {
                tx_verdict v = treat_judge(st, opts[c], sit);
                sb_printf(&b, tr(lang, "For you: %s"), fit_label(lang, v.fit));
                break;
            }
            }
            texts[c] = sb_take(&b);
        }
        side_by_side(g, GRID_HEAD, -1, g->side_labels ? "" : NULL, texts, g->count);
        for (size_t c = 0; c < g->count; c++)
            free(texts[c]);
    }
    rule_line(g);
}

static void footer(grid *g, const store *st, const size_t *opts, lang_t lang)
{
    /* the sources of the numbers in the "chance" and "side effects" rows, each once */
    strbuf b = { 0 };
    size_t seen[64];
    size_t nseen = 0;
    for (size_t c = 0; c < 2 * g->count; c++) {
        const treatment *t = &st->treatments[opts[c / 2]];
        bool harm = c % 2, icons = t->side_effects_icons.total;
        size_t n = harm ? (icons ? t->side_effects_icons.nrefs : 0) : t->nchance_refs;
        const size_t *refs = harm ? t->side_effects_icons.refs : t->chance_refs;
        for (size_t k = 0; k < n; k++) {
            size_t r = refs[k];
            bool dup = false;
            for (size_t i = 0; i < nseen; i++)
                dup |= seen[i] == r;
            if (dup || nseen == 64)
                continue;
            seen[nseen++] = r;
            if (nseen == 1) {
                push(g, GRID_BLANK, -1, &b);
                wrapped_line(g, GRID_FOOT, -1, tr(lang, "Sources of the numbers:"));
            }
            sb_printf(&b, "[%s] %s", st->refs[r].id, st->refs[r].citation);
            if (st->refs[r].doi && !strstr(st->refs[r].citation, st->refs[r].doi)) /* not twice */
                sb_printf(&b, " doi:%s", st->refs[r].doi);
            wrapped_line(g, GRID_FOOT, -1, b.s);
            sb_clear(&b);
        }
    }
    push(g, GRID_BLANK, -1, &b);
    treat_review_text(lang, st, opts, g->count, &b);
    wrapped_line(g, GRID_FOOT, -1, b.s);
    sb_clear(&b);
    wrapped_line(g, GRID_FOOT, -1, doc_disclaimer(lang));
    sb_free(&b);
}

void grid_build(grid *g, const store *st, const size_t *options, size_t n, lang_t lang, int width, size_t page)
{
    grid_build_for(g, st, options, n, lang, width, page, NULL);
}

void grid_build_for(grid *g, const store *st, const size_t *options, size_t n, lang_t lang, int width, size_t page,
                    const situation *sit)
{
    *g = (grid){ 0 };
    if (width < 20)
        width = 20;
    if (n > GRID_MAX_OPTIONS)
        n = GRID_MAX_OPTIONS;
    g->width = width;
    g->side_labels = wide(width);
    g->per_page = grid_per_page(width, n ? n : 1);
    g->npages = n ? (n + g->per_page - 1) / g->per_page : 1;
    g->page = page < g->npages ? page : g->npages - 1;
    g->first = g->page * g->per_page;
    g->count = n ? (n - g->first < g->per_page ? n - g->first : g->per_page) : 0;
    g->label_cols = g->side_labels ? LABEL_COLS : 0;
    int avail = g->side_labels ? width - LABEL_COLS - 1 : width;
    /* columns are as wide as the page's full set of columns allows, so pages line up */
    int per = (int)g->per_page;
    g->col_cols = (avail - 3 * (per - 1)) / per;
    if (g->col_cols < 4)
        g->col_cols = 4;
    if (!g->count)
        return;
    const size_t *opts = options + g->first;

    strbuf b = { 0 };
    /* the decision and how to read the grid come first, so the column heads sit right above
     * their cells; they are the same on every page (--compare prints them once) */
    if (treat_overdue_text(lang, st, opts, g->count, &b))
        wrapped_line(g, GRID_FOOT, -1, b.s);
    sb_clear(&b);
    wrapped_line(g, GRID_FOOT, -1, treat_decision_text(lang));
    wrapped_line(g, GRID_FOOT, -1, grid_reading_note(lang));
    push(g, GRID_BLANK, -1, &b);
    g->nintro = g->n;
    if (g->npages > 1) {
        sb_printf(&b, tr(lang, "Options %zu to %zu of %zu (page %zu of %zu)"), g->first + 1, g->first + g->count, n,
                  g->page + 1, g->npages);
        wrapped_line(g, GRID_HEAD, -1, b.s);
        sb_clear(&b);
    }
    head(g, st, opts, lang, sit);
    g->nhead = g->n;
    for (int r = 0; r < GRID_ROWS; r++) {
        char *texts[GRID_MAX_OPTIONS];
        for (size_t c = 0; c < g->count; c++) {
            grid_cell_text(st, opts[c], r, lang, &b);
            texts[c] = sb_take(&b);
        }
        if (r)
            push(g, GRID_BLANK, -1, &b);
        if (!g->side_labels)
            wrapped_line(g, GRID_LABEL, r, grid_row_label(lang, r));
        side_by_side(g, GRID_CELL, r, g->side_labels ? grid_row_label(lang, r) : NULL, texts, g->count);
        for (size_t c = 0; c < g->count; c++)
            free(texts[c]);
    }
    sb_free(&b);
    footer(g, st, opts, lang);
}

void grid_render_plain(const grid *g, strbuf *out) { grid_render_plain_from(g, 0, out); }

void grid_render_plain_from(const grid *g, size_t first, strbuf *out)
{
    for (size_t i = first; i < g->n; i++) {
        sb_puts(out, g->lines[i].text);
        sb_putc(out, '\n');
    }
}

void grid_free(grid *g)
{
    for (size_t i = 0; i < g->n; i++)
        free(g->lines[i].text);
    free(g->lines);
    *g = (grid){ 0 };
}
