/* The content store: every topic, category, glossary term, reference and treatment
 * option, read-only once loaded.  Never includes curses. */
#ifndef VE_STORE_H
#define VE_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "core/idmap.h"
#include "core/lang.h"
#include "content/regional.h"

/* A text in every language.  zh-HK and zh-Hans are derived from zh-Hant (see
 * store_derive) unless the author wrote them; until then they point at the zh-Hant
 * text. */
typedef struct ltext {
    const char *s[LANG_COUNT];
    unsigned char own;        /* bit 1 << lang: the author wrote this language's text */
} ltext;

/* A list of words per language (keywords, aliases); the lists may differ in length. */
typedef struct lwords {
    const char **w[LANG_COUNT];
    size_t n[LANG_COUNT];
} lwords;

typedef enum { BLOCK_PARAGRAPH, BLOCK_BULLETS, BLOCK_STEPS, BLOCK_KEYPOINTS, BLOCK_NOTE, BLOCK_ICONS, BLOCK_FIGURE } block_kind;

/* Blocks whose words are in .text (the others have .items).  A figure's caption is
 * its text: it says in words all that the picture shows, so it is derived, searched
 * and checked like a paragraph. */
static inline bool block_has_text(block_kind k)
{
    return k == BLOCK_PARAGRAPH || k == BLOCK_NOTE || k == BLOCK_ICONS || k == BLOCK_FIGURE;
}

typedef struct block {
    block_kind kind;
    ltext text;     /* paragraph, note, icons (the words that say what the icons show), figure (its caption) */
    int count, total; /* icons: count filled of total */
    const char **art; /* figure: the picture's lines, the same in every language, never wrapped */
    size_t nart;
    ltext *items;   /* bullets, steps, keypoints */
    size_t nitems;
} block;

typedef struct section {
    ltext heading;
    block *blocks;
    size_t nblocks;
} section;

typedef struct topic {
    const char *id;
    const char *file;         /* path relative to the store, for messages */
    size_t category;          /* index into store.categories */
    int order;
    ltext title, summary;
    section *sections;
    size_t nsections;
    lwords keywords;
    size_t *related;          /* indices into store.topics */
    size_t nrelated;
    size_t *refs;             /* indices into store.refs */
    size_t nrefs;
    char last_reviewed[11], next_review[11];
    bool experimental;
    bool unavailable;         /* its file failed its checksum (kiosk keeps the rest running) */
} topic;

typedef struct category {
    const char *id;
    int order;
    ltext title, description;
    size_t *topics;           /* indices into store.topics, in reading order */
    size_t ntopics;
} category;

typedef struct gloss_term {
    const char *id;
    ltext term, definition;
    lwords aliases;
    long topic;               /* index into store.topics, or -1 */
    bool everyday;            /* "everyday": true: a plain word that pages need not explain */
} gloss_term;

typedef struct reference {
    const char *id;
    const char *citation, *doi, *pmid, *registry, *url; /* all but citation may be NULL */
} reference;

/* A common question (questions.json): a short answer in both languages that leads to
 * the exact section of the topic that answers it in full. */
typedef struct question {
    const char *id;
    ltext question, answer;
    size_t topic;             /* index into store.topics */
    size_t section;           /* index into that topic's sections */
    size_t *refs;             /* indices into store.refs */
    size_t nrefs;
    char last_reviewed[11], next_review[11];
} question;

struct treatment;             /* src/content/treatment.h */

/* Where a store's topic bodies (sections) come from when the store does not hold them
 * in memory: a content pack (src/pack/) reads each one when it is first asked for. */
typedef struct store_backing store_backing;
typedef struct store store;
typedef struct store_backing_ops {
    /* Topic i's sections, read on first use; NULL with *n = 0 when they are damaged. */
    const section *(*sections)(store_backing *b, size_t i, size_t *n);
    /* Topic i's keywords, kept in its body; read on first use; none when damaged. */
    const lwords *(*keywords)(store_backing *b, size_t i);
    /* Fills st->topics[i] in from the backing (a cache: st is otherwise unchanged). */
    void (*fill_topic)(store_backing *b, const store *st, size_t i);
    /* The first topic whose id is id, or -1, without filling topics in. */
    long (*find_topic)(const store_backing *b, const char *id);
    /* Whether topic i's body was found damaged (only known once it was read). */
    bool (*damaged)(const store_backing *b, size_t i);
    /* Gives back the memory of topic i's body, which is read again when next asked for:
     * what the body gave (sections, keywords, their strings) must no longer be in use. */
    void (*forget)(store_backing *b, size_t i);
    /* Reads the regional table into st->regional the first time it is asked for (a
     * cache: st is otherwise unchanged); false when it does not read. */
    bool (*regional)(store_backing *b, const store *st);
    void (*close)(store_backing *b);
} store_backing_ops;
struct store_backing {
    const store_backing_ops *ops;
};

