/* The MANIFEST parser and checker. */
#include <string.h>

#include "content/manifest.h"
#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    manifest m = { 0 };
    diag d = { 0 };
    manifest_parse(&m, (const char *)data, size, &d);
    for (size_t i = 0; i < m.n; i++) {
        const char *p = m.v[i].path;
        FUZZ_ASSERT(p[0] != '/' && strncmp(p, "..", 2) != 0 && strstr(p, "/..") == NULL);
        FUZZ_ASSERT(manifest_check(&m, m.v[i].path, data, size) != MANIFEST_UNLISTED);
    }
    manifest_free(&m);
    diag_free(&d);
    return 0;
}
