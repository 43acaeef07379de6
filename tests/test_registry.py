"""Every output, every figure: what a reader reads is true wherever it is read.

The test walks the registry of outputs (indicators/outputs/registry.py), renders each for every briefing of the
Baoshan release, the test library and the edge releases, in every language each is shown in, and reads every
piece of text a reader or a crawler reads: a page's <title>, every meta content, alt, aria-label and title
attribute, the iframe title in the embed code, JSON-LD, each figure's element, CSV and XLSX rows, JSON records, feed
entries, the cards' and charts' texts, the press pack's PDF text. Wherever a figure's value is shown, the same piece
of text says "derived" for a derived figure, keeps its bound, shows its unit, and says the year is so far for a
figure of a year still running. A new output is covered by registering it: an output whose kind of file no reader
here reads fails the test.
"""

from __future__ import annotations

import csv
import io
import json
import re
from html import unescape
from html.parser import HTMLParser

import openpyxl
import pytest
from pypdf import PdfReader

from indicators import load
from indicators.checks.library_check import load_library
from indicators.model.library import Library
from indicators.outputs.pack import press_pack_html
from indicators.outputs.registry import OUTPUTS, Output, Rendering, subjects
from indicators.outputs.site import Site
from indicators.outputs.tables import COLUMNS
from indicators.view.figure_view import FigureView
from indicators.view.urls import ShareSite
from tests.conftest import EDGE_RELEASE, HOSTILE_RELEASE, OTHER_RELEASE, REAL_DATA, published_library

SHARE = ShareSite("https://figures.example.org/baoshan")
PRINTED = {"baoshan-2020-08-13", "edgeworth-2024-05-01"}  # the press pack is printed for these; read as HTML elsewhere


class Units(HTMLParser):
    """The reader-visible text of an HTML page, in units: (the figure it is about, or None, the text)."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.units: list[tuple[str | None, str]] = []
        self.stack: list[tuple[str, str | None]] = []  # open elements, with the figure each is about
        self.texts: dict[int, list[str]] = {}  # open figure elements' text, by their place in the stack
        self.title: list[str] | None = None
        self.script: str | None = None
        self.copy_text: list[str] | None = None
        self.scripts: list[str] = []  # the scripts that run (JSON-LD is data, not among them)
        self.titles: list[str] = []
        self.attributes: set[str] = set()  # every attribute name any element carries
        self.feed(html)
        self.close()

    def about(self) -> str | None:
        return next((figure for _, figure in reversed(self.stack) if figure), None)

    def handle_starttag(self, tag, attrs):
        self.attributes |= {name.lower() for name, _ in attrs}
        attrs = dict(attrs)
        figure = attrs.get("data-figure") or attrs.get("data-embed")
        for name in ("content", "alt", "aria-label", "title"):
            if attrs.get(name):
                self.units.append((figure or self.about(), attrs[name]))
        if tag in ("br", "meta", "link", "img", "input"):
            return
        self.stack.append((tag, figure))
        if figure:
            self.texts[len(self.stack)] = []
        if tag == "title":
            self.title = []
        if tag == "script":
            self.script = attrs.get("type") or "text/javascript"
            if self.script != "application/ld+json":
                self.scripts.append("")
        if "copy-text" in (attrs.get("class") or ""):
            self.copy_text = []

    def handle_endtag(self, tag):
        if tag == "title" and self.title is not None:
            self.units.append((None, "".join(self.title)))
            self.titles.append("".join(self.title))
            self.title = None
        if tag == "script":
            self.script = None
        if tag == "p" and self.copy_text is not None:
            text = "".join(self.copy_text)
            if "<iframe" in text:  # the embed code, read as the newsroom's page will read it
                inner = Units(text)
                self.units += [(figure or self.about(), value) for figure, value in inner.units]
                self.embeds = getattr(self, "embeds", []) + [inner]
            self.copy_text = None
        while self.stack:
            open_tag, figure = self.stack.pop()
            depth = len(self.stack) + 1
            if figure and depth in self.texts:
                self.units.append((figure, " ".join(self.texts.pop(depth))))
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.title is not None:
            self.title.append(data)
        if self.copy_text is not None:
            self.copy_text.append(data)
        if self.script is not None:
            if self.script != "application/ld+json":
                self.scripts[-1] += data
            else:
                document = json.loads(data)
                measured = document.get("variableMeasured", {})
                about = document.get("identifier")
                for text in (document.get("name"), measured.get("description")):
                    if text:
                        self.units.append((about, text))
            return
        for texts in self.texts.values():
            texts.append(data)


def _squash(text: str) -> str:
    return " ".join(unescape(text).split())


def _mentions(text: str, value: str) -> bool:
    return re.search(rf"(?<![\w.,]){re.escape(value)}(?![\d\w])", text) is not None


def check_unit(view: FigureView, text: str, where: str) -> None:
    """A piece of text that shows the figure's value says what a reader must be told beside it."""
    said = _squash(text)
    for verbatim in (view.sentence, view.words):  # the release's own words stand as they are
        said = said.replace(verbatim, " ")
    if not _mentions(said, view.value):
        return
    if view.derived:
        assert view.mark in said, f"{where}: {view.id} is derived, but {said!r} does not say so"
    if view.qualifier:
        assert view.qualifier in said, f"{where}: {view.id} is bounded ({view.qualifier}), but {said!r} drops it"
    if view.unit:
        assert view.unit in said or view.label in said, f"{where}: {view.id}'s unit is missing from {said!r}"
    if view.so_far:
        assert view.label in said or "so far" in said, f"{where}: {view.id} is a year so far, but {said!r} hides it"


