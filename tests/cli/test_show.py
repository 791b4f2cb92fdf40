"""--list, --show and the command-line errors, against the fixture store.

Screens are compared with golden files in tests/golden/ (UPDATE_GOLDEN=1 rewrites
them after a deliberate change); widths are measured with Python's own Unicode
tables, independent of the program's."""
import os

import pytest

from vetest import FIXTURE_STORE, ROOT, clean_env, cols, run

GOLDEN = ROOT / "tests" / "golden"
TOPICS = ["what-is-vitiligo", "koebner", "light-therapy", "ruxolitinib-cream", "stem-cell-trials"]
LANGS = ["en", "zh-Hant", "zh-HK", "zh-Hans"]


def show(topic, lang, width):
    return run("--content", str(FIXTURE_STORE), "--show", topic, "--lang", lang, "--width", str(width))


@pytest.mark.parametrize("width", [40, 100])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("topic", TOPICS)
def test_show_matches_golden_and_fits(topic, lang, width):
    result = show(topic, lang, width)
    assert result.returncode == 0, result.stderr
    for line in result.stdout.splitlines():
        assert cols(line) <= width, line
        assert line == line.rstrip(), f"trailing spaces: {line!r}"
    golden = GOLDEN / f"show-{topic}-{lang}-{width}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(result.stdout, encoding="utf-8")
        pytest.skip(f"rewrote {golden.name}; compare it with git diff, then run the tests again")
    assert result.stdout == golden.read_text(encoding="utf-8")


def test_show_reads_as_a_leaflet():
    out = show("koebner", "en", 80).stdout
    order = ["The Koebner phenomenon", "New patches can appear", "What it is", "Everyday triggers",
             "Related topics", "Sources", "Last reviewed 2026-11-01. Next review due 2099-11-01.",
             "does not replace advice from your doctor"]
    positions = [out.index(s) for s in order]
    assert positions == sorted(positions)


def test_simplified_is_derived_not_copied():
    out = show("what-is-vitiligo", "zh-Hans", 80).stdout
    assert "白癜风" in out and "白癜風" not in out
    assert "黑素细胞" in out
    hant = show("what-is-vitiligo", "zh-Hant", 80).stdout
    assert "白癜風" in hant and "白癜风" not in hant


@pytest.mark.parametrize("alias,expect", [("zh_TW", "同形反應"), ("zh_HK", "同形反應"), ("zh_MO", "同形反應"),
                                          ("zh-Hant-HK", "同形反應"), ("zh_CN", "同形反应"),
                                          ("zh_SG", "同形反应"), ("zh", "同形反应"), ("en", "Koebner phenomenon")])
def test_language_aliases(alias, expect):
    result = show("koebner", alias, 80)
    assert result.returncode == 0
    assert expect in result.stdout.splitlines()[0]


@pytest.mark.parametrize("env,expect", [({"LANG": "zh_TW.UTF-8"}, "同形反應"), ({"LC_ALL": "zh_CN.UTF-8"}, "同形反应"),
                                        ({"LANGUAGE": "zh_TW", "LANG": "C.UTF-8"}, "同形反應"),
                                        ({"LANG": None}, "The Koebner"), ({"LANG": "C"}, "The Koebner")])
def test_language_from_environment(env, expect):
    e = clean_env()
    for k, v in env.items():
        if v is None:
            e.pop(k, None)
        else:
            e[k] = v
    result = run("--content", str(FIXTURE_STORE), "--show", "koebner", env=e)
    assert result.returncode == 0, result.stderr
    assert expect in result.stdout


def test_chinese_shown_even_under_the_c_locale():
    e = clean_env(LANG="C")
    result = run("--content", str(FIXTURE_STORE), "--show", "koebner", "--lang", "zh-Hant", env=e)
    assert result.returncode == 0
    assert "同形反應" in result.stdout


def test_list_shows_categories_and_ids():
    result = run("--content", str(FIXTURE_STORE), "--list")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "About vitiligo"
    assert lines[1].split() [:1] == ["what-is-vitiligo"]
    assert "(start here)" in lines[1]
    assert "Stem-cell research" in lines
    zh = run("--content", str(FIXTURE_STORE), "--list", "--lang", "zh-Hant").stdout
    assert zh.splitlines()[0] == "認識白癜風"


