/* Pinyin search, query side: what the patient typed, split into syllables (or their
 * initials), turned into the Chinese words of the store that read so (see pinyin.h). */
#include <stdlib.h>
#include <string.h>

#include "core/strbuf.h"
#include "core/xalloc.h"
#include "search/normalize.h"
#include "search/pinyin_impl.h"
#include "search/pinyin_table.h"
#include "search/search_utf8.h"
#include "text/width.h"

enum {
    CHUNK_MAX = 64,           /* letters between two spaces; longer is not pinyin */
    TOKENS_MAX = 12,          /* syllables in one query */
    SYL_WORDS = 8,            /* 64-bit words of a syllable set: room for 512 syllables */
    BEAM = 48,                /* chains kept while spelling a query out */
    CANDIDATES = 3,           /* Chinese words a query may stand for */
};

typedef enum { T_FULL, T_INITIAL, T_PREFIX, T_FUZZY } tok_kind;

typedef struct ptok {
    uint64_t set[SYL_WORDS]; /* the syllables it may be */
    tok_kind kind;
    long typed;              /* the syllable as typed, or -1 */
    bool swapped;            /* fuzzy: some syllable is one letter changed or two swapped */
} ptok;

static void set_add(ptok *t, size_t s)
{
    if (s < SYL_WORDS * 64)
        t->set[s / 64] |= (uint64_t)1 << (s % 64);
}

static bool set_has(const ptok *t, uint16_t s)
{
    return s < SYL_WORDS * 64 && (t->set[s / 64] >> (s % 64) & 1);
}

/* The syllables starting with p[0..n): [*lo, *hi). */
static void prefix_range(const char *p, size_t n, size_t *lo, size_t *hi)
{
    size_t a = 0, b = pinyin_nsyllables;
    while (a < b) {
        size_t m = a + (b - a) / 2;
        if (strncmp(pinyin_syllables[m], p, n) < 0)
            a = m + 1;
        else
            b = m;
    }
    *lo = a;
    while (a < pinyin_nsyllables && strncmp(pinyin_syllables[a], p, n) == 0)
        a++;
    *hi = a;
}

static long syllable_id(const char *p, size_t n)
{
    size_t lo, hi;
    prefix_range(p, n, &lo, &hi);
    return lo < hi && pinyin_syllables[lo][n] == '\0' ? (long)lo : -1;
}

static bool is_initial(const char *p, size_t n)
{
    if (n == 1)
        return strchr("bcdfghjklmnpqrstwxyz", p[0]) != NULL;
    return n == 2 && p[1] == 'h' && (p[0] == 'z' || p[0] == 'c' || p[0] == 's');
}

/* Damerau (adjacent transposition) distance <= 1. */
static bool one_typo(const char *a, size_t an, const char *b, size_t bn)
{
    if (an > bn + 1 || bn > an + 1)
        return false;
    size_t i = 0;
    while (i < an && i < bn && a[i] == b[i])
        i++;
    if (an == bn) {
        if (i == an)
            return false; /* equal: not a typo */
        if (i + 1 < an && a[i] == b[i + 1] && a[i + 1] == b[i] && !memcmp(a + i + 2, b + i + 2, an - i - 2))
            return true;
        return !memcmp(a + i + 1, b + i + 1, an - i - 1);
    }
    if (an > bn)
        return !memcmp(a + i + 1, b + i, an - i - 1);
    return !memcmp(a + i, b + i + 1, bn - i - 1);
}

/* The letters of s[0..n) (a to z), one bit each. */
static uint32_t letters(const char *s, size_t n)
{
    uint32_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 'a' && s[i] <= 'z')
            m |= 1u << (s[i] - 'a');
    return m;
}

