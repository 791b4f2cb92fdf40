/* The interactive explorer. */
#ifndef VE_TUI_H
#define VE_TUI_H

#include "cli/options.h"
#include "content/store.h"

/* Runs the explorer until the user quits; returns the exit status. */
int tui_run(store *st, const options *o);

#endif
