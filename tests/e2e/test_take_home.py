"""Take home on a real screen: the QR codes are drawn so that a reader gets back the
visit sheet exactly (zbarimg reads a picture made from the captured cells), in
English and Chinese, at 80x24 and at a large kiosk size, in every colour theme and
with NO_COLOR; a window too small for a code offers the sheet code; the sheet code
on screen prints the same sheet at the desk; and saving writes a file named on
screen on a patient's own computer and nothing in kiosk mode."""
import os
import re
import subprocess

import pytest

from qr_screen import have_zbarimg, read_codes
from ve_tui import BINARY, FIXTURE_STORE, tui_env

pytestmark = pytest.mark.skipif(not have_zbarimg(), reason="zbarimg (zbar-tools) is not installed")

TODAY = "2026-12-01"
# fixture store: non-segmental, stable, face, adult, not pregnant, priorities skipped; pick two; questions; take home
TO_CODES = ["t", "1", "2", "1", "6", "3", "3", "6", "1", "2", "d", "p"]
CODE_RE = re.compile(r"VE-[0-9A-Y]{4}-[0-9A-Y]{4}-[0-9A-Y]{4}")
HEADER_RE = re.compile(rb"^\[(\d+)/(\d+)\]\n")
SIZES = [(24, 80), (60, 200)]
LANGS = ["en", "zh-Hant"]


def open_codes(tui, lang, rows, cols, env=None, args=()):
    t = tui("--lang", lang, "--today", TODAY, *args, rows=rows, cols=cols, env=env)
    if "--kiosk" in args:  # a kiosk's first key leaves its welcome screen
        t.wait_for("Press any key")
        t.send(" ")
    t.wait_for(lambda: any(t.find(h) for h in ("Start here", "從這裡開始")))
    for k in TO_CODES:
        t.send(k)
    t.wait_for(lambda: CODE_RE.search(t.text()))
    return t


def desk_sheet(code, *extra):
    r = subprocess.run([str(BINARY), "--content", str(FIXTURE_STORE), "--today", TODAY, "--sheet", code, *extra],
                       capture_output=True, env=tui_env())
    assert r.returncode == 0, r.stderr
    return r.stdout


def read_one(t):
    t.sync()  # help came and went: the keys before it are drawn
    got = read_codes(t.screen)
    assert len(got) == 1, f"no code read; the screen was:\n{t.text()}"
    return got[0]


def read_all(t):
    """Reads code 1, then the next ones (Right) until the numbering ends; returns the
    parts' texts without their "[k/n]" headers."""
    first = read_one(t)
    m = HEADER_RE.match(first)
    if not m:
        return [first]
    n = int(m.group(2))
    parts = [first]
    for k in range(2, n + 1):
        t.send("right")
        part = read_one(t)
        assert HEADER_RE.match(part).group(1) == str(k).encode(), part[:20]
        parts.append(part)
    return [HEADER_RE.sub(b"", p, count=1) for p in parts]


def words(b):
    return b.decode("utf-8").split()


@pytest.mark.parametrize("rows, cols", SIZES)
@pytest.mark.parametrize("lang", LANGS)
def test_the_codes_read_back_as_the_sheet(tui, lang, rows, cols):
    t = open_codes(tui, lang, rows, cols)
    code = CODE_RE.search(t.text()).group(0)
    parts = read_all(t)
    text = b"".join(parts)
    # the sheet exactly: the codes hold it unwrapped, as the desk prints it with --width 0
    assert text == desk_sheet(code, "--width", "0")
    # and the printed sheet says the same, only wrapped (Chinese wraps between characters)
    assert "".join(words(text)) == "".join(words(desk_sheet(code)))
    assert text.decode("utf-8").startswith("Questions for my doctor\n" if lang == "en" else "要問醫師的問題\n")
    assert code.encode() in text
    if rows >= 60:
        assert len(parts) <= 3  # a kiosk-sized window needs few codes (the sheet carries harms and sources)


THEMES = [("normal", 0, None), ("high contrast", 1, None), ("black and white", 2, None), ("NO_COLOR", 0, "1")]


@pytest.mark.parametrize("theme, presses, no_color", THEMES, ids=[t[0] for t in THEMES])
@pytest.mark.parametrize("rows, cols", SIZES)
@pytest.mark.parametrize("lang", LANGS)
def test_every_theme_draws_dark_on_light(tui, lang, rows, cols, theme, presses, no_color):
    t = open_codes(tui, lang, rows, cols, env=tui_env(NO_COLOR=no_color))
    for _ in range(presses):
        t.send("c")
    first = read_one(t)
    code = CODE_RE.search(t.text()).group(0)
    sheet = desk_sheet(code, "--width", "0")
    body = HEADER_RE.sub(b"", first, count=1)
    assert sheet.startswith(body)
    # a dark module is a block glyph drawn in the dark colour on the light one
    y, x = next((y, x) for y in range(rows) for x in range(cols) if t.cell(y, x).data == "\u2588")
    c = t.cell(y, x)
    assert (c.reverse and c.fg == "default" and c.bg == "default") or (c.fg == "black" and c.bg == "white")


def test_a_window_too_small_offers_the_sheet_code(tui):
    t = open_codes(tui, "en", 14, 40)
    t.wait_for("This window is too small")
    code = CODE_RE.search(t.text()).group(0)
    assert b"Questions for my doctor" in desk_sheet(code)
    assert read_codes(t.screen) == []


def test_below_40x12_the_sheet_code_is_still_offered(tui):
    t = open_codes(tui, "en", 24, 80)
    code = CODE_RE.search(t.text()).group(0)
    t.resize(8, 30)
    t.wait_for("Window too small")
    t.wait_for(code)
    assert t.find("Sheet code for the front desk:")


def test_saving_names_the_file_on_screen(tui):
    env = tui_env()
    t = open_codes(tui, "en", 24, 80, env=env)
    code = CODE_RE.search(t.text()).group(0)
    t.send("s")
    name = os.path.join(env["HOME"], f"vitiligo-visit-sheet-{TODAY}.txt")
    t.wait_for("Saved as")
    assert name in re.sub(r"\s*\n\s*", "", t.text()) or t.find(name)
    with open(name, "rb") as f:
        assert f.read() == desk_sheet(code, "--width", "72")
    t.send("s")
    t.wait_for(f"vitiligo-visit-sheet-{TODAY}-2.txt")
    assert sorted(os.listdir(env["HOME"])) == [f"vitiligo-visit-sheet-{TODAY}-2.txt", f"vitiligo-visit-sheet-{TODAY}.txt"]


def test_a_kiosk_writes_nothing(tui):
    env = tui_env()
    t = open_codes(tui, "en", 24, 80, env=env, args=("--kiosk", "--config", "/dev/null"))
    assert "Save to my computer" not in t.text()
    t.send("s")
    t.wait_for("does not save")
    assert os.listdir(env["HOME"]) == []
