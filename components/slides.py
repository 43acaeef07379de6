"""Draw one slide for a 1280x720 projector from the slide template, its chart in projector type."""

from __future__ import annotations

import streamlit as st

from components import cached
from components.briefings import language_links
from components.charts import static_chart
from indicators.outputs.pack import printer_available
from indicators.outputs.slides import Slide, slide_html
from indicators.view.briefing import BriefingView
from indicators.view.urls import FIGURE_PARAM, SLIDE_PARAM, ShareSite

LAST_SLIDE = "last-slide"  # session state: the slide the presenter showed last, to come back to after one figure


def draw_slide(view: BriefingView, slide: Slide) -> None:
    st.html(slide_html(view, slide))
    if slide.kind == "pillar" and slide.chart is not None:
        plots = {chart.id: plot for chart, plot in cached.pillar_plots(view, slide.pillar_id, "projector")}
        static_chart(plots[slide.chart.id], key=f"slide-chart-{slide.pillar_id}")


def _go(number: int) -> None:
    """A presenter's move (a key, a button): the slide shown, and the one to come back to after a figure alone.
    (A slide reached by the browser's Back is not a move: it leaves the presenter's place as it was.)"""
    st.query_params.pop(FIGURE_PARAM, None)
    st.query_params[SLIDE_PARAM] = str(number)
    st.session_state[LAST_SLIDE] = number


def slide_controls(view: BriefingView, number: int | None, count: int, back: int = 1) -> None:
    """Previous / Next, bound to a clicker's PageUp / PageDown and to the arrow keys; with one figure presented alone
    (``number`` None), every key goes back to ``back``, the slide the presenter left."""
    gettext = view.language.gettext
    previous, counter, following = st.columns([1, 2, 1], vertical_alignment="center")
    if number is None:
        previous.button(
            gettext("Back to the slides"),
            key="slide-back",
            on_click=_go,
            args=(back,),
            shortcut="PageUp",
            width="stretch",
            icon=":material/slideshow:",
        )
        alone = gettext("One figure, presented alone")
        counter.html(
            f'<div class="slide-counter">{alone} {language_links(view, "language-switch slide-language")}</div>'
        )
        back_to = gettext("Back to the slides")
        targets = {"left": (back, back_to), "right": (back, back_to), "pagedown": (back, back_to)}
    else:
        previous.button(
            gettext("Previous"),
            key="slide-previous",
            disabled=number == 1,
            on_click=_go,
            args=(number - 1,),
            shortcut="PageUp",
            width="stretch",
            icon=":material/arrow_back:",
        )
        where = gettext("Slide {n} of {count}").format(n=number, count=count)
        counter.html(
            f'<div class="slide-counter">{where} {language_links(view, "language-switch slide-language")}</div>'
        )
        following.button(
            gettext("Next"),
            key="slide-next",
            disabled=number == count,
            on_click=_go,
            args=(number + 1,),
            shortcut="PageDown",
            width="stretch",
            icon=":material/arrow_forward:",
        )
        targets = {
            "left": (max(1, number - 1), gettext("Previous slide")),
            "right": (min(count, number + 1), gettext("Next slide")),
        }
    # Clickers that send arrow keys: the same moves, on buttons kept out of sight (and out of the tab order).
    with st.container(key="slide-keys"):
        for key, (target, label) in targets.items():
            st.button(label, key=f"slide-key-{key}", on_click=_go, args=(target,), shortcut=key)


def pack_downloads(view: BriefingView, share: ShareSite | None) -> None:
    """The offline slides and the press pack, each built when its button is pressed."""
    gettext = view.language.gettext
    name = view.release_id + ("" if view.language.code == "en" else f"-{view.language.code}")
    slides, pack = st.columns(2)
    slides.download_button(
        gettext("Offline slides (one HTML file, no network needed)"),
        lambda: cached.offline_slides(view, share),
        f"{name}-slides.html",
        "text/html",
        key="pack-slides",
        icon=":material/download:",
        on_click="ignore",  # no rerun: the file a tap asked for stays until it is sent
        width="stretch",
    )
    if printer_available():
        pack.download_button(
            gettext("Press pack (A4 PDF)"),
            lambda: cached.press_pack(view, share, cached.today()),
            f"{name}-press-pack.pdf",
            "application/pdf",
            key="pack-pdf",
            icon=":material/download:",
            on_click="ignore",  # no rerun: the file a tap asked for stays until it is sent
            width="stretch",
        )
    else:
        said = gettext("The press pack is printed by Chromium, which this server lacks: {command} writes it.").format(
            command="<code>python -m indicators export</code>"
        )
        pack.html(f'<p class="slide-counter">{said}</p>')
