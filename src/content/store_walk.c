#include "content/store.h"
#include "content/treatment.h"

void store_each_text(store *st, ltext_visitor fn, void *ctx)
{
    for (size_t c = 0; c < st->ncategories; c++) {
        fn(&st->categories[c].title, ctx);
        fn(&st->categories[c].description, ctx);
    }
    for (size_t i = 0; i < st->ntopics; i++) {
        topic *t = (topic *)store_topic(st, i); /* st is not const here */
        fn(&t->title, ctx);
        fn(&t->summary, ctx);
        for (size_t s = 0; s < t->nsections; s++) {
            section *sec = &t->sections[s];
            fn(&sec->heading, ctx);
            for (size_t b = 0; b < sec->nblocks; b++) {
                block *bl = &sec->blocks[b];
                if (block_has_text(bl->kind))
                    fn(&bl->text, ctx);
                for (size_t k = 0; k < bl->nitems; k++)
                    fn(&bl->items[k], ctx);
            }
        }
    }
    for (size_t g = 0; g < st->nglossary; g++) {
        fn(&st->glossary[g].term, ctx);
        fn(&st->glossary[g].definition, ctx);
    }
    for (size_t q = 0; q < st->nquestions; q++) {
        fn(&st->questions[q].question, ctx);
        fn(&st->questions[q].answer, ctx);
    }
    treatment_each_text(st, fn, ctx);
    fn(&st->clinic_contact, ctx);
}

void store_each_words(store *st, lwords_visitor fn, void *ctx)
{
    for (size_t i = 0; i < st->ntopics; i++)
        fn(&((topic *)store_topic(st, i))->keywords, ctx);
    for (size_t g = 0; g < st->nglossary; g++)
        fn(&st->glossary[g].aliases, ctx);
    treatment_each_words(st, fn, ctx);
}

const section *store_topic_sections(const store *st, size_t i, size_t *n)
{
    const topic *t = store_topic(st, i);
    if (!st->backing || t->sections || t->unavailable) {
        *n = t->sections ? t->nsections : 0;
        return t->sections;
    }
    return st->backing->ops->sections(st->backing, i, n);
}

void store_forget_topic_body(const store *st, size_t i)
{
    if (st->backing && i < st->ntopics && st->backing->ops->forget)
        st->backing->ops->forget(st->backing, i);
}

const lwords *store_topic_keywords(const store *st, size_t i)
{
    const topic *t = store_topic(st, i);
    if (!st->backing || t->sections || t->unavailable)
        return &t->keywords;
    return st->backing->ops->keywords(st->backing, i);
}

bool store_topic_unavailable(const store *st, size_t i)
{
    return store_topic(st, i)->unavailable || (st->backing && st->backing->ops->damaged(st->backing, i));
}

const regional_table *store_regional(const store *st)
{
    if (st->backing && st->backing->ops->regional && !st->backing->ops->regional(st->backing, st))
        return NULL;
    return &st->regional;
}

bool store_topic_available(const store *st, size_t i)
{
    size_t n;
    store_topic_sections(st, i, &n);
    return !store_topic_unavailable(st, i);
}
