"""Release text as HTML: every piece escaped, the figure's words inside <mark>.

Pure string building, so it is tested without a browser; components hand the result to st.html
(never st.markdown, which would read "$...$" in the release as maths).
"""

from __future__ import annotations

from html import escape

from .links import permalink
from .validate import Briefing, Figure


def figure_href(figure_id: str) -> str:
    return permalink("", figure_id)


def marked_sentence_html(figure: Figure) -> str:
    """The quote, verbatim and escaped, with the figure words marked (first occurrence, as validated)."""
    sentence = " ".join(figure.quote.split())
    words = " ".join(figure.figure.split())
    start = sentence.find(words)
    end = start + len(words)
    return (
        f'<blockquote class="source-sentence" lang="en">{escape(sentence[:start])}'
        f"<mark>{escape(sentence[start:end])}</mark>{escape(sentence[end:])}</blockquote>"
    )


def paragraph_html(briefing: Briefing, figure: Figure) -> str:
    """The paragraph around the sentence, under its section heading, the figure's words marked."""
    paragraph = briefing.source.paragraphs[figure.figure_span.paragraph]
    span = figure.figure_span
    text = paragraph.text
    heading = f'<p class="source-heading"><strong>{escape(figure.heading)}</strong></p>' if figure.heading else ""
    body = f"{escape(text[: span.start])}<mark>{escape(text[span.start : span.end])}</mark>{escape(text[span.end :])}"
    return f'{heading}<p class="source-paragraph" lang="en">{body}</p>'


def release_html(briefing: Briefing, href=figure_href) -> str:
    """The whole release, every curated figure marked and linked to its drill-down."""
    spans: dict[int, list[tuple[int, int, Figure]]] = {}
    for figure in briefing.figures:
        span = figure.figure_span
        spans.setdefault(span.paragraph, []).append((span.start, span.end, figure))
    parts = []
    for paragraph in briefing.source.paragraphs:
        text, position, pieces = paragraph.text, 0, []
        for start, end, figure in sorted(spans.get(paragraph.index, []), key=lambda item: item[:2]):
            if start < position:  # overlapping words: the first figure keeps them
                continue
            pieces.append(escape(text[position:start]))
            label = escape(f"{figure.label}: open its source and citation", quote=True)
            pieces.append(f'<a href="{escape(href(figure.id), quote=True)}" target="_self" title="{label}" '
                          f'id="src-{escape(figure.id, quote=True)}"><mark>{escape(text[start:end])}</mark></a>')  # fmt: skip
            position = end
        pieces.append(escape(text[position:]))
        tag = "h3" if paragraph.is_heading else "p"
        parts.append(f"<{tag}>{''.join(pieces)}</{tag}>")
    return '<article class="release-text" lang="en">' + "\n".join(parts) + "</article>"
