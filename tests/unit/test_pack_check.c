/* A content pack's chunk checks (src/pack/pack_chunks.c): a range is verified chunk by
 * chunk, each chunk once, after the group of the chunk table its sum is in; a damaged
 * chunk fails every range that touches it and no other, a damaged group every chunk
 * whose sum it holds and no other; a range outside the data area always fails. */
#include "test_util.h"

#include <string.h>

#include "pack/pack_chunks.h"

/* two whole groups of chunk sums and a part of a third; the last chunk short */
enum { NCHUNKS = 2 * PACK_CHUNK_GROUP + 3, LEN = (NCHUNKS - 1) * PACK_CHUNK_SIZE + 100, NGROUPS = 3 };

static unsigned char buf[16 + LEN];
static unsigned char *const data = buf + 16; /* the area, with bytes before it to point at */
static unsigned char sums[NCHUNKS * PACK_CHUNK_SUM], groups[NGROUPS * PACK_CHUNK_SUM];

static void make_sums(void)
{
    for (size_t i = 0; i < LEN; i++)
        data[i] = (unsigned char)(i * 7 + i / 300);
    pack_chunks_sum_all(data, LEN, sums, groups);
}

static void init(pack_chunks *c, size_t len) { pack_chunks_init(c, data, len, sums, groups); }

static bool verified(const pack_chunks *c, size_t k) { return c->verified[k / 8] >> (k % 8) & 1; }
static bool group_verified(const pack_chunks *c, size_t g) { return c->group_verified[g / 8] >> (g % 8) & 1; }

static void good_ranges_pass_and_each_chunk_is_hashed_once(void **state)
{
    (void)state;
    make_sums();
    pack_chunks c;
    init(&c, LEN);
    assert_int_equal(c.nchunks, NCHUNKS);
    assert_int_equal(c.ngroups, NGROUPS);
    assert_true(pack_check(&c, data + 10, 20));
    assert_true(verified(&c, 0));
    assert_true(group_verified(&c, 0));
    assert_false(verified(&c, 1)); /* only what was asked for */
    assert_false(group_verified(&c, 1));
    assert_true(pack_check(&c, data + PACK_CHUNK_SIZE - 1, 2)); /* across a boundary */
    assert_true(verified(&c, 1));
    assert_false(verified(&c, 2));
    assert_true(pack_check(&c, data + LEN - 1, 1)); /* the short last chunk */
    assert_true(pack_check(&c, data, LEN));
    assert_true(pack_check(&c, data + LEN, 0)); /* an empty range at the end */
    pack_chunks_free(&c);
}

static void a_damaged_chunk_fails_only_the_ranges_that_touch_it(void **state)
{
    (void)state;
    make_sums();
    data[PACK_CHUNK_SIZE + 5] ^= 1; /* chunk 1 */
    pack_chunks c;
    init(&c, LEN);
    assert_true(pack_check(&c, data, 100));
    assert_false(pack_check(&c, data + PACK_CHUNK_SIZE + 1000, 1)); /* far from the changed byte, same chunk */
    assert_false(pack_check(&c, data + PACK_CHUNK_SIZE + 1000, 1)); /* and again, from the remembered verdict */
    assert_false(pack_check(&c, data + 50, PACK_CHUNK_SIZE)); /* from chunk 0 into chunk 1 */
    assert_true(pack_check(&c, data + 2 * PACK_CHUNK_SIZE, 100));
    assert_false(verified(&c, 1));
    assert_true(pack_chunks_any_damaged(&c));
    pack_chunks_free(&c);
    data[PACK_CHUNK_SIZE + 5] ^= 1;
}

static void a_damaged_last_chunk_is_found(void **state)
{
    (void)state;
    make_sums();
    data[LEN - 1] ^= 0x80;
    pack_chunks c;
    init(&c, LEN);
    assert_false(pack_check(&c, data + LEN - 1, 1));
    assert_true(pack_check(&c, data, 10));
    pack_chunks_free(&c);
    data[LEN - 1] ^= 0x80;
}

static void ranges_outside_the_data_area_fail(void **state)
{
    (void)state;
    make_sums();
    pack_chunks c;
    init(&c, LEN - 1); /* the area ends one byte early */
    assert_false(pack_check(&c, data + LEN - 1, 1));
    assert_false(pack_check(&c, data + LEN - 10, 10));
    assert_false(pack_check(&c, data + 5, (size_t)-1));
    assert_false(pack_check(&c, data - 1, 1));
    assert_false(pack_check(&c, data + LEN, 0));
    pack_chunks_free(&c);
}

/* A chunk table whose sums were changed (to match changed data): the group's sum,
 * which the header's covers, no longer matches, and every chunk of that group fails. */
static void a_damaged_group_of_sums_fails_its_chunks_and_no_other(void **state)
{
    (void)state;
    make_sums();
    size_t k = PACK_CHUNK_GROUP + 7; /* in group 1 */
    data[k * PACK_CHUNK_SIZE] ^= 1;
    pack_chunk_sum(data + k * PACK_CHUNK_SIZE, PACK_CHUNK_SIZE, sums + k * PACK_CHUNK_SUM);
    pack_chunks c;
    init(&c, LEN);
    assert_true(pack_check(&c, data, 10));                                       /* group 0 */
    assert_false(pack_check(&c, data + k * PACK_CHUNK_SIZE, 10));                /* the chunk itself */
    assert_false(pack_check(&c, data + (PACK_CHUNK_GROUP + 1) * PACK_CHUNK_SIZE, 1)); /* another of group 1 */
    assert_true(pack_check(&c, data + 2 * PACK_CHUNK_GROUP * PACK_CHUNK_SIZE, 10)); /* group 2 */
    assert_false(group_verified(&c, 1));
    assert_true(pack_chunks_any_damaged(&c));
    pack_chunks_free(&c);
    data[k * PACK_CHUNK_SIZE] ^= 1;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(good_ranges_pass_and_each_chunk_is_hashed_once),
        cmocka_unit_test(a_damaged_chunk_fails_only_the_ranges_that_touch_it),
        cmocka_unit_test(a_damaged_last_chunk_is_found),
        cmocka_unit_test(ranges_outside_the_data_area_fail),
        cmocka_unit_test(a_damaged_group_of_sums_fails_its_chunks_and_no_other),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
