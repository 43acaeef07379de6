import os

import streamlit as st

from components import cached
from components.slides import LAST_SLIDE, draw_slide, pack_downloads, slide_controls
from components.text import page_style
from indicators.outputs.slides import NO_SUCH_SLIDE, figure_slide, requested_slide
from indicators.view.briefing import BriefingView
from indicators.view.requests import requested_figure, said
from indicators.view.urls import FIGURE_PARAM, SLIDE_PARAM, configured_share_site


def render(view: BriefingView) -> None:
    page_style("slides")
    share = configured_share_site(os.environ)
    slides = cached.slides(view, share)
    presented = requested_figure(st.query_params.get(FIGURE_PARAM), view.release)
    if presented.figure is not None:  # "Present this figure": one figure alone on the wall
        draw_slide(view, figure_slide(view, view.by_id[presented.figure.id], share))
        # Any key goes back to the slide the presenter left (the last one this reader was shown).
        left = st.query_params.get(SLIDE_PARAM) or str(st.session_state.get(LAST_SLIDE, 1))
        slide_controls(view, None, len(slides), back=requested_slide(left, len(slides)).number)
        return
    request = requested_slide(st.query_params.get(SLIDE_PARAM), len(slides))
    if request.notice:
        st.warning(view.language.gettext(NO_SUCH_SLIDE).format(count=len(slides)))
    elif presented.notice:
        st.warning(said(presented.notice, view.language))
    draw_slide(view, slides[request.number - 1])
    st.session_state.setdefault(LAST_SLIDE, request.number)  # the slide the presenter opened on, until a move
    slide_controls(view, request.number, len(slides))
    if request.number == 1:  # before the briefing: take the slides and the press pack into the room
        pack_downloads(view, share)
