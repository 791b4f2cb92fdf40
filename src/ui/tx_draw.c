#include "ui/tx_draw.h"

#include <string.h>

#include "ui/chrome.h"

int tx_button(canvas *c, int y, int x, const char *key, const char *label, action act)
{
    int w = 2 + str_cols(key) + 1 + str_cols(label);
    if (x + w > c->cols - 1)
        return 0;
    int used = put_str(c, y, x, 1, "[", ST_BUTTON);
    used += put_str(c, y, x + used, c->cols - x - used, key, ST_BAR_KEY);
    used += put_str(c, y, x + used, 1, " ", ST_BUTTON);
    used += put_str(c, y, x + used, c->cols - x - used, label, ST_BUTTON);
    used += put_str(c, y, x + used, 1, "]", ST_BUTTON);
    hit_add(c, y, x, x + used, act, 0);
    return used;
}

int tx_text_lines(const char *text)
{
    int n = 0;
    for (const char *p = text; *p; p++)
        n += *p == '\n';
    if (*text && text[strlen(text) - 1] != '\n')
        n++;
    return n;
}

void tx_text_rows(canvas *c, int y, int rows, const char *text, int first, style st)
{
    const char *p = text;
    for (int i = 0; i < first && *p; i++) {
        const char *nl = strchr(p, '\n');
        p = nl ? nl + 1 : p + strlen(p);
    }
    for (int r = 0; r < rows && *p; r++) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        put_text(c, y + r, 1, c->cols - 2, p, len, st);
        p = nl ? nl + 1 : p + len;
    }
}
