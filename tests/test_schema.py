import json

from indicators.cli import SCHEMA_PATH, schema_text
from indicators.models import Indicator, Release
from tests.conftest import REAL_DATA


def test_exported_schema_is_current():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "schema/indicators.schema.json is stale: run `python -m indicators schema --write`"
    )


def test_required_fields_are_the_contract():
    schema = json.loads(schema_text())
    assert set(schema["required"]) == {"release", "pillars", "indicators"}
    assert set(schema["$defs"]["Indicator"]["required"]) == {"id", "label", "value", "unit", "pillar", "quote", "figure"}
    assert set(schema["$defs"]["Release"]["required"]) == {"id", "title", "publisher", "date", "source_text"}
    assert set(schema["$defs"]["Pillar"]["required"]) == {"id", "title"}
    optional = set(Indicator.model_fields) - set(schema["$defs"]["Indicator"]["required"])
    assert {"section", "headline", "kind", "decimals", "derived", "note"} <= optional
    assert "date" in Release.model_fields


def test_real_data_points_editors_at_the_schema():
    first_line = REAL_DATA.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=../schema/indicators.schema.json"