/* The token s[0..n) may stand for, or false when it cannot be one of that kind. */
static bool make_token(const char *s, size_t n, tok_kind k, ptok *t)
{
    memset(t, 0, sizeof *t);
    t->kind = k;
    t->typed = syllable_id(s, n);
    size_t lo, hi;
    switch (k) {
    case T_FULL: {
        long id = syllable_id(s, n);
        if (id < 0)
            return false;
        set_add(t, (size_t)id);
        /* "lu", "nu", "lue", "nue" may be lü, nü, lüe, nüe typed without the dots. */
        if ((s[0] == 'l' || s[0] == 'n') && n >= 2 && s[1] == 'u' && (n == 2 || (n == 3 && s[2] == 'e'))) {
            char v[4] = { s[0], 'v', n == 3 ? 'e' : '\0', '\0' };
            long vid = syllable_id(v, strlen(v));
            if (vid >= 0)
                set_add(t, (size_t)vid);
        }
        return true;
    }
    case T_INITIAL:
    case T_PREFIX:
        if (k == T_INITIAL && !is_initial(s, n))
            return false;
        prefix_range(s, n, &lo, &hi);
        for (size_t i = lo; i < hi; i++)
            set_add(t, i);
        return lo < hi;
    case T_FUZZY: {
        /* One typo leaves at most one of the typed letters out of the syllable (the
         * one changed or added): a cheap test that rules out most syllables before
         * one_typo compares them letter by letter. */
        uint32_t typed = letters(s, n);
        bool any = false;
        for (size_t i = 0; i < pinyin_nsyllables; i++) {
            size_t sn = pinyin_shapes[i].len;
            uint32_t missing = typed & ~pinyin_shapes[i].letters;
            if (sn + 1 < n || sn > n + 1 || (missing & (missing - 1)))
                continue; /* two or more typed letters are not in it */
            if (one_typo(s, n, pinyin_syllables[i], sn)) {
                set_add(t, i);
                t->swapped |= sn == n;
                any = true;
            }
        }
        return any;
    }
    }
    return false;
}

/* Splits one chunk of letters into the cheapest run of tokens: whole syllables cost
 * least, then a part of a syllable at the end (still being typed), then initials,
 * then (fuzzy) a syllable with one typo.  Appends to toks; false when it cannot. */
static bool split_chunk(const char *s, size_t n, bool fuzzy, ptok *toks, size_t *ntoks)
{
    float best[CHUNK_MAX + 1];
    uint8_t from[CHUNK_MAX + 1], kind[CHUNK_MAX + 1];
    best[0] = 0;
    for (size_t j = 1; j <= n; j++)
        best[j] = 1e9f;
    for (size_t i = 0; i < n; i++) {
        if (best[i] >= 1e9f)
            continue;
        for (size_t len = 1; len <= 6 && i + len <= n; len++) {
            const char *p = s + i;
            float c = 0;
            tok_kind k;
            size_t lo, hi;
            if (syllable_id(p, len) >= 0) {
                c = 1.0f;
                k = T_FULL;
            } else if (i + len == n && len >= 2 && (prefix_range(p, len, &lo, &hi), lo < hi)) {
                c = 1.1f;
                k = T_PREFIX;
            } else if (is_initial(p, len)) {
                c = 1.3f;
                k = T_INITIAL;
            } else if (fuzzy && len >= 3) {
                ptok t;
                if (!make_token(p, len, T_FUZZY, &t))
                    continue;
                /* Only tried once the exact reading found nothing; dearer than any
                 * reading without one ("lei gu cun", not "leig ucun"), and a changed
                 * letter is likelier than a lost or extra one ("bai dain feng"). */
                c = t.swapped ? 2.1f : 2.25f;
                k = T_FUZZY;
            } else {
                continue;
            }
            if (best[i] + c < best[i + len]) {
                best[i + len] = best[i] + c;
                from[i + len] = (uint8_t)i;
                kind[i + len] = (uint8_t)k;
            }
        }
    }
    if (best[n] >= 1e9f)
        return false;
    size_t cuts[CHUNK_MAX + 1], nc = 0;
    for (size_t j = n; j > 0; j = from[j])
        cuts[nc++] = j;
    if (*ntoks + nc > TOKENS_MAX)
        return false;
    for (size_t c = nc; c-- > 0;) {
        size_t end = cuts[c], start = from[end];
        ptok *t = &toks[(*ntoks)++];
        if (!make_token(s + start, end - start, (tok_kind)kind[end], t))
            return false;
        /* A whole syllable may itself be the typo ("rang" for ran). */
        ptok near;
        if (fuzzy && t->kind == T_FULL && end - start >= 3 && make_token(s + start, end - start, T_FUZZY, &near))
            for (size_t w = 0; w < SYL_WORDS; w++)
                t->set[w] |= near.set[w];
    }
    return true;
}

