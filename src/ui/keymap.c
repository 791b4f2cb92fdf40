#include "ui/keymap.h"

#include "ui/curses_lib.h"
#include <stddef.h>
#include <string.h>
#include <wctype.h>

#include "core/i18n.h"
#include "ui/view.h"

enum { CTRL_L = 12, CTRL_U = 21, ESC = 27, DEL = 127, BS = 8 };

#define C(ctx, ch, act, label, hint) { (ctx), false, (uint32_t)(ch), ACT_##act, (label), (hint) }
#define F(ctx, key, act, label, hint) { (ctx), true, (uint32_t)(key), ACT_##act, (label), (hint) }

#define NOT_ATTRACT (CTX_ALL & ~CTX(VIEW_ATTRACT))
#define BROWSE (NOT_ATTRACT & ~CTX(VIEW_SEARCH))

/* Key labels avoid East Asian "ambiguous" characters (arrows, bullets): a terminal set
 * to draw them wide would shift the whole status bar. */
static const key_binding table[] = {
    /* the comparison pages through its columns with the arrows (before Left = Back) */
    F(CTX(VIEW_TX_COMPARE), KEY_LEFT, COLS_PREV, "Left", false),
    F(CTX(VIEW_TX_COMPARE), KEY_RIGHT, COLS_NEXT, "Right", true),
    C(CTX(VIEW_TX_COMPARE), '<', COLS_PREV, "<", false),
    C(CTX(VIEW_TX_COMPARE), '>', COLS_NEXT, ">", false),
    C(CTX(VIEW_TX_OPTIONS), 'v', TX_COMPARE, "v", true),
    C(CTX(VIEW_TX_DOCTOR), 'p', TAKE_HOME, "p", true),
    /* take home: the QR codes page with the arrows, n and N (before Left = Back) */
    F(CTX(VIEW_TAKE_HOME), KEY_RIGHT, CODE_NEXT, "Right", true),
    F(CTX(VIEW_TAKE_HOME), KEY_LEFT, CODE_PREV, "Left", false),
    C(CTX(VIEW_TAKE_HOME), 'n', CODE_NEXT, "n", false),
    C(CTX(VIEW_TAKE_HOME), 'N', CODE_PREV, "N", false),
    C(CTX(VIEW_TAKE_HOME), 's', SHEET_SAVE, "s", true),
    C(CTX(VIEW_TX_OPTIONS) | CTX(VIEW_TX_COMPARE), 'd', TX_QUESTIONS, "d", true),
    C(CTX(VIEW_TX_OPTIONS) | CTX(VIEW_TX_COMPARE), 'o', TX_READ_MORE, "o", true),
    F(NOT_ATTRACT, KEY_UP, UP, "Up", false),
    C(BROWSE, 'k', UP, NULL, false),
    F(NOT_ATTRACT, KEY_DOWN, DOWN, "Down", false),
    C(BROWSE, 'j', DOWN, NULL, false),
    F(NOT_ATTRACT, KEY_PPAGE, PAGE_UP, "PgUp", false),
    F(NOT_ATTRACT, KEY_NPAGE, PAGE_DOWN, "PgDn", true),
    C(CTX(VIEW_READER) | CTX(VIEW_HELP), ' ', PAGE_DOWN, "Space", false),
    F(BROWSE, KEY_HOME, FIRST, "Home", false),
    C(BROWSE, 'g', FIRST, NULL, false),
    F(BROWSE, KEY_END, LAST, "End", false),
    C(BROWSE, 'G', LAST, NULL, false),
    C(NOT_ATTRACT & ~CTX(VIEW_HELP), '\n', OPEN, "Enter", true),
    C(NOT_ATTRACT & ~CTX(VIEW_HELP), '\r', OPEN, NULL, false),
    F(NOT_ATTRACT & ~CTX(VIEW_HELP), KEY_ENTER, OPEN, NULL, false),
    F(BROWSE & ~CTX(VIEW_READER) & ~CTX(VIEW_HELP), KEY_RIGHT, OPEN, NULL, false),
    C(BROWSE, '1', PICK, "1-9", false), /* lists only: see keymap_lookup */
    C(CTX(VIEW_READER) | CTX(VIEW_GLOSSARY), '\t', NEXT_LINK, "Tab", true),
    F(CTX(VIEW_READER) | CTX(VIEW_GLOSSARY), KEY_BTAB, PREV_LINK, "Shift-Tab", false),
    C(NOT_ATTRACT, ESC, BACK, "Esc", true),
    C(CTX(VIEW_SEARCH), CTRL_U, EDIT_CLEAR, "Ctrl-U", true), /* said beside Esc: the way to empty the line */
    F(BROWSE, KEY_LEFT, BACK, "Left", false),
    F(BROWSE, KEY_BACKSPACE, BACK, "Backspace", false),
    C(BROWSE, DEL, BACK, NULL, false),
    C(BROWSE, BS, BACK, NULL, false),
    C(CTX(VIEW_READER), 'n', NEXT_MATCH, "n", true),
    C(CTX(VIEW_READER), 'N', PREV_MATCH, "N", false),
    C(BROWSE, '/', SEARCH, "/", true),
    C(CTX(VIEW_READER), 's', SIDE_BY_SIDE, "s", true),
    C(BROWSE, 'l', LANGUAGE, "l", true),
    F(NOT_ATTRACT, KEY_F(2), LANGUAGE, "F2", false),
    C(BROWSE, 't', TREATMENTS, "t", false),
    C(BROWSE, 'h', HOME_SCREEN, "h", false),
    C(BROWSE, 'c', THEME, "c", false),
    C(BROWSE, '?', HELP, "?", true),
    F(NOT_ATTRACT, KEY_F(1), HELP, "F1", false),
    C(BROWSE, 'q', QUIT, "q", true),
    /* the search line */
    F(CTX(VIEW_SEARCH), KEY_LEFT, EDIT_LEFT, NULL, false),
    F(CTX(VIEW_SEARCH), KEY_RIGHT, EDIT_RIGHT, NULL, false),
    F(CTX(VIEW_SEARCH), KEY_HOME, EDIT_START, NULL, false),
    F(CTX(VIEW_SEARCH), KEY_END, EDIT_END, NULL, false),
    F(CTX(VIEW_SEARCH), KEY_BACKSPACE, EDIT_BACKSPACE, NULL, false),
    C(CTX(VIEW_SEARCH), DEL, EDIT_BACKSPACE, NULL, false),
    C(CTX(VIEW_SEARCH), BS, EDIT_BACKSPACE, NULL, false),
    F(CTX(VIEW_SEARCH), KEY_DC, EDIT_DELETE, NULL, false),
    C(CTX(VIEW_SEARCH), '\t', EDIT_RECALL, "Tab", false),
    /* Ctrl-L redraws: handled by the loop, listed so it is not an unbound key */
    C(CTX_ALL, CTRL_L, NONE, NULL, false),
};

