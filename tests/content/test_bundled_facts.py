"""Bundled patient text that was corrected after review stays corrected: no false
reassurance about melanoma, every ruxolitinib approval statement carries the EU face
limit and a dated mainland China status, icon arrays draw the number their words say,
and patient text gives no decimal percentages (product strengths excepted)."""
import json
import re

import pytest

from vetest import ROOT

CONTENT = ROOT / "content"
FILES = sorted((CONTENT / "topics").glob("*.json")) + sorted((CONTENT / "treatments").glob("*.json")) + [
    CONTENT / "glossary.json"]


def texts(node, path=""):
    """Every {"en": …, "zh-Hant": …} text in a JSON tree, with where it is."""
    if isinstance(node, dict):
        if isinstance(node.get("en"), str) and isinstance(node.get("zh-Hant"), str):
            yield path, node
        for key, value in node.items():
            yield from texts(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from texts(value, f"{path}[{i}]")


def all_texts():
    for f in FILES:
        for path, t in texts(json.loads(f.read_text(encoding="utf-8"))):
            yield f"{f.parent.name}/{f.name}{path}", t


def test_no_false_reassurance_about_melanoma():
    for where, t in all_texts():
        assert "not melanoma" not in t["en"], where
        assert "但不是黑色素瘤" not in t["zh-Hant"], where
    rux = (CONTENT / "topics" / "ruxolitinib-cream.json").read_text(encoding="utf-8")
    assert "non-melanoma skin cancers" in rux and "new or changing spot" in rux


def test_ruxolitinib_approval_says_the_eu_face_limit_and_dates_mainland_china():
    for where, t in all_texts():
        en, zh = t["en"], t["zh-Hant"]
        if "mainland China" in en and ("not approved" in en or "not in mainland" in en or "not yet" in en):
            assert "2025" in en and "2025" in zh, where
        if re.search(r"approved in the US and (the )?EU", en) and "face" not in en:
            pytest.fail(f"{where}: 'approved in the US and EU' without the EU face limit: {en}")
    rec = json.loads((CONTENT / "treatments" / "ruxolitinib-cream.json").read_text(encoding="utf-8"))
    assert "EU: face" in rec["approved_in"]["en"]
    assert "S34" in rec["chance"]["sources"] and "S34b" not in rec["chance"]["sources"]


def test_icon_arrays_draw_the_number_their_words_say():
    seen = 0
    for f in FILES[:-1]:
        data = json.loads(f.read_text(encoding="utf-8"))
        blocks = []

        def walk(node):
            if isinstance(node, dict):
                if node.get("type") == "icons":
                    blocks.append((node["count"], node["text"]))
                for value in node.values():
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)
        walk(data)
        chance = data.get("chance")
        if chance and "icons" in chance:
            blocks.append((chance["icons"]["count"], chance["text"]))
        for count, text in blocks:
            seen += 1
            en = re.search(r"\b(\d+) in 10\b", text["en"])
            zh = re.search(r"10 (?:人|名兒童|塊白斑|塊)中有 (\d+)", text["zh-Hant"])
            assert en and int(en.group(1)) == count, f"{f.name}: {count} icons, text {text['en']!r}"
            assert zh and int(zh.group(1)) == count, f"{f.name}: {count} icons, text {text['zh-Hant']!r}"
            assert not re.search(r"\b\d+ to \d+ in 10\b", text["en"]), f"{f.name}: a range cannot be drawn"
    assert seen > 10


# a product's strength ("0.03% tacrolimus", "1.5% ruxolitinib") is not a frequency
STRENGTH = re.compile(r"\d+\.\d+% (?:tacrolimus|ruxolitinib|strength)|(?:contains|lists tacrolimus|used tacrolimus|"
                      r"weaker|the) \d+\.\d+%")


def test_no_decimal_percentages_in_patient_text():
    for where, t in all_texts():
        en = STRENGTH.sub("", t["en"])
        assert not re.search(r"\d+\.\d+%", en), f"{where}: {t['en']}"