/* The query as tokens, or 0 when it is not pinyin: Latin letters (accents and tone
 * marks stripped, ü typed as v or u), spaces, apostrophes, hyphens and tone digits. */
static size_t parse(const char *q, size_t len, bool fuzzy, ptok *toks)
{
    if (len > 4 * CHUNK_MAX)
        return 0;
    norm_text nt = { 0 };
    normalize(q, len, &nt);
    char chunk[CHUNK_MAX];
    size_t n = 0, ntoks = 0, letters = 0;
    bool ok = true;
    for (size_t i = 0; i <= nt.n && ok; i++) {
        uint32_t cp = i < nt.n ? nt.cp[i] : ' ';
        if (cp >= 'a' && cp <= 'z') {
            if (n == CHUNK_MAX)
                ok = false;
            else
                chunk[n++] = (char)cp;
            letters++;
            continue;
        }
        if (!(cp == ' ' || cp == '\'' || cp == '-' || (cp >= '1' && cp <= '5') || cp == 0x2019))
            ok = false;
        else if (n) {
            ok = split_chunk(chunk, n, fuzzy, toks, &ntoks);
            n = 0;
        }
    }
    norm_text_free(&nt);
    if (!ok || letters < 2)
        return 0;
    /* A lone initial or unfinished syllable says too little to look for. */
    if (ntoks == 1 && toks[0].kind != T_FULL && toks[0].kind != T_FUZZY)
        return 0;
    return ntoks;
}

typedef struct chain {
    uint32_t cp[TOKENS_MAX];
    float weight;
} chain;

/* A syllable other than the one typed (a typo correction) makes a word less likely. */
static float typo_cost(const ptok *t, uint16_t s)
{
    return t->typed >= 0 && (long)s != t->typed && t->kind == T_FULL ? 0.1f : 1.0f;
}

static int cmp_chain(const void *x, const void *y)
{
    const chain *a = x, *b = y;
    if (a->weight != b->weight)
        return a->weight > b->weight ? -1 : 1;
    return memcmp(a->cp, b->cp, sizeof a->cp);
}

/* Adds c to the beam (at most BEAM chains of n characters), merging the same
 * characters read another way. */
static void beam_add(chain *beam, size_t *nb, const chain *c, size_t n)
{
    for (size_t i = 0; i < *nb; i++)
        if (!memcmp(beam[i].cp, c->cp, n * sizeof c->cp[0])) {
            if (c->weight > beam[i].weight)
                beam[i].weight = c->weight;
            return;
        }
    if (*nb < BEAM) {
        beam[(*nb)++] = *c;
        return;
    }
    size_t worst = 0;
    for (size_t i = 1; i < *nb; i++)
        if (beam[i].weight < beam[worst].weight)
            worst = i;
    if (c->weight > beam[worst].weight)
        beam[worst] = *c;
}

