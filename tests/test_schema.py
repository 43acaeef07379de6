import json

import pytest
from pydantic import ValidationError

from indicators.cli import schema_text
from indicators.model.schema import SCHEMA_PATH, Indicator, ReleaseInfo
from tests.conftest import REAL_DATA


def test_exported_schema_is_current():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "schema/indicators.schema.json is stale: run `python -m indicators schema --write`"
    )


def test_required_fields_are_the_contract():
    schema = json.loads(schema_text())
    assert set(schema["required"]) == {"release", "pillars", "indicators"}
    assert set(schema["$defs"]["Indicator"]["required"]) == {
        "id",
        "label",
        "value",
        "unit",
        "pillar",
        "quote",
        "figure",
    }
    assert set(schema["$defs"]["ReleaseInfo"]["required"]) == {"id", "title", "publisher", "date", "source_text"}
    assert "source_url" in schema["$defs"]["ReleaseInfo"]["properties"]
    assert {"measure", "form", "whole", "by"} <= set(schema["$defs"]["Chart"]["properties"])
    assert set(schema["$defs"]["Correction"]["required"]) == {"date", "figure", "change", "what", "reason"}
    assert set(schema["$defs"]["Pillar"]["required"]) == {"id", "title"}
    optional = set(Indicator.model_fields) - set(schema["$defs"]["Indicator"]["required"])
    assert {"section", "headline", "kind", "decimals", "derived", "note"} <= optional
    assert "date" in ReleaseInfo.model_fields


def test_real_data_points_editors_at_the_schema():
    first_line = REAL_DATA.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=../schema/indicators.schema.json"


def _yaml_files():
    from tests.conftest import FIXTURES, REAL_DATA

    return [REAL_DATA, *sorted(FIXTURES.glob("*/indicators.yaml"))]


def test_valid_files_satisfy_the_exported_schema_too():
    """The editor's schema and pydantic must agree: every valid file passes both."""
    import jsonschema

    from indicators.reading.yamlsafe import parse, read_text

    validator = jsonschema.Draft202012Validator(json.loads(schema_text()))
    for path in _yaml_files():
        data = parse(read_text(path)).data  # as the validator reads it: dates stay text
        errors = sorted(validator.iter_errors(data), key=str)
        assert not errors, f"{path}: {errors[0].message} at {list(errors[0].absolute_path)}"


def test_the_schema_refuses_what_pydantic_refuses():
    import jsonschema

    validator = jsonschema.Draft202012Validator(json.loads(schema_text()))
    chart = {"id": "c", "measure": "m", "indicators": ["a", "b"], "title": "a free title"}
    assert any(
        "title" in e.message
        for e in validator.iter_errors({"release": {}, "pillars": [], "indicators": [], "charts": [chart]})
    )


@pytest.mark.parametrize("unit, kind", [("percent", "percent"), ("%", "count")])
def test_a_percentage_is_one_thing_to_unit_and_kind(unit, kind):
    fields = {
        "id": "a",
        "label": "A",
        "value": 5,
        "pillar": "p",
        "quote": "Q 5.",
        "figure": "5",
        "unit": unit,
        "kind": kind,
    }
    with pytest.raises(ValidationError, match="disagrees with the unit"):
        Indicator.model_validate(fields)


import pytest


@pytest.mark.parametrize(
    "address",
    [
        'http://en.shio.gov.cn/a"onmouseover="x',
        "http://en.shio.gov.cn/<script>",
        "http://user:pass@en.shio.gov.cn/",
        "http://en.shio.gov.cn/\x00",
        "http://en.shio.gov.cn/\u202egnp.exe",
        "http://en.shio.gov.cn/a b",
        "javascript:alert(1)",
        "//en.shio.gov.cn/",
        "http:/en.shio.gov.cn",
        "http://en.shio.gov.cn:70000/",
        "ftp://en.shio.gov.cn/",
    ],
)
def test_a_release_address_is_an_absolute_http_address_and_nothing_else(address):
    from pydantic import ValidationError

    from indicators.model.schema import ReleaseInfo

    fields = {"id": "r", "title": "T", "publisher": "P", "date": "2020-08-13", "source_text": "s.txt"}
    with pytest.raises(ValidationError, match="absolute http"):
        ReleaseInfo(**fields, source_url=address)
    assert ReleaseInfo(**fields, source_url="http://en.shio.gov.cn/government-news/municipal/6526.shtml")


def test_texts_are_held_to_what_a_reader_can_use(tmp_path):
    from indicators import check
    from indicators.model.schema import LIMITS
    from tests.conftest import copy_release

    def long(data):
        data["indicators"][0]["label"] = "x " * 25_000
        data["indicators"][1]["note"] = "y" * 100_000

    _, problems = check(copy_release(tmp_path, long))
    messages = [p.message for p in problems if p.severity == "error"]
    assert any(f"`label` is 50000 characters; a reader can use {LIMITS['label']}" in m for m in messages), messages
    assert any(f"`note` is 100000 characters; a reader can use {LIMITS['note']}" in m for m in messages), messages


def test_the_size_limit_is_read_not_trusted():
    """A device reports no size and never ends: the reader stops at the limit."""
    from indicators.reading.yamlsafe import YamlError, read_text

    with pytest.raises(YamlError, match="holds more than the 32 MiB limit"):  # counted as read: it reports 0 bytes
        read_text("/dev/zero")
