#include "content/load_ctx.h"
#include "content/load.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <unistr.h>
#include <utf8proc.h>

#include "content/regional.h"
#include "content/script.h"

#include "core/strbuf.h"
#include "core/xalloc.h"

struct node_pos {
    const cJSON *node;
    size_t off;     /* where the value starts */
    size_t key_off; /* where its key starts, for object members; else off */
};

/* ---- reading ---------------------------------------------------------------- */

char *lc_read_file(diag *d, const char *dir, const char *rel, size_t max, size_t *len)
{
    strbuf path = { 0 };
    sb_printf(&path, "%s/%s", dir, rel);
    FILE *f = fopen(path.s, "rb");
    if (!f) {
        diag_add(d, DIAG_ERROR, rel, 0, 0, "cannot open: %s", strerror(errno));
        sb_free(&path);
        return NULL;
    }
    sb_free(&path);
    struct stat sb;
    if (fstat(fileno(f), &sb) != 0 || !S_ISREG(sb.st_mode)) {
        diag_add(d, DIAG_ERROR, rel, 0, 0, "not a regular file");
        fclose(f);
        return NULL;
    }
    if ((size_t)sb.st_size > max) {
        diag_add(d, DIAG_ERROR, rel, 0, 0, "file is %lld bytes; the limit is %zu - split it",
                 (long long)sb.st_size, max);
        fclose(f);
        return NULL;
    }
    char *buf = xmalloc((size_t)sb.st_size + 1);
    size_t got = fread(buf, 1, (size_t)sb.st_size, f);
    fclose(f);
    buf[got] = '\0';
    if (got == 0) {
        diag_add(d, DIAG_ERROR, rel, 0, 0, "the file is empty (was it cut short?)");
        free(buf);
        return NULL;
    }
    if (memchr(buf, '\0', got)) {
        size_t off = (size_t)((char *)memchr(buf, '\0', got) - buf);
        int line, col;
        diag_line_col(buf, got, off, &line, &col);
        diag_add(d, DIAG_ERROR, rel, line, col, "NUL byte in the file; it is damaged or not text");
        free(buf);
        return NULL;
    }
    const uint8_t *bad = u8_check((const uint8_t *)buf, got);
    if (bad) {
        size_t off = (size_t)((const char *)bad - buf);
        int line, col;
        diag_line_col(buf, got, off, &line, &col);
        diag_add(d, DIAG_ERROR, rel, line, col,
                 "invalid UTF-8 (byte 0x%02X); save the file as UTF-8", (unsigned)*bad);
        free(buf);
        return NULL;
    }
    *len = got;
    return buf;
}

/* ---- listing a folder ------------------------------------------------------- */

int lc_cmp_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

char **lc_list_json(diag *d, const char *dir, const char *sub, bool required, size_t *n)
{
    strbuf path = { 0 };
    sb_printf(&path, "%s/%s", dir, sub);
    DIR *dh = opendir(path.s);
    sb_free(&path);
    *n = 0;
    if (!dh) {
        if (required)
            diag_add(d, DIAG_ERROR, sub, 0, 0, "folder missing; the store needs %s/ with one .json file per item", sub);
        return NULL;
    }
    char **names = NULL;
    size_t cap = 0;
    struct dirent *e;
    while ((e = readdir(dh))) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < 6 || strcmp(e->d_name + len - 5, ".json") != 0)
            continue;
        XGROW(names, cap, *n + 1);
        names[(*n)++] = xstrdup(e->d_name);
    }
    closedir(dh);
    if (*n)
        qsort(names, *n, sizeof *names, lc_cmp_name);
    return names;
}

/* ---- positions of JSON values ------------------------------------------------
 * cJSON does not remember where a value came from.  cJSON builds its tree in
 * document order, so the n-th value met by a pre-order walk of the tree is the
 * n-th value met by a scan of the text: we scan once and pair them up. */

/* Skips what cJSON skips between tokens: every byte up to and including the space
 * (not only the four JSON whitespace characters), so the scan stays in step with it. */
static size_t skip_ws(const char *s, size_t n, size_t i)
{
    while (i < n && (unsigned char)s[i] <= ' ')
        i++;
    return i;
}

static size_t skip_string(const char *s, size_t n, size_t i)
{
    i++; /* opening quote */
    while (i < n && s[i] != '"') {
        if (s[i] == '\\')
            i++;
        i++;
    }
    return i < n ? i + 1 : n;
}

typedef struct scanned {
    size_t off, key_off;
} scanned;

