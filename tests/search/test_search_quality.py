"""Search quality on the bundled content: for each realistic patient query in
queries.tsv, is an acceptable topic among the first three results?  Prints recall@3
and fails below 90 %.

A glossary card, a treatment option or a common question counts for the topic it links
to ("topic" in glossary.json, treatments/*.json and questions.json): it is one step from
that topic."""
import json
import os
import pathlib
import subprocess

from vetest import BINARY, ROOT, clean_env

QUERIES = pathlib.Path(__file__).resolve().parent / "queries.tsv"
PINYIN_QUERIES = pathlib.Path(__file__).resolve().parent / "pinyin_queries.tsv"
CONTENT = ROOT / "content"
# Measured 98.5 % (130 of 132) on the bundled content; the gate sits 3 points below it,
# so losing 4 or more queries (a real regression: folding, typo correction or the
# ranking switched off) fails.  Raise it when recall improves.
THRESHOLD = 0.955
# Measured 100 % (68 of 68); 3 points below it.
PINYIN_THRESHOLD = 0.97


def load_queries():
    cases = []
    for line in QUERIES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        query, ids = line.split("\t")
        cases.append((query, set(ids.split())))
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


def test_recall_at_3(capsys):
    cases = load_queries()
    assert len(cases) >= 80
    links = linked_topics()
    found, misses = 0, []
    for query, want in cases:
        hits = top3(query)
        got = [h["id"] if h["kind"] == "topic" else links.get((h["kind"], h["id"])) for h in hits]
        if want & set(g for g in got if g):
            found += 1
        else:
            misses.append(f"  {query}: want {' or '.join(sorted(want))}, got "
                          + ", ".join(f"{h['kind']}:{h['id']}" for h in hits))
    recall = found / len(cases)
    with capsys.disabled():  # shown in make check's output, beside the pinyin figure
        print(f"\n  search recall@3: {recall:.1%} ({found} of {len(cases)} queries)", end="")
    if misses:
        print("misses:\n" + "\n".join(misses))
    assert recall >= THRESHOLD, f"recall@3 {recall:.1%} is below {THRESHOLD:.0%}"


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
