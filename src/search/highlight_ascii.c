/* Finding a query's matches in a text of ASCII only without tokenising it whole: the
 * snippet of every result on screen looks through up to 12 KB of its item at each
 * keystroke, and most of those words can match nothing.  The spans are exactly those
 * highlight_units gives for the same text (tests/search/test_search_identity.py). */
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "search/search_impl.h"
#include "search/search_utf8.h"
#include "search/stem.h"
#include "text/width.h"

/* In ASCII text normalising just lower-cases, and a word is a run of letters and
 * digits: these bytes. */
static const bool WORD_BYTE[128] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
};

static bool word_byte(char c)
{
    return (unsigned char)c < 0x80 && WORD_BYTE[(unsigned char)c];
}

/* Lower-cases a byte of a word (digits have the 0x20 bit already). */
static char lower(char c)
{
    return (char)(c | 0x20);
}

bool ascii_only(const char *s, size_t n)
{
    uint64_t high = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        high |= w;
    }
    for (; i < n; i++)
        high |= (unsigned char)s[i];
    return !(high & 0x8080808080808080ull);
}

static void mark(hl_filter *f, const char *k, size_t n)
{
    if (!n || (unsigned char)k[0] >= 0x80 || (n > 1 && (unsigned char)k[1] >= 0x80))
        return; /* no ASCII word has this key */
    unsigned char a = (unsigned char)k[0];
    if (n == 1)
        f->single[a / 64] |= 1ull << (a % 64);
    else
        f->second[a] |= 1ull << (k[1] & 63);
}

/* Han characters by their low twelve bits. */
static void mark_han(hl_filter *f, const char *k, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += search_utf8_decode(k, n, i, &cp);
        if (cp >= 0x80) {
            f->han[cp % 4096 / 64] |= 1ull << (cp % 64);
            f->any_han = true;
        }
    }
}

/* A word's stemmed key keeps the word's first two letters (stem_en only cuts a word
 * of four letters or more, and never below two), so a word whose first two letters
 * start no key the query marks cannot match: it is skipped without being stemmed.
 * Second letters are told apart by their low six bits, which lets a few through
 * that then fail the look-up. */
void hl_filter_init(hl_filter *f, const search_query *q)
{
    memset(f, 0, sizeof *f);
    for (uint32_t i = 0; i < q->hl_words.n; i++) {
        size_t n;
        const char *k = strmap_key(&q->hl_words, i, &n);
        mark(f, k, n);
    }
    for (uint32_t i = 0; i < q->hl_han.n; i++) {
        size_t n;
        const char *k = strmap_key(&q->hl_han, i, &n);
        mark_han(f, k, n);
    }
    for (uint32_t i = 0; i < q->hl_first.n; i++) {
        size_t n;
        const char *k = strmap_key(&q->hl_first, i, &n);
        mark(f, k, n);
        mark_han(f, k, n);
    }
}

bool hl_filter_han(const hl_filter *f, uint32_t cp)
{
    return f->han[cp % 4096 / 64] >> (cp % 64) & 1;
}

/* The filter for a word starting with the letters first and second (lower-cased;
 * second unused when the word is one letter long, alone). */
static bool filter_passes(const hl_filter *f, unsigned char first, bool alone, char second)
{
    if (alone)
        return f->single[first / 64] >> (first % 64) & 1;
    return f->second[first] >> (second & 63) & 1;
}

bool ascii_word_may_match(const hl_filter *f, const char *text, size_t len, size_t start)
{
    bool alone = start + 1 == len || !word_byte(text[start + 1]);
    return filter_passes(f, (unsigned char)lower(text[start]), alone, alone ? 0 : lower(text[start + 1]));
}

size_t ascii_word_end(const char *text, size_t len, size_t i)
{
    while (i < len && word_byte(text[i]))
        i++;
    return i;
}

/* The next word of text[0..len) from byte *i: [*start, *i).  False when none is left. */
static bool next_word(const char *text, size_t len, size_t *i, size_t *start)
{
    size_t k = *i;
    while (k < len && !word_byte(text[k]))
        k++;
    if (k == len)
        return false;
    *start = k;
    while (k < len && word_byte(text[k]))
        k++;
    *i = k;
    return true;
}

/* The word's key, as tokenize makes it: lower-cased, cut, stemmed. */
size_t ascii_word_key(const char *text, size_t start, size_t end, char *key)
{
    size_t n = end - start < WORD_MAX_BYTES ? end - start : WORD_MAX_BYTES; /* longer words are cut */
    for (size_t k = 0; k < n; k++)
        key[k] = lower(text[start + k]);
    return stem_en(key, n);
}

