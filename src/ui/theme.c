#include "ui/theme.h"

#include <stdlib.h>

static attr_t attrs[ST_COUNT];
static short pairs[ST_COUNT];

bool theme_no_color(void)
{
    const char *v = getenv("NO_COLOR");
    return v && *v;
}

/* Black and white: bold, underline and reverse only. */
static void mono(void)
{
    static const attr_t m[ST_COUNT] = {
        [ST_NORMAL] = A_NORMAL,
        [ST_BAR] = A_REVERSE,
        [ST_BAR_KEY] = A_REVERSE | A_BOLD,
        [ST_BUTTON] = A_REVERSE | A_BOLD,
        [ST_TITLE] = A_BOLD,
        [ST_SUMMARY] = A_BOLD,
        [ST_HEADING] = A_BOLD,
        [ST_SELECTED] = A_REVERSE,
        [ST_LINK] = A_UNDERLINE,
        [ST_LINK_FOCUS] = A_REVERSE | A_UNDERLINE,
        [ST_NOTICE] = A_BOLD,
        [ST_BOX] = A_NORMAL,
        [ST_META] = A_NORMAL,
        [ST_MATCH] = A_BOLD | A_UNDERLINE,
        [ST_MATCH_CURRENT] = A_REVERSE | A_BOLD,
        [ST_DIALOG] = A_REVERSE,
        [ST_INPUT] = A_UNDERLINE,
        [ST_QR] = A_REVERSE, /* the terminal's own foreground (light on most) behind dark glyphs */
    };
    for (int i = 0; i < ST_COUNT; i++) {
        attrs[i] = m[i];
        pairs[i] = 0;
    }
}

/* Colours on top of the black-and-white attributes, so every distinction survives
 * on a monochrome screen.  Only the 8 basic colours: they exist everywhere,
 * TERM=linux included. */
static void colours(bool high_contrast)
{
    struct { style s; short fg, bg; } normal[] = {
        { ST_BAR, COLOR_WHITE, COLOR_BLUE },
        { ST_BAR_KEY, COLOR_YELLOW, COLOR_BLUE },
        { ST_BUTTON, COLOR_BLACK, COLOR_CYAN },
        { ST_TITLE, COLOR_CYAN, -1 },
        { ST_HEADING, COLOR_GREEN, -1 },
        { ST_SELECTED, COLOR_WHITE, COLOR_BLUE },
        { ST_LINK, COLOR_CYAN, -1 },
        { ST_LINK_FOCUS, COLOR_BLACK, COLOR_CYAN },
        { ST_NOTICE, COLOR_YELLOW, -1 },
        { ST_BOX, COLOR_CYAN, -1 },
        { ST_META, COLOR_WHITE, -1 },
        { ST_MATCH, COLOR_BLACK, COLOR_YELLOW },
        { ST_MATCH_CURRENT, COLOR_BLACK, COLOR_GREEN },
        { ST_DIALOG, COLOR_BLACK, COLOR_WHITE },
        { ST_INPUT, COLOR_WHITE, -1 },
    };
    struct { style s; short fg, bg; } contrast[] = {
        { ST_NORMAL, COLOR_WHITE, COLOR_BLACK },
        { ST_BAR, COLOR_BLACK, COLOR_WHITE },
        { ST_BAR_KEY, COLOR_BLACK, COLOR_WHITE },
        { ST_BUTTON, COLOR_BLACK, COLOR_YELLOW },
        { ST_TITLE, COLOR_YELLOW, COLOR_BLACK },
        { ST_HEADING, COLOR_YELLOW, COLOR_BLACK },
        { ST_SELECTED, COLOR_BLACK, COLOR_YELLOW },
        { ST_LINK, COLOR_CYAN, COLOR_BLACK },
        { ST_LINK_FOCUS, COLOR_BLACK, COLOR_YELLOW },
        { ST_NOTICE, COLOR_WHITE, COLOR_BLACK },
        { ST_BOX, COLOR_WHITE, COLOR_BLACK },
        { ST_META, COLOR_WHITE, COLOR_BLACK },
        { ST_MATCH, COLOR_BLACK, COLOR_YELLOW },
        { ST_MATCH_CURRENT, COLOR_BLACK, COLOR_WHITE },
        { ST_DIALOG, COLOR_BLACK, COLOR_WHITE },
        { ST_INPUT, COLOR_WHITE, COLOR_BLACK },
    };
    static int defaults = -1; /* whether -1 ("the terminal's own colour") may be used */
    if (defaults < 0)
        defaults = use_default_colors() == OK;
    short next = 1;
    for (size_t i = 0; i < sizeof normal / sizeof normal[0]; i++)
        if (normal[i].bg < 0 && !defaults)
            normal[i].bg = COLOR_BLACK;
    if (high_contrast) {
        for (size_t i = 0; i < sizeof contrast / sizeof contrast[0]; i++) {
            init_pair(next, contrast[i].fg, contrast[i].bg);
            pairs[contrast[i].s] = next++;
            attrs[contrast[i].s] |= A_BOLD;
        }
    } else {
        for (size_t i = 0; i < sizeof normal / sizeof normal[0]; i++) {
            init_pair(next, normal[i].fg, normal[i].bg);
            pairs[normal[i].s] = next++;
        }
    }
}

void theme_setup(theme_id t)
{
    mono();
    if (t == THEME_MONO || theme_no_color() || !has_colors() || COLOR_PAIRS < 20)
        return;
    colours(t == THEME_HIGH_CONTRAST);
    /* black on white in every colour theme, never bold (bold can lighten the black) */
    init_pair(ST_COUNT + 1, COLOR_BLACK, COLOR_WHITE);
    attrs[ST_QR] = A_NORMAL;
    pairs[ST_QR] = ST_COUNT + 1;
}

attr_t style_attr(style s) { return s < ST_COUNT ? attrs[s] : A_NORMAL; }
short style_pair(style s) { return s < ST_COUNT ? pairs[s] : 0; }
