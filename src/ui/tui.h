/* The interactive explorer. */
#ifndef VE_TUI_H
#define VE_TUI_H

#include <stdbool.h>

#include "content/store.h"
#include "core/lang.h"
#include "kiosk/staff.h"

/* What the explorer needs from the command line and the configuration file. */
typedef struct tui_settings {
    lang_t lang;
    lang_list languages;     /* the language key's cycle; n == 0: every language */
    bool kiosk;
    int idle_seconds;        /* 0: the default */
    const char *theme;       /* NULL: the default */
    staff_spec staff;        /* the kiosk's staff exit */
} tui_settings;

/* Work the owner of the store finishes once the first screen is up (deriving the
 * Hong Kong and mainland texts, so the first screen never waits for OpenCC).  Returns
 * NULL, or why a variety cannot be offered.  The explorer itself only reads the store. */
typedef const char *(*tui_after_first_frame)(void *ctx);

/* Runs the explorer until the user quits; returns the exit status.  after may be NULL. */
int tui_run(const store *st, const tui_settings *o, tui_after_first_frame after, void *ctx);

#endif
