#include "core/paths.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#ifndef DATADIR
#define DATADIR "/usr/local/share/vitiligo-explorer"
#endif
#ifndef LOCALEDIR
#define LOCALEDIR "/usr/local/share/locale"
#endif

/* The directory of the running binary, or "" when it cannot be found. */
static const char *exe_dir(void)
{
    static char dir[PATH_MAX];
    static int done;
    if (!done) {
        done = 1;
        ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
        if (n <= 0) {
            dir[0] = '\0';
        } else {
            dir[n] = '\0';
            char *slash = strrchr(dir, '/');
            if (slash)
                *slash = '\0';
        }
    }
    return dir;
}

static const char *beside_exe(const char *rel, const char *probe, char *buf, size_t n)
{
    const char *d = exe_dir();
    if (!*d)
        return NULL;
    snprintf(buf, n, "%s/%s/%s", d, rel, probe);
    if (access(buf, R_OK) != 0)
        return NULL;
    snprintf(buf, n, "%s/%s", d, rel);
    return buf;
}

const char *paths_default_content(void)
{
    static char buf[PATH_MAX + 64];
    const char *p = beside_exe("content", "categories.json", buf, sizeof buf);
    return p ? p : DATADIR "/content";
}

const char *paths_default_pack(void)
{
    static char buf[PATH_MAX + 64];
    if (beside_exe("content", "categories.json", buf, sizeof buf)) {
        snprintf(buf, sizeof buf, "%s/build/content.pack", exe_dir());
        return buf;
    }
    return DATADIR "/content.pack";
}

const char *paths_locale_dir(void)
{
    static char buf[PATH_MAX + 64];
    const char *p = beside_exe("build/locale", "zh_TW/LC_MESSAGES/vitiligo-explorer.mo", buf, sizeof buf);
    return p ? p : LOCALEDIR;
}
