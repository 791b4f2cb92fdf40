#include "content/opencc_load.h"

#include <dlfcn.h>
#include <stdio.h>

#include "core/dynlib.h"
#include "core/i18n.h"

void *(*opencc_dlopen)(const char *file, int mode) = dlopen;

/* By soname, newest first: 1.1 is OpenCC 1.1.x (Debian 11, 12 and 13: libopencc1.1),
 * 2 is OpenCC 1.0.x (Debian 10: libopencc2), which has the same C API.  The plain
 * name comes last, for a build of OpenCC from source (it exists only with a -dev
 * package or a local install). */
static const char *const library_names[] = { "libopencc.so.1.1", "libopencc.so.2", "libopencc.so" };

static opencc_api api;
static const dynlib_sym symbols[] = {
    { "opencc_open", &api.open, sizeof api.open },
    { "opencc_convert_utf8", &api.convert_utf8, sizeof api.convert_utf8 },
    { "opencc_convert_utf8_free", &api.convert_utf8_free, sizeof api.convert_utf8_free },
    { "opencc_close", &api.close, sizeof api.close },
    { "opencc_error", &api.error, sizeof api.error },
};
/* kept open for the rest of the process: converters may be opened again */
static dynlib library = { library_names, sizeof library_names / sizeof *library_names, symbols,
                          sizeof symbols / sizeof *symbols, NULL, false };

const opencc_api *opencc_load(char *err, size_t errn)
{
    if (dynlib_ready(&library, opencc_dlopen))
        return &api;
    snprintf(err, errn, "%s",
             _("Making the 简体 texts of a content folder needs OpenCC: install libopencc1.1 "
               "(apt-get install libopencc1.1), or use the compiled content pack"));
    return NULL;
}
