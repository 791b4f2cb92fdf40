#!/usr/bin/env python3
"""make mutants: applies each mutation in tests/mutants/mutants.tsv, one at a time, to a
scratch copy of the tree (build/mutants/tree), rebuilds what it needs and runs the test
named for it.  A mutant that the test does not catch "survives"; the run fails if any
survives, if a mutation's text is not on exactly one line, or if a test fails on the
unmutated tree (then it could not tell a mutant from a bug)."""
import os
import pathlib
import shlex
import shutil
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
TREE = ROOT / "build" / "mutants" / "tree"
LIST = ROOT / "tests" / "mutants" / "mutants.tsv"


def env():
    e = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="", TZ="UTC",
             VE_FIXTURES=str(TREE / "tests" / "fixtures"), VE_ROOT=str(TREE))
    return e


def read_list():
    rows = []
    for n, line in enumerate(LIST.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            sys.exit(f"{LIST}:{n}: expected 5 tab-separated columns, found {len(cols)}")
        rows.append((n, *cols))
    return rows


def build_and_test(test):
    kind, _, arg = test.partition(" ")
    if kind == "unit":
        targets, cmd = [f"build/tests/{arg}"], [f"build/tests/{arg}"]
    elif kind == "py":
        # build/search-dump too: the search identity test runs it, not the program
        targets = ["vitiligo-explorer", "build/asan-bin/vitiligo-explorer", "build/search-dump", "all"]
        cmd = ["/usr/bin/python3", "-m", "pytest", "-p", "no:cacheprovider", "-q", "-x", *shlex.split(arg)]
    else:
        sys.exit(f"unknown test kind {kind!r} (unit or py)")
    b = subprocess.run(["make", "-s", "-j2", *targets], cwd=TREE, env=env(), capture_output=True, text=True)
    if b.returncode != 0:
        return "build", b.stdout[-2000:] + b.stderr[-2000:]
    r = subprocess.run(cmd, cwd=TREE, env=env(), capture_output=True, text=True, timeout=600)
    return ("pass" if r.returncode == 0 else "fail"), r.stdout[-1500:] + r.stderr[-1500:]


def main():
    rows = read_list()
    # the tree and its build (times kept), so that a mutant rebuilds one object
    shutil.rmtree(TREE, ignore_errors=True)
    top = {"mutants", "fuzz", "fuzz-obj", "fuzz-corpus", "fuzz-logs", "fuzz-crashes", "bench-store", "deb"}
    shutil.copytree(ROOT, TREE, symlinks=True, ignore=lambda d, names: [
        n for n in names if (pathlib.Path(d) == ROOT and n == ".git") or
        (pathlib.Path(d) == ROOT / "build" and n in top)])
    bad = 0
    for test in sorted({r[5] for r in rows}):
        verdict, out = build_and_test(test)
        if verdict != "pass":
            print(f"FAIL: '{test}' does not pass on the unmutated tree:\n{out}", flush=True)
            bad += 1
    if bad:
        return 1
    killed = survived = 0
    for n, what, rel, pattern, repl, test in rows:
        path = TREE / rel
        original = path.read_text(encoding="utf-8")
        hits = [i for i, l in enumerate(original.splitlines()) if pattern in l]
        if len(hits) != 1:
            print(f"FAIL: {LIST.name}:{n}: the text is on {len(hits)} lines of {rel}, not 1: {pattern!r}", flush=True)
            bad += 1
            continue
        lines = original.splitlines(keepends=True)
        lines[hits[0]] = lines[hits[0]].replace(pattern, repl, 1)
        path.write_text("".join(lines), encoding="utf-8")
        try:
            t0 = time.monotonic()
            verdict, out = build_and_test(test)
        finally:
            path.write_text(original, encoding="utf-8")
            now = time.time()
            os.utime(path, (now, now))  # newer than the mutant's objects: rebuilt next time
        where = f"{rel}:{hits[0] + 1}"
        if verdict == "build":
            print(f"FAIL: {what}: the mutant at {where} does not build:\n{out}", flush=True)
            bad += 1
        elif verdict == "pass":
            print(f"SURVIVED: {what}: {where}: {pattern.strip()!r} -> {repl.strip()!r}; '{test}' still passes", flush=True)
            survived += 1
        else:
            print(f"killed: {what} ({where}, by '{test}', {time.monotonic() - t0:.0f} s)", flush=True)
            killed += 1
    # leave the scratch tree's objects unmutated
    build_and_test("unit test_esc_seq")
    print(f"mutants: {killed} killed, {survived} survived, {bad} broken entries", flush=True)
    return 1 if survived or bad else 0


if __name__ == "__main__":
    sys.exit(main())
