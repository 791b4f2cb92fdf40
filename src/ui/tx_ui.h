/* What the treatment screens share: the ranked options, picking 2 to 4 of them,
 * the situation questions as data, and scrolling.  State only, never curses. */
#ifndef VE_TX_UI_H
#define VE_TX_UI_H

#include <stdbool.h>
#include <stddef.h>

#include "treat/rules.h"
#include "treat/sheet_code.h"
#include "ui/app.h"

/* ---- the situation questions ----------------------------------------------------- */

typedef enum {
    STEP_ANSWER,   /* sets the answer and goes to the next question */
    STEP_TOGGLE,   /* ticks or unticks one of several (where, what matters) */
    STEP_NEXT,     /* keeps the ticks and goes on */
    STEP_SKIP,     /* clears the answer and goes on */
    STEP_SHOW,     /* skips the rest and shows the options */
} step_kind;

typedef struct step_item {
    step_kind kind;
    int value;           /* ANSWER: the enum value; TOGGLE: the bit index */
    const char *label;   /* N_() */
} step_item;

enum { STEP_MAX_ITEMS = 9 };

/* The question of step s (N_()) and a hint line (N_(), may be NULL). */
const char *tx_step_question(int s);
const char *tx_step_hint(int s);
/* The choices of step s; returns how many. */
int tx_step_items(int s, step_item *out);
/* Whether item is the person's current answer (ANSWER) or ticked (TOGGLE). */
bool tx_step_chosen(const situation *sit, int s, const step_item *item);
/* Carries out choice i of the current step: may move to the next step or open the options. */
unsigned tx_step_choose(app *a, int i);

/* ---- options and picks ------------------------------------------------------------- */

/* Every option ranked for the session's situation; out holds store.ntreatments. */
void tx_ranked(const app *a, tx_verdict *out);
bool tx_picked(const app *a, size_t option);

/* The comparison's pages of columns at this width, and whether there is one before or
 * after the current page (the status bar offers Left and Right only then). */
bool tx_compare_has_page(const app *a, int dir);
/* Picks or unpicks; says in the status bar when 4 are already picked. */
unsigned tx_toggle(app *a, size_t option);
/* After the answers changed: unpicks the hand-made picks that are now "usually not
 * for your situation" (and were not when picked), and says so in the status bar. */
void tx_recheck_picks(app *a);
/* Opens the options list (after checking the picks; nothing is ever picked for the person). */
unsigned tx_show_options(app *a);
/* Opens the comparison, or says that 2 to 4 options must be picked first. */
unsigned tx_open_compare(app *a);
/* The picked options as store indices, in order; returns how many. */
size_t tx_pick_list(const app *a, size_t *out);

/* ---- take home ------------------------------------------------------------------------ */

/* What the visit sheet is made from: the session's language, answers and picks. */
void tx_sheet_spec(const app *a, sheet_spec *out);
/* Its sheet code ("VE-…"), or "-" when none can be made. */
void tx_sheet_code(const app *a, char out[SHEET_CODE_TEXT]);


#endif
