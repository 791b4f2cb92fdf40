"""A damaged topic in kiosk mode (screen-test M5): it stays in its own category under
its real title, marked "temporarily unavailable", and opens the page that says so,
never an empty page."""
import shutil

from ve_tui import FIXTURE_STORE, no_row_overflows


def test_a_cut_short_topic_keeps_its_place_and_says_it_is_unavailable(tui, tmp_path):
    store = tmp_path / "content"
    shutil.copytree(FIXTURE_STORE, store)
    koebner = store / "topics" / "koebner.json"
    data = koebner.read_bytes()
    koebner.write_bytes(data[:700])  # cut short, inside a Chinese character
    t = tui("--kiosk", "--config", "/dev/null", "--content", str(store))
    t.wait_for("Press any key")
    t.send(" ")
    t.wait_for("Start here")
    y, x = t.find("The Koebner phenomenon")  # its own category, on the home screen
    t.click(y, x + 2)
    t.wait_for("(temporarily unavailable)")
    t.sync()  # the category is drawn whole
    y, x = t.find("(temporarily unavailable)")
    assert "The Koebner phenomenon" in t.row(y), t.text()  # its real title
    t.click(y, x + 2)
    t.wait_for("temporarily unavailable because its file is damaged")
    assert t.row(1).strip() == "The Koebner phenomenon"
    assert t.find("Last reviewed .") is None  # not the empty page with blank dates
    no_row_overflows(t)
    t.send("l")
    t.wait_for("同形反應（Koebner 現象）")
    t.wait_for("這個主題暫時無法使用")
