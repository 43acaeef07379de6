"""The real dataset: what the validator cannot know by itself (the brief's figures, the release's own
showcase, the corrections this data has published), checked against the release's words."""

import hashlib
import shutil

import pytest
import yaml

from indicators import check
from indicators.checks.lead import headlines
from tests.conftest import REAL_DATA, ROOT

# The release as published (shared/source/baoshan-2020-08-13-briefing.txt less its two lines of site
# navigation), pinned: every quote is checked against this text, so it may never change unnoticed.
RELEASE_SHA256 = "ac5868c267188d50a301482cf7804855b33e9ec1c1a0f2453905fd5e50417172"


def test_source_copy_is_the_release_unchanged():
    copy = (ROOT / "data" / "source" / "baoshan-2020-08-13.txt").read_bytes()
    assert hashlib.sha256(copy).hexdigest() == RELEASE_SHA256
    assert copy.startswith(b"Press Release for Media Briefing of the Shanghai Municipal Government")


@pytest.mark.parametrize(
    "id, value, unit",
    [
        ("major-industrial-projects", 78, "projects"),
        ("major-industrial-projects-investment", 120, "billion yuan"),
        ("new-enterprises-per-day", 97, "enterprises per day"),
        ("river-chief-water-bodies", 953, "water bodies"),
        ("family-doctor-signing-rate", 86.24, "%"),
        ("fitness-cloud-class-reach", 5.8, "million people"),
    ],
)
def test_the_figures_named_in_the_brief(release, id, value, unit):
    figure = release.by_id[id]
    assert (figure.value, figure.unit) == (value, unit)


def test_the_releases_own_showcase_leads_and_nothing_that_needs_a_caveat_does(release):
    ids = {f.id for f in headlines(release)}
    assert "cruise-terminal-asia-rank" in ids
    assert "fitness-cloud-class-reach" not in ids  # its note: the release leaves what 5.8 million counts unsaid
    assert "industrial-cluster-scale" not in release.by_id  # an aim, not a number: withdrawn


def test_labels_keep_what_the_release_says_of_scope_and_period(release):
    for id in ("folk-arts-festival-countries", "folk-arts-festival-teams", "folk-arts-festival-guests"):
        assert "over its 10 editions" in release.by_id[id].label
    assert "citywide" in release.by_id["characteristic-industrial-parks-citywide"].label
    assert "construction units" in release.by_id["regional-medical-center-construction-units"].label
    assert "plans to open" in release.by_id["riverside-shoreline"].label
    assert release.by_id["cruise-terminal-asia-years"].kind.value == "span"
    assert release.by_id["cruise-terminal-global-rank"].field == "globally"


def test_every_correction_of_the_honest_presentation_issue_is_published(release):
    changed = {c.figure_id for c in release.corrections}
    assert {
        "industrial-cluster-scale",
        "regional-medical-centres",
        "fitness-cloud-class-reach",
        "folk-arts-festival-countries",
        "characteristic-industrial-parks-citywide",
        "riverside-shoreline",
        "steel-platform-share",
        "cruise-terminal-global-rank",
    } <= changed


def test_the_release_is_cited_with_its_address(release):
    assert release.info.source_url == "http://en.shio.gov.cn/government-news/municipal/6526.shtml"


def test_four_pillars_follow_the_release_structure(release):
    parts = {p.id: {f.section.split(".")[0] for f in release.figures_in(p.id)} for p in release.pillars}
    assert parts == {"economy": {"I"}, "livable-city": {"II"}, "governance": {"III"}, "people": {"III"}}
    assert {f.section for f in release.figures_in("governance")} <= {"III.1", "III.2"}
    assert {f.section for f in release.figures_in("people")} <= {"III.3", "III.4"}


@pytest.mark.parametrize("word", ["trioka", "dual", "centenary", "century", "single"])
def test_number_words_the_release_uses_are_accounted_for(tmp_path, word):
    """Each is in the release and excluded with a reason; take the exclusion away and --strict complains."""
    shutil.copytree(REAL_DATA.parent, tmp_path / "data")
    path = tmp_path / "data" / "indicators.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    kept = [e for e in data["not_figures"] if word not in e["words"]]
    assert len(kept) < len(data["not_figures"]), f"no exclusion mentions {word!r}"
    data["not_figures"] = kept
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    warnings = [p for p in check(path)[1] if p.severity == "warning"]
    assert any(f"the release states {word!r}" in p.message for p in warnings), warnings
