/* The state machine.  No curses here: everything is state in, state out. */
#include "ui/app.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "ui/list_nav.h"
#include "ui/view.h"

app_settings app_default_settings(void)
{
    return (app_settings){
        .default_lang = LANG_EN,
        .languages = lang_list_all(),
        .default_theme = THEME_NORMAL,
        .idle_seconds = APP_DEFAULT_IDLE,
        .countdown_seconds = APP_COUNTDOWN,
    };
}

/* memset, not a compound literal, so even padding bytes are the same in every fresh
 * frame and session: the reset test compares whole sessions byte by byte. */
static void frame_init(frame *f, view_id v, long item)
{
    memset(f, 0, sizeof *f);
    f->view = v;
    f->item = item;
    f->link = -1;
    f->match = -1;
    f->laid_for.topic = -1;
}

/* A session as a new person finds it. */
static void session_fresh(app *a)
{
    memset(&a->s, 0, sizeof a->s);
    a->s.lang = a->set.default_lang;
    a->s.chinese = lang_is_chinese(a->s.lang) ? a->s.lang : lang_list_chinese(&a->set.languages);
    a->s.theme = a->set.default_theme;
    a->s.depth = 1;
    frame_init(&a->s.stack[0], a->set.kiosk ? VIEW_ATTRACT : VIEW_HOME, -1);
    a->s.last_input_ms = a->now_ms;
    a->s.attract_since_ms = a->now_ms;
}

void app_init(app *a, const store *st, const app_settings *set, int rows, int cols)
{
    *a = (app){ .st = st, .set = *set, .rows = rows, .cols = cols };
    if (a->set.idle_seconds <= 0)
        a->set.idle_seconds = APP_DEFAULT_IDLE;
    if (a->set.countdown_seconds < 20)
        a->set.countdown_seconds = 20; /* WCAG 2.2.1: at least 20 seconds to answer */
    session_fresh(a);
    app_set_lang(a, a->s.lang);
}

static void drop_results(app *a);

void app_free(app *a)
{
    drop_results(a);
    app_drop_index(a);
    reader_free(&a->rd);
}

void app_reset(app *a)
{
    drop_results(a);
    reader_free(&a->rd);
    session_fresh(a); /* the next person's session: nothing of this one stays */
    app_set_lang(a, a->s.lang);
}

frame *app_frame(app *a) { return &a->s.stack[a->s.depth - 1]; }
const frame *app_cframe(const app *a) { return &a->s.stack[a->s.depth - 1]; }

int app_body_rows(const app *a)
{
    int r = a->rows - 2; /* title bar and status bar */
    return r > 1 ? r : 1;
}

bool app_too_small(const app *a) { return a->rows < APP_MIN_ROWS || a->cols < APP_MIN_COLS; }

void app_set_status(app *a, const char *msg)
{
    snprintf(a->s.status, sizeof a->s.status, "%s", msg ? msg : "");
}

unsigned app_push(app *a, view_id v, long item)
{
    if (a->s.depth == APP_MAX_DEPTH) {
        memmove(&a->s.stack[0], &a->s.stack[1], (APP_MAX_DEPTH - 1) * sizeof a->s.stack[0]);
        a->s.depth--;
    }
    frame_init(&a->s.stack[a->s.depth++], v, item);
    app_sync_reader(a);
    return CHG_DRAW;
}

unsigned app_back(app *a)
{
    if (a->s.depth <= 1)
        return CHG_NONE;
    a->s.depth--;
    app_sync_reader(a);
    return CHG_DRAW;
}

unsigned app_open_search(app *a)
{
    /* A fresh, empty line: the last query is offered as a hint (Tab or a click puts it
     * back), never left in the line for the next word to be glued onto. */
    char q[READER_QUERY_MAX];
    if (le_text(&a->s.query, q, sizeof q))
        memcpy(a->s.last_query, q, sizeof q);
    le_clear(&a->s.query);
    drop_results(a);
    return app_push(a, VIEW_SEARCH, -1);
}

