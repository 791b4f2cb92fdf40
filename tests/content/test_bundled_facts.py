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


def _rounding_ok(n, d, p):
    """The rounding rule of content/README.md: the words stay close to the figure."""
    if d != 10:
        return abs(n / d * 100 - p) <= 3
    if p < 7 or 12.5 < p < 18:
        return False
    if p < 20:
        return n in (1, 2) and abs(n * 10 - p) <= 3
    if 24 <= p <= 26 or 32 <= p <= 35 or 65 <= p <= 68 or p == 75:
        return False
    return abs(p - n * 10) <= 5


def test_natural_frequencies_follow_the_rounding_rule():
    seen = 0
    for where, t in all_texts():
        en = t["en"]
        pairs = [(int(m.group(1)), int(m.group(2)), float(m.group(3)))
                 for m in re.finditer(r"about (\d+) in (\d+)\b[^()]{0,40}\((\d+(?:\.\d+)?)%\)", en)]
        pairs += [(int(m.group(2)), int(m.group(3)), float(m.group(1)))
                  for m in re.finditer(r"(\d+(?:\.\d+)?)% \(about (\d+) in (\d+)\)", en)]
        for n, d, p in pairs:
            seen += 1
            assert _rounding_ok(n, d, p), f"{where}: {p}% given as about {n} in {d}: {en}"
    assert seen > 20


def _sentences(s):
    return [x.strip() for x in re.split(r"(?<=[.;])\s+", s) if len(x.split()) >= 4]


def test_situation_notes_and_compare_cells_say_each_sentence_once():
    for f in sorted((CONTENT / "treatments").glob("*.json")):
        rec = json.loads(f.read_text(encoding="utf-8"))
        seen = {}
        for i, rule in enumerate(rec.get("rules", [])):
            for s in _sentences(rule["reason"]["en"]):
                assert s not in seen, f"{f.name}: rules {seen.get(s)} and {i} both say {s!r}"
                seen[s] = i
        icons = rec.get("side_effects_icons")
        if icons:
            for s in _sentences(rec["side_effects"]["en"]):
                words = set(re.findall(r"[a-z0-9]+", s.lower()))
                other = set(re.findall(r"[a-z0-9]+", icons["text"]["en"].lower()))
                assert len(words & other) < 0.7 * len(words), f"{f.name}: side effects repeat the dots: {s!r}"
        comp = rec.get("chance", {}).get("comparator")
        if comp:
            assert "placebo" not in rec["chance"]["text"]["en"].lower() or "placebo" not in comp["text"]["en"].lower(), \
                f"{f.name}: the placebo figure is given twice in the chance cell"


def test_round3_corrections_stay():
    topic = lambda name: (CONTENT / "topics" / f"{name}.json").read_text(encoding="utf-8")
    rec = lambda name: json.loads((CONTENT / "treatments" / f"{name}.json").read_text(encoding="utf-8"))
    for name in ("where-to-get-help", "feelings-and-support"):
        page = json.loads(topic(name))
        for key in ("116 123", "NHS 111", "988", "911"):
            assert key in topic(name), f"{name}: no {key}"
        for ref in ("HELP-UK-999-111", "HELP-UK-SAMARITANS", "HELP-US-988"):
            assert ref in page["references"], f"{name}: {ref} not cited"
    assert "before combining it with light treatment" in topic("calcineurin-inhibitors")
    tci = rec("calcineurin-inhibitors")
    assert "before combining it with light treatment" in tci["involves"]["en"]
    assert any(r["when"].get("age") == ["teen"] and "0.03%" in r["reason"]["en"] for r in tci["rules"])
    assert all(not r["reason"]["en"].startswith("Research only") for r in rec("msc-therapy")["rules"])
    assert "Research only" in rec("msc-therapy")["default"]["reason"]["en"]
    assert "Adult trials" not in rec("topical-steroids")["chance"]["text"]["en"]
    assert "sold where you live" in json.dumps(rec("ruxolitinib-cream")["rules"])
    assert "3 tablets are in vitiligo trials" not in topic("oral-jak-inhibitors")
    assert "Our sources cover 3 tablets" in topic("oral-jak-inhibitors")
    assert "2003 report" in topic("surgical-grafting")
    assert "2003 report" in json.dumps(rec("surgical-grafting")["rules"])
    assert "as of August 2025" in topic("about-this-guide")
    assert "second-hand" in topic("how-common") and "2024 report" in topic("children")
    assert "whole-body NB-UVB" in topic("excimer-light")
    assert "S73" not in json.loads(topic("surgical-grafting"))["references"]
    gloss = json.loads((CONTENT / "glossary.json").read_text(encoding="utf-8"))["terms"]
    assert any(t["id"] == "eczema" for t in gloss)
