"""The tui fixture: starts explorers and closes them after each test."""
import pytest

from ve_tui import Tui


@pytest.fixture
def tui():
    started = []

    def start(*args, rows=24, cols=80, env=None):
        t = Tui(args, rows, cols, env)
        started.append(t)
        return t

    yield start
    for t in started:
        t.close()
