/* Unicode's Ideographic property as a table of ranges, generated at build time from
 * libunistring by tools/make-ideographic-table.sh (build/gen/ideographic_table.c), so
 * a search does not load libunistring to ask it.  Never includes curses. */
#ifndef VE_SEARCH_IDEOGRAPHIC_H
#define VE_SEARCH_IDEOGRAPHIC_H

#include <stddef.h>
#include <stdint.h>

/* Inclusive (first, last) ranges, sorted, not touching each other. */
extern const uint32_t search_ideographic_ranges[][2];
extern const size_t search_ideographic_nranges;

#endif