struct store {
    arena mem;                /* owns every string and array below */
    const char *dir;
    topic *topics;            /* in store order: category order, then topic order */
    size_t ntopics;
    category *categories;
    size_t ncategories;
    long start_here;          /* topic index or -1 */
    gloss_term *glossary;
    size_t nglossary;
    reference *refs;
    size_t nrefs;
    struct treatment *treatments;
    size_t ntreatments;
    question *questions;      /* in file order; none when the store has no questions.json */
    size_t nquestions;
    ltext clinic_contact;     /* the clinic's contact from the settings (load_opts); empty: none */
    long today;               /* days since 1970-01-01 (load_opts.today, else the clock at load): the
                               * day review dates are checked against (store_review_overdue) */
    regional_table regional;  /* regional-terms.json: how zh-HK and zh-Hans are made; read it
                               * with store_regional (a pack reads it on first use) */
    bool derived[LANG_COUNT]; /* a derived variety's texts are made (store_derive) */
    struct regional_conv *checking; /* while store_load runs with load_opts.check_varieties */
    bool text_warnings;       /* while store_load runs for --check-content or kiosk mode (whose
                               * warnings go to the journal): make the text checks that can only
                               * warn (numbers in both languages, Traditional slips); a plain
                               * start shows no warnings, so it skips them */
    size_t text_bytes;        /* bytes of patient-readable text, for memory figures */
    /* id -> index of topics, categories, references and glossary terms, kept by the
     * loader as it fills the arrays, so that loading is linear in the size of the
     * library; in a pack-backed store each is made on the first lookup of its kind
     * (a cache: the lookups fill it through a const store), except the topics' (a pack
     * has its ids in order: store_backing_ops.find_topic); empty in a store made by
     * hand (the lookups below then scan) */
    idmap topic_ids, category_ids, ref_ids, gloss_ids;
    store_backing *backing;   /* NULL: every topic's sections are in memory (a source tree) */
    /* A pack-backed store: bit i is set once topics[i] is filled in (store_topic); NULL:
     * every topic is in place */
    uint64_t *topic_filled;
};

/* Topic i.  A store opened from a pack reads a topic's record the first time it is
 * asked for, so opening one of 10,000 topics builds none of them; every reader of a
 * topic goes through here. */
static inline const topic *store_topic(const store *st, size_t i)
{
    if (st->topic_filled && !(st->topic_filled[i / 64] >> (i % 64) & 1))
        st->backing->ops->fill_topic(st->backing, st, i);
    return &st->topics[i];
}

/* Topic i's sections: read from the backing (a pack) on first use, else the loaded
 * arrays.  NULL with *n = 0 when the topic is unavailable. */
const section *store_topic_sections(const store *st, size_t i, size_t *n);
/* Gives back the memory of topic i's body when it is read on demand (from a pack), so
 * a run that reads many bodies once each (--search's snippets) holds one at a time;
 * nothing the body gave may be used afterwards.  Does nothing for a source tree. */
void store_forget_topic_body(const store *st, size_t i);
/* Topic i's keywords: read from the backing (a pack keeps them in the topic's body, so
 * opening it allocates nothing per keyword) on first use, else the loaded lists. */
const lwords *store_topic_keywords(const store *st, size_t i);
/* Whether topic i is "temporarily unavailable": its file failed its checksum (kiosk),
 * or its body in a pack was found damaged when it was read. */
bool store_topic_unavailable(const store *st, size_t i);
/* Reads topic i's body if it is not read yet (a pack) and says whether it can be shown. */
bool store_topic_available(const store *st, size_t i);
/* The regional table (how zh-HK and zh-Hans are made, and search's regional synonyms):
 * a pack reads it the first time it is asked for, since only making a variety of a
 * clinic's contact and building a search index need it.  NULL when it does not read
 * (a pack written wrong: its checksums vouch for its bytes). */
const regional_table *store_regional(const store *st);

/* Lookups by id; -1 when there is none.  The first of equal ids wins. */
long store_find_topic(const store *st, const char *id);
long store_find_category(const store *st, const char *id);
long store_find_reference(const store *st, const char *id);
long store_find_glossary(const store *st, const char *id);

/* Days since 1970-01-01 of a "YYYY-MM-DD" date. */
long date_days(const char *date);
/* Whether a next_review date ("YYYY-MM-DD") is before the store's today. */
bool store_review_overdue(const store *st, const char *next_review);

/* Text in a language, never NULL. */
static inline const char *lt(const ltext *t, lang_t lang) { return t->s[lang] ? t->s[lang] : ""; }

/* Makes a derived variety's texts (zh-HK, zh-Hans) from zh-Hant with the regional
 * term table, once; cheap to call again, and a no-op for en and zh-Hant.  Returns
 * false and writes a message to err (size errn) when OpenCC cannot be used. */
bool store_derive(store *st, lang_t lang, char *err, size_t errn);
bool store_derive_all(store *st, char *err, size_t errn);

/* Whether lang's texts can be shown: always for en and zh-Hant, after store_derive
 * for the others. */
static inline bool store_ready(const store *st, lang_t lang) { return !lang_is_derived(lang) || st->derived[lang]; }

/* Converts one Taiwan Traditional text to lang with the store's table (a malloc'd
 * string), or NULL with err set. */
char *store_convert_text(const store *st, lang_t lang, const char *taiwan, char *err, size_t errn);

/* Calls fn for every ltext in the store (topics, categories, glossary, treatments). */
typedef void (*ltext_visitor)(ltext *t, void *ctx);
void store_each_text(store *st, ltext_visitor fn, void *ctx);
typedef void (*lwords_visitor)(lwords *w, void *ctx);
void store_each_words(store *st, lwords_visitor fn, void *ctx);

void store_free(store *st);

#endif
