"""Terminal extremes and kiosk escape attempts, tried as a new user would.

Sizes from 1x1 to 400x120 and resize storms; TERM=linux, vt100, xterm-256color, dumb
and unknown; LANG=C and unset; stdin or stdout not a terminal.  In kiosk mode: every
key, signal and mouse action that could leave or suspend the program, the staff exit,
SIGTERM/SIGHUP restoring the terminal, and an idle reset that leaves no trace."""
import os
import random
import re
import signal
import subprocess
import tempfile
import time

import pytest

from ve_tui import BINARY, FIXTURE_STORE, fast_clock_env, no_row_overflows, tui_env

SIZES = [(1, 1), (1, 80), (24, 1), (2, 3), (5, 20), (11, 39), (12, 40), (24, 80), (50, 132), (120, 400)]


HOME = ("Start here", "從這裡開始", "从这里开始")


def at_home(t):
    return any(t.find(h) for h in HOME) or t.find("Press any key") is not None


def redrawn(t):
    """Ctrl-L, and waits until the program has drawn again."""
    drawn = len(t.raw)
    t.send("\x0c")  # Ctrl-L: draw everything again
    t.wait_for(lambda: len(t.raw) > drawn)


def go_home(t):
    """Esc after Esc, each changing the screen, until the home (or attract) screen."""
    for _ in range(8):
        if at_home(t):
            return
        before = t.text()
        t.send("esc")
        t.wait_for(lambda: t.text() != before)
    assert at_home(t), t.text()


def alive_and_responsive(t):
    """The program still runs and still answers: Esc after Esc, each changing the screen,
    brings the home screen back (in whichever language the keys left it), and help then
    opens and closes over it."""
    assert t.child.isalive()
    t.resize(24, 80)
    redrawn(t)
    go_home(t)
    if t.find("Press any key"):
        t.send(" ")
        t.wait_for(lambda: any(t.find(h) for h in HOME))
    t.sync()
    assert t.child.isalive()


def exit_status(t, timeout=10):
    deadline = time.monotonic() + timeout
    while t.child.isalive() and time.monotonic() < deadline:
        t.pump(0.05)
    t.pump(0.05)
    assert not t.child.isalive(), "the program did not exit"
    t.child.close()
    return t.child.exitstatus, t.child.signalstatus




def kiosk_config(tmp_path, **settings):
    p = tmp_path / "kiosk.conf"
    p.write_text("".join(f"{k} = {v}\n" for k, v in settings.items()), encoding="utf-8")
    return str(p)


# ---- sizes ------------------------------------------------------------------------

@pytest.mark.parametrize("rows,cols", SIZES, ids=[f"{r}x{c}" for r, c in SIZES])
def test_every_size_from_1x1_to_400x120(tui, rows, cols):
    t = tui(rows=rows, cols=cols)
    t.wait_for(lambda: len(t.raw) > 0)  # it drew (what a 1x1 window shows cannot be read)
    assert t.child.isalive()
    if rows >= 12 and cols >= 40:
        t.wait_for("Start here")
        no_row_overflows(t)
    elif rows >= 2 and cols >= 20:
        t.wait_for("too small")
    t.send("q")
    status, sig = exit_status(t)
    assert (status, sig) == (0, None)


def test_resize_storm(tui):
    t = tui()
    t.wait_for("Start here")
    t.send("enter")
    t.wait_for("Key points")
    rnd = random.Random(7)
    for _ in range(60):
        t.child.setwinsize(rnd.randint(1, 120), rnd.randint(1, 400))
        t.pump(0.005)  # read what it draws meanwhile
    t.resize(24, 80)
    t.sync()  # help opened at the last size: every size before it was handled
    t.send("\x0c")
    t.wait_for("Key points")
    no_row_overflows(t)
    assert t.child.isalive()


# ---- terminal types and locales -----------------------------------------------------

@pytest.mark.parametrize("term", ["linux", "vt100", "xterm-256color"])
def test_known_terminals_work(tui, term):
    t = tui(env=tui_env(TERM=term))
    t.wait_for("Start here")
    t.send("q")
    assert exit_status(t) == (0, None)