unsigned app_open_section(app *a, long topic, int section)
{
    unsigned chg = app_open_topic(a, topic);
    if (chg == CHG_NONE)
        return chg;
    frame *f = app_frame(a);
    int top = reader_row_for(&a->rd, (reader_anchor){ .section = section });
    /* past the blank line that sets the section off: its heading is the first row */
    while ((size_t)top + 1 < a->rd.nrows && a->rd.rows[top].section == section && a->rd.rows[top].left >= 0 &&
           a->rd.left.lines[a->rd.rows[top].left].kind == DOC_BLANK)
        top++;
    f->top = top;
    app_sync_reader(a);
    return chg | CHG_DRAW;
}

unsigned app_open_topic(app *a, long topic)
{
    if (topic < 0 || (size_t)topic >= a->st->ntopics)
        return CHG_NONE;
    return app_push(a, VIEW_READER, topic);
}

unsigned app_set_lang(app *a, lang_t lang)
{
    if (!store_ready(a->st, lang)) {
        /* skip the variety rather than show Taiwan text under its name */
        char msg[APP_STATUS_MAX];
        snprintf(msg, sizeof msg, "%s: %.200s", lang_native_name(lang),
                 a->variety_error[0] ? a->variety_error : "the texts are not available");
        app_set_status(a, msg);
        lang = lang_is_chinese(a->set.default_lang) && store_ready(a->st, a->set.default_lang) ? a->set.default_lang
                                                                                             : LANG_EN;
    }
    a->s.lang = lang;
    if (lang_is_chinese(lang))
        a->s.chinese = lang;
    drop_results(a); /* snippets are in the old language: run the search again now, so
                      * the screen never says "Nothing found" while there are results */
    if (a->s.query.len)
        app_refresh_results(a);
    app_sync_reader(a);
    return CHG_DRAW | CHG_LANG;
}

static void drop_results(app *a)
{
    if (a->s.results) {
        app_free_results(a->s.results);
        a->s.results = NULL;
    }
    a->s.results_for[0] = '\0';
}

/* ---- the reader cache ------------------------------------------------------------ */

static bool key_equal(const reader_key *x, const reader_key *y)
{
    return x->topic == y->topic && x->lang == y->lang && x->chinese == y->chinese && x->cols == y->cols &&
           x->side == y->side &&
           strcmp(x->query, y->query) == 0;
}

static int reader_max_top(const app *a)
{
    int m = (int)a->rd.nrows - app_body_rows(a);
    return m > 0 ? m : 0;
}

void app_sync_reader(app *a)
{
    frame *f = app_frame(a);
    if (f->view != VIEW_READER)
        return;
    reader_key key = { .topic = f->item, .lang = (int)a->s.lang, .chinese = (int)app_chinese(a), .cols = a->cols };
    key.side = a->s.side_by_side && a->cols >= READER_SIDE_MIN_COLS;
    if (f->highlight)
        snprintf(key.query, sizeof key.query, "%s", f->query);
    reader_prepare(&a->rd, a->st, key.query[0] ? app_index(a) : NULL, &key);
    /* a reflow (width, language, side by side) keeps the anchor, even when the new
     * layout fits on one screen, so growing and shrinking back returns to the place */
    bool reflowed = false;
    if (!key_equal(&f->laid_for, &key)) {
        reflowed = f->laid_for.topic == key.topic;
        f->top = reflowed ? reader_row_for(&a->rd, f->anchor) : 0;
        f->laid_for = key;
    }
    int max = reader_max_top(a);
    if (f->top > max)
        f->top = max;
    if (f->top < 0)
        f->top = 0;
    if (f->link >= (int)a->rd.nlinks)
        f->link = -1;
    if (f->match >= (int)a->rd.nmatches)
        f->match = -1;
    if (!reflowed)
        f->anchor = reader_anchor_at(&a->rd, f->top);
}

/* ---- idle and attract (kiosk) ---------------------------------------------------- */

static unsigned tick(app *a)
{
    if (!a->set.kiosk)
        return CHG_NONE;
    if (app_view(a) == VIEW_ATTRACT)
        return CHG_DRAW; /* the teasers cycle */
    if (!a->s.idle_warning) {
        if (a->now_ms - a->s.last_input_ms < (long long)a->set.idle_seconds * 1000)
            return CHG_NONE;
        a->s.idle_warning = true;
        a->s.warn_deadline_ms = a->now_ms + (long long)a->set.countdown_seconds * 1000;
        return CHG_DRAW;
    }
    if (a->now_ms < a->s.warn_deadline_ms)
        return CHG_DRAW; /* the countdown moves */
    app_reset(a);
    return CHG_DRAW | CHG_LANG | CHG_THEME | CHG_RESET;
}

