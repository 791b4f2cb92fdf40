"""A second, independent terminal: the explorer inside tmux (its own emulator and
width tables), driven with send-keys and read back with capture-pane."""
import os
import shutil
import subprocess
import time
import unicodedata
import uuid

import pytest

from ve_tui import BINARY, FIXTURE_STORE, tui_env

# make check sets VE_REQUIRE_TOOLS=1: there a missing tmux fails instead of skipping
pytestmark = pytest.mark.skipif(shutil.which("tmux") is None and not os.environ.get("VE_REQUIRE_TOOLS"),
                                reason="tmux is not installed")


class Tmux:
    def __init__(self, cols=80, rows=24):
        self.sock = f"ve-{uuid.uuid4().hex[:8]}"
        env = tui_env()
        env.pop("NCURSES_NO_UTF8_ACS", None)  # tmux draws line characters itself
        cmd = f"{BINARY} --content {FIXTURE_STORE}"
        self.tmux("new-session", "-d", "-x", str(cols), "-y", str(rows), cmd, env=env)

    def tmux(self, *args, env=None):
        return subprocess.run(["tmux", "-L", self.sock, "-f", "/dev/null", *args], env=env or tui_env(),
                              capture_output=True, text=True, timeout=10)

    def screen(self):
        return self.tmux("capture-pane", "-p").stdout

    def wait_for(self, text, timeout=5.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            s = self.screen()
            if text in s:
                return s
            time.sleep(0.05)
        pytest.fail(f"timed out waiting for {text!r}; the pane was:\n{self.screen()}")

    def keys(self, *keys):
        self.tmux("send-keys", *keys)

    def close(self):
        self.tmux("kill-server")


def columns(line):
    """Display columns of a captured line (tmux prints a wide character once)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def test_tmux_reads_in_three_languages_and_resizes():
    t = Tmux()
    try:
        t.wait_for("Start here")
        t.keys("Enter")
        t.wait_for("Key points")
        t.keys("l")
        s = t.wait_for("什麼是白癜風？")
        title = s.splitlines()[1]
        assert title.startswith(" 什麼是白癜風？") and columns(title.rstrip()) == 15
        assert all(columns(line) <= 80 for line in s.splitlines())
        t.keys("l", "l")  # 香港, then 简体
        t.wait_for("什么是白癜风？")
        t.tmux("resize-window", "-x", "40", "-y", "12")
        s = t.wait_for("白癜风会让皮肤出现白斑")
        assert all(columns(line) <= 40 for line in s.splitlines())
        t.keys("l", "Escape")
        t.wait_for("Start here")
        t.keys("q")
        deadline = time.monotonic() + 5
        while t.tmux("has-session").returncode == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert t.tmux("has-session").returncode != 0  # the program ended and took the pane
    finally:
        t.close()
