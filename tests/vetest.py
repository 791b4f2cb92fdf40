"""Shared test helpers: where the binary and the fixtures are, a pinned environment."""
import os
import pathlib
import subprocess
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = ROOT / "vitiligo-explorer"
FIXTURES = ROOT / "tests" / "fixtures"
FIXTURE_STORE = FIXTURES / "content"


def clean_env(**extra):
    """A fixed environment so results do not depend on the machine running them."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": os.environ.get("TMPDIR", "/tmp"),
        "LANG": "C.UTF-8",
        "TZ": "UTC",
        "TERM": "xterm-256color",
    }
    env.update({k: v for k, v in extra.items() if v is not None})
    return env


def run(*args, env=None, input=None):
    """Runs the binary; returns the CompletedProcess with text output."""
    return subprocess.run(
        [str(BINARY), *args],
        capture_output=True,
        text=True,
        env=env or clean_env(),
        input=input,
        timeout=60,
    )


def cols(line):
    """Display columns as a terminal counts them (wide and full-width are 2), from
    Python's own Unicode tables: independent of the program's width function."""
    total = 0
    for ch in line:
        if unicodedata.combining(ch):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total
