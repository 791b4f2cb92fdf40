/* Reads the files in content/treatments/ into store.treatments (schema: content/treatments/README.md).
 * Runs after topics and references are loaded, so their ids resolve at once. */
#include <stdlib.h>
#include <string.h>

#include "content/load.h"
#include "content/load_ctx.h"
#include "content/treatment.h"
#include "core/strbuf.h"
#include "core/xalloc.h"
#include "content/treatment_rules.h"

const char *const fit_words[FIT_COUNT] = { "may-suit", "ask-doctor", "not-usually" };
const char *const kind_words[TX_KIND_COUNT] = { "cream", "light", "tablet", "procedure", "cell-therapy", "cosmetic",
                                             "none" };
const char *const status_words[TX_STATUS_COUNT] = { "approved", "off-label", "standard", "specialist", "choice",
                                                    "experimental" };
const char *const evidence_words[EVIDENCE_COUNT] = { "strong", "moderate", "limited", "very-limited" };
const char *const sit_type_words[3] = { "nsv", "sv", "unsure" };
const char *const sit_activity_words[3] = { "spreading", "stable", "unsure" };
const char *const sit_age_words[3] = { "child", "teen", "adult" };
const char *const sit_site_words[SITE_COUNT] = { "face", "hands", "body", "mucosa", "large" };
const char *const sit_priority_words[PRIO_COUNT] = { "face", "spread", "visits", "side-effects", "cost" };

static const char *const known_fields[] = {
    "id", "order", "topic", "name", "aliases", "kind", "status", "status_note", "approved_in", "what", "how_it_works", "for",
    "who_for", "pregnancy", "evidence", "involves", "how_soon", "chance", "side_effects", "side_effects_icons", "serious_risks",
    "if_stop", "cost", "questions", "priorities", "rules", "default", "references", "last_reviewed",
    "next_review", NULL,
};

/* ---- small helpers ------------------------------------------------------------- */

static const cJSON *get(const cJSON *obj, const char *key) { return cJSON_GetObjectItemCaseSensitive(obj, key); }

/* Resolves a list of reference ids (already read) to indices; reports unknown ones. */
static bool resolve_refs(load_ctx *ctx, const cJSON *node, const char *path, const char **ids, size_t n,
                         size_t **out, size_t *nout)
{
    bool ok = true;
    *out = arena_alloc(&ctx->st->mem, sizeof **out * (n ? n : 1));
    *nout = 0;
    for (size_t k = 0; k < n; k++) {
        long r = store_find_reference(ctx->st, ids[k]);
        char p[LC_PATH_MAX];
        if (r < 0) {
            lc_error(ctx, cJSON_GetArrayItem(node, (int)k), lc_path_index(p, sizeof p, path, "", k),
                     "unknown reference id \"%s\"; add it to references.json", ids[k]);
            ok = false;
        } else {
            (*out)[(*nout)++] = (size_t)r;
        }
    }
    return ok;
}

static bool ref_list(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, size_t **out,
                     size_t *nout)
{
    const char **ids;
    size_t n;
    *out = NULL;
    *nout = 0;
    if (!lc_idlist(ctx, obj, path, key, true, &ids, &n))
        return false;
    const cJSON *node = get(obj, key);
    char p[LC_PATH_MAX];
    lc_path_key(p, sizeof p, path, key);
    if (n == 0) {
        lc_error(ctx, node, p, "give at least one source id from references.json");
        return false;
    }
    return resolve_refs(ctx, node, p, ids, n, out, nout);
}

static bool object_field(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, const cJSON **out,
                         char *p, size_t pn)
{
    *out = get(obj, key);
    lc_path_key(p, pn, path, key);
    if (!*out) {
        lc_error(ctx, obj, path, "missing \"%s\"", key);
        return false;
    }
    return lc_is_object(ctx, *out, p);
}

/* ---- parts of a record ----------------------------------------------------------- */

