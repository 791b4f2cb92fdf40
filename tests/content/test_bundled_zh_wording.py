"""Bundled Chinese text that was corrected after the round-3 Chinese review stays
corrected: restrictions and warning-sign lists keep their scope, sunbeds are never
allowed "with a plan", the US FDA is not named with Taiwan's agency word, hair
follicles are not pores, and 它/它們 or 「得了白癜風時」 calques do not come back."""
import json

from vetest import ROOT

CONTENT = ROOT / "content"
FILES = sorted((CONTENT / "topics").glob("*.json")) + sorted((CONTENT / "treatments").glob("*.json")) + [
    CONTENT / "glossary.json"]


def texts(node):
    if isinstance(node, dict):
        if isinstance(node.get("en"), str) and isinstance(node.get("zh-Hant"), str):
            yield node
        for value in node.values():
            yield from texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from texts(value)


def page(name):
    return list(texts(json.loads((CONTENT / name).read_text(encoding="utf-8"))))


def all_texts():
    for f in FILES:
        for t in texts(json.loads(f.read_text(encoding="utf-8"))):
            yield f.name, t


def test_children_light_treatment_keeps_the_only_for_restriction():
    hits = [t for t in page("topics/children.json") if "keep light treatment of larger areas" in t["en"]]
    assert hits and all("只在" in t["zh-Hant"] and "才讓兒童做較大範圍的光療" in t["zh-Hant"] for t in hits)


def test_jak_warning_signs_each_count_on_their_own():
    hits = [t for t in page("topics/oral-jak-inhibitors.json") if "night sweats" in t["en"]]
    assert hits
    for t in hits:
        assert "any of these" in t["en"]
        assert "以下任何一種情況" in t["zh-Hant"] and "如果發燒、夜間盜汗或咳嗽一直不好" not in t["zh-Hant"]


def test_grafting_half_stays_with_generalized_vitiligo():
    for name in ("topics/surgical-grafting.json", "treatments/surgical-grafting.json"):
        hits = [t for t in page(name) if "at least half of people with" in t["en"]]
        assert hits, name
        for t in hits:
            zh = t["zh-Hant"]
            assert "泛發型" in zh and zh.index("泛發型") < zh.index("至少對一半的人有效"), name


def test_no_sunbeds_with_a_plan_and_no_misleading_terms():
    for where, t in all_texts():
        en, zh = t["en"], t["zh-Hant"]
        assert "sunbeds or a home UV lamp without" not in en, where
        assert "sunbeds, or a UV lamp without" not in en, where
        assert "不要用日曬機或家用紫外線燈" not in zh, where
        assert "食品藥物管理署" not in zh and "美國 FDA" not in zh, where
        assert "毛孔" not in zh, where
        assert "得了白癜風時" not in zh and "得了白癜風，" not in zh, where
        assert "它們" not in zh and "它是" not in zh, where
        assert "避免 口服" not in zh and "而你的正在" not in zh, where
        assert "分之 " not in zh, where
    rec = json.loads((CONTENT / "treatments" / "mini-pulse-steroids.json").read_text(encoding="utf-8"))
    assert "較高劑量" not in rec["how_it_works"]["zh-Hant"] and "strong dose" not in rec["how_it_works"]["en"]


def test_one_term_per_concept():
    gloss = {g["id"]: g for g in json.loads((CONTENT / "glossary.json").read_text(encoding="utf-8"))["terms"]}
    assert gloss["confetti-depigmentation"]["term"]["zh-Hant"] == "紙屑樣白點"
    assert gloss["trichrome-vitiligo"]["term"]["zh-Hant"] == "三色白斑"
    for where, t in all_texts():
        assert "去色素治療" not in t["zh-Hant"] and "生活影響分數" not in t["zh-Hant"], where
        assert "他克莫司軟膏" not in t["zh-Hant"], where
