"""The printed decision aid: the decision stated, every note that holds, the review
dates checked against --today, treatment ids accepted by --show, and the grid's
comparison-group and harm dots."""
import json
import re

import pytest

from vetest import FIXTURE_STORE, ROOT, run

CONTENT = ROOT / "content"
DECISION = "The decision: whether to treat your vitiligo now, and if so which option to try first."
OVERDUE = "This page was due for review on 2099-11-01. Some facts may be out of date; ask your doctor."


def fixture(*args):
    return run("--content", str(FIXTURE_STORE), *args)


def flat(text):
    return re.sub(r"\s+", " ", text)


def test_treatments_and_compare_state_the_decision():
    for args in (("--treatments",), ("--compare", "ruxolitinib-cream,no-treatment")):
        r = fixture(*args, "--width", "200")
        assert r.returncode == 0, r.stderr
        assert DECISION in r.stdout
        assert "Choosing no treatment is also a valid choice." in r.stdout
    r = fixture("--treatments", "--lang", "zh-Hant")
    assert "要做的決定：現在要不要治療白癜風" in r.stdout


def test_every_note_that_holds_is_printed_the_deciding_one_first():
    r = fixture("--treatments", "--type", "nsv", "--site", "face", "--pregnant", "--width", "200")
    block = r.stdout[r.stdout.index("[ruxolitinib-cream]"):]
    block = block[:block.index("•")] if "•" in block else block
    assert "Not in pregnancy. Approved from age 12 for up to 10% of the body." in flat(block)
    data = json.loads(fixture("--treatments", "--type", "nsv", "--site", "face", "--pregnant", "--json").stdout)
    rux = next(o for o in data["options"] if o["id"] == "ruxolitinib-cream")
    assert rux["reason"] == "Not in pregnancy. Approved from age 12 for up to 10% of the body."


def test_bundled_steroid_cream_keeps_its_pregnancy_note_beside_the_face_note():
    r = run("--content", str(CONTENT), "--treatments", "--pregnant", "--site", "face", "--width", "300")
    line = next(l for l in r.stdout.splitlines()[r.stdout.splitlines().index(
        next(l for l in r.stdout.splitlines() if "[topical-steroids]" in l)) + 1:] if "pregnan" in l.lower() or "•" in l)
    assert "pregnan" in line.lower(), line


@pytest.mark.parametrize("lang, notice", [
    ("en", OVERDUE),
    ("zh-Hant", "這一頁原定在 2099-11-01 重新審閱。有些內容可能已經過時；請問你的醫師。"),
])
def test_a_review_date_in_the_past_gives_a_notice_everywhere(lang, notice):
    for args in (("--show", "koebner"), ("--treatments",), ("--compare", "ruxolitinib-cream,no-treatment")):
        late = fixture(*args, "--today", "2099-11-02", "--lang", lang, "--width", "300")
        assert late.returncode == 0, late.stderr
        assert notice in late.stdout, args
        if args[0] == "--show":  # at the top of the page, under the title
            assert late.stdout.index(notice) < late.stdout.index("\n\n") + 200
        on_time = fixture(*args, "--today", "2099-11-01", "--lang", lang, "--width", "300")
        assert notice not in on_time.stdout
        assert "2099-11-01" in on_time.stdout  # the due date itself is still shown


def test_today_must_be_a_date():
    r = fixture("--treatments", "--today", "next week")
    assert r.returncode == 2
    assert "bad date 'next week'; give it as YYYY-MM-DD" in r.stderr
    assert len(r.stderr.splitlines()) == 1


@pytest.mark.parametrize("store", [FIXTURE_STORE, CONTENT], ids=["fixtures", "bundled"])
def test_every_id_printed_by_treatments_works_with_show(store):
    out = run("--content", str(store), "--treatments", "--width", "300").stdout
    ids = re.findall(r"• .*?\[([a-z0-9-]+)\]", out)
    assert len(ids) >= 4
    for option in ids:
        r = run("--content", str(store), "--show", option)
        assert r.returncode == 0, (option, r.stderr)
    topic = json.loads(run("--content", str(FIXTURE_STORE), "--treatments", "--json").stdout)
    stem = next(o for o in topic["options"] if o["id"] == "stem-cells")
    assert fixture("--show", "stem-cells").stdout == fixture("--show", stem["topic"]).stdout


def test_compare_draws_the_comparison_group_and_the_harm_like_the_benefit():
    out = fixture("--compare", "ruxolitinib-cream,light-therapy", "--width", "100").stdout
    lines = out.splitlines()
    chance = next(i for i, l in enumerate(lines) if l.startswith("Chance of"))
    harm = next(i for i, l in enumerate(lines) if l.startswith("Common side"))
    assert lines[chance].index("●●●○○○○○○○") == lines[harm].index("●●○○○○○○○○")  # same place
    assert "About 2 in 10 had acne at" in lines[harm] and "the spot." in lines[harm + 1]
    below = [l for l in lines[chance + 1:harm] if "●○○○○○○○○○" in l]
    assert below and "With a placebo cream" in below[0]
    assert "the dots in each column count a different result" in flat(out)
