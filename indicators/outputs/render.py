"""HTML from Jinja templates with autoescape on, as Datasette renders every page: whatever the data holds is shown
literally, in the dashboard, the snapshot and the share pages alike. One environment per language, whose
interface text comes from the gettext catalogs (Jinja's i18n extension, `{% trans %}` and `_()`).

Components hand the result to st.html (never st.markdown, which would read "$...$" in the release as maths).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from indicators.outputs import theme
from indicators.view.briefing import BriefingView
from indicators.view.figure_view import FigureView
from indicators.view.language import ENGLISH, Language, catalog
from indicators.view.series import SERIES_KEY, change_since_previous, series_chart, series_rows


@cache
def environment(language: Language = ENGLISH) -> Environment:
    env = Environment(
        loader=PackageLoader("indicators.outputs", "templates"),
        autoescape=select_autoescape(["html", "xml", "svg"]),  # the stylesheet (.css) holds no data
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_translations(catalog(language.locale), newstyle=True)
    env.globals["theme"] = theme.css_values()
    env.globals["embedded_font"] = embedded_font
    env.globals["language"] = language
    env.globals["lang_attr"] = lambda tag: Markup(f' lang="{tag}"') if tag and tag != language.tag else ""
    env.filters["css_string"] = css_string
    env.filters["script_hash"] = script_hash
    env.filters["page_counter"] = page_counter
    env.filters["parts"] = lambda text: language_parts(text, language)
    return env


_ADDRESS = re.compile(r"(https?://\S+|#[\w-]+)")
# A run of Latin-script words inside a Chinese text: a release's English title or sentence in a citation.
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9\s,.;:'’“”\"()&/%+-]*[A-Za-z0-9.)”\"]|[A-Za-z]")


def language_parts(text: str, language: Language) -> Markup:
    """Text that mixes the reader's Chinese with English words (a citation naming the English release, quoting its
    sentence) with each English run marked lang="en", as WCAG's language of parts asks; as it is in English."""
    plain = Markup(text).unescape() if isinstance(text, Markup) else str(text)
    if not language.chinese:
        return Markup.escape(plain)
    pieces = []
    for index, piece in enumerate(_ADDRESS.split(plain)):
        if index % 2:  # an address is in no language
            pieces.append(Markup.escape(piece))
            continue
        last = 0
        for match in _LATIN_RUN.finditer(piece):
            pieces += [Markup.escape(piece[last : match.start()]), Markup('<span lang="en">')]
            pieces += [Markup.escape(match.group()), Markup("</span>")]
            last = match.end()
        pieces.append(Markup.escape(piece[last:]))
    return Markup("").join(pieces)


def css_string(text: str) -> Markup:
    """Text as a quoted CSS string (an @page box's content): escaped for CSS, and unable to end the <style>."""
    escaped = "".join(f"\\{ord(c):X} " if c in '\\"<>&\n\r' or ord(c) < 32 else c for c in str(text))
    return Markup(f'"{escaped}"')


def page_counter(message: str) -> Markup:
    """ "Page {n} of {count}" (in any language) as an @page box's content: its words as CSS strings, the numbers as
    the page counters."""
    parts = re.split(r"(\{n\}|\{count\})", str(message))
    pieces = [
        "counter(page)" if part == "{n}" else "counter(pages)" if part == "{count}" else str(css_string(part))
        for part in parts
        if part
    ]
    return Markup(" ".join(pieces))


def script_hash(script: str) -> str:
    """The Content-Security-Policy source that lets exactly this inline script run ('sha256-...')."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(str(script).encode("utf-8")).digest()).decode("ascii") + "'"


FONTS = Path(__file__).resolve().parent / "fonts"


def embedded_font(name: str) -> str:
    """A bundled font file as base64, for an @font-face inside a file that must run with no network."""
    return base64.b64encode((FONTS / name).read_bytes()).decode("ascii")


def render(template: str, language: Language = ENGLISH, **context) -> str:
    return environment(language).get_template(template).render(**context)


@cache
def stylesheet(*parts: str) -> str:
    """The theme's CSS: "base" (figures, sentences) plus any of "dashboard", "slides", "site", "deck", "press"."""
    return "\n".join(render(f"css/{part}.css") for part in ("base", *parts))


def drilldown_html(briefing: BriefingView, view: FigureView) -> str:
    """The head of a figure's drill-down: its card, its last revision, the release it comes from."""
    return render("drilldown.html", briefing.language, view=view, level=2, link=None, briefing=briefing)


