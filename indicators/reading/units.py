"""What a unit measures: time, length, area, money, a share or a count, read from its words.

The validator holds a figure's unit to the dimension its words state ("45 working days" is time, so its unit is
never "kilometres"); words that name no dimension ("10 times", "12,500个") leave the unit to the curator.
"""

from __future__ import annotations

import re
from enum import Enum


class Dimension(str, Enum):
    TIME = "time"
    LENGTH = "length"
    AREA = "area"
    MONEY = "money"
    SHARE = "share"


_WORDS = {
    Dimension.TIME: "year years month months week weeks day days hour hours minute minutes second seconds",
    Dimension.LENGTH: "kilometre kilometres kilometer kilometers km metre metres meter meters m mile miles inch inches "
    "centimetre centimetres centimeter centimeters cm foot feet",
    Dimension.AREA: "hectare hectares mu acre acres km2 sq square",
    Dimension.MONEY: "yuan rmb cny dollar dollars usd us$ $ euro euros eur pound pounds gbp hk$",
    Dimension.SHARE: "% percent per cent",
}
_DIMENSION_OF = {word: dimension for dimension, words in _WORDS.items() for word in words.split()}
_TOKEN = re.compile(r"[a-z]+\$|\$|%|[a-z]+[0-9]?", re.IGNORECASE)


def dimension_of(text: str) -> Dimension | None:
    """The dimension a unit (or the words after a number) names; area before length ("square kilometres"),
    a share before all ("% of households"); None for a count or words that name no dimension."""
    found = {_DIMENSION_OF[t.lower()] for t in _TOKEN.findall(text) if t.lower() in _DIMENSION_OF}
    for dimension in (Dimension.SHARE, Dimension.AREA, Dimension.MONEY, Dimension.LENGTH, Dimension.TIME):
        if dimension in found:
            return dimension
    return None
