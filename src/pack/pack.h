/* The compiled content pack (docs/pack-format.md): a store written once by
 * --write-pack (or make) and opened with mmap, so opening costs the same at any size
 * and a topic's body is read (and its checksums checked) only when it is shown.
 * Never includes curses. */
#ifndef VE_PACK_H
#define VE_PACK_H

#include <stdbool.h>
#include <stddef.h>

#include "content/load.h"
#include "content/store.h"

struct search_index;

enum { PACK_MANIFEST_SUM_LEN = 32 };

/* The sum of the file dir/MANIFEST as a pack records the MANIFEST it was made from
 * (XXH3-128, then 16 zero bytes); false when the file cannot be read.  It tells a
 * pack made before the JSON was edited, so it needs no cryptographic hash. */
bool pack_manifest_sum(const char *dir, unsigned char out[PACK_MANIFEST_SUM_LEN]);

/* Writes st (every variety derived: store_derive_all) to path atomically (path.tmp,
 * fsync, rename).  manifest_sum is the sum of the MANIFEST st was loaded with
 * (pack_manifest_sum), or NULL.  Returns false with a message in err. */
bool pack_write(const store *st, const unsigned char *manifest_sum, const char *path, char *err, size_t errn);

/* Opens the pack at path into st (opts: the clinic's contact and today, as for
 * store_load; lenient is not used: a damaged topic body is always "unavailable").
 * The strings of st point into the mapping; store_free unmaps it.  Returns false with
 * a message saying what is wrong and how to fix it in err; st is then empty. */
bool pack_open(const char *path, store *st, const load_opts *opts, char *err, size_t errn);

/* The same for a pack already in memory at data (8-byte aligned; it must outlive st);
 * name is used in messages. */
bool pack_open_memory(const char *name, const void *data, size_t len, store *st, const load_opts *opts, char *err,
                      size_t errn);

/* Whether st was opened from a pack, and the sum of the MANIFEST it was made from
 * (pack_manifest_sum's 32 bytes; false when it records none). */
bool pack_store_manifest(const store *st, unsigned char out[PACK_MANIFEST_SUM_LEN]);

/* The search index for st: from the pack when it holds one, else built (search_build).
 * Free it with search_free. */
struct search_index *store_search_index(const store *st);

#endif
