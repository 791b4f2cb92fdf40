/* A one-line text editor for the search line, kept in characters (not bytes) so
 * Chinese input, several characters committed at once by an input method, and a
 * cursor measured in display columns all work.  Fixed size, no allocation, so the
 * app state can be wiped with one assignment.  Never includes curses. */
#ifndef VE_LINE_EDIT_H
#define VE_LINE_EDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { LINE_EDIT_MAX = 200 };

typedef struct line_edit {
    uint32_t cp[LINE_EDIT_MAX];
    int len;      /* characters */
    int cursor;   /* 0..len, in characters */
} line_edit;

/* Inserts the UTF-8 text at the cursor (controls are dropped); false when full. */
bool le_insert(line_edit *e, const char *utf8);
bool le_backspace(line_edit *e);
bool le_delete(line_edit *e);
bool le_left(line_edit *e);
bool le_right(line_edit *e);
bool le_start(line_edit *e);
bool le_end(line_edit *e);
bool le_clear(line_edit *e);

/* The text as UTF-8 into out (size n); returns its length in bytes. */
size_t le_text(const line_edit *e, char *out, size_t n);

/* Display columns of characters [0, upto). */
int le_cols(const line_edit *e, int upto);

/* The first character to show so the cursor is visible in a field of width columns. */
int le_scroll(const line_edit *e, int width);

#endif
