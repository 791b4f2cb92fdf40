#include "text/doc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/xalloc.h"
#include "text/layout.h"
#include "text/width.h"

bool doc_overdue_text(const store *st, const char *next_review, lang_t lang, strbuf *out)
{
    if (!store_review_overdue(st, next_review))
        return false;
    sb_printf(out, tr(lang, "This page was due for review on %s. Some facts may be out of date; ask your doctor."),
              next_review);
    return true;
}

const char *doc_disclaimer(lang_t lang)
{
    return tr(lang, "This is general information. It does not replace advice from your doctor.");
}

const char *doc_prepared_by(lang_t lang)
{
    return tr(lang, "Prepared by the Vitiligo Explorer content team from the sources listed.");
}

void icons_text(int count, int total, strbuf *out)
{
    for (int i = 0; i < total; i++)
        sb_puts(out, i < count ? "\u25cf" : "\u25cb");
}

const char *doc_clinic_contact(const store *st, lang_t lang)
{
    const ltext *c = &st->clinic_contact;
    const char *zh = lang_is_chinese(lang) ? lt(c, lang) : "";
    const char *s = *zh ? zh : *lt(c, LANG_EN) ? lt(c, LANG_EN) : lt(c, LANG_ZH_HANT);
    return *s ? s : NULL;
}

void doc_clinic_contact_text(const store *st, lang_t lang, strbuf *out)
{
    const char *c = doc_clinic_contact(st, lang);
    if (c)
        sb_printf(out, tr(lang, "Your clinic: %s"), c);
}

static const char *own(doc *d, const char *s)
{
    XGROW(d->owned_texts, d->capowned, d->nowned + 1);
    char *copy = xstrdup(s);
    d->owned_texts[d->nowned++] = copy;
    return copy;
}

static doc_line *add(doc *d, doc_kind kind)
{
    XGROW(d->lines, d->cap, d->n + 1);
    doc_line *l = &d->lines[d->n++];
    *l = (doc_line){ .kind = kind, .section = -1, .link = -1 };
    return l;
}

static void blank(doc *d, int section)
{
    if (d->n && d->lines[d->n - 1].kind == DOC_BLANK)
        return;
    add(d, DOC_BLANK)->section = section;
}

/* Wraps src into lines of kind; prefix (may be NULL) hangs before the first line. */
static void wrapped(doc *d, doc_kind kind, const char *src, int indent, const char *prefix, int width,
                    int section, long link)
{
    int pcols = prefix ? text_cols(prefix, strlen(prefix)) : 0;
    int avail = width - indent - pcols;
    if (avail < 4)
        avail = 4;
    layout lay = { 0 };
    layout_wrap(src, strlen(src), avail, avail, &lay);
    for (size_t i = 0; i < lay.n; i++) {
        doc_line *l = add(d, kind);
        l->src = src;
        l->start = lay.lines[i].start;
        l->end = lay.lines[i].end;
        l->indent = indent;
        l->prefix = i == 0 ? prefix : NULL;
        l->prefix_cols = pcols;
        l->section = section;
        l->link = link;
    }
    layout_free(&lay);
}

/* A heading and the rule under it (bold on screen, underlined in plain text). */
static void heading(doc *d, const char *text, int width, int section)
{
    wrapped(d, DOC_HEADING, text, 0, NULL, width, section, -1);
    add(d, DOC_RULE)->section = section;
}

/* An art line without its trailing spaces (they would only pad the right edge). */
static size_t art_len(const char *s)
{
    size_t n = strlen(s);
    while (n && s[n - 1] == ' ')
        n--;
    return n;
}

