"""Release text as HTML: literal whatever it holds, the figure's words marked."""

import re
import shutil

import pytest
import yaml

from indicators import load
from indicators.highlight import marked_sentence_html, paragraph_html, release_html
from tests.conftest import OTHER_RELEASE


def test_sentence_marks_exactly_the_figure_words(briefing):
    html = marked_sentence_html(briefing.by_id["major-industrial-projects-investment"])
    assert re.findall(r"<mark>(.*?)</mark>", html) == ["120 billion yuan"]
    assert re.sub(r"<[^>]+>", "", html) == briefing.by_id["major-industrial-projects-investment"].quote


def test_quotes_inside_figures_are_escaped(briefing):
    html = marked_sentence_html(briefing.by_id["ai-office-items"])
    assert "<mark>27 &quot;AI-backed intelligent office&quot; items</mark>" in html


def test_paragraph_carries_its_heading(briefing):
    html = paragraph_html(briefing, briefing.by_id["river-chief-water-bodies"])
    assert html.startswith('<p class="source-heading"><strong>II. Build a livable')
    assert "<mark>953 water bodies</mark>" in html and "The detailed “block chief” system 3.0" in html


def test_whole_release_links_every_figure(briefing):
    html = release_html(briefing)
    links = re.findall(r'href="\?figure=([a-z0-9-]+)"', html)
    assert sorted(links) == sorted(f.id for f in briefing.figures)
    text = re.sub(r"<[^>]+>", "", html.replace("\n", " "))
    assert "Sanlinqiao" in text and "could-based" in text


@pytest.fixture
def hostile(tmp_path):
    """A release whose text and labels hold markup, maths and Markdown."""
    shutil.copytree(OTHER_RELEASE.parent, tmp_path / "release")
    source = tmp_path / "release" / "source" / "riverside-2021-03-02.txt"
    text = source.read_text().replace("Nine new parks opened", "Nine new <script>alert('x')</script> parks opened $x$ *a* _b_")
    source.write_text(text)
    path = tmp_path / "release" / "indicators.yaml"
    data = yaml.safe_load(path.read_text())
    for item in data["indicators"]:
        if item["id"] in ("new-parks", "riverbank-length"):
            item["quote"] = "Nine new <script>alert('x')</script> parks opened $x$ *a* _b_ along 14 kilometres of riverbank."
        if item["id"] == "new-parks":
            item["figure"] = "Nine new <script>alert('x')</script> parks"
            item["label"] = "<img src=x onerror=alert('x')> $x$ parks"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    return load(path)


def test_markup_in_the_release_is_shown_not_run(hostile):
    figure = hostile.by_id["new-parks"]
    for html in (marked_sentence_html(figure), paragraph_html(hostile, figure), release_html(hostile)):
        assert "<script>" not in html and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
        assert "$x$ *a* _b_" in html
    assert "<img" not in release_html(hostile)
