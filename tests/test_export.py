"""The static export: snapshot, share pages with link previews, embeds, corrections, data files, cards.

Tests here write the site without images (no Chromium); tests/browser/test_site.py draws them and serves it.
"""

import csv
import json
import re
import shutil
from html import unescape
from html.parser import HTMLParser

import pytest

from indicators import load
from indicators.checks.library_check import load_library
from indicators.cli import main
from indicators.curation.publish import publish
from indicators.model.library import Library
from indicators.outputs.cards import card_plot, sentence_lines
from indicators.outputs.export import export
from indicators.outputs.site import Site, snapshot_html
from tests.conftest import OTHER_RELEASE, REAL_DATA, lanxi, published_ids

BASE = "https://figures.example.org/baoshan"
ADDRESS = "http://en.shio.gov.cn/government-news/municipal/6526.shtml"


class Head(HTMLParser):
    """The tags a link-preview crawler reads, without running anything."""

    def __init__(self, html: str):
        super().__init__()
        self.meta, self.links, self.jsonld, self.sources, self._in_jsonld = {}, {}, [], [], False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            self.meta[attrs.get("property") or attrs.get("name")] = attrs.get("content")
        if tag == "link":
            self.links[attrs.get("rel")] = attrs.get("href")
        if tag == "script":
            self._in_jsonld = attrs.get("type") == "application/ld+json"
            self.sources.append(attrs.get("src"))
        for name in ("src", "srcset"):
            if attrs.get(name):
                self.sources.append(attrs[name])

    def handle_endtag(self, tag):
        self._in_jsonld = False

    def handle_data(self, data):
        if self._in_jsonld:
            self.jsonld.append(json.loads(data))


