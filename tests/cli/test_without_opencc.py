"""OpenCC is loaded only when a text is made in 简体, never linked: on a machine without
it, everything else works, and 简体 from a content folder says what to install.
build/no-opencc/vitiligo-explorer is the program with a loader that always fails
(tests/cli/without_opencc.c; make check-py builds it)."""
import re
import subprocess
import sys

import pytest

from vetest import BINARY, FIXTURE_STORE, ROOT, clean_env

sys.path.insert(0, str(ROOT / "tests" / "e2e"))
import ve_tui  # noqa: E402

WITHOUT = ROOT / "build" / "no-opencc" / "vitiligo-explorer"
# in the reader's language: --lang zh-Hans gives mainland messages (locale/zh_CN.po)
MESSAGE = ("vitiligo-explorer: 用内容文件夹制作简体中文文字需要 OpenCC：请安装 libopencc1.1（apt-get install "
           "libopencc1.1），或改用编译好的内容包\n")


@pytest.fixture(scope="module", autouse=True)
def built():
    if not WITHOUT.exists():
        pytest.fail("build it first: make build/no-opencc/vitiligo-explorer")


def run_without(*args):
    return subprocess.run([str(WITHOUT), "--content", str(FIXTURE_STORE), *args], capture_output=True, text=True,
                          env=clean_env(), timeout=60)


def test_the_program_does_not_link_opencc():
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[(.*?)\]",
                        subprocess.run(["readelf", "-d", str(BINARY)], capture_output=True, text=True).stdout)
    assert "libc.so.6" in needed  # the table was read
    assert not [n for n in needed if n.startswith(("libopencc", "libstdc++", "libmarisa"))]


@pytest.mark.parametrize("args", [("--show", "koebner", "--lang", "zh-Hans"), ("--search", "光", "--lang", "zh-Hans"),
                                  ("--list", "--lang", "zh-Hans")])
def test_simplified_from_a_folder_says_what_to_install(args):
    r = run_without(*args)
    assert r.returncode == 2
    assert r.stdout == ""
    assert r.stderr == MESSAGE


@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-HK"])
def test_the_other_languages_need_no_opencc(lang):
    r = run_without("--show", "light-therapy", "--width", "200", "--lang", lang)
    assert r.returncode == 0, r.stderr
    assert r.stdout == subprocess.run([str(BINARY), "--content", str(FIXTURE_STORE), "--show", "light-therapy",
                                       "--width", "200", "--lang", lang], capture_output=True, text=True,
                                      env=clean_env()).stdout
    assert r.stderr == ""


def test_the_explorer_skips_simplified_and_says_why():
    ve_tui.BINARY, saved = WITHOUT, ve_tui.BINARY
    try:
        t = ve_tui.Tui(["--lang", "zh-HK"], 24, 80)
    finally:
        ve_tui.BINARY = saved
    try:
        t.wait_for("[简体中文]")  # the button names the next language
        t.send("l")
        t.wait_for("OpenCC")
        text = "".join(t.text().split())
        assert "简体中文:用內容資料夾製作簡體中文文字需要OpenCC：請安裝libopencc1.1（apt-getinstall" \
               "libopencc1.1），或改用編譯好的內容包" in text
        assert t.find("[简体中文]") is not None  # still in Hong Kong Chinese: 简体 was skipped
    finally:
        t.close()
