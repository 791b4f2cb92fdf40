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

/* MANIFEST_UNCHECKED: no SHA-256 could be made (libnettle is missing). */
typedef enum { MANIFEST_MATCH, MANIFEST_CHANGED, MANIFEST_UNLISTED, MANIFEST_UNCHECKED } manifest_verdict;

/* Checks the bytes of the file rel against the manifest. */
manifest_verdict manifest_check(const manifest *m, const char *rel, const void *data, size_t len);

/* SHA-256 of data (nettle, loaded on first use); false when libnettle is missing. */
bool manifest_sha256(const void *data, size_t len, unsigned char out[MANIFEST_SHA_LEN]);

/* Whether SHA-256s can be made: libnettle could be loaded (it is, the first time this
 * is asked).  When it cannot, the files are not checked, and the callers say so with
 * MANIFEST_NO_NETTLE (an error for --check-content, a warning for a kiosk's load). */
bool manifest_can_check(void);
#define MANIFEST_NO_NETTLE                                                                                  \
    "cannot be checked: the nettle library is missing; install it (apt-get install libnettle8)"
/* How nettle is loaded: dlopen, or a test's stand-in for a machine without it. */
extern void *(*manifest_dlopen)(const char *file, int mode);

/* --check-content: checks every file the manifest lists and reports, by name, each
 * one that is missing, changed or cut short (errors), and each .json file the
 * manifest does not list (warnings).  Returns false when the manifest is missing
 * (*present false) or anything was wrong. */
bool manifest_verify_dir(const char *dir, diag *d, bool *present);

#endif
