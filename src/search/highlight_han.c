/* Finding a query's matches in Chinese text without tokenising it whole, for the
 * snippets of the results on screen: Han characters are read and folded one by one
 * and looked up only when the query marks a key with them; ASCII words as in
 * highlight_ascii.c.  Text with any other character (an accented letter, a rare
 * symbol) is left to the tokeniser.  The spans are exactly those highlight_units
 * gives for the same text (test_search_ascii, tests/search/test_search_identity.py). */
#include <string.h>

#include "search/fold.h"
#include "search/search_impl.h"
#include "search/search_utf8.h"
#include "text/width.h"

/* Punctuation that is common in Chinese text.  Each is used only once the tokeniser
 * has been seen to treat it as a plain separator: no word, no Han character, and it
 * parts two Han characters (tokenize decides; utf8proc's tables may change). */
static const uint32_t SEPARATORS[] = {
    0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x3000, 0x3001, 0x3002, 0x3008, 0x3009,
    0x300A, 0x300B, 0x300C, 0x300D, 0x300E, 0x300F, 0x3010, 0x3011, 0xFF01, 0xFF08, 0xFF09, 0xFF0C,
    0xFF1A, 0xFF1B, 0xFF1F, 0xFF5E,
};
enum { NSEP = sizeof SEPARATORS / sizeof *SEPARATORS };
static bool sep_ok[NSEP];
static bool sep_checked;

static bool parts_units(const char *before, uint32_t cp, const char *after, unit_kind kind)
{
    char s[16];
    size_t n = strlen(before);
    memcpy(s, before, n);
    n += search_utf8_encode(cp, s + n);
    memcpy(s + n, after, strlen(after));
    n += strlen(after);
    units u = { 0 };
    tokenize(s, n, &u);
    bool ok = u.n == 2 && u.v[0].kind == kind && u.v[1].kind == kind && !u.v[1].joined &&
              u.v[0].src_end == strlen(before) && u.v[1].src_start == n - strlen(after);
    units_free(&u);
    return ok;
}

static bool is_separator(uint32_t cp)
{
    if (!sep_checked) {
        for (size_t i = 0; i < NSEP; i++)
            sep_ok[i] = parts_units("\xe7\x99\xbd", SEPARATORS[i], "\xe6\x96\x91", UNIT_HAN) && /* 白 斑 */
                        parts_units("a", SEPARATORS[i], "b", UNIT_WORD);
        sep_checked = true;
    }
    for (size_t i = 0; i < NSEP; i++)
        if (SEPARATORS[i] == cp)
            return sep_ok[i];
    return false;
}

/* Does every common ideograph (U+3400..U+4DBF, U+4E00..U+9FFF) fold to a Han
 * character?  Then one is a Han unit without being folded first, and a query
 * without Han keys never folds at all. */
static bool folds_stay_han(void)
{
    static int known = -1;
    if (known < 0) {
        known = 1;
        for (size_t i = 0; i < search_fold_npairs; i++) {
            uint32_t cp = search_fold_pairs[i][0];
            if (((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)) && !is_han(search_fold_pairs[i][1]))
                known = 0;
        }
    }
    return known;
}

/* A unit as tokenize makes it: a word [start, end), or a Han character (cp as
 * written: han_fold gives its key). */
typedef struct qunit {
    bool han, joined;
    uint32_t cp;
    size_t start, end;
} qunit;

typedef struct cursor {
    const char *text;
    size_t len, i;
    bool prev_han;            /* the last character read was a Han character */
} cursor;

enum { UNIT_NONE = 0, UNIT_READ = 1, UNIT_UNKNOWN = -1 };

/* The next unit into *x; UNIT_NONE at the end; UNIT_UNKNOWN at a character this
 * path does not know. */
