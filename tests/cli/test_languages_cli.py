"""The four reading languages from the command line, the environment and the site's
list, against the fixture store (whose regional table swaps 醫師, 窄波 and 雷射)."""
import pytest

from vetest import FIXTURE_STORE, clean_env, run


def show(*args, env=None):
    return run("--content", str(FIXTURE_STORE), "--show", "light-therapy", "--width", "200", *args, env=env)


@pytest.mark.parametrize("how", [("--lang", "zh-HK"), ("--lang", "zh_HK"), ("--lang", "zh_MO"), ("--lang", "zh-Hant-HK")])
def test_hong_kong_from_the_command_line(how):
    out = show(*how).stdout
    assert out.splitlines()[0] == "光療（窄頻紫外線）"       # the table: 窄波 -> 窄頻
    assert "窄頻紫外線可在數月內令白斑逐漸回復顏色。" in out  # the author's own Hong Kong text
    assert "有些激光診所改用「激光」。" in out                # Hong Kong keeps 「」


@pytest.mark.parametrize("locale,first", [("zh_HK.UTF-8", "光療（窄頻紫外線）"), ("zh_TW.UTF-8", "光療（窄波紫外線）"),
                                          ("zh_CN.UTF-8", "光疗（窄谱紫外线）"), ("en_GB.UTF-8", "Light therapy (NB-UVB)")])
def test_each_variety_from_the_environment(locale, first):
    out = show(env=clean_env(LANG=locale)).stdout
    assert out.splitlines()[0] == first


def test_mainland_text_has_curly_quotes_and_mainland_words():
    out = show("--lang", "zh-Hans").stdout
    assert "有些激光诊所改用“激光”。" in out
    assert "「" not in out and "雷射" not in out


@pytest.mark.parametrize("bad,message", [
    ("en,fr", "--languages: \"fr\" is not a language; use en, zh-Hant, zh-HK or zh-Hans"),
    ("zh_TW,zh-Hant", "--languages: \"zh-Hant\" is listed twice (as zh-Hant); list each language once"),
    (",", "--languages: no language listed"),
])
def test_a_bad_language_list_is_one_clear_line(bad, message):
    r = run("--content", str(FIXTURE_STORE), "--languages", bad, "--list")
    assert r.returncode == 2
    assert message in r.stderr and r.stderr.count("\n") == 1


def test_the_start_language_must_be_one_the_site_offers(tmp_path):
    r = run("--content", str(FIXTURE_STORE), "--languages", "en,zh-HK", "--lang", "zh-Hans", env=clean_env())
    assert r.returncode == 2
    # said in the language asked for, naming it and the site's list
    assert "语言 zh-Hans 不在这个场所提供的语言里（en, zh-HK）" in r.stderr and r.stderr.count("\n") == 1
    r = run("--content", str(FIXTURE_STORE), "--languages", "zh-HK", "--lang", "en", env=clean_env())
    assert "the language en is not one of the site's languages (zh-HK); add it to languages" in r.stderr
    conf = tmp_path / "kiosk.conf"
    conf.write_text("languages = en, zh-HK\nlang = zh-Hant\n", encoding="utf-8")
    r = run("--content", str(FIXTURE_STORE), "--config", str(conf), env=clean_env())
    assert r.returncode == 2
    assert "語言 zh-Hant 不在這個場所提供的語言裡（en, zh-HK）" in r.stderr
