#include "content/check_terms.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "content/load.h"
#include "content/load_ctx.h"
#include "core/strbuf.h"
#include "core/xalloc.h"

static bool word_char(char c) { return isalnum((unsigned char)c) || (unsigned char)c >= 0x80; }

/* An abbreviation such as "NB-UVB", "MKTP" or "F-VASI75": two or more capitals and no small letters. */
static bool abbreviation(const char *s)
{
    int caps = 0;
    for (const char *p = s; *p; p++) {
        if (islower((unsigned char)*p) || *p == ' ')
            return false;
        caps += isupper((unsigned char)*p) != 0;
    }
    return caps >= 2;
}

static size_t find_from(const char *text, const char *form, bool chinese, size_t from, size_t *end)
{
    size_t n = strlen(form), len = strlen(text);
    if (!n)
        return (size_t)-1;
    bool exact = chinese || abbreviation(form);
    for (size_t i = from; i + n <= len; i++) {
        if (exact ? memcmp(text + i, form, n) != 0 : strncasecmp(text + i, form, n) != 0)
            continue;
        size_t e = i + n;
        if (!chinese || isalnum((unsigned char)form[0])) {
            if (i > 0 && (word_char(text[i - 1]) || text[i - 1] == '-') && isalnum((unsigned char)form[0]))
                continue;
            if (e < len && text[e] == 's' && !exact)
                e++;
            if (e < len && isalnum((unsigned char)text[e]) && isalnum((unsigned char)form[n - 1]))
                continue;
        }
        *end = e;
        return i;
    }
    return (size_t)-1;
}

size_t term_find(const char *text, const char *form, bool chinese, size_t *end)
{
    return find_from(text, form, chinese, 0, end);
}

/* Whether text[at, end) lies inside a use of a longer form of any term
 * ("segmental vitiligo" inside "non-segmental vitiligo", 節段型 inside 非節段型). */
static bool inside_longer(const char *text, size_t at, size_t end, char *const *all, size_t nall)
{
    for (size_t k = 0; k < nall; k++) {
        size_t n = strlen(all[k]);
        if (n <= end - at)
            continue;
        size_t p = end > n ? end - n : 0;
        for (; p <= at; p++)
            if (strncasecmp(text + p, all[k], n) == 0)
                return true;
    }
    return false;
}

