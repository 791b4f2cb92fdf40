/* The non-interactive modes.  Each returns the exit status. */
#ifndef VE_COMMANDS_H
#define VE_COMMANDS_H

#include "cli/options.h"
#include "content/store.h"
#include "content/treatment.h"

int cmd_list(const store *st, const options *o);
int cmd_show(const store *st, const options *o);
/* strict: also the checks of --strict (safety floors of the option rules, terms used
 * before they are explained). */
int cmd_check_content(const char *dir, bool strict, long today);
/* False, with a message that names the folder and the fix, when dir is not a folder. */
bool content_dir_exists(const char *dir);
/* Opens the content --content names (a folder or a pack), or the default (src/cli/content_source.c);
 * false after a message on stderr. */
bool content_open(store *st, const options *o);
/* --write-pack FILE: compiles the content folder into a pack. */
int cmd_write_pack(const options *o);
int cmd_search(store *st, const options *o);      /* src/cli/cmd_search.c */
int cmd_treatments(store *st, const options *o);  /* src/cli/cmd_treatments.c */
int cmd_compare(store *st, const options *o);     /* src/cli/cmd_treatments.c */

int cmd_sheet(store *st, const options *o);       /* src/cli/cmd_sheet.c */

/* Shared by --treatments, --compare and --sheet (src/cli/cmd_treatments.c); each
 * prints its one-line error and returns false on a mistake. */
/* The situation from --type, --activity, --site, --age, --pregnant, --priority. */
bool situation_from_options(const options *o, situation *s);
/* Splits "a,b,c" (--compare) into 2 to 4 option indices. */
bool parse_ids(const store *st, const char *list, lang_t lang, size_t *out, size_t *n);

/* The width for printed text: --width, else the terminal's, else 80. */
int output_width(const options *o);

#endif
