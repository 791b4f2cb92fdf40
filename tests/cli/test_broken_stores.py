"""Every broken store under tests/fixtures/broken/ must be reported precisely.

Each case folder holds store/ (files laid over a copy of the good fixture store)
and expect: the exit status, lines the report must contain, and files to remove.
"""
import pathlib
import shutil

import pytest

from vetest import FIXTURES, FIXTURE_STORE, run

CASES = sorted(p for p in (FIXTURES / "broken").iterdir() if p.is_dir())


def read_expect(case):
    status, needles, removes = None, [], []
    for line in (case / "expect").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("exit "):
            status = int(line[5:])
        elif line.startswith("remove "):
            removes.append(line[7:])
        else:
            needles.append(line)
    return status, needles, removes


def test_there_are_at_least_20_distinct_faults():
    assert len(CASES) >= 20


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_broken_store_is_reported(case, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(FIXTURE_STORE, store)
    overlay = case / "store"
    if overlay.exists():
        shutil.copytree(overlay, store, dirs_exist_ok=True)
    status, needles, removes = read_expect(case)
    for rel in removes:
        (store / rel).unlink()

    result = run("--check-content", str(store))

    assert result.returncode == status, result.stdout + result.stderr
    for needle in needles:
        assert needle in result.stdout, f"missing {needle!r} in:\n{result.stdout}"
    # never a crash, never a sanitizer report
    assert "Sanitizer" not in result.stderr
    if status == 2:
        assert "errors" in result.stdout.splitlines()[-1]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_broken_store_is_not_half_loaded(case, tmp_path):
    """Reading from a store with errors refuses to start rather than show part of it."""
    status, _, removes = read_expect(case)
    if status != 2:
        pytest.skip("only warnings")
    store = tmp_path / "store"
    shutil.copytree(FIXTURE_STORE, store)
    if (case / "store").exists():
        shutil.copytree(case / "store", store, dirs_exist_ok=True)
    for rel in removes:
        (store / rel).unlink()
    result = run("--content", str(store), "--list")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "was not loaded" in result.stderr
