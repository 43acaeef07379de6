import streamlit as st

from components.navigation import Navigation
from components.text import plain
from indicators.outputs.render import render as render_html
from indicators.view.briefing import BriefingView
from indicators.view.urls import figure_link, with_language


def render(view: BriefingView, nav: Navigation) -> None:
    gettext = view.language.gettext
    st.title(gettext("Corrections"))
    plain(
        gettext(
            "Every change to a published figure, newest first, with its date and the reason, as statistics offices "
            "publish revisions. Figure ids never change meaning: an old link opens the figure it became, or says why "
            "it was withdrawn."
        ),
        css_class="muted",
    )
    if not view.corrections:
        plain(gettext("No figure has been corrected since the release was curated."))
        return
    slugs = {f.id: f.pillar_slug for f in view.figures}
    st.html(
        render_html(
            "corrections_list.html",
            view.language,
            corrections=view.corrections,
            figure_href=lambda figure_id: with_language(figure_link(figure_id, slugs[figure_id]), view.language),
        )
    )
