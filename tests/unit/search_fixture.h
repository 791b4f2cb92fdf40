/* A fixture store (tests/fixtures/NAME) with every variety made, as the program's
 * start-up makes it, and its search index: the set-up the search tests share. */
#ifndef VE_TEST_SEARCH_FIXTURE_H
#define VE_TEST_SEARCH_FIXTURE_H

#include "test_util.h"

#include "search/search.h"

typedef struct search_fixture {
    store st;
    search_index *ix;
} search_fixture;

static inline int search_fixture_setup(void **state, const char *name)
{
    search_fixture *f = calloc(1, sizeof *f);
    char dir[4096], err[256];
    fixture_path(dir, sizeof dir, name);
    if (!load_store_at(&f->st, dir)) {
        free(f);
        return -1;
    }
    if (!store_derive_all(&f->st, err, sizeof err)) {
        fprintf(stderr, "%s\n", err);
        store_free(&f->st);
        free(f);
        return -1;
    }
    f->ix = search_build(&f->st);
    *state = f;
    return 0;
}

static inline int search_fixture_teardown(void **state)
{
    search_fixture *f = *state;
    search_free(f->ix);
    store_free(&f->st);
    free(f);
    return 0;
}

#endif
