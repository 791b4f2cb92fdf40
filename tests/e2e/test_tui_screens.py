"""The explorer's screens as a patient sees them: exact cells, columns and attributes."""
import pytest

from ve_tui import no_row_overflows, tui_env


def test_home_lists_start_here_categories_and_compare(tui):
    t = tui()
    t.wait_for("Start here")
    assert t.row(1).startswith(" Vitiligo Explorer")
    # what the guide is for (DISCERN 1), then the reminder and who prepared it
    assert t.row(2).startswith(" Plain-language information about vitiligo and its treatments")
    assert "talk with your doctor" in t.row(3)
    assert "not replace advice from your doctor" in t.row(4)
    assert "Prepared by" in t.row(5)
    assert t.row(7).startswith(" > 1. Start here: What is vitiligo?")
    assert t.row(8).startswith("   2. Common questions  (3 questions)")
    assert t.row(9).startswith("   3. About vitiligo  (1 topic)")
    assert t.row(11).startswith("   5. Treatments  (2 topics)")
    assert t.row(13).startswith("   7. Compare treatments")
    assert "Enter Open" in t.row(23) and "q Quit" in t.row(23)


def test_home_wraps_the_reminder_on_a_narrow_screen(tui):
    """The "not a diagnosis" reminder is wrapped, never cut, and the list follows it."""
    t = tui(rows=14, cols=40)
    t.wait_for("Start here")
    assert t.row(2).rstrip() == " This is general information. It does"
    assert t.row(3).rstrip() == " not replace advice from your doctor."
    assert t.row(4).startswith(" Prepared by the Vitiligo Explorer")
    assert t.row(5).rstrip() == " content team from the sources listed."
    assert t.row(7).startswith(" > 1. Start here")
    t.click(9, 8)  # the third item follows the wrapped header and "Common questions"
    t.wait_for(lambda: t.row(1).rstrip() == " About vitiligo")
    # the breadcrumb keeps the current screen's whole name; the search button gives way
    assert t.row(0).startswith("[< Back]  About vitiligo")
    assert "[台灣繁體]" in t.row(0)  # the short name, so the trail keeps its whole last step


def test_selection_is_reverse_video_with_a_marker_and_the_cursor(tui):
    t = tui()
    t.wait_for("Start here")
    y = next(r for r in range(24) if t.row(r).startswith(" > 1."))  # below the home notes
    assert t.cell(y, 5).reverse and not t.cell(y + 1, 5).reverse
    t.send("down")
    t.wait_for(lambda: t.cell(y + 1, 5).reverse)
    assert not t.cell(y, 5).reverse
    assert t.row(y + 1).startswith(" > 2.") and t.row(y).startswith("   1.")
    t.wait_for(lambda: (t.screen.cursor.y, t.screen.cursor.x) == (y + 1, 1))  # screen readers follow it


def test_reader_shows_title_summary_headings_box_and_footer(tui):
    t = tui()
    t.wait_for("Start here")
    t.send("enter")
    t.wait_for("Key points")
    assert t.row(0).startswith("[< Back]  Home > What is vitiligo?")
    assert t.row(1) == " What is vitiligo?".ljust(80)
    assert t.row(2).startswith(" ═════════════════ ")
    assert t.row(6).startswith(" What happens in the skin")
    assert t.cell(6, 1).bold
    assert t.row(11).startswith("   • About 1 in 100 people")
    y, x = t.find("┌─ Key points")
    assert x == 1 and t.row(y).rstrip().endswith("┐") and len(t.row(y).rstrip()) == 79
    t.send("end")
    t.wait_for("Next review due")
    t.wait_for("Related topics")
    assert t.find("→ The Koebner phenomenon") is not None
    assert t.find("1. ") is not None  # numbered sources


