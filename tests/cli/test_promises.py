"""What the command line, the documents and the build promise a clinic's IT:
--help, the man page and the README list the same options, exit statuses and
environment variables; write errors are errors; kiosk = true in the configuration
traps nobody; the content check has no time bomb and treats an author's edit in the
source tree as a note; --version names the licences; foot's kiosk configuration
binds nothing that reaches past the explorer."""
import os
import re
import shutil
import subprocess

import pytest

from vetest import BINARY, FIXTURE_STORE, ROOT, clean_env, run

MAN = (ROOT / "docs" / "vitiligo-explorer.1").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def long_options():
    """The options the program accepts: its getopt_long table."""
    src = (ROOT / "src" / "cli" / "options.c").read_text(encoding="utf-8")
    table = src[src.index("long_opts[]"):src.index("{ NULL, 0, NULL, 0 }")]
    names = re.findall(r'\{ "([a-z-]+)",', table)
    assert len(names) > 20, names
    return names


def environment_variables():
    """The variables the program reads: every getenv() in src/, and the locale list."""
    names = set()
    for path in (ROOT / "src").rglob("*.c"):
        text = path.read_text(encoding="utf-8")
        names.update(re.findall(r'getenv\("([A-Z_]+)"\)', text))
        if "lang_from_environment" in text:
            m = re.search(r'vars\[\] = \{([^}]*)\}', text)
            if m:
                names.update(re.findall(r'"([A-Z_]+)"', m.group(1)))
    assert {"LANG", "TERM", "NO_COLOR"} <= names, names
    return sorted(names)


def man_section(name):
    m = re.search(r"^\.SH " + name + r"\n(.*?)(?=^\.SH )", MAN, re.M | re.S)
    assert m, name
    return m.group(1)


def readme_paragraph(start):
    """The README's paragraph that starts with start (up to the next blank line)."""
    m = re.search(r"^" + start + r" (.*?)(?=\n\n)", README, re.M | re.S)
    assert m, f"README: no '{start}' paragraph"
    return m.group(1)


HELP = run("--help").stdout


@pytest.mark.parametrize("name", long_options())
def test_every_option_is_in_help_man_page_and_readme(name):
    assert re.search(r"--" + re.escape(name) + r"\b", HELP), f"--help lacks --{name}"
    assert re.search(r"\\-\\-" + re.escape(name.replace("-", "\\-")) + r"\b", MAN), f"the man page lacks --{name}"
    assert re.search(r"--" + re.escape(name) + r"\b", README), f"README lacks --{name}"


def test_the_three_list_the_same_exit_statuses():
    help_line = HELP[HELP.index("Exit status:"):].split("\n\n")[0].split("Environment:")[0]
    in_help = set(re.findall(r"\b(\d+) ", help_line))
    in_man = set(re.findall(r"^\.B (\d+)$", man_section("EXIT STATUS"), re.M))
    in_readme = set(re.findall(r"\b(\d+) ", readme_paragraph("Exit status:")))
    assert in_help == in_man == in_readme == {"0", "1", "2", "3", "10"}, (in_help, in_man, in_readme)


@pytest.mark.parametrize("var", environment_variables())
def test_every_environment_variable_is_documented(var):
    help_env = HELP[HELP.index("Environment:"):]
    assert re.search(r"\b" + var + r"\b", help_env), f"--help lacks {var}"
    assert re.search(r"\b" + var + r"\b", man_section("ENVIRONMENT")), f"the man page's ENVIRONMENT lacks {var}"
    assert re.search(r"\b" + var + r"\b", readme_paragraph("Environment:")), f"README's Environment lacks {var}"


def test_width_default_is_the_terminals():
    assert "(default 80)" not in HELP
    assert "terminal's width" in HELP


@pytest.mark.parametrize("args", [("--list",), ("--help",), ("--version",), ("--show", "koebner")])
def test_a_write_error_is_an_error(args):
    with open("/dev/full", "w") as full:
        r = subprocess.run([str(BINARY), "--content", str(FIXTURE_STORE), *args], stdout=full,
                           stderr=subprocess.PIPE, text=True, env=clean_env(), timeout=60)
    assert r.returncode == 2
    assert "write error" in r.stderr


def test_plural_counts_in_every_language(tmp_path):
    conf = tmp_path / "bad.conf"
    conf.write_text("colour = blue\n")
    r = run("--config", str(conf), "--list")
    assert r.returncode == 2
    assert "has 1 error; fix it" in r.stderr
    conf.write_text("colour = blue\nsize = 3\n")
    assert "has 2 errors; fix them" in run("--config", str(conf), "--list").stderr
    # the configuration is read before --lang: its messages follow the environment
    for locale, words in (("zh_TW", "2 個錯誤"), ("zh_HK", "2 個錯誤"), ("zh_CN", "2 个错误")):
        r = run("--config", str(conf), "--list", env=clean_env(LANGUAGE=locale))
        assert words in r.stderr, (locale, r.stderr)


