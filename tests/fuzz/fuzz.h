/* Shared set-up for the libFuzzer harnesses (tests/fuzz/fuzz_*.c).  Each harness is
 * built twice: with clang -fsanitize=fuzzer for `make fuzz`, and with replay.c as its
 * main for `make check`, which runs every committed corpus and regression input once. */
#ifndef VE_FUZZ_H
#define VE_FUZZ_H

#include <locale.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "content/load.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* The program always runs with a UTF-8 LC_CTYPE (see locale_init). */
static inline void fuzz_locale(void)
{
    if (!setlocale(LC_ALL, "C.UTF-8")) {
        fprintf(stderr, "fuzz: the C.UTF-8 locale is missing\n");
        abort();
    }
}

/* Loads the fixture store (VE_FIXTURES, else tests/fixtures) into st, or stops. */
static inline void fuzz_load_fixture_store(store *st)
{
    const char *fx = getenv("VE_FIXTURES");
    char dir[512];
    snprintf(dir, sizeof dir, "%s/content", fx ? fx : "tests/fixtures");
    diag d = { 0 };
    if (!store_load(st, dir, &(load_opts){ 0 }, &d)) {
        diag_print(&d, stderr);
        abort();
    }
    diag_free(&d);
}

/* Stops the run with a report when an invariant does not hold. */
#define FUZZ_ASSERT(cond)                                                              \
    do {                                                                               \
        if (!(cond)) {                                                                 \
            fprintf(stderr, "fuzz: %s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                                   \
        }                                                                              \
    } while (0)

#endif
