"""Draw one slide for a 1280x720 projector from the slide template, its chart in projector type."""

from __future__ import annotations

import streamlit as st

from components import cached
from components.charts import static_chart
from indicators import Release
from indicators.outputs.pack import printer_available
from indicators.outputs.slides import Slide, requested_slide, slide_html
from indicators.view.urls import FIGURE_PARAM, SLIDE_PARAM, ShareSite


def draw_slide(release: Release, slide: Slide) -> None:
    st.html(slide_html(release, slide))
    if slide.kind == "pillar" and slide.chart is not None:
        plots = {view.id: plot for view, plot in cached.pillar_plots(release, slide.pillar.id, "projector")}
        static_chart(plots[slide.chart.id], key=f"slide-chart-{slide.pillar.id}")


def _go(number: int) -> None:
    st.query_params.pop(FIGURE_PARAM, None)
    st.query_params[SLIDE_PARAM] = str(number)


def slide_controls(number: int | None, count: int) -> None:
    """Previous / Next, bound to a clicker's PageUp / PageDown and to the arrow keys; with one figure
    presented alone (``number`` None), every key goes back to the slides."""
    back = requested_slide(st.query_params.get(SLIDE_PARAM), count).number
    previous, counter, following = st.columns([1, 2, 1], vertical_alignment="center")
    if number is None:
        previous.button(
            "Back to the slides",
            key="slide-back",
            on_click=_go,
            args=(back,),
            shortcut="PageUp",
            width="stretch",
            icon=":material/slideshow:",
        )
        counter.html('<p class="slide-counter">One figure, presented alone</p>')
        targets = {"left": back, "right": back, "pagedown": back}
    else:
        previous.button(
            "Previous",
            key="slide-previous",
            disabled=number == 1,
            on_click=_go,
            args=(number - 1,),
            shortcut="PageUp",
            width="stretch",
            icon=":material/arrow_back:",
        )
        counter.html(f'<p class="slide-counter">Slide {number} of {count}</p>')
        following.button(
            "Next",
            key="slide-next",
            disabled=number == count,
            on_click=_go,
            args=(number + 1,),
            shortcut="PageDown",
            width="stretch",
            icon=":material/arrow_forward:",
        )
        targets = {"left": max(1, number - 1), "right": min(count, number + 1)}
    # Clickers that send arrow keys: the same moves, on buttons kept out of sight (and out of the tab order).
    with st.container(key="slide-keys"):
        for key, target in targets.items():
            st.button(key, key=f"slide-key-{key}", on_click=_go, args=(target,), shortcut=key)


def pack_downloads(release: Release, share: ShareSite | None) -> None:
    """The offline slides and the press pack, each built when its button is pressed."""
    name = release.info.id
    slides, pack = st.columns(2)
    slides.download_button(
        "Offline slides (one HTML file, no network needed)",
        lambda: cached.offline_slides(release, share),
        f"{name}-slides.html",
        "text/html",
        key="pack-slides",
        icon=":material/download:",
        width="stretch",
    )
    if printer_available():
        pack.download_button(
            "Press pack (A4 PDF)",
            lambda: cached.press_pack(release, share),
            f"{name}-press-pack.pdf",
            "application/pdf",
            key="pack-pdf",
            icon=":material/download:",
            width="stretch",
        )
    else:
        pack.html(
            '<p class="slide-counter">The press pack is printed by Chromium, which this server lacks: '
            "<code>python -m indicators export</code> writes it.</p>"
        )
