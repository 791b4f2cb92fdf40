/* Everything a user can ask the explorer to do, as data.  ACTION_LIST is the one
 * list: the enum, the help screen and the status-bar hints all come from it.
 * Never includes curses. */
#ifndef VE_ACTION_H
#define VE_ACTION_H

#include <stdint.h>

/* X(id, short label for the status bar, sentence for the help screen).
 * Internal actions have NULL labels and never appear on screen. */
#define ACTION_LIST(X)                                                                        \
    X(NONE, NULL, NULL)                                                                       \
    X(UP, N_("Up"), N_("Move up one line or item"))                                           \
    X(DOWN, N_("Down"), N_("Move down one line or item"))                                     \
    X(PAGE_UP, N_("Page up"), N_("Move up one page"))                                         \
    X(PAGE_DOWN, N_("Page down"), N_("Move down one page"))                                   \
    X(FIRST, N_("Top"), N_("Go to the top"))                                                  \
    X(LAST, N_("End"), N_("Go to the end"))                                                   \
    X(OPEN, N_("Open"), N_("Open the selected item or link"))                                 \
    X(PICK, N_("Pick"), N_("Open list item number 1 to 9"))                                   \
    X(NEXT_LINK, N_("Next link"), N_("Move to the next related-topic link"))                  \
    X(PREV_LINK, N_("Prev link"), N_("Move to the previous related-topic link"))              \
    X(BACK, N_("Back"), N_("Go back to the previous screen"))                                 \
    X(HOME_SCREEN, N_("Home"), N_("Go to the home screen"))                                   \
    X(LANGUAGE, N_("Language"), N_("Switch language: English, 繁體中文, 简体中文"))           \
    X(SIDE_BY_SIDE, N_("Side by side"), N_("Read English and Chinese side by side (100 columns or more)")) \
    X(SEARCH, N_("Search"), N_("Search every topic, the glossary and the common questions"))  \
    X(NEXT_MATCH, N_("Next match"), N_("Go to the next search match in the topic"))           \
    X(PREV_MATCH, N_("Prev match"), N_("Go to the previous search match in the topic"))       \
    X(TREATMENTS, N_("Compare"), N_("Compare treatments"))                                    \
    X(TX_COMPARE, N_("Compare picked"), N_("Show the options you picked side by side"))        \
    X(TX_QUESTIONS, N_("Questions"), N_("Show questions for your doctor"))                     \
    X(TX_READ_MORE, N_("Read more"), N_("Open the full topic of the chosen option"))         \
    X(TAKE_HOME, N_("Take home"), N_("Take your questions home: QR codes for a phone, a code for the front desk, or a file")) \
    X(CODE_NEXT, N_("Next code"), N_("Take home: show the next QR code"))                      \
    X(CODE_PREV, N_("Prev code"), N_("Take home: show the previous QR code"))                  \
    X(SHEET_SAVE, N_("Save"), N_("Take home: save the sheet in your home folder (not on a kiosk)")) \
    X(COLS_PREV, N_("Prev options"), N_("Comparison: show the previous options"))              \
    X(COLS_NEXT, N_("Next options"), N_("Comparison: show the next options"))                  \
    X(THEME, N_("Colours"), N_("Change the colours: normal, high contrast, black and white")) \
    X(HELP, N_("Help"), N_("Show this help"))                                                 \
    X(QUIT, N_("Quit"), N_("Quit the explorer"))                                              \
    /* the search line editor */                                                              \
    X(EDIT_LEFT, NULL, NULL)                                                                  \
    X(EDIT_RIGHT, NULL, NULL)                                                                 \
    X(EDIT_START, NULL, NULL)                                                                 \
    X(EDIT_END, NULL, NULL)                                                                   \
    X(EDIT_BACKSPACE, NULL, NULL)                                                             \
    X(EDIT_DELETE, NULL, NULL)                                                                \
    X(EDIT_CLEAR, N_("Clear"), N_("Search: clear the search line"))                           \
    X(EDIT_RECALL, N_("Last search"), N_("Search: put the last search back in the line"))       \
    X(EDIT_INSERT, NULL, NULL)   /* arg.text: UTF-8 of one or more characters */              \
    /* made by the loop, not by keys */                                                       \
    X(SCROLL_UP, NULL, NULL)     /* mouse wheel */                                            \
    X(SCROLL_DOWN, NULL, NULL)                                                                \
    X(SELECT, NULL, NULL)        /* arg.n: list item or link clicked; opens it */             \
    X(OPEN_TOPIC, NULL, NULL)    /* arg.n: topic index */                                     \
    X(RESIZE, NULL, NULL)        /* arg.rows, arg.cols */                                     \
    X(TICK, NULL, NULL)          /* time passes: idle warning, attract screen */

#define ACTION_ENUM_(id, label, help) ACT_##id,
typedef enum action { ACTION_LIST(ACTION_ENUM_) ACT_COUNT } action;
#undef ACTION_ENUM_

/* What comes with an action.  now_ms is a monotonic clock, filled in by the loop for
 * every action (the state machine never reads a clock itself, so tests control time). */
typedef struct action_arg {
    long n;
    int rows, cols;
    const char *text;
    long long now_ms;
} action_arg;

/* Untranslated label and help text (translate with tr(lang, …)), or NULL for internal actions. */
const char *action_label(action a);
const char *action_help(action a);
/* "OPEN", for tests and debugging. */
const char *action_name(action a);

#endif
