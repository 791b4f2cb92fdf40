#include "content/load.h"
#include "treat/treatment.h"

void load_treatments(store *st, diag *d)
{
    (void)d;
    st->treatments = NULL;
    st->ntreatments = 0;
}

void treatment_each_text(store *st, ltext_visitor fn, void *ctx)
{
    for (size_t i = 0; i < st->ntreatments; i++)
        fn(&st->treatments[i].name, ctx);
}

void treatment_each_words(store *st, lwords_visitor fn, void *ctx)
{
    (void)st;
    (void)fn;
    (void)ctx;
}
