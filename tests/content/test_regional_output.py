"""The bundled content and interface in each Chinese variety, checked against the
regional term table: no word of another variety's column, no 「」 in mainland text,
no character of the other script.

This reads the bundled content on purpose: it checks what patients read.  The
checks are written here again, independently of the program's own
(--check-content): words are compared in Simplified characters made by the opencc
command, and the interface strings are read from the built catalogues with
Python's gettext."""
import functools
import gettext
import json
import re
import subprocess
import tempfile

import pytest

from vetest import ROOT, run

CONTENT = ROOT / "content"
TABLE = json.loads((CONTENT / "regional-terms.json").read_text(encoding="utf-8"))
VARIETIES = ["zh-Hant", "zh-HK", "zh-Hans"]
CATALOGUE = {"zh-Hant": "zh_TW", "zh-HK": "zh_HK", "zh-Hans": "zh_CN"}
SEP = "\u241e"  # a visible separator OpenCC leaves alone


def t2s(texts):
    """OpenCC's Traditional -> Simplified of each text, in one call."""
    out = subprocess.run(["opencc", "-c", "t2s.json"], input=SEP.join(texts), capture_output=True,
                         text=True, check=True).stdout
    return out.split(SEP)


def table_forms():
    """Per row: shared, and each variety's form in Simplified characters."""
    rows = [r for r in TABLE["terms"]]
    flat = t2s([r[v] for r in rows for v in VARIETIES])
    forms = []
    for i, r in enumerate(rows):
        forms.append((r["id"], r.get("shared", False), dict(zip(VARIETIES, flat[i * 3:i * 3 + 3]))))
    return forms


FORMS = table_forms()


def foreign_words(text, variety):
    """(row id, word, whose) for each word of another variety's column in text."""
    simple = text if variety == "zh-Hans" else t2s([text])[0]
    own_spans = []
    for _, _, f in FORMS:
        own = f[variety]
        start = simple.find(own)
        while start >= 0:
            own_spans.append((start, start + len(own)))
            start = simple.find(own, start + 1)
    found = []
    for rid, shared, f in FORMS:
        if shared:
            continue
        for other in VARIETIES:
            word = f[other]
            if other == variety or word == f[variety] or word in f[variety]:
                continue
            start = simple.find(word)
            while start >= 0:
                end = start + len(word)
                if not any(a <= start and end <= b for a, b in own_spans):
                    found.append((rid, word, other, simple[max(0, start - 8):end + 8]))
                start = simple.find(word, start + 1)
    return found


def topic_ids():
    out = run("--list", "--lang", "en").stdout
    return [line.split()[0] for line in out.splitlines() if line.startswith("  ")]


def treatment_ids():
    data = json.loads(run("--treatments", "--json").stdout)
    return [o["id"] for o in data["options"]]


def without_citations(page):
    """The page without its numbered sources: a citation keeps the title as the
    publisher wrote it, in its own language and punctuation."""
    lines, out, skipping = page.splitlines(), [], False
    for line in lines:
        if line.strip() in ("Sources", "資料來源", "资料来源"):
            skipping = True
        elif skipping and not line.strip():
            skipping = False
        if not skipping:
            out.append(line)
    return "\n".join(out)


@functools.lru_cache(maxsize=None)
def everything_shown(variety):
    """Every topic, the treatment list and the comparison of every option."""
    parts = []
    for tid in topic_ids():
        r = run("--show", tid, "--lang", variety, "--width", "300")
        assert r.returncode == 0, r.stderr
        parts.append(without_citations(r.stdout))
    r = run("--treatments", "--lang", variety, "--width", "300")
    parts.append(r.stdout)
    ids = treatment_ids()
    for i in range(0, len(ids), 4):
        group = ids[i:i + 4]
        if len(group) < 2:
            group = ids[:2] + group
        parts.append(run("--compare", ",".join(group), "--lang", variety, "--width", "300").stdout)
    return "\n".join(parts)


def interface_strings(variety):
    mo = ROOT / "build" / "locale" / CATALOGUE[variety] / "LC_MESSAGES" / "vitiligo-explorer.mo"
    with open(mo, "rb") as f:
        catalog = gettext.GNUTranslations(f)._catalog
    return "\n".join(v for k, v in catalog.items() if k)


def test_the_table_has_enough_concepts_and_sources():
    rows = TABLE["terms"]
    assert len(rows) >= 80
    for r in rows:
        if r["kind"] in ("drug", "procedure", "disease"):
            assert r["sources"] or r["note"].startswith("Unconfirmed:"), r["id"]


@pytest.mark.parametrize("variety", VARIETIES)
def test_no_word_of_another_variety_in_the_pages(variety):
    text = everything_shown(variety)
    assert topic_ids() and len(text) > 50000
    found = foreign_words(text, variety)
    assert not found, "\n".join(f"{rid}: {word} ({whose}) in …{ctx}…" for rid, word, whose, ctx in found[:20])


@pytest.mark.parametrize("variety", VARIETIES)
def test_no_word_of_another_variety_in_the_interface(variety):
    found = foreign_words(interface_strings(variety), variety)
    assert not found, "\n".join(f"{rid}: {word} ({whose}) in …{ctx}…" for rid, word, whose, ctx in found[:20])


def test_mainland_text_quotes_with_curly_marks_and_is_all_simplified():
    for text in (everything_shown("zh-Hans"), interface_strings("zh-Hans")):
        assert "「" not in text and "」" not in text
        assert "“" in text
        # OpenCC changes nothing: no Traditional-only character was left behind
        again = t2s([text])[0]
        diff = [(a, b) for a, b in zip(text, again) if a != b]
        assert len(again) == len(text) and not diff, diff[:20]


def opencc_dict(name):
    """One of OpenCC's character dictionaries as {character: [forms]}."""
    with tempfile.TemporaryDirectory() as tmp:
        out = f"{tmp}/{name}.txt"
        subprocess.run(["opencc_dict", "-i", f"/usr/share/opencc/{name}.ocd2", "-o", out, "-f", "ocd2", "-t", "text"],
                       check=True)
        with open(out, encoding="utf-8") as f:
            return {k: v.split(" ") for k, v in (line.rstrip("\n").split("\t") for line in f) if len(k) == 1}


def simplified_only():
    """Characters whose Traditional forms (and their Taiwan and Hong Kong variants)
    never include themselves: 发 (發, 髮), not 干 (幹, 乾, 干) or 床 (牀, Taiwan 床)."""
    st, tw, hk = opencc_dict("STCharacters"), opencc_dict("TWVariants"), opencc_dict("HKVariants")
    out = set()
    for c, forms in st.items():
        every = set(forms)
        for f in forms:
            every.update(tw.get(f, []), hk.get(f, []))
        if c not in every:
            out.add(c)
    return out


@pytest.mark.parametrize("variety", ["zh-Hant", "zh-HK"])
def test_traditional_text_has_no_simplified_character(variety):
    # the language button names 简体中文 in its own script, in every language
    text = (everything_shown(variety) + interface_strings(variety)).replace("简体中文", "")
    only = simplified_only()
    assert "发" in only and "干" not in only and "床" not in only
    bad = sorted({c for c in text if c in only})
    assert not bad, bad


def test_the_three_varieties_say_the_same_numbers():
    counts = {}
    for v in VARIETIES:
        counts[v] = sorted(re.findall(r"\d+(?:\.\d+)?", everything_shown(v)))
    assert counts["zh-HK"] == counts["zh-Hant"]
    assert counts["zh-Hans"] == counts["zh-Hant"]
