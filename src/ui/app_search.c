/* The app's use of the search engine: the index, built lazily, and the results of
 * the search line.  No curses. */
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/xalloc.h"
#include "pack/pack.h"
#include "search/search.h"
#include "ui/app.h"

enum { RESULTS_LIMIT = 50 };

const struct search_index *app_index(app *a)
{
    if (!a->ix)
        a->ix = store_search_index(a->st);
    return a->ix;
}

void app_drop_index(app *a)
{
    if (a->ix) {
        search_free(a->ix);
        a->ix = NULL;
    }
}

void app_free_results(struct search_result *r)
{
    search_result_free(r);
    free(r);
}

void app_refresh_results(app *a)
{
    char q[READER_QUERY_MAX];
    size_t len = le_text(&a->s.query, q, sizeof q);
    if (a->s.results && strcmp(q, a->s.results_for) == 0)
        return;
    if (a->s.results) {
        app_free_results(a->s.results);
        a->s.results = NULL;
    }
    memcpy(a->s.results_for, q, len + 1);
    if (len == 0)
        return;
    search_result *r = xcalloc(1, sizeof *r);
    /* Snippets are made for the rows drawn (view_search.c), not for all 50 results. */
    search_run_rows(app_index(a), q, len, a->s.lang, true, RESULTS_LIMIT, 0, r);
    a->s.results = r;
    if (r->damaged) /* the pack's saved postings failed their checks: never a quiet short list */
        app_set_status(a, tr(a->s.lang, "The content pack's search index is damaged, so some results may be missing."));
}