static bool load_for(load_ctx *ctx, const cJSON *root, treatment *t)
{
    const cJSON *f;
    char p[LC_PATH_MAX];
    if (!object_field(ctx, root, "", "for", &f, p, sizeof p))
        return false;
    static const char *const known[] = { "types", "activity", "sites", "ages", NULL };
    lc_unknown_fields(ctx, f, p, known);
    bool ok = lc_enumlist(ctx, f, p, "types", true, sit_type_words, TYPE_RULE_WORDS, &t->for_types);
    ok &= lc_enumlist(ctx, f, p, "activity", true, sit_activity_words, ACTIVITY_RULE_WORDS, &t->for_activity);
    ok &= lc_enumlist(ctx, f, p, "sites", true, sit_site_words, SITE_COUNT, &t->for_sites);
    ok &= lc_enumlist(ctx, f, p, "ages", true, sit_age_words, AGE_RULE_WORDS, &t->for_ages);
    return ok;
}

static bool load_evidence(load_ctx *ctx, const cJSON *root, treatment *t)
{
    const cJSON *e;
    char p[LC_PATH_MAX];
    if (!object_field(ctx, root, "", "evidence", &e, p, sizeof p))
        return false;
    static const char *const known[] = { "level", "reason", NULL };
    lc_unknown_fields(ctx, e, p, known);
    int level = 0;
    bool ok = lc_enum(ctx, e, p, "level", true, evidence_words, EVIDENCE_COUNT, &level);
    t->evidence = (tx_evidence)level;
    ok &= lc_ltext(ctx, e, p, "reason", true, &t->evidence_reason);
    return ok;
}

/* An optional labelled icon array: {"count": N, "total": 10, "text": {...}}, and where
 * with_sources, an optional "sources": [ids] saying where the number comes from. */
static bool load_icon_row(load_ctx *ctx, const cJSON *parent, const char *path, const char *key, tx_icons *out,
                          bool with_sources)
{
    const cJSON *node = get(parent, key);
    if (!node)
        return true;
    char p[LC_PATH_MAX];
    lc_path_key(p, sizeof p, path, key);
    if (!lc_is_object(ctx, node, p))
        return false;
    static const char *const known[] = { "count", "total", "text", NULL };
    static const char *const known_sourced[] = { "count", "total", "text", "sources", NULL };
    lc_unknown_fields(ctx, node, p, with_sources ? known_sourced : known);
    bool ok = lc_ltext(ctx, node, p, "text", true, &out->text);
    if (with_sources && get(node, "sources"))
        ok &= ref_list(ctx, node, p, "sources", &out->refs, &out->nrefs);
    ok &= lc_icons(ctx, node, p, NULL, ok ? &out->text : NULL, &out->count, &out->total);
    if (!ok)
        out->total = 0;
    return ok;
}

static bool load_chance(load_ctx *ctx, const cJSON *root, treatment *t)
{
    const cJSON *c;
    char p[LC_PATH_MAX];
    if (!object_field(ctx, root, "", "chance", &c, p, sizeof p))
        return false;
    static const char *const known[] = { "text", "sources", "icons", "comparator", NULL };
    lc_unknown_fields(ctx, c, p, known);
    bool ok = lc_ltext(ctx, c, p, "text", true, &t->chance);
    ok &= ref_list(ctx, c, p, "sources", &t->chance_refs, &t->nchance_refs);
    if (ok && get(c, "icons"))
        ok &= lc_icons(ctx, c, p, "icons", &t->chance, &t->chance_icons, &t->chance_icons_total);
    if (get(c, "comparator") && !get(c, "icons")) {
        char cp[LC_PATH_MAX];
        lc_error(ctx, get(c, "comparator"), lc_path_key(cp, sizeof cp, p, "comparator"), "\"comparator\" needs \"icons\": the comparison group's dots go under "
                 "the option's own");
        ok = false;
    }
    ok &= load_icon_row(ctx, c, p, "comparator", &t->chance_comparator, false);
    return ok;
}

static bool load_questions(load_ctx *ctx, const cJSON *root, treatment *t)
{
    const cJSON *q = get(root, "questions");
    if (!q)
        return true;
    if (!cJSON_IsArray(q)) {
        lc_error(ctx, q, "questions", "expected a list [ ... ] of texts");
        return false;
    }
    size_t n = (size_t)cJSON_GetArraySize(q), i = 0;
    t->questions = arena_alloc(&ctx->st->mem, sizeof *t->questions * (n ? n : 1));
    bool ok = true;
    const cJSON *v;
    cJSON_ArrayForEach(v, q)
    {
        char p[LC_PATH_MAX];
        if (lc_ltext_value(ctx, v, lc_path_index(p, sizeof p, "", "questions", i++), &t->questions[t->nquestions]))
            t->nquestions++;
        else
            ok = false;
    }
    return ok;
}

