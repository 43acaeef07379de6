"""The Baoshan indicators core: schema, loading, validation, number reading, figures and exports.

No Streamlit here: everything is testable without a browser.
"""

from indicators.checks.loader import default_path, load
from indicators.checks.validate import check
from indicators.model.release import Figure, Release
from indicators.model.schema import Dataset, Indicator, Kind, Pillar, ReleaseInfo
from indicators.reading.problems import DataError, Problem

__all__ = [
    "DataError",
    "Dataset",
    "Figure",
    "Indicator",
    "Kind",
    "Pillar",
    "Problem",
    "Release",
    "ReleaseInfo",
    "check",
    "default_path",
    "load",
]
