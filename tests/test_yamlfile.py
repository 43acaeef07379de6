"""YAML written one way: the one ruamel round trip keeps a curated file byte for byte, and appending entries keeps
every comment, key order and blank line where it stood."""

import yaml

from indicators.curation import yamlfile
from tests.conftest import REAL_DATA

CURATED = """# A curated file
release:
  id: x  # kept
indicators:
  # review: the first
  - id: a
    label: "A"

  - id: b
    label: 'B'

# Comparisons go here
charts: []
"""


def test_a_load_and_a_dump_give_the_file_back_byte_for_byte():
    text = REAL_DATA.read_text(encoding="utf-8")
    assert yamlfile.dump(yamlfile.load(text)) == text
    assert yamlfile.dump(yamlfile.load(CURATED)) == CURATED


def test_appended_entries_come_last_with_their_review_comment_and_every_comment_stays_where_it_stood():
    document = yamlfile.load(CURATED)
    new = [(yamlfile.mapping({"id": "c", "label": "C"}), "review: check C"), (yamlfile.mapping({"id": "d"}), None)]
    yamlfile.append_entries(document, "indicators", new)
    text = yamlfile.dump(document)
    assert text.startswith(CURATED.split("\n\n# Comparisons")[0])  # the curated entries, their comments and quotes
    assert '    label: \'B\'\n\n  # review: check C\n  - id: "c"\n    label: "C"\n  - id: "d"\n' in text
    assert text.endswith('  - id: "d"\n\n# Comparisons go here\ncharts: []\n')  # what followed the list follows it
    assert [e["id"] for e in yaml.safe_load(text)["indicators"]] == ["a", "b", "c", "d"]


def test_a_missing_list_is_created_and_an_empty_append_changes_nothing():
    document = yamlfile.load(CURATED)
    yamlfile.append_entries(document, "not_figures", [])
    assert yamlfile.dump(document) == CURATED
    words = yamlfile.mapping({"words": "2020", "reason": "a year"}, flow=True)
    yamlfile.append_entries(document, "not_figures", [(words, None)])
    assert yamlfile.dump(document).endswith('not_figures:\n  - {words: "2020", reason: "a year"}\n')


def test_text_is_double_quoted_so_nothing_reads_as_a_date_or_a_boolean():
    entry = yamlfile.mapping({"date": "2020-08-13", "answer": "yes", "value": 3.0, "share": 2.5, "none": None})
    text = yamlfile.dump({"release": entry})
    assert yaml.safe_load(text) == {"release": {"date": "2020-08-13", "answer": "yes", "value": 3, "share": 2.5}}