def test_kiosk_in_the_configuration_traps_nobody(tmp_path):
    conf = tmp_path / "site.conf"
    conf.write_text("kiosk = true\n")
    r = run("--config", str(conf), "--content", str(FIXTURE_STORE), "--list")
    assert r.returncode == 0
    assert "kiosk mode starts only with --kiosk" in r.stderr
    assert str(conf) in r.stderr
    # the explorer itself is not a kiosk: q leaves it
    import pexpect
    child = pexpect.spawn(str(BINARY), ["--config", str(conf), "--content", str(FIXTURE_STORE)],
                          env=clean_env(), dimensions=(24, 80), timeout=10)
    child.expect("Home")
    child.send("q")
    child.expect(pexpect.EOF, timeout=5)
    child.close()
    assert child.exitstatus == 0
    # with --kiosk (what the units pass) there is nothing to say
    r = run("--config", str(conf), "--content", str(FIXTURE_STORE), "--kiosk", "--list")
    assert r.returncode == 0 and "kiosk" not in r.stderr


def test_every_spelling_the_man_page_gives_for_kiosk_is_taken(tmp_path):
    """screen-test L11: yes worked but only true/false were documented."""
    entry = MAN[MAN.index('.BR kiosk " = " true | false'):]
    entry = entry[:entry.index(".TP")]
    spellings = ["true", "false"] + [w for pair in re.findall(r"(\w+)/(\w+)", entry) for w in pair]
    assert set(spellings) == {"true", "false", "yes", "no", "on", "off", "1", "0"}, entry
    conf = tmp_path / "site.conf"
    for word in spellings:
        conf.write_text(f"kiosk = {word}\n")
        r = run("--config", str(conf), "--content", str(FIXTURE_STORE), "--list")
        assert r.returncode == 0, (word, r.stderr)
        assert ("kiosk mode starts only with --kiosk" in r.stderr) == (word in ("true", "yes", "on", "1")), word
    conf.write_text("kiosk = maybe\n")
    r = run("--config", str(conf), "--content", str(FIXTURE_STORE), "--list")
    assert r.returncode == 2 and "yes/no, on/off and 1/0" in r.stderr


def test_the_console_unit_is_english_only():
    unit = (ROOT / "deploy" / "vitiligo-explorer-kiosk.service").read_text(encoding="utf-8")
    start = re.search(r"^ExecStart=(.*)$", unit, re.M).group(1).split()
    assert "--kiosk" in start
    assert start[start.index("--languages") + 1] == "en"
    assert start[start.index("--lang") + 1] == "en"
    cage = (ROOT / "deploy" / "vitiligo-explorer-cage.service").read_text(encoding="utf-8")
    assert "--kiosk" in re.search(r"^ExecStart=(.*)$", cage, re.M).group(1)


# foot 1.13's key bindings that reach past the explorer (man foot.ini)
FOOT_OFF = ["spawn-terminal", "show-urls-launch", "show-urls-copy", "show-urls-persistent", "pipe-visible",
            "pipe-scrollback", "pipe-selected", "font-increase", "font-decrease", "font-reset", "fullscreen",
            "maximize", "minimize", "clipboard-paste", "primary-paste", "search-start", "unicode-input"]


def test_foot_binds_nothing_that_reaches_past_the_explorer():
    ini = (ROOT / "deploy" / "foot.ini").read_text(encoding="utf-8")
    keys = ini[ini.index("[key-bindings]"):].split("\n[")[0]
    for action in FOOT_OFF:
        assert re.search(r"^" + action + r"=none$", keys, re.M), f"foot.ini leaves {action} bound"
    mouse = ini[ini.index("[mouse-bindings]"):]
    assert re.search(r"^primary-paste=none$", mouse, re.M)
    if shutil.which("foot"):
        r = subprocess.run(["foot", "--check-config", "--config=" + str(ROOT / "deploy" / "foot.ini")],
                           capture_output=True, text=True, timeout=30)
        assert r.returncode == 0, r.stderr


def test_version_names_the_licences():
    out = run("--version").stdout
    for words in ("Apache License 2.0", "CC BY 4.0", "OpenCC", "LGPL 3"):
        assert words in out
    assert (ROOT / "LICENSE").read_text().lstrip().startswith("Apache License")
    assert "CC BY 4.0" in (ROOT / "content" / "LICENSE.md").read_text(encoding="utf-8")


def copy_store(dst, with_tools):
    shutil.copytree(FIXTURE_STORE, dst / "content")
    subprocess.run(["sh", str(ROOT / "tools" / "make-manifest.sh"), str(dst / "content")],
                   stdout=open(dst / "content" / "MANIFEST", "w"), check=True)
    if with_tools:
        (dst / "tools").mkdir()
        shutil.copy(ROOT / "tools" / "make-manifest.sh", dst / "tools")
        (dst / "Makefile").write_text("# a source tree\n")
    topic = dst / "content" / "topics" / "koebner.json"
    topic.write_text(topic.read_text(encoding="utf-8").replace("New patches", "Fresh patches", 1), encoding="utf-8")


