import streamlit as st

from components import cached
from components.navigation import Navigation
from components.text import plain
from indicators.outputs.render import render as render_html
from indicators.view.briefing import BriefingView
from indicators.view.urls import CORRECTIONS


def render(view: BriefingView, nav: Navigation) -> None:
    gettext = view.language.gettext
    st.title(gettext("The release, as published"))
    if view.source_url:
        st.link_button(gettext("Read the original"), view.source_url, icon=":material/open_in_new:")
    said = gettext(
        "Every one of the {count} curated figures is marked; select one to open its sentence and citation. Numbers "
        "left unmarked are dates, names or labels, listed in the data with a reason."
    )
    plain(said.format(count=len(view.figures)), css_class="muted")
    if view.language.chinese:
        plain(gettext("The English release's own words:"), css_class="muted")
    st.html(cached.release_text(view))
    exclusions = view.release.dataset.not_figures
    if exclusions:
        with st.expander(
            gettext("Numbers in the release that are not figures ({count})").format(count=len(exclusions))
        ):
            st.html(
                render_html(
                    "not_figures.html", view.language, exclusions=exclusions, source_lang=view.release.info.language
                )
            )
    if view.corrections:
        st.page_link(
            nav.page(CORRECTIONS),
            label=gettext("Corrections to these figures"),
            icon=":material/history:",
            query_params=nav.params(),
        )
