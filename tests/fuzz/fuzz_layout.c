/* The text layout and width functions: random bytes (any UTF-8 or not) and widths.
 * Input: byte 0 = first width, byte 1 = other widths (both can be 0 or negative
 * after the shift), the rest = text. */
#include <string.h>

#include <unigbrk.h>

#include "fuzz.h"
#include "text/doc.h"
#include "text/layout.h"
#include "text/width.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_locale();
    return 0;
}

/* A line may be wider than its width only when it cannot be cut: one grapheme. */
static bool one_grapheme(const char *s, size_t start, size_t end)
{
    if (end <= start)
        return true;
    size_t n = end - start;
    char *g = malloc(n);
    u8_grapheme_breaks((const uint8_t *)s + start, n, g);
    bool one = true;
    for (size_t i = 1; i < n; i++)
        if (g[i])
            one = false;
    free(g);
    return one;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    int first = (int)data[0] - 8, rest = (int)data[1] - 8;
    const char *s = (const char *)data + 2;
    size_t n = size - 2;

    layout lay = { 0 };
    layout_wrap(s, n, first, rest, &lay);
    FUZZ_ASSERT(lay.n >= 1);
    size_t prev_end = 0;
    for (size_t i = 0; i < lay.n; i++) {
        const layout_line *l = &lay.lines[i];
        FUZZ_ASSERT(l->start <= l->end && l->end <= n);
        FUZZ_ASSERT(l->start >= prev_end);
        prev_end = l->end;
        FUZZ_ASSERT(l->cols == text_cols(s + l->start, l->end - l->start));
        int w = i == 0 ? (first < 1 ? 1 : first) : (rest < 1 ? 1 : rest);
        /* a line after a hard line break uses the other width too */
        int wmax = (first > rest ? first : rest);
        wmax = wmax < 1 ? 1 : wmax;
        /* the first line is never wider than the first width */
        FUZZ_ASSERT(l->cols <= (i == 0 ? w : wmax) || one_grapheme(s, l->start, l->end));
    }
    layout_clear(&lay);
    layout_wrap(s, n, rest, first, &lay);
    layout_free(&lay);

    int used = -1;
    size_t fit = text_fit(s, n, first, &used);
    FUZZ_ASSERT(fit <= n);
    FUZZ_ASSERT(used <= (first > 0 ? first : 0));
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_decode(s, n, i, &cp);
        FUZZ_ASSERT(k >= 1 && i + k <= n);
        int cw = cp_width(cp);
        FUZZ_ASSERT(cw >= 0 && cw <= 2);
        char enc[4];
        FUZZ_ASSERT(utf8_encode(cp_drawn(cp), enc) <= 4);
        i += k;
    }

    /* the document layer on the same text, as a glossary card or message */
    char *text = malloc(n + 1);
    memcpy(text, s, n);
    text[n] = '\0';
    doc d = { 0 };
    doc_text(&d, text, DOC_TEXT, rest & 7, first < 10 ? 10 : first);
    strbuf out = { 0 };
    doc_render_plain(&d, &out);
    sb_free(&out);
    doc_free(&d);
    free(text);
    return 0;
}
