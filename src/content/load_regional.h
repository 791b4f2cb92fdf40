/* Reading the regional term table (regional-terms.json) into store.regional. */
#ifndef VE_LOAD_REGIONAL_H
#define VE_LOAD_REGIONAL_H

#include "content/diag.h"
#include "content/store.h"

/* Reads dir/regional-terms.json; its sources must already be loaded (references).
 * A missing file is a warning: the varieties then differ only in script. */
void load_regional(store *st, diag *d, const char *dir);

#endif