def check_figure_units(rendering: Rendering, units, page_figure: str | None, where: str) -> int:
    """Every unit about a figure (a page's head is about its page's figure) checked; how many were."""
    checked = 0
    for figure_id, text in units:
        figure_id = figure_id or page_figure
        view = rendering.briefing.by_id.get(figure_id) if figure_id else None
        if view is not None:
            check_unit(view, text, where)
            checked += 1
    return checked


def read_html(rendering: Rendering, output: Output, subject, content: str, where: str) -> int:
    units = Units(content)
    page_figure = subject.id if output.scope == "figure" else None
    return check_figure_units(rendering, units.units, page_figure, where)


def read_rows(rendering: Rendering, rows: list[dict], where: str) -> int:
    named = {rendering.language.gettext(column): column for column in COLUMNS}  # CSV and XLSX name them for readers
    rows = [{named.get(key, key): value for key, value in row.items()} for row in rows]
    for row in rows:
        view = rendering.briefing.by_id[row["id"]]
        check_unit(view, f"{row['display']} {row['label']}", where)
        assert view.derived == (str(row["derived"]).lower() == "true"), where
    return len(rows)


def read(rendering: Rendering, output: Output, subject) -> int:
    """Render one output for one subject and check every unit a reader reads; how many units were checked."""
    where = f"{rendering.briefing.release_id}/{rendering.language.code}/{output.name}" + (
        f"/{getattr(subject, 'id', getattr(subject, 'old_id', ''))}" if subject is not None else ""
    )
    if output.plot is not None:
        plot, _ = output.plot(rendering, subject)
        if output.scope == "figure":  # a card: its texts together
            texts = " ".join(a.text for a in plot.layout.annotations)
            check_unit(subject, re.sub(r"<[^>]+>", " ", texts), where)
            return 1
        axis = plot.layout.xaxis.title.text or ""
        labels = [a.text for a in plot.layout.annotations if a.name == "bar-label"]
        for trace in plot.data:
            if trace.customdata is None:
                continue
            for index, row in enumerate(trace.customdata):
                view = rendering.briefing.by_id[row[0]]
                label = labels[index] if index < len(labels) else ""
                text = f"{trace.text[index] if trace.text is not None else ''} {axis} {label} {row[3]}"
                check_unit(view, re.sub(r"<[^>]+>", " ", text.replace("<br>", " ")), where)
        return len(labels)
    if output.name == "press-pack" and rendering.briefing.release_id not in PRINTED:
        html = press_pack_html(rendering.briefing, rendering.chart_svgs, rendering.today, rendering.site.share)
        return read_html(rendering, output, subject, html, where)
    content = output.render(rendering, subject)
    media = output.media_type
    if media == "text/html":
        return read_html(rendering, output, subject, content, where)
    if media == "text/csv":
        return read_rows(rendering, list(csv.DictReader(io.StringIO(content.decode("utf-8-sig")))), where)
    if media == "application/json":
        return read_rows(rendering, json.loads(content)["figures"], where)
    if media.endswith("spreadsheetml.sheet"):
        sheet = openpyxl.load_workbook(io.BytesIO(content))["figures"]
        header, *rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
        names = dict(zip(header, ("id", "label", "value", "value_to", "unit", "qualifier", "display", "derived")))
        records = [{names.get(k, k): v for k, v in zip(header, row)} for row in rows]
        return read_rows(rendering, records, where)
    if media == "application/atom+xml":
        import feedparser

        feed = feedparser.parse(content)
        assert not feed.bozo, (where, feed.bozo_exception)
        checked = 0
        for entry in feed.entries:
            figure_id = entry.link.rstrip("/").rsplit("/", 1)[-1]
            if figure_id in rendering.briefing.by_id:
                check_unit(rendering.briefing.by_id[figure_id], f"{entry.title} {entry.summary}", where)
                checked += 1
        return checked
    if media == "application/pdf":
        text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
        squashed = re.sub(r"\s+", "", text)
        for view in rendering.briefing.figures:
            assert re.sub(r"\s+", "", view.marked) in squashed, f"{where}: {view.id}'s value line {view.marked!r}"
        return len(rendering.briefing.figures)
    pytest.fail(f"{output.name}: no reader for {media}; teach this test to read it")


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, Site]:
    library = published_library(tmp_path_factory.mktemp("library"))
    return {
        "baoshan": Site(Library.of_one(load(REAL_DATA)), SHARE, "https://dash.example.org/"),
        "library": Site(load_library(library), SHARE),
        "edge": Site(Library.of_one(load(EDGE_RELEASE)), SHARE),
        "other": Site(Library.of_one(load(OTHER_RELEASE)), SHARE),
    }


