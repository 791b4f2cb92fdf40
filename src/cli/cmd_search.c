/* --search (filled in by the search engine). */
#include <stdio.h>

#include "cli/commands.h"

int cmd_search(store *st, const options *o)
{
    (void)st;
    (void)o;
    fprintf(stderr, "vitiligo-explorer: --search is not available yet\n");
    return 2;
}