/* key_seq_at for the words from the one ending at byte at (whose key is key[0..n)):
 * the end byte of the phrase's last word, or 0. */
static size_t phrase_at(const char *pool, key_seq ks, const char *text, size_t len, size_t at, const char *key,
                        size_t n)
{
    if (!ks.n)
        return 0;
    const char *k = pool + ks.off;
    size_t i = at;
    for (uint32_t j = 0; j < ks.n; j++) {
        char buf[WORD_MAX_BYTES + 1];
        const char *w = key;
        size_t wn = n, start;
        if (j) {
            if (!next_word(text, len, &i, &start))
                return 0;
            wn = ascii_word_key(text, start, i, buf);
            w = buf;
        }
        size_t kn = strlen(k);
        if (kn != wn || memcmp(k, w, wn) != 0)
            return 0;
        k += kn + 1;
    }
    return i;
}

uint32_t ascii_word_mask16_portable(const char *p, const char *end)
{
    uint32_t m = 0;
    for (int i = 0; i < 16 && p + i < end; i++)
        m |= (uint32_t)word_byte(p[i]) << i;
    return m;
}

/* Sixteen bytes at once with SSE2, which every x86-64 has (inlined into
 * highlight_ascii's loop).  Signed compares: a byte of 0x80 or more is negative, so
 * it is neither a digit nor a letter. */
static inline uint32_t word_mask16(const char *p, const char *end)
{
#if defined(__SSE2__)
    __m128i v;
    if (end - p >= 16) {
        v = _mm_loadu_si128((const __m128i *)(const void *)p);
    } else {
        char tail[16] = { 0 };
        memcpy(tail, p, (size_t)(end - p));
        v = _mm_loadu_si128((const __m128i *)(const void *)tail);
    }
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    __m128i y = _mm_or_si128(v, _mm_set1_epi8(0x20)); /* upper case to lower */
    __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(y, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(y, _mm_set1_epi8('z' + 1)));
    return (uint32_t)_mm_movemask_epi8(_mm_or_si128(digit, letter));
#else
    return ascii_word_mask16_portable(p, end);
#endif
}

uint32_t ascii_word_mask16(const char *p, const char *end) { return word_mask16(p, end); }

/* Words are found sixteen bytes at a time and only those that pass the filter are
 * read letter by letter: most words of a text match nothing.  The next block's mask
 * is made one step ahead, so whether a word's first letter is followed by another
 * needs no look at the byte itself. */
size_t highlight_ascii(const search_query *q, const hl_filter *f, const char *text, size_t len, search_spans *out)
{
    size_t from = out->n;
    const char *end = text + len;
    uint32_t carry = 0; /* 1: the byte before this block is in a word */
    uint32_t m = len ? word_mask16(text, end) : 0;
    for (size_t base = 0; base < len; base += 16) {
        uint32_t m_next = base + 16 < len ? word_mask16(text + base + 16, end) : 0;
        uint32_t starts = m & ~(m << 1 | carry) & 0xFFFF;
        uint32_t word_follows = m >> 1 | (m_next & 1) << 15; /* per byte: the next byte is in a word */
        carry = m >> 15;
        for (; starts; starts &= starts - 1) {
            unsigned bit = (unsigned)__builtin_ctz(starts);
            size_t start = base + bit;
            bool alone = !(word_follows >> bit & 1);
            if (!filter_passes(f, (unsigned char)lower(text[start]), alone, alone ? 0 : lower(text[start + 1])))
                continue;
            size_t i = ascii_word_end(text, len, start);
            char key[WORD_MAX_BYTES + 1];
            size_t n = ascii_word_key(text, start, i, key);
            if (q->hl_words.n && strmap_get(&q->hl_words, key, n) != UINT32_MAX)
                spans_push(out, start, i);
            uint32_t id = q->hl_first.n ? strmap_get(&q->hl_first, key, n) : UINT32_MAX;
            for (uint32_t p = id == UINT32_MAX ? UINT32_MAX : q->hl_first_head[id]; p != UINT32_MAX;
                 p = q->hl_next[p]) {
                size_t last = phrase_at(q->pool, q->hl_phrases[p], text, len, i, key, n);
                if (last)
                    spans_push(out, start, last);
            }
        }
        m = m_next;
    }
    spans_finish(text, len, out, from);
    return out->n - from;
}
