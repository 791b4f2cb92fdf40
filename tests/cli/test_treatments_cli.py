"""--treatments and --compare: the marked list, its JSON, the grid at several widths
in the three languages, and one-line errors naming the valid choices (exit 2)."""
import json

import pytest

from vetest import FIXTURE_STORE, ROOT, cols, run

CONTENT = ROOT / "content"


def treatments(*args, store=CONTENT):
    return run("--content", str(store), "--treatments", *args)


def test_the_done_situation_lists_what_may_suit_first():
    r = treatments("--type", "nsv", "--activity", "stable", "--site", "face", "--age", "adult", "--width", "100")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    may, ask, never = out.index("\nMay suit you\n"), out.index("\nAsk your doctor\n"), out.index(
        "\nUsually not for your situation\n")
    assert may < ask < never
    block = out[may:ask]
    for option in ("[calcineurin-inhibitors]", "[ruxolitinib-cream]", "[nbuvb-phototherapy]", "[excimer-light]",
                   "[camouflage-and-sun]", "[no-treatment]"):
        assert option in block
    assert block.index("[calcineurin-inhibitors]") < block.index("[ruxolitinib-cream]") < block.index("[excimer-light]")
    # the situation note adds its own point and does not repeat the approval status line
    flat = " ".join(out.split())
    assert "It works best on the face. Ask whether it is sold where you live." in flat
    assert "Ruxolitinib cream is approved from age 12" not in flat
    assert "[mini-pulse-steroids]" in out[never:] and "[depigmentation]" in out[never:]
    # experimental options are always labelled
    assert "[oral-jak-inhibitors]  (experimental)" in out and "[msc-therapy]  (experimental)" in out
    assert "does not recommend any option" in out