@pytest.mark.parametrize("term,needle", [("dumb", "cannot show screens"), ("no-such-terminal-xyz", "is unknown"),
                                         ("", "TERM is not set")])
def test_dumb_unknown_or_missing_terminal_is_explained(term, needle):
    env = tui_env(TERM=term)
    import pexpect
    child = pexpect.spawn(str(BINARY), ["--content", str(FIXTURE_STORE)], env=env, dimensions=(24, 80))
    out = child.read().decode("utf-8", "replace")
    child.close()
    assert needle in out
    assert "--show" in out
    assert child.exitstatus == 2


@pytest.mark.parametrize("lang", ["C", ""], ids=["LANG=C", "LANG-unset"])
def test_plain_or_missing_locale_still_shows_chinese(tui, lang):
    t = tui("--lang", "zh-Hant", env=tui_env(LANG=lang, LC_ALL=""))
    t.wait_for("從這裡開始")
    no_row_overflows(t)
    t.send("q")
    assert exit_status(t) == (0, None)


def test_stdout_not_a_terminal_says_what_to_use():
    import pexpect
    # stdin is the terminal, stdout a pipe
    child = pexpect.spawn("/bin/sh", ["-c", f"'{BINARY}' --content '{FIXTURE_STORE}' | cat"],
                          env=tui_env(), dimensions=(24, 80))
    out = child.read().decode("utf-8", "replace")
    child.close()
    assert "needs a terminal" in out and "--show" in out and "--list" in out and "--search" in out


def test_stdin_not_a_terminal_says_what_to_use():
    r = subprocess.run([str(BINARY), "--content", str(FIXTURE_STORE)], stdin=subprocess.DEVNULL,
                       capture_output=True, text=True, env=tui_env(), timeout=30)
    assert r.returncode == 2
    assert "needs a terminal" in r.stderr and "--show" in r.stderr


# ---- kiosk: no way out -------------------------------------------------------------

ESCAPES = [
    "q", "Q", "\x03", "\x1a", "\x1c", "\x04", "\x11", "\x18", "\x1b", "\x1b\x1b", ":q\r", "\x1bq", "\x1b:",
    "\x1b[", "\x1bO", "\x1b[2~", "\x1b[3~", "\x1b[1;5D", "\x1b[200~exit\x1b[201~", "!sh\r", "|", "v", "e",
]
FKEYS = ["\x1bOP", "\x1bOQ", "\x1bOR", "\x1bOS", "\x1b[15~", "\x1b[17~", "\x1b[18~", "\x1b[19~",
         "\x1b[20~", "\x1b[21~", "\x1b[23~", "\x1b[24~"]


def kiosk(tui, tmp_path, rows=24, cols=80, env=None, **settings):
    conf = kiosk_config(tmp_path, **settings)
    t = tui("--kiosk", "--config", conf, rows=rows, cols=cols, env=env)
    t.wait_for("Press any key")  # the attract screen
    t.send(" ")
    t.wait_for("Start here")
    return t


def test_kiosk_keys_do_not_leave(tui, tmp_path):
    t = kiosk(tui, tmp_path)
    for k in ESCAPES + FKEYS:
        t.send(k)
        t.pump(0.02)
    alive_and_responsive(t)


def test_kiosk_keys_do_not_leave_from_every_screen(tui, tmp_path):
    t = kiosk(tui, tmp_path)
    opened = {"\r": lambda: "Home > " in t.row(0), "/": lambda: t.row(1).startswith(" Search:"),
              "?": t.help_shown, "t": lambda: "Compare treatments" in t.row(0)}
    for opener, shown in opened.items():
        go_home(t)
        t.send(opener)
        t.wait_for(shown)
        for k in ["q", "\x03", "\x1a", "\x1c", "\x1b", "\x1bOP", "\x1b[24~"]:
            t.send(k)
            t.pump(0.02)
        assert t.child.isalive()
    alive_and_responsive(t)


