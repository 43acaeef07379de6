"""Every file the export writes, in every language and briefing, is served by the share site's nginx location meant
for its kind: an embed in Chinese is framed as an embed in English is (frame-ancestors *), the slides in Chinese
carry the slides' policy. The browser tests prove what each location's headers do; this proves each file reaches
the right location, without a server, for every output the registry holds."""

from __future__ import annotations

import re

import pytest

from indicators.checks.library_check import load_library
from indicators.outputs.registry import OUTPUTS, Rendering, subjects
from indicators.outputs.site import Site
from indicators.view.language import LANGUAGES
from indicators.view.urls import SLIDES_PATH, ShareSite, briefing_path, embed_path, page_file
from tests.conftest import ROOT, published_library

CONFIG = (ROOT / "deploy" / "nginx-share-site.conf").read_text(encoding="utf-8")
# The regular-expression locations, in the order nginx tries them (the first that matches serves the file);
# a path none matches is served by `location /`.
LOCATIONS = re.findall(r"^\s*location ~ (\S+) \{", CONFIG, re.MULTILINE)

# Which location serves each output: a fragment of its regular expression ("/" is the plain location).
MEANT_FOR = {
    "embed": "embed/",
    "slides": "slides/",
    "chart": r"\.svg$",
    "slide-chart": r"\.svg$",
    "card": "/cards/",
    "csv": r"/figures\.",
    "json": r"/figures\.",
    "xlsx": r"/figures\.",
    "feed": r"/feed\.xml$",
}


def served_by(path: str) -> str:
    """The location nginx serves the share-site path from (the briefing's folder is the first segment)."""
    return next((regex for regex in LOCATIONS if re.search(regex, path)), "/")


def meant(output_name: str) -> str:
    fragment = MEANT_FOR.get(output_name)
    if fragment is None:
        return "/"
    (regex,) = [r for r in LOCATIONS if fragment in r]
    return regex


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Site:
    """The real briefing, in English and Chinese, filed under releases/ behind the Lanxi briefings."""
    library = load_library(published_library(tmp_path_factory.mktemp("library")))
    return Site(library, ShareSite("https://figures.example.org/baoshan"), "https://dash.example.org/")


def test_the_share_site_has_a_location_for_each_kind_it_frames_or_types_apart():
    assert len(LOCATIONS) == len(set(MEANT_FOR.values())), LOCATIONS
    # The model above knows regular-expression locations and `location /`; an exact (=), a preferred prefix (^~)
    # or a case-blind (~*) location would change nginx's order of choice, and this test would not see it.
    every = re.findall(r"^\s*location\s+(.+?)\s*\{", CONFIG, re.MULTILINE)
    assert sorted(every) == sorted(["/", *(f"~ {regex}" for regex in LOCATIONS)]), every


@pytest.mark.parametrize("output", OUTPUTS, ids=lambda o: o.name)
def test_every_output_in_every_language_reaches_the_location_meant_for_it(site, output):
    languages = set()
    for briefing in site.briefings():
        rendering = Rendering(site, briefing)
        for subject in subjects(output, rendering)[:3]:
            path = "/baoshan/" + output.path(rendering, subject)
            assert served_by(path) == meant(output.name), f"{output.name} in {briefing.language.tag}: {path}"
            languages.add(briefing.language)
    if output.scope not in ("retired", "library"):  # the library's feed goes with its current briefing, in English
        assert languages == set(LANGUAGES), output.name  # the real briefing, filed earlier, is in all three


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.tag)
@pytest.mark.parametrize("release_id", [None, "lanxi-2022-09-01"])
def test_the_slides_of_any_briefing_in_any_language_keep_their_policy(language, release_id):
    """Every briefing's slides, whichever language and briefing, current or under releases/<id>/; the fixture's
    library has one briefing in three languages, this covers every combination."""
    slides = "/baoshan/" + briefing_path(release_id, language) + SLIDES_PATH
    assert served_by(slides) == meant("slides"), slides
    assert served_by("/baoshan/" + page_file(embed_path("x", language))) == meant("embed")