static bool load_when(load_ctx *ctx, const cJSON *w, const char *p, tx_rule *r)
{
    if (!lc_is_object(ctx, w, p))
        return false;
    static const char *const known[] = { "type", "activity", "site", "site_only", "age", "pregnant", NULL };
    lc_unknown_fields(ctx, w, p, known);
    if (!w->child) {
        lc_error(ctx, w, p, "give at least one condition: type, activity, site, site_only, age or pregnant");
        return false;
    }
    bool ok = true;
    if (get(w, "type"))
        ok &= lc_enumlist(ctx, w, p, "type", true, sit_type_words, TYPE_RULE_WORDS, &r->type);
    if (get(w, "activity"))
        ok &= lc_enumlist(ctx, w, p, "activity", true, sit_activity_words, ACTIVITY_RULE_WORDS, &r->activity);
    if (get(w, "site"))
        ok &= lc_enumlist(ctx, w, p, "site", true, sit_site_words, SITE_COUNT, &r->site);
    if (get(w, "site_only"))
        ok &= lc_enumlist(ctx, w, p, "site_only", true, sit_site_words, SITE_COUNT, &r->site_only);
    if (get(w, "age"))
        ok &= lc_enumlist(ctx, w, p, "age", true, sit_age_words, AGE_RULE_WORDS, &r->age);
    if (get(w, "pregnant")) {
        bool preg = false;
        char pp[LC_PATH_MAX];
        if (lc_bool(ctx, w, p, "pregnant", &preg) && !preg) {
            lc_error(ctx, get(w, "pregnant"), lc_path_key(pp, sizeof pp, p, "pregnant"),
                     "only \"pregnant\": true is a condition; leave it out otherwise");
            ok = false;
        }
        r->pregnant = preg;
    }
    static const char *const lists[] = { "type", "activity", "site", "site_only", "age" };
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
        const cJSON *v = get(w, lists[i]);
        if (v && cJSON_IsArray(v) && cJSON_GetArraySize(v) == 0) {
            char pp[LC_PATH_MAX];
            lc_error(ctx, v, lc_path_key(pp, sizeof pp, p, lists[i]), "an empty list never holds; give a value");
            ok = false;
        }
    }
    return ok;
}

static bool check_fit(load_ctx *ctx, const cJSON *node, const char *p, const treatment *t, fit_t fit)
{
    if (fit == FIT_MAY_SUIT && treatment_experimental(t)) {
        lc_error(ctx, node, p,
                 "an experimental option is never marked \"may-suit\"; use \"ask-doctor\" or \"not-usually\"");
        return false;
    }
    return true;
}

static bool load_rules(load_ctx *ctx, const cJSON *root, treatment *t, bool status_ok)
{
    const cJSON *arr = get(root, "rules");
    if (!arr) {
        lc_error(ctx, root, "", "missing \"rules\" (use [] when the answers never change the verdict)");
        return false;
    }
    if (!cJSON_IsArray(arr)) {
        lc_error(ctx, arr, "rules", "expected a list [ ... ] of rules");
        return false;
    }
    size_t n = (size_t)cJSON_GetArraySize(arr), i = 0;
    t->rules = arena_alloc(&ctx->st->mem, sizeof *t->rules * (n ? n : 1));
    bool ok = true;
    const cJSON *item;
    cJSON_ArrayForEach(item, arr)
    {
        char p[LC_PATH_MAX];
        lc_path_index(p, sizeof p, "", "rules", i++);
        if (!lc_is_object(ctx, item, p)) {
            ok = false;
            continue;
        }
        static const char *const known[] = { "when", "fit", "reason", NULL };
        lc_unknown_fields(ctx, item, p, known);
        tx_rule r = { 0 };
        const cJSON *w = get(item, "when");
        char pw[LC_PATH_MAX];
        bool rok = true;
        if (!w) {
            lc_error(ctx, item, p, "missing \"when\"");
            rok = false;
        } else {
            rok &= load_when(ctx, w, lc_path_key(pw, sizeof pw, p, "when"), &r);
        }
        int fit = 0;
        rok &= lc_enum(ctx, item, p, "fit", true, fit_words, FIT_COUNT, &fit);
        r.fit = (fit_t)fit;
        if (rok && status_ok)
            rok &= check_fit(ctx, get(item, "fit"), lc_path_key(pw, sizeof pw, p, "fit"), t, r.fit);
        rok &= lc_ltext(ctx, item, p, "reason", true, &r.reason);
        if (rok)
            t->rules[t->nrules++] = r;
        ok &= rok;
    }
    return ok;
}

