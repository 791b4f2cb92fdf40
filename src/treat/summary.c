#include "treat/summary.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/xalloc.h"
#include "text/doc.h"
#include "text/layout.h"
#include "text/width.h"
#include "treat/explain.h"
#include "treat/grid.h"
#include "treat/rules.h"
#include "treat/treatment.h"

static void heading(strbuf *out, const char *text, int width, const char *rule)
{
    layout_append_plain(out, text, 0, NULL, width);
    int w = text_cols(text, strlen(text));
    sb_repeat(out, rule, w < width ? w : width);
    sb_putc(out, '\n');
}

static void answer(strbuf *out, const char *label, const char *value, int width)
{
    strbuf b = { 0 };
    sb_printf(&b, _("%s: %s"), label, value);
    layout_append_plain(out, b.s, 2, NULL, width);
    sb_free(&b);
}

size_t summary_general_questions(const situation *s, const char **out, size_t max)
{
    const char *q[16];
    size_t n = 0;
    if (s->type == TYPE_SKIPPED || s->type == TYPE_UNSURE || s->activity == ACT_SKIPPED ||
        s->activity == ACT_UNSURE)
        q[n++] = _("Which type of vitiligo do I have? Is it spreading or stable right now?");
    q[n++] = _("Which options fit where my patches are and how much skin they cover?");
    q[n++] = _("How long before I might see colour come back, and how will we measure it?");
    q[n++] = _("What side effects should I watch for, and what should I do if they happen?");
    if (s->activity == ACT_SPREADING)
        q[n++] = _("My vitiligo is spreading. What can slow it down, and how soon should we start?");
    if (s->pregnant == PREG_YES)
        q[n++] = _("I am pregnant or breastfeeding. Which options are safe for me and my baby?");
    if (s->age == AGE_CHILD || s->age == AGE_TEEN)
        q[n++] = _("Which options are approved at my child's age?");
    q[n++] = _("Should my thyroid be checked?");
    q[n++] = _("Where can I get support, such as counselling or a patient group?");
    size_t k = n < max ? n : max;
    memcpy(out, q, k * sizeof *out);
    return k;
}

void summary_build(strbuf *out, const store *st, const situation *s, const size_t *options, size_t n, lang_t lang,
                   int width)
{
    if (width < 20)
        width = 20;
    heading(out, _("Questions for my doctor"), width, "═");
    strbuf c = { 0 };
    doc_clinic_contact_text(lang, &c);
    if (c.len)
        layout_append_plain(out, c.s, 0, NULL, width);
    sb_free(&c);
    sb_putc(out, '\n');

    heading(out, _("My situation"), width, "─");
    answer(out, _("Type"), sit_type_label(s->type), width);
    answer(out, _("Activity"), sit_activity_label(s->activity), width);
    strbuf b = { 0 };
    sit_sites_text(s->sites, &b);
    answer(out, _("Where"), b.s, width);
    sb_clear(&b);
    answer(out, _("Age"), sit_age_label(s->age), width);
    if (s->age != AGE_CHILD) /* never asked for a child under 12 */
        answer(out, _("Pregnant or breastfeeding"), sit_pregnant_label(s->pregnant), width);
    sit_priorities_text(s->priorities, &b);
    answer(out, _("What matters most"), b.s, width);
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
    heading(out, n && !mine ? _("Options I compared") : _("Options that may suit me"), width, "─");
    if (!n)
        layout_append_plain(out, _("None chosen yet."), 2, NULL, width);
    for (size_t i = 0; i < n; i++) {
        const treatment *t = &st->treatments[options[i]];
        tx_verdict v = treat_judge(st, options[i], s);
        sb_puts(&b, lt(&t->name, lang));
        if (treatment_experimental(t))
            sb_printf(&b, "  %s", _("(experimental)"));
        layout_append_plain(out, b.s, 2, "• ", width);
        sb_clear(&b);
        strbuf r = { 0 };
        treat_reason_text(&v, lang, &r);
        sb_printf(&b, _("%s: %s"), fit_label(v.fit), r.s);
        sb_free(&r);
        layout_append_plain(out, b.s, 4, NULL, width);
        sb_clear(&b);
    }
    sb_putc(out, '\n');

    heading(out, _("Questions to ask"), width, "─");
    const char *general[16];
    size_t ng = summary_general_questions(s, general, 16), k = 0;
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
    treat_review_text(st, options, n, &b);
    layout_append_plain(out, b.s, 0, NULL, width);
    sb_clear(&b);
    layout_append_plain(out, doc_disclaimer(), 0, NULL, width);
    sb_free(&b);
    free(mine);
}
