#include "treat/sheet_code.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"

/* The 31 symbols, value = position.  No I, L, O (read as 1, 1, 0), no U, no Z. */
static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXY";
enum { BASE = 31, DATA_CHARS = SHEET_CODE_CHARS - 1, FORMAT = 0, FORMATS = 4 };

/* Language slots by tag.  Never reorder: printed codes name these numbers.  A new
 * language gets the next free slot (tests/unit/test_sheet_code.c checks that every
 * lang_t has one). */
static const char *const slot_tags[SHEET_CODE_LANGS] = { "en", "zh-Hant", "zh-Hans", "zh-HK" };

int sheet_code_lang_slot(lang_t lang)
{
    const char *tag = lang_tag(lang);
    for (int i = 0; i < SHEET_CODE_LANGS; i++)
        if (slot_tags[i] && strcmp(slot_tags[i], tag) == 0)
            return i;
    return -1;
}

static bool lang_of_slot(unsigned slot, lang_t *out)
{
    for (int l = 0; l < LANG_COUNT; l++)
        if (sheet_code_lang_slot((lang_t)l) == (int)slot) {
            *out = (lang_t)l;
            return true;
        }
    return false;
}

/* ---- the content version ------------------------------------------------------- */

static void fnv(uint32_t *h, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        *h ^= *p;
        *h *= 16777619u;
    }
    *h ^= 0xff; /* ends each field, so "ab" + "c" differs from "a" + "bc" */
    *h *= 16777619u;
}

/* The source languages of the content files (the others are made from them at load). */
static void fnv_text(uint32_t *h, const ltext *t)
{
    fnv(h, t->s[LANG_EN]);
    fnv(h, t->s[LANG_ZH_HANT]);
}

unsigned sheet_content_version(const store *st)
{
    uint32_t h = 2166136261u;
    char num[32];
    for (size_t i = 0; i < st->ntreatments; i++) {
        const treatment *t = &st->treatments[i];
        snprintf(num, sizeof num, "%d/%d/%d", t->order, (int)t->status, (int)t->default_fit);
        fnv(&h, t->id);
        fnv(&h, num);
        fnv_text(&h, &t->name);
        fnv_text(&h, &t->default_reason);
        fnv_text(&h, &t->chance);
        fnv_text(&h, &t->side_effects);
        for (size_t r = 0; r < t->nrules; r++) {
            snprintf(num, sizeof num, "%u/%u/%u/%u/%u/%d/%d", t->rules[r].type, t->rules[r].activity, t->rules[r].site,
                     t->rules[r].site_only, t->rules[r].age, (int)t->rules[r].pregnant, (int)t->rules[r].fit);
            fnv(&h, num);
            fnv_text(&h, &t->rules[r].reason);
        }
        for (size_t q = 0; q < t->nquestions; q++)
            fnv_text(&h, &t->questions[q]);
        fnv(&h, t->last_reviewed);
        fnv(&h, t->next_review);
    }
    return h % SHEET_CODE_VERSIONS;
}

/* ---- the fields, as one number in mixed radix ----------------------------------- */


enum { F_LANG, F_TYPE, F_ACTIVITY, F_SITES, F_AGE, F_PREGNANT, F_PRIOS, F_PICK0, F_VERSION = F_PICK0 + GRID_MAX_OPTIONS,
       F_FORMAT, F_COUNT };

static const unsigned radix[F_COUNT] = {
    [F_LANG] = SHEET_CODE_LANGS, [F_TYPE] = 4, [F_ACTIVITY] = 4, [F_SITES] = 1u << SITE_COUNT, [F_AGE] = 4,
    [F_PREGNANT] = 3, [F_PRIOS] = 1u << PRIO_COUNT, [F_PICK0] = BASE, [F_PICK0 + 1] = BASE, [F_PICK0 + 2] = BASE,
    [F_PICK0 + 3] = BASE, [F_VERSION] = SHEET_CODE_VERSIONS, [F_FORMAT] = FORMATS,
};

static uint64_t pack(const unsigned v[F_COUNT])
{
    uint64_t x = 0;
    for (int f = F_COUNT - 1; f >= 0; f--)
        x = x * radix[f] + v[f];
    return x;
}

/* The number of values the fields can take: every code's number is below it. */
static uint64_t limit(void)
{
    uint64_t x = 1;
    for (int f = 0; f < F_COUNT; f++)
        x *= radix[f];
    return x;
}

