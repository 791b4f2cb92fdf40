/* The content loader, fed whole files.  A private copy of the fixture store is made
 * once (with a MANIFEST); each input replaces one of its files, the store is loaded
 * strictly and leniently (kiosk), and whatever loads is laid out as --show would.
 *
 * Input: byte 0 picks the file (categories, references, glossary, or a topic, old or
 * new) and the mode; the rest is the file's new content. */
#include <dirent.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "content/check_terms.h"
#include "content/load.h"
#include "content/manifest.h"
#include "fuzz.h"
#include "text/doc.h"

static const char *const files[] = {
    "categories.json",           "references.json",       "glossary.json",
    "topics/koebner.json",       "topics/light-therapy.json", "topics/what-is-vitiligo.json",
    "topics/new-topic.json",     "topics/ruxolitinib-cream.json",
};
enum { NFILES = sizeof files / sizeof files[0] };

static char dir[256];
static char *orig[NFILES];
static size_t orig_len[NFILES];

static void put(const char *rel, const void *data, size_t len)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, rel);
    FILE *f = fopen(p, "wb");
    if (!f)
        abort();
    fwrite(data, 1, len, f);
    fclose(f);
}

static void remove_dir(void)
{
    char p[512];
    for (size_t i = 0; i < NFILES; i++) {
        snprintf(p, sizeof p, "%s/%s", dir, files[i]);
        unlink(p);
        free(orig[i]);
    }
    snprintf(p, sizeof p, "%s/topics/stem-cell-trials.json", dir);
    unlink(p);
    snprintf(p, sizeof p, "%s/MANIFEST", dir);
    unlink(p);
    snprintf(p, sizeof p, "%s/topics", dir);
    rmdir(p);
    rmdir(dir);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = malloc(1 << 20);
    *len = fread(buf, 1, 1 << 20, f);
    fclose(f);
    return buf;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_locale();
    const char *fx = getenv("VE_FIXTURES");
    const char *tmpdir = getenv("TMPDIR");
    snprintf(dir, sizeof dir, "%s/ve-fuzz-loader-XXXXXX", tmpdir ? tmpdir : "/tmp");
    if (!mkdtemp(dir))
        abort();
    char p[512];
    snprintf(p, sizeof p, "%s/topics", dir);
    mkdir(p, 0755);
    strbuf man = { 0 };
    const char *extra = "topics/stem-cell-trials.json";
    for (size_t i = 0; i <= NFILES; i++) {
        const char *rel = i < NFILES ? files[i] : extra;
        if (i < NFILES && strcmp(rel, "topics/new-topic.json") == 0)
            continue; /* not there until an input makes it */
        snprintf(p, sizeof p, "%s/content/%s", fx ? fx : "tests/fixtures", rel);
        size_t len = 0;
        char *data = slurp(p, &len);
        if (!data) {
            fprintf(stderr, "fuzz_loader: cannot read %s (set VE_FIXTURES)\n", p);
            abort();
        }
        put(rel, data, len);
        unsigned char sha[MANIFEST_SHA_LEN];
        manifest_sha256(data, len, sha);
        for (int k = 0; k < MANIFEST_SHA_LEN; k++)
            sb_printf(&man, "%02x", sha[k]);
        sb_printf(&man, "  %s\n", rel);
        if (i < NFILES) {
            orig[i] = data;
            orig_len[i] = len;
        } else {
            free(data);
        }
    }
    put("MANIFEST", man.s, man.len);
    sb_free(&man);
    atexit(remove_dir);
    return 0;
}

static void exercise(store *st)
{
    for (size_t t = 0; t < st->ntopics; t++) {
        const topic *tp = store_topic(st, t);
        FUZZ_ASSERT(tp->category < st->ncategories || st->ncategories == 0);
        for (size_t r = 0; r < tp->nrelated; r++)
            FUZZ_ASSERT(tp->related[r] < st->ntopics);
        for (size_t r = 0; r < tp->nrefs; r++)
            FUZZ_ASSERT(tp->refs[r] < st->nrefs);
        doc d = { 0 };
        doc_topic(&d, st, tp, (lang_t)(t % 2), 20 + (int)(t * 7 % 60));
        strbuf out = { 0 };
        doc_render_plain(&d, &out);
        sb_free(&out);
        doc_free(&d);
    }
    for (size_t c = 0; c < st->ncategories; c++)
        for (size_t k = 0; k < st->categories[c].ntopics; k++)
            FUZZ_ASSERT(st->categories[c].topics[k] < st->ntopics);
    FUZZ_ASSERT(st->start_here < (long)st->ntopics);
    for (size_t g = 0; g < st->nglossary; g++)
        FUZZ_ASSERT(st->glossary[g].topic < (long)st->ntopics);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    size_t which = data[0] % NFILES;
    bool lenient = data[0] & 0x80;
    bool strict = data[0] & 0x40; /* --check-content --strict: safety floors and the term check */
    put(files[which], data + 1, size - 1);

    store st;
    diag d = { .max_kept = 50, .strict = strict };
    bool ok = store_load(&st, dir, &(load_opts){ .lenient = lenient, .today = 20000 }, &d);
    FUZZ_ASSERT(ok == (d.errors == 0));
    if (ok) {
        if (strict)
            check_terms(&st, &d);
        exercise(&st);
        store_free(&st);
    } else {
        FUZZ_ASSERT(st.ntopics == 0 && st.topics == NULL);
    }
    diag_free(&d);

    /* put the file back */
    if (strcmp(files[which], "topics/new-topic.json") == 0) {
        char p[512];
        snprintf(p, sizeof p, "%s/%s", dir, files[which]);
        unlink(p);
    } else {
        put(files[which], orig[which], orig_len[which]);
    }
    return 0;
}