static void scan_values(const char *s, size_t n, size_t *i, scanned **offs, size_t *count, size_t *cap,
                        int depth, size_t key_off)
{
    *i = skip_ws(s, n, *i);
    if (*i >= n || depth > 1000)
        return;
    XGROW(*offs, *cap, *count + 1);
    (*offs)[(*count)++] = (scanned){ *i, key_off == (size_t)-1 ? *i : key_off };
    char c = s[*i];
    if (c == '{' || c == '[') {
        char close = c == '{' ? '}' : ']';
        (*i)++;
        for (;;) {
            *i = skip_ws(s, n, *i);
            if (*i >= n)
                return;
            if (s[*i] == close) {
                (*i)++;
                return;
            }
            if (s[*i] == ',') {
                (*i)++;
                continue;
            }
            size_t key = (size_t)-1;
            if (c == '{') {
                key = *i;
                *i = skip_string(s, n, *i);
                *i = skip_ws(s, n, *i);
                if (*i < n && s[*i] == ':')
                    (*i)++;
            }
            size_t before = *i;
            scan_values(s, n, i, offs, count, cap, depth + 1, key);
            if (*i == before)
                (*i)++; /* never loop without moving on, whatever the text */
        }
    } else if (c == '"') {
        *i = skip_string(s, n, *i);
    } else {
        while (*i < n && !strchr(",]} \t\r\n", s[*i]))
            (*i)++;
    }
}

static void walk_nodes(const cJSON *node, const cJSON ***nodes, size_t *count, size_t *cap)
{
    XGROW(*nodes, *cap, *count + 1);
    (*nodes)[(*count)++] = node;
    for (const cJSON *c = node->child; c; c = c->next)
        walk_nodes(c, nodes, count, cap);
}

static int cmp_pos(const void *a, const void *b)
{
    const node_pos *x = a, *y = b;
    return x->node < y->node ? -1 : x->node > y->node;
}

static void build_positions(load_ctx *ctx, const cJSON *root)
{
    scanned *offs = NULL;
    size_t noffs = 0, capo = 0, i = 0;
    scan_values(ctx->text, ctx->len, &i, &offs, &noffs, &capo, 0, (size_t)-1);
    const cJSON **nodes = NULL;
    size_t nnodes = 0, capn = 0;
    walk_nodes(root, &nodes, &nnodes, &capn);
    size_t n = nnodes < noffs ? nnodes : noffs;
    ctx->pos = xmalloc(sizeof *ctx->pos * (n ? n : 1));
    for (size_t k = 0; k < n; k++)
        ctx->pos[k] = (node_pos){ nodes[k], offs[k].off, offs[k].key_off };
    ctx->npos = n;
    qsort(ctx->pos, n, sizeof *ctx->pos, cmp_pos);
    free(offs);
    free(nodes);
}

static bool node_line_col(load_ctx *ctx, const cJSON *node, bool at_key, int *line, int *col)
{
    if (!node || !ctx->root)
        return false;
    if (!ctx->pos)
        build_positions(ctx, ctx->root);
    node_pos key = { node, 0, 0 };
    const node_pos *p = bsearch(&key, ctx->pos, ctx->npos, sizeof *ctx->pos, cmp_pos);
    if (!p)
        return false;
    diag_line_col(ctx->text, ctx->len, at_key ? p->key_off : p->off, line, col);
    return true;
}

cJSON *lc_parse(load_ctx *ctx, store *st, diag *d, const char *file, const char *text, size_t len)
{
    *ctx = (load_ctx){ .st = st, .d = d, .file = file, .text = text, .len = len };
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, false);
    if (!root) {
        size_t off = end ? (size_t)(end - text) : 0;
        int line, col;
        diag_line_col(text, len, off, &line, &col);
        size_t last = len;
        while (last > 0 && strchr(" \t\r\n", text[last - 1]))
            last--;
        if (off >= len || last == 0 || (text[last - 1] != '}' && text[last - 1] != ']')) {
            diag_line_col(text, len, last, &line, &col);
            diag_add(d, DIAG_ERROR, file, line, col, "the file ends too early; it may have been cut short (a missing } or ]?)");
        } else {
            diag_add(d, DIAG_ERROR, file, line, col, "JSON syntax error here (a missing comma, quote or bracket?)");
        }
        return NULL;
    }
    size_t rest = (size_t)(end - text);
    while (rest < len && (text[rest] == ' ' || text[rest] == '\t' || text[rest] == '\r' || text[rest] == '\n'))
        rest++;
    if (rest < len) {
        int line, col;
        diag_line_col(text, len, rest, &line, &col);
        diag_add(d, DIAG_ERROR, file, line, col, "unexpected text after the end of the JSON value");
        cJSON_Delete(root);
        return NULL;
    }
    ctx->root = root;
    return root;
}

