/* Reads regional-terms.json, the table that makes Hong Kong and mainland Chinese
 * from the Taiwan text (content/regional.h), and checks each row. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <utf8proc.h>

#include "content/load_ctx.h"
#include "content/load.h"
#include "content/load_regional.h"
#include "content/script.h"
#include "core/strbuf.h"

#define REGIONAL_FILE "regional-terms.json"

static void *arena_alloc_fn(void *mem, size_t n) { return arena_alloc(mem, n); }

/* Reports a character that does not belong in the form's script. */
static bool right_script(load_ctx *ctx, const cJSON *row, const char *path, lang_t lang, const char *form)
{
    uint32_t cp;
    if (script_foreign_char(form, lang, &cp) < 0)
        return true;
    char p[LC_PATH_MAX], ch[8] = { 0 };
    utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)ch);
    lc_error(ctx, cJSON_GetObjectItemCaseSensitive(row, lang_tag(lang)), lc_path_key(p, sizeof p, path, lang_tag(lang)),
             "\"%s\" has %s, a %s-only character; write the %s form", form, ch,
             lang_is_simplified(lang) ? "Traditional" : "Simplified", lang_is_simplified(lang) ? "Simplified" : "Traditional");
    return false;
}

static bool load_row(load_ctx *ctx, const cJSON *row, const char *path, regional_term *t)
{
    static const char *const known[] = { "id", "kind", "zh-Hant", "zh-HK", "zh-Hans", "search", "shared",
                                         "note", "sources", NULL };
    lc_unknown_fields(ctx, row, path, known);
    *t = (regional_term){ 0 };
    bool ok = lc_string(ctx, row, path, "id", true, &t->id);
    if (ok && !lc_valid_id(t->id)) {
        char p[LC_PATH_MAX];
        lc_error(ctx, cJSON_GetObjectItemCaseSensitive(row, "id"), lc_path_key(p, sizeof p, path, "id"),
                 "bad id \"%s\"; use lowercase letters, digits and '-'", t->id);
        ok = false;
    }
    int kind = 0;
    ok &= lc_enum(ctx, row, path, "kind", true, term_kind_names, TERM_KIND_COUNT, &kind);
    t->kind = (term_kind)kind;
    static const lang_t zh[] = { LANG_ZH_HANT, LANG_ZH_HK, LANG_ZH_HANS };
    for (size_t i = 0; i < sizeof zh / sizeof zh[0]; i++) {
        const char *form = NULL;
        if (!lc_string(ctx, row, path, lang_tag(zh[i]), true, &form) || !form) {
            ok = false;
            continue;
        }
        ok &= right_script(ctx, row, path, zh[i], form);
        t->form[zh[i]] = form;
    }
    const cJSON *search = cJSON_GetObjectItemCaseSensitive(row, "search");
    if (search)
        ok &= lc_idlist(ctx, row, path, "search", false, &t->search, &t->nsearch);
    if (cJSON_GetObjectItemCaseSensitive(row, "shared"))
        ok &= lc_bool(ctx, row, path, "shared", &t->shared);
    ok &= lc_string(ctx, row, path, "note", true, &t->note);
    const char **ids = NULL;
    size_t nids = 0;
    if (lc_idlist(ctx, row, path, "sources", true, &ids, &nids)) {
        t->refs = arena_alloc(&ctx->st->mem, sizeof *t->refs * (nids ? nids : 1));
        for (size_t k = 0; k < nids; k++) {
            long r = store_find_reference(ctx->st, ids[k]);
            if (r < 0) {
                char p[LC_PATH_MAX];
                lc_error(ctx, cJSON_GetObjectItemCaseSensitive(row, "sources"), lc_path_key(p, sizeof p, path, "sources"),
                         "unknown reference id \"%s\"; add it to references.json", ids[k]);
                ok = false;
            } else {
                t->refs[t->nrefs++] = (size_t)r;
            }
        }
        /* A drug, procedure or disease name must say whose name it is; where no source
         * confirms it, the note says so ("Unconfirmed: ..."). */
        if (!nids && term_kind_needs_source(t->kind) && t->note && strncmp(t->note, "Unconfirmed:", 12) != 0) {
            char p[LC_PATH_MAX];
            lc_error(ctx, cJSON_GetObjectItemCaseSensitive(row, "sources"), lc_path_key(p, sizeof p, path, "sources"),
                     "a %s name needs a source (the regulator's or a hospital authority's own name); "
                     "where none confirms it, start the note with \"Unconfirmed:\"",
                     term_kind_names[t->kind]);
            ok = false;
        }
    } else {
        ok = false;
    }
    return ok;
}

