"""With no --content the program opens the pack beside its content folder, unless the
pack is missing or was made before the folder's MANIFEST changed (an edit after make):
then it reads the folder, with one line saying why and how to rebuild
(src/cli/content_source.c).  A copy of the binary in a scratch tree, whose content is
the fixture store, so the source tree's own pack is never touched."""
import shutil
import subprocess

import pytest

from vetest import BINARY, FIXTURE_STORE, ROOT, clean_env


@pytest.fixture
def tree(tmp_path):
    shutil.copy(BINARY, tmp_path / "vitiligo-explorer")
    shutil.copytree(FIXTURE_STORE, tmp_path / "content")
    manifest = subprocess.run([str(ROOT / "tools" / "make-manifest.sh"), str(tmp_path / "content")],
                              capture_output=True, text=True, check=True).stdout
    (tmp_path / "content" / "MANIFEST").write_text(manifest)
    (tmp_path / "build").mkdir()
    made = run(tmp_path, "--write-pack", str(tmp_path / "build" / "content.pack"))
    assert made.returncode == 0, made.stderr
    return tmp_path


def run(tree, *args):
    return subprocess.run([str(tree / "vitiligo-explorer"), *args], capture_output=True, text=True,
                          env=clean_env(), cwd="/")


def test_the_default_pack_is_opened_quietly(tree):
    r = run(tree, "--list")
    assert r.returncode == 0 and r.stdout and r.stderr == ""


def test_a_pack_made_before_the_manifest_changed_is_not_used(tree):
    listed = run(tree, "--list").stdout
    manifest = tree / "content" / "MANIFEST"
    manifest.write_text(manifest.read_text().replace("  ", "  ./", 1))  # any change to the file
    r = run(tree, "--list")
    assert r.returncode == 0 and r.stdout == listed
    assert "was changed after the content pack" in r.stderr and "--write-pack" in r.stderr
    assert r.stderr.count("\n") == 1


def test_a_missing_pack_is_said_once_and_the_folder_is_read(tree):
    listed = run(tree, "--list").stdout
    (tree / "build" / "content.pack").unlink()
    r = run(tree, "--list")
    assert r.returncode == 0 and r.stdout == listed
    assert "there is no content pack at" in r.stderr and r.stderr.count("\n") == 1
