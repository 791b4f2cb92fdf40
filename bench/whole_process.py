#!/usr/bin/python3
"""Whole-process figures for `make bench` (issue 14): what a patient or a script waits
for, measured side by side in one run on each store given.

    bench/whole_process.py --measure build/measure BINARY [--before OLD_BINARY] STORE_DIR...

Per store: `--search 光` and `--show` of the first topic (the floor: a process that only
loads and prints one page), `--list`, the peak resident memory of those processes,
and the TUI's first screen in every language, next to `less` showing the same page in
the same pseudo-terminal.  For the bundled content, Kiwix's `kiwix-search` runs the same
query on the same topics in every language variety, made into a ZIM archive here with
`zimwriterfs` (packages kiwix-tools and zim-tools; `make bench` installs them).  Then each
target of the issue, met or missed.

Each store is measured twice, side by side: through the source-tree path (--content DIR,
the JSON compiled in memory) and through the compiled pack (--content FILE.pack, made here
with --write-pack, whose time and size are reported).  With --before (make bench BENCH_BEFORE=path), an older build is
measured in the same run, alternating with this one, in a column of its own.  Timings
depend on the machine; this prints figures and never fails on them."""
import os
import pty
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

LANGS = ["en", "zh-Hant", "zh-HK", "zh-Hans"]
ENV = {"PATH": "/usr/bin:/bin", "HOME": tempfile.gettempdir(), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
       "TZ": "UTC", "TERM": "xterm-256color", "LINES": "40", "COLUMNS": "100", "LESS": "", "LANGUAGE": ""}


MEASURE = None  # bench/measure.c: times a child from a small C parent (set in main)


def timed(argv, reps):
    """Median wall time (ms) of argv and the largest peak RSS (MB) of its runs, each run
    started by MEASURE: a child forked from this Python process would report Python's
    memory as its own peak."""
    times, rss = [], 0.0
    for _ in range(reps):
        out = subprocess.run([MEASURE, *argv], capture_output=True, text=True, env=ENV).stdout.split()
        ms, kb, status = float(out[0]), int(out[1]), int(out[2])
        times.append(ms)
        rss = max(rss, kb / 1024.0)
        if status not in (0, 1):
            sys.exit(f"{' '.join(argv)}: exit {status}")
    return statistics.median(times), rss