/* The Chinese words of the store the tokens spell, best first; returns how many. */
static size_t spell(const pinyin_index *p, const ptok *t, size_t nt, chain *out)
{
    chain beam[BEAM], next[BEAM];
    size_t nb = 0;
    if (nt == 1) {
        for (size_t s = 0; s < pinyin_nsyllables; s++) {
            if (!set_has(&t[0], (uint16_t)s))
                continue;
            for (uint32_t i = p->single_start[s]; i < p->single_start[s + 1]; i++) {
                chain c = { .cp = { p->singles[i].cp }, .weight = p->singles[i].weight * typo_cost(&t[0], (uint16_t)s) };
                beam_add(beam, &nb, &c, 1);
            }
        }
    } else {
        for (size_t s = 0; s < pinyin_nsyllables; s++) {
            if (!set_has(&t[0], (uint16_t)s))
                continue;
            for (uint32_t i = p->syl_start[s]; i < p->syl_start[s + 1]; i++) {
                const py_pair *e = &p->pairs[i];
                if (!set_has(&t[1], e->sb))
                    continue;
                chain c = { .cp = { e->a, e->b },
                            .weight = e->weight * typo_cost(&t[0], e->sa) * typo_cost(&t[1], e->sb) };
                beam_add(beam, &nb, &c, 2);
            }
        }
        for (size_t k = 2; k < nt && nb; k++) {
            size_t nn = 0;
            for (size_t c = 0; c < nb; c++) {
                uint32_t last = beam[c].cp[k - 1];
                size_t lo = 0, hi = p->npairs;
                while (lo < hi) {
                    size_t mid = lo + (hi - lo) / 2;
                    if (p->pairs[p->by_first[mid]].a < last)
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                for (; lo < p->npairs && p->pairs[p->by_first[lo]].a == last; lo++) {
                    const py_pair *e = &p->pairs[p->by_first[lo]];
                    if (!set_has(&t[k - 1], e->sa) || !set_has(&t[k], e->sb))
                        continue;
                    chain x = beam[c];
                    x.cp[k] = e->b;
                    float w = e->weight * typo_cost(&t[k], e->sb);
                    if (w < x.weight)
                        x.weight = w;
                    beam_add(next, &nn, &x, k + 1);
                }
            }
            memcpy(beam, next, nn * sizeof *beam);
            nb = nn;
        }
    }
    qsort(beam, nb, sizeof *beam, cmp_chain);
    size_t n = 0;
    for (size_t i = 0; i < nb && n < CANDIDATES; i++)
        if (beam[i].weight * 16 >= beam[0].weight) /* a rare reading must not crowd out a common one */
            out[n++] = beam[i];
    return n;
}

static bool is_clean(const ptok *t, size_t n)
{
    size_t full = 0, initials = 0;
    for (size_t i = 0; i + 1 < n; i++) { /* the last may be unfinished */
        full += t[i].kind == T_FULL || t[i].kind == T_FUZZY;
        initials += t[i].kind == T_INITIAL;
    }
    return !full || !initials;
}

char *pinyin_expand(const search_index *ix, const char *q, size_t len, bool typing, bool fuzzy, bool *clean)
{
    (void)typing; /* the last syllable may always be unfinished */
    if (clean)
        *clean = false;
    if (!ix || !ix->pinyin || !q)
        return NULL;
    ptok toks[TOKENS_MAX];
    chain found[CANDIDATES];
    /* the pinyin tables are checked at the first query that reads as pinyin */
    size_t nt = parse(q, len, false, toks);
    size_t nf = nt && index_pinyin_ready(ix) ? spell(ix->pinyin, toks, nt, found) : 0;
    if (!nf && fuzzy) {
        nt = parse(q, len, true, toks);
        nf = nt && index_pinyin_ready(ix) ? spell(ix->pinyin, toks, nt, found) : 0;
    }
    if (!nf)
        return NULL;
    if (clean)
        *clean = is_clean(toks, nt);
    strbuf b = { 0 };
    for (size_t i = 0; i < nf; i++) {
        if (i)
            sb_putc(&b, ' ');
        for (size_t k = 0; k < nt; k++) {
            char enc[4];
            sb_append(&b, enc, search_utf8_encode(found[i].cp[k], enc));
        }
    }
    return sb_take(&b);
}
