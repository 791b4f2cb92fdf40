#include "cli/options.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/store.h"
#include "core/i18n.h"

enum {
    OPT_LIST = 1000, OPT_SHOW, OPT_SEARCH, OPT_LANG, OPT_LANGUAGES, OPT_WIDTH, OPT_CONTENT, OPT_CHECK, OPT_LIMIT, OPT_JSON,
    OPT_TREATMENTS, OPT_TYPE, OPT_ACTIVITY, OPT_SITE, OPT_AGE, OPT_PREGNANT, OPT_PRIORITY, OPT_COMPARE,
    OPT_KIOSK, OPT_IDLE, OPT_CONFIG, OPT_VERSION, OPT_HELP, OPT_STRICT, OPT_TODAY, OPT_SHEET, OPT_WRITE_PACK,
};

static const struct option long_opts[] = {
    { "list", no_argument, NULL, OPT_LIST },
    { "show", required_argument, NULL, OPT_SHOW },
    { "search", required_argument, NULL, OPT_SEARCH },
    { "lang", required_argument, NULL, OPT_LANG },
    { "languages", required_argument, NULL, OPT_LANGUAGES },
    { "width", required_argument, NULL, OPT_WIDTH },
    { "content", required_argument, NULL, OPT_CONTENT },
    { "check-content", optional_argument, NULL, OPT_CHECK },
    { "write-pack", required_argument, NULL, OPT_WRITE_PACK },
    { "limit", required_argument, NULL, OPT_LIMIT },
    { "json", no_argument, NULL, OPT_JSON },
    { "strict", no_argument, NULL, OPT_STRICT },
    { "today", required_argument, NULL, OPT_TODAY },
    { "treatments", no_argument, NULL, OPT_TREATMENTS },
    { "type", required_argument, NULL, OPT_TYPE },
    { "activity", required_argument, NULL, OPT_ACTIVITY },
    { "site", required_argument, NULL, OPT_SITE },
    { "age", required_argument, NULL, OPT_AGE },
    { "pregnant", no_argument, NULL, OPT_PREGNANT },
    { "priority", required_argument, NULL, OPT_PRIORITY },
    { "compare", required_argument, NULL, OPT_COMPARE },
    { "sheet", optional_argument, NULL, OPT_SHEET },
    { "kiosk", no_argument, NULL, OPT_KIOSK },
    { "idle", required_argument, NULL, OPT_IDLE },
    { "config", required_argument, NULL, OPT_CONFIG },
    { "version", no_argument, NULL, OPT_VERSION },
    { "help", no_argument, NULL, OPT_HELP },
    { NULL, 0, NULL, 0 },
};

static bool parse_int(const char *s, long min, long max, int *out)
{
    errno = 0;
    char *end;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < min || v > max)
        return false;
    *out = (int)v;
    return true;
}

static bool set_mode(options *o, run_mode m, const char *name)
{
    if (o->mode != MODE_TUI && o->mode != m) {
        fprintf(stderr, _("vitiligo-explorer: %s cannot be combined with another of --list, --show, --search, "
                          "--treatments, --compare, --check-content\n"),
                name);
        return false;
    }
    o->mode = m;
    return true;
}

