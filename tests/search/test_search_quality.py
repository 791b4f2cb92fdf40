"""Search quality on the bundled content: for each realistic patient query in
queries.tsv, pinyin_queries.tsv and the held-out heldout_queries.tsv, is an acceptable
topic among the first three results?  Prints recall@3, as a whole and by category, and
fails 3 points below what each measured; also prints how many queries are verbatim the
content's own words.

A glossary card, a treatment option or a common question counts for the topic it links
to ("topic" in glossary.json, treatments/*.json and questions.json): it is one step from
that topic."""
import json
import os
import pathlib
import re
import subprocess
import unicodedata

from vetest import BINARY, ROOT, clean_env

QUERIES = pathlib.Path(__file__).resolve().parent / "queries.tsv"
PINYIN_QUERIES = pathlib.Path(__file__).resolve().parent / "pinyin_queries.tsv"
HELDOUT = pathlib.Path(__file__).resolve().parent / "heldout_queries.tsv"
CONTENT = ROOT / "content"
# Measured 98.5 % (130 of 132) on the bundled content; the gate sits 3 points below it,
# so losing 4 or more queries (a real regression: folding, typo correction or the
# ranking switched off) fails.  Raise it when recall improves.
THRESHOLD = 0.955
# Measured 100 % (68 of 68); 3 points below it.
PINYIN_THRESHOLD = 0.97
# Each category of queries.tsv (its "# heading") and of pinyin_queries.tsv (its kind
# column) on its own, each 3 points below its measured recall@3, so losing one kind of
# matching (typo correction, Traditional/Simplified folding, pinyin initials…) fails
# even when the whole still clears its gate.  Measured:
CATEGORY_THRESHOLDS = {
    "English: everyday words": 0.954,               # 63 of 64, 98.4 %
    "misspellings": 0.97,                           # 7 of 7
    "繁體中文": 0.97,                               # 23 of 23
    "简体中文": 0.97,                               # 14 of 14
    "mixed": 0.97,                                  # 4 of 4
    "harder: lay words, whole questions": 0.92,     # 19 of 20, 95.0 %
}
# The held-out set (heldout_queries.tsv), as a whole and by language, 3 points below
# what it measured: 76.2 % (32 of 42); en 19 of 23 (82.6 %), zh-Hant 7 of 12 (58.3 %),
# zh-Hans 6 of 7 (85.7 %).  Lower than the tuned set: that difference is what the
# tuned set's 98.5 % owes to its queries being the content's own words.
HELDOUT_THRESHOLD = 0.732
HELDOUT_CATEGORY_THRESHOLDS = {"en": 0.796, "zh-Hant": 0.553, "zh-Hans": 0.827}
# each kind measured 100 % (full 28, spaced 12, initials 9, tones 8, typo 11)
PINYIN_KIND_THRESHOLDS = {"full": 0.97, "spaced": 0.97, "initials": 0.97, "tones": 0.97, "typo": 0.97}


def load_queries():
    """(query, category, acceptable ids); the category is the "# heading" above it."""
    cases, category = [], None
    for line in QUERIES.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if line.startswith("#"):
            heading = line[1:].strip()
            if heading in CATEGORY_THRESHOLDS:
                category = heading
            continue
        query, ids = line.split("\t")
        cases.append((query, category, set(ids.split())))
    return cases


def linked_topics():
    data = json.loads((CONTENT / "glossary.json").read_text(encoding="utf-8"))
    links = {("glossary", t["id"]): t.get("topic") for t in data["terms"]}
    for f in sorted((CONTENT / "treatments").glob("*.json")):
        t = json.loads(f.read_text(encoding="utf-8"))
        links[("treatment", t["id"])] = t.get("topic")
    questions = CONTENT / "questions.json"
    if questions.exists():  # a common question opens its topic at the section that answers it
        for q in json.loads(questions.read_text(encoding="utf-8"))["questions"]:
            links[("question", q["id"])] = q["topic"]
    return links


