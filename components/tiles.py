"""Figure tiles: each tile is one button (value, unit, label) that opens the figure's source.

One element per tile, not a bordered container holding HTML and a button: a pillar page draws 19
tiles, and three elements each cost the browser about 220 ms. The whole tile is the click target.
"""

from __future__ import annotations

from html import escape

import streamlit as st

from components.drilldown import open_figure
from indicators import Figure, Pillar
from indicators.formatting import escape_markdown, full_text, qualifier_text, unit_text, value_text

ACTION = "Source and citation ›"


def tile_label(figure: Figure) -> str:
    """The tile as Markdown (every piece from the data escaped); CSS sizes **value** and *action*."""
    lines = [
        escape_markdown(qualifier_text(figure)),
        f"**{escape_markdown(value_text(figure))}**",
        escape_markdown(unit_text(figure)),
        escape_markdown(figure.label),
        "derived: see source" if figure.derived else "",
        f"*{ACTION}*",
    ]
    return "  \n".join(line for line in lines if line)


def figure_tiles(figures: list[Figure], key: str, columns: int = 3) -> None:
    width = {3: 280, 4: 210}.get(columns, 280)
    with st.container(horizontal=True, gap="small", key=f"tiles-{key}-{figures[0].id}"):
        for figure in figures:
            st.button(tile_label(figure), key=f"{key}-{figure.id}", on_click=open_figure, args=(figure.id,),
                      width=width)  # fmt: skip


def pillar_card(pillar: Pillar, figures: list[Figure], page: st.Page) -> None:
    """Title, summary, how many figures, its top three (headlines first), and a link to its page."""
    top = [f for f in figures if f.headline][:3] or figures[:3]
    with st.container(border=True):
        st.html(f"<h3>{escape(pillar.title)}</h3><p>{escape(pillar.summary)}</p>"
                f"<p><strong>{len(figures)} figures</strong></p><ul>"
                + "".join(f"<li><strong>{escape(full_text(f))}</strong>: {escape(f.label)}</li>" for f in top)
                + "</ul>")  # fmt: skip
        st.page_link(page, label=f"Open {escape_markdown(pillar.title)}", icon="➡️")
