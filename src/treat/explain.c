#include "treat/explain.h"

#include <string.h>

#include "core/i18n.h"

void treat_matches_text(const treatment *t, const situation *s, strbuf *out)
{
    unsigned m = t->priorities & s->priorities;
    if (!m)
        return;
    strbuf b = { 0 };
    sit_priorities_text(m, &b);
    sb_printf(out, _("Matches: %s"), b.s);
    sb_free(&b);
}

void treat_status_text(const treatment *t, lang_t lang, strbuf *out)
{
    const char *where = lt(&t->approved_in, lang);
    if (t->status == STATUS_APPROVED && *where)
        sb_printf(out, _("Approved for vitiligo: %s"), where);
    else
        sb_puts(out, status_label(t->status));
}

void treat_reason_text(const tx_verdict *v, lang_t lang, strbuf *out)
{
    sb_puts(out, lt(v->reason, lang));
    if (v->floor_note)
        sb_printf(out, "%s%s", lang_is_chinese(lang) ? "" : " ", _(v->floor_note));
}

void treat_said_text(const situation *s, strbuf *out)
{
    strbuf sites = { 0 }, prios = { 0 };
    sit_sites_text(s->sites, &sites);
    sit_priorities_text(s->priorities, &prios);
    if (s->age == AGE_CHILD)
        sb_printf(out, _("You said: type: %s; activity: %s; where: %s; age: %s; what matters most: %s."),
                  sit_type_label(s->type), sit_activity_label(s->activity), sites.s, sit_age_label(s->age), prios.s);
    else
        sb_printf(out,
                  _("You said: type: %s; activity: %s; where: %s; age: %s; pregnant or breastfeeding: %s; what "
                    "matters most: %s."),
                  sit_type_label(s->type), sit_activity_label(s->activity), sites.s, sit_age_label(s->age),
                  sit_pregnant_label(s->pregnant), prios.s);
    sb_free(&sites);
    sb_free(&prios);
}

const char *treat_order_note(void)
{
    return _("Each option is marked from your answers: \"May suit you\", \"Ask your doctor\" or \"Usually not for "
             "your situation\". Within each group the order is fixed and the same for everyone; it is not a "
             "ranking. What matters to you never changes the marks or the order.");
}

const char *treat_order_note_short(void)
{
    return _("Enter or click picks an option. The marks come from your answers; the order in each mark is fixed, "
             "not a ranking. This list does not recommend any option.");
}

const char *grid_reading_note(void)
{
    return _("How to read this comparison: each column is one option and each row answers the same question for "
             "every option. Numbers come from different studies, so compare them with care. The mark under each "
             "name comes from your answers.");
}

void treat_review_text(const store *st, const size_t *options, size_t n, strbuf *out)
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
        sb_printf(out, _("Content last reviewed %s. Next review due %s."), last, next);
}
