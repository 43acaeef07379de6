from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
REAL_DATA = ROOT / "data" / "indicators.yaml"
OTHER_RELEASE = FIXTURES / "other-release" / "indicators.yaml"


@pytest.fixture(scope="session")
def briefing():
    """The real dataset, validated (read-only: tests share it)."""
    from indicators import load

    return load(REAL_DATA)


@pytest.fixture
def bad():
    """Path of a bad-input fixture file, by name."""
    return lambda name: FIXTURES / "bad" / name
HOSTILE_RELEASE = FIXTURES / "hostile-release" / "indicators.yaml"
BAD_FILES = sorted((FIXTURES / "bad").glob("*.yaml"))
