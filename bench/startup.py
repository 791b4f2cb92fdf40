#!/usr/bin/python3
"""What one start costs before the program does its work (`make bench-startup`).

    bench/startup.py BINARY [--before OLD_BINARY] [--reps N]

Whole-process wall time (median of N runs, builds alternating so that load from other
work on the machine falls on both alike) of `--version`, `--show` of one topic and
`--search` (the JSON path: `--content` the bundled content), and the TUI's first screen
in English and in 繁體 next to `less` on the same page in the same pseudo-terminal.
Beside them, the floor any program pays on this machine: an empty C program, and the
same program linked with the libraries this one links (`ldd BINARY`), built here with
cc.  OLD_BINARY must sit in a tree like BINARY's (content/ and build/locale/ beside it)
so that both read the same catalogues.  Prints figures; never fails on them."""
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from whole_process import ENV, first_screen, floors  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONTENT = os.path.join(ROOT, "content")


def wall(argv):
    t0 = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV, check=False)
    return (time.perf_counter() - t0) * 1e3


def main():
    args = sys.argv[1:]
    binary, before, reps = os.path.abspath(args.pop(0)), None, 51
    while args:
        opt = args.pop(0)
        if opt == "--before":
            before = os.path.abspath(args.pop(0))
        elif opt == "--reps":
            reps = int(args.pop(0))
    builds = ([("before", before)] if before else []) + [("now", binary)]
    rows = [("--version", ["--version"]),
            ("--show what-is-vitiligo", ["--content", CONTENT, "--show", "what-is-vitiligo"]),
            ("--search 光", ["--content", CONTENT, "--search", "光"])]
    screens = [("TUI first screen, en", ["--content", CONTENT, "--lang", "en"]),
               ("TUI first screen, zh-Hant", ["--content", CONTENT, "--lang", "zh-Hant"])]
    with tempfile.TemporaryDirectory() as tmp:
        base = floors(binary, tmp)
        page = os.path.join(tmp, "page.txt")
        with open(page, "w") as f:
            f.write(subprocess.run([binary, "--content", CONTENT, "--show", "what-is-vitiligo", "--width", "100"],
                                   capture_output=True, text=True, env=ENV).stdout)
        got = {}
        for _ in range(reps):
            for name, argv in base.items():
                got.setdefault((name, ""), []).append(wall(argv))
            for label, argv in rows:
                for b, path in builds:
                    got.setdefault((label, b), []).append(wall([path, *argv]))
        for _ in range(max(3, reps // 10)):
            for label, argv in screens:
                for b, path in builds:
                    got.setdefault((label, b), []).append(first_screen([path, *argv]))
            got.setdefault(("less on the same page", ""), []).append(first_screen(["/usr/bin/less", page]))
    med = {k: statistics.median(v) for k, v in got.items()}
    print(f"start-up, medians of {reps} runs (TUI: {max(3, reps // 10)}), other work on the machine included")
    print(f"  {'':34}" + "".join(f" {b:>10}" for b, _ in builds))
    for name in base:
        print(f"  {name:34} {med[(name, '')]:7.2f} ms")
    for label, _ in rows:
        print(f"  {label:34}" + "".join(f" {med[(label, b)]:7.2f} ms" for b, _ in builds))
    for label, _ in screens:
        print(f"  {label:34}" + "".join(f" {med[(label, b)]:7.2f} ms" for b, _ in builds))
    print(f"  {'less on the same page':34} {med[('less on the same page', '')]:7.2f} ms")


if __name__ == "__main__":
    main()
