#include "treat/summary.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/treatment.h"
#include "core/i18n.h"
#include "core/xalloc.h"
#include "text/doc.h"
#include "text/layout.h"
#include "text/width.h"
#include "treat/explain.h"
#include "treat/grid.h"
#include "treat/rules.h"

static void heading(strbuf *out, const char *text, int width, const char *rule)
{
    layout_append_plain(out, text, 0, NULL, width);
    int w = text_cols(text, strlen(text));
    sb_repeat(out, rule, w < width ? w : width);
    sb_putc(out, '\n');
}

static void answer(lang_t lang, strbuf *out, const char *label, const char *value, int width)
{
    strbuf b = { 0 };
    sb_printf(&b, tr(lang, "%s: %s"), label, value);
    layout_append_plain(out, b.s, 2, NULL, width);
    sb_free(&b);
}

size_t summary_general_questions(lang_t lang, const situation *s, const char **out, size_t max)
{
    const char *q[16];
    size_t n = 0;
    if (s->type == SIT_TYPE_SKIPPED || s->type == SIT_TYPE_UNSURE || s->activity == ACTIVITY_SKIPPED ||
        s->activity == ACTIVITY_UNSURE)
        q[n++] = tr(lang, "Which type of vitiligo do I have? Is it spreading or stable right now?");
    q[n++] = tr(lang, "Which options fit where my patches are and how much skin they cover?");
    q[n++] = tr(lang, "How long before I might see colour come back, and how will we measure it?");
    q[n++] = tr(lang, "What side effects should I watch for, and what should I do if they happen?");
    if (s->activity == ACTIVITY_SPREADING)
        q[n++] = tr(lang, "My vitiligo is spreading. What can slow it down, and how soon should we start?");
    if (s->pregnant == PREG_YES)
        q[n++] = tr(lang, "I am pregnant or breastfeeding. Which options are safe for me and my baby?");
    if (s->age == AGE_CHILD || s->age == AGE_TEEN)
        q[n++] = tr(lang, "Which options are approved at my child's age?");
    q[n++] = tr(lang, "Should my thyroid be checked?");
    q[n++] = tr(lang, "Where can I get support, such as counselling or a patient group?");
    size_t k = n < max ? n : max;
    memcpy(out, q, k * sizeof *out);
    return k;
}

/* The chance of improvement, the common side effects and the serious risks of an
 * option, each as a labelled line (benefit and harm in equal detail: IPDAS), and
 * what it means in pregnancy when that may matter to the reader. */
static void sheet_numbers(strbuf *out, const store *st, size_t option, const situation *s, lang_t lang, int width)
{
    static const int rows[] = { GRID_ROW_CHANCE, GRID_ROW_SIDE_EFFECTS, GRID_ROW_SERIOUS };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        strbuf cell = { 0 }, line = { 0 };
        grid_cell_text(st, option, rows[i], lang, &cell);
        if (cell.len) {
            for (char *p = cell.s; *p; p++)
                if (*p == '\n')
                    *p = ' ';
            sb_printf(&line, tr(lang, "%s: %s"), grid_row_label(lang, rows[i]), cell.s);
            layout_append_plain(out, line.s, 4, NULL, width);
        }
        sb_free(&cell);
        sb_free(&line);
    }
    const treatment *t = &st->treatments[option];
    if (s->pregnant != PREG_NO && s->age != AGE_CHILD && *lt(&t->pregnancy, lang)) {
        strbuf line = { 0 };
        sb_printf(&line, tr(lang, "%s: %s"), tr(lang, "Pregnant or breastfeeding"), lt(&t->pregnancy, lang));
        layout_append_plain(out, line.s, 4, NULL, width);
        sb_free(&line);
    }
}

/* "Sources of the numbers": the studies behind each chance and side-effect line, so
 * the doctor handed the sheet can look them up. */
static void sheet_sources(strbuf *out, const store *st, const size_t *options, size_t n, lang_t lang, int width)
{
    size_t seen[64], nseen = 0;
    strbuf b = { 0 };
    for (size_t i = 0; i < n; i++) {
        const treatment *t = &st->treatments[options[i]];
        for (int harm = 0; harm < 2; harm++) {
            size_t nr = harm ? (t->side_effects_icons.total ? t->side_effects_icons.nrefs : 0) : t->nchance_refs;
            const size_t *refs = harm ? t->side_effects_icons.refs : t->chance_refs;
            for (size_t k = 0; k < nr; k++) {
                bool dup = false;
                for (size_t j = 0; j < nseen; j++)
                    dup |= seen[j] == refs[k];
                if (dup || nseen == 64)
                    continue;
                if (!nseen)
                    layout_append_plain(out, tr(lang, "Sources of the numbers:"), 2, NULL, width);
                seen[nseen++] = refs[k];
                const reference *r = &st->refs[refs[k]];
                sb_clear(&b);
                sb_printf(&b, "[%s] %s", r->id, r->citation);
                if (r->doi && !strstr(r->citation, r->doi)) /* not twice */
                    sb_printf(&b, " doi:%s", r->doi);
                layout_append_plain(out, b.s, 4, NULL, width);
            }
        }
    }
    sb_free(&b);
}

void summary_build(strbuf *out, const store *st, const situation *s, const size_t *options, size_t n, lang_t lang,
                   int width)
{
    summary_build_sheet(out, st, s, options, n, lang, width, NULL);
}

