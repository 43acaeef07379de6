"""The briefing pack: the slides in one file that asks no host for anything, and an A4 press pack that holds
every figure, its sentence and label, with fonts embedded; sound for any valid release."""

from __future__ import annotations

import datetime as dt
import io
import re
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from indicators import load
from indicators.model.library import Library
from indicators.outputs.export import MANIFEST, ExportRefused, export
from indicators.outputs.pack import PackUnavailable, offline_slides_html, press_pack_html, press_pack_pdf, print_pdf
from indicators.outputs.render import css_string
from indicators.outputs.slides import build_slides
from indicators.view.urls import ShareSite
from tests.conftest import EDGE_RELEASE, OTHER_RELEASE, REAL_DATA, copy_release, tree, view_of

SHARE = ShareSite("https://figures.example.org/baoshan")
A4 = (595.0, 842.0)  # points
MADE = dt.date(2026, 11, 29)


def _squashed(text: str) -> str:
    """Text without whitespace: a PDF's extracted text breaks lines where the page did."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def baoshan_pack(tmp_path_factory):
    release = load(REAL_DATA)
    folder = tmp_path_factory.mktemp("pack")
    path = print_pdf(press_pack_html(view_of(release), {}, MADE, SHARE), folder / "press-pack.pdf")
    return release, path


def test_the_slides_file_asks_no_host_for_anything(briefing):
    html = offline_slides_html(briefing, SHARE, {})
    assert "default-src 'none'" in html  # the browser itself refuses any request the file might make
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert not re.search(r"url\((?!data:)", html)  # fonts are data, not fetched
    assert html.count("@font-face") >= 2 and "font/woff2;base64," in html


def test_the_slides_file_holds_every_slide_of_the_briefing(briefing):
    slides = build_slides(briefing, SHARE)
    html = offline_slides_html(briefing, SHARE, {})
    assert html.count('class="slide-frame"') == len(slides)
    assert slides[-1].kind == "closing" and slides[-1].link == "https://figures.example.org/baoshan/"
    figure_slides = [s for s in slides if s.kind == "figure"]
    assert figure_slides and all(s.link == SHARE.figure_page(s.figures[0].id) for s in figure_slides)
    assert html.count('alt="QR code for https://figures.example.org/baoshan/figures/') == len(figure_slides)
    assert "Slide 1 of" in html


def test_without_a_share_address_there_is_no_qr_code_and_no_closing_slide(briefing):
    slides = build_slides(briefing)
    assert all(s.link is None for s in slides) and slides[-1].kind != "closing"
    assert "QR code" not in offline_slides_html(briefing, None, {})


def test_a_chart_not_drawn_is_shown_as_its_figures(briefing):
    html = offline_slides_html(briefing, None, {})
    assert 'class="slide-chart-table"' in html
    chart = next(slide.chart for slide in build_slides(briefing) if slide.chart)
    drawn = offline_slides_html(briefing, None, {chart.id: "<svg><text>drawn</text></svg>"})
    assert "<svg><text>drawn</text></svg>" in drawn


def test_the_press_pack_is_a4_with_every_sentence_and_label(baoshan_pack):
    release, path = baoshan_pack
    reader = PdfReader(path)
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == tuple(round(x) for x in A4)
    text = _squashed("".join(page.extract_text() for page in reader.pages))
    for view in view_of(release).figures:
        assert _squashed(view.sentence) in text, view.id
        assert _squashed(view.label) in text, view.id
    assert path.stat().st_size <= 3_000_000


def test_the_press_pack_says_what_it_is_on_every_page(baoshan_pack):
    release, path = baoshan_pack
    reader = PdfReader(path)
    count = len(reader.pages)
    title = _squashed(release.info.title)
    for number, page in enumerate(reader.pages, start=1):
        text = _squashed(page.extract_text())
        assert f"Page{number}of{count}" in text, number
        assert title in text, number
    first = _squashed(reader.pages[0].extract_text())
    for fact in ("BaoshanDistrict", "13August2020", "InformationOfficeofShanghaiMunicipality", "29November2026"):
        assert fact in first
    assert _squashed(release.info.source_url) in first and release.version in first


def test_the_press_pack_embeds_its_fonts(baoshan_pack):
    _, path = baoshan_pack
    fonts = []
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            fonts.append((font.get("/BaseFont"), descriptor))
    assert fonts
    for name, descriptor in fonts:
        descriptor = descriptor.get_object()
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), name


def test_the_press_pack_marks_words_in_black_and_white():
    css = press_pack_html(view_of(load(OTHER_RELEASE)), {}, MADE)
    assert re.search(r"mark \{[^}]*font-weight: 700;[^}]*text-decoration: underline", css)


def test_odd_releases_give_a_sound_pack(tmp_path):
    edge = view_of(load(EDGE_RELEASE))  # no chart, a label of 200 characters, a sentence in Chinese characters
    slides = offline_slides_html(edge, SHARE, {})
    assert "全区新增就业岗位" in slides and edge.figures[0].label in slides
    pdf = print_pdf(press_pack_html(edge, {}, MADE, SHARE), tmp_path / "edge.pdf")
    text = _squashed("".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert "全区新增就业岗位12,500个。" in text and _squashed(edge.figures[0].label) in text
    no_headlines = load(OTHER_RELEASE)
    assert not any(f.headline for f in no_headlines.figures)
    assert "slide-frame" in offline_slides_html(view_of(no_headlines), None, {})
    no_charts = load(copy_release(tmp_path, lambda data: data.pop("charts")))
    assert not no_charts.charts
    print_pdf(press_pack_html(view_of(no_charts), {}, MADE), tmp_path / "no-charts.pdf")
    assert PdfReader(tmp_path / "no-charts.pdf").pages


def test_text_in_a_css_string_cannot_end_the_style():
    assert css_string('A "title" </style><script>') == '"A \\22 title\\22  \\3C /style\\3E \\3C script\\3E "'


def test_without_chromium_the_pack_says_what_to_do(monkeypatch, tmp_path):
    monkeypatch.setenv("BROWSER_PATH", "")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PackUnavailable, match="apt-get install chromium"):
        print_pdf("<p>x</p>", tmp_path / "x.pdf")


def test_the_press_pack_writes_nothing_but_scratch(tmp_path, monkeypatch):
    """The dashboard builds the pack on a click: it may write only in a temporary folder it deletes."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "scratch"))
    (tmp_path / "scratch").mkdir()
    data_before = tree(REAL_DATA.parent)
    pdf = press_pack_pdf(view_of(load(OTHER_RELEASE)), None, MADE)
    assert pdf.startswith(b"%PDF")
    assert list((tmp_path / "scratch").iterdir()) == []  # every scratch folder removed
    assert tree(REAL_DATA.parent) == data_before