bool app_note_input(app *a, long long now_ms)
{
    a->now_ms = now_ms;
    a->s.last_input_ms = now_ms;
    if (a->s.idle_warning) {
        a->s.idle_warning = false;
        return true;
    }
    if (app_view(a) == VIEW_ATTRACT) {
        a->s.depth = 1;
        frame_init(&a->s.stack[0], VIEW_HOME, -1);
        return true;
    }
    return false;
}

/* ---- actions every view shares ---------------------------------------------------- */

static unsigned shared(app *a, action act, const action_arg *arg)
{
    view_id v = app_view(a);
    switch (act) {
    case ACT_BACK: return app_back(a);
    case ACT_HOME_SCREEN:
        /* Home goes back to the home screen already in the trail, so the trail says
         * where you are, not where you have been (screen-test L7: h added "Home" again) */
        for (int i = 0; i < a->s.depth; i++) {
            if (a->s.stack[i].view != VIEW_HOME)
                continue;
            if (i == a->s.depth - 1)
                return CHG_NONE;
            a->s.depth = i + 1;
            app_sync_reader(a);
            return CHG_DRAW;
        }
        return app_push(a, VIEW_HOME, -1);
    case ACT_LANGUAGE:
        if (a->set.languages.n < 2)
            return CHG_NONE;
        return app_set_lang(a, lang_list_next(&a->set.languages, a->s.lang));
    case ACT_SIDE_BY_SIDE:
        a->s.side_by_side = !a->s.side_by_side;
        if (a->s.side_by_side && a->cols < READER_SIDE_MIN_COLS)
            app_set_status(a, tr(a->s.lang, "Side by side needs a window at least 100 columns wide."));
        app_sync_reader(a);
        return CHG_DRAW;
    case ACT_SEARCH: return v == VIEW_SEARCH ? CHG_NONE : app_open_search(a);
    case ACT_TREATMENTS: return v == VIEW_TREATMENTS ? CHG_NONE : app_push(a, VIEW_TREATMENTS, -1);
    case ACT_HELP: return v == VIEW_HELP ? CHG_NONE : app_push(a, VIEW_HELP, -1);
    case ACT_THEME:
        a->s.theme = (theme_id)((a->s.theme + 1) % THEME_COUNT);
        { /* say which one is on, and how many there are (screen-test L15) */
            static const char *const names[THEME_COUNT] = { N_("Colours: normal (1 of 3)"),
                                                            N_("Colours: high contrast (2 of 3)"),
                                                            N_("Colours: black and white (3 of 3)") };
            app_set_status(a, tr(a->s.lang, names[a->s.theme]));
        }
        return CHG_DRAW | CHG_THEME;
    case ACT_OPEN_TOPIC: return app_open_topic(a, arg->n);
    case ACT_QUIT: return a->set.kiosk ? CHG_NONE : CHG_QUIT;
    default: return CHG_NONE;
    }
}

unsigned app_apply(app *a, action act, const action_arg *arg)
{
    static const action_arg none = { 0 };
    if (!arg)
        arg = &none;
    if (arg->now_ms)
        a->now_ms = arg->now_ms;
    if (act == ACT_TICK)
        return tick(a);
    if (act == ACT_RESIZE) {
        a->rows = arg->rows > 0 ? arg->rows : 1;
        a->cols = arg->cols > 0 ? arg->cols : 1;
        app_sync_reader(a);
        return CHG_DRAW;
    }
    if (act == ACT_NONE)
        return CHG_NONE;
    bool had_status = a->s.status[0] != '\0';
    a->s.status[0] = '\0';
    const view_ops *v = view_get(app_view(a));
    unsigned chg = v->apply ? v->apply(a, act, arg) : CHG_NONE;
    if (!chg && v->count)
        chg = list_apply(a, v, act, arg);
    if (!chg)
        chg = shared(a, act, arg);
    app_sync_reader(a);
    if (had_status || a->s.status[0])
        chg |= CHG_DRAW;
    return chg;
}
