import streamlit as st

from components import cached
from components.markdown import escape_markdown
from components.navigation import Navigation
from components.share import downloads
from components.text import plain
from components.tiles import figure_tiles, pillar_card
from indicators import Release
from indicators.checks.lead import headlines, leading
from indicators.model.library import Library
from indicators.reading.periods import date_text
from indicators.view.formatting import whose


def render(library: Library, release: Release, nav: Navigation) -> None:
    info = release.info
    # The first screen says whose figures these are; the release's own title is in the citation.
    st.title(f"{escape_markdown(whose(info))}, in figures")
    plain(
        f"From the media briefing of {date_text(info.date)} · {info.publisher} · {len(release.figures)} figures, "
        "each linked to the sentence that states it",
        css_class="muted",
    )
    if not release.figures:
        st.info(
            "This release has no figures yet: add them under `indicators` in the data file.", icon=":material/info:"
        )
        return
    st.header("Headline figures")
    figure_tiles(library, release, headlines(release), key="headline")

    st.header("The pillars")
    columns = st.columns(min(4, len(release.pillars)))
    for index, pillar in enumerate(release.pillars):
        figures = release.figures_in(pillar.id)
        with columns[index % len(columns)]:
            pillar_card(pillar, figures, leading(figures, 3), nav.pillar(pillar.id))
    downloads(release, cached.frame(release), key="overview", heading="Download all figures")
