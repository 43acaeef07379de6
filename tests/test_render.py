"""HTML from templates with autoescape: literal whatever the data holds, the figure's words marked."""

import re
import shutil

import pytest
import yaml

from indicators import load
from indicators.outputs.render import paragraph_html, release_text_html, render, stylesheet
from indicators.view.urls import figure_link
from tests.conftest import OTHER_RELEASE, view_of


def sentence_html(view):
    return render("sentence.html", view=view)


def figure_card_html(view):
    return render("figure_card.html", view=view, level=2, link=None)


def test_sentence_marks_exactly_the_figure_words(release):
    figure = release.by_id["major-industrial-projects-investment"]
    html = sentence_html(view_of(release).by_id[figure.id])
    assert re.findall(r"<mark>(.*?)</mark>", html) == ["120 billion yuan"]
    assert re.sub(r"<[^>]+>", "", html) == figure.quote


def test_quotes_inside_figures_are_escaped(release):
    html = sentence_html(view_of(release).by_id["ai-office-items"])
    assert "<mark>27 &#34;AI-backed intelligent office&#34; items</mark>" in html


def test_the_card_keeps_qualifier_unit_and_caveat(release):
    html = figure_card_html(view_of(release).by_id["elderly-care-coverage"])
    assert '<strong class="figure-number">100%</strong>' in html
    assert "Derived, not stated: The release says &#39;full coverage of streets and towns&#39;" in html
    html = figure_card_html(view_of(release).by_id["major-projects-investment-since-2016"])
    assert '<span class="figure-qualifier">more than</span> <strong class="figure-number">80</strong>' in html


def test_paragraph_carries_its_heading(release):
    html = paragraph_html(view_of(release), view_of(release).by_id["river-chief-water-bodies"])
    assert html.startswith('<p class="source-heading" lang="en"><strong>II. Build a livable')
    assert "<mark>953 water bodies</mark>" in html and "The detailed “block chief” system 3.0" in html


def test_whole_release_links_every_figure(release):
    html = release_text_html(view_of(release), href=figure_link)
    links = re.findall(r'href="\?figure=([a-z0-9-]+)"', html)
    assert sorted(links) == sorted(f.id for f in release.figures)
    text = re.sub(r"<[^>]+>", "", html.replace("\n", " "))
    assert "Sanlinqiao" in text and "could-based" in text


def test_the_stylesheet_comes_from_the_theme():
    from indicators.outputs import theme

    css = stylesheet("dashboard", "slides")
    assert f"background: {theme.MARK}" in css and "{{" not in css
    assert f"font-size: {theme.PROJECTOR.sentence}px" in css


@pytest.fixture
def hostile(tmp_path):
    """A release whose text and labels hold markup, maths and Markdown."""
    shutil.copytree(OTHER_RELEASE.parent, tmp_path / "release")
    source = tmp_path / "release" / "source" / "riverside-2021-03-02.txt"
    marked = "Nine new <script>alert('x')</script> parks opened $x$ *a* _b_"
    source.write_text(source.read_text().replace("Nine new parks opened", marked))
    path = tmp_path / "release" / "indicators.yaml"
    data = yaml.safe_load(path.read_text())
    for item in data["indicators"]:
        if item["id"] in ("new-parks", "riverbank-length"):
            item["quote"] = f"{marked} along 14 kilometres of riverbank."
        if item["id"] == "new-parks":
            item["figure"] = "Nine new <script>alert('x')</script> parks"
            item["label"] = "<img src=x onerror=alert('x')> $x$ parks"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    return load(path)


def test_markup_in_the_release_is_shown_not_run(hostile):
    briefing = view_of(hostile)
    view = briefing.by_id["new-parks"]
    for html in (
        sentence_html(view),
        figure_card_html(view),
        paragraph_html(briefing, view),
        release_text_html(briefing, href=figure_link),
    ):
        assert "<script>" not in html and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
        assert "$x$ *a* _b_" in html
        assert "<img" not in html
