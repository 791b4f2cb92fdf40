#include "treat/situation.h"

#include <string.h>

#include "core/i18n.h"

const char *const sit_type_words[3] = { "nsv", "sv", "unsure" };
const char *const sit_activity_words[3] = { "spreading", "stable", "unsure" };
const char *const sit_age_words[3] = { "child", "teen", "adult" };
const char *const sit_site_words[SITE_COUNT] = { "face", "hands", "body", "mucosa", "large" };
const char *const sit_priority_words[PRIO_COUNT] = { "face", "spread", "visits", "side-effects", "cost" };

static void choices(strbuf *err, const char *option, const char *value, const char *const *words, size_t n,
                    bool list)
{
    sb_printf(err, _("bad %s '%s'; use "), option, value);
    for (size_t i = 0; i < n; i++)
        sb_printf(err, "%s%s", i ? (i + 1 == n && !list ? _(" or ") : ", ") : "", words[i]);
    if (list)
        sb_puts(err, _(" (several, separated by commas)"));
}

static int word_index(const char *s, size_t len, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strlen(words[i]) == len && strncmp(s, words[i], len) == 0)
            return (int)i;
    return -1;
}

static bool one_of(const char *s, const char *option, const char *const *words, size_t n, int *out, strbuf *err)
{
    int i = word_index(s, strlen(s), words, n);
    if (i < 0) {
        choices(err, option, s, words, n, false);
        return false;
    }
    *out = i + 1;
    return true;
}

bool sit_parse_type(const char *s, situation *sit, strbuf *err)
{
    int v;
    if (!one_of(s, "--type", sit_type_words, 3, &v, err))
        return false;
    sit->type = (sit_type)v;
    return true;
}

bool sit_parse_activity(const char *s, situation *sit, strbuf *err)
{
    int v;
    if (!one_of(s, "--activity", sit_activity_words, 3, &v, err))
        return false;
    sit->activity = (sit_activity)v;
    return true;
}

bool sit_parse_age(const char *s, situation *sit, strbuf *err)
{
    int v;
    if (!one_of(s, "--age", sit_age_words, 3, &v, err))
        return false;
    sit->age = (sit_age)v;
    return true;
}

static bool word_set(const char *s, const char *option, const char *const *words, size_t n, unsigned *mask,
                     strbuf *err)
{
    unsigned m = 0;
    const char *p = s;
    for (;;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        int i = word_index(p, len, words, n);
        if (i < 0) {
            choices(err, option, s, words, n, true);
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

bool sit_parse_sites(const char *s, situation *sit, strbuf *err)
{
    return word_set(s, "--site", sit_site_words, SITE_COUNT, &sit->sites, err);
}

bool sit_parse_priorities(const char *s, situation *sit, strbuf *err)
{
    return word_set(s, "--priority", sit_priority_words, PRIO_COUNT, &sit->priorities, err);
}

bool sit_is_empty(const situation *sit)
{
    return !sit->type && !sit->activity && !sit->sites && !sit->age && !sit->pregnant && !sit->priorities;
}

const char *sit_skipped_label(void) { return _("not answered"); }

const char *sit_type_label(sit_type v)
{
    switch (v) {
    case TYPE_NSV: return _("non-segmental");
    case TYPE_SV: return _("segmental");
    case TYPE_UNSURE: return _("not sure");
    default: return sit_skipped_label();
    }
}

const char *sit_activity_label(sit_activity v)
{
    switch (v) {
    case ACT_SPREADING: return _("spreading");
    case ACT_STABLE: return _("stable for 12 months or more");
    case ACT_UNSURE: return _("not sure");
    default: return sit_skipped_label();
    }
}

const char *sit_age_label(sit_age v)
{
    switch (v) {
    case AGE_CHILD: return _("under 12");
    case AGE_TEEN: return _("12 to 17");
    case AGE_ADULT: return _("adult");
    default: return sit_skipped_label();
    }
}

const char *sit_pregnant_label(sit_pregnant v)
{
    switch (v) {
    case PREG_YES: return _("yes");
    case PREG_NO: return _("no");
    default: return sit_skipped_label();
    }
}

const char *sit_site_label(unsigned i)
{
    static const char *const labels[SITE_COUNT] = {
        N_("face and neck"), N_("hands and feet"), N_("body"), N_("lips and genitals"),
        /* xgettext:no-c-format */
        N_("more than 10% of the skin"),
    };
    return i < SITE_COUNT ? _(labels[i]) : "";
}

const char *sit_priority_label(unsigned i)
{
    static const char *const labels[PRIO_COUNT] = {
        N_("colour back on the face"), N_("stopping the spread"), N_("fewer clinic visits"),
        N_("fewer side effects"), N_("cost"),
    };
    return i < PRIO_COUNT ? _(labels[i]) : "";
}

static void mask_text(unsigned mask, unsigned n, const char *(*label)(unsigned), strbuf *out)
{
    if (!mask) {
        sb_puts(out, sit_skipped_label());
        return;
    }
    bool first = true;
    for (unsigned i = 0; i < n; i++)
        if (mask & (1u << i)) {
            if (!first)
                sb_puts(out, _(", "));
            sb_puts(out, label(i));
            first = false;
        }
}

void sit_sites_text(unsigned sites, strbuf *out) { mask_text(sites, SITE_COUNT, sit_site_label, out); }

void sit_priorities_text(unsigned prios, strbuf *out) { mask_text(prios, PRIO_COUNT, sit_priority_label, out); }
