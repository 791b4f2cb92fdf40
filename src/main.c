/* Vitiligo Explorer: reads the command line, loads the content, runs one mode. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/i18n.h"
#include "core/paths.h"
#include "kiosk/config.h"
#include "text/doc.h"
#include "ui/tui.h"

#ifndef VERSION
#define VERSION "0.0.0"
#endif

/* The Hong Kong and mainland texts, made from the Taiwan text: at start-up for the
 * language the reader starts in, the others by the explorer once its first screen is up. */
static const char *derive_varieties(void *ctx)
{
    static char err[256];
    return store_derive_all(ctx, err, sizeof err) ? NULL : err;
}

/* Output that could not be written (a full disk, a closed pipe, /dev/full) is an
 * error: the caller must not take a cut-short list or sheet for the whole one. */
static int close_stdout(int rc)
{
    errno = 0;
    if (fflush(stdout) != 0 || ferror(stdout)) {
        int e = errno;
        fprintf(stderr, _("vitiligo-explorer: write error: %s\n"), e ? strerror(e) : _("the output was cut short"));
        return 2;
    }
    return rc;
}

static int run(int argc, char **argv);

int main(int argc, char **argv)
{
    return close_stdout(run(argc, argv));
}

static int run(int argc, char **argv)
{
    bool utf8 = locale_init();
    i18n_init();
    i18n_set_lang(lang_from_environment());

    options o;
    if (!options_parse(argc, argv, &o))
        return 2;
    kiosk_config cfg; /* the settings file; o points into it */
    if (o.mode != MODE_HELP && o.mode != MODE_VERSION && !kiosk_config_setup(&cfg, &o))
        return 2;
    i18n_set_lang(o.lang);
    if (o.mode == MODE_HELP) {
        options_print_help();
        return 0;
    }
    if (o.mode == MODE_VERSION) {
        printf("vitiligo-explorer %s\n", VERSION);
        fputs(_("Copyright 2026 the Vitiligo Explorer contributors.\n"
                "The program is under the Apache License 2.0 <https://www.apache.org/licenses/LICENSE-2.0>.\n"
                "The patient texts (the content) are under Creative Commons Attribution 4.0 (CC BY 4.0)\n"
                "<https://creativecommons.org/licenses/by/4.0/>: you may adapt and translate them, with credit.\n"
                "Search tables built into the program come from OpenCC's dictionaries (Apache License 2.0)\n"
                "and the Luna Pinyin dictionary of Rime (GNU LGPL 3); see LICENSE, or\n"
                "/usr/share/doc/vitiligo-explorer/copyright in the Debian package.\n"
                "There is NO WARRANTY, to the extent permitted by law.\n"),
              stdout);
        return 0;
    }
    if (o.mode == MODE_TUI && o.languages.n && !lang_list_has(&o.languages, o.lang)) {
        if (o.lang_given || cfg.lang_set) {
            char list[96];
            lang_list_format(&o.languages, list, sizeof list);
            fprintf(stderr, _("vitiligo-explorer: the language %s is not one of the site's languages (%s); add it to "
                              "languages, or choose one of them\n"),
                    lang_tag(o.lang), list);
            return 2;
        }
        o.lang = o.languages.v[0]; /* the locale asks for one the site does not offer */
        i18n_set_lang(o.lang);
    }
    if (o.mode == MODE_CHECK_CONTENT)
        return cmd_check_content(o.content_dir ? o.content_dir : paths_default_content(), o.strict, o.today);
    if (o.mode == MODE_WRITE_PACK)
        return cmd_write_pack(&o);
    if (!utf8 && lang_is_chinese(o.lang)) {
        fprintf(stderr, "vitiligo-explorer: no UTF-8 locale is installed, so Chinese cannot be shown; "
                        "using English. Install the locales package or use C.UTF-8.\n");
        o.lang = LANG_EN;
        i18n_set_lang(o.lang);
    }

    store st;
    if (!content_open(&st, &o))
        return 2;
    if (lang_is_derived(o.lang)) {
        char err[512];
        if (!store_derive(&st, o.lang, err, sizeof err)) {
            fprintf(stderr, "vitiligo-explorer: %s\n", err);
            store_free(&st);
            return 2;
        }
    }
    int rc;
    switch (o.mode) {
    case MODE_LIST: rc = cmd_list(&st, &o); break;
    case MODE_SHOW: rc = cmd_show(&st, &o); break;
    case MODE_SEARCH: rc = cmd_search(&st, &o); break;
    case MODE_TREATMENTS: rc = cmd_treatments(&st, &o); break;
    case MODE_COMPARE: rc = cmd_compare(&st, &o); break;
    case MODE_SHEET: rc = cmd_sheet(&st, &o); break;
    default: {
        tui_settings ts = { .lang = o.lang, .languages = o.languages, .kiosk = o.kiosk, .idle_seconds = o.idle_seconds, .theme = o.theme,
                            .staff = o.staff };
        rc = tui_run(&st, &ts, derive_varieties, &st);
        break;
    }
    }
    store_free(&st);
    return rc;
}