static bool load_default(load_ctx *ctx, const cJSON *root, treatment *t, bool status_ok)
{
    const cJSON *d;
    char p[LC_PATH_MAX];
    if (!object_field(ctx, root, "", "default", &d, p, sizeof p))
        return false;
    static const char *const known[] = { "fit", "reason", NULL };
    lc_unknown_fields(ctx, d, p, known);
    int fit = 0;
    bool ok = lc_enum(ctx, d, p, "fit", true, fit_words, FIT_COUNT, &fit);
    t->default_fit = (fit_t)fit;
    char pf[LC_PATH_MAX];
    lc_path_key(pf, sizeof pf, p, "fit");
    if (ok && t->default_fit == FIT_NOT_USUALLY) {
        lc_error(ctx, get(d, "fit"), pf,
                 "the default may not be \"not-usually\": a skipped or \"not sure\" answer must never rule an "
                 "option out; use \"ask-doctor\" and add rules for the situations it does not suit");
        ok = false;
    }
    if (ok && status_ok)
        ok &= check_fit(ctx, get(d, "fit"), pf, t, t->default_fit);
    ok &= lc_ltext(ctx, d, p, "reason", true, &t->default_reason);
    return ok;
}

/* "approved" always says where: required for that status, and only for it. */
static bool load_approved_in(load_ctx *ctx, const cJSON *root, treatment *t)
{
    const cJSON *a = get(root, "approved_in");
    if (t->status == TX_STATUS_APPROVED && !a) {
        lc_error(ctx, get(root, "status"), "status",
                 "an \"approved\" option needs \"approved_in\": where it is approved and for whom, and where it "
                 "is not or could not be confirmed, in both languages");
        return false;
    }
    if (!a)
        return true;
    if (t->status != TX_STATUS_APPROVED) {
        lc_error(ctx, a, "approved_in", "\"approved_in\" is only for \"status\": \"approved\"; say where an "
                 "off-label medicine is used in \"status_note\"");
        return false;
    }
    return lc_ltext(ctx, root, "", "approved_in", true, &t->approved_in);
}

static bool load_topic_link(load_ctx *ctx, const cJSON *root, treatment *t)
{
    const char *id;
    t->topic = -1;
    if (!lc_string(ctx, root, "", "topic", true, &id))
        return false;
    t->topic = store_find_topic(ctx->st, id);
    if (t->topic >= 0)
        return true;
    lc_error(ctx, get(root, "topic"), "topic", "unknown topic id \"%s\"; give the id of the topic that explains "
             "this option (a file in topics/)", id);
    return false;
}

/* --strict: no answers may make the record's own rules break a safety floor
 * (treat_floor); the program holds the floor anyway, but then the reason shown
 * comes from a rule that says something else, so the record must say it itself. */
