"""Figure tiles: each tile is one button (value, unit, label) that opens the figure's source.

One element per tile, not a bordered container holding HTML and a button: a pillar page draws 19 tiles, and three
elements each cost the browser about 220 ms. The whole tile is the click target; the tiles flow in a grid as wide
as the screen allows (one column on a phone).
"""

from __future__ import annotations

import streamlit as st

from components import cached
from components.drilldown import open_figure
from components.markdown import escape_markdown
from indicators.outputs.render import render
from indicators.view.briefing import BriefingView, PillarView
from indicators.view.figure_view import FigureView


def figure_tiles(briefing: BriefingView, views: tuple[FigureView, ...] | list[FigureView], key: str) -> None:
    if not views:
        return
    labels = cached.tile_labels(briefing)
    with st.container(horizontal=True, gap="small", key=f"tiles-{key}-{views[0].id}"):
        for view in views:
            st.button(labels[view.id], key=f"{key}-{view.id}", on_click=open_figure, args=(view.id,))


def pillar_card(briefing: BriefingView, pillar: PillarView, page: st.Page) -> None:
    """Title, summary, how many figures, its leading three, and a link to its page."""
    with st.container(border=True):
        st.html(render("pillar_card.html", briefing.language, pillar=pillar))
        label = briefing.language.gettext("Open {pillar}").format(pillar=pillar.title)
        st.page_link(page, label=escape_markdown(label), icon=":material/arrow_forward:")
