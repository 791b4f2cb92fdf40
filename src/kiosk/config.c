#include "kiosk/config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <unistr.h>

#include "core/i18n.h"

const char *const kiosk_themes[] = { "default", "high-contrast", "monochrome", NULL };

typedef struct line_ctx {
    const char *file;
    int line;
    diag *d;
    bool ok;
} line_ctx;

#define BAD(lc, col, ...)                                                 \
    do {                                                                  \
        diag_add((lc)->d, DIAG_ERROR, (lc)->file, (lc)->line, (col), __VA_ARGS__); \
        (lc)->ok = false;                                                 \
    } while (0)

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

static bool parse_bool(const char *v, bool *out)
{
    static const char *const yes[] = { "true", "yes", "on", "1" }, *const no[] = { "false", "no", "off", "0" };
    for (size_t i = 0; i < 4; i++) {
        if (strcmp(v, yes[i]) == 0) { *out = true; return true; }
        if (strcmp(v, no[i]) == 0) { *out = false; return true; }
    }
    return false;
}

static void set_staff_exit(line_ctx *lc, int col, const char *v, staff_spec *spec)
{
    staff_spec s = *spec;
    s.nseq = 0;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", v);
    for (char *save = NULL, *tok = strtok_r(buf, " \t,", &save); tok; tok = strtok_r(NULL, " \t,", &save)) {
        staff_key k;
        if (!staff_key_parse(tok, &k)) {
            BAD(lc, col, _("staff_exit: unknown key \"%s\"; use F1 to F12 or single letters and digits, "
                           "separated by spaces, e.g. staff_exit = F12 F12"), tok);
            return;
        }
        if (s.nseq == STAFF_SEQ_MAX) {
            BAD(lc, col, _("staff_exit: more than %d keys; use 2 to %d"), STAFF_SEQ_MAX, STAFF_SEQ_MAX);
            return;
        }
        s.seq[s.nseq++] = k;
    }
    if (s.nseq < 2) {
        BAD(lc, col, _("staff_exit: give 2 to %d keys, e.g. staff_exit = F12 F12"), STAFF_SEQ_MAX);
        return;
    }
    *spec = s;
}

static void set_staff_code(line_ctx *lc, int col, const char *v, staff_spec *spec)
{
    size_t n = strlen(v);
    bool digits = n > 0;
    for (size_t i = 0; i < n; i++)
        digits &= v[i] >= '0' && v[i] <= '9';
    if (!digits || n < STAFF_CODE_MIN || n > STAFF_CODE_MAX) {
        BAD(lc, col, _("staff_code: give %d to %d digits (0-9), e.g. staff_code = 735194"), STAFF_CODE_MIN,
            STAFF_CODE_MAX);
        return;
    }
    memcpy(spec->code, v, n + 1);
}

/* The clinic's contact: one line of text, at most CLINIC_CONTACT_MAX bytes, valid
 * UTF-8 without control characters (it is drawn on a public screen). */
static void set_contact(line_ctx *lc, int col, const char *key, const char *v, char *out)
{
    size_t n = strlen(v);
    if (n > CLINIC_CONTACT_MAX) {
        BAD(lc, col, _("%s: too long (%zu bytes); keep it to %d bytes, e.g. the clinic's name, desk and phone"),
            key, n, CLINIC_CONTACT_MAX);
        return;
    }
    if (u8_check((const uint8_t *)v, n)) {
        BAD(lc, col, _("%s: not valid UTF-8 text; save the file as UTF-8"), key);
        return;
    }
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)v[i] < 0x20 || v[i] == 0x7f) {
            BAD(lc, col + (int)i, _("%s: a control character (such as a tab) in the text; remove it"), key);
            return;
        }
    memcpy(out, v, n + 1);
}

static void set_key(line_ctx *lc, kiosk_config *c, const char *key, const char *v, int vcol)
{
    if (strcmp(key, "kiosk") == 0) {
        if (!parse_bool(v, &c->kiosk))
            BAD(lc, vcol, _("kiosk: expected true or false (yes/no, on/off and 1/0 work too), found \"%s\""), v);
        else
            c->kiosk_set = true;
    } else if (strcmp(key, "idle") == 0) {
        char *end;
        errno = 0;
        long n = strtol(v, &end, 10);
        if (errno || end == v || *end || n < 10 || n > 86400)
            BAD(lc, vcol, _("idle: expected seconds from 10 to 86400, found \"%s\""), v);
        else
            c->idle_seconds = (int)n;
    } else if (strcmp(key, "lang") == 0) {
        if (!lang_parse(v, &c->lang))
            BAD(lc, vcol, _("lang: unknown language \"%s\"; use en, zh-Hant, zh-HK or zh-Hans"), v);
        else
            c->lang_set = true;
    } else if (strcmp(key, "languages") == 0) {
        char err[160];
        if (!lang_list_parse(v, &c->languages, err, sizeof err))
            BAD(lc, vcol, _("languages: %s"), err);
    } else if (strcmp(key, "content") == 0) {
        if (v[0] != '/' || strlen(v) >= sizeof c->content_dir)
            BAD(lc, vcol, "%s", _("content: give the full path of the content folder, starting with /"));
        else
            snprintf(c->content_dir, sizeof c->content_dir, "%s", v);
    } else if (strcmp(key, "staff_exit") == 0) {
        set_staff_exit(lc, vcol, v, &c->staff);
    } else if (strcmp(key, "staff_code") == 0) {
        set_staff_code(lc, vcol, v, &c->staff);
    } else if (strcmp(key, "theme") == 0) {
        size_t i = 0;
        while (kiosk_themes[i] && strcmp(kiosk_themes[i], v) != 0)
            i++;
        if (!kiosk_themes[i])
            BAD(lc, vcol, _("theme: unknown theme \"%s\"; use default, high-contrast or monochrome"), v);
        else
            snprintf(c->theme, sizeof c->theme, "%s", v);
    } else if (strcmp(key, "clinic_contact") == 0) {
        set_contact(lc, vcol, key, v, c->clinic_contact);
    } else if (strcmp(key, "clinic_contact_zh") == 0) {
        set_contact(lc, vcol, key, v, c->clinic_contact_zh);
    } else {
        BAD(lc, 1, _("unknown setting \"%s\"; the settings are kiosk, idle, lang, languages, content, staff_exit, "
                     "staff_code, theme, clinic_contact and clinic_contact_zh"), key);
    }
}

