/* Keys as data: which key does what on which screen.  The help screen and the
 * status-bar hints are generated from this table.  Never includes curses: function
 * keys are stored as ncurses KEY_* numbers, filled in by keymap.c. */
#ifndef VE_KEYMAP_H
#define VE_KEYMAP_H

#include <stdbool.h>
#include <stdint.h>

#include "core/lang.h"
#include "ui/action.h"
#include "ui/view_id.h"

/* One key press: a character (fn false) or an ncurses function key (fn true). */
typedef struct key_event {
    bool fn;
    uint32_t code;
} key_event;

typedef struct key_binding {
    unsigned ctx;        /* CTX() bits of the views where the binding is live */
    bool fn;
    uint32_t code;
    action act;
    const char *label;   /* the key's name as printed on it ("PgDn", "q"), or NULL to hide */
    bool hint;           /* shown in the status bar */
} key_binding;

/* The table, in the order the help screen and status bar list it. */
const key_binding *keymap_table(unsigned *n);

/* The action for key in view v.  A digit 1-9 on a list gives ACT_PICK with *n set;
 * printable characters on the search line give ACT_EDIT_INSERT (the caller passes
 * the character as text).  ACT_NONE when unbound. */
action keymap_lookup(view_id v, key_event key, long *n);

/* A key label for the screen: translated when it is a word ("Up"), else as is. */
const char *keymap_key_name(lang_t lang, const char *label);

/* The first key label bound to act in view v (untranslated), or NULL. */
const char *keymap_label_for(view_id v, action act);

#endif
