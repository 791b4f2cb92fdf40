#include "treat/explain.h"

#include <string.h>

#include "core/i18n.h"
#include "text/doc.h"

void treat_matches_text(lang_t lang, const treatment *t, const situation *s, strbuf *out)
{
    unsigned m = t->priorities & s->priorities;
    if (!m)
        return;
    strbuf b = { 0 };
    sit_priorities_text(lang, m, &b);
    sb_printf(out, tr(lang, "Matches: %s"), b.s);
    sb_free(&b);
}

void treat_status_text(const treatment *t, lang_t lang, strbuf *out)
{
    const char *where = lt(&t->approved_in, lang);
    if (t->status == TX_STATUS_APPROVED && *where)
        sb_printf(out, tr(lang, "Approved for vitiligo: %s"), where);
    else
        sb_puts(out, status_label(lang, t->status));
}

void treat_reason_text(const tx_verdict *v, lang_t lang, strbuf *out)
{
    const char *gap = lang_is_chinese(lang) ? "" : " ";
    size_t start = out->len;
    if (!v->nnotes)
        sb_puts(out, lt(v->reason, lang));
    for (size_t k = 0; k < v->nnotes; k++) {
        const char *note = lt(v->notes[k], lang);
        if (*note)
            sb_printf(out, "%s%s", out->len > start ? gap : "", note);
    }
    if (v->floor_note)
        sb_printf(out, "%s%s", out->len > start ? gap : "", tr(lang, v->floor_note));
}

void treat_said_text(lang_t lang, const situation *s, strbuf *out)
{
    strbuf sites = { 0 }, prios = { 0 };
    sit_sites_text(lang, s->sites, &sites);
    sit_priorities_text(lang, s->priorities, &prios);
    if (s->age == AGE_CHILD)
        sb_printf(out, tr(lang, "You said: type: %s; activity: %s; where: %s; age: %s; what matters most: %s."),
                  sit_type_label(lang, s->type), sit_activity_label(lang, s->activity), sites.s, sit_age_label(lang, s->age), prios.s);
    else
        sb_printf(out,
                  tr(lang, "You said: type: %s; activity: %s; where: %s; age: %s; pregnant or breastfeeding: %s; what "
                    "matters most: %s."),
                  sit_type_label(lang, s->type), sit_activity_label(lang, s->activity), sites.s, sit_age_label(lang, s->age),
                  sit_pregnant_label(lang, s->pregnant), prios.s);
    sb_free(&sites);
    sb_free(&prios);
}

const char *treat_order_note(lang_t lang)
{
    return tr(lang, "Each option is marked from your answers: \"May suit you\", \"Ask your doctor\" or \"Usually not for "
             "your situation\". Within each group the order is fixed and the same for everyone; it is not a "
             "ranking: options in use first, then no treatment, then experimental ones. What matters to you never "
             "changes the marks or the order.");
}

const char *treat_order_note_short(lang_t lang)
{
    return tr(lang, "Nothing is picked for you: Enter or click picks one; v compares 2 to 4. The order in each mark is "
             "fixed, not a ranking: options in use, then no treatment, then experimental ones. No option is "
             "recommended.");
}

const char *grid_reading_note(lang_t lang)
{
    return tr(lang, "How to read this comparison: each column is one option and each row answers the same question for "
             "every option. Numbers come from different studies, so compare them with care: the dots in each column "
             "count a different result, so compare the words with the dots, not only the dots. The mark under each "
             "name comes from your answers.");
}

void treat_review_text(lang_t lang, const store *st, const size_t *options, size_t n, strbuf *out)
{
    const char *last = NULL, *next = NULL;
    size_t count = n ? n : st->ntreatments;
    for (size_t i = 0; i < count; i++) {
        const treatment *t = &st->treatments[n ? options[i] : i];
        if (!last || strcmp(t->last_reviewed, last) < 0)
            last = t->last_reviewed;
        if (!next || strcmp(t->next_review, next) < 0)
            next = t->next_review;
    }
    if (last && next)
        sb_printf(out, tr(lang, "Content last reviewed %s. Next review due %s."), last, next);
}

bool treat_overdue_text(lang_t lang, const store *st, const size_t *options, size_t n, strbuf *out)
{
    const char *next = NULL;
    size_t count = n ? n : st->ntreatments;
    for (size_t i = 0; i < count; i++) {
        const treatment *t = &st->treatments[n ? options[i] : i];
        if (!next || strcmp(t->next_review, next) < 0)
            next = t->next_review;
    }
    return next && doc_overdue_text(st, next, lang, out);
}

const char *treat_decision_text(lang_t lang)
{
    return tr(lang, "The decision: whether to treat your vitiligo now, and if so which option to try first. Choosing "
             "no treatment is also a valid choice.");
}
