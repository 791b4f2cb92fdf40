/* A content pack's chunk checks (src/pack/pack_chunks.c): a range is verified chunk by
 * chunk, each chunk once; a damaged chunk fails every range that touches it and no
 * other; a range outside the data area always fails. */
#include "test_util.h"

#include <string.h>

#include "pack/pack_chunks.h"

enum { NCHUNKS = 3, LEN = 2 * PACK_CHUNK_SIZE + 100 };

static unsigned char buf[16 + LEN];
static unsigned char *const data = buf + 16; /* the area, with bytes before it to point at */
static unsigned char sums[NCHUNKS * PACK_CHUNK_SUM];

static void make_sums(void)
{
    for (size_t i = 0; i < LEN; i++)
        data[i] = (unsigned char)(i * 7 + i / 300);
    for (size_t k = 0; k < NCHUNKS; k++) {
        size_t at = k * PACK_CHUNK_SIZE, n = LEN - at < PACK_CHUNK_SIZE ? LEN - at : PACK_CHUNK_SIZE;
        pack_chunk_sum(data + at, n, sums + k * PACK_CHUNK_SUM);
    }
}

static bool verified(const pack_chunks *c, size_t k) { return c->verified[k / 8] >> (k % 8) & 1; }

static void good_ranges_pass_and_each_chunk_is_hashed_once(void **state)
{
    (void)state;
    make_sums();
    pack_chunks c;
    pack_chunks_init(&c, data, LEN, sums);
    assert_int_equal(c.nchunks, NCHUNKS);
    assert_true(pack_check(&c, data + 10, 20));
    assert_true(verified(&c, 0));
    assert_false(verified(&c, 1)); /* only what was asked for */
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
    pack_chunks_init(&c, data, LEN, sums);
    assert_true(pack_check(&c, data, 100));
    assert_false(pack_check(&c, data + PACK_CHUNK_SIZE + 1000, 1)); /* far from the changed byte, same chunk */
    assert_false(pack_check(&c, data + PACK_CHUNK_SIZE + 1000, 1)); /* and again, from the remembered verdict */
    assert_false(pack_check(&c, data + 50, PACK_CHUNK_SIZE)); /* from chunk 0 into chunk 1 */
    assert_true(pack_check(&c, data + 2 * PACK_CHUNK_SIZE, 100));
    assert_false(verified(&c, 1));
    pack_chunks_free(&c);
    data[PACK_CHUNK_SIZE + 5] ^= 1;
}

static void a_damaged_last_chunk_is_found(void **state)
{
    (void)state;
    make_sums();
    data[LEN - 1] ^= 0x80;
    pack_chunks c;
    pack_chunks_init(&c, data, LEN, sums);
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
    pack_chunks_init(&c, data, LEN - 1, sums); /* the area ends one byte early */
    assert_false(pack_check(&c, data + LEN - 1, 1));
    assert_false(pack_check(&c, data + LEN - 10, 10));
    assert_false(pack_check(&c, data + 5, (size_t)-1));
    assert_false(pack_check(&c, data - 1, 1));
    assert_false(pack_check(&c, data + LEN, 0));
    pack_chunks_free(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(good_ranges_pass_and_each_chunk_is_hashed_once),
        cmocka_unit_test(a_damaged_chunk_fails_only_the_ranges_that_touch_it),
        cmocka_unit_test(a_damaged_last_chunk_is_found),
        cmocka_unit_test(ranges_outside_the_data_area_fail),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
