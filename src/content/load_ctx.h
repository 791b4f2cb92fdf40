/* Shared helpers for reading one content file: typed field access that reports
 * problems as FILE:LINE:COL with a JSON path.  Every loader (topics, glossary,
 * treatments, ...) reads through these, so messages look the same everywhere. */
#ifndef VE_LOAD_CTX_H
#define VE_LOAD_CTX_H

#include <stdbool.h>
#include <stddef.h>

#include <cJSON.h>

#include "content/diag.h"
#include "content/store.h"

typedef struct node_pos node_pos;

typedef struct load_ctx {
    store *st;
    diag *d;
    const char *file;   /* relative path, for messages */
    const char *text;   /* the file's bytes */
    size_t len;
    const cJSON *root;  /* the parsed file */
    node_pos *pos;      /* where each JSON value starts, sorted by node: made at the first
                         * message (a second scan of the file that a clean file never needs) */
    size_t npos;
} load_ctx;

/* Reads dir/rel into memory (at most max bytes) and checks it is valid UTF-8.
 * On failure reports the problem and returns NULL.  Free with free(). */
char *lc_read_file(diag *d, const char *dir, const char *rel, size_t max, size_t *len);

/* The *.json file names in dir/sub, sorted so every run reports in the same order.
 * A missing folder is an error when required, else an empty list.  Free each name
 * and the array. */
char **lc_list_json(diag *d, const char *dir, const char *sub, bool required, size_t *n);

/* qsort comparison of two file names (char *). */
int lc_cmp_name(const void *a, const void *b);

/* Parses text; on a syntax error reports FILE:LINE:COL and returns NULL.
 * On success fills ctx (call lc_done afterwards). */
cJSON *lc_parse(load_ctx *ctx, store *st, diag *d, const char *file, const char *text, size_t len);
void lc_done(load_ctx *ctx, cJSON *root);

/* Reports at the position of node (or the whole file when node is NULL). */
void lc_error(load_ctx *ctx, const cJSON *node, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Reports an error about a value of dir/file found after that file was read and let
 * go (a reference into a file read later): reads it again and reports at the node
 * find(root, user) returns, or without a position when there is none. */
typedef const cJSON *(*lc_find_fn)(const cJSON *root, const void *user);
void lc_error_later(store *st, diag *d, const char *dir, const char *file, lc_find_fn find, const void *user,
                    const char *path, const char *fmt, ...) __attribute__((format(printf, 8, 9)));
void lc_warn(load_ctx *ctx, const cJSON *node, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Field readers.  obj is the enclosing object, path its JSON path ("" for the root).
 * Each reports a missing (when required) or mistyped field and returns false. */
bool lc_string(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, bool required,
               const char **out);
bool lc_int(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, bool required, int *out);
bool lc_bool(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, bool *out);
/* A {"en": ..., "zh-Hant": ...} object; both languages required and non-empty. */
bool lc_ltext(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, bool required, ltext *out);
bool lc_ltext_value(load_ctx *ctx, const cJSON *val, const char *path, ltext *out);
/* A {"en": [...], "zh-Hant": [...]} object of word lists. */
bool lc_lwords(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, bool required, lwords *out);
/* A list of id strings; *out is arena memory. */
bool lc_idlist(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, bool required,
               const char ***out, size_t *n);
/* A list of one of the given words, e.g. {"nsv","sv"}; sets bit i of *mask for words[i]. */
bool lc_enumlist(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, bool required,
                 const char *const *words, size_t nwords, unsigned *mask);
/* One of the given words; *out is its index. */
bool lc_enum(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, bool required,
             const char *const *words, size_t nwords, int *out);
/* A YYYY-MM-DD calendar date. */
/* An icon array's numbers: "count" and "total" of obj (key NULL) or of the object
 * obj[key].  total must be ICONS_TOTAL and count 0..total.  Warns when a language
 * of text (may be NULL) does not give both numbers in words. */
enum { ICONS_TOTAL = 10 };
bool lc_icons(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, const ltext *text, int *count,
              int *total);

bool lc_date(load_ctx *ctx, const cJSON *obj, const char *path, const char *key, char out[11]);

/* Warns about fields not in the known list (a typo, usually) and about repeated keys. */
void lc_unknown_fields(load_ctx *ctx, const cJSON *obj, const char *path, const char *const *known);

/* Requires obj to be an object; reports otherwise. */
bool lc_is_object(load_ctx *ctx, const cJSON *obj, const char *path);

/* A lower-case id: letters, digits, '-', '_'. */
bool lc_valid_id(const char *id);

/* Writes "base.key" or "base[i]" into buf. */
const char *lc_path_key(char *buf, size_t n, const char *base, const char *key);
const char *lc_path_index(char *buf, size_t n, const char *base, const char *key, size_t i);

enum { LC_PATH_MAX = 256 };

#endif
