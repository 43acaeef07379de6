"""Inputs curators and hosts really produce: each gets a clear message or the right page, never a traceback."""

import pytest

from indicators.cli import main
from tests.app.conftest import html_text
from tests.conftest import copy_release

PAGES = [None, "growth", "green", "figures", "source", "corrections", "briefing"]


def exponent(data):
    """A derived value written in full, in exponent form, as a curator writing full-form values may."""
    data["indicators"].append(
        {
            "id": "big-number",
            "label": "A derived amount",
            "value": 1.0e16,
            "unit": "yuan",
            "pillar": "growth",
            "derived": True,
            "note": "Ten quadrillion, a test.",
            "quote": "Exports grew by 12.5% over the year before.",
            "figure": "Exports grew",
        }
    )


def test_a_value_in_exponent_form_validates_and_shows(tmp_path, app, capsys):
    path = copy_release(tmp_path, exponent)
    assert "value: 1.0e+16" in path.read_text()  # YAML wrote it in exponent form
    assert main(["validate", str(path)]) == 0
    at = app(data_file=path, query={"figure": "big-number"})
    assert not at.exception
    assert '<strong class="figure-number">10,000,000,000,000,000</strong>' in html_text(at)


@pytest.mark.parametrize("url_path", PAGES)
def test_a_release_with_no_figures_yet_opens_every_page_and_says_so(tmp_path, app, url_path):
    path = copy_release(tmp_path, lambda data: data.update(indicators=[], charts=[]))
    at = app(data_file=path, url_path=url_path)
    assert not at.exception, [e.value for e in at.exception]
    if url_path is None:
        assert "This release has no figures yet" in at.info[0].value
    if url_path == "growth":
        assert "No figures in this pillar yet" in at.info[0].value


def test_a_folder_given_as_the_data_file_names_it(tmp_path, app):
    at = app(data_file=tmp_path)
    assert not at.exception
    assert at.title[0].value == "The figures cannot be shown"
    assert "this is a folder, not a file" in html_text(at)


def test_the_error_page_shows_no_path_of_the_server(app, tmp_path, bad):
    """A broken file is named as the data's own path (data/indicators.yaml), never the server's absolute one."""
    import shutil

    folder = tmp_path / "srv" / "private" / "data"
    folder.mkdir(parents=True)
    shutil.copy(bad("syntax-error.yaml"), folder / "indicators.yaml")
    at = app(data_file=folder / "indicators.yaml")
    shown = " ".join(
        [e.value for e in at.error]
        + [h.value for h in at.html]
        + [t.value for t in at.title]
        + [m.value for m in at.markdown]
    )
    assert "indicators.yaml" in shown and str(tmp_path) not in shown and "/srv/private" not in shown
