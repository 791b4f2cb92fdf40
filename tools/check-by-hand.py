#!/usr/bin/python3
"""Checks the hand corrections of a regional catalogue (locale/by-hand/CODE.po).

Each correction carries the zh_TW translation it was made for, as a comment:

    #. zh_TW: 說明
    msgid "Help"
    msgstr "帮助"

When that zh_TW translation has changed since, the correction may no longer say
the same thing: it is reported with its line, and the catalogue is not made.
usage: check-by-hand.py BY_HAND.po ZH_TW_NO_WRAP.po
"""
import ast
import sys


def entries(path):
    """(line, msgid, msgstr, zh_TW comment) of each entry; one-line strings only."""
    out, comment, line_no = [], None, 0
    key, parts = None, {}
    def flush():
        if "msgstr" in parts and "msgid" in parts:
            out.append((line_no, parts["msgid"], parts["msgstr"], parts.get("comment")))
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#. zh_TW: "):
                flush()
                parts, key = {"comment": line[len("#. zh_TW: "):]}, None
            elif line.startswith("msgid "):
                if "msgstr" in parts:
                    flush()
                    parts = {}
                key, line_no = "msgid", n
                parts["msgid"] = ast.literal_eval(line[6:])
            elif line.startswith("msgstr "):
                key = "msgstr"
                parts["msgstr"] = ast.literal_eval(line[7:])
            elif line.startswith('"') and key:
                parts[key] += ast.literal_eval(line)
            else:
                key = None
        flush()
    return out


def main():
    by_hand, taiwan = sys.argv[1], sys.argv[2]
    tw = {msgid: msgstr for _, msgid, msgstr, _ in entries(taiwan)}
    bad = 0
    for line, msgid, msgstr, comment in entries(by_hand):
        if msgid == "":
            continue
        if comment is None:
            print(f"{by_hand}:{line}: the correction of {msgid!r} does not say which zh_TW translation it "
                  f"corrects; add a line '#. zh_TW: ...' above it", file=sys.stderr)
            bad += 1
        elif msgid not in tw:
            print(f"{by_hand}:{line}: {msgid!r} is no longer a message of the program; remove the correction",
                  file=sys.stderr)
            bad += 1
        elif tw[msgid] != comment:
            print(f"{by_hand}:{line}: the zh_TW translation of {msgid!r} changed from {comment!r} to "
                  f"{tw[msgid]!r}; check this correction and update its '#. zh_TW:' line", file=sys.stderr)
            bad += 1
    sys.exit(1 if bad else 0)


main()