void lc_done(load_ctx *ctx, cJSON *root)
{
    cJSON_Delete(root);
    free(ctx->pos);
    ctx->root = NULL;
    ctx->pos = NULL;
    ctx->npos = 0;
}

/* ---- reporting --------------------------------------------------------------- */

static void report(load_ctx *ctx, diag_level level, const cJSON *node, bool at_key, const char *path,
                   const char *fmt, va_list ap)
{
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    int line = 0, col = 0;
    if (!node_line_col(ctx, node, at_key, &line, &col))
        line = col = 0;
    if (path && *path)
        diag_add(ctx->d, level, ctx->file, line, col, "%s: %s", path, msg);
    else
        diag_add(ctx->d, level, ctx->file, line, col, "%s", msg);
}

void lc_error(load_ctx *ctx, const cJSON *node, const char *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(ctx, DIAG_ERROR, node, false, path, fmt, ap);
    va_end(ap);
}

void lc_error_later(store *st, diag *d, const char *dir, const char *file, lc_find_fn find, const void *user,
                    const char *path, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* The file was read and let go before the reference could be checked; an error is
     * rare, so read it again (quietly: it parsed before) to say where the value is. */
    diag quiet = { 0 };
    size_t len = 0;
    char *text = lc_read_file(&quiet, dir, file, CONTENT_FILE_MAX, &len);
    load_ctx ctx;
    cJSON *root = text ? lc_parse(&ctx, st, &quiet, file, text, len) : NULL;
    diag_free(&quiet);
    const cJSON *node = root ? find(root, user) : NULL;
    if (node) {
        ctx.d = d;
        lc_error(&ctx, node, path, "%s", msg);
        lc_done(&ctx, root);
    } else {
        if (root)
            lc_done(&ctx, root);
        diag_add(d, DIAG_ERROR, file, 0, 0, "%s: %s", path, msg);
    }
    free(text);
}

void lc_warn(load_ctx *ctx, const cJSON *node, const char *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(ctx, DIAG_WARNING, node, false, path, fmt, ap);
    va_end(ap);
}

static void report_at_key(load_ctx *ctx, diag_level level, const cJSON *node, const char *path, const char *fmt,
                          ...) __attribute__((format(printf, 5, 6)));
static void report_at_key(load_ctx *ctx, diag_level level, const cJSON *node, const char *path, const char *fmt,
                          ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(ctx, level, node, true, path, fmt, ap);
    va_end(ap);
}

/* ---- paths ------------------------------------------------------------------- */

/* Paths are made for every field read, and almost never printed: plain copies, not
 * snprintf (which was a fifth of loading).  Cut to n - 1 bytes as snprintf would. */
static size_t put(char *buf, size_t n, size_t at, const char *s, size_t len)
{
    if (at + 1 >= n)
        return at;
    if (len > n - 1 - at)
        len = n - 1 - at;
    memcpy(buf + at, s, len);
    return at + len;
}

const char *lc_path_key(char *buf, size_t n, const char *base, const char *key)
{
    if (!n)
        return buf;
    size_t at = put(buf, n, 0, base, strlen(base));
    if (*base)
        at = put(buf, n, at, ".", 1);
    at = put(buf, n, at, key, strlen(key));
    buf[at] = '\0'; /* a cut path is still a useful hint */
    return buf;
}

const char *lc_path_index(char *buf, size_t n, const char *base, const char *key, size_t i)
{
    if (!n)
        return buf;
    char num[24];
    size_t k = sizeof num;
    num[--k] = ']';
    do
        num[--k] = (char)('0' + i % 10);
    while ((i /= 10) != 0);
    num[--k] = '[';
    size_t at = put(buf, n, 0, base, strlen(base));
    if (*base && *key)
        at = put(buf, n, at, ".", 1);
    at = put(buf, n, at, key, strlen(key));
    at = put(buf, n, at, num + k, sizeof num - k);
    buf[at] = '\0';
    return buf;
}

/* ---- typed readers ------------------------------------------------------------ */

static const char *type_name(const cJSON *v)
{
    if (cJSON_IsString(v)) return "a string";
    if (cJSON_IsNumber(v)) return "a number";
    if (cJSON_IsBool(v)) return "true/false";
    if (cJSON_IsNull(v)) return "null";
    if (cJSON_IsArray(v)) return "a list";
    if (cJSON_IsObject(v)) return "an object";
    return "something else";
}

bool lc_is_object(load_ctx *ctx, const cJSON *obj, const char *path)
{
    if (cJSON_IsObject(obj))
        return true;
    lc_error(ctx, obj, path, "expected an object { ... }, found %s", type_name(obj));
    return false;
}

