"""The dashboard over time: it opens on the newest briefing, every published address keeps opening its figure
in its own briefing (with that briefing's date on screen), a figure shows its series, a tile what changed."""

import base64
import os
import re
import shutil

import pytest

from indicators.checks.validate import check
from tests.app.conftest import html_text, tiles
from tests.conftest import REAL_DATA, published_ids, published_library

BAOSHAN_DATE = "13 August 2020"


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    return published_library(tmp_path_factory.mktemp("library"))


def test_it_opens_on_the_newest_briefing_and_offers_every_one(app, published):
    at = app(data_file=published)
    assert not at.exception
    assert at.title[0].value.startswith("Lanxi District, in figures")
    (picker,) = at.selectbox
    assert picker.label == "Briefing" and picker.value == "lanxi-2023-09-01"
    assert picker.options[0].startswith("1 September 2023 (newest)") and picker.options[-1].startswith(BAOSHAN_DATE)
    assert not at.info  # the newest briefing needs no "earlier briefing" notice


@pytest.mark.parametrize("figure_id", published_ids())
def test_every_published_id_still_opens_its_2020_figure(app, published, figure_id):
    at = app(data_file=published, query={"figure": figure_id})
    assert not at.exception
    assert at.query_params["release"] == "baoshan-2020-08-13"  # the address now says which briefing
    notices = " ".join(i.value for i in at.info)
    assert f"An earlier briefing: Baoshan District, {BAOSHAN_DATE}" in notices
    before, _ = check(REAL_DATA)
    html = html_text(at)
    if figure_id in before.by_id:
        assert f'data-figure="{figure_id}"' in html and f"From the briefing of {BAOSHAN_DATE}" in html
    else:  # renamed (opens the figure it became, in 2020) or withdrawn (says when and why)
        assert f"From the briefing of {BAOSHAN_DATE}" in html or "was withdrawn on" in html


def test_a_release_in_the_address_opens_that_briefing(app, published):
    at = app(data_file=published, query={"release": "lanxi-2021-09-01"})
    assert at.selectbox[0].value == "lanxi-2021-09-01"
    assert any("An earlier briefing: Lanxi District, 1 September 2021" in i.value for i in at.info)
    assert "**36**" in " ".join(tiles(at, "headline").values())


def test_an_unknown_release_is_named_and_the_newest_shown(app, published):
    at = app(data_file=published, query={"release": "lanxi-1999-01-01"})
    assert not at.exception
    assert any("holds no briefing “lanxi-1999-01-01”" in w.value for w in at.warning)
    assert at.selectbox[0].value == "lanxi-2023-09-01"
    hostile = app(data_file=published, query={"release": "<script>alert(1)</script>"})
    assert any("holds no briefing in this address" in w.value for w in hostile.warning)
    assert "<script>" not in " ".join(w.value for w in hostile.warning)


def test_tiles_say_what_changed_only_where_it_is_comparable(app, published):
    labels = tiles(app(data_file=published), "headline")
    assert "Up 4 from 41 on 1 September 2022" in labels["major-projects-2023"]
    assert "Up 1.8 points from 33.2% on 1 September 2022" in labels["family-doctor-rate-2023"]
    economy = tiles(app(data_file=published, url_path="economy"), "tile-economy")
    assert "from" not in economy["major-projects-investment-2023"]  # 2022 said "more than 50": a bound
    assert "from" not in economy["new-enterprises-rank-2023"]  # a place is not an amount


def test_a_figure_shows_its_series_with_each_briefings_sentence(app, published):
    at = app(data_file=published, query={"figure": "water-bodies-river-chiefs-2022"})
    html = html_text(at)
    assert "At each briefing" in html
    for date, value in (("1 September 2021", "410"), ("1 September 2022", "410"), ("1 September 2023", "436")):
        assert f'<th scope="row">{date}</th>\n<td>{value} water bodies</td>' in html
    assert 'href="rivers?figure=water-bodies-river-chiefs-2023"' in html
    assert "Since the previous briefing: unchanged from 410 on 1 September 2021." in html
    (image,) = re.findall(r'<img class="series-image" src="data:image/svg\+xml;base64,([^"]+)"', html)
    svg = base64.b64decode(image).decode("utf-8")  # the small chart over the briefings' dates, as an image
    assert svg.count('class="series-mark') == 3


def test_a_library_of_one_shows_no_picker(app):
    at = app(data_file=REAL_DATA)
    assert not at.selectbox and not at.info


def test_readers_keep_their_library_while_a_publish_moves_files(app, published, tmp_path):
    library = tmp_path / "data"
    shutil.copytree(published.parent, library)
    data = library / "indicators.yaml"
    at = app(data_file=data)
    (library / ".publishing").write_text(f"{os.getpid()}\n")
    # files mid-move: the current briefing filed while it is still the current file (an id in two places)
    shutil.copytree(library, tmp_path / "copy")
    shutil.copytree(
        tmp_path / "copy",
        library / "releases" / "lanxi-2023-09-01",
        ignore=shutil.ignore_patterns("releases", "history"),
    )
    at.run()
    assert not at.exception and not at.warning
    assert at.title[0].value.startswith("Lanxi District, in figures")


def test_a_published_slide_link_presents_its_2020_figure(app, published):
    at = app(data_file=published, url_path="briefing", query={"figure": "new-enterprises-per-day"})
    assert not at.exception
    html = html_text(at)
    assert 'data-figure="new-enterprises-per-day"' in html and "13 August 2020" in html
    slides = app(data_file=published, url_path="briefing", query={"release": "lanxi-2022-09-01"})
    assert "Figures from the briefing of 1 September 2022" in html_text(slides)