bool options_parse(int argc, char **argv, options *o)
{
    *o = (options){ .mode = MODE_TUI, .lang = lang_from_environment() };
    opterr = 0;
    optind = 1;
    int c;
    /* --help and --version win over everything else, but read the rest first so
     * that "--help --lang zh-Hant" is answered in Chinese. */
    run_mode want = MODE_TUI;
    while ((c = getopt_long(argc, argv, ":hV", long_opts, NULL)) != -1) {
        switch (c) {
        case OPT_LIST: if (!set_mode(o, MODE_LIST, "--list")) return false; break;
        case OPT_SHOW: if (!set_mode(o, MODE_SHOW, "--show")) return false; o->show_id = optarg; break;
        case OPT_SEARCH: if (!set_mode(o, MODE_SEARCH, "--search")) return false; o->query = optarg; break;
        case OPT_TREATMENTS: if (!set_mode(o, MODE_TREATMENTS, "--treatments")) return false; break;
        case OPT_COMPARE: if (!set_mode(o, MODE_COMPARE, "--compare")) return false; o->compare_ids = optarg; break;
        case OPT_SHEET:
            o->sheet = true;
            if (optarg)
                o->sheet_code = optarg;
            else if (optind < argc && argv[optind][0] != '-')
                o->sheet_code = argv[optind++]; /* "--sheet CODE" as well as "=CODE" */
            break;
        case OPT_CHECK:
            if (!set_mode(o, MODE_CHECK_CONTENT, "--check-content"))
                return false;
            if (optarg)
                o->content_dir = optarg;
            else if (optind < argc && argv[optind][0] != '-')
                o->content_dir = argv[optind++]; /* "--check-content DIR" as well as "=DIR" */
            break;
        case OPT_LANG:
            if (!lang_parse(optarg, &o->lang)) {
                fprintf(stderr, _("vitiligo-explorer: unknown language '%s'; use en, zh-Hant, zh-HK or zh-Hans\n"),
                        optarg);
                return false;
            }
            o->lang_given = true;
            break;
        case OPT_LANGUAGES: {
            char err[160];
            if (!lang_list_parse(optarg, &o->languages, err, sizeof err)) {
                fprintf(stderr, _("vitiligo-explorer: --languages: %s\n"), err);
                return false;
            }
            break;
        }
        case OPT_WIDTH:
            if (strcmp(optarg, "0") == 0) {
                o->no_wrap = true;
                break;
            }
            if (!parse_int(optarg, 20, 300, &o->width)) {
                fprintf(stderr, _("vitiligo-explorer: bad width '%s'; give a number of columns from 20 to 300\n"),
                        optarg);
                return false;
            }
            break;
        case OPT_LIMIT:
            if (!parse_int(optarg, 1, 1000, &o->limit)) {
                fprintf(stderr, _("vitiligo-explorer: bad limit '%s'; give a number from 1 to 1000\n"), optarg);
                return false;
            }
            break;
        case OPT_IDLE:
            if (!parse_int(optarg, 10, 86400, &o->idle_seconds)) {
                fprintf(stderr, _("vitiligo-explorer: bad idle time '%s'; give seconds from 10 to 86400\n"), optarg);
                return false;
            }
            break;
        case OPT_CONTENT: o->content_dir = optarg; break;
        case OPT_WRITE_PACK: if (!set_mode(o, MODE_WRITE_PACK, "--write-pack")) return false; o->write_pack = optarg; break;
        case OPT_JSON: o->json = true; break;
        case OPT_STRICT: o->strict = true; break;
        case OPT_TODAY: {
            int y, m, d;
            char end;
            if (sscanf(optarg, "%4d-%2d-%2d%c", &y, &m, &d, &end) != 3 || y < 1971 || m < 1 || m > 12 || d < 1 ||
                d > 31) {
                fprintf(stderr, _("vitiligo-explorer: bad date '%s'; give it as YYYY-MM-DD\n"), optarg);
                return false;
            }
            o->today = date_days(optarg);
            break;
        }
        case OPT_TYPE: o->sit_type = optarg; break;
        case OPT_ACTIVITY: o->sit_activity = optarg; break;
        case OPT_SITE: o->sit_site = optarg; break;
        case OPT_AGE: o->sit_age = optarg; break;
        case OPT_PRIORITY: o->sit_priority = optarg; break;
        case OPT_PREGNANT: o->sit_pregnant = true; break;
        case OPT_KIOSK: o->kiosk = true; break;
        case OPT_CONFIG: o->config_file = optarg; break;
        case 'V':
        case OPT_VERSION: want = MODE_VERSION; break;
        case 'h':
        case OPT_HELP: want = want == MODE_VERSION ? want : MODE_HELP; break;
        case ':':
            fprintf(stderr, _("vitiligo-explorer: %s needs a value; see --help\n"), argv[optind - 1]);
            return false;
        default:
            fprintf(stderr,
                    _("vitiligo-explorer: unknown option '%s'; valid options: --list, --show ID, --search QUERY, "
                      "--treatments, --compare IDS, --sheet [CODE], --lang L, --width N, --content DIR, --check-content [DIR], "
                      "--kiosk, --idle N, --config FILE, --version, --help (more in --help)\n"),
                    argv[optind - 1]);
            return false;
        }
    }
    if (want != MODE_TUI) {
        o->mode = want;
        return true;
    }
    /* "--check-content --strict DIR": getopt moves DIR behind the options, so it was not
     * next to --check-content when that was read */
    if (o->mode == MODE_CHECK_CONTENT && !o->content_dir && optind == argc - 1)
        o->content_dir = argv[optind++];
    if (optind < argc) {
        fprintf(stderr, _("vitiligo-explorer: unexpected argument '%s'; see --help\n"), argv[optind]);
        return false;
    }
    bool situation = o->sit_type || o->sit_activity || o->sit_site || o->sit_age || o->sit_priority || o->sit_pregnant;
    if (o->sheet) {
        if (o->mode != MODE_TUI && o->mode != MODE_COMPARE) {
            fputs(_("vitiligo-explorer: --sheet goes alone, or with the situation options and --compare; not with "
                    "--list, --show, --search, --treatments or --check-content\n"),
                  stderr);
            return false;
        }
        if (o->sheet_code && (situation || o->mode == MODE_COMPARE)) {
            fputs(_("vitiligo-explorer: a sheet code already holds the answers and the options; give either "
                    "--sheet CODE, or --sheet with --type, --activity, --site, --age, --pregnant, --priority and "
                    "--compare\n"),
                  stderr);
            return false;
        }
        o->mode = MODE_SHEET;
    }
    if (situation && o->mode != MODE_TREATMENTS && o->mode != MODE_COMPARE && o->mode != MODE_SHEET) {
        fputs(_("vitiligo-explorer: --type, --activity, --site, --age, --priority and --pregnant go with "
                "--treatments, --compare or --sheet\n"),
              stderr);
        return false;
    }
    if (o->no_wrap && o->mode != MODE_SHEET) {
        fputs(_("vitiligo-explorer: --width 0 (no wrapping) goes with --sheet; elsewhere give a number of columns "
                "from 20 to 300\n"),
              stderr);
        return false;
    }
    if (o->strict && o->mode != MODE_CHECK_CONTENT) {
        fputs(_("vitiligo-explorer: --strict goes with --check-content\n"), stderr);
        return false;
    }
    if (o->limit && o->mode != MODE_SEARCH) {
        fputs(_("vitiligo-explorer: --limit goes with --search\n"), stderr);
        return false;
    }
    if (o->json && o->mode != MODE_SEARCH && o->mode != MODE_TREATMENTS) {
        fputs(_("vitiligo-explorer: --json goes with --search or --treatments\n"), stderr);
        return false;
    }
    return true;
}

