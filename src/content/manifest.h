/* content/MANIFEST: the SHA-256 of every content file, in sha256sum's format
 * ("<64 hex digits>  <path relative to the content folder>"), written by `make`
 * (tools/make-manifest.sh).  It finds files that were changed, damaged or cut short
 * after the build: --check-content reports them, and kiosk mode shows their topics
 * as "temporarily unavailable".  It guards against damage, not against someone who
 * can write the content folder (they can rewrite the manifest too). */
#ifndef VE_MANIFEST_H
#define VE_MANIFEST_H

#include <stdbool.h>
#include <stddef.h>

#include "content/diag.h"
#include "core/idmap.h"

/* MANIFEST_FILE_MAX only refuses what cannot be a manifest: a line is about 100 bytes,
 * so 256 MiB lists millions of files (the old 1 MiB stopped at about 11,000, and kiosk
 * mode then checked nothing). */
enum { MANIFEST_SHA_LEN = 32, MANIFEST_FILE_MAX = 256 * 1024 * 1024 };

typedef struct manifest_entry {
    char *path;
    unsigned char sha[MANIFEST_SHA_LEN];
} manifest_entry;

typedef struct manifest {
    manifest_entry *v;
    size_t n, cap;
    bool present;      /* the folder has a MANIFEST */
    idmap by_path;     /* path -> index into v (the first line that names it) */
} manifest;

/* Parses the text of a MANIFEST; malformed lines are reported as MANIFEST:LINE:COL
 * errors and skipped.  Returns false when there was any. */
bool manifest_parse(manifest *m, const char *text, size_t len, diag *d);

/* Reads dir/MANIFEST.  A missing file leaves m empty with present false (not an error). */
bool manifest_load(manifest *m, const char *dir, diag *d);

void manifest_free(manifest *m);

typedef enum { MANIFEST_MATCH, MANIFEST_CHANGED, MANIFEST_UNLISTED } manifest_verdict;

/* Checks the bytes of the file rel against the manifest. */
manifest_verdict manifest_check(const manifest *m, const char *rel, const void *data, size_t len);

/* SHA-256 of data (nettle). */
void manifest_sha256(const void *data, size_t len, unsigned char out[MANIFEST_SHA_LEN]);

/* SHA-256 of the file dir/MANIFEST itself (what a content pack records, so a pack that
 * no longer matches its JSON is noticed); false when it cannot be read. */
bool manifest_file_sha256(const char *dir, unsigned char out[MANIFEST_SHA_LEN]);

/* --check-content: checks every file the manifest lists and reports, by name, each
 * one that is missing, changed or cut short (errors), and each .json file the
 * manifest does not list (warnings).  Returns false when the manifest is missing
 * (*present false) or anything was wrong. */
bool manifest_verify_dir(const char *dir, diag *d, bool *present);

#endif
