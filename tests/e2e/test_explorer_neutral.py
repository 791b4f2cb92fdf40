"""The treatment explorer as a neutral decision aid, on the fixture options: which
priority an option matches, where an approved option is approved, the order and the
marks explained, every answer in "You said", no pregnancy question for a child,
picks re-checked when the answers change, the compare grid's marks and reading note,
3 options side by side at 100 columns, and "About this guide" / "Where to get help"
from home and from every topic."""
import shutil

from ve_tui import FIXTURE_STORE, ROOT

WHO = ROOT / "tests" / "fixtures" / "who" / "topics"

# non-segmental, stable, face, adult, pregnancy skipped, cost matters
ADULT = ["t", "1", "2", "1", "6", "3", "3", "5", "6"]


def flat(t):
    """The screen as one line of words: text wrapped over rows reads as one sentence."""
    return " ".join(" ".join(t.row(y).split()) for y in range(t.screen.lines))


def keys(t, *ks):
    """Sends the keys; after an Esc, waits for help to come and go (t.sync), so the Esc is
    read alone and not as the start of the next key's sequence."""
    for k in ks:
        t.send(k)
        if k == "esc":
            t.sync()


def pick_by_click(t, name):
    y, x = t.find(name)
    t.click(y, x)
    t.wait_for("[x] " + name)


def compare_by_clicks(t, *names):
    """Picks the options by clicking their names, then opens the comparison."""
    for name in names:
        pick_by_click(t, name)
    keys(t, "v")
    t.wait_for("How to read this comparison")


def test_options_say_which_priority_matches_and_where_approved(tui):
    t = tui(rows=30, cols=120)
    t.wait_for("Compare treatments")
    keys(t, *ADULT)
    t.wait_for("Your options")
    screen = flat(t)
    assert "Matches: cost" in screen  # no treatment speaks to cost
    assert "speaks to what matters" not in screen
    assert "Approved for vitiligo: US and EU, from age 12" in screen
    assert "The order in each mark is fixed, not a ranking: options in use, then no treatment, then experimental" \
        in screen
    assert "The decision: whether to treat your vitiligo now" in screen
    assert "Compare picked (0 of 4)" in screen and t.find("[x] ") is None  # nothing picked for the patient
    assert "Content last reviewed 2026-11-01. Next review due 2099-11-01." in screen
    assert ("You said: type: non-segmental; activity: stable for 12 months or more; where: face and neck; "
            "age: adult; pregnant or breastfeeding: not answered; what matters most: cost.") in screen
    # the fixed order: ruxolitinib (order 20) before no treatment, whatever matters most
    assert t.find("Ruxolitinib cream")[0] < t.find("No treatment")[0]


def test_a_child_is_not_asked_about_pregnancy_and_stale_picks_go(tui):
    t = tui(rows=40, cols=120)
    t.wait_for("Compare treatments")
    keys(t, "t", "1", "2", "1", "6", "3", "1", "6")  # adult, pregnant: yes
    t.wait_for("Your options")
    assert "pregnant or breastfeeding: yes" in flat(t)
    assert t.find("[x] Ruxolitinib cream") is None  # not in pregnancy: never pre-picked
    # pick by hand: ruxolitinib (usually not), light therapy, then answer again as not pregnant
    keys(t, "esc")
    t.wait_for("What matters most to you?")
    keys(t, "esc")
    t.wait_for("Are you pregnant or breastfeeding?")
    keys(t, "2", "6")
    t.wait_for("Your options")
    for name in ("Light therapy", "Ruxolitinib cream"):
        pick_by_click(t, name)
    t.wait_for("[x] Light therapy")
    assert t.find("[x] Ruxolitinib cream")
    # now the answers change to a child: ruxolitinib is approved only from 12
    keys(t, "esc", "esc", "esc")
    t.wait_for("How old is the person with vitiligo?")
    keys(t, "1")
    t.wait_for("What matters most to you?")  # the pregnancy question is skipped
    keys(t, "esc")
    t.wait_for("How old is the person with vitiligo?")  # going back too
    keys(t, "1")
    t.wait_for("What matters most to you?")
    keys(t, "6")
    t.wait_for("Your options")
    screen = flat(t)
    assert "Unpicked after your new answers (usually not for your situation): Ruxolitinib cream" in screen
    assert t.find("[ ] Ruxolitinib cream") and t.find("[x] Light therapy")
    assert "age: under 12; what matters most" in screen
    assert "pregnant or breastfeeding" not in screen


def test_grid_shows_three_at_100_columns_with_marks_and_how_to_read_it(tui):
    t = tui(rows=40, cols=100)
    t.wait_for("Compare treatments")
    keys(t, *ADULT)
    t.wait_for("Your options")
    for name in ("Ruxolitinib cream", "No treatment", "Light therapy"):
        pick_by_click(t, name)
    t.wait_for("[x] Light therapy")
    keys(t, "v")
    t.wait_for("How to read this comparison")
    names = [t.find(n) for n in ("Ruxolitinib cream", "No treatment", "Light therapy")]
    assert all(names) and len({y for y, _ in names}) == 1  # one row: side by side, no paging
    assert t.find("[> Next options]") is None
    # nor does the status bar offer it (screen-test L8: "Right Next options" with nowhere to go)
    assert "Next options" not in t.row(39) and "Prev options" not in t.row(39), t.row(39)
    assert t.find("For you: May suit you") and t.find("For you: Ask your doctor")
    assert t.find("Approved for vitiligo: US")
    assert t.find("●●●○○○○○○○")


