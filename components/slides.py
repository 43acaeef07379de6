"""Draw one briefing slide for a 1280x720 projector: no chrome, nothing under 18 px, 7:1 contrast."""

from __future__ import annotations

from html import escape

import streamlit as st

from components.charts import static_chart
from indicators import Briefing
from indicators.charts import PROJECTOR, chart_for
from indicators.formatting import date_text, qualifier_text, release_citation, unit_text, value_text
from indicators.highlight import marked_sentence_html
from indicators.slides import Slide

PROJECTOR_STYLE = """
<style>
/* A projector needs the slide only: no sidebar, toolbar or header. */
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"] {display: none !important;}
[data-testid="stMainBlockContainer"] {padding: 1rem 2.5rem 0.5rem 2.5rem !important; max-width: 100% !important;}
.slide {color: #1a1a1a; font-size: 22px; line-height: 1.3;}
.slide h1 {font-size: 44px; line-height: 1.15; margin: 0 0 0.4rem 0; padding: 0; color: #1a1a1a;}
.slide h2 {font-size: 36px; line-height: 1.15; margin: 0 0 0.6rem 0; padding: 0; color: #1a1a1a;}
.slide-meta {font-size: 26px; color: #1a1a1a; margin: 0.3rem 0;}
.slide-figures {display: flex; gap: 1.5rem; margin: 0.3rem 0 0.5rem 0;}
.slide-figure {flex: 1 1 0; border-top: 6px solid #005088; padding-top: 0.4rem;}
.slide-qualifier {font-size: 20px;}
.slide-value {font-size: 64px; font-weight: 700; line-height: 1.05;}
.slide-unit {font-size: 22px;}
.slide-label {font-size: 20px; margin-top: 0.25rem;}
.slide-big {font-size: 120px; font-weight: 700; line-height: 1;}
.slide blockquote {font-size: 26px; line-height: 1.35; border-left: 6px solid #005088; margin: 1rem 0;
  padding-left: 1rem; color: #1a1a1a;}
.slide mark {background: #ffe08a; color: #1a1a1a;}
.slide-source {font-size: 18px; color: #1a1a1a;}
.slide-counter {font-size: 20px; color: #1a1a1a; text-align: center;}
.stButton button p, .stButton button {font-size: 20px !important;}
[data-testid="stAlert"] p {font-size: 20px;}
</style>
"""


def projector_style() -> None:
    st.html(PROJECTOR_STYLE)


def _figure_html(figure) -> str:
    qualifier = escape(qualifier_text(figure))
    return (
        f'<div class="slide-figure" data-figure="{escape(figure.id, quote=True)}">'
        + (f'<div class="slide-qualifier">{qualifier}</div>' if qualifier else "")
        + f'<div class="slide-value">{escape(value_text(figure))}</div>'
        f'<div class="slide-unit">{escape(unit_text(figure))}</div>'
        f'<div class="slide-label">{escape(figure.label)}</div></div>'
    )


def draw_slide(briefing: Briefing, slide: Slide) -> None:
    release = briefing.release
    if slide.kind == "title":
        district = f"{release.district} District · " if release.district else ""
        st.html(f'<section class="slide" aria-label="Title slide"><div style="height: 6rem"></div>'
                f"<h1>{escape(release.title)}</h1>"
                f'<p class="slide-meta">{escape(district)}briefing of {escape(date_text(release.date))}</p>'
                f'<p class="slide-meta">{escape(release.publisher)}</p>'
                f'<p class="slide-meta">{len(briefing.figures)} figures, each with the sentence that states it</p>'
                "</section>")  # fmt: skip
    elif slide.kind == "pillar":
        st.html(f'<section class="slide"><h2>{escape(slide.title)}</h2><div class="slide-figures">'
                + "".join(_figure_html(f) for f in slide.figures) + "</div></section>")  # fmt: skip
        if slide.chart is not None:
            fig = briefing.memo(("slide-chart", slide.pillar.id),
                                lambda: chart_for(slide.chart.figures, slide.chart.title, PROJECTOR))  # fmt: skip
            static_chart(fig, key=f"slide-chart-{slide.pillar.id}")
    else:
        [figure] = slide.figures
        qualifier = escape(qualifier_text(figure))
        st.html(f'<section class="slide"><h2>{escape(figure.label)}</h2>'
                + (f'<div class="slide-qualifier">{qualifier}</div>' if qualifier else "")
                + f'<div class="slide-big">{escape(value_text(figure))}</div>'
                f'<div class="slide-unit">{escape(unit_text(figure))}</div>'
                f"{marked_sentence_html(figure)}"
                f'<p class="slide-source">Source: {escape(release_citation(release))}</p></section>')  # fmt: skip