static bool starts(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

static bool sentence_end(const char *s, size_t i, bool chinese)
{
    if (starts(s + i, "。") || starts(s + i, "？") || starts(s + i, "！"))
        return true;
    return !chinese && (s[i] == '.' || s[i] == '?' || s[i] == '!') && (s[i + 1] == ' ' || s[i + 1] == '\0');
}

bool term_use_explained(const char *text, size_t start, size_t end, bool chinese)
{
    /* after the term */
    const char *a = text + end;
    while (*a == ' ')
        a++;
    static const char *const after_en[] = { "(", "– ", "— ", "- ", ":", ", a ", ", an ", ", the ", ", which ",
                                            ", or ", "is a ", "is an ", "is the ", "is when ", "are the ",
                                            "are cells ", "means ", "refers to ", NULL };
    static const char *const after_zh[] = { "（", "(", "：", ":", "，也就是", "，即", "也就是", "是", "指", "即",
                                            "就是", "，一種", "—", "，又稱", "，也稱", "，又叫", NULL };
    for (const char *const *p = chinese ? after_zh : after_en; *p; p++)
        if (chinese ? starts(a, *p) : strncasecmp(a, *p, strlen(*p)) == 0)
            return true;
    /* inside brackets right after a plain word */
    size_t b = start;
    while (b > 0 && text[b - 1] == ' ')
        b--;
    if ((b >= 1 && text[b - 1] == '(') || (b >= 3 && starts(text + b - 3, "（")))
        return true;
    /* earlier in the same sentence */
    size_t s = start;
    while (s > 0 && !sentence_end(text, s - 1, chinese))
        s--;
    char *sent = xstrndup(text + s, start - s);
    static const char *const before_en[] = { "called ", "call this", "call it", "call these", "call them",
                                             "known as ", "named ", NULL };
    static const char *const before_zh[] = { "稱為", "稱之為", "叫做", "叫作", "稱作", "簡稱", "所謂", NULL };
    bool ok = false;
    for (const char *const *p = chinese ? before_zh : before_en; *p && !ok; p++)
        ok = chinese ? strstr(sent, *p) != NULL : strcasestr(sent, *p) != NULL;
    free(sent);
    return ok;
}

/* ---- the forms of a term ----------------------------------------------------------- */

typedef struct forms {
    char *f[16];
    size_t n;
} forms;

static void add_form(forms *fs, const char *s, size_t n)
{
    while (n && s[0] == ' ')
        s++, n--;
    while (n && s[n - 1] == ' ')
        n--;
    if (!n || fs->n == sizeof fs->f / sizeof fs->f[0])
        return;
    for (size_t i = 0; i < fs->n; i++)
        if (strlen(fs->f[i]) == n && memcmp(fs->f[i], s, n) == 0)
            return;
    fs->f[fs->n++] = xstrndup(s, n);
}

/* "narrowband UVB (NB-UVB)" gives "narrowband UVB" and "NB-UVB"; "(MKTP or NCES)" gives both. */
static void split_term(forms *fs, const char *term, bool chinese)
{
    const char *open = chinese ? "（" : " (", *close = chinese ? "）" : ")", *or = chinese ? "或" : " or ";
    const char *o = strstr(term, open);
    if (!o) {
        add_form(fs, term, strlen(term));
        return;
    }
    add_form(fs, term, (size_t)(o - term));
    const char *in = o + strlen(open);
    const char *c = strstr(in, close);
    size_t len = c ? (size_t)(c - in) : strlen(in);
    for (;;) {
        const char *x = strstr(in, or);
        if (!x || x >= in + len) {
            add_form(fs, in, len);
            break;
        }
        add_form(fs, in, (size_t)(x - in));
        len -= (size_t)(x + strlen(or) - in);
        in = x + strlen(or);
    }
}

static void term_forms(const gloss_term *g, lang_t lang, forms *fs)
{
    fs->n = 0;
    bool chinese = lang != LANG_EN;
    split_term(fs, lt(&g->term, lang), chinese);
    /* abbreviations among the English aliases are jargon too ("MKTP", "VASI") */
    for (size_t i = 0; !chinese && i < g->aliases.n[LANG_EN]; i++)
        if (abbreviation(g->aliases.w[LANG_EN][i]))
            add_form(fs, g->aliases.w[LANG_EN][i], strlen(g->aliases.w[LANG_EN][i]));
}

static void forms_free(forms *fs)
{
    for (size_t i = 0; i < fs->n; i++)
        free(fs->f[i]);
    fs->n = 0;
}

/* ---- walking a topic file ---------------------------------------------------------- */

typedef struct text_ref {
    const cJSON *node; /* the string */
    char path[LC_PATH_MAX];
} text_ref;

typedef struct texts {
    text_ref *t;
    size_t n, cap;
} texts;

static void add_text(texts *ts, const cJSON *obj, const char *path, const char *lang)
{
    const cJSON *s = cJSON_GetObjectItemCaseSensitive(obj, lang);
    if (!cJSON_IsString(s))
        return;
    XGROW(ts->t, ts->cap, ts->n + 1);
    ts->t[ts->n].node = s;
    lc_path_key(ts->t[ts->n].path, LC_PATH_MAX, path, lang);
    ts->n++;
}

/* The summary, then every block's text and items, in reading order (titles and
 * headings are names, not sentences, so they do not count as a use). */
static void collect(const cJSON *root, const char *lang, texts *ts)
{
    add_text(ts, cJSON_GetObjectItemCaseSensitive(root, "summary"), "summary", lang);
    const cJSON *body = cJSON_GetObjectItemCaseSensitive(root, "body");
    size_t si = 0;
    const cJSON *sec;
    cJSON_ArrayForEach(sec, body)
    {
        char ps[LC_PATH_MAX], pb[LC_PATH_MAX], pi[LC_PATH_MAX];
        lc_path_index(ps, sizeof ps, "", "body", si++);
        size_t bi = 0;
        const cJSON *bl;
        cJSON_ArrayForEach(bl, cJSON_GetObjectItemCaseSensitive(sec, "blocks"))
        {
            lc_path_index(pb, sizeof pb, ps, "blocks", bi++);
            const cJSON *text = cJSON_GetObjectItemCaseSensitive(bl, "text");
            if (text)
                add_text(ts, text, lc_path_key(pi, sizeof pi, pb, "text"), lang);
            size_t ii = 0;
            const cJSON *it;
            cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(bl, "items"))
            {
                lc_path_index(pi, sizeof pi, pb, "items", ii++);
                add_text(ts, it, pi, lang);
            }
        }
    }
}

