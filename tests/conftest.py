"""pytest set-up for every Python test: the helpers in vetest.py, a built binary."""
import sys
import pathlib

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from vetest import BINARY  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def binary_built():
    if not BINARY.exists():
        pytest.fail("build the program first: make")
