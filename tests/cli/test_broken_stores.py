"""Every broken store under tests/fixtures/broken/ must be reported precisely.

Each case folder holds store/ (files laid over a copy of the good fixture store)
and expect: the exit status, whole report lines with their exact FILE:LINE:COL
("line ..."; every case has at least one), other text the report must contain, and
files to remove.

The report is made by the AddressSanitizer build of the program
(build/asan-bin/vitiligo-explorer, made by make check), so "never a sanitizer report"
is a check that can fail.
"""
import os
import pathlib
import re
import shutil
import subprocess

import pytest

from vetest import FIXTURES, FIXTURE_STORE, ROOT, clean_env, run

ASAN_BINARY = ROOT / "build" / "asan-bin" / "vitiligo-explorer"
POSITION = re.compile(r"^[^:\s]+:[0-9]+:[0-9]+: (error|warning): ")
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


def read_lines(case):
    """The whole lines (with FILE:LINE:COL) the report must contain."""
    text = (case / "expect").read_text(encoding="utf-8")
    return [l[5:] for l in text.splitlines() if l.startswith("line ")]


def run_asan(*args):
    if not ASAN_BINARY.exists():
        pytest.fail("build the sanitizer binary first: make build/asan-bin/vitiligo-explorer")
    env = clean_env(ASAN_OPTIONS="detect_leaks=1", UBSAN_OPTIONS="print_stacktrace=1")
    return subprocess.run([str(ASAN_BINARY), *args], capture_output=True, text=True, env=env, timeout=60)


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
    lines = read_lines(case)
    for rel in removes:
        (store / rel).unlink()

    result = run_asan("--check-content", str(store))

    assert result.returncode == status, result.stdout + result.stderr
    for needle in needles:
        if needle.startswith("line "):
            continue
        assert needle in result.stdout, f"missing {needle!r} in:\n{result.stdout}"
    # the exact position: a whole line of the report, FILE:LINE:COL included
    assert lines, f"{case.name}/expect names no FILE:LINE:COL line"
    for want in lines:
        assert POSITION.match(want), want
        assert want in result.stdout.splitlines(), f"missing the line {want!r} in:\n{result.stdout}"
    # never a crash, never a sanitizer report (this is the sanitizer build)
    assert "Sanitizer" not in result.stderr and "runtime error" not in result.stderr, result.stderr
    if status == 2:
        assert "errors" in result.stdout.splitlines()[-1]


ERROR_CASES = [c for c in CASES if read_expect(c)[0] == 2]


@pytest.mark.parametrize("case", ERROR_CASES, ids=[c.name for c in ERROR_CASES])
def test_broken_store_is_not_half_loaded(case, tmp_path):
    """Reading from a store with errors refuses to start rather than show part of it."""
    _, _, removes = read_expect(case)
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
