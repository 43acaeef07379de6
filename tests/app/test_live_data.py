"""Officials edit the data while the dashboard runs: edits show on the next load; broken edits lose nothing."""

import os
import shutil

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.conftest import html_text
from tests.conftest import OTHER_RELEASE, ROOT


@pytest.fixture
def live_file(tmp_path, monkeypatch):
    shutil.copytree(OTHER_RELEASE.parent, tmp_path / "release")
    path = tmp_path / "release" / "indicators.yaml"
    monkeypatch.setenv("INDICATORS_FILE", str(path))
    return path


def rewrite(path, old, new):
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))
    stat = path.stat()  # a new mtime even within the file system's timestamp resolution
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def test_an_edit_shows_on_the_next_load(live_file):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert any("New projects signed so far in 2021" in b.label for b in at.button)
    rewrite(live_file, "label: New projects signed so far in 2021", "label: Projects signed so far in 2021")
    at.run()
    assert any("Projects signed so far in 2021" in b.label for b in at.button) and not at.warning


def test_a_broken_edit_keeps_the_last_good_data_under_a_warning(live_file):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    rewrite(live_file, "    value: 42\n", "    value: 24\n")  # a value its words do not state
    at.run()
    assert not at.exception
    assert len(at.warning) == 1 and "indicators.yaml" in at.warning[0].value
    html = html_text(at)
    assert "indicators.yaml:19: error [new-projects]: value 24 does not agree" in html
    assert any(b.label.startswith("**42**") for b in at.button)  # the last good value, not the broken 24
    assert at.title[0].value.startswith("Press Release on the Development of Riverside District")
    rewrite(live_file, "    value: 24\n", "    value: 42\n")
    at.run()
    assert not at.warning


def test_broken_yaml_and_a_deleted_file_also_keep_the_last_good_data(live_file):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    rewrite(live_file, "pillars:\n", "pillars: [\n")
    at.run()
    assert "YAML syntax error" in html_text(at) and len(at.warning) == 1
    assert at.title[0].value.startswith("Press Release on the Development")
    live_file.unlink()
    at.run()
    assert "does not exist" in html_text(at) and at.title[0].value.startswith("Press Release on the Development")


def test_an_edit_to_the_release_text_that_breaks_a_quote_keeps_the_last_good_data(live_file):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    source = live_file.parent / "source" / "riverside-2021-03-02.txt"
    rewrite(source, "Nine new parks opened", "Nine new parks were opened")
    at.run()
    assert not at.exception
    assert len(at.warning) == 1 and "indicators.yaml" in at.warning[0].value
    assert "[new-parks]: the quote is not in the release text verbatim" in html_text(at)
    assert at.title[0].value.endswith("in figures")  # the last good data, still on screen
    rewrite(source, "Nine new parks were opened", "Nine new parks opened")
    at.run()
    assert not at.warning
