/* A pack's topics are filled in on first use (src/pack/pack_read.c): opening one
 * builds no topic, a lookup by id builds none either, and a topic once asked for
 * holds exactly what the content folder it was compiled from holds.  Also pins the
 * chunk sum to the documented XXH3-128 (docs/pack-format.md). */
#include "test_util.h"

#include <unistd.h>

#include "pack/pack.h"
#include "pack/pack_chunks.h"
#include "pack/pack_store.h"
#include "pack/pack_sum_avx2.h"

#define XXH_INLINE_ALL /* the portable XXH3, to compare the AVX2 build with */
#include <xxhash.h>

static store json, packed;
static char path[64];

static int set_up(void **state)
{
    (void)state;
    test_locale();
    if (!load_fixture_store_all_scripts(&json))
        return -1;
    strcpy(path, "/tmp/ve-pack-topics-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0)
        return -1;
    close(fd);
    char err[512];
    if (!pack_write(&json, NULL, path, err, sizeof err) || !pack_open(path, &packed, &(load_opts){ 0 }, err, sizeof err)) {
        fprintf(stderr, "%s\n", err);
        return -1;
    }
    return 0;
}

static int tear_down(void **state)
{
    (void)state;
    store_free(&packed);
    store_free(&json);
    unlink(path);
    return 0;
}

static size_t filled(const store *st)
{
    size_t n = 0;
    for (size_t i = 0; i < st->ntopics; i++)
        n += st->topic_filled[i / 64] >> (i % 64) & 1;
    return n;
}

static void opening_and_finding_by_id_fill_in_no_topic(void **state)
{
    (void)state;
    assert_non_null(packed.topic_filled);
    assert_int_equal(packed.ntopics, json.ntopics);
    assert_int_equal(filled(&packed), 0);
    for (size_t i = 0; i < json.ntopics; i++)
        assert_int_equal(store_find_topic(&packed, json.topics[i].id), (long)i);
    assert_int_equal(store_find_topic(&packed, "no-such-topic"), -1);
    assert_int_equal(filled(&packed), 0);
}

static void same_text(const ltext *a, const ltext *b)
{
    assert_int_equal(a->own, b->own);
    for (int l = 0; l < LANG_COUNT; l++)
        assert_string_equal(lt(a, (lang_t)l), lt(b, (lang_t)l));
}

static void same_sections(const store *st, size_t i)
{
    size_t n;
    const section *s = store_topic_sections(st, i, &n);
    assert_int_equal(n, json.topics[i].nsections);
    for (size_t k = 0; k < n; k++) {
        same_text(&s[k].heading, &json.topics[i].sections[k].heading);
        assert_int_equal(s[k].nblocks, json.topics[i].sections[k].nblocks);
    }
}

/* --search gives each body back once its hit is printed: the memory goes, and the body
 * reads the same when asked for again.  A source tree's sections are not touched. */
static void a_forgotten_body_gives_its_memory_back_and_reads_again(void **state)
{
    (void)state;
    pack *pk = pack_of(&packed);
    assert_non_null(pk);
    same_sections(&packed, 0);
    assert_int_equal(pk->bodies[0].state, BODY_READ);
    assert_true(pk->bodies[0].mem.used_bytes > 0);
    assert_true(pk->holding[0] & 1); /* closing frees the bodies marked here, and only those */
    assert_false(pk->holding[0] & 2);
    store_forget_topic_body(&packed, 0);
    assert_int_equal(pk->bodies[0].state, BODY_UNREAD);
    assert_int_equal(pk->bodies[0].mem.used_bytes, 0);
    assert_false(pk->holding[0] & 1);
    assert_null(pk->bodies[0].sections);
    same_sections(&packed, 0);
    assert_int_equal(pk->bodies[0].state, BODY_READ);

    const section *kept = json.topics[0].sections;
    store_forget_topic_body(&json, 0);
    assert_ptr_equal(json.topics[0].sections, kept);
}

static void a_topic_asked_for_is_the_one_compiled(void **state)
{
    (void)state;
    size_t last = json.ntopics - 1;
    const topic *t = store_topic(&packed, last);
    assert_int_equal(filled(&packed), 1);
    assert_true(packed.topic_filled[last / 64] >> (last % 64) & 1);
    assert_ptr_equal(store_topic(&packed, last), t); /* the same one, not filled in twice */
    for (size_t i = 0; i < json.ntopics; i++) {
        const topic *p = store_topic(&packed, i), *j = &json.topics[i];
        assert_string_equal(p->id, j->id);
        assert_string_equal(p->file, j->file);
        assert_int_equal(p->category, j->category);
        assert_int_equal(p->order, j->order);
        same_text(&p->title, &j->title);
        same_text(&p->summary, &j->summary);
        assert_int_equal(p->nrelated, j->nrelated);
        for (size_t k = 0; k < j->nrelated; k++)
            assert_int_equal(p->related[k], j->related[k]);
        assert_int_equal(p->nrefs, j->nrefs);
        for (size_t k = 0; k < j->nrefs; k++)
            assert_int_equal(p->refs[k], j->refs[k]);
        assert_string_equal(p->last_reviewed, j->last_reviewed);
        assert_string_equal(p->next_review, j->next_review);
        assert_int_equal(p->experimental, j->experimental);
        assert_int_equal(p->unavailable, j->unavailable);
    }
    assert_int_equal(filled(&packed), json.ntopics);
}

/* XXH3-128 of "abc", high half first, as xxHash 0.8 gives it: a pack written by one
 * build must open in another. */
static void a_chunk_sum_is_xxh3_128_canonical(void **state)
{
    (void)state;
    static const unsigned char want[PACK_CHUNK_SUM] = { 0x06, 0xb0, 0x5a, 0xb6, 0x73, 0x3a, 0x61, 0x85,
                                                        0x78, 0xaf, 0x5f, 0x94, 0x89, 0x2f, 0x39, 0x50 };
    unsigned char got[PACK_CHUNK_SUM];
    pack_chunk_sum("abc", 3, got);
    assert_memory_equal(got, want, sizeof want);
    pack_chunk_sum_portable("abc", 3, got); /* the build every x86-64 (and every other CPU) runs */
    assert_memory_equal(got, want, sizeof want);
}

/* The AVX2 build of XXH3 gives the portable one's sums, at every length its code
 * paths differ on (short inputs, the 240-byte mid range, the striped long loop, a
 * partial last stripe), and a chunk sum is the same either way. */
static void the_avx2_sum_is_the_portable_one(void **state)
{
    (void)state;
    uint64_t wide[2];
    if (!pack_xxh3_avx2("", 0, wide) || !__builtin_cpu_supports("avx2"))
        skip(); /* not x86-64, or a CPU without AVX2: pack_chunk_sum never calls it */
    enum { BIG = 3 * 65536 + 17 };
    unsigned char *buf = malloc(BIG);
    for (size_t i = 0; i < BIG; i++)
        buf[i] = (unsigned char)(i * 131 + (i >> 7));
    static const size_t lens[] = { 0, 1, 3, 16, 17, 128, 129, 240, 241, 1024, 1025, 65536, BIG };
    for (size_t k = 0; k < sizeof lens / sizeof lens[0]; k++) {
        XXH128_hash_t want = XXH3_128bits(buf, lens[k]);
        assert_true(pack_xxh3_avx2(buf, lens[k], wide));
        assert_true(wide[0] == want.low64 && wide[1] == want.high64);
        unsigned char got[PACK_CHUNK_SUM];
        XXH128_canonical_t c;
        XXH128_canonicalFromHash(&c, want);
        pack_chunk_sum(buf, lens[k], got);
        assert_memory_equal(got, c.digest, PACK_CHUNK_SUM);
        pack_chunk_sum_portable(buf, lens[k], got);
        assert_memory_equal(got, c.digest, PACK_CHUNK_SUM);
    }
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(opening_and_finding_by_id_fill_in_no_topic),
        cmocka_unit_test(a_topic_asked_for_is_the_one_compiled),
        cmocka_unit_test(a_forgotten_body_gives_its_memory_back_and_reads_again),
        cmocka_unit_test(a_chunk_sum_is_xxh3_128_canonical),
        cmocka_unit_test(the_avx2_sum_is_the_portable_one),
    };
    return cmocka_run_group_tests(tests, set_up, tear_down);
}
