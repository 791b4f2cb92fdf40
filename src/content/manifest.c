#include "content/manifest.h"

#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <nettle/sha2.h>

#include "core/dynlib.h"
#include "core/strbuf.h"
#include "core/xalloc.h"

/* nettle is loaded the first time a SHA-256 is needed (a content folder checked
 * against its MANIFEST: --check-content, or a kiosk reading JSON), as OpenCC and
 * libqrencode are: opening the compiled pack needs none (its sums are XXH3), and a
 * library linked at start-up cost every start about 0.3 ms here.  The Debian package
 * depends on libnettle8 by name, since dpkg-shlibdeps cannot see it. */
void *(*manifest_dlopen)(const char *file, int mode) = dlopen;

static const char *const nettle_names[] = { "libnettle.so.8", "libnettle.so" };
static struct {
    void (*init)(struct sha256_ctx *ctx);
    void (*update)(struct sha256_ctx *ctx, size_t length, const uint8_t *data);
    void (*digest)(struct sha256_ctx *ctx, size_t length, uint8_t *digest);
} nettle;
static const dynlib_sym nettle_symbols[] = {
    { "nettle_sha256_init", &nettle.init, sizeof nettle.init },
    { "nettle_sha256_update", &nettle.update, sizeof nettle.update },
    { "nettle_sha256_digest", &nettle.digest, sizeof nettle.digest },
};
static dynlib nettle_library = { nettle_names, sizeof nettle_names / sizeof *nettle_names, nettle_symbols,
                                 sizeof nettle_symbols / sizeof *nettle_symbols, NULL, false };

bool manifest_can_check(void) { return dynlib_ready(&nettle_library, manifest_dlopen); }

bool manifest_sha256(const void *data, size_t len, unsigned char out[MANIFEST_SHA_LEN])
{
    if (!manifest_can_check())
        return false;
    struct sha256_ctx ctx;
    nettle.init(&ctx);
    nettle.update(&ctx, len, data);
    nettle.digest(&ctx, MANIFEST_SHA_LEN, out);
    return true;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* A path as make-manifest.sh writes it: relative, no "..", no control characters. */
static bool sane_path(const char *p, size_t n)
{
    if (n == 0 || p[0] == '/')
        return false;
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)p[i] < 0x20 || p[i] == '\\')
            return false;
        if (p[i] == '.' && i + 1 < n && p[i + 1] == '.' && (i == 0 || p[i - 1] == '/'))
            return false;
    }
    return true;
}

static bool parse_line(manifest *m, const char *s, size_t n, int line, diag *d)
{
    if (n && s[n - 1] == '\r')
        n--;
    if (n == 0)
        return true;
    unsigned char sha[MANIFEST_SHA_LEN];
    size_t i = 0;
    for (; i < 2 * MANIFEST_SHA_LEN; i++) {
        int v = i < n ? hexval(s[i]) : -1;
        if (v < 0) {
            diag_add(d, DIAG_ERROR, "MANIFEST", line, (int)i + 1,
                     "expected 64 hex digits, two spaces and a file name; run make to write the manifest again");
            return false;
        }
        if (i % 2 == 0)
            sha[i / 2] = (unsigned char)(v << 4);
        else
            sha[i / 2] |= (unsigned char)v;
    }
    /* "  name" (text mode) or " *name" (binary mode) */
    if (n < i + 3 || s[i] != ' ' || (s[i + 1] != ' ' && s[i + 1] != '*')) {
        diag_add(d, DIAG_ERROR, "MANIFEST", line, (int)i + 1,
                 "expected two spaces and a file name after the checksum; run make to write the manifest again");
        return false;
    }
    const char *path = s + i + 2;
    size_t plen = n - i - 2;
    if (!sane_path(path, plen)) {
        diag_add(d, DIAG_ERROR, "MANIFEST", line, (int)i + 3,
                 "the file name must be relative to the content folder; run make to write the manifest again");
        return false;
    }
    XGROW(m->v, m->cap, m->n + 1);
    m->v[m->n].path = xstrndup(path, plen);
    memcpy(m->v[m->n].sha, sha, sizeof sha);
    idmap_put(&m->by_path, m->v[m->n].path, m->n);
    m->n++;
    return true;
}

bool manifest_parse(manifest *m, const char *text, size_t len, diag *d)
{
    bool ok = true;
    int line = 0;
    size_t start = 0;
    m->present = true;
    while (start < len) {
        const char *nl = memchr(text + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - text) : len;
        line++;
        ok &= parse_line(m, text + start, end - start, line, d);
        start = end + 1;
    }
    return ok;
}