def test_json_gives_every_option_with_its_mark_and_reason():
    r = treatments("--type", "nsv", "--activity", "stable", "--site", "face", "--age", "adult", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["situation"] == {"type": "nsv", "activity": "stable", "sites": ["face"], "age": "adult",
                                 "pregnant": False, "priorities": []}
    opts = data["options"]
    assert len(opts) == 12
    fits = [o["fit"] for o in opts]
    assert fits == sorted(fits, key=["may-suit", "ask-doctor", "not-usually"].index)
    assert [o["id"] for o in opts[:4]] == ["calcineurin-inhibitors", "ruxolitinib-cream", "nbuvb-phototherapy",
                                          "excimer-light"]
    msc = next(o for o in opts if o["id"] == "msc-therapy")
    assert msc["experimental"] and msc["fit"] == "ask-doctor" and msc["topic"] == "msc-how-they-might-help"
    assert all(o["reason"] for o in opts)


def test_skipped_and_not_sure_answers_rule_nothing_out():
    for args in ([], ["--type", "unsure", "--activity", "unsure"]):
        data = json.loads(treatments(*args, "--json").stdout)
        assert all(o["fit"] != "not-usually" for o in data["options"]), args


def test_pregnancy_and_priority():
    data = json.loads(treatments("--pregnant", "--json").stdout)
    fit = {o["id"]: o["fit"] for o in data["options"]}
    assert fit["ruxolitinib-cream"] == "not-usually" and fit["mini-pulse-steroids"] == "not-usually"
    plain = json.loads(treatments("--json").stdout)
    data = json.loads(treatments("--priority", "cost", "--json").stdout)
    # what matters most is named for each option, but never reorders or re-marks them (IPDAS)
    assert [o["id"] for o in data["options"]] == [o["id"] for o in plain["options"]]
    assert [o["fit"] for o in data["options"]] == [o["fit"] for o in plain["options"]]
    nt = next(o for o in data["options"] if o["id"] == "no-treatment")
    assert nt["matches"] == ["cost"] and nt["priority_matches"] == 1


def test_chinese_reasons_and_simplified_conversion():
    hant = treatments("--type", "nsv", "--site", "face", "--lang", "zh-Hant", "--width", "60").stdout
    hans = treatments("--type", "nsv", "--site", "face", "--lang", "zh-Hans", "--width", "60").stdout
    assert "臉部效果最好。請問當地買不買得到。" in "".join(hant.split()) and "可能適合你" in hant
    assert "脸部效果最好。请问当地买不买得到。" in "".join(hans.split()) and "可能适合你" in hans
    for line in hant.splitlines() + hans.splitlines():
        assert cols(line) <= 60, line


@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-Hans"])
@pytest.mark.parametrize("width", [40, 80, 120, 200])
def test_compare_grid_fits_every_width(lang, width):
    ids = "calcineurin-inhibitors,ruxolitinib-cream,nbuvb-phototherapy,excimer-light"
    r = run("--content", str(CONTENT), "--compare", ids, "--lang", lang, "--width", str(width))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    for line in lines:
        assert cols(line) <= width, line
        assert line == line.rstrip()
    pages = {40: 4, 80: 2, 120: 2, 200: 1}[width]  # 120: 3 columns, then 1
    assert sum(1 for l in lines if l.startswith(("Options ", "第 ")) and ("page" in l or "頁" in l or "页" in l)) == (
        pages if pages > 1 else 0)


def test_compare_rows_are_the_questions_patients_ask():
    r = run("--content", str(CONTENT), "--compare", "ruxolitinib-cream,no-treatment", "--width", "80")
    out = r.stdout
    rows = ["What is it?", "Who is it for?", "What does it involve?", "How soon does it work?",
            "Chance of improvement", "Common side effects", "Serious risks", "Cost and access", "How sure are we?",
            "What if I stop?"]
    positions = [out.index("\n" + row + "\n") for row in rows]
    assert positions == sorted(positions)
    lines = out.splitlines()
    names = next(i for i, l in enumerate(lines) if "Ruxolitinib cream (Opzelura)" in l)
    assert "No treatment for now" in lines[names] and lines[names - 1] == ""
    assert names > next(i for i, l in enumerate(lines) if l.startswith("How to read this comparison"))
    assert "[S34, S37]" in out and "Sources of the numbers:" in out
    # the harm number is cited too, and its source is listed
    assert "[S34b]" in out and "\n[S34b] " in out


@pytest.mark.parametrize("args, message", [
    (["--treatments", "--type", "both"], "bad --type 'both'; use nsv, sv or unsure"),
    (["--treatments", "--activity", "fast"], "bad --activity 'fast'; use spreading, stable or unsure"),
    (["--treatments", "--site", "face,feet"],
     "bad --site 'face,feet'; use face, hands, body, mucosa, large (several, separated by commas)"),
    (["--treatments", "--age", "old"], "bad --age 'old'; use child, teen or adult"),
    (["--treatments", "--priority", "speed"],
     "bad --priority 'speed'; use face, spread, visits, side-effects, cost (several, separated by commas)"),
    (["--compare", "ruxolitinib-cream"], "--compare takes 2 to 4 options; valid ids: topical-steroids,"),
    (["--compare", "ruxolitinib-cream,laser"], "unknown option id 'laser' in --compare; valid ids: topical-steroids,"),
    (["--compare", "no-treatment,no-treatment"], "'no-treatment' is given twice in --compare"),
    (["--compare", "a,b,c,d,e"], "unknown option id 'a'"),
    (["--compare", "topical-steroids,calcineurin-inhibitors,ruxolitinib-cream,nbuvb-phototherapy,excimer-light"],
     "--compare takes 2 to 4 options"),
])
def test_invalid_values_give_one_line_and_exit_2(args, message):
    r = run("--content", str(CONTENT), *args)
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.splitlines()
    assert len(lines) == 1, r.stderr
    assert message in lines[0]


def test_fixture_store_lists_its_four_options():
    r = treatments("--json", store=FIXTURE_STORE)
    ids = [o["id"] for o in json.loads(r.stdout)["options"]]
    assert sorted(ids) == ["light-therapy", "no-treatment", "ruxolitinib-cream", "stem-cells"]


def test_status_labels_do_not_overstate_how_widely_an_option_is_used():
    # waiting is "an accepted choice", not a "widely used" treatment, in every language
    for lang, label in (("en", "An accepted choice (in guidelines)"), ("zh-Hant", "可以接受的選擇（見於治療指引）"),
                        ("zh-HK", "可以接受的選擇（見於治療指引）"),
                        ("zh-Hans", "可以接受的选择（见于治疗指南）")):  # the mainland's 指南, from the table
        r = treatments("--lang", lang, "--width", "100", store=FIXTURE_STORE)
        assert r.returncode == 0, r.stderr
        block = r.stdout[r.stdout.index("[no-treatment]"):]
        assert label in block.splitlines()[1], block
    data = json.loads(treatments("--json", store=FIXTURE_STORE).stdout)
    status = {o["id"]: o["status"] for o in data["options"]}
    assert status["no-treatment"] == "choice" and status["light-therapy"] == "standard"
    # the bundled records: grafts and depigmentation are specialist options, waiting a choice
    data = json.loads(treatments("--json").stdout)
    status = {o["id"]: (o["status"], o["status_label"]) for o in data["options"]}
    assert status["surgical-grafting"] == ("specialist", "Specialist option (in expert reviews)")
    assert status["depigmentation"] == ("specialist", "Specialist option (in expert reviews)")
    assert status["no-treatment"] == ("choice", "An accepted choice (in guidelines)")
    assert status["camouflage-and-sun"][0] == "standard"


def test_compare_prints_the_intro_once_then_the_heads_right_above_their_cells():
    ids = "topical-steroids,calcineurin-inhibitors,ruxolitinib-cream,no-treatment"
    r = run("--content", str(CONTENT), "--compare", ids, "--width", "80")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    decision = [i for i, l in enumerate(lines) if l.startswith("The decision:")]
    reading = [i for i, l in enumerate(lines) if l.startswith("How to read this comparison")]
    pages = [i for i, l in enumerate(lines) if l.startswith("Options ") and "(page " in l]
    assert len(decision) == 1 and len(reading) == 1, "the intro is printed once, not per page"
    assert len(pages) == 2
    assert decision[0] < reading[0] < pages[0]
    for p in pages:
        # names, kinds, status, then the rule, then the first question: nothing in between
        rule = next(i for i in range(p, len(lines)) if lines[i].startswith("───"))
        assert lines[rule + 1] == "What is it?", lines[p:rule + 2]
        assert rule - p <= 12


@pytest.mark.parametrize("lang, note", [
    ("en", "vitiligo-explorer: note: --pregnant is not used for a child under 12 (--age child), so it is ignored."),
    ("zh-Hant", "vitiligo-explorer: 注意：未滿 12 歲的兒童（--age child）不用 --pregnant 這個答案，已略過。"),
])
def test_a_child_under_12_is_never_taken_as_pregnant(lang, note):
    # the screens skip the question for a child; the command line ignores the answer and says so once
    for extra in ((), ("--json",)):
        r = treatments("--age", "child", "--pregnant", "--lang", lang, *extra, store=FIXTURE_STORE)
        assert r.returncode == 0, r.stderr
        assert r.stderr.splitlines() == [note]
    data = json.loads(r.stdout)
    assert data["situation"]["age"] == "child" and data["situation"]["pregnant"] is False
    plain = json.loads(treatments("--age", "child", "--lang", lang, "--json", store=FIXTURE_STORE).stdout)
    assert [(o["id"], o["fit"], o["reason"]) for o in data["options"]] == \
        [(o["id"], o["fit"], o["reason"]) for o in plain["options"]]
    # an adult's answer is used, with no note
    r = treatments("--age", "adult", "--pregnant", "--json", store=FIXTURE_STORE)
    assert r.stderr == "" and json.loads(r.stdout)["situation"]["pregnant"] is True