static void unpack(uint64_t x, unsigned v[F_COUNT])
{
    for (int f = 0; f < F_COUNT; f++) {
        v[f] = (unsigned)(x % radix[f]);
        x /= radix[f];
    }
}

static unsigned check_value(const unsigned d[DATA_CHARS])
{
    unsigned sum = 0;
    for (unsigned i = 0; i < DATA_CHARS; i++)
        sum += (i + 1) * d[i];
    /* 12 * c == -sum (mod 31); 12 * 13 = 156 = 5 * 31 + 1, so 13 is 12's inverse */
    return ((BASE - sum % BASE) % BASE) * 13 % BASE;
}

void sheet_code_spell(uint64_t x, char out[SHEET_CODE_TEXT])
{
    unsigned d[DATA_CHARS];
    for (int i = DATA_CHARS - 1; i >= 0; i--) {
        d[i] = (unsigned)(x % BASE);
        x /= BASE;
    }
    char raw[SHEET_CODE_CHARS];
    for (int i = 0; i < DATA_CHARS; i++)
        raw[i] = alphabet[d[i]];
    raw[DATA_CHARS] = alphabet[check_value(d)];
    snprintf(out, SHEET_CODE_TEXT, "VE-%.4s-%.4s-%.4s", raw, raw + 4, raw + 8);
}

bool sheet_code_encode(const store *st, const sheet_spec *sp, char out[SHEET_CODE_TEXT], lang_t msg_lang,
                       strbuf *err)
{
    return sheet_code_make(sp, st->ntreatments, sheet_content_version(st), out, msg_lang, err);
}

bool sheet_code_make(const sheet_spec *sp, size_t ntreatments, unsigned version, char out[SHEET_CODE_TEXT],
                     lang_t msg_lang, strbuf *err)
{
    unsigned v[F_COUNT] = { 0 };
    int slot = sheet_code_lang_slot(sp->lang);
    if (slot < 0) {
        sb_printf(err, tr(msg_lang, "sheet codes cannot name the language %s yet (see src/treat/sheet_code.c)"),
                  lang_tag(sp->lang));
        return false;
    }
    v[F_LANG] = (unsigned)slot;
    v[F_TYPE] = (unsigned)sp->sit.type % 4;
    v[F_ACTIVITY] = (unsigned)sp->sit.activity % 4;
    v[F_SITES] = sp->sit.sites % radix[F_SITES];
    v[F_AGE] = (unsigned)sp->sit.age % 4;
    v[F_PREGNANT] = sp->sit.age == AGE_CHILD ? PREG_SKIPPED : (unsigned)sp->sit.pregnant % 3;
    v[F_PRIOS] = sp->sit.priorities % radix[F_PRIOS];
    for (size_t i = 0; i < sp->npicks && i < GRID_MAX_OPTIONS; i++) {
        if (sp->picks[i] >= SHEET_CODE_MAX_OPTIONS || sp->picks[i] >= ntreatments) {
            sb_printf(err, tr(msg_lang, "sheet codes can name only the first %d options of the content"),
                      SHEET_CODE_MAX_OPTIONS);
            return false;
        }
        v[F_PICK0 + i] = (unsigned)sp->picks[i] + 1;
    }
    v[F_VERSION] = version % SHEET_CODE_VERSIONS;
    v[F_FORMAT] = FORMAT;
    sheet_code_spell(pack(v), out);
    return true;
}

/* The value of one typed character, or -1. */
static int symbol_value(char c)
{
    if (c >= 'a' && c <= 'z')
        c = (char)(c - 'a' + 'A');
    if (c == 'O')
        c = '0';
    if (c == 'I' || c == 'L')
        c = '1';
    const char *p = c ? strchr(alphabet, c) : NULL;
    return p ? (int)(p - alphabet) : -1;
}

bool sheet_code_decode(const store *st, const char *text, sheet_spec *out, lang_t msg_lang, strbuf *err)
{
    return sheet_code_read(text, st->ntreatments, sheet_content_version(st), out, msg_lang, err);
}

