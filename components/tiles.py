"""Figure tiles: value, unit, label, and a button that opens the figure's source."""

from __future__ import annotations

from html import escape

import streamlit as st

from components.drilldown import open_figure
from indicators import Figure
from indicators.formatting import escape_markdown, qualifier_text, unit_text, value_text


def tile_html(figure: Figure) -> str:
    qualifier = f'<div class="tile-qualifier">{escape(qualifier_text(figure))}</div>' if qualifier_text(figure) else ""
    derived = '<div class="tile-derived">derived: see source</div>' if figure.derived else ""
    return (
        f'<div class="tile" data-figure="{escape(figure.id, quote=True)}">{qualifier}'
        f'<div class="tile-value">{escape(value_text(figure))}</div>'
        f'<div class="tile-unit">{escape(unit_text(figure))}</div>'
        f'<div class="tile-label">{escape(figure.label)}</div>{derived}</div>'
    )


def figure_tiles(figures: list[Figure], key: str, columns: int = 3) -> None:
    # One wrapping row rather than a grid of st.columns: fewer layout blocks for the browser to draw.
    width = {3: 280, 4: 210}.get(columns, 280)
    with st.container(horizontal=True, gap="small"):
        for figure in figures:
            with st.container(border=True, width=width):
                st.html(tile_html(figure))
                st.button("Source and citation", key=f"{key}-{figure.id}", on_click=open_figure, args=(figure.id,),
                          help=f"Open the sentence that states “{escape_markdown(figure.label)}”")  # fmt: skip
