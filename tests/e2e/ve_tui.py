"""Drives the real explorer in a pseudo-terminal and reads the screen through pyte,
an independent terminal emulator: cells, columns and attributes as a user sees them."""
import glob
import pathlib
import re
import tempfile
import time
import unicodedata

import pexpect
import pyte
import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
BINARY = ROOT / "vitiligo-explorer"
FIXTURE_STORE = ROOT / "tests" / "fixtures" / "content"

KEYS = {
    # application-mode cursor keys: what xterm sends once ncurses turned keypad on
    "up": "\x1bOA", "down": "\x1bOB", "right": "\x1bOC", "left": "\x1bOD",
    "home": "\x1bOH", "end": "\x1bOF", "pgup": "\x1b[5~", "pgdn": "\x1b[6~",
    "enter": "\r", "esc": "\x1b", "tab": "\t", "btab": "\x1b[Z", "backspace": "\x7f",
    "f1": "\x1bOP", "f2": "\x1bOQ", "f12": "\x1b[24~",
}


class Screen(pyte.Screen):
    """pyte 0.8 lacks SU/SD (CSI n S, CSI n T), which ncurses uses to scroll the
    reader; they scroll the lines between the margins and leave the cursor alone."""

    def _margins(self):
        m = self.margins
        return (m.top, m.bottom) if m else (0, self.lines - 1)

    def scroll_up(self, count=1, *args, **kwargs):
        y, x = self.cursor.y, self.cursor.x
        self.cursor.y = self._margins()[1]
        for _ in range(count or 1):
            self.index()
        self.cursor.y, self.cursor.x = y, x

    def scroll_down(self, count=1, *args, **kwargs):
        y, x = self.cursor.y, self.cursor.x
        self.cursor.y = self._margins()[0]
        for _ in range(count or 1):
            self.reverse_index()
        self.cursor.y, self.cursor.x = y, x


class ByteStream(pyte.ByteStream):
    csi = dict(pyte.ByteStream.csi, S="scroll_up", T="scroll_down")


def tui_env(**extra):
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": tempfile.mkdtemp(prefix="ve-home-"),
        "LANG": "C.UTF-8",
        "TERM": "xterm-256color",
        "TZ": "UTC",
        "ESCDELAY": "25",
        "NCURSES_NO_UTF8_ACS": "1",  # pyte draws ACS as letters otherwise
    }
    env.update({k: v for k, v in extra.items() if v is not None})
    return {k: v for k, v in env.items() if v != ""}


def fast_clock_env(rate=5, **extra):
    """The environment for a program whose clock, and every wait it makes, runs rate
    times faster (libfaketime, from the faketime package make check installs): the kiosk's
    shortest idle reset, 10 s and a 30 s countdown, is over in about 8 s instead of 40,
    with no test-only setting in the program."""
    lib = sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1"))
    assert lib, "libfaketime is missing: tools/deps.sh test installs faketime"
    return tui_env(LD_PRELOAD=lib[0], FAKETIME=f"+0 x{rate}", FAKETIME_NO_CACHE="1", **extra)


