/* --treatments (every option marked for a situation) and --compare (the grid). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "cli/commands.h"
#include "content/treatment.h"
#include "core/i18n.h"
#include "core/strbuf.h"
#include "core/xalloc.h"
#include "text/doc.h"
#include "text/layout.h"
#include "text/width.h"
#include "treat/explain.h"
#include "treat/grid.h"
#include "treat/rules.h"
#include "treat/situation.h"

static void say_error(const strbuf *err)
{
    fprintf(stderr, "vitiligo-explorer: %s\n", err->s);
}

bool situation_from_options(const options *o, situation *s)
{
    *s = (situation){ 0 };
    lang_t lang = o->lang;
    strbuf err = { 0 };
    bool ok = (!o->sit_type || sit_parse_type(lang, o->sit_type, s, &err)) &&
              (!o->sit_activity || sit_parse_activity(lang, o->sit_activity, s, &err)) &&
              (!o->sit_site || sit_parse_sites(lang, o->sit_site, s, &err)) &&
              (!o->sit_age || sit_parse_age(lang, o->sit_age, s, &err)) &&
              (!o->sit_priority || sit_parse_priorities(lang, o->sit_priority, s, &err));
    if (!ok)
        say_error(&err);
    if (o->sit_pregnant && ok && s->age == AGE_CHILD) {
        /* the screens never ask a child under 12 about pregnancy; the command line ignores
         * the answer the same way, and says so rather than accept a contradiction silently */
        fprintf(stderr, "vitiligo-explorer: %s\n",
                tr(lang, "note: --pregnant is not used for a child under 12 (--age child), so it is ignored."));
        s->pregnant = PREG_SKIPPED;
    } else if (o->sit_pregnant) {
        s->pregnant = PREG_YES;
    }
    sb_free(&err);
    return ok;
}

static void situation_line(const situation *s, lang_t lang, strbuf *out)
{
    strbuf sites = { 0 }, prios = { 0 };
    sit_sites_text(lang, s->sites, &sites);
    sit_priorities_text(lang, s->priorities, &prios);
    sb_printf(out, tr(lang, "Your situation: type: %s; activity: %s; where: %s; age: %s; pregnant or breastfeeding: %s; "
                "what matters most: %s."),
              sit_type_label(lang, s->type), sit_activity_label(lang, s->activity), sites.s, sit_age_label(lang, s->age),
              sit_pregnant_label(lang, s->pregnant), prios.s);
    sb_free(&sites);
    sb_free(&prios);
}

static void print_list(const store *st, const situation *s, const tx_verdict *v, lang_t lang, int width)
{
    strbuf out = { 0 }, b = { 0 };
    layout_append_plain(&out, tr(lang, "Treatment options for your situation"), 0, NULL, width);
    sb_repeat(&out, "═", width < 40 ? width : 40);
    sb_putc(&out, '\n');
    if (treat_overdue_text(lang, st, NULL, 0, &b))
        layout_append_plain(&out, b.s, 0, NULL, width);
    sb_clear(&b);
    layout_append_plain(&out, treat_decision_text(lang), 0, NULL, width);
    situation_line(s, lang, &b);
    layout_append_plain(&out, b.s, 0, NULL, width);
    sb_clear(&b);
    if (sit_is_empty(s))
        layout_append_plain(&out, tr(lang, "You have not answered any question, so each option shows its general note."), 0, NULL,
             width);
    layout_append_plain(&out, treat_order_note(lang), 0, NULL, width);
    int group = -1;
    for (size_t i = 0; i < st->ntreatments; i++) {
        const treatment *t = &st->treatments[v[i].option];
        if ((int)v[i].fit != group) {
            group = (int)v[i].fit;
            sb_putc(&out, '\n');
            layout_append_plain(&out, fit_label(lang, v[i].fit), 0, NULL, width);
        }
        sb_printf(&b, "%s  [%s]", lt(&t->name, lang), t->id);
        if (treatment_experimental(t))
            sb_printf(&b, "  %s", tr(lang, "(experimental)"));
        layout_append_plain(&out, b.s, 2, "• ", width);
        sb_clear(&b);
        treat_status_text(t, lang, &b);
        layout_append_plain(&out, b.s, 4, NULL, width);
        sb_clear(&b);
        treat_matches_text(lang, t, s, &b);
        if (b.len)
            layout_append_plain(&out, b.s, 4, NULL, width);
        sb_clear(&b);
        treat_reason_text(&v[i], lang, &b);
        layout_append_plain(&out, b.s, 4, NULL, width);
        sb_clear(&b);
    }
    sb_putc(&out, '\n');
    layout_append_plain(&out, tr(lang, "This list does not recommend any option. Talk the options over with your doctor."), 0, NULL,
         width);
    treat_review_text(lang, st, NULL, 0, &b);
    layout_append_plain(&out, b.s, 0, NULL, width);
    sb_clear(&b);
    layout_append_plain(&out, doc_disclaimer(lang), 0, NULL, width);
    fputs(out.s, stdout);
    sb_free(&out);
    sb_free(&b);
}

static void json_situation(cJSON *root, const situation *s)
{
    cJSON *sit = cJSON_AddObjectToObject(root, "situation");
    cJSON_AddStringToObject(sit, "type", s->type ? sit_type_words[s->type - 1] : "skipped");
    cJSON_AddStringToObject(sit, "activity", s->activity ? sit_activity_words[s->activity - 1] : "skipped");
    cJSON *sites = cJSON_AddArrayToObject(sit, "sites");
    for (unsigned i = 0; i < SITE_COUNT; i++)
        if (s->sites & (1u << i))
            cJSON_AddItemToArray(sites, cJSON_CreateString(sit_site_words[i]));
    cJSON_AddStringToObject(sit, "age", s->age ? sit_age_words[s->age - 1] : "skipped");
    cJSON_AddBoolToObject(sit, "pregnant", s->pregnant == PREG_YES);
    cJSON *prios = cJSON_AddArrayToObject(sit, "priorities");
    for (unsigned i = 0; i < PRIO_COUNT; i++)
        if (s->priorities & (1u << i))
            cJSON_AddItemToArray(prios, cJSON_CreateString(sit_priority_words[i]));
}

