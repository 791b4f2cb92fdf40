"""The compiled content pack (docs/pack-format.md): what a pack-backed run prints is
byte for byte what the same content folder prints, and a damaged pack is refused with
a message that says what is wrong and how to rebuild it, or (a damaged topic body)
makes only that topic unavailable."""
import json
import os
import resource
import stat
import struct
import subprocess
import sys

import pytest

from vetest import (BINARY, ROOT, pack_compress, pack_decompress, FIXTURE_STORE, PACK_CHUNK as CHUNK, PACK_HEADER as HEADER, PACK_SECTIONS as SECTIONS,
                    clean_env, fix_pack_group_sums, fix_pack_header_sum, fix_pack_sums, pack_layout, pack_sum_tables,
                    run)

REBUILD = "Rebuild it with: make, or vitiligo-explorer --content DIR --write-pack FILE"
LANGS = ("en", "zh-Hant", "zh-HK", "zh-Hans")
QUERIES = ("light", "光", "koebner", "白斑", "照光", "sun cream", "vitiligo")


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    path = tmp_path_factory.mktemp("pack") / "fixtures.pack"
    r = run("--content", str(FIXTURE_STORE), "--write-pack", str(path))
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "")
    assert not path.with_name("fixtures.pack.tmp").exists()
    return path


def topic_ids():
    r = run("--content", str(FIXTURE_STORE), "--list")
    return [line.split()[0] for line in r.stdout.splitlines() if line.startswith("  ")]


def same(pack, *args):
    a = run("--content", str(FIXTURE_STORE), *args)
    b = run("--content", str(pack), *args)
    assert (b.returncode, b.stdout, b.stderr) == (a.returncode, a.stdout, a.stderr), args


@pytest.mark.parametrize("lang", LANGS)
def test_a_pack_prints_what_its_content_folder_prints(pack, lang):
    same(pack, "--lang", lang, "--list")
    same(pack, "--lang", lang, "--treatments")
    same(pack, "--lang", lang, "--treatments", "--json", "--type", "nsv", "--site", "face")
    for q in QUERIES:
        same(pack, "--lang", lang, "--search", q)
        same(pack, "--lang", lang, "--search", q, "--json", "--limit", "50")
    ids = topic_ids()
    assert len(ids) > 3
    for topic in ids:
        same(pack, "--lang", lang, "--show", topic, "--width", "72")


# ---- damaged packs -----------------------------------------------------------------

layout = pack_layout
fix_sums = fix_pack_sums


def refused(path, what):
    r = run("--content", str(path), "--list")
    assert r.returncode == 2
    assert r.stdout == ""
    assert r.stderr == f"vitiligo-explorer: {path} {what} {REBUILD}\n"


def damaged(tmp_path, pack, change, fix=False):
    data = bytearray(pack.read_bytes())
    change(data)
    out = tmp_path / "damaged.pack"
    out.write_bytes(fix_sums(data) if fix else bytes(data))
    return out


def flip(at):
    def change(data):
        data[at] ^= 0x20
    return change


def test_a_file_that_is_not_a_pack_is_refused_for_its_magic(tmp_path, pack):
    refused(damaged(tmp_path, pack, flip(0)), "is not a content pack (bad magic).")
    text = tmp_path / "notes.txt"
    text.write_text("hello\n")
    refused(text, "is not a content pack (bad magic).")


def test_another_version_is_refused(tmp_path, pack):
    def version(v):
        def change(data):
            data[8:12] = struct.pack("<I", v)
        return change
    # version 1 kept its topic bodies uncompressed and their keywords in the topic table;
    # version 2 summed its chunks with SHA-256, so every one of its sums would fail;
    # version 3 summed its header and its MANIFEST with SHA-256;
    # version 4 compressed its topic bodies as zlib streams, which LZ4 cannot read;
    # version 5 had no TLOC section, so every section after TOPC would be misread;
    # version 6's search index had no inverse document frequencies
    for v in (1, 2, 3, 4, 5, 6, 7, 9):
        refused(damaged(tmp_path, pack, version(v)), f"is a content pack of version {v}; this program reads version 8.")


