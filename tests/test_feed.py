"""The Atom feed of corrections and new briefings, read by a real feed client (feedparser)."""

import feedparser

from indicators.checks.library_check import load_library
from indicators.outputs.feed import feed_entries, feed_xml
from indicators.outputs.site import Site
from indicators.view.language import ENGLISH
from indicators.view.urls import ShareSite
from tests.conftest import published_library

SHARE = ShareSite("https://figures.example.org/baoshan")


def test_every_correction_and_every_briefing_is_an_entry_dated_and_linked(tmp_path):
    library = load_library(published_library(tmp_path))
    site = Site(library, SHARE)
    feed = feedparser.parse(feed_xml(site, ENGLISH))
    assert not feed.bozo and feed.feed.title == "Lanxi District, in figures: corrections and new briefings"
    corrections = sum(len(release.corrections) for release in library.releases)
    assert len(feed.entries) == corrections + len(library.releases)
    links = {entry.link for entry in feed.entries}
    assert "https://figures.example.org/baoshan/releases/baoshan-2020-08-13/" in links
    assert "https://figures.example.org/baoshan/figures/riverside-shoreline/" in links
    assert "https://figures.example.org/baoshan/figures/industrial-cluster-scale/" in links  # says why it went
    dates = [entry.updated_parsed for entry in feed.entries]
    assert dates == sorted(dates, reverse=True)  # newest first
    assert len({entry.id for entry in feed.entries}) == len(feed.entries)


def test_an_entry_for_a_derived_figure_says_so(release):
    from indicators.model.library import Library

    site = Site(Library.of_one(release), SHARE)
    entries = feed_entries(site, ENGLISH)
    renamed = next(e for e in entries if e.link.endswith("/regional-medical-center-construction-units/"))
    assert renamed.title.startswith("renamed: 2 hospitals (derived): ")