static bool linked(const store *st, const topic *t, long target)
{
    if (target < 0)
        return false;
    if (store_topic(st, target) == t)
        return true;
    for (size_t i = 0; i < t->nrelated; i++)
        if ((long)t->related[i] == target)
            return true;
    return false;
}

static size_t check_topic(store *st, diag *d, const topic *t)
{
    size_t len = 0, before = d->warnings;
    char *file = lc_read_file(d, st->dir, t->file, CONTENT_FILE_MAX, &len);
    if (!file)
        return 0;
    load_ctx ctx;
    cJSON *root = lc_parse(&ctx, st, d, t->file, file, len);
    if (root) {
        static const lang_t langs[] = { LANG_EN, LANG_ZH_HANT };
        for (size_t li = 0; li < 2; li++) {
            lang_t lang = langs[li];
            bool chinese = lang != LANG_EN;
            texts ts = { 0 };
            collect(root, lang == LANG_EN ? "en" : "zh-Hant", &ts);
            char **all = NULL;
            size_t nall = 0, capall = 0;
            for (size_t g = 0; g < st->nglossary; g++) {
                forms fs;
                term_forms(&st->glossary[g], lang, &fs);
                for (size_t f = 0; f < fs.n; f++) {
                    XGROW(all, capall, nall + 1);
                    all[nall++] = fs.f[f];
                }
            }
            for (size_t g = 0; g < st->nglossary; g++) {
                const gloss_term *gt = &st->glossary[g];
                if (gt->everyday || linked(st, t, gt->topic))
                    continue;
                forms fs;
                term_forms(gt, lang, &fs);
                /* the first use of any form, in reading order */
                for (size_t k = 0; k < ts.n; k++) {
                    const char *s = ts.t[k].node->valuestring;
                    size_t best = (size_t)-1, best_end = 0, e;
                    const char *which = NULL;
                    for (size_t f = 0; f < fs.n; f++) {
                        size_t at = find_from(s, fs.f[f], chinese, 0, &e);
                        while (at != (size_t)-1 && inside_longer(s, at, e, all, nall))
                            at = find_from(s, fs.f[f], chinese, at + 1, &e);
                        if (at < best) {
                            best = at;
                            best_end = e;
                            which = fs.f[f];
                        }
                    }
                    if (best == (size_t)-1)
                        continue;
                    if (!term_use_explained(s, best, best_end, chinese))
                        lc_warn(&ctx, ts.t[k].node, ts.t[k].path,
                                chinese ? "「%s」(glossary \"%s\") is used before this page explains it; explain it "
                                          "in the same sentence (「%s（…）」, 「…稱為%s」) or add its topic to \"related\""
                                        : "\"%s\" (glossary \"%s\") is used before this page explains it; explain it "
                                          "in the same sentence (\"%s (…)\", \"…, called %s\") or add its topic to "
                                          "\"related\"",
                                which, gt->id, which, which);
                    break;
                }
                forms_free(&fs);
            }
            free(ts.t);
            for (size_t k = 0; k < nall; k++)
                free(all[k]);
            free(all);
        }
        lc_done(&ctx, root);
    }
    free(file);
    return d->warnings - before;
}

size_t check_terms(store *st, diag *d)
{
    size_t n = 0;
    for (size_t i = 0; i < st->ntopics; i++)
        if (!store_topic(st, i)->unavailable)
            n += check_topic(st, d, store_topic(st, i));
    return n;
}
