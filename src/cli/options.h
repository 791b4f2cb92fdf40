/* The command line, parsed.  Every mode reads its settings from here. */
#ifndef VE_OPTIONS_H
#define VE_OPTIONS_H

#include <stdbool.h>

#include "core/lang.h"
#include "kiosk/config.h"
#include "kiosk/staff.h"

typedef enum {
    MODE_TUI,
    MODE_LIST,
    MODE_SHOW,
    MODE_SEARCH,
    MODE_TREATMENTS,
    MODE_COMPARE,
    MODE_SHEET,
    MODE_CHECK_CONTENT,
    MODE_WRITE_PACK,
    MODE_HELP,
    MODE_VERSION,
} run_mode;

typedef struct options {
    run_mode mode;
    lang_t lang;
    bool lang_given;
    lang_list languages;       /* the language key's cycle; n == 0: every language */
    const char *content_dir;   /* a folder or a pack; NULL: the default */
    const char *write_pack;    /* --write-pack FILE */
    const char *show_id;
    const char *query;
    const char *compare_ids;
    bool sheet;                /* --sheet: print a visit sheet */
    const char *sheet_code;    /* --sheet CODE; NULL: made from the situation options and --compare */
    int width;                 /* 0: the terminal's, else 80 */
    bool no_wrap;              /* --width 0 with --sheet: one line per paragraph, as the QR codes hold it */
    int limit;                 /* search results; 0: default */
    bool json;
    bool strict;               /* --check-content --strict */
    long today;                /* --today: days since 1970-01-01; 0: the clock */
    /* --treatments situation; NULL when not given */
    const char *sit_type, *sit_activity, *sit_site, *sit_age, *sit_priority;
    bool sit_pregnant;
    /* kiosk */
    bool kiosk;                /* --kiosk only: the kiosk units pass it */
    bool config_asks_kiosk;    /* the configuration says kiosk = true, but --kiosk was not given */
    int idle_seconds;          /* 0: default */
    const char *config_file;   /* NULL: /etc/vitiligo-explorer.conf */
    const char *theme;         /* NULL: the default (set by the config file) */
    staff_spec staff;          /* the staff exit (set by the config file; see kiosk/staff.h) */
    const char *clinic_contact, *clinic_contact_zh; /* set by the config file; NULL: none */
} options;

/* Parses argv into o.  On a mistake prints one line saying what is wrong and the
 * valid choices, and returns false (exit status 2). */
bool options_parse(int argc, char **argv, options *o);

void options_print_help(void);

/* The configuration file (src/kiosk/config.h) and the command line, merged in
 * src/cli/settings.c; the command line wins. */
/* Copies what the file set into o where the command line did not set it.  The
 * strings of o then point into c, which must outlive o. */
void kiosk_config_apply(const struct kiosk_config *c, options *o);

/* What main calls: reads o->config_file (which must exist) or the default file (which
 * may be missing), prints any problems to stderr and applies the file to o.  Returns
 * false when the file has errors (the program then exits with status 2). */
bool kiosk_config_setup(struct kiosk_config *c, options *o);

#endif
