/* The reader's model: a topic laid out for the current width and language (or two
 * languages side by side, aligned section by section), its related-topic links and
 * its search matches, plus the "reading position" that survives reflow.  Rebuilt
 * only when what it depends on changes.  Never includes curses. */
#ifndef VE_READER_H
#define VE_READER_H

#include <stdbool.h>
#include <stddef.h>

#include "content/store.h"
#include "text/doc.h"

struct search_index;

enum { READER_QUERY_MAX = 400, READER_SIDE_MIN_COLS = 100, READER_MAX_TEXT = 96 };

/* One screen row: a line of the left doc and, side by side, one of the right doc
 * (-1 where that column is blank because its section is shorter). */
typedef struct reader_row {
    int left, right;
    int section;
} reader_row;

/* A search match on one doc line: bytes [start, end) of that line's src. */
typedef struct reader_match {
    int row;
    bool right;      /* in the right-hand (Chinese) column */
    int line;        /* doc line index */
    size_t start, end;
} reader_match;

/* Where the reader is in a topic, independent of width and language: sections are
 * the same in every language, so the position maps across reflow and switching. */
typedef struct reader_anchor {
    int section;
    int offset;      /* rows into the section */
    int length;      /* rows the section had then */
} reader_anchor;

/* What a layout was made for. */
typedef struct reader_key {
    long topic;
    int lang;
    int chinese;         /* side by side: the Chinese variety beside English */
    int cols;
    bool side;
    char query[READER_QUERY_MAX];
} reader_key;

typedef struct reader {
    bool valid;
    reader_key key;
    bool side;           /* laid out side by side (asked for and wide enough) */
    doc left, right;     /* right is used only side by side */
    int text_width;      /* columns of one column of text */
    int left_x, right_x; /* screen columns where the texts start */
    reader_row *rows;
    size_t nrows, caprows;
    int *link_rows;      /* row of the first line of each related-topic link */
    long *link_topics;
    size_t nlinks;
    reader_match *matches;
    size_t nmatches, capmatches;
} reader;

/* Makes r fit key (a no-op when it already does).  ix may be NULL (no highlights). */
void reader_prepare(reader *r, const store *st, const struct search_index *ix, const reader_key *key);
void reader_free(reader *r);

reader_anchor reader_anchor_at(const reader *r, int row);
int reader_row_for(const reader *r, reader_anchor a);

/* Whether link k starts on one of the rows [top, top + rows) now on screen. */
bool reader_link_shown(const reader *r, int k, int top, int rows);

/* The link index shown on row, or -1. */
int reader_link_at_row(const reader *r, int row);
/* The first match at or after row (wrapping), or -1 when there is none. */
int reader_match_from(const reader *r, int row);

/* Fills r->matches; defined in reader_matches.c (needs the search engine). */
void reader_find_matches(reader *r, const struct search_index *ix, const char *query);

#endif
