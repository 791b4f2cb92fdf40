"""Searching with no Chinese input method (pinyin, initials) and a search line that
starts clean, as a patient at a kiosk sees it (issue 12)."""
import pytest

TITLES = {"en": "What is vitiligo?", "zh-Hant": "什麼是白癜風？", "zh-HK": "什麼是白癜風？", "zh-Hans": "什么是白癜风？"}
CONTAGIOUS = {"en": "contagious", "zh-Hant": "傳染", "zh-HK": "傳染", "zh-Hans": "传染"}


def search(t, query):
    t.send("/")
    t.wait_for(lambda: t.row(1).lstrip().startswith(("Search:", "搜尋", "搜索")))
    t.send(query)
    t.sync()  # help came and went: every key of the query is handled and drawn


@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-HK", "zh-Hans"])
@pytest.mark.parametrize("query", ["chuanran", "cr", "chuan2 ran3"])
def test_pinyin_and_initials_reach_the_contagion_answer(tui, lang, query):
    t = tui("--kiosk", "--lang", lang)
    t.send("x")  # the welcome screen
    t.wait_for(TITLES[lang].rstrip("?？"))
    search(t, query)
    t.wait_for(TITLES[lang])
    # open the topic result: its title and the first match are on one screen (L13)
    y, x = t.find(TITLES[lang])
    t.click(y, x + 1)
    t.wait_for(lambda: any(TITLES[lang] in t.row(r) for r in range(1, 4)))
    if lang != "en":  # the match is the Chinese word the pinyin spells
        t.wait_for(CONTAGIOUS[lang])
        assert t.find(TITLES[lang])[0] < t.find(CONTAGIOUS[lang])[0]


def test_search_opens_empty_with_the_last_query_as_a_hint(tui):
    t = tui()
    t.wait_for("Start here")
    search(t, "contagious")
    t.wait_for("result")
    t.send("esc")
    t.wait_for("Start here")
    search(t, "")
    row = t.row(1)
    assert "contagious" in row  # offered ...
    t.send("skin")
    t.sync()
    assert "contagiousskin" not in t.row(1) and "skin" in t.row(1)  # ... never typed in
    t.send("\x15")  # Ctrl-U clears
    t.wait_for(lambda: "skin" not in t.row(1))
    t.send("tab")  # Tab puts the last search back
    t.wait_for(lambda: "contagious" in t.row(1) and "result" in t.row(2))


def test_clear_button_and_keys_are_shown(tui):
    t = tui()
    t.wait_for("Start here")
    search(t, "koebner")
    t.wait_for("result")
    assert "Ctrl-U Clear" in t.row(23) and "Esc Back" in t.row(23)
    y, x = t.find("[Clear]")
    assert y == 1
    t.click(y, x + 2)
    t.wait_for(lambda: "koebner" not in t.row(1) and "[Clear]" not in t.row(1))
    t.send("f1")
    t.wait_for("Keys")
    t.send("end")
    t.wait_for("Ctrl-U")
    assert "clear the search line" in t.row(t.find("Ctrl-U")[0])
    # help says how to find answers without a Chinese input method
    t.wait_for("Finding answers")
    assert "pinyin" in t.text() and "Common questions" in t.text()


@pytest.mark.parametrize("key", ["f2"])
def test_changing_language_reruns_the_search(tui, key):
    """M3: never "Nothing found" while there are results."""
    t = tui()
    t.wait_for("Start here")
    search(t, "contagious")
    t.wait_for("result")
    t.send(key)
    t.wait_for(lambda: "搜尋" in t.row(1))
    t.sync()  # the search ran again in the new language before help came
    assert "沒有找到" not in t.text()
    assert "傳染" in t.text() or "個結果" in t.row(2) or "結果" in t.row(2)
    t.send(key)  # 香港
    t.wait_for(lambda: "搜尋" in t.row(1) and "[简体中文]" in t.row(0))
    t.sync()  # the search ran again in the new language before help came
    assert "沒有找到" not in t.text()
    t.send(key)  # 简体: the mainland's 搜索
    t.wait_for(lambda: "搜索" in t.row(1))
    t.sync()
    assert "没有找到" not in t.text()


QUESTIONS = {"en": "Common questions", "zh-Hant": "常見問題", "zh-Hans": "常见问题"}
ASK = {"en": "Is vitiligo contagious?", "zh-Hant": "白癜風會傳染嗎？", "zh-Hans": "白癜风会传染吗？"}
ANSWER = {"en": "No. You cannot catch it", "zh-Hant": "不會。不會從別人身上染上", "zh-Hans": "不会。不会从别人身上染上"}
SECTION = {"en": "What it is not", "zh-Hant": "它不是什麼", "zh-Hans": "它不是什么"}


@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-Hans"])
def test_common_questions_by_touch_alone(tui, lang):
    """A kiosk patient who cannot type: home, "Common questions", a question, and the
    topic opens at the section that answers it, all by tapping."""
    t = tui("--kiosk", "--lang", lang)
    t.click(5, 10)  # the welcome screen
    t.wait_for(QUESTIONS[lang])
    y, x = t.find(QUESTIONS[lang])
    t.click(y, x + 1)
    t.wait_for(ASK[lang])
    assert t.row(1).strip() == QUESTIONS[lang]
    assert t.find(ANSWER[lang]) is not None  # the short answer is on the list
    y, x = t.find(ANSWER[lang])  # a tap on the answer opens it too
    t.click(y, x + 2)
    t.wait_for(SECTION[lang])
    # the section's heading is at the top of the page, not the topic's first line
    assert t.find(SECTION[lang])[0] == 1
    assert TITLES[lang] in t.row(0)  # the breadcrumb says which topic
    t.send("esc")
    t.wait_for(ASK[lang])


def test_common_questions_by_number_keys(tui):
    t = tui()
    t.wait_for("Start here")
    t.send("2")
    t.wait_for("Is vitiligo contagious?")
    assert t.row(4).startswith(" > 1. Is vitiligo contagious?")
    assert t.row(10).startswith("   2. Can rubbing cause new patches?")  # six rows per item
    t.send("2")
    t.wait_for(lambda: t.find("What it is") is not None and t.find("What it is")[0] == 1)
    assert "Koebner" in t.row(0)


def test_common_questions_are_searched_like_topics(tui):
    t = tui("--lang", "zh-Hant")
    t.wait_for("常見問題")
    search(t, "chuanran")
    t.wait_for("白癜風會傳染嗎？")
    assert t.find("（常見問題）") is not None
    y, x = t.find("白癜風會傳染嗎？")
    t.click(y, x + 1)
    t.wait_for(lambda: t.find("它不是什麼") is not None and t.find("它不是什麼")[0] == 1)


def test_a_long_answer_is_shown_whole_at_80_columns(tui):
    """A cut answer can lose its last, safety sentence: at 80x24 every row of it is there."""
    t = tui(rows=24, cols=80)
    t.wait_for("Common questions")
    y, x = t.find("Common questions")
    t.click(y, x + 1)
    t.wait_for("Can rubbing cause new patches?")
    t.wait_for("where your skin was hurt.")  # the answer's last words, on its fourth row
    assert "…" not in t.text()
