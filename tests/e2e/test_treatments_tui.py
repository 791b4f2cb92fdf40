"""Compare treatments on screen: the situation steps, the marked options and the
side-by-side grid, at 80x24 and 200x60, in English and Chinese, by keyboard and by
mouse.  Runs on the bundled content, as a patient would meet it."""
import time

import pytest

from ve_tui import ROOT, no_row_overflows

CONTENT = str(ROOT / "content")
# non-segmental, stable, face, adult; pregnancy and priorities skipped
DONE_KEYS = ["t", "1", "2", "1", "6", "3", "3", "6"]


def start(tui, rows, cols, lang="en"):
    t = tui("--content", CONTENT, "--lang", lang, rows=rows, cols=cols)
    t.wait_for({"en": "Compare treatments", "zh-Hant": "比較治療方法", "zh-HK": "比較治療方法",
                "zh-Hans": "比较治疗方法"}[lang])
    return t


def keys(t, *ks):
    """Sends the keys; after an Esc, waits for help to come and go (t.sync), so the Esc is
    read alone and not as the start of the next key's sequence."""
    for k in ks:
        t.send(k)
        if k == "esc":
            t.sync()


def click_on(t, text):
    t.wait_for(text)
    y, x = t.find(text)
    before = t.text()
    t.click(y, x)
    t.wait_for(lambda: t.text() != before)  # every click here changes the screen


def test_steps_offer_not_sure_and_skip_and_go_back(tui):
    t = start(tui, 24, 80)
    keys(t, "t")
    t.wait_for("Which type of vitiligo do you have?")
    assert "question 1 of 6" in t.text()
    for choice in ("Non-segmental", "Segmental", "Not sure", "Skip this question", "Skip the rest and see the options"):
        assert t.find(choice), choice
    keys(t, "1")
    t.wait_for("Is it spreading, or has it been stable?")
    keys(t, "esc")
    t.wait_for("Which type of vitiligo do you have?")
    assert "(your answer)" in t.row(t.find("Non-segmental:")[0])
    keys(t, "4", "4")  # skip type, skip activity
    t.wait_for("Where are your patches? Choose all that apply.")
    keys(t, "1", "2")  # tick face, hands
    t.wait_for("[x] Hands and feet")
    assert t.find("[x] Face and neck") and t.find("[ ] Body")


@pytest.mark.parametrize("lang, names, mark", [
    ("en", ("Tacrolimus or pimecrolimus", "Ruxolitinib cream (Opzelura)"), "May suit you"),
    ("zh-Hant", ("他克莫司或匹美克莫司", "蘆可替尼乳膏（Opzelura）"), "可能適合你"),
    ("zh-HK", ("他克莫司或匹美克莫司", "蘆可替尼乳膏（Opzelura）"), "可能適合你"),
    ("zh-Hans", ("他克莫司或吡美莫司", "芦可替尼乳膏（Opzelura）"), "可能适合你"),  # the mainland's generic name
])
def test_keyboard_from_home_to_the_grid_at_80x24(tui, lang, names, mark):
    t = start(tui, 24, 80, lang)
    keys(t, *DONE_KEYS)
    t.wait_for(mark)
    assert t.find("[ ] " + names[0]) and t.find("[x] ") is None  # nothing is picked for the patient
    keys(t, "1", "2")  # the patient picks
    t.wait_for("[x] " + names[0])
    assert t.find("[x] " + names[1])
    keys(t, "3", "4")
    t.wait_for(lambda: "4 of 4" in t.text() or "4／4" in t.text())
    keys(t, "v")
    t.wait_for(lambda: (t.find(names[0]) or (0,))[0] == (t.find(names[1]) or (-1,))[0])  # one row, side by side
    y0, x0 = t.find(names[0])
    y1, x1 = t.find(names[1])
    assert y0 == y1 and x0 < x1
    assert t.find("│")
    # the decision and how to read come first, the names right above their cells
    intro = t.find("The decision") or t.find("要做的決定") or t.find("要做的决定")
    assert intro and intro[0] < y0
    # page to options 3 and 4, scroll the rows; the intro scrolls away, the names stay in view
    keys(t, "right")
    t.wait_for("NB-UVB")
    head = t.find("NB-UVB")[0]
    keys(t, "pgdn")
    t.wait_for(lambda: t.find("NB-UVB")[0] < head)
    t.sync()  # the page is drawn whole
    top = t.find("NB-UVB")[0]
    keys(t, "pgdn")
    t.sync()  # help came and went after the second PgDn: it has been handled
    assert t.find("NB-UVB")[0] == top


