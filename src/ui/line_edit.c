#include "ui/line_edit.h"

#include <string.h>

#include "text/width.h"

bool le_insert(line_edit *e, const char *utf8)
{
    size_t n = strlen(utf8);
    bool changed = false;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(utf8, n, i, &cp);
        if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0))
            continue;
        if (e->len >= LINE_EDIT_MAX)
            break;
        memmove(&e->cp[e->cursor + 1], &e->cp[e->cursor], (size_t)(e->len - e->cursor) * sizeof e->cp[0]);
        e->cp[e->cursor++] = cp;
        e->len++;
        changed = true;
    }
    return changed;
}

bool le_backspace(line_edit *e)
{
    if (e->cursor == 0)
        return false;
    e->cursor--;
    return le_delete(e);
}

bool le_delete(line_edit *e)
{
    if (e->cursor >= e->len)
        return false;
    memmove(&e->cp[e->cursor], &e->cp[e->cursor + 1], (size_t)(e->len - e->cursor - 1) * sizeof e->cp[0]);
    e->len--;
    e->cp[e->len] = 0;
    return true;
}

bool le_left(line_edit *e)
{
    if (e->cursor == 0)
        return false;
    e->cursor--;
    return true;
}

bool le_right(line_edit *e)
{
    if (e->cursor >= e->len)
        return false;
    e->cursor++;
    return true;
}

bool le_start(line_edit *e)
{
    bool moved = e->cursor != 0;
    e->cursor = 0;
    return moved;
}

bool le_end(line_edit *e)
{
    bool moved = e->cursor != e->len;
    e->cursor = e->len;
    return moved;
}

bool le_clear(line_edit *e)
{
    bool had = e->len > 0;
    *e = (line_edit){ 0 };
    return had;
}

size_t le_text(const line_edit *e, char *out, size_t n)
{
    size_t used = 0;
    for (int i = 0; i < e->len; i++) {
        char buf[4];
        size_t k = utf8_encode(e->cp[i], buf);
        if (used + k + 1 > n)
            break;
        memcpy(out + used, buf, k);
        used += k;
    }
    if (n)
        out[used] = '\0';
    return used;
}

int le_cols(const line_edit *e, int upto)
{
    int cols = 0;
    for (int i = 0; i < upto && i < e->len; i++)
        cols += cp_width(e->cp[i]);
    return cols;
}

int le_scroll(const line_edit *e, int width)
{
    if (width < 2)
        return e->cursor;
    /* keep one column free for the cursor after the last character */
    int first = 0;
    while (first < e->cursor && le_cols(e, e->cursor) - le_cols(e, first) > width - 1)
        first++;
    return first;
}