static bool check_floors(load_ctx *ctx, const cJSON *root, const treatment *t)
{
    bool ok = true;
    bool seen_default = false;
    bool *seen = calloc(t->nrules ? t->nrules : 1, sizeof *seen);
    for (int type = 0; type <= SIT_TYPE_UNSURE; type++)
        for (int act = 0; act <= ACTIVITY_UNSURE; act++)
            for (unsigned sites = 0; sites < (1u << SITE_COUNT); sites++)
                for (int age = 0; age <= AGE_ADULT; age++)
                    for (int preg = 0; preg <= PREG_NO; preg++) {
                        situation s = { (sit_type)type, (sit_activity)act, sites, (sit_age)age,
                                        (sit_pregnant)preg, 0 };
                        tx_verdict v = treat_judge_rules(t, &s);
                        if (!treat_floor(t, &s, &v))
                            continue;
                        bool *flag = v.rule < 0 ? &seen_default : &seen[v.rule];
                        if (*flag)
                            continue;
                        *flag = true;
                        ok = false;
                        char p[LC_PATH_MAX];
                        const cJSON *node = v.rule < 0 ? get(root, "default")
                                                       : cJSON_GetArrayItem(get(root, "rules"), (int)v.rule);
                        if (v.rule < 0)
                            snprintf(p, sizeof p, "default");
                        else
                            lc_path_index(p, sizeof p, "", "rules", (size_t)v.rule);
                        lc_error(ctx, node, p,
                                 "marks the option \"may-suit\" for type %s, activity %s, age %s, which the "
                                 "safety floor never allows (%s); add a rule before it with \"fit\": "
                                 "\"ask-doctor\" (or \"not-usually\") and a reason that says why",
                                 type ? sit_type_words[type - 1] : "skipped", act ? sit_activity_words[act - 1] : "skipped",
                                 age ? sit_age_words[age - 1] : "skipped",
                                 t->kind == TX_KIND_NONE && act == ACTIVITY_SPREADING ? "no treatment while spreading"
                                 : t->kind == TX_KIND_PROCEDURE && (age == AGE_CHILD || age == AGE_TEEN)
                                     ? "surgery under 18"
                                     : "an age outside \"for.ages\"");
                    }
    free(seen);
    return ok;
}

/* ---- one file ---------------------------------------------------------------------- */

static bool check_id(load_ctx *ctx, const cJSON *root, const char *name, const char *id)
{
    size_t len = strlen(id);
    if (!lc_valid_id(id)) {
        lc_error(ctx, get(root, "id"), "id", "\"%s\" may use only a-z, 0-9 and -", id);
        return false;
    }
    if (strncmp(name, id, len) != 0 || strcmp(name + len, ".json") != 0) {
        lc_error(ctx, get(root, "id"), "id", "the id \"%s\" must match the file name; rename the file to %s.json",
                 id, id);
        return false;
    }
    if (store_find_treatment(ctx->st, id) >= 0) {
        lc_error(ctx, get(root, "id"), "id", "duplicate treatment id \"%s\"", id);
        return false;
    }
    return true;
}

static bool load_record(load_ctx *ctx, const cJSON *root, const char *name, treatment *t)
{
    lc_unknown_fields(ctx, root, "", known_fields);
    bool ok = lc_string(ctx, root, "", "id", true, &t->id);
    if (t->id)
        ok &= check_id(ctx, root, name, t->id);
    ok &= lc_int(ctx, root, "", "order", true, &t->order);
    ok &= load_topic_link(ctx, root, t);
    ok &= lc_ltext(ctx, root, "", "name", true, &t->name);
    ok &= lc_lwords(ctx, root, "", "aliases", true, &t->aliases);
    int v = 0;
    ok &= lc_enum(ctx, root, "", "kind", true, kind_words, TX_KIND_COUNT, &v);
    t->kind = (tx_kind)v;
    v = 0;
    bool status_ok = lc_enum(ctx, root, "", "status", true, status_words, TX_STATUS_COUNT, &v);
    t->status = (tx_status)v;
    ok &= status_ok;
    ok &= lc_ltext(ctx, root, "", "status_note", true, &t->status_note);
    if (status_ok)
        ok &= load_approved_in(ctx, root, t);
    ok &= lc_ltext(ctx, root, "", "what", true, &t->what);
    ok &= lc_ltext(ctx, root, "", "how_it_works", true, &t->how_it_works);
    ok &= load_for(ctx, root, t);
    ok &= lc_ltext(ctx, root, "", "who_for", true, &t->who_for);
    ok &= lc_ltext(ctx, root, "", "pregnancy", true, &t->pregnancy);
    ok &= load_evidence(ctx, root, t);
    ok &= lc_ltext(ctx, root, "", "involves", true, &t->involves);
    ok &= lc_ltext(ctx, root, "", "how_soon", true, &t->how_soon);
    ok &= load_chance(ctx, root, t);
    ok &= lc_ltext(ctx, root, "", "side_effects", true, &t->side_effects);
    ok &= load_icon_row(ctx, root, "", "side_effects_icons", &t->side_effects_icons, true);
    ok &= lc_ltext(ctx, root, "", "serious_risks", true, &t->serious_risks);
    ok &= lc_ltext(ctx, root, "", "if_stop", true, &t->if_stop);
    ok &= lc_ltext(ctx, root, "", "cost", true, &t->cost);
    ok &= load_questions(ctx, root, t);
    if (get(root, "priorities"))
        ok &= lc_enumlist(ctx, root, "", "priorities", true, sit_priority_words, PRIO_COUNT, &t->priorities);
    ok &= load_rules(ctx, root, t, status_ok);
    ok &= load_default(ctx, root, t, status_ok);
    if (ok && ctx->d->strict)
        ok &= check_floors(ctx, root, t);
    ok &= ref_list(ctx, root, "", "references", &t->refs, &t->nrefs);
    ok &= lc_date(ctx, root, "", "last_reviewed", t->last_reviewed);
    ok &= lc_date(ctx, root, "", "next_review", t->next_review);
    if (ok && strcmp(t->next_review, t->last_reviewed) < 0) {
        lc_error(ctx, get(root, "next_review"), "next_review", "the next review (%s) is before the last review (%s)",
                 t->next_review, t->last_reviewed);
        ok = false;
    }
    return ok;
}

