import shutil
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
REAL_DATA = ROOT / "data" / "indicators.yaml"
OTHER_RELEASE = FIXTURES / "other-release" / "indicators.yaml"
HOSTILE_RELEASE = FIXTURES / "hostile-release" / "indicators.yaml"
PUBLISHED_IDS = FIXTURES / "published-ids.txt"
BAD_FILES = sorted((FIXTURES / "bad").glob("*.yaml"))
CHART_FIXTURES = FIXTURES / "charts"


@pytest.fixture(scope="session")
def release():
    """The real dataset, validated (read-only: tests share it)."""
    from indicators import load

    return load(REAL_DATA)


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
