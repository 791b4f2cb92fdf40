"""Search quality on the bundled content: for each realistic patient query in
queries.tsv, is an acceptable topic among the first three results?  Prints recall@3
and fails below 90 %.

A glossary card or a treatment option counts for the topic it links to ("topic" in
glossary.json and treatments/*.json): it is one step from that topic."""
import json
import os
import pathlib
import subprocess

from vetest import BINARY, ROOT, clean_env

QUERIES = pathlib.Path(__file__).resolve().parent / "queries.tsv"
CONTENT = ROOT / "content"
THRESHOLD = 0.90


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
    return links


def top3(query):
    binary = os.environ.get("VE_BIN") or str(BINARY)
    p = subprocess.run([binary, "--content", str(CONTENT), "--search", query, "--limit", "3", "--json"],
                       capture_output=True, text=True, env=clean_env(), timeout=60)
    assert p.returncode in (0, 1), f"{query!r}: exit {p.returncode}: {p.stderr}"
    return json.loads(p.stdout) if p.stdout.strip() else []


def test_recall_at_3():
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
    print(f"\nsearch recall@3: {recall:.1%} ({found} of {len(cases)} queries)")
    if misses:
        print("misses:\n" + "\n".join(misses))
    assert recall >= THRESHOLD, f"recall@3 {recall:.1%} is below {THRESHOLD:.0%}"
