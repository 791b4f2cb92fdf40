"""Narrow screens never cut the words that matter (screen-test M2, L4, L5): a message
wraps onto another row instead of losing its number, help's keys get a row of their
own when they do not fit their column, the welcome screen wraps."""
from ve_tui import no_row_overflows


def test_help_keys_too_wide_for_their_column_get_their_own_row(tui):
    t = tui("--lang", "zh-Hant", rows=40, cols=40)
    t.wait_for("從這裡開始")
    t.send("?")
    t.wait_for("按鍵")
    y, x = t.find("Esc, 左, Backspace")  # whole, not "Esc, 左, Bac…"
    assert x == 2
    assert t.row(y)[x + len("Esc, 左, Backspace") + 1:].strip() == ""  # nothing runs into it
    assert t.find("回到上一個畫面")[0] == y + 1  # the sentence starts under the keys
    assert "…" not in t.text()
    no_row_overflows(t)


def test_a_status_message_keeps_its_number_on_a_narrow_screen(tui):
    t = tui(rows=14, cols=40)
    t.wait_for("Start here")
    t.send("enter")
    t.wait_for("What happens")
    t.send("s")
    t.wait_for("100 columns")  # "needs a window at least 1…" before
    assert t.find("Side by side needs a window at least") is not None
    no_row_overflows(t)


def test_too_small_says_the_whole_size(tui):
    t = tui(rows=5, cols=20)
    t.wait_for("Window too small")
    t.wait_for("40\xa0x\xa012.")  # not "Make it at least 40", and 40 x 12 on one line
    assert "…" not in t.text()


def test_the_welcome_screen_wraps_instead_of_cutting(tui):
    t = tui("--kiosk", "--config", "/dev/null", rows=12, cols=40)
    t.wait_for("Press any key or touch the screen to")
    t.wait_for("start")
    assert "…" not in t.text()
    t.wait_for("按任意鍵或觸摸螢幕開始")
    no_row_overflows(t)


def test_the_home_screen_shows_the_whole_introduction_or_none_of_it(tui):
    """At 40 columns the sentence takes four rows, one more than a note may: it is left
    out rather than cut before "doctor." (it was cut); at 80 it is whole."""
    t = tui(rows=20, cols=40)
    t.wait_for("Start here")
    assert "Plain-language information" not in t.text()
    assert t.find("This is general information. It does") is not None  # the reminder stays
    no_row_overflows(t)
    t = tui(rows=24, cols=80)
    t.wait_for("Start here")
    assert "talk with your doctor." in " ".join(line.strip() for line in t.text().splitlines())
