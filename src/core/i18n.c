#include "core/i18n.h"

#include <langinfo.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/paths.h"
#include "core/xalloc.h"

static bool utf8_ok;
static lang_t message_lang = LANG_EN;

static bool codeset_is_utf8(void)
{
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

/* The character set the user's locale asks for when it is neither UTF-8 nor plain
 * ASCII (zh_TW.Big5, zh_CN.GBK, en_US.ISO-8859-1), else empty. */
static char legacy[32];

static bool plain_or_utf8(const char *cs)
{
    static const char *const ok[] = { "UTF-8", "utf8", "UTF8", "utf-8", "ANSI_X3.4-1968", "ASCII", "US-ASCII", "" };
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
        if (strcasecmp(cs, ok[i]) == 0)
            return true;
    return false;
}

static void note_legacy_charset(bool installed)
{
    legacy[0] = '\0';
    const char *cs = NULL;
    char named[32] = "";
    if (installed) {
        cs = nl_langinfo(CODESET);
    } else { /* not installed here: the charset its name asks for, "zh_TW.Big5" -> "Big5" */
        const char *names[] = { getenv("LC_ALL"), getenv("LC_CTYPE"), getenv("LANG") };
        for (size_t i = 0; i < 3 && !cs; i++) {
            if (!names[i] || !*names[i])
                continue;
            const char *dot = strchr(names[i], '.');
            if (dot) {
                size_t n = strcspn(dot + 1, "@");
                snprintf(named, sizeof named, "%.*s", (int)(n < sizeof named - 1 ? n : sizeof named - 1), dot + 1);
            }
            cs = named;
        }
    }
    if (cs && !plain_or_utf8(cs))
        snprintf(legacy, sizeof legacy, "%s", cs);
}

const char *locale_legacy_charset(void) { return legacy[0] ? legacy : NULL; }

/* Only the categories the program uses: LC_CTYPE (the character set, wide characters,
 * ncurses) and LC_MESSAGES (strerror's messages).  Nothing is collated, no date or
 * number is formatted by the locale (cJSON does not depend on LC_NUMERIC), and
 * without a locale archive (Debian keeps C.UTF-8 outside it) each category is a file to read:
 * setting all of them cost 0.3 ms more at every start. */
bool locale_init(void)
{
    bool installed = setlocale(LC_CTYPE, "") != NULL && setlocale(LC_MESSAGES, "") != NULL;
    if (!installed) { /* a locale named in the environment but not installed */
        setlocale(LC_CTYPE, "C");
        setlocale(LC_MESSAGES, "C");
    }
    note_legacy_charset(installed);
    utf8_ok = codeset_is_utf8();
    if (!utf8_ok) {
        utf8_ok = setlocale(LC_CTYPE, "C.UTF-8") && codeset_is_utf8();
        if (!utf8_ok)
            utf8_ok = setlocale(LC_CTYPE, "en_US.UTF-8") && codeset_is_utf8();
    }
    return utf8_ok;
}

bool locale_is_utf8(void) { return utf8_ok; }

/* ---- GNU .mo catalogues ---------------------------------------------------------
 * The header is seven 32-bit words (magic 0x950412de in the writer's byte order,
 * revision, count, offset of the original-string table, offset of the translation
 * table, hash size and offset); each table entry is (length, offset) of a
 * NUL-terminated string.  A plural entry's msgid is "singular\0plural" and its
 * msgstr holds every form, NUL-separated.  The hash table is not used: the entries
 * are sorted here (msgfmt writes them sorted, but nothing relies on that) and found
 * by binary search. */

typedef struct mo_entry {
    const char *id;      /* the singular msgid */
    const char *str;     /* the forms, NUL-separated */
    uint32_t str_len;    /* bytes of str, without the final NUL */
} mo_entry;

typedef struct catalogue {
    char *data;          /* the file; every string points into it */
    mo_entry *e;
    size_t n;
    int nplurals;        /* from the header's Plural-Forms; 2 when not given */
} catalogue;

static catalogue cats[LANG_COUNT];
/* Whether cats[l] has been read (or found missing).  i18n_init reads nothing: a
 * language's catalogue is read at its first lookup, so a run in English reads none
 * and a run in one Chinese variety reads one, not all three (1.3 ms of --version). */
static bool cat_read[LANG_COUNT];
static bool read_on_demand;

#define MO_MAGIC 0x950412deu
#define MO_SWAPPED 0xde120495u
enum { MO_MAX = 16 * 1024 * 1024 };

static uint32_t swap32(uint32_t v)
{
    return (v >> 24) | ((v >> 8) & 0xff00u) | ((v << 8) & 0xff0000u) | (v << 24);
}

static uint32_t word_at(const char *data, size_t off, bool swapped)
{
    uint32_t v;
    memcpy(&v, data + off, sizeof v);
    return swapped ? swap32(v) : v;
}

/* The string of table entry i, or NULL when it lies outside the file. */
static const char *mo_string(const char *data, size_t size, size_t table, size_t i, bool swapped, uint32_t *len)
{
    size_t at = table + i * 8;
    if (at + 8 > size)
        return NULL;
    uint32_t l = word_at(data, at, swapped), off = word_at(data, at + 4, swapped);
    if ((size_t)off >= size || (size_t)l >= size - off || data[off + l] != '\0')
        return NULL;
    *len = l;
    return data + off;
}

static int entry_cmp(const void *x, const void *y)
{
    return strcmp(((const mo_entry *)x)->id, ((const mo_entry *)y)->id);
}

static void catalogue_free(catalogue *c)
{
    free(c->data);
    free(c->e);
    *c = (catalogue){ 0 };
}

static const mo_entry *catalogue_find(const catalogue *c, const char *msgid)
{
    if (!c->n)
        return NULL;
    mo_entry key = { .id = msgid };
    return bsearch(&key, c->e, c->n, sizeof *c->e, entry_cmp);
}

/* nplurals=N in the header (the translation of ""); 2 when absent. */
static int header_nplurals(const catalogue *c)
{
    const mo_entry *h = catalogue_find(c, "");
    const char *p = h ? strstr(h->str, "nplurals=") : NULL;
    if (!p)
        return 2;
    int n = atoi(p + strlen("nplurals="));
    return n >= 1 && n <= 6 ? n : 2;
}

static bool catalogue_read(catalogue *c, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    char *data = NULL;
    size_t size = 0, cap = 0;
    for (;;) {
        if (size == cap) {
            if (cap >= MO_MAX)
                break;
            cap = cap ? cap * 2 : 64 * 1024;
            data = xrealloc(data, cap);
        }
        size_t got = fread(data + size, 1, cap - size, f);
        if (!got)
            break;
        size += got;
    }
    bool read_ok = !ferror(f) && size < MO_MAX;
    fclose(f);
    bool ok = read_ok && size >= 28;
    bool swapped = false;
    if (ok) {
        uint32_t magic = word_at(data, 0, false);
        swapped = magic == MO_SWAPPED;
        ok = magic == MO_MAGIC || swapped;
    }
    size_t n = ok ? word_at(data, 8, swapped) : 0;
    size_t orig = ok ? word_at(data, 12, swapped) : 0, trans = ok ? word_at(data, 16, swapped) : 0;
    ok = ok && n <= size / 8;
    mo_entry *e = ok ? xcalloc(n ? n : 1, sizeof *e) : NULL;
    for (size_t i = 0; ok && i < n; i++) {
        uint32_t idl, strl;
        e[i].id = mo_string(data, size, orig, i, swapped, &idl);
        e[i].str = mo_string(data, size, trans, i, swapped, &strl);
        e[i].str_len = strl;
        ok = e[i].id && e[i].str;
    }
    if (!ok) {
        free(data);
        free(e);
        return false;
    }
    qsort(e, n, sizeof *e, entry_cmp);
    catalogue_free(c);
    *c = (catalogue){ .data = data, .e = e, .n = n };
    c->nplurals = header_nplurals(c);
    return true;
}

static bool read_lang(lang_t l, const char *dir)
{
    cat_read[l] = true;
    const char *name = lang_catalog(l);
    if (!name)
        return false; /* English: the msgids are the English */
    char path[4096];
    snprintf(path, sizeof path, "%s/%s/LC_MESSAGES/%s.mo", dir, name, TEXT_DOMAIN);
    return catalogue_read(&cats[l], path);
}

int i18n_load(const char *dir)
{
    int found = 0;
    read_on_demand = false;
    for (int l = 0; l < LANG_COUNT; l++) {
        catalogue_free(&cats[l]);
        found += read_lang((lang_t)l, dir);
    }
    return found;
}

void i18n_init(void)
{
    for (int l = 0; l < LANG_COUNT; l++) {
        catalogue_free(&cats[l]);
        cat_read[l] = false;
    }
    read_on_demand = true;
}

static const catalogue *catalogue_of(lang_t lang)
{
    if (!cat_read[lang] && read_on_demand) {
        if (lang_catalog(lang))
            read_lang(lang, paths_locale_dir());
        else
            cat_read[lang] = true; /* English: no catalogue, so no need to find where they are */
    }
    return &cats[lang];
}

const char *tr(lang_t lang, const char *msgid)
{
    if (!msgid || !*msgid || lang >= LANG_COUNT)
        return msgid;
    const mo_entry *e = catalogue_find(catalogue_of(lang), msgid);
    return e && e->str[0] ? e->str : msgid;
}

const char *ntr(lang_t lang, const char *singular, const char *plural, unsigned long n)
{
    const char *fallback = n == 1 ? singular : plural;
    if (lang >= LANG_COUNT)
        return fallback;
    const catalogue *c = catalogue_of(lang);
    const mo_entry *e = catalogue_find(c, singular);
    if (!e)
        return fallback;
    /* Chinese has one form; for two forms this is English's rule (n != 1). */
    int form = c->nplurals == 1 ? 0 : n != 1;
    const char *s = e->str, *end = e->str + e->str_len;
    for (int k = 0; k < form && s < end; k++)
        s += strlen(s) + 1;
    return s < end && *s ? s : fallback;
}

void i18n_set_lang(lang_t lang) { message_lang = lang < LANG_COUNT ? lang : LANG_EN; }

lang_t i18n_lang(void) { return message_lang; }