void art_ascii(const char *s, size_t n, strbuf *out)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_decode(s, n, i, &cp);
        char c = 0;
        if (cp >= 0x2500 && cp <= 0x257F) {
            /* box drawing: lines that run across, lines that run down, the rest joins */
            static const uint32_t across[] = { 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D,
                                               0x2550, 0x2574, 0x2576, 0x2578, 0x257A, 0x257C, 0x257E };
            static const uint32_t down[] = { 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F,
                                             0x2551, 0x2575, 0x2577, 0x2579, 0x257B, 0x257D, 0x257F };
            c = '+';
            for (size_t j = 0; j < sizeof across / sizeof across[0]; j++)
                if (cp == across[j])
                    c = '-';
            for (size_t j = 0; j < sizeof down / sizeof down[0]; j++)
                if (cp == down[j])
                    c = '|';
            if (cp == 0x2571)
                c = '/';
            else if (cp == 0x2572)
                c = '\\';
            else if (cp == 0x2573)
                c = 'X';
        } else if (cp >= 0x2580 && cp <= 0x259F) {
            c = cp == 0x2591 ? '.' : cp == 0x2592 ? ':' : '#'; /* blocks and shades */
        } else if (cp >= 0x2190 && cp <= 0x21FF) {
            static const char arrows[] = "<^>v-|";            /* ← ↑ → ↓ ↔ ↕ */
            c = cp <= 0x2195 ? arrows[cp - 0x2190] : cp == 0x21D2 ? '>' : cp == 0x21D0 ? '<' : '>';
        } else if (cp == 0x25CF || cp == 0x25C6 || cp == 0x2605) {
            c = '*';                                         /* ● ◆ ★ */
        } else if (cp == 0x25CB || cp == 0x25EF || cp == 0x25CC) {
            c = 'o';                                         /* ○ ◯ ◌ */
        } else if (cp == 0x25A0 || cp == 0x25AA) {
            c = '#';                                         /* ■ ▪ */
        } else if (cp == 0x25A1 || cp == 0x25AB) {
            c = 'o';                                         /* □ ▫ */
        } else if (cp == 0x25B2 || cp == 0x25B3) {
            c = '^';
        } else if (cp == 0x25BC || cp == 0x25BD) {
            c = 'v';
        } else if (cp == 0x25B6 || cp == 0x25BA) {
            c = '>';
        } else if (cp == 0x25C0 || cp == 0x25C4) {
            c = '<';
        } else if (cp == 0x00B7 || cp == 0x2022 || cp == 0x2026) {
            c = '.';
        } else if (cp == 0x00D7) {
            c = 'x';
        } else if (cp == 0x2248) {
            c = '~';                                         /* ≈ */
        }
        if (c)
            sb_putc(out, c);
        else
            sb_append(out, s + i, k);
        i += k;
    }
}

static void block_lines(doc *d, const block *b, lang_t lang, int width, int section)
{
    char num[32];
    switch (b->kind) {
    case BLOCK_PARAGRAPH:
        wrapped(d, DOC_TEXT, lt(&b->text, lang), 0, NULL, width, section, -1);
        break;
    case BLOCK_NOTE:
        wrapped(d, DOC_NOTE, lt(&b->text, lang), 2, own(d, "! "), width, section, -1);
        break;
    case BLOCK_BULLETS:
        for (size_t i = 0; i < b->nitems; i++)
            wrapped(d, DOC_ITEM, lt(&b->items[i], lang), 2, "• ", width, section, -1);
        break;
    case BLOCK_STEPS:
        for (size_t i = 0; i < b->nitems; i++) {
            snprintf(num, sizeof num, b->nitems >= 10 ? "%2zu. " : "%zu. ", i + 1);
            wrapped(d, DOC_ITEM, lt(&b->items[i], lang), 2, own(d, num), width, section, -1);
        }
        break;
    case BLOCK_ICONS: {
        /* "●●●○○○○○○○ About 3 in 10 people …": filled and empty differ in shape, never
         * only in colour, and the words always say the numbers too */
        strbuf icons = { 0 };
        icons_text(b->count, b->total, &icons);
        int icols = text_cols(icons.s, icons.len);
        if (width - icols - 1 >= 16) {
            sb_putc(&icons, ' ');
            wrapped(d, DOC_TEXT, lt(&b->text, lang), 0, own(d, icons.s), width, section, -1);
        } else {
            wrapped(d, DOC_TEXT, own(d, icons.s), 0, NULL, width, section, -1);
            wrapped(d, DOC_TEXT, lt(&b->text, lang), 0, NULL, width, section, -1);
        }
        sb_free(&icons);
        break;
    }
    case BLOCK_FIGURE: {
        /* the art as drawn, line by line, then the caption; a picture that does not
         * fit is left out whole (a cut one would mislead) and the caption stands */
        int cols = 0;
        for (size_t i = 0; i < b->nart; i++) {
            int c = text_cols(b->art[i], art_len(b->art[i]));
            if (c > cols)
                cols = c;
        }
        if (cols <= width) {
            for (size_t i = 0; i < b->nart; i++) {
                doc_line *l = add(d, DOC_ART);
                l->src = b->art[i];
                l->end = art_len(b->art[i]);
                l->section = section;
            }
            wrapped(d, DOC_TEXT, lt(&b->text, lang), 0, NULL, width, section, -1);
        } else {
            wrapped(d, DOC_TEXT, lt(&b->text, lang), 0, NULL, width, section, -1);
            wrapped(d, DOC_META, tr(lang, "(figure needs a wider window)"), 0, NULL, width, section, -1);
        }
        break;
    }
    case BLOCK_KEYPOINTS: {
        doc_line *top = add(d, DOC_BOX_TOP);
        top->src = own(d, tr(lang, "Key points"));
        top->end = strlen(top->src);
        top->section = section;
        /* the box takes "│ " on the left and " │" on the right: 4 columns */
        for (size_t i = 0; i < b->nitems; i++)
            wrapped(d, DOC_BOX_LINE, lt(&b->items[i], lang), 0, "• ", width - 4, section, -1);
        add(d, DOC_BOX_BOTTOM)->section = section;
        break;
    }
    }
}