def test_kiosk_mouse_anywhere_does_not_leave(tui, tmp_path):
    t = kiosk(tui, tmp_path)
    for y in range(0, 24, 2):
        for x in range(0, 80, 7):
            t.click(y, x)
            t.pump(0.005)
        t.wheel(y, 40, down=y % 4 == 0)
    alive_and_responsive(t)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGQUIT, signal.SIGTSTP], ids=["INT", "QUIT", "TSTP"])
def test_kiosk_ignores_interrupt_quit_and_suspend_signals(tui, tmp_path, sig):
    t = kiosk(tui, tmp_path)
    for _ in range(3):
        os.kill(t.child.pid, sig)
        t.pump(0.05)
    alive_and_responsive(t)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP], ids=["TERM", "HUP"])
def test_kiosk_ends_cleanly_on_term_and_hup(tui, tmp_path, sig):
    t = kiosk(tui, tmp_path)
    t.raw = b""
    os.kill(t.child.pid, sig)
    status, signalled = exit_status(t)
    assert signalled is None, "it must exit, not be killed by the signal"
    # the terminal is given back: alternate screen left, mouse reports and keypad
    # mode off, the cursor visible
    assert b"\x1b[?1049l" in t.raw
    assert re.search(rb"\x1b\[\?[0-9;]*1000[0-9;]*l", t.raw)
    assert b"\x1b>" in t.raw or b"\x1b[?1l" in t.raw
    assert not t.screen.cursor.hidden


def test_staff_exit_needs_the_right_code(tui, tmp_path):
    t = kiosk(tui, tmp_path, staff_code="2468")
    before = t.text()
    t.send("f12", "f12", "1", "3", "5", "7", "enter")
    # a probe instead of a quiet period: once help is up, every key before it was handled
    t.send("?")
    t.wait_for(lambda: "Help" in t.row(0))
    t.send("esc")
    t.wait_for(lambda: t.text() == before)  # a wrong code did nothing visible (no digit opened an item)
    assert t.child.isalive()
    t.send("f12", "f12", "2", "4", "6", "8", "enter")
    status, sig = exit_status(t)
    assert (status, sig) == (10, None)


def test_no_staff_code_means_no_staff_exit(tui, tmp_path):
    t = kiosk(tui, tmp_path)
    t.send("f12", "f12", "2", "4", "6", "8", "enter")
    alive_and_responsive(t)


# ---- kiosk: the idle reset leaves no trace --------------------------------------------

def test_idle_reset_leaves_no_trace(tui, tmp_path):
    t = kiosk(tui, tmp_path, env=fast_clock_env(4), idle=10)  # 10 s and 30 s of countdown, four times faster
    # someone reads in Chinese, searches, opens a topic
    t.send("/")
    t.wait_for(lambda: t.row(1).startswith(" Search:"))
    t.send(*"koebner")
    t.wait_for("koebner")
    t.send("enter")
    t.wait_for(lambda: "> Search > Koebner" in t.row(0))  # the glossary card
    t.send("l")  # next language: the topic now reads in Taiwan Chinese
    t.wait_for("同形反應")
    t.send("\x1b")
    t.wait_for("搜尋")
    # then walks away: the warning, the countdown, the reset, the attract screen
    t.wait_for("Still reading", timeout=20)
    t.wait_for("Press any key or touch the screen to start", timeout=45)
    t.send(" ")
    t.wait_for("Start here")  # English again, on the home screen
    assert t.find("koebner") is None
    # no history: the trail is Home alone, and Back stays there (a probe key after it
    # proves Back was read: help opens over the home screen, Esc returns to it)
    assert "> " not in t.row(0) and "Koebner" not in t.row(0), t.row(0)  # no trail after Home
    t.send("\x1b", "?")
    t.wait_for(lambda: "Help" in t.row(0))
    t.send("\x1b")
    t.wait_for("Start here")
    assert "> " not in t.row(0) and "Koebner" not in t.row(0), t.row(0)  # no trail after Home
    # and the search line is empty
    t.send("/")
    t.wait_for(lambda: t.row(1).startswith(" Search:"))
    assert t.row(1).strip() in ("Search:", "Search: [Clear]") or "koebner" not in t.row(1)
    assert t.find("koebner") is None
    assert t.child.isalive()
