"""HTML from Jinja templates with autoescape on, as Datasette renders every page: whatever the data
holds is shown literally, in the dashboard, the snapshot and the share pages alike.

Components hand the result to st.html (never st.markdown, which would read "$...$" in the release as maths).
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from functools import cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from indicators.model.library import Library
from indicators.model.release import Figure, Release
from indicators.outputs import theme
from indicators.reading.periods import date_text
from indicators.view.citations import release_citation
from indicators.view.figure_view import view_of
from indicators.view.series import SERIES_KEY, change_since_previous, series_chart, series_rows


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("indicators.outputs", "templates"),
        autoescape=select_autoescape(["html"]),  # the stylesheet (.css) holds no data
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.globals["theme"] = theme.css_values()
    env.globals["embedded_font"] = embedded_font
    env.filters["css_string"] = css_string
    return env


def css_string(text: str) -> Markup:
    """Text as a quoted CSS string (an @page box's content): escaped for CSS, and unable to end the <style>."""
    escaped = "".join(f"\\{ord(c):X} " if c in '\\"<>&\n\r' or ord(c) < 32 else c for c in str(text))
    return Markup(f'"{escaped}"')


FONTS = Path(__file__).resolve().parent / "fonts"


def embedded_font(name: str) -> str:
    """A bundled font file as base64, for an @font-face inside a file that must run with no network."""
    return base64.b64encode((FONTS / name).read_bytes()).decode("ascii")


def render(template: str, **context) -> str:
    return environment().get_template(template).render(**context)


@cache
def stylesheet(*parts: str) -> str:
    """The theme's CSS: "base" (figures, sentences) plus any of "dashboard", "slides", "site", "deck", "press"."""
    return "\n".join(render(f"css/{part}.css") for part in ("base", *parts))


def drilldown_html(release: Release, figure: Figure) -> str:
    """The head of a figure's drill-down: its card, its last revision, the release it comes from."""
    view = view_of(figure)
    revised = date_text(view.revised.date) if view.revised else ""
    citation = release_citation(release.info)
    return render(
        "drilldown.html",
        view=view,
        level=2,
        link=None,
        revised_date=revised,
        citation=citation,
        briefing_date=date_text(release.info.date),
    )


def series_html(
    library: Library, figure: Figure, href: Callable[[str, str], str], level: int = 3, inline_svg: bool = True
) -> str | None:
    """A figure's series across briefings: each briefing's value, date and a link to its sentence
    (``href(figure_id, release_id)``), what changed since the previous briefing, and the chart (inline SVG, or an
    image of it where HTML is sanitised); None when the library holds no other briefing's value of it."""
    series = library.series_of(figure)
    if series is None or len(series.members) < 2:
        return None
    change = change_since_previous(library, library.home_of(figure.id).info.id, figure)
    title = figure.measure or figure.label
    chart = series_chart(series, title[:1].upper() + title[1:])
    image = None
    if not inline_svg:
        svg = render("series_chart.svg.html", chart=chart).encode("utf-8")
        image = "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
    return render(
        "series.html",
        rows=series_rows(series, figure),
        change=change.text if change else None,
        chart=chart,
        image=image,
        key=SERIES_KEY,
        href=href,
        level=level,
    )


def paragraph_html(release: Release, figure: Figure) -> str:
    """The paragraph around the sentence, under its section heading, the figure's words marked."""
    paragraph = release.source.paragraphs[figure.words_span.paragraph]
    span = figure.words_span
    return render(
        "paragraph.html",
        heading=figure.heading,
        before=paragraph.text[: span.start],
        words=paragraph.text[span.start : span.end],
        after=paragraph.text[span.end :],
    )


def release_text_html(release: Release, href: Callable[[str], str]) -> str:
    """The whole release, every curated figure marked and linked (``href(figure_id)``) to its drill-down."""
    spans: dict[int, list[tuple[int, int, Figure]]] = {}
    for figure in release.figures:
        span = figure.words_span
        spans.setdefault(span.paragraph, []).append((span.start, span.end, figure))
    paragraphs = []
    for paragraph in release.source.paragraphs:
        text, position, pieces = paragraph.text, 0, []
        for start, end, figure in sorted(spans.get(paragraph.index, []), key=lambda item: item[:2]):
            if start < position:  # overlapping words: the first figure keeps them
                continue
            pieces.append({"text": text[position:start]})
            pieces.append({"text": text[start:end], "figure": figure, "href": href(figure.id)})
            position = end
        pieces.append({"text": text[position:]})
        paragraphs.append({"heading": paragraph.is_heading, "pieces": pieces})
    return render("release_text.html", paragraphs=paragraphs)


# The Clipboard API needs a secure context (https, localhost); elsewhere the text is selected and copied with
# execCommand, which phones' browsers still honour. The script holds no data: each button copies the text
# beside it. (Streamlit's sanitiser drops onclick attributes; a script may run.)
_COPY_SCRIPT = """document.querySelectorAll('.copy-button:not([data-ready])').forEach(b => {
  b.dataset.ready = '';
  b.addEventListener('click', () => {
    const text = b.previousElementSibling;
    const done = () => { b.dataset.copied = ''; setTimeout(() => delete b.dataset.copied, 2000); };
    if (navigator.clipboard && window.isSecureContext) { navigator.clipboard.writeText(text.textContent).then(done); }
    else { const range = document.createRange(); range.selectNodeContents(text); const selection = getSelection();
      selection.removeAllRanges(); selection.addRange(range); document.execCommand('copy'); done(); }
  });
});"""


def copy_block_html(label: str, text: str, what: str) -> str:
    """A labelled line to copy: selectable text and a Copy button (what it copies: "link", "citation")."""
    return render("copy_block.html", label=label, text=text, what=what, script=_COPY_SCRIPT)
