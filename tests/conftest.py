import shutil
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
REAL_DATA = ROOT / "data" / "indicators.yaml"
OTHER_RELEASE = FIXTURES / "other-release" / "indicators.yaml"
HOSTILE_RELEASE = FIXTURES / "hostile-release" / "indicators.yaml"
EDGE_RELEASE = FIXTURES / "pack-edge" / "indicators.yaml"  # a label of 200 characters, a Chinese sentence, no charts
PUBLISHED_IDS = FIXTURES / "published-ids.txt"
BAD_FILES = sorted((FIXTURES / "bad").glob("*.yaml"))
CHART_FIXTURES = FIXTURES / "charts"


@pytest.fixture(scope="session")
def release():
    """The real dataset, validated (read-only: tests share it)."""
    from indicators import load

    return load(REAL_DATA)


@pytest.fixture(scope="session")
def briefing(release):
    """The real briefing's one view, in English (read-only: tests share it)."""
    from indicators.model.library import Library
    from indicators.view.briefing import build_briefing_view

    return build_briefing_view(Library.of_one(release), release)


def view_of(release, language=None):
    """A release's view (a library of one), in a language (English by default)."""
    from indicators.model.library import Library
    from indicators.view.briefing import build_briefing_view
    from indicators.view.language import ENGLISH

    return build_briefing_view(Library.of_one(release), release, language or ENGLISH)


@pytest.fixture(scope="session")
def other_release():
    from indicators import load

    return load(OTHER_RELEASE)


@pytest.fixture
def bad():
    """Path of a bad-input fixture file, by name."""
    return lambda name: FIXTURES / "bad" / name


def published_ids() -> list[str]:
    return [line for line in PUBLISHED_IDS.read_text().splitlines() if line and not line.startswith("#")]


def copy_release(tmp_path: Path, edit) -> Path:
    """A copy of the other release (text and YAML) with ``edit`` applied to its parsed data."""
    shutil.copytree(OTHER_RELEASE.parent, tmp_path / "release")
    path = tmp_path / "release" / "indicators.yaml"
    data = yaml.safe_load(path.read_text())
    edit(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    return path


LIBRARY = FIXTURES / "library"  # three fictional briefings of Lanxi District, a year apart, with series


def lanxi(year: int) -> Path:
    """One of the fictional Lanxi briefings, as a draft ready to publish (2021, 2022 or 2023)."""
    return LIBRARY / f"lanxi-{year}-09-01" / "indicators.yaml"


def build_library(folder: Path, current: Path, earlier: list[Path] = ()) -> Path:
    """A library laid out by hand: ``current`` as data/indicators.yaml, each of ``earlier`` filed under
    data/releases/<its release id>/. Returns the data file."""
    data = folder / "data"
    shutil.copytree(current.parent, data, ignore=shutil.ignore_patterns("history", "releases"))
    for path in earlier:
        release_id = yaml.safe_load(path.read_text())["release"]["id"]
        shutil.copytree(path.parent, data / "releases" / release_id, ignore=shutil.ignore_patterns("history"))
    return data / "indicators.yaml"


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under a folder with its bytes: to prove a refused write changed nothing. (A writer's lock file,
    empty and left beside the data, holds nothing of it.)"""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


def published_library(folder: Path) -> Path:
    """A copy of the real data with the three Lanxi briefings published over it out of order (2021, 2023, then
    2022, filed late), as a press office would; returns the data file."""
    from indicators.curation.publish import publish

    shutil.copytree(REAL_DATA.parent, folder / "data")
    data = folder / "data" / "indicators.yaml"
    for year in (2021, 2023, 2022):  # Lanxi's briefings over Baoshan's, on purpose
        publish(lanxi(year), data, place_change=("Baoshan", "Lanxi"))
    return data
