/* Loading and validating a content directory. */
#ifndef VE_LOAD_H
#define VE_LOAD_H

#include <stdbool.h>

#include "content/diag.h"
#include "content/store.h"

typedef struct load_opts {
    bool lenient;   /* kiosk: a damaged topic file becomes an "unavailable" topic instead of failing */
    long today;     /* days since 1970-01-01 for the review-date warning; 0 means today */
    /* the clinic's own contact from the kiosk settings (NULL: none), kept with the
     * content so it is shown, and put into 简体, like any other text */
    const char *clinic_contact, *clinic_contact_zh;
    /* --check-content: make every text in every Chinese variety as it is loaded and
     * check it, so a problem is reported at its FILE:LINE:COL */
    bool check_varieties;
} load_opts;

/* Loads dir into st.  Every problem goes into d.  Returns false when there was any
 * error; st is then empty (never half loaded).  Warnings alone do not fail. */
bool store_load(store *st, const char *dir, const load_opts *opts, diag *d);

/* Hook for src/treat: reads treatments/ into st (called by store_load after topics). */
void load_treatments(store *st, diag *d);

enum { CONTENT_FILE_MAX = 4 * 1024 * 1024 };

#endif