def top3(query):
    binary = os.environ.get("VE_BIN") or str(BINARY)
    p = subprocess.run([binary, "--content", str(CONTENT), "--search", query, "--limit", "3", "--json"],
                       capture_output=True, text=True, env=clean_env(), timeout=60)
    assert p.returncode in (0, 1), f"{query!r}: exit {p.returncode}: {p.stderr}"
    return json.loads(p.stdout) if p.stdout.strip() else []


def found_in_top3(query, want, links):
    """Whether an acceptable topic is among the first three results, and a line for a miss."""
    hits = top3(query)
    got = [h["id"] if h["kind"] == "topic" else links.get((h["kind"], h["id"])) for h in hits]
    if want & set(g for g in got if g):
        return True, None
    return False, (f"  {query}: want {' or '.join(sorted(want))}, got "
                   + ", ".join(f"{h['kind']}:{h['id']}" for h in hits))


def measure(cases):
    """cases: (query, category, acceptable ids).  Returns found, {category: [found, of]}, misses."""
    links = linked_topics()
    found, by_cat, misses = 0, {}, []
    for query, cat, want in cases:
        ok, miss = found_in_top3(query, want, links)
        found += ok
        c = by_cat.setdefault(cat, [0, 0])
        c[0] += ok
        c[1] += 1
        if miss:
            misses.append(miss)
    return found, by_cat, misses


def check_categories(by_cat, thresholds, what):
    assert set(by_cat) == set(thresholds), f"{what}: categories {sorted(by_cat)} but gates for {sorted(thresholds)}"
    low = [f"{c} {f}/{n} = {f / n:.1%} < {thresholds[c]:.0%}" for c, (f, n) in by_cat.items() if f / n < thresholds[c]]
    assert not low, f"{what}: " + "; ".join(low)


def test_recall_at_3(capsys):
    cases = load_queries()
    assert len(cases) >= 80
    assert all(cat for _, cat, _ in cases), "every query sits under a category heading"
    found, by_cat, misses = measure(cases)
    recall = found / len(cases)
    with capsys.disabled():  # shown in make check's output, beside the pinyin figure
        print(f"\n  search recall@3: {recall:.1%} ({found} of {len(cases)} queries; "
              + ", ".join(f"{c} {v[0]}/{v[1]}" for c, v in by_cat.items()) + ")", end="")
    if misses:
        print("misses:\n" + "\n".join(misses))
    assert recall >= THRESHOLD, f"recall@3 {recall:.1%} is below {THRESHOLD:.0%}"
    check_categories(by_cat, CATEGORY_THRESHOLDS, "queries.tsv")


def load_pinyin_queries():
    cases = []
    for line in PINYIN_QUERIES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        query, kind, ids = line.split("\t")
        cases.append((query, kind, set(ids.split())))
    return cases


def test_pinyin_recall_at_3(capsys):
    """Hanyu Pinyin typed on a keyboard with no Chinese input method: whole syllables,
    with spaces, initials, tone numbers and typing mistakes."""
    cases = load_pinyin_queries()
    assert len(cases) >= 60
    kinds = {k for _, k, _ in cases}
    assert kinds == {"full", "spaced", "initials", "tones", "typo"}
    links = linked_topics()
    found, misses, by_kind = 0, [], {}
    for query, kind, want in cases:
        hits = top3(query)
        got = [h["id"] if h["kind"] == "topic" else links.get((h["kind"], h["id"])) for h in hits]
        ok = bool(want & set(g for g in got if g))
        found += ok
        k = by_kind.setdefault(kind, [0, 0])
        k[0] += ok
        k[1] += 1
        if not ok:
            misses.append(f"  {query}: want {' or '.join(sorted(want))}, got "
                          + ", ".join(f"{h['kind']}:{h['id']}" for h in hits))
    recall = found / len(cases)
    with capsys.disabled():
        print(f"\n  pinyin search recall@3: {recall:.1%} ({found} of {len(cases)} queries; "
              + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by_kind.items())) + ")", end="")
    if misses:
        print("misses:\n" + "\n".join(misses))
    assert recall >= PINYIN_THRESHOLD, f"pinyin recall@3 {recall:.1%} is below {PINYIN_THRESHOLD:.0%}"
    check_categories(by_kind, PINYIN_KIND_THRESHOLDS, "pinyin_queries.tsv")


