"""Images drawn by kaleido with the system Chromium: a card per figure for link previews (1200 x 630,
the Open Graph size), and the charts as static SVG for pages that run no script.

Everything is drawn in one Chromium session (`plotly.io.write_images`): 47 cards cost little more than one.
"""

from __future__ import annotations

import textwrap
from html import escape
from pathlib import Path

import plotly.graph_objects as go
import plotly.io as pio

from indicators.outputs import theme
from indicators.view.briefing import BriefingView
from indicators.view.figure_view import FigureView, with_mark

SENTENCE_WIDTH = 74  # characters a line at the card's sentence size
SENTENCE_LINES = 4


def sentence_lines(before: str, words: str, after: str, width: int = SENTENCE_WIDTH, lines: int = SENTENCE_LINES):
    """The sentence cut to fit the card, always keeping the marked words: (text before, words, text after),
    with an ellipsis where it was cut."""
    budget = width * lines - len(words) - 4
    if len(before) + len(after) <= budget:
        return before, words, after
    keep_before = min(len(before), max(budget // 3, budget - len(after)))
    keep_after = max(0, budget - keep_before)
    cut_before = before if len(before) <= keep_before else "…" + before[len(before) - keep_before :].lstrip()
    cut_after = after if len(after) <= keep_after else after[:keep_after].rstrip() + "…"
    return cut_before, words, cut_after


def _wrap_marked(before: str, words: str, after: str, width: int) -> str:
    """Wrap the sentence into lines and mark the figure's words (bold, in the accent colour): plotly's text
    knows <b> and <span style>, not backgrounds."""
    start, end = "\x01", "\x02"  # placeholders that survive wrapping and escaping
    lines = textwrap.wrap(f"“{before}{start}{words}{end}{after}”", width)
    text = escape("<br>".join(lines)).replace("&lt;br&gt;", "<br>")
    mark_open = f'<b><span style="color:{theme.ACCENT_DARK}">'
    text = text.replace(start, mark_open).replace(end, "</span></b>")
    # a mark that wraps across lines closes and reopens around each <br>
    head, _, tail = text.partition(mark_open)
    marked, _, rest = tail.partition("</span></b>")
    return head + mark_open + marked.replace("<br>", f"</span></b><br>{mark_open}") + "</span></b>" + rest


def _label_lines(label: str, chinese: bool) -> str:
    if chinese:  # no spaces to wrap at; a character is twice a Latin letter's width
        label = label if len(label) <= 54 else label[:53] + "…"
        return "<br>".join(escape(label[i : i + 27]) for i in range(0, len(label), 27))
    return "<br>".join(escape(line) for line in textwrap.wrap(textwrap.shorten(label, 108, placeholder=" …"), 54))


def card_plot(briefing: BriefingView, view: FigureView) -> go.Figure:
    """A card for link previews: the value, the label, the sentence with its marked words, the source."""
    card = theme.CARD
    sentence = _wrap_marked(*sentence_lines(view.before, view.words, view.after), SENTENCE_WIDTH)
    label = _label_lines(view.label, view.label_lang.startswith("zh"))
    amount = (f"{escape(view.qualifier)}{view.joiner}" if view.qualifier else "") + f"<b>{escape(view.value)}</b>"
    unit = escape(with_mark(view.unit + view.suffix, view.mark))
    said = briefing.language.gettext("Source: {publisher}, media briefing of {date}")
    source = escape(textwrap.shorten(said.format(publisher=briefing.publisher, date=briefing.date), 110))
    lines = [  # name, top (or bottom) of the line as a share of the card's height, text, size, colour
        ("label", 0.95, label, card["label"], theme.TEXT),
        ("value", 0.76, amount, card["value"], theme.ACCENT_DARK),
        ("unit", 0.50, unit, card["label"], theme.TEXT),
        ("sentence", 0.38, sentence, card["sentence"], theme.TEXT),
        ("source", 0.03, source, card["source"], theme.MUTED),
    ]
    annotations = [
        {
            "xref": "paper",
            "yref": "paper",
            "x": 0.05,
            "xanchor": "left",
            "showarrow": False,
            "align": "left",
            "y": y,
            "yanchor": "bottom" if name == "source" else "top",
            "name": name,
            "text": text,
            "font": {"size": size, "color": colour},
        }
        for name, y, text, size, colour in lines
    ]
    plot = go.Figure()
    plot.update_layout(
        width=card["width"],
        height=card["height"],
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        paper_bgcolor=theme.BACKGROUND,
        plot_bgcolor=theme.BACKGROUND,
        annotations=annotations,
        xaxis={"visible": False},
        yaxis={"visible": False},
        font={"family": theme.FONT_FAMILY},
        shapes=[
            {
                "type": "rect",
                "xref": "paper",
                "yref": "paper",
                "x0": 0,
                "x1": 0.018,
                "y0": 0,
                "y1": 1,
                "fillcolor": theme.ACCENT_DARK,
                "line": {"width": 0},
            }
        ],
    )
    return plot


def draw(plots: list[go.Figure], paths: list[Path], sizes: list[tuple[int, int]]) -> list[Path]:
    """Write each plot to its path (PNG or SVG, by the path's suffix) in one Chromium session."""
    if not plots:
        return []
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
    pio.defaults.mathjax = False  # else kaleido fetches MathJax from a CDN; nothing here is maths
    try:
        pio.write_images(plots, paths, width=[w for w, _ in sizes], height=[h for _, h in sizes])
    except Exception as error:  # kaleido's errors (no browser, a crashed one) share no base class
        raise ImagesUnavailable(
            f"the images need Chromium, which kaleido could not run ({type(error).__name__}: {error}); "
            "install it (`apt-get install chromium`, or set BROWSER_PATH) or pass --no-images"
        ) from error
    return paths


class ImagesUnavailable(RuntimeError):
    """Kaleido could not draw: no Chromium, or a broken one."""