void options_print_help(void)
{
    printf("%s", _("Usage: vitiligo-explorer [OPTION]...\n"
                   "Learn about vitiligo and explore treatment options, in English, 繁體中文 (Taiwan\n"
                   "and Hong Kong) and 简体中文.\n"
                   "With no option, opens the interactive explorer.\n"
                   "\n"
                   "Reading:\n"
                   "  --list                 list the categories and their topics, with ids\n"
                   "  --show ID              print a topic as plain text\n"
                   "  --search QUERY         print the topics and glossary terms that match\n"
                   "      --limit N          at most N results (default 10)\n"
                   "      --json             print the results as JSON\n"
                   "Treatment options:\n"
                   "  --treatments           list every option, marked for your situation:\n"
                   "      --type nsv|sv|unsure  --activity spreading|stable|unsure\n"
                   "      --site face,hands,body,mucosa,large  --age child|teen|adult  --pregnant\n"
                   "      --priority face,spread,visits,side-effects,cost  what matters most to you\n"
                   "  --compare ID,ID[,ID[,ID]]  print 2 to 4 options side by side (with the answers\n"
                   "                         above, each is marked for your situation)\n"
                   "Visit sheet (to take to the doctor):\n"
                   "  --sheet CODE           print the visit sheet of a sheet code (VE-XXXX-XXXX-XXXX),\n"
                   "                         as the explorer's Take home screen shows it: at the front\n"
                   "                         desk, vitiligo-explorer --sheet CODE | lp\n"
                   "  --sheet                print a visit sheet for the situation options above and\n"
                   "                         --compare ID,ID[,ID[,ID]] (the options to list)\n"
                   "      --width 0          one line per paragraph, as the QR codes hold it\n"
                   "Settings:\n"
                   "  --lang L               en; zh-Hant (繁體, Taiwan; also zh_TW); zh-HK (繁體, Hong\n"
                   "                         Kong; also zh_HK, zh_MO); zh-Hans (简体, mainland; also\n"
                   "                         zh_CN, zh_SG, zh)\n"
                   "  --languages LIST       the languages the language key cycles through, in order\n"
                   "                         (default: en,zh-Hant,zh-HK,zh-Hans)\n"
                   "  --width N              columns for printed text, 20 to 300 (default: the\n"
                   "                         terminal's width, else 80)\n"
                   "  --content PATH         read the content from PATH: a content folder (JSON), or a\n"
                   "                         content pack made by --write-pack (default: the pack\n"
                   "                         that make builds, else the content folder)\n"
                   "  --write-pack FILE      compile the content folder (--content DIR, or the\n"
                   "                         default) into the content pack FILE, every language made\n"
                   "  --check-content [DIR]  check the content files and report every problem\n"
                   "      --strict           also the safety floors of the option rules and terms used\n"
                   "                         before they are explained\n"
                   "  --today YYYY-MM-DD     check the review dates against this day instead of the\n"
                   "                         clock (to see the notices a page past its review shows)\n"
                   "  --config FILE          read the settings from FILE instead of\n"
                   "                         /etc/vitiligo-explorer.conf (see man vitiligo-explorer)\n"
                   "  --kiosk                kiosk mode for a public screen: no way out but the staff\n"
                   "                         exit, idle reset (the kiosk units pass it; see man\n"
                   "                         vitiligo-explorer)\n"
                   "  --idle N               kiosk: reset after N seconds without input (default 120)\n"
                   "  --version              print the version and the licences\n"
                   "  --help                 print this help\n"
                   "\n"
                   "Exit status: 0 success, 1 no search results, 2 a mistake in the command, the\n"
                   "configuration or the content, or the output could not be written; 3 the system\n"
                   "could not give what the program needs (memory, or a library it loads when first\n"
                   "needed: the message names the package to install); 10 the kiosk's staff exit.\n"
                   "Environment: LANGUAGE, LC_ALL, LC_MESSAGES, LANG (the language), LC_CTYPE (the\n"
                   "character set), TERM, NO_COLOR, ESCDELAY (the terminal), HOME (where Take home\n"
                   "saves a sheet).\n"
                   "This program gives general information. It does not replace advice from your doctor.\n"));
}
