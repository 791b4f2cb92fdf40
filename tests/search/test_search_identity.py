"""Search answers exactly what it answered before: for every query in queries.tsv and
pinyin_queries.tsv, in every language, finished and at every keystroke prefix (at the
search line's own result limit), every hit, score, snippet, highlight span and title
span, against the fixture store.  build/search-dump prints them; each query's block is
hashed and compared with identity.sha256, written when the loader and the index were
last changed on purpose.  The same answers must come from the index as built and from
the index saved as a blob and opened again (search-dump --via-blob), as a content pack
holds it.

A change that is meant to change search results (ranking, snippets, the fixture
content) rewrites the file with:
    VE_WRITE_IDENTITY=1 python3 -m pytest tests/search/test_search_identity.py
and says why in its commit."""
import hashlib
import os
import pathlib
import subprocess

import pytest

from vetest import BINARY, FIXTURE_STORE, ROOT, clean_env

HERE = pathlib.Path(__file__).resolve().parent
GOLDEN = HERE / "identity.sha256"
DUMP = ROOT / "build" / "search-dump"
QUERY_FILES = [HERE / "queries.tsv", HERE / "pinyin_queries.tsv"]


def blocks(store, mode=()):
    """{"LANG QUERY": sha256 of everything search answered for it}."""
    assert DUMP.exists(), f"{DUMP} is missing: make build/search-dump (make check-py builds it)"
    p = subprocess.run([str(DUMP), *mode, str(store), *map(str, QUERY_FILES)], capture_output=True,
                       env=clean_env(), timeout=600)
    assert p.returncode == 0, p.stderr.decode(errors="replace")
    out = {}
    key, h = None, None
    for line in p.stdout.split(b"\n"):
        if line.startswith(b"@ "):
            key, h = line[2:].decode(), hashlib.sha256()
            out[key] = h
        elif key is not None:
            h.update(line + b"\n")
    return {k: v.hexdigest() for k, v in out.items()}


@pytest.mark.parametrize("mode", [(), ("--via-blob",)], ids=["built", "via-blob"])
def test_search_answers_are_unchanged(mode):
    got = blocks(FIXTURE_STORE, mode)
    assert len(got) >= 4 * 200, "every query in every language"
    if os.environ.get("VE_WRITE_IDENTITY") and not mode:
        GOLDEN.write_text("".join(f"{v}  {k}\n" for k, v in got.items()), encoding="utf-8")
    want = {}
    for line in GOLDEN.read_text(encoding="utf-8").splitlines():
        digest, key = line.split("  ", 1)
        want[key] = digest
    changed = [k for k in want if got.get(k) != want[k]]
    assert set(got) == set(want), "the query lists changed: rewrite identity.sha256 (see the docstring)"
    assert not changed, f"{len(changed)} answers changed, e.g. {changed[:5]}"


def test_a_content_pack_answers_exactly_the_same(tmp_path):
    """The pack's store (every variety compiled in, bodies read from the mapping) gives
    the search the same texts in the same order as the folder it was made from."""
    pack = tmp_path / "fixtures.pack"
    r = subprocess.run([str(BINARY), "--content", str(FIXTURE_STORE), "--write-pack", str(pack)],
                       capture_output=True, env=clean_env(), timeout=120)
    assert r.returncode == 0, r.stderr
    assert blocks(pack) == blocks(FIXTURE_STORE)
