"""Pasted text and escape sequences the terminal description does not know: a paste is
text, never commands, and an unknown sequence is dropped whole instead of being replayed
as Esc (Back) followed by keys (screen-test M4)."""
from ve_tui import tui_env

PASTE_ON = b"\x1b[?2004h"
PASTE_OFF = b"\x1b[?2004l"


def open_first_topic(t):
    t.wait_for("Start here")
    t.send("enter")
    t.wait_for("Key points")


def test_vt100_pgdn_never_goes_back_or_opens_an_item(tui):
    # vt100's description has no PgDn; the emulator still sends xterm's ESC [ 6 ~, which
    # used to become Esc (Back), then "6" (the home screen's item 6)
    t = tui(env=tui_env(TERM="vt100"))
    open_first_topic(t)
    top = (t.row(0), t.row(1))
    for seq in ("\x1b[6~", "\x1b[5~", "\x1b[1;5C", "\x1bOx", "\x1b[4~"):
        t.send(seq)
        t.send("?")  # a known screen after the sequence proves it was read
        t.wait_for(lambda: "Help" in t.row(0))
        t.send("esc")
        t.wait_for(lambda: (t.row(0), t.row(1)) == top)
    assert t.child.isalive()


def test_bracketed_paste_is_turned_on_and_off(tui):
    t = tui()
    t.wait_for("Start here")
    assert PASTE_ON in t.raw
    t.send("q")
    t.child.expect("\x1b\\[\\?2004l", timeout=5)


def test_a_paste_with_esc_q_goes_into_search_and_does_not_quit(tui):
    t = tui()
    t.wait_for("Start here")
    t.send("/")
    t.wait_for("Search:")
    t.send("\x1b[200~white patches\x1bq\x1b[31m here\r\n\x1b[201~")
    t.wait_for("Search: white patches here")
    t.send("\x0c")  # Ctrl-L after the paste: had its Esc q been a key, the program would be gone
    t.wait_for(lambda: t.child.isalive() and t.find("Search: white patches here") is not None)
    assert t.child.isalive()
    assert t.find("Search: white patches here") is not None
    # typing goes on after the paste
    t.send("x")
    t.wait_for("Search: white patches here x")


def test_an_unbracketed_colour_code_or_alt_key_in_search_is_dropped(tui):
    # a terminal without bracketed paste sends the bytes as they are
    t = tui()
    t.wait_for("Start here")
    t.send("/")
    t.wait_for("Search:")
    t.send("x\x1b[31my")
    t.wait_for("Search: xy")
    t.send("\x1bq")  # Alt-q, or a pasted Esc and q at once: not Esc, then q
    t.send("z")
    t.wait_for("Search: xyz")
    assert t.child.isalive()


def test_a_paste_outside_a_text_box_does_nothing(tui):
    t = tui()
    t.wait_for("Start here")
    before = t.text()
    t.send("\x1b[200~6q/l\x1b[201~")
    t.send("?")  # a known screen after the paste proves the paste was read
    t.wait_for(lambda: "Help" in t.row(0))
    t.send("esc")
    t.wait_for("Start here")
    assert t.text() == before  # no item opened, no language changed
    assert t.child.isalive()


def test_a_lone_esc_still_goes_back(tui):
    t = tui()
    open_first_topic(t)
    t.send("esc")
    t.wait_for("Start here")
