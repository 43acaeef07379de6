"""Figure tiles: each tile is one button (value, unit, label) that opens the figure's source.

One element per tile, not a bordered container holding HTML and a button: a pillar page draws 19
tiles, and three elements each cost the browser about 220 ms. The whole tile is the click target;
the tiles flow in a grid as wide as the screen allows (one column on a phone).
"""

from __future__ import annotations

import streamlit as st

from components import cached
from components.drilldown import open_figure
from components.markdown import escape_markdown
from indicators import Figure, Pillar, Release
from indicators.model.library import Library
from indicators.outputs.render import render
from indicators.view.figure_view import view_of


def figure_tiles(library: Library, release: Release, figures: list[Figure], key: str) -> None:
    if not figures:
        return
    labels = cached.tile_labels(library, release)
    with st.container(horizontal=True, gap="small", key=f"tiles-{key}-{figures[0].id}"):
        for figure in figures:
            st.button(labels[figure.id], key=f"{key}-{figure.id}", on_click=open_figure, args=(figure.id,))


def pillar_card(pillar: Pillar, figures: list[Figure], top: list[Figure], page: st.Page) -> None:
    """Title, summary, how many figures, its leading three, and a link to its page."""
    with st.container(border=True):
        st.html(render("pillar_card.html", pillar=pillar, count=len(figures), views=[view_of(f) for f in top]))
        st.page_link(page, label=f"Open {escape_markdown(pillar.title)}", icon=":material/arrow_forward:")
