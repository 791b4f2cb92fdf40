/* Where the program's data lives: next to the binary in a source tree, else the
 * installed directories baked in at build time. */
#ifndef VE_PATHS_H
#define VE_PATHS_H

/* The content directory to use when --content is not given. */
const char *paths_default_content(void);
/* The content pack to open when --content is not given: build/content.pack in a
 * source tree (beside the content folder found above), else DATADIR/content.pack. */
const char *paths_default_pack(void);
/* The directory holding LANG/LC_MESSAGES/vitiligo-explorer.mo. */
const char *paths_locale_dir(void);

#endif
