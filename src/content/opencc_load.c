#include "content/opencc_load.h"

#include <dlfcn.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"

void *(*opencc_dlopen)(const char *file, int mode) = dlopen;

/* By soname, newest first: 1.1 is OpenCC 1.1.x (Debian 11, 12 and 13: libopencc1.1),
 * 2 is OpenCC 1.0.x (Debian 10: libopencc2), which has the same C API.  The plain
 * name comes last, for a build of OpenCC from source (it exists only with a -dev
 * package or a local install). */
static const char *const library_names[] = { "libopencc.so.1.1", "libopencc.so.2", "libopencc.so" };

static opencc_api api;
static bool loaded;
/* the loader of the last attempt: one attempt per process, unless a test swaps it */
static void *(*tried_with)(const char *file, int mode);

/* dlsym gives an object pointer; POSIX guarantees it converts to a function pointer,
 * ISO C does not, so copy the bytes. */
static bool resolve(void *lib, const char *name, void *fn, size_t size)
{
    void *p = dlsym(lib, name);
    if (!p || size != sizeof p)
        return false;
    memcpy(fn, &p, size);
    return true;
}

static bool load(void)
{
    for (size_t i = 0; i < sizeof library_names / sizeof *library_names; i++) {
        void *lib = opencc_dlopen(library_names[i], RTLD_LAZY | RTLD_LOCAL);
        if (!lib)
            continue;
        /* kept open for the rest of the process: converters may be opened again */
        if (resolve(lib, "opencc_open", &api.open, sizeof api.open) &&
            resolve(lib, "opencc_convert_utf8", &api.convert_utf8, sizeof api.convert_utf8) &&
            resolve(lib, "opencc_convert_utf8_free", &api.convert_utf8_free, sizeof api.convert_utf8_free) &&
            resolve(lib, "opencc_close", &api.close, sizeof api.close) &&
            resolve(lib, "opencc_error", &api.error, sizeof api.error))
            return true;
        dlclose(lib); /* not the OpenCC this program was written for: try the next name */
    }
    return false;
}

const opencc_api *opencc_load(char *err, size_t errn)
{
    if (tried_with != opencc_dlopen) {
        tried_with = opencc_dlopen;
        loaded = load();
    }
    if (loaded)
        return &api;
    snprintf(err, errn, "%s",
             _("Making the 简体 texts of a content folder needs OpenCC: install libopencc1.1 "
               "(apt-get install libopencc1.1), or use the compiled content pack"));
    return NULL;
}
