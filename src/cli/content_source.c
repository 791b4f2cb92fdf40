/* Where the content comes from: a content folder (JSON, compiled in memory), a content
 * pack (mapped), or by default the pack `make` builds, falling back to the folder when
 * the pack is missing or older than the folder's MANIFEST.  And --write-pack. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/commands.h"
#include "content/load.h"
#include "core/i18n.h"
#include "core/paths.h"
#include "pack/pack.h"

static load_opts opts_of(const options *o)
{
    return (load_opts){ .lenient = o->kiosk, .today = o->today, .clinic_contact = o->clinic_contact,
                        .clinic_contact_zh = o->clinic_contact_zh };
}

static bool load_or_explain(store *st, const options *o, const char *dir)
{
    if (!content_dir_exists(dir))
        return false;
    diag d = { 0 };
    load_opts lo = opts_of(o);
    bool ok = store_load(st, dir, &lo, &d);
    if (!ok) {
        diag_print(&d, stderr);
        fprintf(stderr,
                P_("vitiligo-explorer: the content in %s has %zu error and was not loaded. Fix it (see "
                   "content/README.md), or check with: vitiligo-explorer --check-content %s\n",
                   "vitiligo-explorer: the content in %s has %zu errors and was not loaded. Fix them (see "
                   "content/README.md), or check with: vitiligo-explorer --check-content %s\n",
                   d.errors),
                dir, d.errors, dir);
    } else if (o->kiosk && d.warnings)
        diag_print(&d, stderr); /* damaged topics, for the system journal */
    diag_free(&d);
    return ok;
}

static bool open_pack(store *st, const options *o, const char *path)
{
    char err[2048];
    load_opts lo = opts_of(o);
    if (pack_open(path, st, &lo, err, sizeof err))
        return true;
    fprintf(stderr, "vitiligo-explorer: %s\n", err);
    return false;
}

static bool is_file(const char *path)
{
    struct stat sb;
    return stat(path, &sb) == 0 && !S_ISDIR(sb.st_mode);
}

/* No --content: the default pack, unless it is missing or was made from other JSON
 * than the default folder holds now (an edit after make); then the folder, with one
 * line saying why and how to rebuild the pack. */
static bool open_default(store *st, const options *o)
{
    const char *dir = paths_default_content(), *pack = paths_default_pack();
    if (access(pack, F_OK) != 0) {
        fprintf(stderr,
                _("vitiligo-explorer: there is no content pack at %s, so the content is read from %s (slower); "
                  "build the pack with: make, or vitiligo-explorer --write-pack %s\n"),
                pack, dir, pack);
        return load_or_explain(st, o, dir);
    }
    if (!open_pack(st, o, pack))
        return false;
    unsigned char made_from[PACK_MANIFEST_SUM_LEN], now[PACK_MANIFEST_SUM_LEN];
    if (pack_manifest_sum(dir, now) &&
        (!pack_store_manifest(st, made_from) || memcmp(made_from, now, sizeof now) != 0)) {
        store_free(st);
        fprintf(stderr,
                _("vitiligo-explorer: the content in %s was changed after the content pack %s was made, so the "
                  "content is read from the folder (slower); rebuild the pack with: make, or vitiligo-explorer "
                  "--write-pack %s\n"),
                dir, pack, pack);
        return load_or_explain(st, o, dir);
    }
    return true;
}

bool content_open(store *st, const options *o)
{
    if (!o->content_dir)
        return open_default(st, o);
    if (is_file(o->content_dir))
        return open_pack(st, o, o->content_dir);
    return load_or_explain(st, o, o->content_dir);
}

int cmd_write_pack(const options *o)
{
    const char *dir = o->content_dir ? o->content_dir : paths_default_content();
    store st;
    options strict = *o;
    strict.kiosk = false; /* a pack is made only from content without errors */
    if (!load_or_explain(&st, &strict, dir))
        return 2;
    char err[1024];
    unsigned char sum[PACK_MANIFEST_SUM_LEN];
    bool ok = store_derive_all(&st, err, sizeof err);
    if (ok)
        ok = pack_write(&st, pack_manifest_sum(dir, sum) ? sum : NULL, o->write_pack, err, sizeof err);
    if (!ok)
        fprintf(stderr, "vitiligo-explorer: %s\n", err);
    store_free(&st);
    return ok ? 0 : 2;
}