static const cJSON *field(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, bool required)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v && required)
        lc_error(ctx, obj, path, "missing \"%s\"", key);
    return v;
}

/* Offset of the first control character other than a line break, or -1. */
static long control_char(const char *s)
{
    for (const char *p = s; *p; p++)
        if ((unsigned char)*p < 0x20 && *p != '\n')
            return (long)(p - s);
    return -1;
}

/* The first private-use character (U+E000..U+F8FF) of s, or 0. */
static uint32_t private_use(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p & 0xF0) == 0xE0 && p[1] && p[2]) {
            uint32_t cp = (uint32_t)(*p & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
            if (cp >= 0xE000 && cp <= 0xF8FF)
                return cp;
        }
    return 0;
}

static bool blank(const char *s)
{
    for (; *s; s++)
        if (!isspace((unsigned char)*s))
            return false;
    return true;
}

/* v, at JSON path p, is a string with something in it; reports it when not. */
static bool nonblank_string(load_ctx *ctx, const cJSON *v, const char *p)
{
    if (!cJSON_IsString(v)) {
        lc_error(ctx, v, p, "expected a string, found %s", type_name(v));
        return false;
    }
    if (blank(v->valuestring)) {
        lc_error(ctx, v, p, "empty text");
        return false;
    }
    return true;
}

bool lc_string(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, bool required,
               const char **out)
{
    const cJSON *v = field(ctx, obj, path, key, required);
    if (!v)
        return false;
    char p[LC_PATH_MAX];
    lc_path_key(p, sizeof p, path, key);
    if (!nonblank_string(ctx, v, p))
        return false;
    *out = arena_strdup(&ctx->st->mem, v->valuestring);
    return true;
}

bool lc_int(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, bool required, int *out)
{
    const cJSON *v = field(ctx, obj, path, key, required);
    if (!v)
        return false;
    char p[LC_PATH_MAX];
    lc_path_key(p, sizeof p, path, key);
    if (!cJSON_IsNumber(v) || v->valuedouble != (double)(int)v->valuedouble) {
        lc_error(ctx, v, p, "expected a whole number, found %s", type_name(v));
        return false;
    }
    *out = (int)v->valuedouble;
    return true;
}

bool lc_bool(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, bool *out)
{
    const cJSON *v = field(ctx, obj, path, key, false);
    if (!v)
        return false;
    if (!cJSON_IsBool(v)) {
        char p[LC_PATH_MAX];
        lc_error(ctx, v, lc_path_key(p, sizeof p, path, key), "expected true or false, found %s", type_name(v));
        return false;
    }
    *out = cJSON_IsTrue(v);
    return true;
}

/* The month a word of English text names at s ("August" -> 8), or 0.  Chinese
 * writes months as numbers (2025 年 8 月), so an English month name counts as one. */
static int month_at(const char *start, const char *s)
{
    static const char *const names[] = { "January", "February", "March", "April", "May", "June", "July",
                                         "August", "September", "October", "November", "December" };
    if (s > start && isalpha((unsigned char)s[-1]))
        return 0;
    for (int m = 0; m < 12; m++) {
        size_t k = strlen(names[m]);
        if (strncmp(s, names[m], k) != 0 || isalpha((unsigned char)s[k]))
            continue;
        /* only as a date, next to a day or year ("August 2025", "18 July"): "May" is also a verb */
        bool year_after = s[k] == ' ' && isdigit((unsigned char)s[k + 1]);
        bool day_before = s - start >= 2 && s[-1] == ' ' && isdigit((unsigned char)s[-2]);
        return year_after || day_before ? m + 1 : 0;
    }
    return 0;
}

/* Digit runs of s, each as a string, to compare the numbers two languages mention;
 * with months, English month names count as their numbers. */
static size_t digit_runs(const char *s, bool months, char runs[][24], size_t max)
{
    const char *start = s;
    size_t n = 0;
    while (*s && n < max) {
        int m = months ? month_at(start, s) : 0;
        if (m) {
            snprintf(runs[n++], 24, "%d", m);
            s++;
        } else if (isdigit((unsigned char)*s)) {
            size_t k = 0;
            while ((isdigit((unsigned char)*s) || (*s == '.' && isdigit((unsigned char)s[1]))) && k < 23)
                runs[n][k++] = *s++;
            runs[n][k] = '\0';
            n++;
        } else {
            s++;
        }
    }
    return n;
}

static int cmp_run(const void *a, const void *b) { return strcmp(a, b); }