def load_heldout():
    cases = []
    for line in HELDOUT.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        query, cat, ids = line.split("\t")
        cases.append((query, cat, set(ids.split())))
    return cases


def test_heldout_recall_at_3(capsys):
    """Queries written after the tuning, never used for it: what a new patient's words
    find, not what the keywords were made to catch."""
    cases = load_heldout()
    assert len(cases) >= 40
    found, by_cat, misses = measure(cases)
    recall = found / len(cases)
    with capsys.disabled():
        print(f"\n  held-out search recall@3: {recall:.1%} ({found} of {len(cases)} queries; "
              + ", ".join(f"{c} {v[0]}/{v[1]}" for c, v in by_cat.items()) + ")", end="")
    if misses:
        print("misses:\n" + "\n".join(misses))
    assert recall >= HELDOUT_THRESHOLD, f"held-out recall@3 {recall:.1%} is below {HELDOUT_THRESHOLD:.0%}"
    check_categories(by_cat, HELDOUT_CATEGORY_THRESHOLDS, "heldout_queries.tsv")


# ---- how much of a query set is the content's own words ------------------------------

def normal(s):
    return re.sub(r"[\s?？.。!！]+$", "", unicodedata.normalize("NFKC", s).casefold().strip())


def content_strings():
    """Every title, keyword, glossary term and alias, treatment name and alias and common
    question of the bundled content, in English, Taiwan Chinese and (through OpenCC t2s,
    as the program makes it) Simplified Chinese, normalised as search compares them."""
    texts = []

    def add(v):
        if isinstance(v, dict):
            for x in v.values():
                add(x)
        elif isinstance(v, list):
            for x in v:
                add(x)
        elif isinstance(v, str):
            texts.append(v)

    for f in sorted((CONTENT / "topics").glob("*.json")):
        t = json.loads(f.read_text(encoding="utf-8"))
        add(t.get("title"))
        add(t.get("keywords"))
    for t in json.loads((CONTENT / "glossary.json").read_text(encoding="utf-8"))["terms"]:
        add(t.get("term"))
        add(t.get("aliases"))
    for f in sorted((CONTENT / "treatments").glob("*.json")):
        t = json.loads(f.read_text(encoding="utf-8"))
        add(t.get("name"))
        add(t.get("aliases"))
    for q in json.loads((CONTENT / "questions.json").read_text(encoding="utf-8"))["questions"]:
        add(q.get("question"))
    simplified = subprocess.run(["opencc", "-c", "t2s.json"], input="\n".join(texts), capture_output=True,
                                text=True, check=True).stdout.split("\n")
    return {normal(x) for x in texts + simplified if x.strip()}


def test_share_of_queries_that_are_the_contents_own_words(capsys):
    """Reports how many queries are verbatim a title, keyword, term, alias, name or common
    question (they measure string identity more than search); the held-out set has none."""
    known = content_strings()
    tuned = [q for q, _, _ in load_queries()] + [q for q, _, _ in load_pinyin_queries()]
    heldout = [q for q, _, _ in load_heldout()]
    same = [q for q, _, _ in load_queries() if normal(q) in known]
    with capsys.disabled():
        print(f"\n  queries.tsv verbatim in the content: {len(same)} of {len(load_queries())} "
              f"({len(same) / len(load_queries()):.1%}); held-out: "
              f"{sum(normal(q) in known for q in heldout)} of {len(heldout)}", end="")
    assert tuned
    assert not [q for q in heldout if normal(q) in known], "a held-out query is the content's own words"