def test_wide_screen_shows_four_columns_and_questions_on_the_left(tui):
    t = start(tui, 60, 200)
    keys(t, *DONE_KEYS, "1", "2", "3", "4", "v")
    t.wait_for("Excimer laser or lamp (308 nm)")
    row = t.find("Tacrolimus or pimecrolimus")[0]
    for name in ("Ruxolitinib cream (Opzelura)", "NB-UVB light therapy", "Excimer laser or lamp (308 nm)"):
        assert t.find(name)[0] == row
    assert t.find("[> Next options]") is None  # everything fits
    y, x = t.find("What is it?")
    assert x == 1 and "An ointment or cream without steroids" in t.row(y)
    no_row_overflows(t)


def test_wide_chinese_grid_never_straddles_the_edge(tui):
    t = start(tui, 60, 200, "zh-Hant")
    keys(t, *DONE_KEYS, "1", "2", "3", "4", "v")
    t.wait_for("準分子雷射或準分子燈（308 nm）")
    assert t.find("這是什麼？")[1] == 1
    for y in range(60):
        # a wide character's second half is the empty string; the last column is never a first half
        last = t.cell(y, 199).data
        assert last in ("", " ") or len(last.encode()) == 1


def test_mouse_from_home_to_the_grid(tui):
    t = start(tui, 24, 80)
    click_on(t, "Compare treatments")
    t.wait_for("Which type of vitiligo do you have?")
    click_on(t, "Non-segmental:")
    click_on(t, "Stable for 12 months or more")
    click_on(t, "Face and neck")
    t.wait_for("[x] Face and neck")
    click_on(t, "Next question")
    click_on(t, "18 or older")
    click_on(t, "Skip this question")
    click_on(t, "See my options")
    t.wait_for("May suit you")
    t.wait_for("Compare picked (0 of 4)")
    click_on(t, "Tacrolimus or pimecrolimus")
    click_on(t, "Ruxolitinib cream (Opzelura)")
    t.wait_for("Compare picked (2 of 4)")
    click_on(t, "Compare picked")
    t.wait_for("What is it?")
    assert t.find("Tacrolimus or pimecrolimus")[0] == t.find("Ruxolitinib cream (Opzelura)")[0]
    click_on(t, "Questions for my doctor")
    t.wait_for("My situation")
    assert t.find("Type: non-segmental") and t.find("Where: face and neck")


def test_mouse_picks_options_and_chinese_buttons_work(tui):
    t = start(tui, 24, 80, "zh-Hant")
    keys(t, "t")
    click_on(t, "略過其餘問題，直接看治療方式")
    t.wait_for("你的治療方式")
    # nothing answered and nothing picked: pick two by clicking them, a third by its number
    assert t.find("[x] ") is None
    click_on(t, "遮瑕化妝與防曬")
    click_on(t, "暫時不治療")
    t.wait_for("[x] 暫時不治療")
    keys(t, "3")
    click_on(t, "比較已選項目")
    t.wait_for("這是什麼？")
    assert t.find("遮瑕化妝與防曬")[0] == t.find("暫時不治療")[0]  # picked first, shown first
    click_on(t, "下一頁治療方式")
    t.wait_for("類固醇藥膏")
    assert t.find("第 3 到 3 種治療方式")


def test_too_few_picks_say_what_to_do(tui):
    t = start(tui, 24, 80)
    keys(t, "t", "2", "5")  # segmental, skip the rest
    t.wait_for("Your options")
    assert t.find("[x] ") is None  # nothing is picked for the patient
    keys(t, "v")
    t.wait_for("Pick 2 to 4 options to compare")
