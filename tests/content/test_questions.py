"""The bundled common questions (content/questions.json): as many as the screen is
for, the ones patients ask most, plain in both languages, and never a fact that the
topic they open does not give."""
import json
import re
import shutil
import subprocess

import pytest

from vetest import ROOT

CONTENT = ROOT / "content"
QUESTIONS = json.loads((CONTENT / "questions.json").read_text(encoding="utf-8"))["questions"]
MAX_GRADE = 8.0
MAX_HAN_PER_SENTENCE = 25
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def section_text(q, lang):
    topic = json.loads((CONTENT / "topics" / f"{q['topic']}.json").read_text(encoding="utf-8"))
    sec = next(s for s in topic["body"] if s["heading"]["en"] == q["section"])
    parts = [sec["heading"][lang]]
    for b in sec["blocks"]:
        if "text" in b:
            parts.append(b["text"][lang])
        parts.extend(i[lang] for i in b.get("items", []))
    return "\n".join(parts)


def test_between_15_and_25_questions_with_the_ones_patients_ask_most():
    assert 15 <= len(QUESTIONS) <= 25
    ids = {q["id"] for q in QUESTIONS}
    for must in ("contagious", "cancer", "spread", "cure", "children-risk", "sun", "food", "stem-cell-clinics"):
        assert must in ids


@pytest.mark.skipif(shutil.which("style") is None, reason="needs style from the diction package")
def test_english_is_grade_8_or_below(tmp_path):
    f = tmp_path / "questions.txt"
    f.write_text("\n\n".join(q["question"]["en"] + "\n\n" + q["answer"]["en"] for q in QUESTIONS), encoding="utf-8")
    out = subprocess.run(["style", "-L", "en", str(f)], capture_output=True, text=True, check=True).stdout
    grade = float(re.search(r"Kincaid:\s*([-\d.]+)", out).group(1))
    assert grade <= MAX_GRADE, out


@pytest.mark.parametrize("q", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_chinese_sentences_are_short_and_say_as_much(q):
    for field in ("question", "answer"):
        zh, en = q[field]["zh-Hant"], q[field]["en"]
        for s in re.split(r"[。！？]", zh):
            assert len(re.findall(r"[\u3400-\u9fff]", s)) <= MAX_HAN_PER_SENTENCE, s
        if len(en.split()) >= 8:
            assert len(re.findall(r"[\u3400-\u9fff]", zh)) >= len(en.split()) * 0.6, (en, zh)
        # the same numbers in both languages
        assert sorted(NUMBER.findall(en)) == sorted(NUMBER.findall(zh)), (en, zh)
    assert "以下" not in q["answer"]["zh-Hant"] and "高 " not in q["answer"]["zh-Hant"]


@pytest.mark.parametrize("q", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_every_number_comes_from_the_section_it_opens(q):
    """A short answer only repeats its section: a figure the section does not give
    would be a fact with no source on the page the patient is sent to."""
    for lang in ("en", "zh-Hant"):
        section = section_text(q, lang)
        for n in NUMBER.findall(q["answer"][lang]):
            assert n in section, f"{q['id']}: {n} is not in {q['topic']} / {q['section']} ({lang})"


@pytest.mark.parametrize("q", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_sources_come_from_the_topic_it_opens(q):
    topic = json.loads((CONTENT / "topics" / f"{q['topic']}.json").read_text(encoding="utf-8"))
    assert set(q["references"]) <= set(topic["references"]), q["id"]
