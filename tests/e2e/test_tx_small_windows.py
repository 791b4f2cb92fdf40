"""The treatment screens never lose the words that matter in a small window (screen-test
M2): at 40x12, 60x20, 80x24 and 100x12, in English and Taiwan Chinese, the options list
shows every option's fit label, the whole "You said" summary, every reason and the note
that no option is recommended, each whole (wrapped over rows, never cut with "…"); the
list scrolls to them instead.  The comparison and the questions for the doctor likewise.
Fixture content, the pregnant case (as in caps/B_en_40_pregnant_*)."""
import re

import pytest

from ve_tui import no_row_overflows

SIZES = [(12, 40), (20, 60), (24, 80), (12, 100)]
# non-segmental, stable, skip where, adult, pregnant, skip what matters
PREGNANT = "127317"

EXPECT = {
    "en": {
        "start": "Start here",
        "whole": [
            "You said: type: non-segmental; activity: stable for 12 months or more; where: not answered; "
            "age: adult; pregnant or breastfeeding: yes; what matters most: not answered.",
            "The decision: whether to treat your vitiligo now, and if so which option to try first. "
            "Choosing no treatment is also a valid choice.",
            "Nothing is picked for you: Enter or click picks one; v compares 2 to 4. The order in each mark is "
            "fixed, not a ranking: options in use, then no treatment, then experimental ones. No option is "
            "recommended.",
            "No treatment May suit you",
            "Light therapy Ask your doctor",
            "Ruxolitinib cream Usually not for your situation",
            "Stem-cell treatment Usually not for your situation (experimental)",
            "Approved for vitiligo: US and EU, from age 12 (in the EU, when the face is affected). Not yet in "
            "mainland China (still in development in 2025). Our sources could not confirm Taiwan or Hong Kong.",
            "Not in pregnancy.",
            "Trials exclude pregnancy.",
            "Ask about folic acid.",
        ],
        "last": "Trials exclude pregnancy.",
        "compare": ["For you: May suit you", "For you: Ask your doctor"],
    },
    "zh-Hant": {
        "start": "從這裡開始",
        "whole": [
            "你的回答：類型：非節段型；活動期或穩定期：穩定期（12 個月以上沒有變化）；部位：未回答；年齡：成人；"
            "懷孕或哺乳：是；最重視：未回答。",
            "要做的決定：現在要不要治療白癜風；如果要，先試哪一種。選擇不治療也是合理的選擇。",
            "沒有替你預先勾選：按 Enter 或點選來勾選；按 v 比較 2 到 4 種。同一種標示裡的順序是固定的，不是排名："
            "先列常用的治療方式，再列不治療，最後是實驗性的。這裡不推薦任何治療方式。",
            "不治療 可能適合你",
            "光療 請問醫師",
            "蘆可替尼乳膏 通常不適合你的狀況",
            "幹細胞治療 通常不適合你的狀況 （實驗性）",
            "已核准用於白癜風：美國和歐盟，12 歲以上（歐盟限臉部有白斑的人）。中國大陸尚未核准（2025 年仍在開發中）。"
            "我們的資料來源無法確認台灣和香港的狀況。",
            "懷孕時不要使用。",
            "試驗不收懷孕的人。",
            "請問醫師葉酸的事。",
        ],
        "last": "試驗不收懷孕的人。",
        "compare": [],
    },
}


def flat(s, lang):
    """Text as read across wrapped rows: English rows join with a space, Chinese ones
    with nothing; runs of spaces count as one."""
    return re.sub(r"\s+", "" if lang != "en" else " ", s).strip()


def body(t):
    """The rows between the title bar and the status bar, joined as they read."""
    rows = [t.row(y).strip() for y in range(1, t.screen.lines - 1)]
    return rows


def assert_nothing_cut(t):
    for y in range(1, t.screen.lines - 1):
        assert "…" not in t.row(y), f"row {y} is cut:\n{t.text()}"
    no_row_overflows(t)


def to_options(t, lang):
    t.wait_for(EXPECT[lang]["start"])
    t.send("t")
    for k in PREGNANT:
        t.send(k)
        t.sync()  # the next step is up before the next answer


def walk(t, lang, done, limit=80):
    """Presses Down until done(screen text) holds; every screen on the way is checked
    for cuts.  Returns everything the screens showed, each screen flattened."""
    seen = []
    for _ in range(limit):
        assert_nothing_cut(t)
        seen.append(flat(" ".join(body(t)), lang))
        if done(seen[-1]):
            return seen
        before = t.text()
        t.send("down")
        t.wait_for(lambda: t.text() != before)  # Down always scrolls or moves until the end
    pytest.fail(f"never reached the end; the screen was:\n{t.text()}")


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
@pytest.mark.parametrize("rows, cols", SIZES)
def test_the_options_list_keeps_every_label_summary_and_reason_whole(tui, lang, rows, cols):
    t = tui("--lang", lang, rows=rows, cols=cols)
    to_options(t, lang)
    t.wait_for(lambda: t.row(1).strip().startswith("Your options" if lang == "en" else "你的治療方式"))
    last = flat(EXPECT[lang]["last"], lang)
    seen = walk(t, lang, lambda s: last in s)
    for want in EXPECT[lang]["whole"]:
        w = flat(want, lang)
        assert any(w in s for s in seen), f"{want!r} never shown whole at {cols}x{rows}"


@pytest.mark.parametrize("rows, cols", SIZES)
def test_the_comparison_and_the_questions_keep_the_fit_label_whole(tui, rows, cols):
    t = tui(rows=rows, cols=cols)
    to_options(t, "en")
    t.send("1", "2", "v")
    t.wait_for("How to read this comparison")
    seen = []
    for page in range(2):  # one option a page at 40 columns, both at once when wider
        seen += walk(t, "en", lambda s: "For you:" in s)  # the heads come once the intro scrolls away
        t.send("right")
        t.sync()
    for want in EXPECT["en"]["compare"]:
        assert any(want in s for s in seen), f"{want!r} never shown whole at {cols}x{rows}"
    t.send("d")
    t.wait_for("My situation")
    for _ in range(4):
        assert_nothing_cut(t)
        t.send("pgdn")
        t.sync()