static void check_numbers(load_ctx *ctx, const cJSON *val, const char *path, const ltext *t)
{
    char en[64][24], zh[64][24];
    size_t ne = digit_runs(t->s[LANG_EN], true, en, 64), nz = digit_runs(t->s[LANG_ZH_HANT], false, zh, 64);
    qsort(en, ne, sizeof en[0], cmp_run);
    qsort(zh, nz, sizeof zh[0], cmp_run);
    bool same = ne == nz;
    for (size_t i = 0; same && i < ne; i++)
        same = strcmp(en[i], zh[i]) == 0;
    if (same)
        return;
    strbuf b = { 0 };
    sb_puts(&b, "the numbers differ between languages: en has [");
    for (size_t i = 0; i < ne; i++)
        sb_printf(&b, "%s%s", i ? " " : "", en[i]);
    sb_puts(&b, "], zh-Hant has [");
    for (size_t i = 0; i < nz; i++)
        sb_printf(&b, "%s%s", i ? " " : "", zh[i]);
    sb_puts(&b, "]");
    lc_warn(ctx, val, path, "%s", b.s);
    sb_free(&b);
}

/* Known conversion slips in Traditional Chinese, with the right form. */
static void check_traditional(load_ctx *ctx, const cJSON *val, const char *path, const char *s)
{
    static const char *const slips[][2] = {
        { "干細胞", "幹細胞" }, { "間充質干", "間充質幹" }, { "头发", "頭髮" }, { "白癜风", "白癜風" },
    };
    for (size_t i = 0; i < sizeof slips / sizeof slips[0]; i++)
        if (strstr(s, slips[i][0]))
            lc_warn(ctx, val, path, "\"%s\" in Traditional Chinese text; write \"%s\"", slips[i][0], slips[i][1]);
}

/* The "en" or "zh-Hant" member of a bilingual object; reports it when missing. */
static const cJSON *lang_member(load_ctx *ctx, const cJSON *obj, const char *path, lang_t l, const char *what)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, lang_tag(l));
    if (!v)
        lc_error(ctx, obj, path, "missing \"%s\" %s", lang_tag(l), what);
    return v;
}

/* A text's string member: checks it and copies it into the store. */
static bool text_member(load_ctx *ctx, const cJSON *v, const char *path, lang_t l, const char **out)
{
    char p[LC_PATH_MAX];
    lc_path_key(p, sizeof p, path, lang_tag(l));
    if (!nonblank_string(ctx, v, p))
        return false;
    if (control_char(v->valuestring) >= 0) {
        lc_error(ctx, v, p, "control character U+%04X in the text; remove it",
                 (unsigned)v->valuestring[control_char(v->valuestring)]);
        return false;
    }
    uint32_t pua = private_use(v->valuestring);
    if (pua) {
        lc_error(ctx, v, p, "private-use character U+%04X in the text: it looks different on every screen; remove it",
                 (unsigned)pua);
        return false;
    }
    *out = arena_strdup(&ctx->st->mem, v->valuestring);
    ctx->st->text_bytes += strlen(v->valuestring);
    return true;
}

/* A variety's own text (an override) must be in its script: checked at every load, as
 * it is shown as written.  The Taiwan text is checked by --check-content. */
static bool written_in_its_script(load_ctx *ctx, const cJSON *val, const char *path, const ltext *t)
{
    bool ok = true;
    for (lang_t l = LANG_ZH_HK; l < LANG_COUNT; l++) {
        uint32_t cp;
        long at = (t->own & (1u << l)) ? script_foreign_char(t->s[l], l, &cp) : -1;
        if (at < 0)
            continue;
        char p[LC_PATH_MAX], ch[8] = { 0 };
        utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)ch);
        lc_error(ctx, cJSON_GetObjectItemCaseSensitive(val, lang_tag(l)), lc_path_key(p, sizeof p, path, lang_tag(l)),
                 "the %s text has %s, a %s-only character (\"%.24s\"); write it in %s characters", lang_tag(l), ch,
                 lang_is_simplified(l) ? "Traditional" : "Simplified", t->s[l] + at,
                 lang_is_simplified(l) ? "Simplified" : "Traditional");
        ok = false;
    }
    return ok;
}

/* With --check-content: what each Chinese variety will show, checked for characters
 * of the other script, 「」 in mainland text, and another variety's words. */
