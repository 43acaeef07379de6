import streamlit as st

from components import cached
from components.navigation import Navigation
from components.text import plain
from indicators import Release
from indicators.outputs.render import render as render_html
from indicators.view.urls import figure_link


def render(release: Release, nav: Navigation) -> None:
    st.title("Corrections")
    plain(
        "Every change to a published figure, newest first, with its date and the reason, as statistics offices "
        "publish revisions. Figure ids never change meaning: an old link opens the figure it became, or says why "
        "it was withdrawn.",
        css_class="muted",
    )
    rows = cached.corrections(release)
    if not rows:
        plain("No figure has been corrected since the release was curated.")
        return
    pillar_of = {f.id: nav.routes.pillars[f.pillar].slug for f in release.figures}
    st.html(
        render_html(
            "corrections_list.html",
            corrections=rows,
            figure_href=lambda figure_id: figure_link(figure_id, pillar_of[figure_id]),
        )
    )
