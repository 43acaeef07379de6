import streamlit as st

from components.slides import draw_slide, projector_style
from indicators import Briefing
from indicators.slides import build_slides, requested_slide

SLIDE_PARAM = "slide"


def _go(number: int) -> None:
    st.query_params[SLIDE_PARAM] = str(number)


def render(briefing: Briefing) -> None:
    projector_style()
    slides = briefing.memo(("slides",), lambda: build_slides(briefing))
    request = requested_slide(st.query_params.get(SLIDE_PARAM), len(slides))
    if request.notice:
        st.warning(request.notice)
    number = request.number
    draw_slide(briefing, slides[number - 1])
    previous, counter, following = st.columns([1, 2, 1], vertical_alignment="center")
    previous.button("◀ Previous", key="slide-previous", disabled=number == 1, on_click=_go, args=(number - 1,),
                    use_container_width=True)  # fmt: skip
    counter.html(f'<p class="slide-counter">Slide {number} of {len(slides)}</p>')
    following.button("Next ▶", key="slide-next", disabled=number == len(slides), on_click=_go, args=(number + 1,),
                     use_container_width=True)  # fmt: skip