void doc_topic(doc *d, const store *st, const topic *t, lang_t lang, int width)
{
    if (width < 10)
        width = 10;
    d->width = width;
    d->box_inner = width - 4;
    wrapped(d, DOC_TITLE, lt(&t->title, lang), 0, NULL, width, -1, -1);
    add(d, DOC_RULE);
    size_t nsections;
    const section *sections = store_topic_sections(st, (size_t)(t - st->topics), &nsections);
    if (store_topic_unavailable(st, (size_t)(t - st->topics))) { /* a damaged file (kiosk mode) or pack body: say so, never an empty page */
        blank(d, -1);
        wrapped(d, DOC_NOTICE,
                tr(lang, "This topic is temporarily unavailable because its file is damaged. Please choose another "
                         "topic, or ask the staff."),
                0, NULL, width, -1, -1);
        blank(d, -1);
        static const char *const ids[] = { ABOUT_TOPIC_ID, HELP_TOPIC_ID };
        for (size_t i = 0; i < 2; i++) {
            long k = store_find_topic(st, ids[i]);
            if (k >= 0 && store_topic(st, k) != t && store_topic_available(st, (size_t)k))
                wrapped(d, DOC_LINK, lt(&store_topic(st, k)->title, lang), 0, "→ ", width, 0, k);
        }
        wrapped(d, DOC_NOTICE, doc_disclaimer(lang), 0, NULL, width, 0, -1);
        return;
    }
    strbuf due = { 0 };
    if (doc_overdue_text(st, t->next_review, lang, &due)) {
        wrapped(d, DOC_NOTICE, own(d, due.s), 0, NULL, width, -1, -1);
        sb_free(&due);
    }
    if (t->experimental)
        wrapped(d, DOC_NOTICE, tr(lang, "Experimental: this is research, not an approved treatment for vitiligo."), 0,
                NULL, width, -1, -1);
    if (strcmp(t->id, HELP_TOPIC_ID) == 0 && doc_clinic_contact(st, lang)) {
        strbuf b = { 0 };
        doc_clinic_contact_text(st, lang, &b);
        blank(d, -1);
        wrapped(d, DOC_NOTICE, own(d, b.s), 0, NULL, width, -1, -1);
        sb_free(&b);
    }
    blank(d, -1);
    wrapped(d, DOC_SUMMARY, lt(&t->summary, lang), 0, NULL, width, -1, -1);
    for (size_t s = 0; s < nsections; s++) {
        const section *sec = &sections[s];
        blank(d, (int)s);
        heading(d, lt(&sec->heading, lang), width, (int)s);
        for (size_t b = 0; b < sec->nblocks; b++) {
            if (b > 0 && (sec->blocks[b].kind == BLOCK_PARAGRAPH || sec->blocks[b].kind == BLOCK_KEYPOINTS ||
                          sec->blocks[b].kind == BLOCK_FIGURE ||
                          sec->blocks[b - 1].kind != sec->blocks[b].kind))
                blank(d, (int)s);
            block_lines(d, &sec->blocks[b], lang, width, (int)s);
        }
    }
    int after = (int)nsections;
    if (t->nrelated) {
        blank(d, after);
        heading(d, own(d, tr(lang, "Related topics")), width, after);
        for (size_t i = 0; i < t->nrelated; i++)
            wrapped(d, DOC_LINK, lt(&store_topic(st, t->related[i])->title, lang), 2, "→ ", width, after,
                    (long)t->related[i]);
    }
    if (t->nrefs) {
        blank(d, after);
        heading(d, own(d, tr(lang, "Sources")), width, after);
        char num[32];
        for (size_t i = 0; i < t->nrefs; i++) {
            const reference *r = &st->refs[t->refs[i]];
            strbuf b = { 0 };
            sb_puts(&b, r->citation);
            if (r->doi)
                sb_printf(&b, " doi:%s", r->doi);
            if (r->pmid)
                sb_printf(&b, " PMID %s", r->pmid);
            if (r->registry && !strstr(r->citation, r->registry))
                sb_printf(&b, " %s", r->registry);
            snprintf(num, sizeof num, "%zu. ", i + 1);
            wrapped(d, DOC_REF, own(d, b.s), 2, own(d, num), width, after, -1);
            sb_free(&b);
        }
    }
    blank(d, after);
    char dates[256];
    snprintf(dates, sizeof dates, tr(lang, "Last reviewed %s. Next review due %s."), t->last_reviewed, t->next_review);
    wrapped(d, DOC_META, own(d, dates), 0, NULL, width, after, -1);
    wrapped(d, DOC_META, doc_prepared_by(lang), 0, NULL, width, after, -1);
    /* who stands behind it and where to get help, from every page */
    static const char *const footer_ids[] = { ABOUT_TOPIC_ID, HELP_TOPIC_ID };
    for (size_t i = 0; i < 2; i++) {
        long k = store_find_topic(st, footer_ids[i]);
        if (k >= 0 && store_topic(st, k) != t)
            wrapped(d, DOC_LINK, lt(&store_topic(st, k)->title, lang), 0, "→ ", width, after, k);
    }
    wrapped(d, DOC_NOTICE, doc_disclaimer(lang), 0, NULL, width, after, -1);
}