static void print_json(const store *st, const situation *s, const tx_verdict *v, lang_t lang)
{
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "lang", lang_tag(lang));
    json_situation(root, s);
    strbuf rv = { 0 };
    treat_review_text(lang, st, NULL, 0, &rv);
    cJSON_AddStringToObject(root, "reviewed", rv.s ? rv.s : "");
    sb_free(&rv);
    cJSON *arr = cJSON_AddArrayToObject(root, "options");
    for (size_t i = 0; i < st->ntreatments; i++) {
        const treatment *t = &st->treatments[v[i].option];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "id", t->id);
        cJSON_AddStringToObject(o, "name", lt(&t->name, lang));
        cJSON_AddStringToObject(o, "kind", kind_words[t->kind]);
        cJSON_AddStringToObject(o, "status", status_words[t->status]);
        strbuf b = { 0 };
        treat_status_text(t, lang, &b);
        cJSON_AddStringToObject(o, "status_label", b.s);
        sb_clear(&b);
        cJSON_AddBoolToObject(o, "experimental", treatment_experimental(t));
        cJSON_AddStringToObject(o, "fit", fit_words[v[i].fit]);
        cJSON_AddStringToObject(o, "fit_label", fit_label(lang, v[i].fit));
        treat_reason_text(&v[i], lang, &b);
        cJSON_AddStringToObject(o, "reason", b.s);
        cJSON_AddNumberToObject(o, "priority_matches", v[i].priority_hits);
        cJSON *m = cJSON_AddArrayToObject(o, "matches");
        for (unsigned k = 0; k < PRIO_COUNT; k++)
            if (t->priorities & s->priorities & (1u << k))
                cJSON_AddItemToArray(m, cJSON_CreateString(sit_priority_words[k]));
        sb_free(&b);
        cJSON_AddStringToObject(o, "topic", store_topic(st, t->topic)->id);
        cJSON_AddItemToArray(arr, o);
    }
    char *text = cJSON_Print(root);
    puts(text);
    cJSON_free(text);
    cJSON_Delete(root);
}

int cmd_treatments(store *st, const options *o)
{
    situation s;
    if (!situation_from_options(o, &s))
        return 2;
    if (st->ntreatments == 0) {
        fprintf(stderr, "%s", tr(o->lang, "vitiligo-explorer: the content has no treatment options (treatments/*.json)\n"));
        return 2;
    }
    tx_verdict *v = xmalloc(sizeof *v * st->ntreatments);
    treat_rank(st, &s, v);
    if (o->json)
        print_json(st, &s, v, o->lang);
    else
        print_list(st, &s, v, o->lang, output_width(o));
    free(v);
    return 0;
}

static void valid_ids(const store *st, strbuf *b)
{
    for (size_t i = 0; i < st->ntreatments; i++)
        sb_printf(b, "%s%s", i ? ", " : "", st->treatments[i].id);
}

bool parse_ids(const store *st, const char *list, lang_t lang, size_t *out, size_t *n)
{
    *n = 0;
    strbuf err = { 0 }, ids = { 0 };
    valid_ids(st, &ids);
    const char *p = list;
    bool ok = true;
    for (;;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        char *id = xstrndup(p, len);
        long t = store_find_treatment(st, id);
        if (*n == GRID_MAX_OPTIONS) {
            sb_printf(&err, tr(lang, "--compare takes 2 to 4 options; valid ids: %s"), ids.s);
            ok = false;
        } else if (t < 0) {
            sb_printf(&err, tr(lang, "unknown option id '%s' in --compare; valid ids: %s"), id, ids.s);
            ok = false;
        } else {
            for (size_t i = 0; i < *n; i++)
                if (out[i] == (size_t)t && ok) {
                    sb_printf(&err, tr(lang, "'%s' is given twice in --compare; give 2 to 4 different options"), id);
                    ok = false;
                }
            out[(*n)++] = (size_t)t;
        }
        free(id);
        if (!ok || !comma)
            break;
        p = comma + 1;
    }
    if (ok && *n < GRID_MIN_OPTIONS) {
        sb_printf(&err, tr(lang, "--compare takes 2 to 4 options; valid ids: %s"), ids.s);
        ok = false;
    }
    if (!ok)
        say_error(&err);
    sb_free(&err);
    sb_free(&ids);
    return ok;
}

int cmd_compare(store *st, const options *o)
{
    size_t opts[GRID_MAX_OPTIONS + 1], n;
    situation s;
    if (!situation_from_options(o, &s))
        return 2;
    if (!parse_ids(st, o->compare_ids, o->lang, opts, &n))
        return 2;
    int width = output_width(o);
    strbuf out = { 0 };
    grid g;
    grid_build_for(&g, st, opts, n, o->lang, width, 0, &s);
    size_t pages = g.npages;
    for (size_t p = 0; p < pages; p++) {
        if (p) {
            grid_free(&g);
            grid_build_for(&g, st, opts, n, o->lang, width, p, &s);
            sb_putc(&out, '\n');
        }
        grid_render_plain_from(&g, p ? g.nintro : 0, &out); /* the intro once, above the first page */
    }
    grid_free(&g);
    fputs(out.s ? out.s : "", stdout);
    sb_free(&out);
    return 0;
}
