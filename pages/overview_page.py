import streamlit as st

from components import cached
from components.markdown import escape_markdown
from components.navigation import Navigation
from components.share import downloads
from components.text import plain
from components.tiles import figure_tiles, pillar_card
from indicators.model.library import Library
from indicators.view.briefing import BriefingView


def render(library: Library, view: BriefingView, nav: Navigation) -> None:
    gettext = view.language.gettext
    # The first screen says whose figures these are; the release's own title is in the citation.
    st.title(escape_markdown(view.heading))
    said = gettext(
        "From the media briefing of {date} · {publisher} · {count} figures, each linked to the sentence that states it"
    )
    plain(said.format(date=view.date, publisher=view.publisher, count=len(view.figures)), css_class="muted")
    if not view.figures:
        st.info(
            gettext("This release has no figures yet: add them under `indicators` in the data file."),
            icon=":material/info:",
        )
        return
    st.header(gettext("Headline figures"))
    figure_tiles(view, view.headlines, key="headline")

    st.header(gettext("The pillars"))
    columns = st.columns(min(4, len(view.pillars)))
    for index, pillar in enumerate(view.pillars):
        with columns[index % len(columns)]:
            pillar_card(view, pillar, nav.pillar(pillar.id))
    downloads(library, view, cached.frame(view), key="overview", heading=gettext("Download all figures"))