@pytest.fixture(scope="module")
def site(release, tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    export(Library.of_one(release), folder, base_url=BASE, images=False, dashboard_url="https://dash.example.org/")
    return folder


def test_a_page_per_figure_with_everything_a_link_preview_reads(release, site):
    for figure in release.figures:
        html = (site / "figures" / figure.id / "index.html").read_text(encoding="utf-8")
        head = Head(html)
        page = f"{BASE}/figures/{figure.id}/"
        assert head.links["canonical"] == page and head.meta["og:url"] == page
        assert head.meta["og:image"] == f"{BASE}/cards/{figure.id}.png"
        assert (head.meta["og:image:width"], head.meta["og:image:height"]) == ("1200", "630")
        assert head.meta["twitter:card"] == "summary_large_image"
        assert head.meta["og:description"] == " ".join(figure.quote.split())
        [document] = head.jsonld
        assert document["@type"] == "Dataset" and document["identifier"] == figure.id
        assert document["variableMeasured"]["value"] == figure.value
        assert document["isBasedOn"]["url"] == ADDRESS
        assert len(html.encode()) <= 100_000
        # nothing loaded from another host: the one script is the site's own (its Copy buttons)
        assert {s for s in head.sources if s} == {"../../assets/share.js"}


def test_the_preview_title_carries_the_value_and_the_page_the_marked_sentence(release, site):
    html = (site / "figures" / "family-doctor-signing-rate" / "index.html").read_text(encoding="utf-8")
    assert Head(html).meta["og:title"] == "86.24%: Family-doctor signing rate among key groups"
    assert "<mark>86.24%</mark>" in html
    assert f'<a href="{ADDRESS}">Read the original release</a>' in html
    assert 'href="https://dash.example.org/people?figure=family-doctor-signing-rate"' in html
    assert 'href="../../corrections/"' in html
    assert "Section III.3" in html


def test_the_embed_code_frames_the_figure_card(release, site):
    html = unescape((site / "figures" / "bus-lines" / "index.html").read_text(encoding="utf-8"))
    [code] = re.findall(r"<iframe [^>]+></iframe>", html)
    assert f'src="{BASE}/embed/bus-lines/"' in code and 'title="82 bus lines: Bus lines opened' in code
    embed = (site / "embed" / "bus-lines" / "index.html").read_text(encoding="utf-8")
    assert "<mark>82 new bus lines</mark>" in embed and f'href="{BASE}/figures/bus-lines/" target="_top"' in embed
    assert len(embed.encode()) <= 100_000


def test_every_address_ever_published_answers(release, site):
    moved = (site / "figures" / "regional-medical-centres" / "index.html").read_text(encoding="utf-8")
    assert 'content="0; url=../../figures/regional-medical-center-construction-units/"' in moved
    withdrawn = (site / "figures" / "industrial-cluster-scale" / "index.html").read_text(encoding="utf-8")
    assert "was withdrawn on 27 November 2026" in withdrawn and "hundreds of billions" in withdrawn
    corrections = (site / "corrections" / "index.html").read_text(encoding="utf-8")
    assert (
        corrections.count("<tr") == len(release.corrections) + 1
        and 'href="../figures/riverside-shoreline/"' in corrections
    )


def test_the_snapshot_is_slim_and_links_every_figure_page(release, site):
    html = (site / "index.html").read_text(encoding="utf-8")
    assert len(html.encode()) <= 1_500_000 and "plotly" not in html.lower()
    for figure in release.figures:
        assert f'href="figures/{figure.id}/"' in html
    # without images, each chart is its data
    assert (
        '<figure class="chart" id="chart-traffic-paths">' in html and "<caption>The figures this chart compares" in html
    )


def test_the_snapshot_inlines_chart_images_when_drawn(release, briefing):
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>chart</text></svg>'
    charts = {chart.id: svg for chart in briefing.charts}
    html = snapshot_html(Site(Library.of_one(release)), briefing, charts)
    assert html.count(svg) == 3 and '<div role="img" aria-label="Traffic paths planned, by direction">' in html


def test_any_release_exports_with_no_code_change(tmp_path):
    other = load(OTHER_RELEASE)
    export(Library.of_one(other), tmp_path, base_url="https://example.org/riverside/", images=False)
    page = (tmp_path / "figures" / "park-trees" / "index.html").read_text(encoding="utf-8")
    assert Head(page).meta["og:image"] == "https://example.org/riverside/cards/park-trees.png"
    assert "<mark>800 trees in parks</mark>" in page


def test_markup_in_the_data_stays_text_in_the_pages(tmp_path):
    shutil.copytree(OTHER_RELEASE.parent, tmp_path / "release")
    data = tmp_path / "release" / OTHER_RELEASE.name
    data.write_text(
        data.read_text(encoding="utf-8").replace(
            "label: New parks opened", "label: \"</script><script>alert('x')</script>\""
        ),
        encoding="utf-8",
    )
    export(load_library(data), tmp_path / "site", base_url="https://example.org/r", images=False)
    page = (tmp_path / "site" / "figures" / "new-parks" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "\\u003c/script>\\u003cscript>alert" in page  # JSON-LD stays data
    assert "&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page


def test_cards_keep_the_value_label_and_marked_words(briefing):
    plot = card_plot(briefing, briefing.by_id["fitness-cloud-class-reach"])
    texts = {a.name: a.text for a in plot.layout.annotations}
    assert "<b>5.8</b>" in texts["value"] and texts["unit"] == "million people"
    assert texts["label"].replace("<br>", " ").startswith("People benefiting from online aesthetic")
    assert "5.8 million people" in re.sub(r"<[^>]+>", "", texts["sentence"])
    assert "<b><span" in texts["sentence"]  # the figure's words, marked
    assert (plot.layout.width, plot.layout.height) == (1200, 630)
    assert 1.75 <= plot.layout.width / plot.layout.height <= 2


def test_a_long_sentence_is_cut_around_the_marked_words():
    before, words, after = sentence_lines("a " * 300, "THE WORDS", " b" * 300)
    assert words == "THE WORDS" and before.startswith("…") and after.endswith("…")
    assert len(before) + len(words) + len(after) <= 74 * 4


def test_cli_export_and_its_errors(tmp_path, capsys, bad):
    assert main(["export", "--out", str(tmp_path / "snap"), "--data", str(OTHER_RELEASE), "--no-cards"]) == 0
    assert (tmp_path / "snap" / "index.html").exists() and not (tmp_path / "snap" / "cards").exists()
    assert not (tmp_path / "snap" / "figures").exists()  # share pages need the address they will be served at
    assert main(["export", "--out", str(tmp_path / "no"), "--data", str(bad("syntax-error.yaml"))]) == 1
    assert "not exported" in capsys.readouterr().err and not (tmp_path / "no").exists()
    assert main(["export", "--out", str(tmp_path / "x"), "--base-url", "figures.example.org", "--no-images"]) == 2
    assert "is not an http(s) address" in capsys.readouterr().err


def test_the_share_site_covers_every_briefing_after_a_publish(tmp_path):
    shutil.copytree(REAL_DATA.parent, tmp_path / "data")
    data = tmp_path / "data" / "indicators.yaml"
    for year in (2021, 2022):
        publish(lanxi(year), data, place_change=("Baoshan", "Lanxi"))
    site = tmp_path / "site"
    export(load_library(data), site, base_url="https://example.org/b", images=False)
    before = load(REAL_DATA)
    for figure_id in published_ids():
        page = (site / "figures" / figure_id / "index.html").read_text(encoding="utf-8")
        if figure_id in before.by_id:  # the 2020 figure, with its briefing's date and its way home
            assert f'data-figure="{figure_id}"' in page and "media briefing of 13 August 2020" in page
            assert 'href="../../releases/baoshan-2020-08-13/"' in page
        else:
            assert "url=../../figures/" in page or "was withdrawn" in page
    earlier = (site / "releases" / "baoshan-2020-08-13" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../figures/new-enterprises-per-day/"' in earlier
    assert 'href="../../"' in earlier  # the newest briefing, from the list of every briefing
    newest = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="releases/baoshan-2020-08-13/"' in newest and 'href="releases/lanxi-2021-09-01/"' in newest
    assert (site / "releases" / "baoshan-2020-08-13" / "corrections" / "index.html").exists()
    table = (site / "releases" / "baoshan-2020-08-13" / "figures.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(table.splitlines()))
    assert {row["release_id"] for row in rows} == {"baoshan-2020-08-13"}
    assert {row["briefing_date"] for row in rows} == {"2020-08-13"}
    series_page = (site / "figures" / "water-bodies-river-chiefs-2022" / "index.html").read_text(encoding="utf-8")
    assert "At each briefing" in series_page and 'href="../../figures/water-bodies-river-chiefs-2021/"' in series_page