@pytest.mark.parametrize("args,needle", [
    (["--show", "koebnr"], "unknown topic id 'koebnr'; valid ids: what-is-vitiligo, koebner"),
    (["--show", "koebner", "--width", "10"], "bad width '10'; give a number of columns from 20 to 300"),
    (["--show", "koebner", "--width", "abc"], "bad width 'abc'"),
    (["--show", "koebner", "--lang", "fr"], "unknown language 'fr'; use en, zh-Hant, zh-HK or zh-Hans"),
    (["--frobnicate"], "unknown option '--frobnicate'; valid options: --list"),
    (["--show"], "--show needs a value"),
    (["--list", "--show", "koebner"], "cannot be combined"),
    (["--list", "extra"], "unexpected argument 'extra'"),
    (["--list", "--json"], "--json goes with --search or --treatments"),
    (["--content", "/nonexistent", "--list"], "there is no content folder at /nonexistent"),
])
def test_mistakes_get_one_clear_line_and_exit_2(args, needle):
    result = run("--content", str(FIXTURE_STORE), *args) if "--content" not in args else run(*args)
    assert result.returncode == 2
    assert needle in result.stderr
    assert result.stdout == ""


def test_help_and_version():
    h = run("--help")
    assert h.returncode == 0 and "--show ID" in h.stdout and "does not replace" in h.stdout
    v = run("--version")
    assert v.returncode == 0 and v.stdout.startswith("vitiligo-explorer ")


@pytest.mark.parametrize("args", [["--help", "--lang", "zh-Hant"], ["--lang", "zh-Hant", "--help"]])
def test_help_is_translated_whatever_the_order(args):
    h = run(*args)
    assert h.returncode == 0
    assert h.stdout.startswith("用法：vitiligo-explorer")


def test_simplified_help_keeps_the_language_names_it_can_show():
    h = run("--help", "--lang", "zh-Hans")
    assert h.stdout.startswith("用法：vitiligo-explorer [选项]")


def test_check_content_of_fixture_is_clean():
    result = run("--check-content", str(FIXTURE_STORE))
    assert result.returncode == 0
    assert "0 errors, 0 warnings" in result.stdout


def test_figure_is_art_then_caption_or_the_caption_alone():
    """A figure's art is printed as it is, then the caption that says it in words; in a
    window narrower than the art, the caption alone and a note, never a cut picture."""
    art = ("┌───┬───┬───┬───┬───┬───┬───┐\n│ ● │   │ ● │   │ ● │   │   │\n"
           "└───┴───┴───┴───┴───┴───┴───┘\n1 ────────────────────────→ 7\n")
    wide = show("light-therapy", "en", 40).stdout
    assert "\n\n" + art + "A week of light therapy: 7 boxes stand\n" in wide
    assert "wider window" not in wide
    narrow = show("light-therapy", "zh-Hant", 20).stdout
    assert "┌───┬" not in narrow and "●" not in narrow
    assert "光，7 天中有 3 天。\n（這張圖需要較寬的視\n窗才能顯示）\n" in narrow
    hans = show("light-therapy", "zh-Hans", 29).stdout
    assert art + "光疗的一周：7 个方格代表第 1\n天到第 7 天。" in hans


def test_figure_caption_is_searched_in_every_language():
    for query, lang, expect in (("dot", "en", "A [dot] marks a day"), ("圓點", "zh-Hant", "有[圓點]的日子"),
                                ("圆点", "zh-Hans", "有[圆点]的日子")):
        result = run("--content", str(FIXTURE_STORE), "--search", query, "--lang", lang)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "light-therapy" in result.stdout and expect in result.stdout


def test_an_unknown_id_in_a_large_library_names_only_the_closest(tmp_path):
    """Past 40 topics a mistyped id names the closest ids (those holding what was
    typed, then by edits), never every id of the library."""
    import json
    import shutil
    store = tmp_path / "content"
    shutil.copytree(FIXTURE_STORE, store)
    koebner = json.loads((store / "topics" / "koebner.json").read_text(encoding="utf-8"))
    for n in range(60):
        koebner["id"] = f"extra-{n:02}"
        (store / "topics" / f"extra-{n:02}.json").write_text(json.dumps(koebner, ensure_ascii=False), encoding="utf-8")
    r = run("--content", str(store), "--show", "koebnr")
    assert r.returncode == 2
    assert r.stderr.splitlines() == [
        "vitiligo-explorer: unknown topic id 'koebnr'; valid ids: koebner, …",
        "vitiligo-explorer: the closest of 65 ids are named; --list shows them all"]
    named = run("--content", str(store), "--show", "extra-1").stderr.splitlines()[0]
    assert named.endswith("valid ids: extra-10, extra-11, extra-12, extra-13, extra-14, extra-15, extra-16, "
                          "extra-17, extra-18, extra-19, …")
    small = run("--content", str(FIXTURE_STORE), "--show", "extra-1").stderr
    assert "closest" not in small and "what-is-vitiligo, " in small  # a small library names every id

