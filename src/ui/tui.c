#include "ui/tui.h"

#include <stdio.h>

int tui_run(store *st, const options *o)
{
    (void)st;
    (void)o;
    fprintf(stderr, "vitiligo-explorer: the interactive explorer is not available yet; use --list or --show\n");
    return 2;
}
