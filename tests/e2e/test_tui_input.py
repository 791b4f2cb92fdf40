"""Resizing, the mouse (xterm SGR 1006 reports) and the search screen."""
from ve_tui import no_row_overflows


def open_first_topic(t):
    t.wait_for("Start here")
    t.send("enter")
    t.wait_for("Key points")




def test_resize_storm_keeps_the_reading_position(tui):
    t = tui()
    open_first_topic(t)
    for _ in range(5):
        t.send("down")
    t.wait_for(lambda: t.row(1).startswith(" What happens in the skin") or t.row(1).startswith(" ─"))
    t.sync()  # all five Downs are drawn
    top_before = t.row(1)
    t.resize(12, 40)
    t.wait_for(lambda: t.row(0).startswith("[< Back]") and t.screen.columns == 40)
    t.wait_for("skin")  # still in the first section
    no_row_overflows(t)
    t.resize(60, 200)
    t.wait_for("Next review due")  # everything fits
    no_row_overflows(t)
    t.resize(5, 20)
    t.wait_for("Window too small")
    assert t.find("40\xa0x\xa012.") is not None, t.text()  # the size whole, never cut or split
    t.resize(24, 80)
    t.wait_for("Key points")
    t.wait_for(lambda: t.row(1) == top_before)
    drawn = len(t.raw)
    t.resize(1, 1)
    t.wait_for(lambda: len(t.raw) > drawn)  # it redrew for 1x1 (nothing there can be read)
    t.resize(24, 80)
    t.wait_for("Key points")
    assert t.child.isalive()


def test_chinese_wraps_inside_forty_columns(tui):
    t = tui("--lang", "zh-Hant", rows=12, cols=40)
    t.wait_for("從這裡開始")
    t.send("enter")
    t.wait_for("什麼是白癜風？")
    for _ in range(4):
        t.send("down")
    t.wait_for("皮膚的顏色")
    no_row_overflows(t)
    y, x = t.find("皮膚的顏色")
    assert x == 1
    assert t.row(y + 1)[0] == " " and t.row(y + 1)[1] != " "  # continues on the next row


def test_click_opens_items_and_the_title_bar_buttons_work(tui):
    t = tui()
    t.wait_for("Start here")
    y, x = t.find("The Koebner phenomenon")
    t.click(y, x + 3)
    t.wait_for("New patches where skin is rubbed.")
    assert t.row(0).startswith("[< Back]  Home > The Koebner phenomenon")
    t.click(4, 10)  # tap the only topic
    t.wait_for(lambda: t.row(1).startswith(" The Koebner phenomenon") and t.row(2).startswith(" ══"))
    t.click(0, 2)  # [< Back]
    t.wait_for("New patches where skin is rubbed.")
    by, bx = t.find("[繁體中文（台灣）]")
    t.click(by, bx + 2)
    t.wait_for("皮膚受摩擦處出現新白斑。")
    t.wait_for("[繁體中文（香港）]")
    t.click(0, 2)
    t.wait_for("從這裡開始")


def test_wheel_scrolls_and_links_are_clickable(tui):
    t = tui()
    open_first_topic(t)
    t.wheel(10, 10, down=True)
    t.wait_for(lambda: not t.row(1).startswith(" What is vitiligo?"))
    t.wheel(10, 10, down=True)
    t.wheel(10, 10, down=True)
    t.wheel(10, 10, down=True)
    t.wheel(10, 10, down=True)
    t.wait_for("Related topics")
    y, x = t.find("→ Light")
    t.click(y, x + 4)
    # the trail ends in the new topic (its oldest steps give way to the language button)
    t.wait_for(lambda: "> Light therapy (NB-UVB)" in t.row(0) and t.row(1).startswith(" Light therapy (NB-UVB)"))
    t.wheel(10, 10, down=True)
    t.wait_for(lambda: not t.row(1).startswith(" Light therapy (NB-UVB)"))
    t.wheel(10, 10, down=False)  # the wheel up scrolls back to the topic's title
    t.wait_for(lambda: t.row(1).startswith(" Light therapy (NB-UVB)") and t.row(2).startswith(" ══"))


def test_status_bar_hints_are_buttons_too(tui):
    t = tui()
    t.wait_for("Start here")
    y, x = t.find("? Help")
    t.click(y, x + 2)
    t.wait_for("Mouse and touch" if t.screen.lines > 40 else "Keys")
    y, x = t.find("Esc Back")
    t.click(y, x)
    t.wait_for("Start here")


def test_search_with_chinese_input_and_match_navigation(tui):
    t = tui("--lang", "zh-Hant")
    t.wait_for("從這裡開始")
    t.send("/")
    t.wait_for("搜尋：")
    t.send("同形")
    t.wait_for("同形反應（Koebner 現象）")
    # the cursor sits after the two wide characters in the search line
    sy, sx = t.find("搜尋：")
    t.wait_for(lambda: (t.screen.cursor.y, t.screen.cursor.x) == (sy, sx + 6 + 1 + 4))
    # results update on every keystroke
    t.send("backspace")
    t.wait_for(lambda: "同形" not in t.row(sy))
    t.send("形")
    t.wait_for("個結果")
    ry, rx = t.find("同形反應（Koebner 現象）")
    t.click(ry, rx)
    t.wait_for(lambda: "首頁 > 搜尋 > " in t.row(0))
    # every match is marked; the current one differently
    marked = [(y, x) for y in range(1, 23) for x in range(80)
              if t.cell(y, x).data in "同形" and t.cell(y, x).data and (t.cell(y, x).reverse or t.cell(y, x).underscore or t.cell(y, x).bg != "default")]
    assert marked, t.text()

    def current():
        """Cells of the current match (normal theme: black on green; the others on yellow)."""
        return [(y, x) for y in range(1, 23) for x in range(80) if t.cell(y, x).bg == "green" and t.cell(y, x).data.strip()]

    first = current()
    assert first and all(t.cell(y, x).data in "同形" for y, x in first), t.text()
    others = [(y, x) for y, x in marked if (y, x) not in first]
    assert all(t.cell(y, x).bg != "green" for y, x in others)  # the others look different
    t.send("n")  # the next match becomes the current one
    t.wait_for(lambda: current() and current() != first)
    t.send("N")  # and back
    t.wait_for(lambda: current() == first)
    t.send("esc")
    t.wait_for("搜尋：")
    t.send("esc")
    t.wait_for("從這裡開始")


def test_glossary_hit_opens_a_bilingual_card(tui):
    t = tui()
    t.wait_for("Start here")
    t.send("/", "melanocyte")
    t.wait_for("(glossary)")
    y, x = t.find("(glossary)")
    t.click(y, 10)
    t.wait_for("黑素細胞")
    assert t.find("A skin cell that makes pigment.") is not None
    assert t.find("製造色素的皮膚細胞。") is not None
    t.send("enter")
    t.wait_for(lambda: "What is vitiligo?" in t.row(0))