void doc_text(doc *d, const char *text, doc_kind kind, int indent, int width)
{
    d->width = width;
    wrapped(d, kind, text, indent, NULL, width, -1, -1);
}

size_t doc_section_line(const doc *d, int s)
{
    for (size_t i = 0; i < d->n; i++)
        if (d->lines[i].section == s)
            return i;
    return 0;
}

/* Appends text as a terminal should show it: invalid or undrawable characters as U+FFFD. */
static void append_drawn(strbuf *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_decode(s, n, i, &cp);
        uint32_t shown = cp_drawn(cp);
        if (shown == cp && cp != REPLACEMENT_CHAR) {
            sb_append(out, s + i, k);
        } else {
            char buf[4];
            sb_append(out, buf, utf8_encode(REPLACEMENT_CHAR, buf));
        }
        i += k;
    }
}

static void pad(strbuf *out, int cols)
{
    for (int i = 0; i < cols; i++)
        sb_putc(out, ' ');
}

void doc_render_plain(const doc *d, strbuf *out)
{
    for (size_t i = 0; i < d->n; i++) {
        const doc_line *l = &d->lines[i];
        int cols = 0;
        switch (l->kind) {
        case DOC_BLANK:
            break;
        case DOC_RULE: {
            /* as wide as the title or heading above it: double under the title */
            const doc_line *above = i ? &d->lines[i - 1] : NULL;
            int w = above && above->src ? text_cols(above->src + above->start, above->end - above->start) : d->width;
            sb_repeat(out, above && above->kind == DOC_TITLE ? "═" : "─", w < d->width ? w : d->width);
            break;
        }
        case DOC_BOX_TOP: {
            sb_puts(out, "┌─ ");
            append_drawn(out, l->src + l->start, l->end - l->start);
            sb_putc(out, ' ');
            int used = 4 + text_cols(l->src + l->start, l->end - l->start);
            sb_repeat(out, "─", d->width - 1 - used);
            sb_puts(out, "┐");
            break;
        }
        case DOC_BOX_BOTTOM:
            sb_puts(out, "└");
            sb_repeat(out, "─", d->width - 2);
            sb_puts(out, "┘");
            break;
        case DOC_BOX_LINE:
            sb_puts(out, "│ ");
            cols = 2;
            /* fall through */
        default:
            pad(out, l->indent);
            cols += l->indent;
            if (l->prefix) {
                sb_puts(out, l->prefix);
            } else {
                pad(out, l->prefix_cols);
            }
            cols += l->prefix_cols;
            append_drawn(out, l->src + l->start, l->end - l->start);
            cols += text_cols(l->src + l->start, l->end - l->start);
            if (l->kind == DOC_BOX_LINE) {
                pad(out, d->width - 1 - cols);
                sb_puts(out, "│");
            }
            break;
        }
        sb_putc(out, '\n');
    }
}

void doc_free(doc *d)
{
    for (size_t i = 0; i < d->nowned; i++)
        free(d->owned_texts[i]);
    free(d->owned_texts);
    free(d->lines);
    sb_free(&d->owned);
    *d = (doc){ 0 };
}