/* Key names that mean something in words; the rest (PgUp, Enter, Esc, Tab, q…) are
 * what is printed on the keys, so they are the same in every language. */
static const char *const worded[] = { N_("Up"), N_("Down"), N_("Left"), N_("Right"), N_("Space"), N_("Shift-Tab") };

const char *keymap_key_name(lang_t lang, const char *label)
{
    for (size_t i = 0; i < sizeof worded / sizeof worded[0]; i++)
        if (label && strcmp(label, worded[i]) == 0)
            return tr(lang, label);
    return label;
}

const key_binding *keymap_table(unsigned *n)
{
    *n = sizeof table / sizeof table[0];
    return table;
}

action keymap_lookup(view_id v, key_event key, long *n)
{
    unsigned ctx = CTX(v);
    if (!key.fn && key.code >= '1' && key.code <= '9' && (ctx & BROWSE) && view_is_list(v)) {
        *n = (long)(key.code - '1');
        return ACT_PICK;
    }
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        const key_binding *b = &table[i];
        if ((b->ctx & ctx) && b->fn == key.fn && b->code == key.code && !(b->code == '1' && !b->fn))
            return b->act;
    }
    if (v == VIEW_SEARCH && !key.fn && key.code >= 0x20 && key.code != DEL && iswprint((wint_t)key.code))
        return ACT_EDIT_INSERT;
    return ACT_NONE;
}

const char *keymap_label_for(view_id v, action act)
{
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if ((table[i].ctx & CTX(v)) && table[i].act == act && table[i].label && (act != ACT_PICK || view_is_list(v)))
            return table[i].label;
    return NULL;
}