static void load_marks(load_ctx *ctx, const cJSON *root, regional_table *t)
{
    const cJSON *punct = cJSON_GetObjectItemCaseSensitive(root, "punctuation");
    if (!punct)
        return;
    if (!lc_is_object(ctx, punct, "punctuation"))
        return;
    static const char *const known[] = { "zh-HK", "zh-Hans", NULL };
    lc_unknown_fields(ctx, punct, "punctuation", known);
    for (lang_t l = LANG_ZH_HK; l <= LANG_ZH_HANS; l++) {
        const cJSON *map = cJSON_GetObjectItemCaseSensitive(punct, lang_tag(l));
        char p[LC_PATH_MAX];
        lc_path_key(p, sizeof p, "punctuation", lang_tag(l));
        if (!map || !lc_is_object(ctx, map, p))
            continue;
        size_t n = (size_t)cJSON_GetArraySize(map);
        t->marks[l] = arena_alloc(&ctx->st->mem, sizeof *t->marks[l] * (n ? n : 1));
        const cJSON *m;
        cJSON_ArrayForEach(m, map)
        {
            char pm[LC_PATH_MAX];
            lc_path_key(pm, sizeof pm, p, m->string);
            if (!cJSON_IsString(m) || !*m->valuestring || !*m->string) {
                lc_error(ctx, m, pm, "expected \"mark\": \"replacement\", both non-empty");
                continue;
            }
            t->marks[l][t->nmarks[l]++] =
                (regional_mark){ arena_strdup(&ctx->st->mem, m->string), arena_strdup(&ctx->st->mem, m->valuestring) };
        }
    }
}

void load_regional(store *st, diag *d, const char *dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, REGIONAL_FILE);
    struct stat sb;
    if (stat(path, &sb) != 0 && errno == ENOENT) {
        diag_add(d, DIAG_WARNING, REGIONAL_FILE, 0, 0,
                 "no regional term table: Hong Kong and mainland readers will see Taiwan words; "
                 "see content/README.md, \"Regional Chinese\"");
        return;
    }
    size_t len = 0;
    char *text = lc_read_file(d, dir, REGIONAL_FILE, CONTENT_FILE_MAX, &len);
    if (!text)
        return;
    load_ctx ctx;
    cJSON *root = lc_parse(&ctx, st, d, REGIONAL_FILE, text, len);
    if (!root) {
        free(text);
        return;
    }
    regional_table *t = &st->regional;
    if (lc_is_object(&ctx, root, "")) {
        static const char *const known_root[] = { "about", "punctuation", "terms", NULL };
        lc_unknown_fields(&ctx, root, "", known_root);
        load_marks(&ctx, root, t);
        const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, "terms");
        if (!arr)
            lc_error(&ctx, root, "", "missing \"terms\"");
        else if (!cJSON_IsArray(arr))
            lc_error(&ctx, arr, "terms", "expected a list [ ... ]");
        else if ((size_t)cJSON_GetArraySize(arr) > REGIONAL_TERMS_MAX)
            lc_error(&ctx, arr, "terms", "%d rows; at most %d are allowed", cJSON_GetArraySize(arr), REGIONAL_TERMS_MAX);
        else {
            size_t n = (size_t)cJSON_GetArraySize(arr), i = 0;
            t->terms = arena_alloc(&st->mem, sizeof *t->terms * (n ? n : 1));
            const cJSON *row;
            cJSON_ArrayForEach(row, arr)
            {
                char p[LC_PATH_MAX];
                lc_path_index(p, sizeof p, "terms", "", i++);
                if (!lc_is_object(&ctx, row, p))
                    continue;
                regional_term term;
                if (!load_row(&ctx, row, p, &term))
                    continue;
                for (size_t k = 0; k < t->nterms; k++) {
                    if (strcmp(t->terms[k].id, term.id) == 0)
                        lc_error(&ctx, row, p, "duplicate id \"%s\" (also terms[%zu])", term.id, k);
                    else if (strcmp(t->terms[k].form[LANG_ZH_HANT], term.form[LANG_ZH_HANT]) == 0)
                        lc_error(&ctx, row, p, "\"%s\" is already a row (terms[%zu], \"%s\"); one row per word",
                                 term.form[LANG_ZH_HANT], k, t->terms[k].id);
                }
                t->terms[t->nterms++] = term;
            }
        }
    }
    lc_done(&ctx, root);
    free(text);
    regional_index(t, arena_alloc_fn, &st->mem);
}