bool sheet_code_read(const char *text, size_t ntreatments, unsigned here, sheet_spec *out, lang_t msg_lang,
                     strbuf *err)
{
    /* the characters that count: separators are spaces and dashes */
    char raw[64];
    size_t n = 0, bytes = 0;
    for (const char *p = text; *p; p++) {
        bytes++;
        if (*p == '-' || *p == ' ' || *p == '\t')
            continue;
        if (n < sizeof raw)
            raw[n] = *p;
        n++;
    }
    const char *code = raw;
    bool prefix = (text[0] == 'V' || text[0] == 'v') && (text[1] == 'E' || text[1] == 'e') &&
                  (text[2] == '-' || text[2] == ' ');
    if (n >= 2 && (prefix || n == SHEET_CODE_CHARS + 2) && (raw[0] == 'V' || raw[0] == 'v') &&
        (raw[1] == 'E' || raw[1] == 'e')) {
        code += 2;
        n -= 2;
    }
    if (n != SHEET_CODE_CHARS || bytes > 40) {
        sb_printf(err,
                  tr(msg_lang, "'%s' is not a sheet code: a sheet code has 12 letters and digits after VE- (like "
                               "VE-7K3Q-M2XA-4PQR), and this has %zu. Copy it again from the screen."),
                  text, n);
        return false;
    }
    unsigned d[SHEET_CODE_CHARS];
    for (size_t i = 0; i < SHEET_CODE_CHARS; i++) {
        int s = symbol_value(code[i]);
        if (s < 0) {
            char one[2] = { code[i], 0 };
            if ((unsigned char)code[i] >= 0x80)
                one[0] = '?';
            sb_printf(err,
                      tr(msg_lang, "'%s' is not a sheet code: character %zu, '%s', is never used in one (they use "
                                   "the digits and the letters A to Y without I, L, O and U). Check that character "
                                   "against the screen."),
                      text, i + 1, one);
            return false;
        }
        d[i] = (unsigned)s;
    }
    unsigned sum = 0;
    for (unsigned i = 0; i < SHEET_CODE_CHARS; i++)
        sum += (i + 1) * d[i];
    if (sum % BASE != 0) {
        sb_printf(err,
                  tr(msg_lang, "The sheet code '%s' has a typing mistake: its characters do not add up (the last "
                               "one is a check). Compare each character with the screen and type it again."),
                  text);
        return false;
    }
    uint64_t x = 0;
    for (int i = 0; i < DATA_CHARS; i++)
        x = x * BASE + d[i];
    unsigned v[F_COUNT];
    unpack(x, v);
    lang_t lang = LANG_EN;
    bool ok = x < limit() && v[F_FORMAT] == FORMAT && lang_of_slot(v[F_LANG], &lang) &&
              !(v[F_AGE] == AGE_CHILD && v[F_PREGNANT] != PREG_SKIPPED);
    *out = (sheet_spec){ .lang = lang };
    bool ended = false;
    for (int i = 0; i < GRID_MAX_OPTIONS && ok; i++) {
        unsigned p = v[F_PICK0 + i];
        if (p == 0) {
            ended = true;
            continue;
        }
        if (ended) /* picks are written first to last: a gap is never made */
            ok = false;
        for (size_t k = 0; k < out->npicks; k++)
            if (out->picks[k] == p - 1)
                ok = false;
        out->picks[out->npicks++] = p - 1;
    }
    if (!ok) {
        sb_printf(err,
                  tr(msg_lang, "'%s' is not a sheet code this version of Vitiligo Explorer makes. Check it against the "
                               "screen; if it is right, the program that made it is newer: update this one."),
                  text);
        return false;
    }
    bool in_range = true;
    for (size_t k = 0; k < out->npicks; k++)
        if (out->picks[k] >= ntreatments)
            in_range = false;
    if (v[F_VERSION] != here || !in_range) {
        sb_printf(err,
                  tr(msg_lang, "The sheet code '%s' was made with other content (version %u; this computer has "
                               "version %u), so this computer could print a different sheet. Print it where it was "
                               "made, or install the same content here."),
                  text, v[F_VERSION], here);
        return false;
    }
    out->sit = (situation){ .type = (sit_type)v[F_TYPE], .activity = (sit_activity)v[F_ACTIVITY],
                            .sites = v[F_SITES], .age = (sit_age)v[F_AGE], .pregnant = (sit_pregnant)v[F_PREGNANT],
                            .priorities = v[F_PRIOS] };
    return true;
}
