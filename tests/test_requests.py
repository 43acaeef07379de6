"""A link that was ever published keeps working: each id opens its figure or says what became of it."""

import pytest

from indicators.view.language import ENGLISH
from indicators.view.requests import requested_figure, said
from tests.conftest import published_ids


@pytest.mark.parametrize("figure_id", published_ids())
def test_every_published_id_opens_its_figure_or_explains_itself(release, figure_id):
    requested = requested_figure(figure_id, release)
    changes = {c.figure_id: c.change for c in release.corrections}
    if changes.get(figure_id) == "withdrawn":
        assert requested.figure is None and requested.withdrawn.figure_id == figure_id
    elif changes.get(figure_id) == "renamed":
        assert requested.figure.id != figure_id and "changed on" in said(requested.notice, ENGLISH)
    else:
        assert requested.figure.id == figure_id and requested.notice is None


def test_a_renamed_id_opens_the_figure_it_became(release):
    requested = requested_figure("regional-medical-centres", release)
    assert requested.figure.id == "regional-medical-center-construction-units"
    assert said(requested.notice, ENGLISH) == (
        "This link's figure id “regional-medical-centres” changed on 27 November 2026; it is now "
        "“regional-medical-center-construction-units”."
    )


def test_a_withdrawn_id_says_when_and_why(release, briefing):
    requested = requested_figure("industrial-cluster-scale", release)
    assert requested.figure is None and requested.notice is None
    retired = next(r for r in briefing.retired if r.old_id == "industrial-cluster-scale")
    assert retired.figure is None and retired.correction.date == "27 November 2026"
    assert "hundreds of billions" in requested.withdrawn.reason and "hundreds of billions" in retired.correction.reason


def test_known_unknown_and_hostile_ids(release):
    assert requested_figure("family-doctor-signing-rate", release).figure.value == 86.24
    assert requested_figure(None, release) == requested_figure("", release)
    assert requested_figure(None, release).figure is None and requested_figure(None, release).notice is None
    assert "“famly-doctor”" in said(requested_figure("famly-doctor", release).notice, ENGLISH)


@pytest.mark.parametrize("raw", ["<script>alert(1)</script>", "x" * 5000, "../../etc/passwd", "$x$ *y*", "a\nb"])
def test_hostile_ids_give_a_notice_that_never_echoes_them(release, raw):
    requested = requested_figure(raw, release)
    assert requested.figure is None and requested.withdrawn is None
    notice = said(requested.notice, ENGLISH)
    assert raw not in notice and "All figures" in notice


def test_figures_know_when_they_were_last_revised(release):
    assert release.by_id["folk-arts-festival-countries"].last_revised.what.startswith("Now says the 52")
    assert release.by_id["regional-medical-center-construction-units"].last_revised.change == "renamed"
    assert release.by_id["bus-lines"].last_revised is None


def test_the_corrections_list_names_each_figure_as_it_is_now(release, briefing):
    rows = briefing.corrections
    assert len(rows) == len(release.corrections)
    renamed = next(r for r in rows if r.figure_id == "regional-medical-centres")
    assert renamed.current_id == "regional-medical-center-construction-units" and renamed.kind == "renamed"
    withdrawn = next(r for r in rows if r.figure_id == "industrial-cluster-scale")
    assert withdrawn.current_id is None and withdrawn.label == "(withdrawn)"
    assert [r.iso for r in rows] == sorted((r.iso for r in rows), reverse=True)


def test_retired_ids_and_renames_lead_on_and_stay_retired(release):
    from indicators.model.ids import could_be_id, current_id, former_ids, renames, retired_ids

    retired = retired_ids(release.corrections)
    assert "regional-medical-centres" in retired and "industrial-cluster-scale" in retired
    renamed = renames(release.corrections)
    assert current_id("regional-medical-centres", renamed) == "regional-medical-center-construction-units"
    assert "regional-medical-centres" in former_ids("regional-medical-center-construction-units", renamed)
    assert current_id("a", {"a": "b", "b": "a"}) is None  # a loop of renames leads nowhere
    assert could_be_id("major-industrial-projects") and not could_be_id("x" * 81) and not could_be_id("<b>")


def test_an_id_is_made_readable_from_its_label():
    from indicators.model.ids import readable_id

    assert readable_id("Working days to register a company, at most") == "working-days-register-company-at-most"
    assert readable_id("Major industrial projects launched so far in 2020") == "major-industrial-projects-launched-2020"
    assert readable_id("Rank in the province for exports", taken=["rank-province-exports"]) == "rank-province-exports-2"
    assert readable_id("“$%”") == "figure" and len(readable_id("word " * 100)) <= 80