class Tui:
    """One running explorer and the screen it drew."""

    def __init__(self, args=(), rows=24, cols=80, env=None):
        self.screen = Screen(cols, rows)
        self.stream = ByteStream(self.screen)
        self.child = pexpect.spawn(str(BINARY), ["--content", str(FIXTURE_STORE), *args],
                                   env=env or tui_env(), dimensions=(rows, cols))
        self.raw = b""
        self.last_key = None

    # ---- reading the screen -------------------------------------------------------
    def pump(self, wait=0.05):
        """Feeds whatever the program has written to the emulator."""
        while True:
            try:
                data = self.child.read_nonblocking(65536, timeout=wait)
            except (pexpect.TIMEOUT, pexpect.EOF):
                return
            self.raw += data
            self.stream.feed(data)
            wait = 0.02

    def row(self, y):
        """Row y as text; a wide character is one character (its second cell is empty)."""
        line = self.screen.buffer[y]
        return "".join(line[x].data for x in range(self.screen.columns))

    def text(self):
        return "\n".join(self.row(y) for y in range(self.screen.lines))

    def cell(self, y, x):
        return self.screen.buffer[y][x]

    def find(self, s):
        """(y, x) of the first cell where s starts, counting columns, or None."""
        for y in range(self.screen.lines):
            cols = [self.screen.buffer[y][x].data for x in range(self.screen.columns)]
            for x in range(self.screen.columns):
                # compare character by character, skipping the empty halves of wide ones
                i, cx = 0, x
                while i < len(s) and cx < self.screen.columns:
                    if cols[cx] == "" and cx > x:
                        cx += 1
                        continue
                    if cols[cx] != s[i]:
                        break
                    i += 1
                    cx += 1
                if i == len(s):
                    return (y, x)
        return None

    def wait_for(self, what, timeout=5.0):
        """Waits until what (text on screen, or a predicate) holds; fails with the screen."""
        deadline = time.monotonic() + timeout
        check = what if callable(what) else (lambda: self.find(what) is not None)
        while True:
            self.pump()
            if check():
                return
            if time.monotonic() > deadline:
                pytest.fail(f"timed out waiting for {what!r}; the screen was:\n{self.text()}")

    def wait_gone(self, s, timeout=5.0):
        self.wait_for(lambda: self.find(s) is None, timeout)

    def help_shown(self):
        """Whether the help screen is up: its "Keys" heading under the title bar."""
        return self.row(1).strip() in ("Keys", "按鍵", "按键") and self.find("PgUp") is not None

    def sync(self, timeout=10.0):
        """A known screen instead of a quiet period: help (? or F1) opens only after every key
        sent before it was handled, and Esc closes it again, back to the same screen.  So
        once help has come and gone, whatever the earlier keys did is on the screen, and
        whatever they did not do will not come later."""
        # ? opens help on every screen but the search line, where it is typed: there F1
        # does (an Esc just before it would join F1's own Esc, and the search line is
        # never where an Esc leads)
        typing = self.row(1).lstrip().startswith(("Search:", "搜尋", "搜索"))
        self.send("f1" if typing and self.last_key not in ("esc", "\x1b") else "?")
        self.wait_for(self.help_shown, timeout)
        self.send("esc")
        self.wait_for(lambda: not self.help_shown(), timeout)

    # ---- input ---------------------------------------------------------------------
    def send(self, *keys):
        for k in keys:
            self.child.send(KEYS.get(k, k))
            self.last_key = k

    def click(self, y, x):
        """A left press and release at screen cell (y, x) (0-based), as xterm SGR 1006 sends."""
        self.child.send(f"\x1b[<0;{x + 1};{y + 1}M\x1b[<0;{x + 1};{y + 1}m")

    def wheel(self, y, x, down=True):
        self.child.send(f"\x1b[<{65 if down else 64};{x + 1};{y + 1}M")

    def resize(self, rows, cols):
        self.child.setwinsize(rows, cols)
        self.screen.resize(rows, cols)

    def close(self):
        if self.child.isalive():
            self.child.terminate(force=True)


def is_wide(ch):
    return bool(ch) and unicodedata.east_asian_width(ch[0]) in ("W", "F")


def no_row_overflows(t):
    """Every row fits: a wide character takes its cell and an empty one after it, so none
    is cut at the right edge (pyte keeps a wide character written in the last column
    as one cell, so its string length says nothing)."""
    cols = t.screen.columns
    for y in range(t.screen.lines):
        line = t.screen.buffer[y]
        for x in range(cols):
            if is_wide(line[x].data):
                assert x + 1 < cols, f"row {y}: {line[x].data!r} cut at the right edge:\n{t.row(y)}"
                assert line[x + 1].data == "", f"row {y}: {line[x].data!r} at {x} overwritten:\n{t.row(y)}"


def strip_ansi(b):
    return re.sub(rb"\x1b\[[0-9;?<>=]*[A-Za-z]", b"", b)