void summary_build_sheet(strbuf *out, const store *st, const situation *s, const size_t *options, size_t n,
                         lang_t lang, int width, const summary_sheet *sheet)
{
    if (width < 20)
        width = 20;
    /* a sheet goes to printers and phones: plain ASCII rules, a third of the bytes */
    const char *rule1 = sheet ? "=" : "═", *rule2 = sheet ? "-" : "─";
    heading(out, tr(lang, "Questions for my doctor"), width, rule1);
    if (sheet) {
        strbuf line = { 0 };
        sb_printf(&line, tr(lang, "Visit sheet from Vitiligo Explorer, %s"), sheet->date);
        layout_append_plain(out, line.s, 0, NULL, width);
        if (sheet->code && *sheet->code) {
            sb_clear(&line);
            sb_printf(&line, tr(lang, "Sheet code (the front desk can print this sheet from it): %s"), sheet->code);
            layout_append_plain(out, line.s, 0, NULL, width);
        }
        sb_free(&line);
        /* what the sheet is and is not (IPDAS: the decision; no option recommended) */
        layout_append_plain(out,
                            tr(lang, "This sheet lists options to talk about with your doctor. It does not recommend any "
                                     "of them. Choosing no treatment is also a valid choice, and there are other options."),
                            0, NULL, width);
    }
    strbuf c = { 0 };
    doc_clinic_contact_text(st, lang, &c);
    if (c.len)
        layout_append_plain(out, c.s, 0, NULL, width);
    sb_free(&c);
    sb_putc(out, '\n');

    heading(out, tr(lang, "My situation"), width, rule2);
    answer(lang, out, tr(lang, "Type"), sit_type_label(lang, s->type), width);
    answer(lang, out, tr(lang, "Activity"), sit_activity_label(lang, s->activity), width);
    strbuf b = { 0 };
    sit_sites_text(lang, s->sites, &b);
    answer(lang, out, tr(lang, "Where"), b.s, width);
    sb_clear(&b);
    answer(lang, out, tr(lang, "Age"), sit_age_label(lang, s->age), width);
    if (s->age != AGE_CHILD) /* never asked for a child under 12 */
        answer(lang, out, tr(lang, "Pregnant or breastfeeding"), sit_pregnant_label(lang, s->pregnant), width);
    sit_priorities_text(lang, s->priorities, &b);
    answer(lang, out, tr(lang, "What matters most"), b.s, width);
    sb_clear(&b);
    sb_putc(out, '\n');

    /* without a comparison, list the options that may suit */
    size_t *mine = NULL;
    if (n == 0 && st->ntreatments) {
        mine = xmalloc(sizeof *mine * st->ntreatments);
        tx_verdict *v = xmalloc(sizeof *v * st->ntreatments);
        treat_rank(st, s, v);
        for (size_t i = 0; i < st->ntreatments && n < GRID_MAX_OPTIONS; i++)
            if (v[i].fit == FIT_MAY_SUIT)
                mine[n++] = v[i].option;
        free(v);
        options = mine;
    }
    heading(out, n && !mine ? tr(lang, "Options I looked at") : tr(lang, "Options that may suit me"), width, rule2);
    if (!n)
        layout_append_plain(out, tr(lang, "None chosen yet."), 2, NULL, width);
    if (sheet && n > 1)
        layout_append_plain(out,
                            tr(lang, "The numbers come from different studies, so compare them with care: each "
                                     "option's dots count a different result, so read the words, not only the dots."),
                            2, NULL, width);
    for (size_t i = 0; i < n; i++) {
        const treatment *t = &st->treatments[options[i]];
        tx_verdict v = treat_judge(st, options[i], s);
        sb_puts(&b, lt(&t->name, lang));
        if (treatment_experimental(t))
            sb_printf(&b, "  %s", tr(lang, "(experimental)"));
        layout_append_plain(out, b.s, 2, "• ", width);
        sb_clear(&b);
        strbuf r = { 0 };
        treat_reason_text(&v, lang, &r);
        sb_printf(&b, tr(lang, "%s: %s"), fit_label(lang, v.fit), r.s);
        sb_free(&r);
        layout_append_plain(out, b.s, 4, NULL, width);
        sb_clear(&b);
        if (sheet)
            sheet_numbers(out, st, options[i], s, lang, width);
    }
    if (sheet)
        sheet_sources(out, st, options, n, lang, width);
    sb_putc(out, '\n');

    heading(out, tr(lang, "Questions to ask"), width, rule2);
    const char *general[16];
    size_t ng = summary_general_questions(lang, s, general, 16), k = 0;
    char num[16];
    for (size_t i = 0; i < n; i++) {
        const treatment *t = &st->treatments[options[i]];
        for (size_t q = 0; q < t->nquestions; q++) {
            snprintf(num, sizeof num, "%zu. ", ++k);
            layout_append_plain(out, lt(&t->questions[q], lang), 2, num, width);
        }
    }
    for (size_t i = 0; i < ng; i++) {
        snprintf(num, sizeof num, "%zu. ", ++k);
        layout_append_plain(out, general[i], 2, num, width);
    }
    sb_putc(out, '\n');
    if (treat_overdue_text(lang, st, options, n, &b)) { /* past its review: say so, as pages do */
        layout_append_plain(out, b.s, 0, NULL, width);
        sb_clear(&b);
    }
    treat_review_text(lang, st, options, n, &b);
    layout_append_plain(out, b.s, 0, NULL, width);
    sb_clear(&b);
    layout_append_plain(out, doc_disclaimer(lang), 0, NULL, width);
    sb_free(&b);
    free(mine);
}