def series_html(
    library,
    figure,
    href: Callable[[str, str], str],
    language: Language = ENGLISH,
    level: int = 3,
    inline_svg: bool = True,
) -> str | None:
    """A figure's series across briefings: each briefing's value, date and a link to its sentence
    (``href(figure_id, release_id)``), what changed since the previous briefing, and the chart (inline SVG, or an
    image of it where HTML is sanitised); None when the library holds no other briefing's value of it."""
    series = library.series_of(figure)
    if series is None or len(series.members) < 2:
        return None
    change = change_since_previous(library, library.home_of(figure.id).info.id, figure, language)
    title = figure.measure or figure.label
    chart = series_chart(series, title[:1].upper() + title[1:], language)
    image = None
    if not inline_svg:
        svg = render("series_chart.svg.html", language, chart=chart).encode("utf-8")
        image = "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
    return render(
        "series.html",
        language,
        rows=series_rows(series, figure, language),
        change=change.text if change else None,
        chart=chart,
        image=image,
        key=language.gettext(SERIES_KEY),
        href=href,
        level=level,
    )


def paragraph_html(briefing: BriefingView, view: FigureView) -> str:
    """The paragraph around the sentence, under its section heading, the figure's words marked."""
    release = briefing.release
    figure = release.by_id[view.id]
    paragraph = release.source.paragraphs[figure.words_span.paragraph]
    span = figure.words_span
    return render(
        "paragraph.html",
        briefing.language,
        heading=view.heading,
        before=paragraph.text[: span.start],
        words=paragraph.text[span.start : span.end],
        after=paragraph.text[span.end :],
        sentence_lang=view.sentence_lang,
    )


def release_text_html(briefing: BriefingView, href: Callable[[str], str]) -> str:
    """The whole release, every curated figure marked and linked (``href(figure_id)``) to its drill-down."""
    release = briefing.release
    spans: dict[int, list[tuple[int, int, FigureView]]] = {}
    for figure in release.figures:
        span = figure.words_span
        spans.setdefault(span.paragraph, []).append((span.start, span.end, briefing.by_id[figure.id]))
    paragraphs = []
    for paragraph in release.source.paragraphs:
        text, position, pieces = paragraph.text, 0, []
        for start, end, view in sorted(spans.get(paragraph.index, []), key=lambda item: item[:2]):
            if start < position:  # overlapping words: the first figure keeps them
                continue
            pieces.append({"text": text[position:start]})
            pieces.append({"text": text[start:end], "figure": view, "href": href(view.id)})
            position = end
        pieces.append({"text": text[position:]})
        paragraphs.append({"heading": paragraph.is_heading, "pieces": pieces})
    return render("release_text.html", briefing.language, paragraphs=paragraphs, source_lang=release.info.language)


# The Clipboard API needs a secure context (https, localhost); elsewhere the text is selected and copied with
# execCommand, which phones' browsers still honour. The script holds no data: each button copies the text
# beside it, and says so in the words its `data-done` holds. (Streamlit's sanitiser drops onclick attributes.)
COPY_SCRIPT = """document.querySelectorAll('.copy-button:not([data-ready])').forEach(b => {
  b.dataset.ready = '';
  b.addEventListener('click', () => {
    const text = b.previousElementSibling;
    const status = b.nextElementSibling;
    const done = () => {
      b.dataset.copied = ''; status.textContent = b.dataset.done;
      setTimeout(() => { delete b.dataset.copied; status.textContent = ''; }, 4000);
    };
    if (navigator.clipboard && window.isSecureContext) { navigator.clipboard.writeText(text.textContent).then(done); }
    else { const range = document.createRange(); range.selectNodeContents(text); const selection = getSelection();
      selection.removeAllRanges(); selection.addRange(range); document.execCommand('copy'); done(); }
  });
});"""


def copy_block_html(
    label: str, text: str, button: str, language: Language = ENGLISH, script: bool = True, code: bool = False
) -> str:
    """A labelled line to copy: selectable text and its Copy button (``button``: "Copy link", "Copy citation").
    With ``script`` the copying script comes inline (the dashboard); the share site loads it from its own file.
    ``code`` (the embed code) is shown as code: in no language, never translated."""
    return render(
        "copy_block.html",
        language,
        label=label,
        text=text,
        button=button,
        code=code,
        script=COPY_SCRIPT if script else None,
    )
