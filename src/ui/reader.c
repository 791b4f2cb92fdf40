#include "ui/reader.h"

#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"

static void clear(reader *r)
{
    doc_free(&r->left);
    doc_free(&r->right);
    free(r->rows);
    free(r->link_rows);
    free(r->link_topics);
    free(r->matches);
    *r = (reader){ 0 };
}

void reader_free(reader *r) { clear(r); }

static bool same_key(const reader_key *x, const reader_key *y)
{
    return x->topic == y->topic && x->lang == y->lang && x->cols == y->cols && x->side == y->side &&
           strcmp(x->query, y->query) == 0;
}

static void add_row(reader *r, int left, int right, int section)
{
    XGROW(r->rows, r->caprows, r->nrows + 1);
    r->rows[r->nrows++] = (reader_row){ left, right, section };
}

/* One column: every doc line is a row. */
static void rows_single(reader *r)
{
    for (size_t i = 0; i < r->left.n; i++)
        add_row(r, (int)i, -1, r->left.lines[i].section);
}

/* Two columns: walk both docs section by section; the shorter side of a section gets
 * blank rows, so each section starts on the same row in both languages. */
static void rows_side(reader *r)
{
    size_t i = 0, j = 0;
    while (i < r->left.n || j < r->right.n) {
        int sl = i < r->left.n ? r->left.lines[i].section : 1 << 30;
        int sr = j < r->right.n ? r->right.lines[j].section : 1 << 30;
        int s = sl < sr ? sl : sr;
        while ((i < r->left.n && r->left.lines[i].section == s) || (j < r->right.n && r->right.lines[j].section == s)) {
            bool li = i < r->left.n && r->left.lines[i].section == s;
            bool rj = j < r->right.n && r->right.lines[j].section == s;
            add_row(r, li ? (int)i++ : -1, rj ? (int)j++ : -1, s);
        }
    }
}

static void find_links(reader *r)
{
    size_t n = 0;
    for (size_t i = 0; i < r->nrows; i++) {
        int l = r->rows[i].left;
        if (l >= 0 && r->left.lines[l].kind == DOC_LINK && r->left.lines[l].prefix)
            n++;
    }
    r->link_rows = xcalloc(n ? n : 1, sizeof *r->link_rows);
    r->link_topics = xcalloc(n ? n : 1, sizeof *r->link_topics);
    for (size_t i = 0; i < r->nrows; i++) {
        int l = r->rows[i].left;
        if (l >= 0 && r->left.lines[l].kind == DOC_LINK && r->left.lines[l].prefix) {
            r->link_rows[r->nlinks] = (int)i;
            r->link_topics[r->nlinks++] = r->left.lines[l].link;
        }
    }
}

void reader_prepare(reader *r, const store *st, const struct search_index *ix, const reader_key *key)
{
    if (r->valid && same_key(&r->key, key))
        return;
    clear(r);
    r->key = *key;
    r->valid = true;
    if (key->topic < 0 || (size_t)key->topic >= st->ntopics)
        return;
    const topic *t = store_topic(st, key->topic);
    lang_t lang = (lang_t)key->lang;
    r->side = key->side;
    if (r->side) {
        /* " │ " between the columns; labels ("Key points") in each column's language */
        r->text_width = (key->cols - 4) / 2;
        r->left_x = 1;
        r->right_x = 1 + r->text_width + 3;
        doc_topic(&r->left, st, t, LANG_EN, r->text_width);
        doc_topic(&r->right, st, t, (lang_t)key->chinese, r->text_width);
        rows_side(r);
    } else {
        int w = key->cols - 2;
        if (w > READER_MAX_TEXT)
            w = READER_MAX_TEXT; /* long lines are hard to read; centre instead */
        if (w < 10)
            w = 10;
        r->text_width = w;
        r->left_x = key->cols > w + 2 ? (key->cols - w) / 2 : 1;
        doc_topic(&r->left, st, t, lang, w);
        rows_single(r);
    }
    find_links(r);
    if (ix && key->query[0])
        reader_find_matches(r, ix, key->query);
}

reader_anchor reader_anchor_at(const reader *r, int row)
{
    reader_anchor a = { .section = -1 };
    if (r->nrows == 0 || row < 0)
        return a;
    if ((size_t)row >= r->nrows)
        row = (int)r->nrows - 1;
    a.section = r->rows[row].section;
    int start = row;
    while (start > 0 && r->rows[start - 1].section == a.section)
        start--;
    int end = row;
    while ((size_t)end + 1 < r->nrows && r->rows[end + 1].section == a.section)
        end++;
    a.offset = row - start;
    a.length = end - start + 1;
    return a;
}

int reader_row_for(const reader *r, reader_anchor a)
{
    int start = -1, len = 0;
    for (size_t i = 0; i < r->nrows; i++) {
        if (r->rows[i].section == a.section) {
            if (start < 0)
                start = (int)i;
            len++;
        }
    }
    if (start < 0)
        return 0; /* no such section (a question's, from a pack): the top */
    /* the same fraction of the way through the section */
    int off = a.length > 0 ? (int)((long)a.offset * len / a.length) : 0;
    return start + (off < len ? off : len - 1);
}

bool reader_link_shown(const reader *r, int k, int top, int rows)
{
    if (k < 0 || (size_t)k >= r->nlinks)
        return false;
    return r->link_rows[k] >= top && r->link_rows[k] < top + rows;
}

int reader_link_at_row(const reader *r, int row)
{
    if (row < 0 || (size_t)row >= r->nrows)
        return -1;
    for (size_t k = 0; k < r->nlinks; k++) {
        int first = r->link_rows[k];
        /* a link may wrap onto further rows of the same link */
        int last = first;
        while ((size_t)last + 1 < r->nrows && r->rows[last + 1].left >= 0 &&
               r->left.lines[r->rows[last + 1].left].kind == DOC_LINK && !r->left.lines[r->rows[last + 1].left].prefix)
            last++;
        if (row >= first && row <= last)
            return (int)k;
    }
    return -1;
}

int reader_match_from(const reader *r, int row)
{
    if (r->nmatches == 0)
        return -1;
    for (size_t i = 0; i < r->nmatches; i++)
        if (r->matches[i].row >= row)
            return (int)i;
    return 0;
}
