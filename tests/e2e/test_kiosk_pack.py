"""Kiosk mode on a content pack whose one topic body is damaged: that topic opens the
"temporarily unavailable" page, never an empty one, and the rest keep working."""
import struct
import subprocess

from ve_tui import FIXTURE_STORE
from vetest import BINARY, clean_env, fix_pack_sums, pack_layout


def damaged_pack(tmp_path):
    pack = tmp_path / "content.pack"
    subprocess.run([str(BINARY), "--content", str(FIXTURE_STORE), "--write-pack", str(pack)], check=True,
                   env=clean_env(), timeout=60)
    data = bytearray(pack.read_bytes())
    data_at, secs = pack_layout(data)
    struct.pack_into("<I", data, data_at + secs["BODY"][0], 0xFFFFFF)  # the first topic's body: a bad word count
    pack.write_bytes(fix_pack_sums(data))
    return pack


def test_a_damaged_topic_in_a_pack_says_it_is_unavailable_and_the_rest_work(tui, tmp_path):
    t = tui("--kiosk", "--config", "/dev/null", "--content", str(damaged_pack(tmp_path)))
    t.wait_for("Press any key")
    t.send(" ")
    t.wait_for("Start here")
    y, x = t.find("What is vitiligo?")
    t.click(y, x + 2)
    t.wait_for("temporarily unavailable because its file is damaged")
    assert t.row(1).strip() == "What is vitiligo?"
    t.send("\x1b")  # back to the home screen
    t.wait_for("The Koebner phenomenon")
    y, x = t.find("The Koebner phenomenon")
    t.click(y, x + 2)
    if t.find("What it is") is None:  # a category of its own: its one topic
        t.wait_for("1. The Koebner phenomenon")
        t.send("\r")
    t.wait_for("What it is")  # the body of another topic, read from the same pack
    assert "temporarily unavailable" not in t.text()


def test_damaged_search_postings_are_said_on_the_search_line_not_hidden(tui, tmp_path):
    pack = tmp_path / "content.pack"
    subprocess.run([str(BINARY), "--content", str(FIXTURE_STORE), "--write-pack", str(pack)], check=True,
                   env=clean_env(), timeout=60)
    data = bytearray(pack.read_bytes())
    data_at, secs = pack_layout(data)
    blob = data_at + secs["INDX"][0]
    off, count = struct.unpack_from("<II", data, blob + 48 + 8 * 5)  # src/search/index_io.h: A_POST
    data[blob + off:blob + off + count] = b"\xff" * count  # varints that never end
    pack.write_bytes(fix_pack_sums(data))
    t = tui("--content", str(pack))
    t.wait_for("Start here")
    t.send("/")
    t.wait_for("Search:")
    t.send("light")
    t.wait_for("search index is damaged, so some results may be missing")
