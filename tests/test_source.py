"""The release text: sentences, where quotes stand, and which numbers nothing covers."""

from indicators.reading.source import SourceText

TEXT = "A title\n\nI. A part\n\nFirst, 12 parks opened. No.20 stays whole. It planted 800 trees.\n"


def test_sentences_are_split_once_and_in_order():
    source = SourceText(TEXT)
    assert [s.text for s in source.sentences if s.span.paragraph == 2] == [
        "First, 12 parks opened.",
        "No.20 stays whole.",
        "It planted 800 trees.",
    ]
    assert [s.first for s in source.sentences if s.span.paragraph == 2] == [True, False, False]


def test_a_quote_is_found_whole_and_its_section_known():
    source = SourceText(TEXT)
    span = source.find("It planted   800 trees.")
    assert span is not None and source.is_whole_sentence(span) and source.section_of(span) == "I.1"
    assert source.find("It planted 801 trees.") is None


def test_uncovered_numbers_leave_out_what_is_stated_or_explained():
    source = SourceText(TEXT)
    stated = [source.words_span("First, 12 parks opened.", "12 parks")]
    left = [token for _, token in source.uncovered_numbers(stated, ["No.20"])]
    assert left == ["800"]
