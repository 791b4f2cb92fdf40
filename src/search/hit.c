/* What a search hit shows: its title, id and category, whatever its kind. */
#include "content/treatment.h"
#include "search/search_impl.h"

const char *search_kind_name(search_kind k)
{
    switch (k) {
    case SEARCH_TOPIC: return "topic";
    case SEARCH_GLOSSARY: return "glossary";
    case SEARCH_TREATMENT: return "treatment";
    case SEARCH_QUESTION: return "question";
    }
    return "topic";
}

const char *search_hit_title(const search_index *ix, const search_hit *h, lang_t lang)
{
    const store *st = ix->st;
    switch (h->kind) {
    case SEARCH_TOPIC: return h->index < st->ntopics ? lt(&store_topic(st, h->index)->title, lang) : "";
    case SEARCH_GLOSSARY: return h->index < st->nglossary ? lt(&st->glossary[h->index].term, lang) : "";
    case SEARCH_TREATMENT: return h->index < st->ntreatments ? lt(&st->treatments[h->index].name, lang) : "";
    case SEARCH_QUESTION: return h->index < st->nquestions ? lt(&st->questions[h->index].question, lang) : "";
    }
    return "";
}

const char *search_hit_id(const search_index *ix, const search_hit *h)
{
    const store *st = ix->st;
    switch (h->kind) {
    case SEARCH_TOPIC: return h->index < st->ntopics ? store_topic(st, h->index)->id : "";
    case SEARCH_GLOSSARY: return h->index < st->nglossary ? st->glossary[h->index].id : "";
    case SEARCH_TREATMENT: return h->index < st->ntreatments ? st->treatments[h->index].id : "";
    case SEARCH_QUESTION: return h->index < st->nquestions ? st->questions[h->index].id : "";
    }
    return "";
}

const char *search_hit_category(const search_index *ix, const search_hit *h, lang_t lang)
{
    const store *st = ix->st;
    if (h->kind != SEARCH_TOPIC || h->index >= st->ntopics)
        return "";
    size_t c = store_topic(st, h->index)->category;
    return c < st->ncategories ? lt(&st->categories[c].title, lang) : "";
}
