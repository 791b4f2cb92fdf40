/* The kiosk configuration file, /etc/vitiligo-explorer.conf (or --config FILE):
 *
 *   # comment
 *   kiosk = true            true or false
 *   idle = 120              seconds without input before the reset, 10 to 86400
 *   lang = zh-Hant          the language after each reset: en, zh-Hant, zh-HK, zh-Hans
 *   languages = en, zh-HK   the languages the language key cycles through, in order
 *   content = /srv/content  the content folder
 *   staff_exit = F12 F12    2 to 8 keys: F1..F12 or single characters
 *   staff_code = 2468       4 to 12 digits; without it there is no staff exit
 *   theme = high-contrast   default, high-contrast or monochrome
 *   clinic_contact = Skin clinic, 2nd floor, desk 3      the clinic's own contact, shown
 *   clinic_contact_zh = 皮膚科門診，2 樓 3 號櫃檯          on where-to-get-help and on
 *                                                        "Questions for my doctor"
 *
 * Settings given on the command line win over the file.  Only an administrator
 * names the file (the default, or --config on the command line); the program never
 * opens a file a kiosk user typed.  Curses-free. */
#ifndef VE_KIOSK_CONFIG_H
#define VE_KIOSK_CONFIG_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>

#include "content/diag.h"
#include "core/lang.h"
#include "kiosk/staff.h"

#ifndef SYSCONFDIR
#define SYSCONFDIR "/etc"
#endif
#define KIOSK_CONFIG_DEFAULT SYSCONFDIR "/vitiligo-explorer.conf"

enum { KIOSK_CONFIG_MAX = 64 * 1024, KIOSK_THEME_MAX = 32, CLINIC_CONTACT_MAX = 200 };

typedef struct kiosk_config {
    bool kiosk, kiosk_set;
    int idle_seconds;                 /* 0: not set */
    lang_t lang;
    bool lang_set;
    lang_list languages;              /* n == 0: not set */
    char content_dir[PATH_MAX];       /* "": not set */
    char theme[KIOSK_THEME_MAX];      /* "": not set */
    char clinic_contact[CLINIC_CONTACT_MAX + 1];    /* "": not set */
    char clinic_contact_zh[CLINIC_CONTACT_MAX + 1]; /* "": not set */
    staff_spec staff;
} kiosk_config;

/* The themes a theme= line may name; NULL-terminated.  The UI draws them. */
extern const char *const kiosk_themes[];

/* Parses text[0..len) read from file (the name is only for messages).  Each problem
 * goes into d as FILE:LINE:COL: error: what is wrong and how to fix it.  Returns
 * false when there was an error; c then holds the lines that were correct. */
bool kiosk_config_parse(kiosk_config *c, const char *file, const char *text, size_t len, diag *d);

/* Reads and parses path.  A missing file is not an error unless must_exist. */
bool kiosk_config_load(kiosk_config *c, const char *path, bool must_exist, diag *d);

#endif
