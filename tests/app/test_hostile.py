"""Hostile data and broken files through the app: shown literally, nothing injected, never a traceback."""

import re

import pytest

from tests.app.conftest import copied, html_text
from tests.conftest import BAD_FILES, HOSTILE_RELEASE

PAGES = ["overview", "markup", "more", "figures", "source", "corrections", "briefing"]
RAW_MARKUP = re.compile(r"<script>alert|<img src=x|<b>Markup|<i>Publisher")


def markdown_sources(at) -> list[str]:
    """Every piece of Markdown the app sent: titles, headers, buttons, notices, page links."""
    texts = [
        e.value
        for kind in ("title", "header", "subheader", "markdown", "warning", "error", "caption")
        for e in getattr(at, kind)
    ]
    # Tile labels carry our own Markdown (**value**, *action*): take it off before looking at the data.
    texts += [
        re.sub(r"^\*\*|\*\*(?=  $)|^\*Source and citation ›\*$", "", line)
        for b in at.button
        for line in b.label.splitlines()
    ]
    texts += [b.help for b in at.button]
    texts += [e.value for e in at.page_link]
    return texts


@pytest.mark.parametrize("url_path", PAGES)
def test_every_page_shows_hostile_text_literally(app, url_path):
    at = app(data_file=HOSTILE_RELEASE, url_path=url_path, query={"figure": "parks", "slide": "2"})
    assert not at.exception, [e.value for e in at.exception]
    html = html_text(at)
    assert not RAW_MARKUP.search(html), RAW_MARKUP.search(html)
    for text in markdown_sources(at):
        # In Markdown every active character from the data arrives escaped: no raw $, *, _, <, [ or :.
        assert not re.search(
            r"(?<!\\)[$*_<\[]|(?<!\\):smile",
            text.replace("**Cite**", "")
            .replace("**Copy link**", "")
            .replace("**The sentence in the release**", "")
            .replace("**Other figures from this sentence**", ""),
        ), text
    # the figure's sentence, escaped: in the drill-down, or on the projector where ?figure= presents it
    assert "12 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; parks" in html


def test_drill_down_escapes_the_sentence_and_marks_the_figure(app):
    at = app(data_file=HOSTILE_RELEASE, query={"figure": "parks"})
    html = html_text(at)
    assert "<mark>12 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; parks</mark>" in html
    assert "at $5 and $6 *each* _today_." in html
    codes = copied(at)
    assert any(
        "“The district opened 12 <script>alert('x')</script> parks at $5 and $6 *each* _today_.”" in c for c in codes
    )  # the citation to copy shows the text literally
    assert "12 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; parks at $5" in html  # escaped in its block


@pytest.mark.parametrize("bad_file", BAD_FILES, ids=[f.name for f in BAD_FILES])
def test_every_bad_file_gives_a_page_naming_it(app, bad_file):
    at = app(data_file=bad_file)
    assert not at.exception
    assert at.title[0].value == "The figures cannot be shown"
    assert bad_file.name in at.error[0].value.replace("\\", "")
    assert bad_file.name in html_text(at)


@pytest.mark.parametrize("param", ["figure", "slide"])
@pytest.mark.parametrize(
    "value",
    [
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "x" * 5000,
        "../../etc/passwd",
        "$x$ *y* _z_",
        "%00",
        "' OR 1=1 --",
    ],
)
def test_hostile_query_values_give_a_notice(app, param, value):
    at = app(url_path="briefing" if param == "slide" else "economy", query={param: value})
    assert not at.exception
    assert len(at.warning) == 1 and value not in at.warning[0].value
    assert not at.get("dialog")
