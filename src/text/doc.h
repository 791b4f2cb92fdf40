/* A topic laid out as lines for one width and language: what --show prints and the
 * reader draws.  Each line points into the store's text, so search highlights
 * (byte ranges of that text) map straight onto it.  Never includes curses. */
#ifndef VE_DOC_H
#define VE_DOC_H

#include <stdbool.h>
#include <stddef.h>

#include "content/store.h"
#include "core/strbuf.h"

typedef enum {
    DOC_BLANK,
    DOC_TITLE,
    DOC_RULE,       /* a line under the title (double) or a heading (single), as wide as it */
    DOC_NOTICE,     /* "experimental" banner, "does not replace a doctor" */
    DOC_SUMMARY,
    DOC_HEADING,
    DOC_TEXT,
    DOC_ITEM,       /* bullet or numbered step */
    DOC_NOTE,
    DOC_BOX_TOP,    /* the key-points box: its top edge carries the label */
    DOC_BOX_LINE,
    DOC_BOX_BOTTOM,
    DOC_LINK,       /* a related topic */
    DOC_REF,        /* a numbered source */
    DOC_META,       /* review dates, who prepared it */
    DOC_ART,        /* one line of a figure: preformatted, never wrapped */
} doc_kind;

typedef struct doc_line {
    doc_kind kind;
    const char *src;     /* the text this line shows part of (NULL for blank and rules) */
    size_t start, end;   /* byte range in src */
    int indent;          /* columns before the text (before the prefix on an item's first line) */
    const char *prefix;  /* "• ", "3. " on an item's first line, else NULL */
    int prefix_cols;     /* columns the prefix takes; continuation lines are indented by it too */
    int section;         /* body section index; -1 before the body, nsections after it */
    long link;           /* topic index of a DOC_LINK line, else -1 */
} doc_line;

typedef struct doc {
    doc_line *lines;
    size_t n, cap;
    int width;           /* the width it was laid out for */
    int box_inner;       /* text columns inside the key-points box */
    strbuf owned;        /* not used for text; see owned_texts */
    char **owned_texts;  /* strings made for this doc (labels, numbers), freed with it */
    size_t nowned, capowned;
} doc;

/* Lays out topic t in lang for width columns (at least 10).  Labels come from
 * the catalogue of lang (tr), so two languages can be laid out side by side. */
void doc_topic(doc *d, const store *st, const topic *t, lang_t lang, int width);

/* Lays out any text as plain paragraphs (used for glossary cards and messages). */
void doc_text(doc *d, const char *text, doc_kind kind, int indent, int width);

/* Appends the plain-text rendering of d (what --show prints) to out. */
void doc_render_plain(const doc *d, strbuf *out);

/* The first line of section s, or 0. */
size_t doc_section_line(const doc *d, int s);

void doc_free(doc *d);

/* The topics every page points to in its footer (when the content has them). */
#define ABOUT_TOPIC_ID "about-this-guide"
#define HELP_TOPIC_ID "where-to-get-help"

/* The clinic's own contact (store.clinic_contact, from the kiosk settings) for lang:
 * the Chinese one for Chinese (in 简体 once the store's zh-Hans texts are derived),
 * else the English one, else whichever is set; NULL when none is.  Shown at the top
 * of where-to-get-help and on "Questions for my doctor". */
const char *doc_clinic_contact(const store *st, lang_t lang);
/* "Your clinic: …" appended to out; nothing without a contact. */
void doc_clinic_contact_text(const store *st, lang_t lang, strbuf *out);

/* The icon array for count of total: "●●●○○○○○○○" (filled U+25CF, empty U+25CB). */
void icons_text(int count, int total, strbuf *out);

/* "This page was due for review on DATE. Some facts may be out of date; ask your
 * doctor." appended to out when next_review is before the store's today; returns
 * whether it was. */
bool doc_overdue_text(const store *st, const char *next_review, lang_t lang, strbuf *out);

/* A figure's art for terminals without line-drawing characters: each box-drawing,
 * block, arrow or shape character becomes one ASCII character of the same width
 * (- | + # < > ^ v o *), so the picture keeps its shape; others are copied. */
void art_ascii(const char *s, size_t n, strbuf *out);

/* Shared labels, so the screens and --show use the same words. */
const char *doc_disclaimer(lang_t lang);
const char *doc_prepared_by(lang_t lang);

#endif
