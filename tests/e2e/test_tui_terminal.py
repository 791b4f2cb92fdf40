"""The terminal around the explorer: clean exit, signals, odd terminals, and the
kiosk's locked keys, idle warning and reset."""
import os
import re
import signal
import subprocess
import time

import pexpect
import pytest

from ve_tui import BINARY, FIXTURE_STORE, fast_clock_env, tui_env

ALT_SCREEN_OFF = b"\x1b[?1049l"


def wait_exit(t, timeout=5):
    t.child.expect(pexpect.EOF, timeout=timeout)
    t.child.close()
    return t.child.exitstatus, t.child.signalstatus


def test_quit_leaves_a_clean_terminal(tui):
    t = tui()
    t.wait_for("Start here")
    t.send("q")
    t.pump()
    status, sig = wait_exit(t)
    t.stream.feed(t.child.before or b"")
    assert (status, sig) == (0, None)
    tail = t.raw + (t.child.before or b"")
    assert tail.rfind(ALT_SCREEN_OFF) > tail.rfind(b"Start here")  # back to the normal screen
    assert tail.rfind(b"1000l") > tail.rfind(b"1000h")  # mouse reporting switched off


def test_each_frame_goes_out_in_one_write(tmp_path):
    """A frame is one write to the terminal, not a write per line: ncurses 6.4 flushes at
    every cursor move until its screen has once been left and taken back (term_open does
    that before the first frame), and a page that arrives a line at a time is slower and,
    over a slow link, visibly builds up.  strace counts the program's writes: the home
    page, a move down the list and the page opened are three frames."""
    log = tmp_path / "writes"
    child = pexpect.spawn("/usr/bin/strace", ["-e", "trace=write", "-e", "signal=none", "-s", "0", "-o", str(log),
                                              str(BINARY), "--content", str(FIXTURE_STORE)],
                          env=tui_env(), dimensions=(30, 100))
    child.expect("Start here", timeout=20)
    for key in ("\x1bOB", "\r"):  # down, then open what is chosen
        time.sleep(0.5)
        child.send(key)
    time.sleep(0.5)
    child.send("q")
    time.sleep(0.3)
    child.send("q")
    time.sleep(0.3)
    child.send("q")
    child.expect(pexpect.EOF, timeout=10)
    child.close()
    sizes = [int(n) for n in re.findall(r"^write\(1, .*\)\s+= (\d+)$", log.read_text(), re.M)]
    pages = [n for n in sizes if n > 1000]
    assert len(pages) == 2, f"the home page and the opened page, each in one write: {sizes}"
    assert len(sizes) <= 16, f"set-up, three frames and the way out: {sizes}"


STOP_SIGNALS = [signal.SIGTERM, signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM, signal.SIGPIPE]


@pytest.mark.parametrize("sig", STOP_SIGNALS, ids=[s.name for s in STOP_SIGNALS])
@pytest.mark.parametrize("kiosk", [False, True], ids=["normal", "kiosk"])
def test_stop_signals_end_cleanly_and_restore_the_terminal(tui, sig, kiosk):
    t = tui("--kiosk", "--config", "/dev/null") if kiosk else tui()
    t.wait_for("Press any key" if kiosk else "Start here")
    t.raw = b""
    t.child.kill(sig)
    status, s = wait_exit(t)
    assert (status, s) == (0, None), "it must exit, not be killed by the signal"
    tail = t.raw + (t.child.before or b"")
    assert ALT_SCREEN_OFF in tail  # back to the normal screen
    assert b"1000l" in tail  # mouse reports off
    assert b"\x1b[?2004l" in tail  # bracketed paste off
    assert tail.rfind(b"\x1b[?25l") <= tail.rfind(b"\x1b[?25h")  # the cursor not left hidden


def test_a_fault_restores_the_terminal_before_dying(tui):
    t = tui()
    t.wait_for("Start here")
    t.raw = b""
    t.child.kill(signal.SIGSEGV)
    status, s = wait_exit(t)
    assert s == signal.SIGSEGV  # it still dies of it, so a core dump and the journal say why
    tail = t.raw + (t.child.before or b"")
    assert ALT_SCREEN_OFF in tail and b"1000l" in tail and b"\x1b[?2004l" in tail


def run_plain(env, stdin=subprocess.DEVNULL):
    return subprocess.run([str(BINARY), "--content", str(FIXTURE_STORE)], env=env, stdin=stdin,
                          capture_output=True, text=True, timeout=10)


