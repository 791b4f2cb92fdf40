/* --treatments and --compare (filled in by the treatment explorer). */
#include <stdio.h>

#include "cli/commands.h"

int cmd_treatments(store *st, const options *o)
{
    (void)st;
    (void)o;
    fprintf(stderr, "vitiligo-explorer: --treatments is not available yet\n");
    return 2;
}

int cmd_compare(store *st, const options *o)
{
    (void)st;
    (void)o;
    fprintf(stderr, "vitiligo-explorer: --compare is not available yet\n");
    return 2;
}
