"""The one theme: colours and type sizes for a laptop, a projector and a phone.

It feeds the CSS of the dashboard, the snapshot and the share pages (`render.stylesheet`), the plotly
templates every chart is drawn with (registered in `plotly.io.templates`), and the social cards.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import plotly.graph_objects as go
import plotly.io as pio

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
TEXT = "#1a1a1a"  # on white: 17:1
MUTED = "#333333"  # on white: 12.6:1
ACCENT = "#0072B2"  # white text on it: 5.1:1 (AA)
ACCENT_DARK = "#005088"  # white text on it: 8.4:1 (AAA, for the projector)
LINK = "#004a75"
MARK = "#ffe08a"  # the figure's words in its sentence; text on it 15:1
TRACK = "#e6e6e6"  # the whole, behind a part or a share
GRID = "#d9d9d9"
BORDER = "#cccccc"  # around cards: a boundary, not text
CODE_BACKGROUND = "#f4f4f4"
BACKGROUND = "#ffffff"
# Streamlit's own typeface is "Source Sans" (its variable font); the offline files carry "Source Sans 3"; Chinese text
# takes the subset a file carries ("Briefing CJK", indicators/outputs/fonts.py), else Noto Sans CJK (Debian's
# fonts-noto-cjk), Simplified shapes first (a Traditional page puts TC first: base.css).
FONT_FAMILY = (
    '"Source Sans", "Source Sans 3", "Source Sans Pro", "Briefing CJK", "Noto Sans CJK SC", "Noto Sans SC", sans-serif'
)
FONT_FAMILY_TRADITIONAL = (
    '"Source Sans", "Source Sans 3", "Source Sans Pro", "Briefing CJK", "Noto Sans CJK TC", "Noto Sans TC", sans-serif'
)


@dataclass(frozen=True)
class Sizes:
    """Type sizes (px) and chart geometry for one setting."""

    name: str
    font: int  # body text and bar values
    tick: int  # axis ticks and labels
    title: int  # chart titles
    bar: int  # px per bar
    wrap: int  # characters per line of a bar's label
    value: int  # a figure's number on a tile or card
    sentence: int  # the source sentence
    headline: int  # a slide's or page's headline
    title_wrap: int = 60  # characters per line of a chart's title
    bar_colour: str = ACCENT


LAPTOP = Sizes("laptop", font=16, tick=15, title=19, bar=46, wrap=38, value=42, sentence=18, headline=40)
# For the back of a room: larger type, and a darker blue so white labels reach 8.4:1 (AAA).
PROJECTOR = Sizes(
    "projector",
    font=22,
    tick=20,
    title=26,
    bar=66,
    wrap=80,  # the slide's chart spans the wall: a label needs no second line
    value=64,
    sentence=28,
    headline=48,
    title_wrap=80,
    bar_colour=ACCENT_DARK,
)
PHONE = Sizes("phone", font=14, tick=13, title=16, bar=58, wrap=40, value=34, sentence=17, headline=28, title_wrap=40)
SETTINGS = {sizes.name: sizes for sizes in (LAPTOP, PROJECTOR, PHONE)}


@dataclass(frozen=True)
class Present:
    """One figure alone on a 1280x720 wall: the room reads the value from the back (never under 96 px), the
    sentence from the middle (never under 28 px), the bound at half the value's size. The slide takes the largest
    sizes its words fit at (indicators/outputs/slides.py)."""

    values: tuple[int, ...] = (120, 110, 100, 96)
    sentences: tuple[int, ...] = (34, 32, 30, 28)
    labels: tuple[int, ...] = (52, 48, 42)  # 42 only for a label of near 200 characters
    source: int = 19
    bound_share: float = 0.5
    width: int = 1280 - 2 * 40  # px of text across the slide, its margins off
    height: int = 620  # px the words may take, as estimated (the estimate runs high): the controls stand under them
    qr_column: int = 220 + 24  # px the QR code and its gap take beside the label and the value


PRESENT = Present()
# The press pack prints in black and white: ink, the rules between figures, the tint behind marked words.
PRINT_INK, PRINT_RULE, PRINT_TINT = "#000000", "#888888", "#e8e8e8"
QR_DARK, QR_LIGHT = PRINT_INK, BACKGROUND  # the most contrast a phone's camera can get
QR_PIXELS = 220  # a QR code on a 1280x720 slide, quiet zone included: scans from the back of a room (160+ asked)
CARD = {"width": 1200, "height": 630, "value": 150, "label": 40, "sentence": 28, "source": 20}


def template_name(sizes: Sizes) -> str:
    return f"indicators-{sizes.name}"


def _plotly_template(sizes: Sizes) -> go.layout.Template:
    axis = {
        "tickfont": {"size": sizes.tick, "color": TEXT},
        "title": {"font": {"size": sizes.tick}},
        "automargin": True,
    }
    return go.layout.Template(
        layout={
            "font": {"family": FONT_FAMILY, "size": sizes.font, "color": TEXT},
            "title": {"font": {"size": sizes.title, "color": TEXT}, "x": 0, "xanchor": "left"},
            "paper_bgcolor": BACKGROUND,
            "plot_bgcolor": BACKGROUND,
            "colorway": [sizes.bar_colour, *PALETTE[1:]],
            "hoverlabel": {"font": {"size": sizes.font}, "align": "left"},
            "xaxis": {**axis, "gridcolor": GRID, "zeroline": False},
            "yaxis": axis,
            "showlegend": False,
        }
    )


for _sizes in SETTINGS.values():
    pio.templates[template_name(_sizes)] = _plotly_template(_sizes)


def css_values() -> dict:
    """Everything the stylesheet template needs."""
    return {
        "text": TEXT,
        "muted": MUTED,
        "accent": ACCENT,
        "accent_dark": ACCENT_DARK,
        "link": LINK,
        "mark": MARK,
        "track": TRACK,
        "border": BORDER,
        "code_background": CODE_BACKGROUND,
        "background": BACKGROUND,
        "font_family": FONT_FAMILY,
        "font_family_traditional": FONT_FAMILY_TRADITIONAL,
        "qr_pixels": QR_PIXELS,
        "print_ink": PRINT_INK,
        "print_rule": PRINT_RULE,
        "print_tint": PRINT_TINT,
        "present": asdict(PRESENT),
        **{name: asdict(sizes) for name, sizes in SETTINGS.items()},
    }
