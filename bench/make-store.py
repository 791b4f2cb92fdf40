#!/usr/bin/python3
"""Writes a realistic large content store for the search benchmark.

    bench/make-store.py OUT_DIR [TOPICS] [MEGABYTES]

It copies the bundled store (content/) and adds generated topics until there are
TOPICS (default 1000) and about MEGABYTES (default 20) of JSON.  Generated topics are
made of real English/Chinese paragraph pairs from the bundled topics, so the words,
the bigrams and the mix of languages look like the library's own; each also names a
made-up medicine in both languages, so the vocabulary keeps growing as a real
library's would.  Seeded, so every run writes the same store."""
import json
import pathlib
import random
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "content"


def paragraph_pairs(topics):
    pairs = []
    for t in topics:
        for sec in t["body"]:
            for b in sec["blocks"]:
                if "text" in b:
                    pairs.append((b["text"]["en"], b["text"]["zh-Hant"], t["references"]))
                for it in b.get("items", []):
                    pairs.append((it["en"], it["zh-Hant"], t["references"]))
    return pairs


SYLLABLES = ["ba", "co", "de", "fi", "lo", "mar", "ne", "pra", "qui", "ro", "sa", "ti", "vel", "xa", "zor"]
HAN = "安百倍博昌達德恩芙高弘華佳凱康樂利林美明諾普奇瑞森泰特維欣雅盈優悅澤正"


def medicine(rng, n):
    en = "".join(rng.choice(SYLLABLES) for _ in range(3)) + rng.choice(["nib", "mab", "lone", "stat", "cin"])
    zh = "".join(rng.choice(HAN) for _ in range(3)) + rng.choice(["尼", "單抗", "松", "汀"])
    return f"{en}{n}", zh


def main():
    out = pathlib.Path(sys.argv[1])
    ntopics = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    target = int(float(sys.argv[3]) * 1e6) if len(sys.argv) > 3 else 20_000_000
    rng = random.Random(20261126)
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(SRC, out, ignore=shutil.ignore_patterns("MANIFEST", "*.md"))
    topics = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((SRC / "topics").glob("*.json"))]
    pairs = paragraph_pairs(topics)
    size = sum(p.stat().st_size for p in out.rglob("*.json"))
    extra = ntopics - len(topics)
    for i in range(extra):
        base = topics[i % len(topics)]
        med_en, med_zh = medicine(rng, i)
        budget = (target - size) // max(1, extra - i)
        sections, used = [], 0
        while used < budget or not sections:
            paras = []
            for _ in range(rng.randint(2, 5)):
                chosen = rng.sample(pairs, rng.randint(1, 3))
                en = " ".join(p[0] for p in chosen)
                zh = "".join(p[1] for p in chosen)
                if rng.random() < 0.3:
                    en += f" Ask your doctor whether {med_en} is right for you."
                    zh += f"請問醫師{med_zh}是否適合你。"
                paras.append({"type": "paragraph", "text": {"en": en, "zh-Hant": zh}})
                used += len(en) + len(zh.encode("utf-8")) + 60
            heading = rng.choice(base["body"])["heading"]
            sections.append({"heading": heading, "blocks": paras})
        t = {
            "id": f"gen-{i + 1:04d}",
            "category": base["category"],
            "order": 100 + i,
            "title": {"en": f"{base['title']['en']}: {med_en}", "zh-Hant": f"{base['title']['zh-Hant']}：{med_zh}"},
            "summary": base["summary"],
            "body": sections,
            "keywords": {"en": base["keywords"]["en"][:5] + [med_en], "zh-Hant": base["keywords"]["zh-Hant"][:5] + [med_zh]},
            "references": base["references"],
            "last_reviewed": base["last_reviewed"],
            "next_review": base["next_review"],
        }
        path = out / "topics" / f"{t['id']}.json"
        path.write_text(json.dumps(t, ensure_ascii=False, indent=1), encoding="utf-8")
        size += path.stat().st_size
    print(f"{out}: {len(topics) + extra} topics, {size / 1e6:.1f} MB of JSON")


if __name__ == "__main__":
    main()
