/* What the index sees of each item: its texts and how much each one weighs. */
#include "content/treatment.h"
#include "search/search_impl.h"

static bool each_lang(const ltext *t, lang_t lang, int w, doc_text_fn fn, void *ctx)
{
    if (lang != LANG_COUNT)
        return fn(lt(t, lang), w, ctx);
    /* Indexing: English and Taiwan Traditional.  The derived varieties fold to the
     * same keys (Simplified characters) or differ only in table words, which the
     * synonym groups join; a variety's own text, written by the author, may say
     * more, so it is indexed too. */
    if (!fn(lt(t, LANG_EN), w, ctx) || !fn(lt(t, LANG_ZH_HANT), w, ctx))
        return false;
    for (int l = 0; l < LANG_COUNT; l++)
        if (lang_is_derived((lang_t)l) && (t->own & (1u << l)) && !fn(lt(t, (lang_t)l), w, ctx))
            return false;
    return true;
}

static bool each_word(const lwords *ws, lang_t lang, int w, doc_text_fn fn, void *ctx)
{
    for (int l = 0; l < LANG_COUNT; l++) {
        if (lang == LANG_COUNT ? l == LANG_ZH_HANS : l != (int)lang)
            continue;
        for (size_t i = 0; i < ws->n[l]; i++)
            if (ws->w[l] && ws->w[l][i] && !fn(ws->w[l][i], w, ctx))
                return false;
    }
    return true;
}

static void topic_texts(const store *st, size_t i, lang_t lang, doc_text_fn fn, void *ctx)
{
    const topic *t = store_topic(st, i);
    if (!each_lang(&t->title, lang, W_TITLE, fn, ctx) || !each_lang(&t->summary, lang, W_SUMMARY, fn, ctx))
        return;
    if (lang == LANG_COUNT && !each_word(store_topic_keywords(st, i), lang, W_KEYWORD, fn, ctx))
        return;
    size_t nsections;
    const section *sections = store_topic_sections(st, i, &nsections);
    for (size_t s = 0; s < nsections; s++) {
        const section *sec = &sections[s];
        if (!each_lang(&sec->heading, lang, W_HEADING, fn, ctx))
            return;
        for (size_t b = 0; b < sec->nblocks; b++) {
            const block *bl = &sec->blocks[b];
            if (block_has_text(bl->kind) && !each_lang(&bl->text, lang, W_BODY, fn, ctx))
                return;
            for (size_t k = 0; k < bl->nitems; k++)
                if (!each_lang(&bl->items[k], lang, W_BODY, fn, ctx))
                    return;
        }
    }
}

void doc_each_text(const search_index *ix, uint32_t doc, lang_t lang, doc_text_fn fn, void *ctx)
{
    const sdoc *d = &ix->docs[doc];
    const store *st = ix->st;
    switch (d->kind) {
    case SEARCH_TOPIC:
        topic_texts(st, d->index, lang, fn, ctx);
        break;
    case SEARCH_GLOSSARY: {
        const gloss_term *g = &st->glossary[d->index];
        if (each_lang(&g->term, lang, W_TITLE, fn, ctx) && (lang != LANG_COUNT || each_word(&g->aliases, lang, W_KEYWORD, fn, ctx)))
            each_lang(&g->definition, lang, W_SUMMARY, fn, ctx);
        break;
    }
    case SEARCH_QUESTION: { /* a common question: searched like a topic's title and summary */
        const question *q = &st->questions[d->index];
        if (each_lang(&q->question, lang, W_TITLE, fn, ctx))
            each_lang(&q->answer, lang, W_SUMMARY, fn, ctx);
        break;
    }
    case SEARCH_TREATMENT: {
        const treatment *t = &st->treatments[d->index];
        if (each_lang(&t->name, lang, W_TITLE, fn, ctx) && (lang != LANG_COUNT || each_word(&t->aliases, lang, W_KEYWORD, fn, ctx)))
            each_lang(&t->what, lang, W_SUMMARY, fn, ctx);
        break;
    }
    }
}