def test_chinese_sits_at_exact_columns_and_never_straddles_the_edge(tui):
    t = tui(rows=24, cols=80)
    t.wait_for("Start here")
    t.send("enter")
    t.wait_for("Key points")
    t.send("l")
    t.wait_for("什麼是白癜風？")
    assert [t.cell(1, x).data for x in range(1, 8)] == ["什", "", "麼", "", "是", "", "白"]
    # the language button names the next language in that language, at the right edge
    assert t.row(0).rstrip().endswith("[繁體中文（香港）]")
    # a wrapped Chinese paragraph: every line ends before column 80, whole characters only
    y, _ = t.find("皮膚的顏色")
    line = [t.cell(y, x).data for x in range(80)]
    assert line[79] in (" ", "")  # the last column stays free ...
    assert line[78] != " " or line[77] != " "  # ... and the line is full up to it
    no_row_overflows(t)
    assert t.row(y + 1).startswith(" 以皮膚會出現白斑。") or t.row(y + 1).startswith(" 所以")


def test_language_cycles_through_three_and_keeps_the_place(tui):
    t = tui()
    t.wait_for("Start here")
    t.send("enter")
    t.wait_for("Key points")
    for _ in range(6):
        t.send("down")
    t.wait_for(lambda: t.row(1).startswith(" ─") or t.row(1).startswith(" Your skin"))
    t.sync()  # all six Downs are drawn
    assert t.find("What it is not") is not None
    t.send("l")
    t.wait_for("[繁體中文（香港）]")
    t.wait_for("它不是什麼")
    t.send("l")
    t.wait_for("[简体中文]")
    t.wait_for("它不是什麼")  # 香港, made from the Taiwan text after the first screen
    t.send("l")
    t.wait_for("[English]")
    t.wait_for("它不是什么")  # 简体
    t.send("l")
    t.wait_for("[繁體中文（台灣）]")
    t.wait_for("What it is not")


def test_interface_strings_switch_with_the_language(tui):
    t = tui()
    t.wait_for("Start here")
    t.send("l")
    t.wait_for("[繁體中文（香港）]")
    t.wait_for(lambda: "離開" in t.row(23))
    assert t.row(1).startswith(" 白癜風知識站")
    assert t.row(2).startswith(" 用淺白的文字介紹白癜風和各種治療")
    y = next(r for r in range(24) if t.row(r).startswith(" > 1."))
    assert t.row(y).startswith(" > 1. 從這裡開始：什麼是白癜風？")
    assert t.row(y + 1).startswith("   2. 常見問題  （3 個問題）")
    assert t.row(y + 2).startswith("   3. 認識白癜風  （1 個主題）")


def test_side_by_side_aligns_english_and_chinese(tui):
    t = tui(rows=30, cols=120)
    t.wait_for("Start here")
    t.send("enter")
    t.wait_for("Key points")
    t.send("s")
    t.wait_for("什麼是白癜風？")
    assert t.row(1).startswith(" What is vitiligo?")
    assert [t.cell(1, x).data for x in range(62, 66)] == ["什", "", "麼", ""]
    assert t.cell(1, 60).data == "│"
    # each section starts on the same row in both languages
    assert t.find("What happens in the skin")[0] == t.find("皮膚裡發生了什麼")[0]
    assert t.find("What it is not")[0] == t.find("它不是什麼")[0]
    # narrower than 100 columns: one column, English only
    t.resize(30, 99)
    t.wait_gone("什麼是白癜風？")
    t.resize(30, 120)
    t.wait_for("什麼是白癜風？")


def test_help_is_generated_from_the_key_table(tui):
    t = tui()
    t.wait_for("Start here")
    t.send("?")
    t.wait_for("Move to the next related-topic link")
    y, x = t.find("Move to the next related-topic link")
    assert t.row(y)[2:5] == "Tab" and x == 23
    assert t.row(0).startswith("[< Back]  Home > Help")
    t.send("end")
    t.wait_for("Mouse and touch")
    t.send("esc")
    t.wait_for("Start here")


def test_topic_list_and_number_keys(tui):
    t = tui()
    t.wait_for("Start here")
    t.send("5")
    t.wait_for("Options to discuss with your doctor.")
    assert t.row(0).startswith("[< Back]  Home > Treatments")
    assert t.row(4).startswith(" > 1. ")
    t.send("2")
    t.wait_for(lambda: "Home > Treatments > " in t.row(0))
    t.send("backspace")
    t.wait_for("Options to discuss with your doctor.")
    assert t.cell(5, 5).reverse  # back on the item that was opened
    t.send("left")
    t.wait_for("Start here")


