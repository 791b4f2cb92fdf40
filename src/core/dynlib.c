#include "core/dynlib.h"

#include <dlfcn.h>
#include <string.h>

static bool resolve(void *handle, const dynlib_sym *s)
{
    void *p = dlsym(handle, s->name);
    if (!p || s->size != sizeof p)
        return false;
    memcpy(s->fn, &p, s->size);
    return true;
}

static bool load(const dynlib *lib, void *(*opener)(const char *file, int mode))
{
    for (size_t i = 0; i < lib->nnames; i++) {
        void *handle = opener(lib->names[i], RTLD_LAZY | RTLD_LOCAL);
        if (!handle)
            continue;
        size_t k = 0;
        while (k < lib->nsyms && resolve(handle, &lib->syms[k]))
            k++;
        if (k == lib->nsyms)
            return true; /* kept open for the rest of the process */
        dlclose(handle); /* not the library this program was written for: try the next name */
    }
    return false;
}

bool dynlib_ready(dynlib *lib, void *(*opener)(const char *file, int mode))
{
    if (lib->tried_with != opener) {
        lib->tried_with = opener;
        lib->loaded = load(lib, opener);
    }
    return lib->loaded;
}
