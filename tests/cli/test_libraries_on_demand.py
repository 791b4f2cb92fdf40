"""Every library but the C library is loaded when the program first calls it
(src/core/lib_on_demand.c; ncurses: src/ui/curses_on_demand.c), never linked: a run
loads the ones it uses, so --list loads none, only a screen loads ncurses, and a
library that cannot be loaded is named with the package to install, never a crash."""
import os
import pty
import re
import select
import signal
import subprocess
import time

import pytest

from vetest import BINARY, FIXTURE_STORE, clean_env, run

ON_DEMAND = {"cjson": "libcjson.so.1", "lz4": "liblz4.so.1", "utf8proc": "libutf8proc.so", "m": "libm.so.6",
             "unistring": "libunistring.so", "ncurses": "libncursesw.so.6", "tinfo": "libtinfo.so.6"}


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    path = tmp_path_factory.mktemp("pack") / "fixtures.pack"
    assert run("--content", str(FIXTURE_STORE), "--write-pack", str(path)).returncode == 0
    return path


def loaded_by(log_dir):
    """The on-demand libraries the dynamic loader's log (LD_DEBUG=files) shows loaded."""
    text = "".join((log_dir / f).read_text(errors="replace") for f in os.listdir(log_dir))
    assert "file=libc.so.6" in text  # the log was written
    return {k for k, lib in ON_DEMAND.items() if re.search(rf"file={re.escape(lib)}[.0-9]* \[", text)}


def loads(tmp_path, *args):
    logs = tmp_path / "ld"
    logs.mkdir()
    r = run(*args, env=clean_env(LD_DEBUG="files", LD_DEBUG_OUTPUT=str(logs / "log")))
    assert r.returncode in (0, 1), r.stderr
    return loaded_by(logs)


def test_only_the_c_library_is_linked():
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[(.*?)\]",
                        subprocess.run(["readelf", "-d", str(BINARY)], capture_output=True, text=True).stdout)
    assert needed == ["libc.so.6"]


def test_a_start_asks_the_cpu_nothing():
    """Whether the CPU has AVX2 (for the chunk sums) comes from what the C library found
    at start: gcc's own check (__builtin_cpu_supports) runs at every start, and each of
    its questions to the CPU traps to the host in a virtual machine."""
    symbols = subprocess.run(["nm", str(BINARY)], capture_output=True, text=True).stdout
    if not symbols:
        pytest.skip("the binary has no symbol table (stripped)")
    assert "__cpu_indicator_init" not in symbols and "__cpu_model" not in symbols


@pytest.mark.parametrize("args, want", [
    (("--list",), set()),
    (("--treatments", "--type", "nsv"), {"unistring"}),     # the table's lines are broken
    (("--show", "koebner"), {"lz4", "unistring"}),          # its body, laid out
    (("--search", "light"), set()),                         # ranked with the saved index's weights (no libm);
                                                            # plain ASCII folded without utf8proc, and its
                                                            # snippets come from the summaries
    (("--search", "光"), {"lz4", "utf8proc"}),   # folded and read with utf8proc, ideographs from a table
                                                 # made at build time (no libunistring), a snippet from a body
    (("--search", "light", "--json"), {"cjson", "lz4"}),    # a question's hit names its section, from a body
])
def test_a_run_from_the_pack_loads_what_it_uses(tmp_path, pack, args, want):
    assert loads(tmp_path, "--content", str(pack), *args) == want


def test_a_content_folder_is_read_with_cjson(tmp_path):
    assert "cjson" in loads(tmp_path, "--content", str(FIXTURE_STORE), "--list")


def test_the_first_screen_from_the_pack_loads_only_the_screen_and_line_breaking(tmp_path, pack):
    logs = tmp_path / "ld"
    logs.mkdir()
    env = clean_env(LD_DEBUG="files", LD_DEBUG_OUTPUT=str(logs / "log"), LANG="C.UTF-8", LC_ALL="C.UTF-8")
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(str(BINARY), [str(BINARY), "--content", str(pack), "--lang", "zh-Hans"], env)
    screen = b""
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and "白癜风".encode() not in screen:
            if select.select([fd], [], [], 0.5)[0]:
                screen += os.read(fd, 65536)
    finally:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
        os.close(fd)
    assert "白癜风".encode() in screen  # the home screen was drawn
    assert loaded_by(logs) == {"ncurses", "tinfo", "unistring"}


def stand_in(folder, soname):
    """A library named soname in folder with none of the real one's functions: put
    first on the library path, it is what dlopen finds."""
    src = folder / "empty.c"
    src.write_text("int not_the_library(void) { return 0; }\n")
    if subprocess.run(["cc", "-shared", "-fPIC", "-o", str(folder / soname), str(src)]).returncode != 0:
        pytest.fail("cc is needed to make the stand-in library")


def test_a_library_that_cannot_be_loaded_is_named_with_its_package(tmp_path):
    """A libcjson.so.1 without cJSON's functions, found first on the library path: the
    program says what to install and exits 3, as when memory runs out."""
    stand_in(tmp_path, "libcjson.so.1")
    r = run("--content", str(FIXTURE_STORE), "--list", env=clean_env(LD_LIBRARY_PATH=str(tmp_path)))
    assert (r.returncode, r.stdout) == (3, "")
    assert r.stderr == ("vitiligo-explorer: cannot load libcjson.so.1, which this program needs here; "
                        "install the Debian package libcjson1\n")


def test_without_ncurses_the_command_line_works_and_the_screen_names_its_package(tmp_path, pack):
    """A libncursesw.so.6 without ncurses' functions, found first: --search, which never
    loads ncurses, answers as usual; the explorer's screen stops with the package to
    install and exit 3, before anything is drawn."""
    stand_in(tmp_path, "libncursesw.so.6")
    env = clean_env(LD_LIBRARY_PATH=str(tmp_path))
    r = run("--content", str(pack), "--search", "light", env=env)
    assert r.returncode == 0 and r.stdout.startswith("1. ")
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(str(BINARY), [str(BINARY), "--content", str(pack)], dict(env, LANG="C.UTF-8", LC_ALL="C.UTF-8"))
    out = b""
    try:
        while True:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 3
    assert b"".join(out.split()) == ("vitiligo-explorer: cannot load libncursesw.so.6, which this program needs here; "
                                      "install the Debian package libncursesw6").replace(" ", "").encode()

