#include "treat/situation.h"

#include <string.h>

#include "core/i18n.h"

static void choices(lang_t lang, strbuf *err, const char *option, const char *value, const char *const *words, size_t n,
                    bool list)
{
    sb_printf(err, tr(lang, "bad %s '%s'; use "), option, value);
    for (size_t i = 0; i < n; i++)
        sb_printf(err, "%s%s", i ? (i + 1 == n && !list ? tr(lang, " or ") : ", ") : "", words[i]);
    if (list)
        sb_puts(err, tr(lang, " (several, separated by commas)"));
}

static int word_index(const char *s, size_t len, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strlen(words[i]) == len && strncmp(s, words[i], len) == 0)
            return (int)i;
    return -1;
}

static bool one_of(lang_t lang, const char *s, const char *option, const char *const *words, size_t n, int *out, strbuf *err)
{
    int i = word_index(s, strlen(s), words, n);
    if (i < 0) {
        choices(lang, err, option, s, words, n, false);
        return false;
    }
    *out = i + 1;
    return true;
}

bool sit_parse_type(lang_t lang, const char *s, situation *sit, strbuf *err)
{
    int v;
    if (!one_of(lang, s, "--type", sit_type_words, 3, &v, err))
        return false;
    sit->type = (sit_type)v;
    return true;
}

bool sit_parse_activity(lang_t lang, const char *s, situation *sit, strbuf *err)
{
    int v;
    if (!one_of(lang, s, "--activity", sit_activity_words, 3, &v, err))
        return false;
    sit->activity = (sit_activity)v;
    return true;
}

bool sit_parse_age(lang_t lang, const char *s, situation *sit, strbuf *err)
{
    int v;
    if (!one_of(lang, s, "--age", sit_age_words, 3, &v, err))
        return false;
    sit->age = (sit_age)v;
    return true;
}

static bool word_set(lang_t lang, const char *s, const char *option, const char *const *words, size_t n, unsigned *mask,
                     strbuf *err)
{
    unsigned m = 0;
    const char *p = s;
    for (;;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        int i = word_index(p, len, words, n);
        if (i < 0) {
            choices(lang, err, option, s, words, n, true);
            return false;
        }
        m |= 1u << i;
        if (!comma)
            break;
        p = comma + 1;
    }
    *mask = m;
    return true;
}

bool sit_parse_sites(lang_t lang, const char *s, situation *sit, strbuf *err)
{
    return word_set(lang, s, "--site", sit_site_words, SITE_COUNT, &sit->sites, err);
}

bool sit_parse_priorities(lang_t lang, const char *s, situation *sit, strbuf *err)
{
    return word_set(lang, s, "--priority", sit_priority_words, PRIO_COUNT, &sit->priorities, err);
}

bool sit_is_empty(const situation *sit)
{
    return !sit->type && !sit->activity && !sit->sites && !sit->age && !sit->pregnant && !sit->priorities;
}

const char *sit_skipped_label(lang_t lang) { return tr(lang, "not answered"); }

const char *sit_type_label(lang_t lang, sit_type v)
{
    switch (v) {
    case SIT_TYPE_NSV: return tr(lang, "non-segmental");
    case SIT_TYPE_SV: return tr(lang, "segmental");
    case SIT_TYPE_UNSURE: return tr(lang, "not sure");
    default: return sit_skipped_label(lang);
    }
}

const char *sit_activity_label(lang_t lang, sit_activity v)
{
    switch (v) {
    case ACTIVITY_SPREADING: return tr(lang, "spreading");
    case ACTIVITY_STABLE: return tr(lang, "stable for 12 months or more");
    case ACTIVITY_UNSURE: return tr(lang, "not sure");
    default: return sit_skipped_label(lang);
    }
}

const char *sit_age_label(lang_t lang, sit_age v)
{
    switch (v) {
    case AGE_CHILD: return tr(lang, "under 12");
    case AGE_TEEN: return tr(lang, "12 to 17");
    case AGE_ADULT: return tr(lang, "adult");
    default: return sit_skipped_label(lang);
    }
}

const char *sit_pregnant_label(lang_t lang, sit_pregnant v)
{
    switch (v) {
    case PREG_YES: return tr(lang, "yes");
    case PREG_NO: return tr(lang, "no");
    default: return sit_skipped_label(lang);
    }
}

const char *sit_site_label(lang_t lang, unsigned i)
{
    static const char *const labels[SITE_COUNT] = {
        N_("face and neck"), N_("hands and feet"), N_("body"), N_("lips and genitals"),
        /* xgettext:no-c-format */
        N_("more than 10% of the skin"),
    };
    return i < SITE_COUNT ? tr(lang, labels[i]) : "";
}

const char *sit_priority_label(lang_t lang, unsigned i)
{
    static const char *const labels[PRIO_COUNT] = {
        N_("colour back on the face"), N_("stopping the spread"), N_("fewer clinic visits"),
        N_("fewer side effects"), N_("cost"),
    };
    return i < PRIO_COUNT ? tr(lang, labels[i]) : "";
}

static void mask_text(lang_t lang, unsigned mask, unsigned n, const char *(*label)(lang_t, unsigned), strbuf *out)
{
    if (!mask) {
        sb_puts(out, sit_skipped_label(lang));
        return;
    }
    bool first = true;
    for (unsigned i = 0; i < n; i++)
        if (mask & (1u << i)) {
            if (!first)
                sb_puts(out, tr(lang, ", "));
            sb_puts(out, label(lang, i));
            first = false;
        }
}

void sit_sites_text(lang_t lang, unsigned sites, strbuf *out) { mask_text(lang, sites, SITE_COUNT, sit_site_label, out); }

void sit_priorities_text(lang_t lang, unsigned prios, strbuf *out) { mask_text(lang, prios, PRIO_COUNT, sit_priority_label, out); }
