/* The interactive explorer. */
#ifndef VE_TUI_H
#define VE_TUI_H

#include "cli/options.h"
#include "content/store.h"

/* Work the owner of the store finishes once the first screen is up (deriving the
 * zh-Hans texts, so English and 繁體 never wait for OpenCC).  Returns NULL, or why
 * 简体 cannot be offered.  The explorer itself only reads the store. */
typedef const char *(*tui_after_first_frame)(void *ctx);

/* Runs the explorer until the user quits; returns the exit status.  after may be NULL. */
int tui_run(const store *st, const options *o, tui_after_first_frame after, void *ctx);

#endif