def first_screen(argv, settle=0.15, timeout=30.0):
    """Milliseconds from the start of argv in a 40x100 pseudo-terminal to the end of its
    first burst of output (the first frame); the process is then ended."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(argv[0], argv, ENV)
    t0 = time.perf_counter()
    last = None
    try:
        os.set_blocking(fd, False)
        import fcntl
        import struct
        import termios
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
        while time.perf_counter() - t0 < timeout:
            r, _, _ = select.select([fd], [], [], settle if last else timeout)
            if not r:
                break
            try:
                data = os.read(fd, 65536)
            except OSError:
                break
            if not data:
                break
            last = time.perf_counter()
    finally:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
        os.close(fd)
    return (last - t0) * 1e3 if last else float("nan")


def first_topic(binary, store):
    out = subprocess.run([binary, "--content", store, "--list", "--lang", "en"], capture_output=True, text=True,
                         env=ENV).stdout
    ids = [line.split()[0] for line in out.splitlines() if line.startswith("  ")]
    return ids[0]


def verdict(what, pack, target, unit, json=None):
    """A target line: met or MISSED by the pack path (the JSON path's figure beside it)."""
    if pack != pack:  # nan
        return f"  target {what} <= {target:.3g}{unit}: not measured"
    met = pack <= target
    also = f"; JSON path {json:.3g}{unit}" if json is not None else ""
    return f"  target {what} <= {target:.3g}{unit}: {'met' if met else 'MISSED'} (pack {pack:.3g}{unit}{also})"


def write_pack(binary, store, out):
    """Compiles store into out; returns the compile time (ms) and the pack's size (MB)."""
    t0 = time.perf_counter()
    p = subprocess.run([binary, "--content", store, "--write-pack", out], capture_output=True, text=True, env=ENV)
    ms = (time.perf_counter() - t0) * 1e3
    if p.returncode != 0:
        sys.exit(f"--write-pack {store}: exit {p.returncode}: {p.stderr.strip()}")
    return ms, os.path.getsize(out) / 1e6


HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
# A 48x48 grey PNG: zimwriterfs requires an illustration.
def _png(side):
    import struct
    import zlib
    raw = b"".join(b"\x00" + b"\x80" * 3 * side for _ in range(side))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def kiwix_zim(binary, store, workdir):
    """The store's topics, in every language variety as --show prints them, as one HTML
    page each in a ZIM archive (Kiwix's format, with its full-text index); None when
    zimwriterfs or kiwix-search is missing."""
    if not (os.path.exists("/usr/bin/zimwriterfs") and os.path.exists("/usr/bin/kiwix-search")):
        return None
    pages = os.path.join(workdir, "pages")
    os.makedirs(pages)
    ids = [line.split()[0] for line in subprocess.run([binary, "--content", store, "--list"], capture_output=True,
                                                       text=True, env=ENV).stdout.splitlines()
           if line.startswith("  ")]
    for lang in LANGS:
        for tid in ids:
            text = subprocess.run([binary, "--content", store, "--show", tid, "--lang", lang], capture_output=True,
                                  text=True, env=ENV).stdout
            title = text.splitlines()[0].translate(HTML_ESCAPES) if text else tid
            with open(os.path.join(pages, f"{lang}-{tid}.html"), "w", encoding="utf-8") as f:
                f.write(f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head>"
                        f"<body><pre>{text.translate(HTML_ESCAPES)}</pre></body></html>\n")
    with open(os.path.join(pages, "index.html"), "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Topics</title></head><body>" +
                "".join(f'<a href="{lang}-{tid}.html">{tid}</a> ' for lang in LANGS for tid in ids) + "</body></html>\n")
    with open(os.path.join(pages, "icon.png"), "wb") as f:
        f.write(_png(48))
    zim = os.path.join(workdir, "content.zim")
    p = subprocess.run(["/usr/bin/zimwriterfs", "--welcome=index.html", "--illustration=icon.png", "--language=eng",
                        "--title=Vitiligo Explorer", "--description=the bundled topics", "--creator=bench",
                        "--publisher=bench", "--name=vitiligo-explorer-bench", pages, zim], capture_output=True,
                       text=True)
    if p.returncode != 0 or not os.path.exists(zim):
        sys.exit(f"zimwriterfs: exit {p.returncode}: {p.stderr.strip()[-500:]}")
    return zim


def measure(binary, store, tid, big, zim, page, samples):
    """One round: the peers (kiwix-search on zim, when made; less on page) and this
    program on store; samples: (runs of each command, runs of each first screen).  The
    commands take turns run by run (a, b, c, a, b, c, ...), and so do the first screens:
    the machine's speed drifts by more than the differences measured, and a drift then
    falls on every command of a ratio alike."""
    reps, screens = samples
    commands = {}
    if zim:
        commands["kiwix"] = ["/usr/bin/kiwix-search", zim, "光"]
    commands["search"] = [binary, "--content", store, "--search", "光"]
    commands["search_hans"] = [binary, "--content", store, "--search", "光", "--lang", "zh-Hans"]
    commands["show"] = [binary, "--content", store, "--show", tid]
    commands["list"] = [binary, "--content", store, "--list"]
    times = {k: [] for k in commands}
    rss = {k: 0.0 for k in commands}
    for _ in range(reps):
        for k, argv in commands.items():
            ms, mb = timed(argv, 1)
            times[k].append(ms)
            rss[k] = max(rss[k], mb)
    m = {k: statistics.median(v) for k, v in times.items()}
    m["rss"] = max(rss[k] for k in commands if k != "kiwix")
    views = {"less": ["/usr/bin/less", page]}
    for lang in LANGS if not big else ["en", "zh-Hans"]:
        views["tui " + lang] = [binary, "--content", store, "--lang", lang]
    shots = {k: [] for k in views}
    for _ in range(screens):
        for k, argv in views.items():
            shots[k].append(first_screen(argv))
    m.update({k: statistics.median(v) for k, v in shots.items()})
    return m


ROWS = [("kiwix", "kiwix-search 光 on the same topics (a ZIM)", "ms"), ("search", "whole-process --search 光", "ms"), ("search_hans", "whole-process --search 光 --lang zh-Hans", "ms"),
        ("show", "--show of the first topic (the floor)", "ms"), ("list", "--list", "ms"),
        ("rss", "peak resident memory of these processes", "MB")] + \
       [("tui " + lang, "TUI first screen, " + lang, "ms") for lang in LANGS]


def bench_store(binary, store, before):
    ntopics = len(os.listdir(os.path.join(store, "topics")))
    mb = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(store) for f in fs
             if f.endswith(".json")) / 1e6
    big = ntopics > 2000
    tid = first_topic(binary, store)
    # Alternating rounds, so load from other work on the machine falls on both builds, and
    # on the peers (less, kiwix-search), alike.
    workdir = tempfile.mkdtemp(prefix="ve-bench-")
    page = os.path.join(workdir, "page.txt")
    with open(page, "w") as f:
        f.write(subprocess.run([binary, "--content", store, "--show", tid, "--width", "100"], capture_output=True,
                               text=True, env=ENV).stdout)
    pack = os.path.join(workdir, "content.pack")
    compile_ms, pack_mb = write_pack(binary, store, pack)
    zim = kiwix_zim(binary, store, workdir) if ntopics < 100 else None
    # The bundled content's targets are ratios a few tenths of a millisecond wide, and its
    # runs take milliseconds: many more samples there, so the medians hold still.  A first
    # screen in a pseudo-terminal varies by a millisecond from one start to the next (as
    # much as a quarter of less's whole time), so 15 of each per round.
    samples = (3, 1) if big else (5, 2) if ntopics >= 100 else (15, 15)
    rounds_old, rounds_json, rounds_pack = [], [], []
    for _ in range(1 if big else 3):
        if before:
            rounds_old.append(measure(before, store, tid, big, None, page, samples))
        rounds_json.append(measure(binary, store, tid, big, zim, page, samples))
        rounds_pack.append(measure(binary, pack, tid, big, zim, page, samples))
    shutil.rmtree(workdir)

    def med(rounds):
        return {k: statistics.median(r[k] for r in rounds) for k in rounds[0]}

    old = med(rounds_old) if before else None
    js, pk = med(rounds_json), med(rounds_pack)
    # the peers are measured beside both paths: one figure from all their rounds
    less = statistics.median(r["less"] for r in rounds_json + rounds_pack)
    if zim:
        js["kiwix"] = pk["kiwix"] = statistics.median(r["kiwix"] for r in rounds_json + rounds_pack)
    print(f"\n== {store}: {ntopics} topic files, {mb:.1f} MB of JSON; pack {pack_mb:.1f} MB "
          f"({pack_mb / mb:.2f}x the JSON), compiled in {compile_ms / 1e3:.2f} s")
    print(f"  {'':44}" + (f" {'before':>12}" if old else "") + f" {'JSON path':>12} {'pack path':>12}")
    for key, label, unit in ROWS:
        if key not in js:
            continue
        if key == "kiwix":
            print(f"  {label:44}" + (" " * 13 if old else "") + f" {pk[key]:9.1f} {unit}")
            continue
        cells = (f" {old[key]:9.1f} {unit}" if old else "") + f" {js[key]:9.1f} {unit} {pk[key]:9.1f} {unit}"
        extra = f"   (pack {pk[key] / less:.1f}x less)" if key.startswith("tui") else ""
        print(f"  {label:44}{cells}{extra}")
    print(f"  {'less on the same page (same terminal)':44}" + (" " * 13 if old else "") + f" {less:9.1f} ms")
    print(f"  {'an empty C program (process start alone)':44}" + (" " * 13 if old else "") + f" {EMPTY_MS:9.1f} ms")
    print(f"  {'the same, linked with our libraries':44}" + (" " * 13 if old else "") + f" {LINKED_MS:9.1f} ms")
    screens = {k[4:]: (v, js[k]) for k, v in pk.items() if k.startswith("tui ")}
    if ntopics < 100:
        # The target is a ratio: 5x faster than kiwix-search on the same content
        # (its "2 ms" was a fifth of kiwix-search's 11 ms on the machine it was written on).
        kiwix = pk.get("kiwix", float("nan"))
        print(verdict("whole-process --search (bundled), a fifth of kiwix-search,", pk["search"], kiwix / 5, " ms",
                      js["search"]))
        if kiwix == kiwix:
            print(f"    ({kiwix / pk['search']:.1f}x faster than kiwix-search; the JSON path "
                  f"{kiwix / js['search']:.1f}x)")
        else:
            print("    (kiwix-search not measured: install kiwix-tools and zim-tools, as make bench does)")
        print(f"    (against --show of one topic, the floor: {pk['search'] / pk['show']:.2f}x; "
              f"above the floor: {pk['search'] - pk['show']:.2f} ms; above an empty program: "
              f"{pk['search'] - EMPTY_MS:.2f} ms; above one linked with our libraries: "
              f"{pk['search'] - LINKED_MS:.2f} ms)")
        for lang, (t, tj) in screens.items():
            print(verdict(f"TUI first screen in {lang}, 1.5x less,", t, 1.5 * less, " ms", tj))
    elif big:
        worst = max(screens, key=lambda k: screens[k][0])
        print(verdict(f"first screen at {ntopics:,} topics (worst: {worst})", screens[worst][0], 20.0, " ms",
                      screens[worst][1]))
        print(verdict(f"whole-process --search at {ntopics:,} topics", pk["search"], 10.0, " ms", js["search"]))
        print(verdict(f"peak RSS at {ntopics:,} topics", pk["rss"], 30.0, " MB", js["rss"]))
        print(verdict("pack size, times the JSON,", pack_mb / mb, 1.5, "x"))
        print(f"  compile time: {compile_ms / 1e3:.2f} s")


