/* The settings of a run: the command line first, then the configuration file
 * (src/kiosk/config.c) for what the command line left unset. */
#include <stdio.h>

#include "cli/options.h"
#include "core/i18n.h"
#include "kiosk/config.h"

void kiosk_config_apply(const kiosk_config *c, options *o)
{
    /* kiosk = true in a file every user of the machine reads would lock them all in
     * (staff over SSH checking the content, too): kiosk mode comes only from --kiosk,
     * which the kiosk units pass.  The setting is remembered so the run can say so. */
    o->config_asks_kiosk = c->kiosk_set && c->kiosk && !o->kiosk;
    if (c->idle_seconds && !o->idle_seconds)
        o->idle_seconds = c->idle_seconds;
    if (c->lang_set && !o->lang_given)
        o->lang = c->lang;
    if (c->languages.n && !o->languages.n)
        o->languages = c->languages;
    if (c->content_dir[0] && !o->content_dir)
        o->content_dir = c->content_dir;
    if (c->theme[0] && !o->theme)
        o->theme = c->theme;
    o->staff = c->staff;
    o->clinic_contact = c->clinic_contact[0] ? c->clinic_contact : NULL;
    o->clinic_contact_zh = c->clinic_contact_zh[0] ? c->clinic_contact_zh : NULL;
}

bool kiosk_config_setup(kiosk_config *c, options *o)
{
    *c = (kiosk_config){ 0 };
    const char *path = o->config_file ? o->config_file : KIOSK_CONFIG_DEFAULT;
    diag d = { 0 };
    bool ok = kiosk_config_load(c, path, o->config_file != NULL, &d);
    diag_print(&d, stderr);
    if (!ok)
        fprintf(stderr, P_("vitiligo-explorer: the configuration %s has %zu error; fix it (see man "
                                        "vitiligo-explorer, CONFIGURATION)\n",
                            "vitiligo-explorer: the configuration %s has %zu errors; fix them (see man "
                            "vitiligo-explorer, CONFIGURATION)\n", d.errors),
                path, d.errors);
    diag_free(&d);
    if (ok)
        kiosk_config_apply(c, o);
    if (ok && o->config_asks_kiosk && o->mode != MODE_CHECK_CONTENT)
        fprintf(stderr, _("vitiligo-explorer: note: %s says kiosk = true, but kiosk mode starts only with --kiosk "
                          "(the kiosk units pass it), so this run is not a kiosk; remove that line to stop this note\n"),
                path);
    return ok;
}
