"""A new user reaches and reads every topic, in all three languages, at 80x24 —
once by keyboard alone and once by mouse alone."""
import subprocess

import pytest

from ve_tui import BINARY, FIXTURE_STORE

LANGS = ["en", "zh-Hant", "zh-HK", "zh-Hans"]
# What the language button says: the next language in the cycle, in its own words.
BUTTON = {"en": "[English]", "zh-Hant": "[繁體中文（台灣）]", "zh-HK": "[繁體中文（香港）]", "zh-Hans": "[简体中文]"}


def library(lang):
    """[(category title, [topic titles])] as --list prints them for the fixture store."""
    out = subprocess.run([str(BINARY), "--content", str(FIXTURE_STORE), "--list", "--lang", lang],
                         capture_output=True, text=True, check=True, env={"LANG": "C.UTF-8"}).stdout
    cats = []
    for line in out.splitlines():
        if not line:
            continue
        if not line.startswith(" "):
            cats.append((line, []))
        else:
            title = line.split(None, 1)[1].split("  ")[0].strip()  # drop "(start here)"
            cats[-1][1].append(title)
    return cats


def choose_language(t, lang, by_mouse):
    """From English, switch to lang with the key or the title-bar button."""
    for i in range(LANGS.index(lang)):
        before = t.row(0)
        if by_mouse:
            y, x = t.find(BUTTON[LANGS[i + 1]])
            t.click(y, x + 2)
        else:
            t.send("l")
        t.wait_for(lambda: t.row(0) != before)


def find_in_list(t, text):
    """(y, x) of text in the list below the screen's header: a category and its only
    topic may share a title, and only the list entry opens the topic."""
    for y in range(3, t.screen.lines - 1):
        row = [t.screen.buffer[y][x].data for x in range(t.screen.columns)]
        for x in range(t.screen.columns):
            if "".join(c for c in row[x:] if c).startswith(text):
                return y, x
    raise AssertionError(f"{text!r} is not in the list:\n{t.text()}")


def reading(t, title):
    """The reader shows this topic: its title over the double rule, then its text."""
    t.wait_for(lambda: t.row(1).strip() == title and t.row(2).strip().startswith("══"))


@pytest.mark.parametrize("lang", LANGS)
def test_every_topic_by_keyboard_alone(tui, lang):
    t = tui()
    t.wait_for("Compare")
    choose_language(t, lang, by_mouse=False)
    cats = library(lang)
    start_here = 2  # the home list starts with "start here", then "common questions"
    for ci, (cat, topics) in enumerate(cats):
        t.send(str(start_here + ci + 1))
        t.wait_for(lambda: t.row(1).strip() == cat)
        for ti, title in enumerate(topics):
            t.send(str(ti + 1))
            reading(t, title)
            t.send("pgdn", "end")  # read to the end: the footer and the reminder
            t.wait_for(lambda: "2099-11-01" in t.text())
            t.send("esc")
            t.wait_for(lambda: t.row(1).strip() == cat)
        t.send("esc")
        t.wait_for(lambda: t.row(0).split()[0] in ("Home", "首頁", "首页"))


@pytest.mark.parametrize("lang", LANGS)
def test_every_topic_by_mouse_alone(tui, lang):
    t = tui()
    t.wait_for("Compare")
    choose_language(t, lang, by_mouse=True)
    cats = library(lang)
    for cat, topics in cats:
        y, x = t.find(cat)
        t.click(y, x + 1)
        t.wait_for(lambda: t.row(1).strip() == cat)
        for title in topics:
            y, x = find_in_list(t, title)
            t.click(y, x + 1)
            reading(t, title)
            for _ in range(12):  # the wheel reads to the end
                t.wheel(12, 10)
            t.wait_for(lambda: "2099-11-01" in t.text())
            t.click(0, 2)  # [< Back]
            t.wait_for(lambda: t.row(1).strip() == cat)
        t.click(0, 2)
        t.wait_for(lambda: t.row(0).split()[0] in ("Home", "首頁", "首页"))
