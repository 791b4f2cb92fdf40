#include "core/save.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

const char *save_home_dir(void)
{
    const char *h = getenv("HOME");
    if (h && h[0] == '/')
        return h;
    struct passwd *pw = getpwuid(getuid());
    return pw && pw->pw_dir && pw->pw_dir[0] == '/' ? pw->pw_dir : NULL;
}

static int write_all(int fd, const char *data, size_t len)
{
    while (len) {
        ssize_t w = write(fd, data, len);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        data += w;
        len -= (size_t)w;
    }
    return fsync(fd) == 0 ? 0 : errno;
}

int save_new_file(const char *dir, const char *stem, const char *ext, const char *data, size_t len, char *path,
                  size_t pathn)
{
    for (int n = 1; n < 100; n++) {
        int w = n == 1 ? snprintf(path, pathn, "%s/%s%s", dir, stem, ext)
                       : snprintf(path, pathn, "%s/%s-%d%s", dir, stem, n, ext);
        if (w < 0 || (size_t)w >= pathn)
            return ENAMETOOLONG;
        int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            return errno;
        }
        int err = write_all(fd, data, len);
        if (close(fd) != 0 && !err)
            err = errno;
        if (err)
            unlink(path); /* no half-written sheet left behind */
        return err;
    }
    return EEXIST;
}