def test_an_edit_in_the_source_tree_is_a_note_with_the_command(tmp_path):
    copy_store(tmp_path, with_tools=True)
    r = subprocess.run([str(BINARY), "--check-content", "content"], cwd=tmp_path, capture_output=True, text=True,
                       env=clean_env(), timeout=60)
    assert r.returncode == 0, r.stdout
    assert "note: MANIFEST does not match 1 file (topics/koebner.json)" in r.stdout
    assert "refresh it with: make manifest" in r.stdout
    assert "0 errors" in r.stdout
    r = run("--check-content", str(tmp_path / "content"))
    assert f"make -C {tmp_path} manifest" in r.stdout


def test_an_installed_copy_is_held_to_its_manifest(tmp_path):
    copy_store(tmp_path, with_tools=False)
    r = run("--check-content", str(tmp_path / "content"))
    assert r.returncode == 2
    assert "topics/koebner.json: error: does not match its checksum in MANIFEST" in r.stdout
    assert "1 error," in r.stdout


def test_a_missing_content_folder_is_named_as_missing(tmp_path):
    for args in (("--content", str(tmp_path / "none"), "--list"), ("--check-content", str(tmp_path / "none"))):
        r = run(*args)
        assert r.returncode == 2
        assert "there is no content folder at" in r.stderr
        assert "errors" not in r.stderr


def bundled_check(*extra, faketime=None):
    cmd = [str(ROOT / "tools" / "check-bundled-content.sh"), str(BINARY), str(ROOT / "content"), *extra]
    if faketime:
        cmd = ["faketime", faketime, *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, env=clean_env(), timeout=120)


@pytest.mark.skipif(not (ROOT / "content" / "MANIFEST").exists(), reason="make writes content/MANIFEST")
def test_no_time_bomb_in_the_bundled_content_check():
    r = bundled_check("--today", "2035-01-01")
    assert r.returncode == 0, r.stdout
    assert "review dates have passed" in r.stdout and "not a test failure" in r.stdout
    # the content team's audit fails on the same day
    r = bundled_check("--audit", "--today", "2035-01-01")
    assert r.returncode == 1
    assert "FAIL:" in r.stdout
    # the real clock moved years ahead, as a rebuild in 2030 sees it
    if shutil.which("faketime"):
        r = bundled_check(faketime="2030-01-01 00:00:00")
        assert r.returncode == 0, r.stdout


def make(*args, cwd=ROOT):
    env = dict(os.environ)
    for k in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "prefix", "PREFIX", "DESTDIR"):
        env.pop(k, None)
    return subprocess.run(["make", "--no-print-directory", "-s", *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=600)


def files_under(root):
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if not p.is_dir())


def test_uninstall_removes_exactly_what_install_put(tmp_path):
    dest = tmp_path / "dest"
    r = make("install", f"DESTDIR={dest}")
    assert r.returncode == 0, r.stderr
    listed = sorted(line.lstrip("/") for line in make("print-installed").stdout.split())
    assert files_under(dest) == listed
    assert (dest / "usr/local/share/doc/vitiligo-explorer/LICENSE").exists()
    assert (dest / "usr/local/share/vitiligo-explorer/content/LICENSE.md").exists()
    assert (dest / "usr/local/share/vitiligo-explorer/content.pack").exists()  # beside the JSON it was made from
    # a file of the administrator's in the same folders stays, and so do its folders
    own = dest / "usr/local/share/vitiligo-explorer/content/topics/clinic-notes.json"
    own.write_text("{}")
    r = make("uninstall", f"DESTDIR={dest}")
    assert r.returncode == 0, r.stderr
    assert files_under(dest) == ["usr/local/share/vitiligo-explorer/content/topics/clinic-notes.json"]
    own.unlink()
    make("uninstall", f"DESTDIR={dest}")  # twice is harmless
    assert files_under(dest) == []


def test_limit_goes_with_search_only():
    r = run("--content", str(FIXTURE_STORE), "--list", "--limit", "3")
    assert r.returncode == 2 and "--limit goes with --search" in r.stderr
    assert run("--content", str(FIXTURE_STORE), "--search", "koebner", "--limit", "1").returncode == 0


def test_check_content_takes_its_folder_after_strict():
    """--check-content --strict DIR checks DIR, as --check-content DIR --strict does
    (getopt moves DIR behind the options); a second folder is still refused."""
    a = run("--check-content", str(FIXTURE_STORE), "--strict")
    b = run("--check-content", "--strict", str(FIXTURE_STORE))
    assert (b.returncode, b.stdout, b.stderr) == (a.returncode, a.stdout, a.stderr)
    assert f"{FIXTURE_STORE}: " in b.stdout
    c = run("--content", str(FIXTURE_STORE), "--check-content", "--strict", str(FIXTURE_STORE))
    assert c.returncode == 2 and "unexpected argument" in c.stderr