def empty_program_ms():
    """Start-up of a process that does nothing (/bin/true): what no program can go below."""
    return timed(["/bin/true"], 20)[0]


def floors(binary, workdir):
    """An empty C program, and the same linked with BINARY's libraries, or {} without cc."""
    src = os.path.join(workdir, "empty.c")
    with open(src, "w") as f:
        f.write("int main(void) { return 0; }\n")
    libs = [line.split()[0] for line in subprocess.run(["ldd", binary], capture_output=True, text=True).stdout
            .splitlines() if "=>" in line and "libc.so" not in line]
    out = {}
    for name, extra in (("empty C program", []),
                        ("empty C program linked as it is", ["-Wl,--no-as-needed"] +
                         [f"-l:{lib}" for lib in libs])):
        exe = os.path.join(workdir, name.replace(" ", "-"))
        if subprocess.run(["cc", "-O2", "-o", exe, src, *extra], capture_output=True).returncode != 0:
            return {}
        out[name] = [exe]
    return out


def linked_empty_ms(binary):
    """Start-up of an empty C program linked with BINARY's libraries: what no program
    that loads them can go below (NaN without cc)."""
    with tempfile.TemporaryDirectory() as tmp:
        exe = floors(binary, tmp).get("empty C program linked as it is")
        return timed(exe, 20)[0] if exe else float("nan")


EMPTY_MS = float("nan")
LINKED_MS = float("nan")


def main():
    global EMPTY_MS, LINKED_MS, MEASURE
    args = sys.argv[1:]
    if args[:1] == ["--measure"]:
        args.pop(0)
        MEASURE = os.path.abspath(args.pop(0))
    else:
        sys.exit("usage: whole_process.py --measure MEASURE BINARY [--before OLD] STORE...")
    EMPTY_MS = empty_program_ms()
    binary = os.path.abspath(args.pop(0))
    LINKED_MS = linked_empty_ms(binary)
    before = None
    if args and args[0] == "--before":
        args.pop(0)
        before = os.path.abspath(args.pop(0))
    for store in args:
        bench_store(binary, store, before)


if __name__ == "__main__":
    main()
