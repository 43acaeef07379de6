import os

import streamlit as st

from components import cached
from components.slides import draw_slide, pack_downloads, slide_controls
from components.text import page_style
from indicators import Release
from indicators.outputs.slides import figure_slide, requested_slide
from indicators.view.corrections import requested_figure
from indicators.view.urls import FIGURE_PARAM, SLIDE_PARAM, configured_share_site


def render(release: Release) -> None:
    page_style("slides")
    share = configured_share_site(os.environ)
    slides = cached.slides(release, share)
    presented = requested_figure(st.query_params.get(FIGURE_PARAM), release)
    if presented.figure is not None:  # "Present this figure": one figure alone on the wall
        draw_slide(release, figure_slide(release, presented.figure, share))
        slide_controls(None, len(slides))
        return
    request = requested_slide(st.query_params.get(SLIDE_PARAM), len(slides))
    if request.notice or presented.notice:
        st.warning(request.notice or presented.notice)
    draw_slide(release, slides[request.number - 1])
    slide_controls(request.number, len(slides))
    if request.number == 1:  # before the briefing: take the slides and the press pack into the room
        pack_downloads(release, share)