def test_tab_walks_links_and_enter_follows(tui):
    t = tui()
    t.wait_for("Start here")
    t.send("enter")
    t.wait_for("Key points")
    t.send("tab")
    t.wait_for("→ The Koebner phenomenon")
    y, x = t.find("The Koebner phenomenon")
    t.wait_for(lambda: t.cell(y, x).reverse)
    t.wait_for(lambda: t.screen.cursor.y == y)
    t.send("tab")
    y2, x2 = t.find("Light therapy") or t.find("light")
    t.wait_for(lambda: t.cell(y2, x2).reverse)
    assert not t.cell(y, x).reverse
    t.send("btab", "enter")
    # the trail ends in the linked topic (the oldest step gives way to "..." when it must)
    t.wait_for(lambda: "What is vitiligo? > The Koebner phenomenon" in t.row(0))
    t.send("esc")
    t.wait_for(lambda: t.row(0).startswith("[< Back]  Home > What is vitiligo?") and "> The" not in t.row(0))


@pytest.mark.parametrize("size", [(12, 40)])
def test_narrow_chinese_reading(tui, size):
    rows, cols = size
    t = tui("--lang", "zh-Hant", rows=rows, cols=cols)
    t.wait_for("從這裡開始")
    t.send("enter")
    t.wait_for("什麼是白癜風？")
    # never more than 40 columns: no wide character cut at the edge or overwritten
    no_row_overflows(t)
    for y in range(1, rows - 1):  # and ncurses never wrapped a line: each starts in the margin
        assert t.cell(y, 0).data in (" ", ""), t.text()


def open_light_therapy(t):
    """Home > What is vitiligo? > its second related link, the fixture topic with a figure."""
    t.wait_for("Start here")
    t.send("enter")
    t.wait_for("Key points")
    t.send("tab", "tab", "enter")
    t.wait_for("A week of light therapy")
    t.sync()  # the topic is drawn whole


def test_reader_shows_a_figure_as_drawn_then_its_caption(tui):
    t = tui()
    open_light_therapy(t)
    y, x = t.find("┌───┬───┬───┬───┬───┬───┬───┐")
    assert x == 1
    assert t.row(y + 1)[1:30] == "│ ● │   │ ● │   │ ● │   │   │"
    assert t.row(y + 2)[1:30] == "└───┴───┴───┴───┴───┴───┴───┘"
    assert t.row(y + 3)[1:30] == "1 ────────────────────────→ 7"
    assert t.row(y + 4).startswith(" A week of light therapy: 7 boxes stand for day 1 to day 7.")
    assert t.find("wider window") is None


def test_figure_keeps_its_shape_without_line_drawing_characters(tui):
    """A terminal without line-drawing characters (no acsc) gets the frames and the
    figure in - | + and ASCII arrows, one cell for one, so the shape stays."""
    t = tui(env=tui_env(TERM="sun"))
    open_light_therapy(t)
    y, x = t.find("+---+---+---+---+---+---+---+")
    assert x == 1
    assert t.row(y + 1)[1:30] == "| * |   | * |   | * |   |   |"
    assert t.row(y + 3)[1:30] == "1 ------------------------> 7"
    assert t.row(y + 4).startswith(" A week of light therapy")


def test_a_site_chooses_its_languages_and_their_order(tui):
    t = tui("--languages", "en,zh-HK")
    t.wait_for("Start here")
    assert t.row(0).rstrip().endswith("[繁體中文（香港）]")
    t.send("enter")
    t.wait_for("Key points")
    t.send("l")
    t.wait_for(lambda: t.row(0).rstrip().endswith("[English]"))
    t.wait_for("醫生可以確認診斷。")  # the fixture table: 醫師 -> 醫生 in Hong Kong text
    assert t.find("醫師") is None
    t.send("l")
    t.wait_for(lambda: t.row(0).rstrip().endswith("[繁體中文（香港）]"))
    t.wait_for("A doctor can confirm it.")


def test_a_one_language_site_has_no_language_key(tui):
    t = tui("--languages", "en")
    t.wait_for("Start here")
    assert "[English]" not in t.row(0) and "繁體" not in t.row(0)
    t.send("l")
    t.sync()  # help came and went after l: l was read, and changed nothing
    assert t.find("Start here") is not None and t.find("從這裡開始") is None