def test_about_this_guide_and_where_to_get_help_from_home_and_every_topic(tui, tmp_path):
    store = tmp_path / "content"
    shutil.copytree(FIXTURE_STORE, store)
    for f in WHO.glob("*.json"):
        shutil.copy(f, store / "topics" / f.name)
    conf = tmp_path / "kiosk.conf"
    conf.write_text("clinic_contact = Skin clinic, desk 3\nclinic_contact_zh = 皮膚科 3 號櫃檯\n", encoding="utf-8")
    t = tui("--content", str(store), "--config", str(conf), rows=30, cols=100)
    t.wait_for("About this guide")
    assert t.find("Where to get help")
    # from a topic's footer
    keys(t, "1")  # start here: what is vitiligo
    t.wait_for("What is vitiligo")
    keys(t, "end")
    t.wait_for("→ About this guide")
    assert t.find("→ Where to get help")
    keys(t, "btab", "btab", "enter")  # the footer links are links: the last but one is About this guide
    t.wait_for("Who wrote this guide, who pays for it")
    keys(t, "esc")
    t.wait_for("What is vitiligo")
    # the clinic's own contact heads where-to-get-help
    keys(t, "home")
    y, x = t.find("Vitiligo Explorer") or (0, 0)
    keys(t, "h")
    t.wait_for("Where to get help")
    y, x = t.find("Where to get help")
    t.click(y, x)
    t.wait_for("Your clinic: Skin clinic, desk 3")


HINTS = {
    "en": ["Your doctor can tell you. Non-segmental is by far the most common type.",
           "Stable means no new or growing patches for 12 months or more.",
           "One palm with the fingers is about 1% of your skin.",
           None,
           "Some treatments are not used in pregnancy or while breastfeeding.",
           "The list will say which options match these. They never change the marks or the order."],
    "zh-Hant": ["醫師可以告訴你。大多數人是非節段型。",
                "穩定：12 個月以上白斑沒有增加或變大。",
                "一個手掌連手指，約是全身皮膚的 1%。",
                None,
                "有些治療不用於懷孕或哺乳期間。",
                "清單會寫出每種治療方式符合你重視的哪幾項，但不會改變標示或順序。"],
}
# the answer that moves on from each question: type, activity, where (Next), age (adult), pregnancy (no)
NEXT = ["1", "2", "6", "3", "2"]


def test_every_question_hint_is_wrapped_whole_at_80x24_and_40x14(tui):
    for lang, hints in HINTS.items():
        for rows, cols in ((24, 80), (14, 40)):
            t = tui("--lang", lang, rows=rows, cols=cols)
            t.wait_for("Common questions" if lang == "en" else ("常見問題", "常见问题")[lang == "zh-Hans"])
            keys(t, "t")
            for step, hint in enumerate(hints):
                t.wait_for(f"question {step + 1} of 6" if lang == "en" else f"第 {step + 1} 題")
                if hint:  # whole, wrapped over rows (compared without the spaces wrapping adds)
                    assert "".join(hint.split()) in "".join(flat(t).split()), (lang, rows, cols, step)
                    hint_rows = [t.row(y) for y in range(1, 9)]
                    assert not any(r.rstrip().endswith("…") for r in hint_rows[:3]), (lang, rows, cols, step)
                if step < len(NEXT):
                    keys(t, NEXT[step])
            t.child.terminate(force=True)


def test_read_more_opens_the_options_topic_from_the_list_and_the_grid(tui):
    t = tui(rows=30, cols=100)
    t.wait_for("Compare treatments")
    keys(t, *ADULT)
    t.wait_for("Your options")
    assert "o Read more" in t.row(t.screen.lines - 1)  # a key of its own, in the key hints
    keys(t, "o")  # the first option: ruxolitinib
    t.wait_for("Sources")
    assert t.find("Ruxolitinib cream") and "Your options" in t.row(0)
    keys(t, "esc")
    t.wait_for("Your options")
    compare_by_clicks(t, "Ruxolitinib cream", "Light therapy")
    assert t.find("[o Read more]")
    y, x = t.find("Light therapy")  # a click on a column's name opens that option's topic
    t.click(y, x)
    t.wait_for("How it works")  # the topic page, from its top
    assert "Light therapy" in t.row(1)


def test_a_past_review_date_is_noticed_on_every_explorer_screen(tui):
    notice = "This page was due for review on 2099-11-01. Some facts may be out of date; ask your doctor."
    t = tui("--today", "2099-11-02", rows=40, cols=120)
    t.wait_for("Compare treatments")
    keys(t, *ADULT)
    t.wait_for("Your options")
    assert notice in flat(t)
    compare_by_clicks(t, "Ruxolitinib cream", "Light therapy")
    assert notice in flat(t)
    keys(t, "o")
    t.wait_for("Sources")
    assert notice in flat(t)
    # the same screens on the day the review is due: no notice
    t = tui("--today", "2099-11-01", rows=40, cols=120)
    t.wait_for("Compare treatments")
    keys(t, *ADULT)
    t.wait_for("Your options")
    assert "due for review" not in flat(t)