/* One line, without its '\n'.  Writes into a copy, so text is never changed. */
static void parse_line(line_ctx *lc, kiosk_config *c, const char *s, size_t n)
{
    char buf[1024];
    if (n >= sizeof buf) {
        BAD(lc, 1, _("line too long (over %zu bytes)"), sizeof buf - 1);
        return;
    }
    memcpy(buf, s, n);
    buf[n] = '\0';
    size_t i = 0;
    while (is_space(buf[i]))
        i++;
    if (buf[i] == '\0' || buf[i] == '#' || buf[i] == ';')
        return;
    char *eq = strchr(buf + i, '=');
    if (!eq) {
        BAD(lc, (int)i + 1, "%s", _("expected key = value, e.g. kiosk = true"));
        return;
    }
    char *key = buf + i, *kend = eq;
    while (kend > key && is_space(kend[-1]))
        kend--;
    *kend = '\0';
    char *v = eq + 1;
    while (is_space(*v))
        v++;
    char *vend = v + strlen(v);
    while (vend > v && is_space(vend[-1]))
        vend--;
    *vend = '\0';
    if (*key == '\0') {
        BAD(lc, (int)i + 1, "%s", _("a setting name is missing before '='"));
        return;
    }
    if (*v == '\0') {
        BAD(lc, (int)(eq - buf) + 2, _("%s: the value is missing after '='"), key);
        return;
    }
    set_key(lc, c, key, v, (int)(v - buf) + 1);
}

bool kiosk_config_parse(kiosk_config *c, const char *file, const char *text, size_t len, diag *d)
{
    line_ctx lc = { .file = file, .line = 0, .d = d, .ok = true };
    if (memchr(text, '\0', len)) {
        BAD(&lc, 0, "%s", _("the file contains a NUL byte; it is damaged or not text"));
        return false;
    }
    size_t start = 0;
    while (start < len) {
        const char *nl = memchr(text + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - text) : len;
        lc.line++;
        parse_line(&lc, c, text + start, end - start);
        start = end + 1;
    }
    return lc.ok;
}

bool kiosk_config_load(kiosk_config *c, const char *path, bool must_exist, diag *d)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        if (errno == ENOENT && !must_exist)
            return true;
        if (errno == EACCES && !must_exist) {
            /* The packaged file is root:vitiligo-kiosk 0640 because it holds the staff
             * code: other users (staff over SSH) run with the built-in settings. */
            diag_add(d, DIAG_WARNING, path, 0, 0, "%s",
                     _("not readable by this user (it holds the staff code, so only the kiosk group reads it); "
                       "using the built-in settings"));
            return true;
        }
        diag_add(d, DIAG_ERROR, path, 0, 0, _("cannot read the configuration: %s"), strerror(errno));
        return false;
    }
    struct stat sb;
    if (fstat(fileno(f), &sb) != 0 || (!S_ISREG(sb.st_mode) && !S_ISCHR(sb.st_mode))) {
        diag_add(d, DIAG_ERROR, path, 0, 0, "%s", _("not a regular file"));
        fclose(f);
        return false;
    }
    char *buf = malloc(KIOSK_CONFIG_MAX + 1);
    size_t got = buf ? fread(buf, 1, KIOSK_CONFIG_MAX + 1, f) : 0;
    fclose(f);
    bool ok;
    if (!buf) {
        diag_add(d, DIAG_ERROR, path, 0, 0, "%s", _("out of memory"));
        ok = false;
    } else if (got > KIOSK_CONFIG_MAX) {
        diag_add(d, DIAG_ERROR, path, 0, 0, _("the file is over %d bytes; a configuration is a few lines"),
                 KIOSK_CONFIG_MAX);
        ok = false;
    } else {
        ok = kiosk_config_parse(c, path, buf, got, d);
    }
    free(buf);
    return ok;
}
