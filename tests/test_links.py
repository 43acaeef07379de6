import pytest

from indicators.formatting import escape_markdown, full_text, ordinal, release_citation, value_text
from indicators.links import citation_text, page_url, permalink, requested_figure


def test_known_id_opens_its_figure(briefing):
    assert requested_figure("family-doctor-signing-rate", briefing).figure.value == 86.24
    assert requested_figure(None, briefing) == requested_figure("", briefing)
    assert requested_figure(None, briefing).figure is None and requested_figure(None, briefing).notice is None


@pytest.mark.parametrize("raw", ["<script>alert(1)</script>", "x" * 5000, "../../etc/passwd", "$x$ *y*", "a\nb"])
def test_hostile_ids_give_a_notice_that_never_echoes_them(briefing, raw):
    requested = requested_figure(raw, briefing)
    assert requested.figure is None
    assert raw not in requested.notice and "All figures" in requested.notice


def test_unknown_well_formed_id_is_named_to_help_spot_typos(briefing):
    assert "“famly-doctor”" in requested_figure("famly-doctor", briefing).notice


def test_permalinks_drop_the_old_query(briefing):
    assert page_url("http://host:8501/economy?figure=old&x=1") == "http://host:8501/economy"
    assert page_url(None, "economy") == "/economy"
    assert permalink("http://host/economy", "bus-lines") == "http://host/economy?figure=bus-lines"


def test_citation_has_label_value_source_sentence_and_link(briefing):
    figure = briefing.by_id["elderly-care-people-served"]
    text = citation_text(briefing, figure, "http://host/governance?figure=elderly-care-people-served")
    lines = text.splitlines()
    assert lines[0] == "People served by the 'Internet + elderly care' projects: more than 110,000 people"
    assert lines[1] == ("Source: Press Release for Media Briefing of the Shanghai Municipal Government on August 13, "
                        "2020, Information Office of Shanghai Municipality, 13 August 2020 (published 15 August 2020)")
    assert lines[2].startswith("“The district explored the “Internet + elderly care” service model") and lines[2].endswith("”")
    assert lines[3] == "http://host/governance?figure=elderly-care-people-served"


def test_derived_figures_say_so_in_their_citation(briefing):
    text = citation_text(briefing, briefing.by_id["electronic-bus-stop-signs"], "link")
    assert "(derived)" in text and "Note: The release says 'full coverage'" in text


@pytest.mark.parametrize(
    "id, shown",
    [
        ("intelligent-sensing-devices", "26,000 devices"),
        ("family-doctor-signing-rate", "86.24%"),
        ("fitness-cloud-class-reach", "5.8 million people"),
        ("rural-environment-rank", "2nd in the city"),
        ("graphene-crystal-size", "1.5 inches"),
        ("major-projects-investment-since-2016", "more than 80 billion yuan"),
    ],
)
def test_figures_read_as_the_release_states_them(briefing, id, shown):
    assert full_text(briefing.by_id[id]) == shown


def test_ordinals_and_values():
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"]  # fmt: skip


def test_release_citation(briefing):
    assert release_citation(briefing.release).endswith("13 August 2020 (published 15 August 2020)")
    assert value_text(briefing.by_id["cruise-terminal-global-rank"]) == "top 4"


def test_markdown_escaping_keeps_text_literal():
    assert escape_markdown("$x$ *a* _b_ <i> :smile:") == r"\$x\$ \*a\* \_b\_ \<i\> \:smile\:"