@pytest.mark.parametrize("name", ["baoshan", "library", "edge", "other"])
@pytest.mark.parametrize("output", OUTPUTS, ids=lambda o: o.name)
def test_every_output_says_what_every_figure_is(sites, name, output):
    site = sites[name]
    checked = 0
    for briefing in site.briefings():
        rendering = Rendering(site, briefing)
        for subject in subjects(output, rendering):
            checked += read(rendering, output, subject)
    shows_figures = output.scope == "figure" or output.name in (
        "snapshot",
        "csv",
        "json",
        "xlsx",
        "slides",
        "press-pack",
    )
    if (
        shows_figures
        or output.scope == "chart"
        and name == "baoshan"
        or output.name == "corrections"
        and name == "baoshan"
    ):
        assert checked, f"{output.name} on {name}: nothing a reader reads was checked"


def test_the_four_derived_figures_carry_their_mark_in_every_head_and_the_embed_code(sites):
    site = sites["baoshan"]
    briefing = site.view(site.library.current)
    derived = [view for view in briefing.figures if view.derived]
    assert len(derived) >= 4
    share = next(o for o in OUTPUTS if o.name == "share-page")
    embed = next(o for o in OUTPUTS if o.name == "embed")
    for view in derived:
        page = Units(share.render(Rendering(site, briefing), view))
        head = dict.fromkeys(text for figure, text in page.units if figure in (None, view.id))
        titles = [text for text in head if text.startswith(view.full)]
        assert len(titles) >= 5, titles  # <title>, og:title, twitter:title, og:image:alt, the iframe's title
        assert all(view.mark in text for text in titles), titles
        iframe = [text for inner in page.embeds for _, text in inner.units]
        assert iframe and all(view.mark in text for text in iframe)
        assert view.mark in Units(embed.render(Rendering(site, briefing), view)).titles[0]


# Every output escapes for its context: a label holding quotes, markup and an event handler stays text -------------

HOSTILE_LABEL = """Parks "opened" 2020" onload="alert(document.domain)// & <b>'bold'</b>"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    import shutil

    import yaml

    folder = tmp_path_factory.mktemp("hostile")
    shutil.copytree(HOSTILE_RELEASE.parent, folder / "release")
    path = folder / "release" / "indicators.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["indicators"][0]["label"] = HOSTILE_LABEL
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return Site(Library.of_one(load(path)), SHARE)


@pytest.mark.parametrize("output", [o for o in OUTPUTS if o.text], ids=lambda o: o.name)
def test_every_output_escapes_a_hostile_label_for_its_context(hostile_site, output):
    briefing = hostile_site.view(hostile_site.library.current)
    rendering = Rendering(hostile_site, briefing)
    for subject in subjects(output, rendering):
        content = output.render(rendering, subject)
        text = content.decode("utf-8-sig") if isinstance(content, bytes) else content
        if output.media_type == "text/html":
            units = Units(text)
            handlers = {name for name in units.attributes if name.startswith("on")}
            assert not handlers, (output.name, handlers)  # no attribute of any element runs script
            assert all("alert(" not in script for script in units.scripts), output.name
            for inner in getattr(units, "embeds", []):  # the code a newsroom pastes, parsed as its page will
                assert not {name for name in inner.attributes if name.startswith("on")}
                assert not inner.scripts or "alert(" not in inner.scripts[0]
                if subject.id == "parks":  # its title holds the label whole: quotes and all, as text
                    assert any(HOSTILE_LABEL in value for _, value in inner.units), inner.units
            if output.scope == "figure" and subject.id == "parks":
                assert any(HOSTILE_LABEL in value for _, value in units.units), output.name
        elif output.media_type == "application/json":
            assert json.loads(text)["figures"][0]["label"] == HOSTILE_LABEL
        elif output.media_type == "text/csv":
            assert next(csv.DictReader(io.StringIO(text)))["label"] == HOSTILE_LABEL
        elif output.media_type == "application/atom+xml":
            from xml.etree import ElementTree

            ElementTree.fromstring(text.encode("utf-8"))  # well-formed, whatever the labels hold
