import streamlit as st

from components.text import plain
from indicators import Briefing
from indicators.highlight import release_html
from indicators.links import permalink


def render(briefing: Briefing, url_path: str) -> None:
    st.title("The release, as published")
    plain(f"Every one of the {len(briefing.figures)} curated figures is marked; select one to open its sentence "
          "and citation. Numbers left unmarked are dates, names or labels, listed in the data with a reason.",
          css_class="muted")  # fmt: skip
    html = briefing.memo(("release-html", url_path),
                         lambda: release_html(briefing, href=lambda figure_id: permalink(f"/{url_path}", figure_id)))
    st.html(html)
    if briefing.dataset.not_figures:
        with st.expander(f"Numbers in the release that are not figures ({len(briefing.dataset.not_figures)})"):
            st.dataframe([{"words": e.words, "why not a figure": e.reason} for e in briefing.dataset.not_figures],
                         hide_index=True)  # fmt: skip
