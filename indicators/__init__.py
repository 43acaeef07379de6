"""The Baoshan indicators core: schema, loading, validation, number reading, figures and exports.

No Streamlit here: everything is testable without a browser.
"""

from .models import Dataset, Indicator, Kind, Pillar, Release
from .validate import Briefing, DataError, Figure, Problem, check, default_path, load

__all__ = ["Briefing", "DataError", "Dataset", "Figure", "Indicator", "Kind", "Pillar", "Problem", "Release",
           "check", "default_path", "load"]  # fmt: skip