static void check_varieties(load_ctx *ctx, const cJSON *val, const char *path, const ltext *t)
{
    regional_conv *conv = ctx->st->checking;
    static const lang_t zh[] = { LANG_ZH_HANT, LANG_ZH_HK, LANG_ZH_HANS };
    for (size_t i = 0; i < sizeof zh / sizeof zh[0]; i++) {
        lang_t l = zh[i];
        char err[256], p[LC_PATH_MAX];
        lc_path_key(p, sizeof p, path, lang_tag(l));
        bool written = l == LANG_ZH_HANT || (t->own & (1u << l));
        char *text = written ? xstrdup(t->s[l]) : regional_convert(conv, l, t->s[LANG_ZH_HANT], err, sizeof err);
        if (!text) {
            lc_error(ctx, val, p, "%s", err);
            return;
        }
        uint32_t cp;
        /* overrides were checked at load (written_in_its_script) */
        long at = written && l != LANG_ZH_HANT ? -1 : script_foreign_char(text, l, &cp);
        if (at >= 0) {
            char ch[8] = { 0 };
            utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)ch);
            if (written)
                lc_error(ctx, val, p, "the %s text has %s, a Simplified-only character (\"%.24s\"); write it in "
                                      "Traditional characters",
                         lang_tag(l), ch, text + at);
            else
                lc_error(ctx, val, p, "the %s text would show %s, a %s-only character (\"%.24s\"); add a row to "
                                      "regional-terms.json, or write the variety's own text",
                         lang_tag(l), ch, lang_is_simplified(l) ? "Traditional" : "Simplified", text + at);
        }
        if (lang_is_simplified(l) && (strstr(text, "「") || strstr(text, "」")))
            lc_warn(ctx, val, p, "「」 in mainland text; mainland Chinese quotes with “”: add them to \"punctuation\" "
                                 "in regional-terms.json");
        lang_t whose;
        long r = regional_foreign_term(conv, l, text, &whose, err, sizeof err);
        if (r == -2)
            lc_error(ctx, val, p, "%s", err);
        else if (r >= 0) {
            const regional_term *rt = &ctx->st->regional.terms[r];
            lc_warn(ctx, val, p,
                    "the %s text %s %s, a %s word (regional-terms.json, \"%s\": %s readers see %s); reword it, "
                    "mark the row \"shared\", or write the variety's own text",
                    lang_tag(l), written ? "has" : "would show", rt->form[whose], lang_english_name(whose), rt->id,
                    lang_english_name(l), rt->form[l]);
        }
        free(text);
    }
}

bool lc_ltext_value(load_ctx *ctx, const cJSON *val, const char *path, ltext *out)
{
    if (!cJSON_IsObject(val)) {
        if (cJSON_IsString(val))
            lc_error(ctx, val, path, "expected a text in both languages, {\"en\": ..., \"zh-Hant\": ...}, found a plain string");
        else
            lc_error(ctx, val, path, "expected a text in both languages, {\"en\": ..., \"zh-Hant\": ...}, found %s",
                     type_name(val));
        return false;
    }
    /* zh-HK and zh-Hans are optional: the variety's own words, where the regional
     * table cannot make the sentence from the Taiwan text. */
    static const char *const known[] = { "en", "zh-Hant", "zh-HK", "zh-Hans", NULL };
    lc_unknown_fields(ctx, val, path, known);
    bool ok = true;
    *out = (ltext){ 0 };
    for (lang_t l = LANG_EN; l < LANG_COUNT; l++) {
        const cJSON *v = lang_is_derived(l) ? cJSON_GetObjectItemCaseSensitive(val, lang_tag(l))
                                            : lang_member(ctx, val, path, l, "text");
        if (!v) {
            ok &= lang_is_derived(l);
            continue;
        }
        if (text_member(ctx, v, path, l, &out->s[l]))
            out->own |= (unsigned char)(1u << l);
        else
            ok = false;
    }
    ok = ok && written_in_its_script(ctx, val, path, out);
    if (ok) {
        for (lang_t l = LANG_EN; l < LANG_COUNT; l++)
            if (!out->s[l])
                out->s[l] = out->s[lang_source(l)]; /* until store_derive makes it */
        if (ctx->st->text_warnings) {
            check_numbers(ctx, val, path, out);
            check_traditional(ctx, val, path, out->s[LANG_ZH_HANT]);
        }
        if (ctx->st->checking)
            check_varieties(ctx, val, path, out);
    }
    return ok;
}

bool lc_ltext(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, bool required, ltext *out)
{
    const cJSON *v = field(ctx, obj, path, key, required);
    if (!v)
        return false;
    char p[LC_PATH_MAX];
    return lc_ltext_value(ctx, v, lc_path_key(p, sizeof p, path, key), out);
}