def test_not_a_terminal_says_what_to_use():
    r = run_plain(tui_env())
    assert r.returncode == 2
    assert "--show" in r.stderr and "--list" in r.stderr and "--search" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_unusable_terminal_types_get_a_clear_message():
    for term in ("", "dumb", "no-such-terminal-xyz"):
        child = pexpect.spawn(str(BINARY), ["--content", str(FIXTURE_STORE)], env=tui_env(TERM=term),
                              dimensions=(24, 80))
        child.expect(pexpect.EOF, timeout=5)
        child.close()
        out = child.before.decode()
        assert child.exitstatus == 2, out
        assert "TERM" in out or "terminal type" in out, out


@pytest.mark.parametrize("var", ["LANG", "LC_ALL"])
@pytest.mark.parametrize("locale", ["zh_TW.Big5", "zh_CN.GBK", "en_US.ISO-8859-1"])
def test_a_legacy_character_set_gets_a_clear_message_not_garbage(var, locale):
    """screen-test L14: UTF-8 screens on a Big5 terminal would be nonsense; say how to fix it,
    in plain ASCII that every character set shows the same."""
    env = tui_env(**{var: locale})
    child = pexpect.spawn(str(BINARY), ["--content", str(FIXTURE_STORE)], env=env, dimensions=(24, 80))
    child.expect(pexpect.EOF, timeout=5)
    raw = child.before
    child.close()
    assert child.exitstatus == 2, raw
    out = raw.decode("ascii")  # ASCII only
    assert locale.split(".")[1] in out and "UTF-8" in out and "--show" in out, out
    assert b"\x1b[?1049h" not in raw  # no screen was started


@pytest.mark.parametrize("locale", ["C", "", "C.UTF-8"])
def test_plain_or_utf8_locales_still_start(tui, locale):
    t = tui(env=tui_env(LANG=locale, LC_ALL=None))
    t.wait_for("Start here")


def test_linux_console_and_monochrome(tui):
    t = tui(env=tui_env(TERM="linux"))
    t.wait_for("Start here")
    t = tui(env=tui_env(NO_COLOR="1"))
    t.wait_for("Start here")
    y = next(r for r in range(24) if t.row(r).startswith(" > 1."))
    selected = t.cell(y, 5)
    assert selected.reverse and selected.fg == "default" and selected.bg == "default"
    assert all(t.cell(y, x).fg == "default" for y in range(24) for x in range(80))


def test_kiosk_keys_never_quit_or_suspend(tui):
    t = tui("--kiosk")
    t.wait_for("Press any key or touch the screen to start")
    t.wait_for("按任意鍵或觸摸螢幕開始")
    t.send("x")
    t.wait_for("Start here")
    for key in ("q", "\x03", "\x1a", "\x1c", "\x1b[24~", "\x04"):
        t.send(key)
        t.sync()  # help came and went after the key: it was read, and did not end the program
        assert t.child.isalive()
    t.child.kill(signal.SIGINT)
    t.sync()
    assert t.child.isalive()
    assert "Quit" not in t.row(23)
    t.wait_for("Start here")


def countdown(t):
    """The seconds the idle warning shows, or -1."""
    import re
    m = re.search(r"Starting over in (\d+) seconds?", t.text())
    return int(m.group(1)) if m else -1


def test_idle_warning_counts_down_then_resets_to_the_attract_screen(tui):
    t = tui("--kiosk", "--idle", "10", env=fast_clock_env())  # 10 s, then 30 s of countdown, five times faster
    t.wait_for("Press any key")
    t.send(" ")
    t.wait_for("Start here")
    t.send("l", "enter")
    t.wait_for("什麼是白癜風？")
    t.wait_for("Still reading? Press any key or touch the screen.", timeout=15)
    assert t.find("還在閱讀嗎？請按任意鍵或觸摸螢幕。") is not None
    # a visible countdown of at least 20 seconds, in both languages
    first = countdown(t)
    assert first >= 20
    t.wait_for(lambda: countdown(t) < first, timeout=3)
    t.wait_for(lambda: t.find(f"{countdown(t)} 秒後重新開始。") is not None)
    # a key answers it and changes nothing else
    t.send("x")
    t.wait_gone("Still reading?")
    assert t.find("什麼是白癜風？") is not None
    # left alone: the warning again, then everything is forgotten
    t.wait_for("Still reading?", timeout=15)
    t.wait_for("Press any key or touch the screen to start", timeout=45)
    t.send(" ")
    t.wait_for("Start here")  # English again, at home, nothing kept
    assert "Back" not in t.row(0)