def test_a_cut_short_pack_is_refused(tmp_path, pack):
    size = pack.stat().st_size
    out = tmp_path / "short.pack"
    out.write_bytes(pack.read_bytes()[:size - 100])
    refused(out, f"is cut short or damaged ({size - 100} bytes; its header says {size}).")
    out.write_bytes(pack.read_bytes()[:60])
    refused(out, "is cut short (60 bytes, less than its header).")


def test_a_flipped_byte_in_the_header_is_refused(tmp_path, pack):
    refused(damaged(tmp_path, pack, flip(50)), "is damaged (its header does not match its checksum).")
    refused(damaged(tmp_path, pack, flip(HEADER + 32 * 5 + 9)),  # the section table: TOPC's offset
            "is damaged (its header does not match its checksum).")


def test_a_flipped_byte_in_an_eager_table_is_refused(tmp_path, pack):
    data = pack.read_bytes()
    data_at, secs = layout(data)
    for kind in ("TOPC", "STRS", "TRTM"):
        refused(damaged(tmp_path, pack, flip(data_at + secs[kind][0] + 2)),
                "is damaged (its tables do not match their checksums).")


def test_an_offset_past_the_end_is_refused_even_with_good_checksums(tmp_path, pack):
    def body_past_the_end(data):
        struct.pack_into("<Q", data, HEADER + 32 * SECTIONS.index("BODY") + 8, len(data))
    refused(damaged(tmp_path, pack, body_past_the_end, fix=True), "is damaged (its section table is not valid).")

    def first_string_past_strs(data):  # the first reference's id, in REFS
        data_at, secs = layout(data)
        struct.pack_into("<I", data, data_at + secs["REFS"][0], secs["STRS"][1])  # one past its last byte
    refused(damaged(tmp_path, pack, first_string_past_strs, fix=True), "is damaged (its REFS table is not valid).")

    def index_past_its_table(data):  # the first category's first topic
        data_at, secs = layout(data)
        at = data_at + secs["CATG"][0]
        n = struct.unpack_from("<I", data, at + 4 * 12)[0]  # id, order, two texts of 5 words, then the count
        assert n > 0
        ntopics = struct.unpack_from("<Q", data, HEADER + 32 * SECTIONS.index("TOPC") + 24)[0]
        struct.pack_into("<I", data, at + 4 * 13, ntopics)  # one past the last topic
    refused(damaged(tmp_path, pack, index_past_its_table, fix=True), "is damaged (its CATG table is not valid).")


def unavailable(topic):
    return (f"vitiligo-explorer: the topic '{topic}' is temporarily unavailable: its file is damaged; "
            "see vitiligo-explorer --check-content\n")


def body_fields(data, topic=0):
    """Where topic's (offset, compressed length, length inflated) words are in the topic
    table, and their values; the body itself starts at BODY's offset plus the first."""
    data_at, secs = layout(data)
    at = data_at + secs["TOPC"][0]
    for _ in range(topic + 1):
        at += 4 * 14  # id, file, category, order, title and summary (texts of 5 words)
        for _ in range(2):  # related, refs: a count and that many indices
            at += 4 + 4 * struct.unpack_from("<I", data, at)[0]
        at += 4 * 4  # the two dates, flags, the section count
        fields = at
        at += 4 * 3
    return fields, struct.unpack_from("<III", data, fields)


def replace_body(data, plain, topic=0):
    """Puts plain (an inflated body) in the place of topic's body, compressed."""
    data_at, secs = layout(data)
    fields, (off, clen, _) = body_fields(data, topic)
    z = pack_compress(plain)
    assert len(z) <= (clen + 7) // 8 * 8  # it fits where the old one was, with its padding
    at = data_at + secs["BODY"][0] + off
    data[at:at + len(z)] = z
    struct.pack_into("<II", data, fields + 4, len(z), len(plain))