static bool word_list(load_ctx *ctx, const cJSON *arr, const char *path, const char ***out, size_t *n)
{
    if (!cJSON_IsArray(arr)) {
        lc_error(ctx, arr, path, "expected a list [ ... ], found %s", type_name(arr));
        return false;
    }
    size_t count = (size_t)cJSON_GetArraySize(arr), i = 0;
    *out = arena_alloc(&ctx->st->mem, sizeof **out * (count ? count : 1));
    bool ok = true;
    const cJSON *v;
    cJSON_ArrayForEach(v, arr)
    {
        char p[LC_PATH_MAX];
        lc_path_index(p, sizeof p, path, "", i);
        if (!cJSON_IsString(v)) {
            lc_error(ctx, v, p, "expected a string, found %s", type_name(v));
            ok = false;
        } else if (blank(v->valuestring)) {
            lc_error(ctx, v, p, "empty text");
            ok = false;
        } else if (control_char(v->valuestring) >= 0) {
            lc_error(ctx, v, p, "control character in the text; remove it");
            ok = false;
        } else {
            (*out)[i++] = arena_strdup(&ctx->st->mem, v->valuestring);
        }
    }
    *n = i;
    return ok;
}

bool lc_lwords(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, bool required, lwords *out)
{
    *out = (lwords){ 0 };
    const cJSON *v = field(ctx, obj, path, key, required);
    if (!v)
        return false;
    char p[LC_PATH_MAX];
    lc_path_key(p, sizeof p, path, key);
    if (!lc_is_object(ctx, v, p))
        return false;
    static const char *const known[] = { "en", "zh-Hant", NULL };
    lc_unknown_fields(ctx, v, p, known);
    bool ok = true;
    for (lang_t l = LANG_EN; l <= LANG_ZH_HANT; l++) {
        const cJSON *list = lang_member(ctx, v, p, l, "list");
        if (!list) {
            ok = false;
            continue;
        }
        char pl[LC_PATH_MAX];
        ok &= word_list(ctx, list, lc_path_key(pl, sizeof pl, p, lang_tag(l)), &out->w[l], &out->n[l]);
    }
    for (lang_t l = LANG_EN; l < LANG_COUNT; l++)
        if (lang_is_derived(l)) { /* until store_derive makes them */
            out->w[l] = out->w[LANG_ZH_HANT];
            out->n[l] = out->n[LANG_ZH_HANT];
        }
    return ok;
}

bool lc_idlist(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, bool required,
               const char ***out, size_t *n)
{
    *out = NULL;
    *n = 0;
    const cJSON *v = field(ctx, obj, path, key, required);
    if (!v)
        return false;
    char p[LC_PATH_MAX];
    return word_list(ctx, v, lc_path_key(p, sizeof p, path, key), out, n);
}

static bool word_index(const char *s, const char *const *words, size_t nwords, int *out)
{
    for (size_t i = 0; i < nwords; i++)
        if (strcmp(s, words[i]) == 0) {
            *out = (int)i;
            return true;
        }
    return false;
}

static void list_choices(strbuf *b, const char *const *words, size_t nwords)
{
    for (size_t i = 0; i < nwords; i++)
        sb_printf(b, "%s\"%s\"", i ? ", " : "", words[i]);
}

bool lc_enum(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, bool required,
             const char *const *words, size_t nwords, int *out)
{
    const char *s;
    if (!lc_string(ctx, obj, path, key, required, &s))
        return false;
    if (word_index(s, words, nwords, out))
        return true;
    strbuf b = { 0 };
    list_choices(&b, words, nwords);
    char p[LC_PATH_MAX];
    lc_error(ctx, cJSON_GetObjectItemCaseSensitive(obj, key), lc_path_key(p, sizeof p, path, key),
             "unknown value \"%s\"; use one of %s", s, b.s);
    sb_free(&b);
    return false;
}

bool lc_enumlist(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, bool required,
                 const char *const *words, size_t nwords, unsigned *mask)
{
    const char **ids;
    size_t n;
    *mask = 0;
    if (!lc_idlist(ctx, obj, path, key, required, &ids, &n))
        return false;
    bool ok = true;
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(obj, key);
    for (size_t i = 0; i < n; i++) {
        int k;
        if (word_index(ids[i], words, nwords, &k)) {
            *mask |= 1u << k;
            continue;
        }
        strbuf b = { 0 };
        list_choices(&b, words, nwords);
        char p[LC_PATH_MAX];
        lc_error(ctx, cJSON_GetArrayItem(arr, (int)i), lc_path_index(p, sizeof p, path, key, i),
                 "unknown value \"%s\"; use one of %s", ids[i], b.s);
        sb_free(&b);
        ok = false;
    }
    return ok;
}

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool lc_date(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, char out[11])
{
    const char *s;
    if (!lc_string(ctx, obj, path, key, true, &s))
        return false;
    int y, m, d;
    char tail;
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    bool ok = strlen(s) == 10 && sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && s[4] == '-' &&
              s[7] == '-' && y >= 1900 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 &&
              d <= days[m - 1] + (m == 2 && leap(y));
    if (!ok) {
        char p[LC_PATH_MAX];
        lc_error(ctx, cJSON_GetObjectItemCaseSensitive(obj, key), lc_path_key(p, sizeof p, path, key),
                 "\"%s\" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-26", s);
        return false;
    }
    memcpy(out, s, 11);
    return true;
}

