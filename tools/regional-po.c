/* Makes a regional catalogue (zh_HK.po, zh_CN.po) from the Taiwan one with the
 * content's regional term table, the same code the program uses for the content,
 * so the interface and the pages always use the same words.
 *
 *   regional-po LANG CONTENT_DIR < zh_TW.po > OUT.po
 *
 * Every msgstr but the header's is converted, whole (over all its lines), and
 * written on one line; everything else is copied. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/load.h"
#include "content/regional.h"
#include "core/strbuf.h"

/* The C-style escapes of a PO string, undone. */
static void unescape(const char *s, size_t n, strbuf *out)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '\\' || i + 1 == n) {
            sb_putc(out, s[i]);
            continue;
        }
        char c = s[++i];
        sb_putc(out, c == 'n' ? '\n' : c == 't' ? '\t' : c);
    }
}

static void escape(const char *s, strbuf *out)
{
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            sb_putc(out, '\\'), sb_putc(out, *s);
        else if (*s == '\n')
            sb_puts(out, "\\n");
        else if (*s == '\t')
            sb_puts(out, "\\t");
        else
            sb_putc(out, *s);
    }
}

int main(int argc, char **argv)
{
    if (!setlocale(LC_ALL, "C.UTF-8")) { /* the content checks read UTF-8 */
        fprintf(stderr, "regional-po: the C.UTF-8 locale is missing\n");
        return 2;
    }
    lang_t lang;
    if (argc != 3 || !lang_parse(argv[1], &lang) || !lang_is_derived(lang)) {
        fprintf(stderr, "usage: regional-po zh-HK|zh-Hans CONTENT_DIR < zh_TW.po > OUT.po\n");
        return 2;
    }
    store st;
    diag d = { 0 };
    if (!store_load(&st, argv[2], &(load_opts){ 0 }, &d)) {
        diag_print(&d, stderr);
        fprintf(stderr, "regional-po: the content in %s has errors; fix them first\n", argv[2]);
        return 2;
    }
    diag_free(&d);
    regional_conv *conv_all = regional_open(&st.regional); /* one OpenCC for every message */
    char *line = NULL;
    size_t cap = 0;
    bool header = false;  /* the last msgid was "" on its own: the catalogue's header */
    bool in_msgid = false;
    strbuf key = { 0 };   /* "msgstr " or "msgstr[1] " of the translation being read */
    strbuf raw = { 0 };   /* its text, unescaped, over all its lines */
    bool in_msgstr = false;
    int rc = 0;
    for (;;) {
        ssize_t len = getline(&line, &cap, stdin);
        bool more = len > 0 && line[0] == '"' && in_msgstr;
        if (more) { /* a continuation line of the translation */
            char *end = strrchr(line, '"');
            if (end > line)
                unescape(line + 1, (size_t)(end - line - 1), &raw);
            continue;
        }
        if (in_msgstr) { /* the translation is complete: convert and write it on one line */
            char err[256];
            char *conv = regional_convert(conv_all, lang, raw.s ? raw.s : "", err, sizeof err);
            if (!conv) {
                fprintf(stderr, "regional-po: %s\n", err);
                rc = 2;
                conv = strdup(raw.s ? raw.s : "");
            }
            strbuf out = { 0 };
            sb_puts(&out, key.s);
            sb_putc(&out, '"');
            escape(conv, &out);
            sb_puts(&out, "\"\n");
            fputs(out.s, stdout);
            sb_free(&out);
            free(conv);
            in_msgstr = false;
        }
        if (len <= 0)
            break;
        if (strncmp(line, "msgid ", 6) == 0) {
            header = strcmp(line, "msgid \"\"\n") == 0;
            in_msgid = true;
        } else if (line[0] == '"' && in_msgid) {
            header = false; /* msgid "" continued: a long message, not the header */
        } else {
            in_msgid = false;
        }
        char *q = strncmp(line, "msgstr", 6) == 0 ? strchr(line, '"') : NULL;
        char *end = q ? strrchr(line, '"') : NULL;
        if (!q || end == q || header) {
            fputs(line, stdout);
            continue;
        }
        sb_clear(&key);
        sb_append(&key, line, (size_t)(q - line));
        sb_clear(&raw);
        unescape(q + 1, (size_t)(end - q - 1), &raw);
        in_msgstr = true;
    }
    sb_free(&key);
    sb_free(&raw);
    free(line);
    regional_close(conv_all);
    store_free(&st);
    return rc;
}
