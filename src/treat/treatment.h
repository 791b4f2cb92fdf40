/* Treatment options for the comparison screens (content/treatments/). */
#ifndef VE_TREATMENT_H
#define VE_TREATMENT_H

#include "content/store.h"

typedef struct treatment {
    const char *id;
    ltext name;
} treatment;

/* Calls fn for every text of every treatment (for zh-Hans derivation and search). */
void treatment_each_text(store *st, ltext_visitor fn, void *ctx);
void treatment_each_words(store *st, lwords_visitor fn, void *ctx);

#endif