static int next_unit(cursor *c, qunit *x)
{
    while (c->i < c->len) {
        unsigned char b = (unsigned char)c->text[c->i];
        if (b < 0x80) {
            size_t end = ascii_word_end(c->text, c->len, c->i);
            if (end > c->i) {
                *x = (qunit){ .start = c->i, .end = end };
                c->i = end;
                c->prev_han = false;
                return UNIT_READ;
            }
            c->i++;
            c->prev_han = false;
            continue;
        }
        uint32_t cp;
        if (!utf8_decode3(c->text, c->len, c->i, &cp))
            return UNIT_UNKNOWN;
        if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)) {
            if (!folds_stay_han() && !is_han(han_fold(cp)))
                return UNIT_UNKNOWN;
            *x = (qunit){ .han = true, .joined = c->prev_han, .cp = cp, .start = c->i, .end = c->i + 3 };
            c->i += 3;
            c->prev_han = true;
            return UNIT_READ;
        }
        if (!is_separator(cp))
            return UNIT_UNKNOWN;
        c->i += 3;
        c->prev_han = false;
    }
    return UNIT_NONE;
}

/* The unit's key (unit_key_bytes) into key (WORD_MAX_BYTES + 1 bytes); its length. */
static size_t qunit_key(const char *text, const qunit *x, char *key)
{
    return x->han ? search_utf8_encode(han_fold(x->cp), key) : ascii_word_key(text, x->start, x->end, key);
}

/* key_seq_at from unit x (key[0..n)), the cursor c being just after it: the end byte
 * of the phrase's last unit, 0 when it does not match, SIZE_MAX at an unknown character. */
static size_t phrase_at(const char *pool, key_seq ks, cursor c, const qunit *x, const char *key, size_t n)
{
    if (!ks.n)
        return 0;
    const char *k = pool + ks.off;
    qunit prev = *x, y = *x;
    for (uint32_t j = 0; j < ks.n; j++) {
        char buf[WORD_MAX_BYTES + 1];
        const char *w = key;
        size_t wn = n;
        if (j) {
            int got = next_unit(&c, &y);
            if (got == UNIT_UNKNOWN)
                return SIZE_MAX;
            if (got == UNIT_NONE || (y.han && prev.han && !y.joined))
                return 0;
            wn = qunit_key(c.text, &y, buf);
            w = buf;
        }
        size_t kn = strlen(k);
        if (kn != wn || memcmp(k, w, wn) != 0)
            return 0;
        k += kn + 1;
        prev = y;
    }
    return y.end;
}

bool highlight_han(const search_query *q, const hl_filter *f, const char *text, size_t len, search_spans *out)
{
    size_t from = out->n;
    cursor c = { text, len, 0, false };
    qunit x, last = { 0 };
    int got;
    while ((got = next_unit(&c, &x)) == UNIT_READ) {
        qunit prev = last;
        last = x;
        if (x.han ? !f->any_han || !hl_filter_han(f, han_fold(x.cp)) : !ascii_word_may_match(f, text, len, x.start))
            continue;
        char key[WORD_MAX_BYTES + 1];
        size_t n = qunit_key(text, &x, key);
        if (!x.han) {
            if (q->hl_words.n && strmap_get(&q->hl_words, key, n) != UINT32_MAX)
                spans_push(out, x.start, x.end);
        } else if (q->hl_han.n) {
            if (strmap_get(&q->hl_han, key, n) != UINT32_MAX)
                spans_push(out, x.start, x.end);
            if (x.joined) {
                char pair[8];
                size_t m = search_utf8_encode(han_fold(prev.cp), pair);
                m += search_utf8_encode(han_fold(x.cp), pair + m);
                if (strmap_get(&q->hl_han, pair, m) != UINT32_MAX)
                    spans_push(out, prev.start, x.end);
            }
        }
        uint32_t id = q->hl_first.n ? strmap_get(&q->hl_first, key, n) : UINT32_MAX;
        for (uint32_t p = id == UINT32_MAX ? UINT32_MAX : q->hl_first_head[id]; p != UINT32_MAX; p = q->hl_next[p]) {
            size_t end = phrase_at(q->pool, q->hl_phrases[p], c, &x, key, n);
            if (end == SIZE_MAX) {
                got = UNIT_UNKNOWN;
                break;
            }
            if (end)
                spans_push(out, x.start, end);
        }
        if (got == UNIT_UNKNOWN)
            break;
    }
    if (got == UNIT_UNKNOWN) {
        out->n = from;
        return false;
    }
    spans_finish(text, len, out, from);
    return true;
}
