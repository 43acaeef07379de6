"""Which figures lead: the front page, the pillar cards and the slides."""

from indicators.checks.lead import headlines, leading


def test_headlines_are_the_flagged_ones_and_need_no_caveat(release):
    ids = [f.id for f in headlines(release)]
    assert "cruise-terminal-asia-rank" in ids  # the release's own showcase
    assert "fitness-cloud-class-reach" not in ids  # a note: the release leaves what it counts unsaid
    assert all(not (f.derived or f.qualifier or f.note) for f in headlines(release))


def test_without_flags_headlines_are_the_first_figures_that_need_no_caveat(other_release):
    ids = [f.id for f in headlines(other_release)]
    # "some 1,250 firms" is qualified: a figure with a caveat never leads unflagged
    assert ids == ["new-projects", "project-value", "export-growth", "new-firms-rank", "new-parks", "riverbank-length"]


def test_leading_puts_headlines_then_plain_figures_first(release):
    economy = release.figures_in("economy")
    assert [f.id for f in leading(economy, 4)] == [
        "major-industrial-projects",
        "major-industrial-projects-investment",
        "cruise-terminal-asia-rank",
        "new-enterprises-per-day",
    ]
    governance = release.figures_in("governance")  # no headline: plain figures before qualified and derived ones
    assert [f.id for f in leading(governance, 2)] == ["intelligent-sensing-devices", "elderly-care-people-served"]
