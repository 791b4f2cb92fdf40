/* What things look like: a style per kind of text, mapped to colours and attributes
 * for the theme in use.  Meaning is never carried by colour alone: every style also
 * has an attribute or a marker that shows in black and white. */
#ifndef VE_THEME_H
#define VE_THEME_H

#include "ui/curses_lib.h"
#include <stdbool.h>

#include "ui/app.h"

typedef enum style {
    ST_NORMAL,
    ST_BAR,         /* title and status bars */
    ST_BAR_KEY,     /* a key name in the status bar */
    ST_BUTTON,      /* a clickable button in the title bar */
    ST_TITLE,
    ST_SUMMARY,
    ST_HEADING,
    ST_SELECTED,    /* the selected list item */
    ST_LINK,
    ST_LINK_FOCUS,
    ST_NOTICE,      /* "not a diagnosis", "experimental" */
    ST_BOX,         /* the key-points box and dialog frames */
    ST_META,        /* dates, who prepared it, counts */
    ST_MATCH,       /* a search match */
    ST_MATCH_CURRENT,
    ST_DIALOG,
    ST_INPUT,       /* the search line */
    ST_QR,          /* a QR code: dark modules on light in every theme (reverse video without colour) */
    ST_COUNT
} style;

/* Sets up colours for theme t (after initscr; again after a theme change).  With
 * NO_COLOR set, or a terminal without colours, every theme is black and white. */
void theme_setup(theme_id t);

attr_t style_attr(style s);
short style_pair(style s);

/* True when the environment asks for no colour (https://no-color.org). */
bool theme_no_color(void);

#endif
