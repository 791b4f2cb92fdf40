/* Linked only into build/no-opencc/vitiligo-explorer: the program as it runs on a
 * machine where OpenCC is not installed (tests/cli/test_without_opencc.py). */
#include <stddef.h>

#include "content/opencc_load.h"

static void *no_library(const char *file, int mode)
{
    (void)file;
    (void)mode;
    return NULL;
}

__attribute__((constructor)) static void without_opencc(void)
{
    opencc_dlopen = no_library;
}
