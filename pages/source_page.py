import streamlit as st

from components import cached
from components.navigation import Navigation
from components.text import plain
from indicators import Release
from indicators.outputs.render import render as render_html
from indicators.view.urls import CORRECTIONS


def render(release: Release, nav: Navigation) -> None:
    st.title("The release, as published")
    if release.info.source_url:
        st.link_button("Read the original", release.info.source_url, icon=":material/open_in_new:")
    plain(
        f"Every one of the {len(release.figures)} curated figures is marked; select one to open its sentence and "
        "citation. Numbers left unmarked are dates, names or labels, listed in the data with a reason.",
        css_class="muted",
    )
    st.html(cached.release_text(release))
    exclusions = release.dataset.not_figures
    if exclusions:
        with st.expander(f"Numbers in the release that are not figures ({len(exclusions)})"):
            st.html(render_html("not_figures.html", exclusions=exclusions))
    if release.corrections:
        st.page_link(nav.page(CORRECTIONS), label="Corrections to these figures", icon=":material/history:")