/* Reads dir/rel whole; NULL with errno set on failure. */
static char *slurp(const char *dir, const char *rel, size_t max, size_t *len)
{
    strbuf path = { 0 };
    sb_printf(&path, "%s/%s", dir, rel);
    FILE *f = fopen(path.s, "rb");
    sb_free(&path);
    if (!f)
        return NULL;
    struct stat sb;
    if (fstat(fileno(f), &sb) != 0 || !S_ISREG(sb.st_mode) || (size_t)sb.st_size > max) {
        fclose(f);
        errno = EINVAL;
        return NULL;
    }
    char *buf = xmalloc((size_t)sb.st_size + 1);
    *len = fread(buf, 1, (size_t)sb.st_size, f);
    fclose(f);
    return buf;
}

bool manifest_load(manifest *m, const char *dir, diag *d)
{
    *m = (manifest){ 0 };
    size_t len = 0;
    char *text = slurp(dir, "MANIFEST", MANIFEST_FILE_MAX, &len);
    if (!text) {
        if (errno == ENOENT)
            return true;
        diag_add(d, DIAG_ERROR, "MANIFEST", 0, 0, "cannot read: %s", strerror(errno));
        return false;
    }
    bool ok = manifest_parse(m, text, len, d);
    free(text);
    return ok;
}

void manifest_free(manifest *m)
{
    for (size_t i = 0; i < m->n; i++)
        free(m->v[i].path);
    free(m->v);
    idmap_free(&m->by_path);
    *m = (manifest){ 0 };
}

static const manifest_entry *find(const manifest *m, const char *rel)
{
    long i = idmap_get(&m->by_path, rel);
    return i >= 0 ? &m->v[i] : NULL;
}

manifest_verdict manifest_check(const manifest *m, const char *rel, const void *data, size_t len)
{
    const manifest_entry *e = find(m, rel);
    if (!e)
        return MANIFEST_UNLISTED;
    unsigned char sha[MANIFEST_SHA_LEN];
    if (!manifest_sha256(data, len, sha))
        return MANIFEST_UNCHECKED;
    return memcmp(sha, e->sha, sizeof sha) == 0 ? MANIFEST_MATCH : MANIFEST_CHANGED;
}

/* Warns about every .json file in dir/sub that the manifest does not list. */
static void unlisted(const manifest *m, const char *dir, const char *sub, diag *d, bool *ok)
{
    strbuf path = { 0 };
    sb_printf(&path, "%s%s%s", dir, *sub ? "/" : "", sub);
    DIR *dh = opendir(path.s);
    sb_free(&path);
    if (!dh)
        return;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(dh))) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < 6 || strcmp(e->d_name + len - 5, ".json") != 0)
            continue;
        strbuf rel = { 0 };
        sb_printf(&rel, "%s%s%s", sub, *sub ? "/" : "", e->d_name);
        if (!find(m, rel.s)) {
            XGROW(names, cap, n + 1);
            names[n++] = sb_take(&rel);
        }
        sb_free(&rel);
    }
    closedir(dh);
    for (size_t i = 0; i < n; i++) {
        for (size_t j = i + 1; j < n; j++)
            if (strcmp(names[j], names[i]) < 0) {
                char *t = names[i];
                names[i] = names[j];
                names[j] = t;
            }
        diag_add(d, DIAG_WARNING, names[i], 0, 0, "not listed in MANIFEST; run make to add it");
        *ok = false;
        free(names[i]);
    }
    free(names);
}

bool manifest_verify_dir(const char *dir, diag *d, bool *present)
{
    manifest m;
    bool ok = manifest_load(&m, dir, d);
    *present = m.present;
    if (!m.present) {
        manifest_free(&m);
        return false;
    }
    if (!manifest_can_check()) {
        diag_add(d, DIAG_ERROR, "MANIFEST", 0, 0, "%s", MANIFEST_NO_NETTLE);
        manifest_free(&m);
        return false;
    }
    for (size_t i = 0; i < m.n; i++) {
        const char *rel = m.v[i].path;
        size_t len = 0;
        char *data = slurp(dir, rel, (size_t)1 << 30, &len);
        if (!data) {
            diag_add(d, DIAG_ERROR, rel, 0, 0, "listed in MANIFEST but %s; restore it from the package or run make",
                     errno == ENOENT ? "missing" : "unreadable");
            ok = false;
            continue;
        }
        if (manifest_check(&m, rel, data, len) != MANIFEST_MATCH) {
            diag_add(d, DIAG_ERROR, rel, 0, 0,
                     "does not match its checksum in MANIFEST: the file was changed, damaged or cut short "
                     "(%zu bytes now); restore it, or run make if you changed it on purpose",
                     len);
            ok = false;
        }
        free(data);
    }
    static const char *const subs[] = { "", "topics", "treatments" };
    for (size_t i = 0; i < sizeof subs / sizeof subs[0]; i++)
        unlisted(&m, dir, subs[i], d, &ok);
    manifest_free(&m);
    return ok;
}
