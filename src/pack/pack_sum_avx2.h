/* XXH3-128 built for AVX2, for the pack's chunk sums (pack_chunks.c calls it only on
 * a CPU that has AVX2).  Never includes curses. */
#ifndef VE_PACK_SUM_AVX2_H
#define VE_PACK_SUM_AVX2_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The XXH3-128 of [p, p+n) as (low 64 bits, high 64 bits); false, with nothing
 * computed, in a build without AVX2 code (not x86-64). */
bool pack_xxh3_avx2(const void *p, size_t n, uint64_t out[2]);

#endif
