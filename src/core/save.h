/* Saving a new file whose name the program chooses (the visit sheet on a patient's
 * own computer).  Never overwrites: the file is created with O_EXCL, and when the
 * name is taken the next free "-2", "-3"… name is used.  Never follows a symbolic
 * link.  The caller decides whether saving is allowed at all (never in kiosk mode). */
#ifndef VE_SAVE_H
#define VE_SAVE_H

#include <stddef.h>

/* The user's home folder: $HOME when it is an absolute path, else the password
 * database's; NULL when there is none. */
const char *save_home_dir(void);

/* Writes data to dir/stem.ext (or dir/stem-N.ext, N = 2…99, the first free one)
 * with mode 0600, and puts the full name in path.  Returns 0, or an errno value
 * (EEXIST when all 99 names are taken). */
int save_new_file(const char *dir, const char *stem, const char *ext, const char *data, size_t len, char *path,
                  size_t pathn);

#endif
