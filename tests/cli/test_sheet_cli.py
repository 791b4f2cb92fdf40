"""--sheet: the front desk prints a visit sheet from a sheet code, a clinic's script
makes one from the situation options and --compare, and a mistyped code gets a
clear error (what is wrong, what to do) and never a sheet."""
import re

import pytest

from vetest import FIXTURE_STORE, run

SIT = ("--type", "nsv", "--activity", "stable", "--site", "face", "--age", "adult")
CODE_RE = re.compile(r"VE-[0-9A-Y]{4}-[0-9A-Y]{4}-[0-9A-Y]{4}")


def fixture(*args):
    return run("--content", str(FIXTURE_STORE), "--today", "2026-12-01", *args)


def made(lang, *extra):
    r = fixture("--sheet", *SIT, "--compare", "light-therapy,ruxolitinib-cream", "--lang", lang, *extra)
    assert r.returncode == 0, r.stderr
    return r.stdout, CODE_RE.search(r.stdout).group(0)


@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-HK", "zh-Hans"])
def test_a_code_prints_the_same_sheet_in_its_own_language(lang):
    sheet, code = made(lang)
    assert "2026-12-01" in sheet
    # the desk's own language setting does not matter: the code carries it
    desk = fixture("--sheet", code, "--lang", "en")
    assert desk.returncode == 0, desk.stderr
    assert desk.stdout == sheet
    if lang != "en":  # ... and the desk is told why its --lang was not used
        assert "--lang" in desk.stderr and desk.stderr.count("\n") == 1
    assert fixture("--sheet=" + code.lower().replace("-", " ")).stdout == sheet


def test_the_sheet_holds_the_picks_in_order_and_nothing_else():
    sheet, _ = made("en", "--width", "200")
    assert sheet.index("Light therapy") < sheet.index("Ruxolitinib")
    assert "Chance of improvement:" in sheet and "Common side effects:" in sheet
    assert "Type: non-segmental" in sheet
    assert "stem" not in sheet.lower()  # not picked, not listed
    assert sheet.rstrip().endswith("It does not replace advice from your doctor.")


def test_harms_are_told_as_fully_as_benefits_and_nothing_is_recommended():
    """IPDAS: the sheet says it recommends nothing, warns that the dots count
    different results, gives each option's serious risks (and what it means in
    pregnancy when that was not ruled out) and the sources of its numbers."""
    sheet, _ = made("en", "--width", "0")
    assert "It does not recommend any of them. Choosing no treatment is also a valid choice" in sheet
    assert "each option's dots count a different result" in sheet
    assert sheet.count("Serious risks:") == 2
    assert sheet.count("Pregnant or breastfeeding: ") == 1 + 2  # the answer, then one line per option
    assert "Sources of the numbers:" in sheet and "[S34]" in sheet.split("Sources of the numbers:")[1]
    r = fixture("--sheet", *SIT, "--compare", "light-therapy,ruxolitinib-cream", "--width", "0", "--today", "2100-01-01")
    assert "was due for review on" in r.stdout  # past its review, the sheet says so as pages do


def test_the_width_is_the_printers():
    sheet, _ = made("en", "--width", "40")
    assert max(len(line) for line in sheet.splitlines()) <= 40
    # --width 0: one line per paragraph (what the QR codes hold), the same words
    flat, _ = made("en", "--width", "0")
    assert flat.split() == sheet.split() and len(flat.splitlines()) < len(sheet.splitlines())
    r = fixture("--list", "--width", "0")
    assert r.returncode == 2 and "--width 0 (no wrapping) goes with --sheet" in r.stderr


def mistype(code, i, ch):
    return code[:i] + ch + code[i + 1:]


def test_every_single_typo_is_refused_with_a_way_to_fix_it():
    _, code = made("en")
    for i, c in enumerate(code):
        if i < 3 or c == "-":
            continue
        other = "7" if c != "7" else "8"
        r = fixture("--sheet", mistype(code, i, other))
        assert r.returncode == 2
        assert r.stdout == ""  # never a wrong sheet
        assert "typing mistake" in r.stderr or "not a sheet code" in r.stderr
        assert "screen" in r.stderr  # what to do


@pytest.mark.parametrize("bad,words", [
    ("VE-12", "has 12 letters and digits"),
    ("VE-ZZZZ-ZZZZ-ZZZZ", "character 1, 'Z'"),
    ("hello", "has 12 letters and digits"),
])
def test_malformed_codes_say_what_is_wrong(bad, words):
    r = fixture("--sheet", bad)
    assert r.returncode == 2 and r.stdout == ""
    assert words in r.stderr


def test_a_code_from_other_content_is_refused(tmp_path):
    _, code = made("en")
    r = run("--sheet", code)  # the bundled content, not the fixture the code was made with
    assert r.returncode == 2 and r.stdout == ""
    assert "made with other content" in r.stderr


def test_a_code_and_answers_together_are_a_mistake():
    _, code = made("en")
    r = fixture("--sheet", code, "--type", "nsv")
    assert r.returncode == 2 and "already holds the answers" in r.stderr
    r = fixture("--sheet", "--search", "x")
    assert r.returncode == 2 and "--sheet goes alone" in r.stderr


def test_errors_are_in_the_language_asked_for():
    r = fixture("--sheet", "VE-0000-0000-0001", "--lang", "zh-Hant")
    assert r.returncode == 2
    assert re.search(r"[\u4e00-\u9fff]", r.stderr), r.stderr