def topic_body(data, topic=0):
    data_at, secs = layout(data)
    _, (off, clen, ulen) = body_fields(data, topic)
    at = data_at + secs["BODY"][0] + off
    return pack_decompress(data[at:at + clen], ulen)


def test_a_damaged_topic_body_makes_only_that_topic_unavailable(tmp_path, pack):
    ids = topic_ids()

    def first_body_word_count(data):  # topic 0's body says it holds more words than it does
        plain = topic_body(data)
        _, (_, clen, _) = body_fields(data, 0)
        # any count past the body's end will do: the first whose block still fits the old place
        claim = next(n for n in range(len(plain) // 4, len(plain) // 4 + 4096)
                     if len(pack_compress(struct.pack("<I", n) + plain[4:])) <= (clen + 7) // 8 * 8)
        replace_body(data, struct.pack("<I", claim) + plain[4:])
    out = damaged(tmp_path, pack, first_body_word_count, fix=True)
    r = run("--content", str(out), "--show", ids[0])
    assert (r.returncode, r.stdout, r.stderr) == (2, "", unavailable(ids[0]))
    for topic in ids[1:]:
        r = run("--content", str(out), "--show", topic)
        assert r.returncode == 0 and r.stderr == "" and r.stdout, topic
    r = run("--content", str(out), "--list")
    assert r.returncode == 0 and "(temporarily unavailable)" not in r.stdout  # known only once it is read


def tloc(data):
    """(topic count, where TLOC's words start): a record offset per topic, then the
    topics in id order."""
    data_at, secs = layout(data)
    ntopics = struct.unpack_from("<Q", data, HEADER + 32 * SECTIONS.index("TOPC") + 24)[0]
    return ntopics, data_at + secs["TLOC"][0]


def test_topics_are_found_by_id_through_the_id_order(tmp_path, pack):
    ids = topic_ids()
    # a treatment option's id also shows its topic, found another way: not those
    options = json.loads(run("--content", str(FIXTURE_STORE), "--treatments", "--json").stdout)["options"]
    by_id_alone = [t for t in ids if t not in {o["id"] for o in options}]
    assert len(by_id_alone) >= 3
    data = pack.read_bytes()
    n, at = tloc(data)
    order = struct.unpack_from(f"<{n}I", data, at + 4 * n)
    assert [ids[t] for t in order] == sorted(ids)  # by id, byte for byte (strcmp)

    def order_reversed(data):  # a lookup that trusted a wrong order finds nothing
        struct.pack_into(f"<{n}I", data, at + 4 * n, *reversed(order))
    out = damaged(tmp_path, pack, order_reversed, fix=True)
    r = run("--content", str(out), "--show", by_id_alone[1])
    assert r.returncode == 2 and r.stdout == "" and "unknown topic id" in r.stderr

    def order_past_the_end(data):  # every place names a topic one past the last
        struct.pack_into(f"<{n}I", data, at + 4 * n, *([n] * n))
    out = damaged(tmp_path, pack, order_past_the_end, fix=True)
    for topic in by_id_alone:  # a place it cannot read: the records are read one by one instead
        assert run("--content", str(out), "--show", topic).stdout == run("--content", str(pack), "--show", topic).stdout
    r = run("--content", str(out), "--list")
    assert r.returncode == 0 and r.stdout == run("--content", str(pack), "--list").stdout


def test_a_topic_locator_of_the_wrong_size_is_refused(tmp_path, pack):
    def one_word_short(data):
        entry = HEADER + 32 * SECTIONS.index("TLOC")
        struct.pack_into("<Q", data, entry + 16, struct.unpack_from("<Q", data, entry + 16)[0] - 4)
    refused(damaged(tmp_path, pack, one_word_short, fix=True), "is damaged (its TOPC table is not valid).")


def test_a_topic_record_that_does_not_read_makes_only_that_topic_unavailable(tmp_path, pack):
    """Records are checked when their topic is first used, not at open: one that does
    not read (checksums intact, so a pack written wrong) takes only its own topic."""
    ids = topic_ids()
    k = len(ids) // 2

    def category_past_its_table(data):
        n, at = tloc(data)
        data_at, secs = layout(data)
        record = data_at + secs["TOPC"][0] + struct.unpack_from("<I", data, at + 4 * k)[0]
        ncategories = struct.unpack_from("<Q", data, HEADER + 32 * SECTIONS.index("CATG") + 24)[0]
        struct.pack_into("<I", data, record + 8, ncategories)  # id, file, then the category
    out = damaged(tmp_path, pack, category_past_its_table, fix=True)
    r = run("--content", str(out), "--show", ids[k])
    assert (r.returncode, r.stdout, r.stderr) == (2, "", unavailable(ids[k]))
    for topic in ids[:k] + ids[k + 1:]:
        r = run("--content", str(out), "--show", topic)
        assert r.returncode == 0 and r.stderr == "" and r.stdout, topic
    assert run("--content", str(out), "--search", "light").returncode == 0
    # known from the record alone: the listing, which reads no body, says so
    listed = [line.split() for line in run("--content", str(out), "--list").stdout.splitlines()
              if line.startswith("  ")]
    assert [w for w in listed if w[0] == ids[k]] == [[ids[k], "(temporarily", "unavailable)"]]


@pytest.fixture(scope="module")
def large_pack(tmp_path_factory):
    """A pack of 1,500 generated topics (bench/make-store.py): its topic records and
    strings fill chunks of their own, which opening does not check."""
    d = tmp_path_factory.mktemp("large")
    subprocess.run([sys.executable, str(ROOT / "bench" / "make-store.py"), str(d / "store"), "1500", "1.5"],
                   check=True, capture_output=True)
    path = d / "large.pack"
    assert run("--content", str(d / "store"), "--write-pack", str(path)).returncode == 0
    return path


def chunk_inside(data, kind):
    """The chunk of the data area in the middle of section kind, wholly inside it: the
    records (or strings) of topics alone; the eager tables' strings, and the strings
    they share with topics (dates, say), come first or last."""
    _, secs = layout(data)
    off, size = secs[kind]
    k = (off + size // 2) // CHUNK
    assert off <= k * CHUNK and (k + 1) * CHUNK <= off + size, f"{kind} fills no chunk of its own"
    return k


@pytest.mark.parametrize("kind", ["TOPC", "STRS"])
def test_a_damaged_chunk_of_topic_records_or_strings_takes_only_its_topics(tmp_path, large_pack, kind):
    """Records and strings are checked against their chunks' sums as they are read:
    a chunk that fails takes the topics it holds, never the pack, and the others are
    still found by id."""
    data = large_pack.read_bytes()
    data_at, _ = layout(data)
    k = chunk_inside(data, kind)
    out = damaged(tmp_path, large_pack, flip(data_at + k * CHUNK + 1000))  # the sums are not fixed
    listed = run("--content", str(out), "--list")
    assert listed.returncode == 0 and listed.stderr == ""
    lines = [line.split() for line in listed.stdout.splitlines() if line.startswith("  ")]
    gone = [w for w in lines if w[-2:] == ["(temporarily", "unavailable)"]]
    kept = [w[0] for w in lines if w not in gone]
    assert 5 <= len(gone) < len(lines) / 20  # a 4 KiB chunk holds tens of records, or of their strings
    for topic in kept[::len(kept) // 20]:  # found by id through the order, and shown
        r = run("--content", str(out), "--show", topic)
        assert r.returncode == 0 and r.stderr == "", topic
    intact = [line.split()[0] for line in run("--content", str(large_pack), "--list").stdout.splitlines()
              if line.startswith("  ")]
    lost = sorted(set(intact) - set(kept))
    assert len(lost) == len(gone)
    r = run("--content", str(out), "--show", lost[0])  # its id may be among the damaged bytes
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr == unavailable(lost[0]) or r.stderr.startswith(f"vitiligo-explorer: unknown topic id '{lost[0]}'")


@pytest.mark.parametrize("kind", ["TRTM", "GLOS", "TLOC"])
def test_an_eager_table_in_a_chunk_without_strings_is_checked_at_open(tmp_path, large_pack, kind):
    """In a small pack every table shares a chunk with strings, which are checked as
    they are read; in a large one these tables have chunks of their own."""
    data = large_pack.read_bytes()
    data_at, secs = layout(data)
    assert secs[kind][0] // CHUNK > (secs["STRS"][0] + secs["STRS"][1]) // CHUNK  # no string shares its chunk
    refused(damaged(tmp_path, large_pack, flip(data_at + secs[kind][0] + 2)),
            "is damaged (its tables do not match their checksums).")


def test_a_body_chunk_that_fails_its_checksum_leaves_the_rest_of_the_pack_open(tmp_path, pack):
    ids = topic_ids()

    def body_chunk_sum(data):  # the bytes are intact: only the chunk's checksum can tell
        data_at, secs = layout(data)
        _, table, _ = pack_sum_tables(data)
        data[table + 16 * (secs["BODY"][0] // CHUNK)] ^= 0x20
        fix_pack_group_sums(data)  # the sum of its group of the chunk table, and the header's
    out = damaged(tmp_path, pack, body_chunk_sum)
    r = run("--content", str(out), "--list")
    assert r.returncode == 0 and r.stderr == ""
    r = run("--content", str(out), "--show", ids[0])
    assert (r.returncode, r.stdout, r.stderr) == (2, "", unavailable(ids[0]))


def test_a_chunk_table_that_does_not_match_its_group_sum_fails_the_chunks_it_vouches_for(tmp_path, pack):
    """The header's sum covers the group table, each group's sum its part of the chunk
    table: a changed chunk sum fails its group, and so every chunk of that group (here
    the whole pack's, with its tables: refused at open)."""
    def body_chunk_sum(data):
        data_at, secs = layout(data)
        _, table, _ = pack_sum_tables(data)
        data[table + 16 * (secs["BODY"][0] // CHUNK)] ^= 0x20
        fix_pack_header_sum(data)  # the header still matches: only the group's sum can tell
    refused(damaged(tmp_path, pack, body_chunk_sum), "is damaged (its tables do not match their checksums).")


@pytest.mark.parametrize("change", (-1, +1))
def test_a_body_whose_inflated_length_is_not_the_recorded_one_is_unavailable(tmp_path, pack, change):
    ids = topic_ids()

    def wrong_length(data):
        fields, (_, _, ulen) = body_fields(data)
        struct.pack_into("<I", data, fields + 8, ulen + change)
    out = damaged(tmp_path, pack, wrong_length, fix=True)
    r = run("--content", str(out), "--show", ids[0])
    assert (r.returncode, r.stdout, r.stderr) == (2, "", unavailable(ids[0]))
    r = run("--content", str(out), "--show", ids[1])
    assert r.returncode == 0 and r.stderr == ""


def test_a_body_with_bytes_after_its_block_is_unavailable(tmp_path, pack):
    """The compressed length is the LZ4 block's exact length: a range longer than the
    block (here one byte of the padding after it) is damage, not slack."""
    ids = topic_ids()

    def longer_range(data):
        fields, (_, clen, _) = body_fields(data)
        struct.pack_into("<I", data, fields + 4, clen + 1)
    out = damaged(tmp_path, pack, longer_range, fix=True)
    r = run("--content", str(out), "--show", ids[0])
    assert (r.returncode, r.stdout, r.stderr) == (2, "", unavailable(ids[0]))
    r = run("--content", str(out), "--show", ids[1])
    assert r.returncode == 0 and r.stderr == ""


def test_a_body_claiming_a_huge_length_is_refused_before_memory_is_taken_for_it(tmp_path, pack):
    """A body may hold at most 64 MiB inflated (docs/pack-format.md): a larger length is
    refused before anything is allocated, so a damaged pack cannot make a kiosk with
    little memory run out of it (here: a process allowed 1 GiB, the body claiming 4)."""
    ids = topic_ids()

    def huge(data):
        fields, _ = body_fields(data)
        struct.pack_into("<I", data, fields + 8, 0xFFFFFFF0)
    out = damaged(tmp_path, pack, huge, fix=True)

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    r = subprocess.run([str(BINARY), "--content", str(out), "--show", ids[0]], capture_output=True, text=True,
                       env=clean_env(), timeout=60, preexec_fn=limit)
    assert (r.returncode, r.stdout, r.stderr) == (2, "", unavailable(ids[0]))


def test_damaged_postings_in_the_search_index_are_reported_not_hidden(tmp_path, pack):
    """Postings are checked only when a search reads them (so memory and time grow with
    what is searched): damage found then makes --search say so and exit 2, even when the
    checksums were made to match the damage."""
    a_post = 5  # src/search/index_io.h: A_POST, the sixth array of the blob's table

    def garbled_postings(data):
        data_at, secs = layout(data)
        blob = data_at + secs["INDX"][0]
        off, count = struct.unpack_from("<II", data, blob + 48 + 8 * a_post)
        assert count > 0
        data[blob + off:blob + off + count] = b"\xff" * count  # varints that never end
    out = damaged(tmp_path, pack, garbled_postings, fix=True)
    r = run("--content", str(out), "--search", "light")
    assert r.returncode == 2
    assert r.stderr.endswith("vitiligo-explorer: The content pack's search index is damaged, so some results "
                             f"may be missing. {REBUILD}\n")
    ok = run("--content", str(pack), "--search", "light")
    assert ok.returncode == 0 and "damaged" not in ok.stderr


@pytest.mark.parametrize("kind", ("pipe", "link", "folder"))
def test_writing_a_pack_never_replaces_what_is_not_a_file(tmp_path, kind):
    """--write-pack renames its new file over the name it is given: over a pipe, a
    device (/dev/null) or a link that would put the pack in its place, so anything that
    is not a regular file is refused, and left as it was."""
    target = tmp_path / "target"
    if kind == "pipe":
        os.mkfifo(target)
    elif kind == "link":
        target.symlink_to(tmp_path / "elsewhere")
    else:
        target.mkdir()
    r = run("--content", str(FIXTURE_STORE), "--write-pack", str(target))
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr == (f"vitiligo-explorer: cannot write {target}: it is not a regular file; give the pack a file "
                        "name of its own\n")
    assert {"pipe": stat.S_ISFIFO, "link": stat.S_ISLNK, "folder": stat.S_ISDIR}[kind](os.lstat(target).st_mode)
    assert not (tmp_path / "target.tmp").exists()


def test_the_regional_table_is_read_only_to_make_a_variety_of_the_clinics_contact(tmp_path, pack):
    """Opening a pack does not read its regional term table: only making the clinic's
    contact (from the settings) in 香港 or 简体 does.  One that does not read (its
    checksums fixed up) leaves listing, searching and reading alone, and that one
    command says what is wrong and how to fix it."""
    def regional_string_past_strs(data):  # the first term's id
        data_at, secs = layout(data)
        struct.pack_into("<I", data, data_at + secs["REGN"][0] + 4, secs["STRS"][1])
    out = damaged(tmp_path, pack, regional_string_past_strs, fix=True)
    topic = topic_ids()[0]
    for args in (("--list",), ("--search", "光"), ("--show", topic), ("--show", topic, "--lang", "zh-Hans")):
        r = run("--content", str(out), *args)
        assert r.returncode == 0 and r.stderr == "", args
    conf = tmp_path / "settings.conf"
    conf.write_text("clinic_contact_zh = 皮膚科 3 號櫃檯\n", encoding="utf-8")
    sheet = ("--sheet", "--type", "nsv", "--compare", "light-therapy,ruxolitinib-cream", "--lang", "zh-Hans")
    shown = run("--content", str(pack), "--config", str(conf), *sheet)
    assert shown.returncode == 0 and "皮肤科 3 号柜台" in shown.stdout  # made with the intact table
    r = run("--content", str(out), "--config", str(conf), *sheet)
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == ("vitiligo-explorer: the content pack's regional term table is damaged, so the clinic's "
                        f"contact cannot be made in this language. {REBUILD}\n")
