"""The offline snapshot, the data files beside it, and the social cards."""

import re
import struct
from html import unescape

import pytest

from indicators import load, theme
from indicators.cli import main
from indicators.export import card_figure, export, snapshot_html
from indicators.present import headlines
from tests.conftest import OTHER_RELEASE


@pytest.fixture(scope="module")
def html(release):
    return snapshot_html(release)


def test_snapshot_holds_every_sentence_and_anchor(release, html):
    text = unescape(re.sub(r"<[^>]+>", "", html))
    for figure in release.figures:
        assert f'id="{figure.id}"' in html
        assert " ".join(figure.quote.split()) in text, figure.id
    assert "Cite as:" in html and "Information Office of Shanghai Municipality" in html
    assert '<a href="http://en.shio.gov.cn/government-news/municipal/6526.shtml">Read the original release</a>' in html
    assert 'id="corrections"' in html and "regional-medical-centres" in html


def test_snapshot_embeds_plotly_once_and_loads_nothing_from_the_network(html):
    assert html.count("<script>") >= 2
    assert len(re.findall(r"plotly\.js v\d", html)) == 1
    ours = re.sub(
        r"<script>.*?plotly\.js v\d.*?</script>", "", html, count=1, flags=re.DOTALL
    )  # plotly.js's own strings
    # nothing is *loaded* from another host (a link to the original release is fine: it is not loaded)
    assert not re.search(r"""src=["']https?://|<link[^>]+href=["']https?://|url\(["']?https?://""", ours)
    assert len(html.encode()) < 8 * 1024 * 1024


def test_scripts_cannot_be_broken_out_of(tmp_path):
    release = load(OTHER_RELEASE)
    figure = release.by_id["new-parks"]
    figure.indicator.__dict__["label"] = "</script><script>alert('x')</script>"
    try:
        html = snapshot_html(release, plotlyjs="")
    finally:
        figure.indicator.__dict__["label"] = "New parks opened"  # the fixture is shared: put it back
    assert "</script><script>alert" not in html
    assert "&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html


def test_card_figure_holds_number_label_sentence_and_source(release):
    figure = release.by_id["fitness-cloud-class-reach"]
    fig = card_figure(release, figure)
    texts = {a.name: a.text for a in fig.layout.annotations}
    assert "<b>5.8</b>" in texts["value"] and texts["unit"] == "million people"
    assert texts["label"].replace("<br>", " ") == figure.label
    assert "benefiting 5.8 million people." in texts["sentence"].replace("<br>", " ")
    assert texts["source"].replace("<br>", " ").startswith("Source: Press Release for Media Briefing")
    assert (fig.layout.width, fig.layout.height) == (theme.CARD["width"], theme.CARD["height"])


def png_size(path):
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.browser  # kaleido draws the cards with Chromium
def test_export_writes_snapshot_data_and_real_cards(release, tmp_path):
    result = export(release, tmp_path / "out")
    names = sorted(p.relative_to(tmp_path / "out").as_posix() for p in result.files)
    cards = sorted(f"cards/{f.id}.png" for f in headlines(release))
    assert names == sorted(["index.html", "figures.csv", "figures.json", "figures.xlsx", *cards])
    for card in cards:
        assert png_size(tmp_path / "out" / card) == (theme.CARD["width"], theme.CARD["height"])
        assert (tmp_path / "out" / card).stat().st_size > 20_000  # drawn, not blank


def test_cli_export_and_its_errors(tmp_path, capsys, bad):
    assert main(["export", "--out", str(tmp_path / "snap"), "--data", str(OTHER_RELEASE), "--no-cards"]) == 0
    assert (tmp_path / "snap" / "index.html").exists() and not (tmp_path / "snap" / "cards").exists()
    assert main(["export", "--out", str(tmp_path / "no"), "--data", str(bad("syntax-error.yaml"))]) == 1
    assert "not exported" in capsys.readouterr().err and not (tmp_path / "no").exists()
