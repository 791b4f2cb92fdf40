/* Shared set-up for the unit tests: cmocka, a UTF-8 locale, the fixture paths. */
#ifndef VE_TEST_UTIL_H
#define VE_TEST_UTIL_H

#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "content/load.h"

/* The fixture folder (tests/fixtures), from VE_FIXTURES set by the Makefile. */
static inline const char *fixtures_dir(void)
{
    const char *d = getenv("VE_FIXTURES");
    return d ? d : "tests/fixtures";
}

static inline void fixture_path(char *buf, size_t n, const char *rel)
{
    snprintf(buf, n, "%s/%s", fixtures_dir(), rel);
}

/* Loads the store in dir, printing any problem; false when it has errors. */
static inline bool load_store_at(store *st, const char *dir)
{
    diag d = { 0 };
    bool ok = store_load(st, dir, &(load_opts){ 0 }, &d);
    diag_print(&d, stderr);
    diag_free(&d);
    return ok;
}

/* Loads the fixture store tests/fixtures/content. */
static inline bool load_fixture_store(store *st)
{
    char dir[512];
    fixture_path(dir, sizeof dir, "content");
    return load_store_at(st, dir);
}

/* The fixture store with its zh-Hans texts derived, as the program's start-up does. */
static inline bool load_fixture_store_all_scripts(store *st)
{
    char err[256];
    if (!load_fixture_store(st))
        return false;
    if (store_derive_all(st, err, sizeof err))
        return true;
    fprintf(stderr, "%s\n", err);
    store_free(st);
    return false;
}

static inline void test_locale(void)
{
    if (!setlocale(LC_ALL, "C.UTF-8"))
        fail_msg("C.UTF-8 locale missing");
}

#endif