void lc_unknown_fields(load_ctx *ctx, const cJSON *obj, const char *path, const char *const *known)
{
    const cJSON *v;
    cJSON_ArrayForEach(v, obj)
    {
        if (!v->string)
            continue;
        bool found = false;
        for (size_t i = 0; known[i]; i++)
            if (strcmp(v->string, known[i]) == 0)
                found = true;
        char p[LC_PATH_MAX];
        lc_path_key(p, sizeof p, path, v->string);
        if (!found) {
            strbuf b = { 0 };
            for (size_t i = 0; known[i]; i++)
                sb_printf(&b, "%s%s", i ? ", " : "", known[i]);
            report_at_key(ctx, DIAG_WARNING, v, p, "unknown field \"%s\" is ignored (a typo?); known fields: %s",
                          v->string, b.s);
            sb_free(&b);
        }
        for (const cJSON *w = obj->child; w && w != v; w = w->next)
            if (w->string && strcmp(w->string, v->string) == 0) {
                report_at_key(ctx, DIAG_ERROR, v, p, "\"%s\" is given twice in the same object", v->string);
                break;
            }
    }
}

bool lc_valid_id(const char *id)
{
    if (!*id || strlen(id) > 64)
        return false;
    for (const char *p = id; *p; p++)
        if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '-' || *p == '_'))
            return false;
    return true;
}

/* ---- icon arrays ---------------------------------------------------------------- */

/* True when the number n appears in s as a whole run of ASCII digits. */
static bool has_number(const char *s, int n)
{
    for (const char *p = s; *p;) {
        if (*p < '0' || *p > '9') {
            p++;
            continue;
        }
        long v = 0;
        for (; *p >= '0' && *p <= '9'; p++)
            if (v < 1000000)
                v = v * 10 + (*p - '0');
        if (v == n)
            return true;
    }
    return false;
}

bool lc_icons(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, const ltext *text, int *count,
              int *total)
{
    const cJSON *node = obj;
    char p[LC_PATH_MAX];
    snprintf(p, sizeof p, "%s", path);
    if (key) {
        node = cJSON_GetObjectItemCaseSensitive(obj, key);
        lc_path_key(p, sizeof p, path, key);
        if (!lc_is_object(ctx, node, p))
            return false;
        static const char *const known[] = { "count", "total", NULL };
        lc_unknown_fields(ctx, node, p, known);
    }
    int c = 0, t = 0;
    bool ok = lc_int(ctx, node, p, "count", true, &c);
    ok &= lc_int(ctx, node, p, "total", true, &t);
    if (!ok)
        return false;
    char pp[LC_PATH_MAX];
    if (t != ICONS_TOTAL) {
        lc_error(ctx, cJSON_GetObjectItemCaseSensitive(node, "total"), lc_path_key(pp, sizeof pp, p, "total"),
                 "\"total\" must be %d (\"about 3 in 10 people\"); turn other figures into a number out of %d",
                 ICONS_TOTAL, ICONS_TOTAL);
        return false;
    }
    if (c < 0 || c > t) {
        lc_error(ctx, cJSON_GetObjectItemCaseSensitive(node, "count"), lc_path_key(pp, sizeof pp, p, "count"),
                 "\"count\" must be between 0 and \"total\" (%d), found %d", t, c);
        return false;
    }
    *count = c;
    *total = t;
    /* the words must say the same as the picture, in every language written */
    static const lang_t langs[] = { LANG_EN, LANG_ZH_HANT };
    for (size_t i = 0; text && i < sizeof langs / sizeof langs[0]; i++) {
        const char *s = text->s[langs[i]];
        if (s && (!has_number(s, c) || !has_number(s, t)))
            lc_warn(ctx, node, p, "the %s text does not give both numbers of the icons (%d and %d); say \"about %d in "
                    "%d\" in the words too, so the picture is never the only way to read it",
                    langs[i] == LANG_EN ? "en" : "zh-Hant", c, t, c, t);
    }
    return true;
}