def test_an_export_writes_the_pack_and_swaps_in_whole(tmp_path):
    library = Library.of_one(load(OTHER_RELEASE))
    out = tmp_path / "site"
    export(library, out, base_url="https://example.org/riverside/", images=False)
    slides = (out / "slides" / "index.html").read_text(encoding="utf-8")
    figures = [s.figures[0].id for s in build_slides(view_of(library.current)) if s.kind == "figure"]
    for figure_id in figures:  # each figure's slide, a QR code to its share page
        assert f'alt="QR code for https://example.org/riverside/figures/{figure_id}/"' in slides
    assert 'alt="QR code for https://example.org/riverside/"' in slides  # and the closing slide, to the site
    assert 'href="slides/index.html"' in (out / "index.html").read_text(encoding="utf-8")
    (out / "stale.txt").write_text("from an older export")
    export(library, out, images=False)  # over an earlier export: replaced whole
    assert not (out / "stale.txt").exists() and (out / MANIFEST).exists()
    assert [p.name for p in tmp_path.iterdir()] == ["site"]  # no temporary folder left beside it


def test_an_export_into_a_folder_of_other_files_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    before = tree(tmp_path)
    with pytest.raises(ExportRefused, match="holds files no export wrote"):
        export(Library.of_one(load(OTHER_RELEASE)), tmp_path, images=False)
    assert tree(tmp_path) == before


def test_a_failed_export_leaves_the_folder_as_it_was(tmp_path, monkeypatch):
    library = Library.of_one(load(OTHER_RELEASE))
    out = tmp_path / "site"
    export(library, out, images=False)
    before = tree(out)

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("indicators.outputs.registry.offline_slides_html", broken)
    with pytest.raises(OSError):
        export(library, out, base_url="https://example.org/r", images=False)
    assert tree(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_the_pack_has_a_path_on_disk(tmp_path):
    # the slides' own address: a file on a laptop, opened with no server
    path = Path(tmp_path / "slides.html")
    path.write_text(offline_slides_html(view_of(load(OTHER_RELEASE)), None, {}), encoding="utf-8")
    assert path.as_uri().startswith("file://")


@pytest.fixture(scope="module")
def chinese_pack(tmp_path_factory):
    """The press pack in Simplified Chinese, its charts drawn, as the dashboard and the export print it."""
    from indicators.view.language import SIMPLIFIED

    briefing = view_of(load(REAL_DATA), SIMPLIFIED)
    return briefing, PdfReader(io.BytesIO(press_pack_pdf(briefing, SHARE, MADE)))


def test_the_chinese_press_pack_reads_back_in_chinese(chinese_pack):
    briefing, reader = chinese_pack
    text = _squashed("".join(page.extract_text() for page in reader.pages))
    assert not re.search("[\u2f00-\u2fdf\u2e80-\u2eff]", text), "a Kangxi radical stands for a character"
    for view in briefing.figures:
        assert _squashed(view.label) in text and _squashed(view.marked) in text, view.id
    assert "宝山区" in text and "2020年8月13日" in text
    for chart in briefing.charts:  # drawn with its title, not captioned again
        assert text.count(_squashed(chart.title)) == 1, chart.title


def test_the_chinese_press_pack_embeds_the_chinese_characters_it_shows(chinese_pack):
    _, reader = chinese_pack
    chinese = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if "CJK" in str(font.get("/BaseFont")):
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
                chinese[str(font["/BaseFont"])] = "/FontFile2" in descriptor  # the TrueType font itself, embedded
    assert len(chinese) == 2 and all(chinese.values()), chinese  # regular and bold, never Type 3 drawings


def test_the_chinese_slides_carry_their_characters_and_stay_small():
    from indicators.view.language import SIMPLIFIED, TRADITIONAL

    for language in (SIMPLIFIED, TRADITIONAL):
        html = offline_slides_html(view_of(load(REAL_DATA), language), SHARE, {})
        assert html.count('font-family: "Briefing CJK"') == 2  # regular and bold
        assert len(html.encode("utf-8")) < 1_500_000
