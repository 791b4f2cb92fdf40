#include "text/layout.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unigbrk.h>
#include <unilbrk.h>

#include "core/strbuf.h"
#include "core/xalloc.h"
#include "text/width.h"

static void push(layout *out, const char *s, size_t start, size_t end)
{
    /* drop trailing spaces: they would only push the line past its width */
    while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\t'))
        end--;
    XGROW(out->lines, out->cap, out->n + 1);
    out->lines[out->n++] = (layout_line){ start, end, text_cols(s + start, end - start) };
}

static bool ascii_alnum(uint32_t cp)
{
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

/* Break-rule fixes UAX #14 leaves open for Chinese text (see search-unicode notes):
 * no break before ～ · — ‥ …, none inside ——, none after an en dash between digits.
 * libunistring also allows a break after a full stop between letters, which splits web
 * addresses ("changingfaces.|org.uk", "ClinicalTrials.|gov"): a reader copying the
 * address off the screen would get it wrong, so keep "x.y" together. */
/* Whether a unit of measure starts at s[i] ("nm", "mg", "mJ/cm²"...): a number and its
 * unit stay on one line ("311 nm", never "311" / "nm"; screen-test L10). */
static bool unit_at(const char *s, size_t n, size_t i)
{
    static const char *const units[] = { "nm", "mg", "ml", "mL", "kg", "mm", "cm", "mcg", "\xc2\xb5g", "IU", "mJ", "J" };
    for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
        size_t l = strlen(units[u]);
        if (i + l <= n && memcmp(s + i, units[u], l) == 0) {
            unsigned char after = i + l < n ? (unsigned char)s[i + l] : ' ';
            if (!((after >= 'a' && after <= 'z') || (after >= 'A' && after <= 'Z')))
                return true;
        }
    }
    return false;
}

static void apply_overrides(const char *s, size_t n, char *p)
{
    uint32_t prev = 0, prev2 = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_decode(s, n, i, &cp);
        if (cp == 0xFF5E || cp == 0x00B7 || cp == 0x2014 || cp == 0x2025 || cp == 0x2026 || cp == 0x30FB)
            if (p[i] == UC_BREAK_POSSIBLE)
                p[i] = UC_BREAK_PROHIBITED;
        if (prev == '.' && ascii_alnum(prev2) && ascii_alnum(cp) && p[i] == UC_BREAK_POSSIBLE)
            p[i] = UC_BREAK_PROHIBITED;
        if (prev == 0x2013 && prev2 >= '0' && prev2 <= '9' && cp >= '0' && cp <= '9' && p[i] == UC_BREAK_POSSIBLE)
            p[i] = UC_BREAK_PROHIBITED;
        if (prev == ' ' && prev2 >= '0' && prev2 <= '9' && p[i] == UC_BREAK_POSSIBLE && unit_at(s, n, i))
            p[i] = UC_BREAK_PROHIBITED;
        prev2 = prev;
        prev = cp;
        i += k;
    }
}

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

void layout_wrap(const char *s, size_t n, int first_width, int rest_width, layout *out)
{
    if (first_width < 1)
        first_width = 1;
    if (rest_width < 1)
        rest_width = 1;
    if (n == 0) {
        push(out, s, 0, 0);
        return;
    }
    char *p = xmalloc(n);
    char *g = xmalloc(n);
    u8_possible_linebreaks((const uint8_t *)s, n, "UTF-8", p);
    u8_grapheme_breaks((const uint8_t *)s, n, g);
    apply_overrides(s, n, p);

    size_t line_start = 0, i = 0, brk = 0;
    int col = 0, width = first_width;
    bool have_brk = false;
    while (i < n) {
        uint32_t cp;
        size_t k = utf8_decode(s, n, i, &cp);
        if (cp == '\n' || cp == '\r') {
            push(out, s, line_start, i);
            i += k;
            if (cp == '\r' && i < n && s[i] == '\n')
                i++;
            line_start = i;
            col = 0;
            have_brk = false;
            width = rest_width;
            continue;
        }
        if (i > line_start && p[i] == UC_BREAK_POSSIBLE) {
            brk = i;
            have_brk = true;
        }
        int w = cp_width(cp);
        bool space = cp == ' ' || cp == '\t';
        if (!space && col + w > width && i > line_start) {
            size_t cut;
            if (have_brk && brk > line_start) {
                cut = brk;
            } else {
                /* one unbreakable run wider than the line: cut between graphemes */
                cut = i;
                while (cut > line_start && !g[cut])
                    cut--;
                if (cut == line_start)
                    cut = i;
            }
            push(out, s, line_start, cut);
            line_start = skip_spaces(s, n, cut);
            i = line_start;
            col = 0;
            have_brk = false;
            width = rest_width;
            continue;
        }
        col += w;
        i += k;
    }
    if (line_start < n || out->n == 0)
        push(out, s, line_start, n);
    free(p);
    free(g);
}

void layout_append_plain(strbuf *out, const char *text, int indent, const char *prefix, int width)
{
    int pcols = prefix ? text_cols(prefix, strlen(prefix)) : 0;
    int avail = width - indent - pcols;
    if (avail < 8)
        avail = 8;
    layout lay = { 0 };
    layout_wrap(text, strlen(text), avail, avail, &lay);
    for (size_t i = 0; i < lay.n; i++) {
        sb_repeat(out, " ", indent + (i && prefix ? pcols : 0));
        if (i == 0 && prefix)
            sb_puts(out, prefix);
        sb_append(out, text + lay.lines[i].start, lay.lines[i].end - lay.lines[i].start);
        sb_putc(out, '\n');
    }
    layout_free(&lay);
}

void layout_clear(layout *l) { l->n = 0; }

void layout_free(layout *l)
{
    free(l->lines);
    *l = (layout){ 0 };
}
