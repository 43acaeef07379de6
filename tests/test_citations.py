"""Citations lead back to the original: the release, its publisher, its date, its address."""

from indicators.view.citations import page_citation, release_citation

ADDRESS = "http://en.shio.gov.cn/government-news/municipal/6526.shtml"


def test_the_release_citation_gives_the_address(release):
    assert release_citation(release) == (
        "Press Release for Media Briefing of the Shanghai Municipal Government on August 13, 2020, Information "
        f"Office of Shanghai Municipality, 13 August 2020 (published 15 August 2020). {ADDRESS}"
    )


def test_a_release_without_an_address_is_cited_without_one(other_release):
    assert release_citation(other_release).endswith("Riverside District Information Office, 2 March 2021")


def test_figure_citation_has_label_value_source_sentence_and_link(briefing):
    view = briefing.by_id["elderly-care-people-served"]
    lines = view.cite("http://host/governance?figure=elderly-care-people-served").splitlines()
    assert lines[0] == "People served in total by the 'Internet + elderly care' projects: more than 110,000 people"
    assert lines[1].startswith("Source: Press Release for Media Briefing") and lines[1].endswith(ADDRESS)
    assert lines[2].startswith("“The district explored the “Internet + elderly care” service model")
    assert lines[3].startswith("Last revised 27 November 2026: Now says 'in total', as the release does.")
    assert lines[-1] == "http://host/governance?figure=elderly-care-people-served"


def test_derived_figures_and_notes_say_so(briefing):
    text = briefing.by_id["electronic-bus-stop-signs"].cite("link")
    assert "(derived)" in text.splitlines()[0] and "Note: The release says 'full coverage'" in text
    text = briefing.by_id["fitness-cloud-class-reach"].cite("link")
    assert "Note: The release's own words. It does not say what the 5.8 million counts" in text


def test_page_citation(briefing):
    lines = page_citation("Livable city", briefing.title, briefing.citation, "http://host/livable-city").splitlines()
    assert lines[0].startswith("Livable city: figures from Press Release")
    assert lines[1].endswith(ADDRESS) and lines[2] == "http://host/livable-city"
