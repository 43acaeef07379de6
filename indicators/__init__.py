"""The Baoshan indicators core: schema, loading, validation, number reading, figures and exports.

No Streamlit here: everything is testable without a browser.
"""

from .loader import default_path, load
from .models import Dataset, Indicator, Kind, Pillar, ReleaseInfo
from .problems import DataError, Problem
from .release import Figure, Release
from .validate import check

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
