/* Search matches in the reader: every span of the query in every line's text. */
#include <string.h>

#include "core/xalloc.h"
#include "search/search.h"
#include "ui/reader.h"

static void add_match(reader *r, int row, bool right, int line, size_t start, size_t end)
{
    XGROW(r->matches, r->capmatches, r->nmatches + 1);
    r->matches[r->nmatches++] = (reader_match){ row, right, line, start, end };
}

/* The spans of one doc line, clipped to the bytes it shows. */
static void line_matches(reader *r, const search_index *ix, const char *query, const doc *d, int line, int row,
                         bool right)
{
    const doc_line *l = &d->lines[line];
    if (!l->src || l->end <= l->start)
        return;
    search_spans sp = { 0 };
    /* spans are byte ranges of the whole text, so matches cut by a wrap still count */
    search_highlight_query(ix, query, strlen(query), false, l->src, strlen(l->src), &sp);
    for (size_t k = 0; k < sp.n; k++) {
        size_t s = sp.v[k].start > l->start ? sp.v[k].start : l->start;
        size_t e = sp.v[k].end < l->end ? sp.v[k].end : l->end;
        if (s < e)
            add_match(r, row, right, line, s, e);
    }
    search_spans_free(&sp);
}

void reader_find_matches(reader *r, const struct search_index *ix, const char *query)
{
    for (size_t i = 0; i < r->nrows; i++) {
        if (r->rows[i].left >= 0)
            line_matches(r, ix, query, &r->left, r->rows[i].left, (int)i, false);
        if (r->rows[i].right >= 0)
            line_matches(r, ix, query, &r->right, r->rows[i].right, (int)i, true);
    }
}