static bool load_file(store *st, diag *d, const char *name, treatment *t)
{
    strbuf rel = { 0 };
    sb_printf(&rel, "treatments/%s", name);
    const char *file = arena_strdup(&st->mem, rel.s);
    sb_free(&rel);
    size_t len = 0;
    char *text = lc_read_file(d, st->dir, file, CONTENT_FILE_MAX, &len);
    if (!text)
        return false;
    load_ctx ctx;
    cJSON *root = lc_parse(&ctx, st, d, file, text, len);
    bool ok = false;
    if (root) {
        if (lc_is_object(&ctx, root, "")) {
            *t = (treatment){ .file = file, .topic = -1 };
            ok = load_record(&ctx, root, name, t);
        }
        lc_done(&ctx, root);
    }
    free(text);
    return ok;
}

static int cmp_order(const void *a, const void *b)
{
    const treatment *x = a, *y = b;
    if (x->order != y->order)
        return x->order < y->order ? -1 : 1;
    return strcmp(x->id, y->id);
}

void load_treatments(store *st, diag *d)
{
    st->treatments = NULL;
    st->ntreatments = 0;
    size_t n;
    char **names = lc_list_json(d, st->dir, "treatments", false, &n);
    st->treatments = arena_alloc(&st->mem, sizeof *st->treatments * (n ? n : 1));
    for (size_t i = 0; i < n; i++) {
        treatment t;
        if (load_file(st, d, names[i], &t))
            st->treatments[st->ntreatments++] = t;
        free(names[i]);
    }
    free(names);
    qsort(st->treatments, st->ntreatments, sizeof *st->treatments, cmp_order);
}

long store_find_treatment(const store *st, const char *id)
{
    for (size_t i = 0; i < st->ntreatments; i++)
        if (strcmp(st->treatments[i].id, id) == 0)
            return (long)i;
    return -1;
}

/* ---- walkers (zh-Hans derivation, search) ------------------------------------------ */

void treatment_each_text(store *st, ltext_visitor fn, void *ctx)
{
    for (size_t i = 0; i < st->ntreatments; i++) {
        treatment *t = &st->treatments[i];
        ltext *texts[] = { &t->name, &t->status_note, &t->approved_in, &t->what, &t->how_it_works, &t->who_for, &t->pregnancy,
                           &t->evidence_reason, &t->involves, &t->how_soon, &t->chance, &t->side_effects,
                           &t->serious_risks, &t->if_stop, &t->cost, &t->default_reason,
                           &t->chance_comparator.text, &t->side_effects_icons.text };
        for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++)
            fn(texts[k], ctx);
        for (size_t k = 0; k < t->nquestions; k++)
            fn(&t->questions[k], ctx);
        for (size_t k = 0; k < t->nrules; k++)
            fn(&t->rules[k].reason, ctx);
    }
}

void treatment_each_words(store *st, lwords_visitor fn, void *ctx)
{
    for (size_t i = 0; i < st->ntreatments; i++)
        fn(&st->treatments[i].aliases, ctx);
}
