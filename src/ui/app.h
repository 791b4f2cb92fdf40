/* The explorer's one mutable state and the pure transitions on it.
 *
 *   app_apply(app, action, arg) -> change flags
 *
 * changes the state and says what changed; it never draws and never includes curses,
 * so every transition is unit-tested without a terminal (tests/unit/test_app*.c).
 * Views draw from a const app (src/ui/view.h).  See src/ui/README.md. */
#ifndef VE_APP_H
#define VE_APP_H

#include <stdbool.h>

#include "content/store.h"
#include "core/lang.h"
#include "ui/action.h"
#include "ui/line_edit.h"
#include "ui/reader.h"
#include "ui/tx_state.h"
#include "ui/view_id.h"

struct search_index;
struct search_result;

enum {
    APP_MAX_DEPTH = 32,     /* history; the oldest screens drop off beyond it */
    APP_MIN_ROWS = 12,      /* below 40x12 the "window too small" message shows */
    APP_MIN_COLS = 40,
    APP_DEFAULT_IDLE = 120, /* seconds without input before the kiosk idle warning */
    APP_COUNTDOWN = 30,     /* seconds the warning counts down (WCAG 2.2.1: at least 20) */
    APP_ATTRACT_PERIOD = 6, /* seconds each teaser shows on the attract screen */
    APP_STATUS_MAX = 256,
};

/* What app_apply changed; the loop redraws when anything did. */
enum {
    CHG_NONE = 0,
    CHG_DRAW = 1u << 0,     /* something on screen changed */
    CHG_LANG = 1u << 1,     /* the language changed */
    CHG_THEME = 1u << 2,    /* colours must be set up again */
    CHG_QUIT = 1u << 3,
    CHG_RESET = 1u << 4,    /* the idle reset happened (the loop forgets a half-typed staff exit) */
};

typedef enum { THEME_NORMAL, THEME_HIGH_CONTRAST, THEME_MONO, THEME_COUNT } theme_id;

/* One screen in the history.  Views use the fields they need. */
typedef struct frame {
    view_id view;
    long item;              /* category, topic or glossary index, -1 when none */
    int sel, top;           /* list selection and first visible row; reader: top row */
    int link;               /* reader: focused link, -1 none */
    int match;              /* reader: current search match, -1 none */
    bool highlight;         /* reader: opened from search, so matches are marked */
    char query[READER_QUERY_MAX]; /* reader: the query whose matches are marked */
    reader_key laid_for;    /* reader: the layout top refers to */
    reader_anchor anchor;   /* reader: the position, kept across reflow */
    int step;               /* treatment steps: the question shown */
} frame;

/* Settings from the command line and config: they survive app_reset. */
typedef struct app_settings {
    lang_t default_lang;
    lang_list languages;    /* what the language key cycles through, in order */
    theme_id default_theme;
    bool kiosk;
    int idle_seconds;
    int countdown_seconds;
} app_settings;

/* Everything one person did.  app_reset replaces all of it with a fresh session, and
 * nothing here points to memory it owns except the search result (freed by reset). */
typedef struct session {
    lang_t lang;
    lang_t chinese;         /* the Chinese variety shown beside English (app_chinese) */
    theme_id theme;
    frame stack[APP_MAX_DEPTH];
    int depth;              /* frames in stack; the current one is stack[depth - 1] */
    bool side_by_side;
    line_edit query;        /* the search line */
    struct search_result *results; /* for the query line, NULL when none */
    char results_for[READER_QUERY_MAX];
    char last_query[READER_QUERY_MAX]; /* what the line held when search was last left: offered, not typed in */
    char status[APP_STATUS_MAX]; /* a one-off message for the status bar */
    bool idle_warning;      /* the "Still reading?" box is up */
    long long warn_deadline_ms;
    long long last_input_ms;
    long long attract_since_ms;
    tx_session tx;          /* treatment comparison: answers and picked options */
    char sheet_saved[APP_STATUS_MAX]; /* take home: the file the sheet was saved to, shown on screen */
} session;

typedef struct app {
    const store *st;        /* read only: the app never writes into the content */
    struct search_index *ix; /* built on first search */
    app_settings set;
    session s;
    int rows, cols;         /* the terminal */
    long long now_ms;       /* the clock at the last action */
    reader rd;              /* cache for the current reader frame */
    /* Why a derived variety (香港, 简体) cannot be shown when st has not got its texts
     * (OpenCC missing); set by the store's owner, which derives them (src/ui/tui.c),
     * never by a transition. */
    char variety_error[APP_STATUS_MAX];
} app;

void app_init(app *a, const store *st, const app_settings *set, int rows, int cols);
void app_free(app *a);

/* Default settings: English, normal theme, not a kiosk, 120 s idle, 30 s countdown. */
app_settings app_default_settings(void);

/* Forgets the session: home screen (attract in kiosk mode), default language and
 * theme, no search text or results, no history, no scroll positions. */
void app_reset(app *a);

unsigned app_apply(app *a, action act, const action_arg *arg);

/* Notes a key or click at now_ms.  Returns true when it only woke the screen up (idle
 * warning, attract screen) and must not act as well. */
bool app_note_input(app *a, long long now_ms);

/* The current frame (never NULL) and view. */
frame *app_frame(app *a);
const frame *app_cframe(const app *a);
static inline view_id app_view(const app *a) { return a->s.stack[a->s.depth - 1].view; }

/* The Chinese shown beside English (side by side, the kiosk's bilingual screens): the
 * reader's own when they read Chinese, else the last Chinese variety they chose, else
 * the site's first. */
static inline lang_t app_chinese(const app *a) { return lang_is_chinese(a->s.lang) ? a->s.lang : a->s.chinese; }

/* Screen rows between the title bar and the status bar. */
int app_body_rows(const app *a);
bool app_too_small(const app *a);

/* Opens view v on top of the history (item: its category/topic/term, or -1). */
unsigned app_push(app *a, view_id v, long item);
unsigned app_back(app *a);
unsigned app_open_topic(app *a, long topic);
unsigned app_set_lang(app *a, lang_t lang);

/* The search index, built when first needed (src/ui/app_search.c). */
const struct search_index *app_index(app *a);
void app_drop_index(app *a);
void app_free_results(struct search_result *r);
/* Runs the search line's query when it changed since the last run. */
void app_refresh_results(app *a);
/* Opens topic at the heading of its section (a common question's answer). */
unsigned app_open_section(app *a, long topic, int section);
/* Opens the search screen with an empty line (the last query kept as a hint). */
unsigned app_open_search(app *a);

/* Brings the reader cache in line with the current frame, keeping the position. */
void app_sync_reader(app *a);

void app_set_status(app *a, const char *msg);

#endif
