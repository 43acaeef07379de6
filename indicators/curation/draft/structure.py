"""The release's layout: which paragraphs are sentences of figures and which are the page around them.

A release is more than its sentences: a title, part headings ("I. Economy", "1.Building a hub"), headings with a
count ("Three priorities for this year"), bracketed tags ("[Statistics]"), a byline or a source line ("By the
General Office of ...", "Source: Xinhua | 2030-06-03 18:42:10"), notes about the page ("Updated: ...",
"Contact: ..."), photo captions ("[Photo] ... (Xinhua/Chen Bo)"), and lists whose items start a line ("- GDP: ...",
"1. Rural roads."). Only prose and list items state figures; a list item's numeral is the list's, and a list
introduced by a line ending in a colon ("Highlights of last year:") summarises figures the prose states again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indicators.curation.draft.vocabulary import read_date
from indicators.reading.source import SENTENCE_END, Paragraph, SourceText

# A line that opens a list item: a bullet, or a numeral with a stop or a bracket ("1.", "1.Building", "(2)", "3)").
LIST_ITEM = re.compile(r"^(?:(?P<bullet>[-•*·▪–—]\s+)|(?P<numeral>\(\d{1,2}\)\s*|\d{1,2}[.)、](?!\d)\s*))(?=\S)")
_TAGS = re.compile(r"^(?:(?:\[[^\]]{1,40}\]|【[^】]{1,40}】)\s*)+$")
_CAPTION_OPENS = re.compile(
    r"^(?:\[(?:Photo|Picture|Image|Video)[^\]]*\]|\(?(?:Photo|Picture|Image|Caption)\b\s*(?::|shows|taken|by)"
    r"|\(Photo\b|Photo shows|Photo taken)",
    re.IGNORECASE,
)
# A credit closing a caption: "(Xinhua/Chen Bo)", "(Photo by Wu Tao)", "[Photo/Xinhua]", "Cui Songge / Ti Gong".
_CREDIT = re.compile(r"(?:\((?:[A-Z][\w .]*/[^)]+|Photo by [^)]+)\)|\[Photo/[^\]]+\])\s*$")
_META = re.compile(
    r"^(?:By|Source|Editor|Editors|Updated|Release date|Released|Published|Posted|Contact|Contacts|Tel|Telephone|Fax|"
    r"E-?mail|Reporter|Author|Written by|Translated by|Photo by|Share|Print|Close)\b\s*[:|]?",
    re.IGNORECASE,
)
ORG_HEADS = (
    "Office",
    "Bureau",
    "Government",
    "Commission",
    "Committee",
    "Department",
    "Administration",
    "Council",
    "Agency",
    "Centre",
    "Center",
    "Congress",
    "Xinhua",
)
_ORG_LINE = re.compile(
    rf"^(?:The\s+)?(?:[A-Z][\w’'-]*\s+|of\s+|and\s+|the\s+|for\s+|People['’]s\s+)*(?:{'|'.join(ORG_HEADS)})"
    rf"(?:\s+(?:of|for)\s+(?:[A-Z][\w’'-]*\s*)+)?$"
)
_DATE_LINE = re.compile(r"^[\w ,.:/-]{4,40}$")
HEADING_WORDS = 12  # a line of more words, or ending with a stop, is prose


@dataclass(frozen=True)
class Layout:
    """A paragraph's role: `title`, `part` (a part heading, which gives a pillar), `heading`, `tags`, `caption`,
    `meta` (a byline, a source line, a note about the page), `list` or `prose`; a list's items (where each starts
    and where its numeral, if any, ends) and whether it summarises figures stated elsewhere."""

    role: str
    items: tuple[tuple[int, int], ...] = ()
    summary: bool = False

    @property
    def states_figures(self) -> bool:
        return self.role in ("prose", "list")


REASONS = {
    "title": "the release's title (a figure it names is the text's to state)",
    "part": "a heading: it names a part of the release and states no figure",
    "heading": "a heading: it names what follows and states no figure",
    "tags": "a tag of the page, not a figure",
    "caption": "a photo caption: it describes a picture and states no figure of the release",
    "meta": "the release's byline or a note about the page (its source, date, contact), not a figure",
}
LIST_NUMERAL = "a list item's number, not a figure"


def _short_line(paragraph: Paragraph) -> bool:
    text = paragraph.text
    return len(paragraph.lines) == 1 and len(text.split()) <= HEADING_WORDS and not re.search(r"[.!?;,]$", text)


def numbered_heading(paragraph: Paragraph) -> bool:
    """ "1.Building a hub for advanced manufacturing": one short line, a numeral, no stop at its end."""
    match = LIST_ITEM.match(paragraph.text)
    return bool(match and match.group("numeral") and _short_line(paragraph) and len(paragraph.text.split()) <= 16)


def _role(paragraph: Paragraph, index: int, title: bool) -> str:
    text = paragraph.text
    if index == 0 and title:
        return "title"
    if paragraph.is_heading or numbered_heading(paragraph):
        return "part"
    if _TAGS.match(text):
        return "tags"
    if _CAPTION_OPENS.match(text) or _CREDIT.search(text) or (text.startswith("(") and text.endswith(")")):
        return "caption"
    if len(paragraph.lines) == 1 and (
        _META.match(text) and not re.match(r"^By\s+\d", text) or _ORG_LINE.match(text) or _is_date_line(text)
    ):
        return "meta"
    if any(LIST_ITEM.match(text[start:]) for start in paragraph.lines):
        return "list"
    if _short_line(paragraph) and not re.search(r":\s", text):
        return "heading"
    return "prose"


def _is_date_line(text: str) -> bool:
    return bool(_DATE_LINE.match(text) and read_date(text))


def is_title(source: SourceText) -> bool:
    first = source.paragraphs[0].text if source.paragraphs else ""
    return bool(first) and len(first) < 200 and not SENTENCE_END.search(first)


def layout_of(source: SourceText) -> list[Layout]:
    """Every paragraph's layout, in order."""
    title = is_title(source)
    layouts = []
    for index, paragraph in enumerate(source.paragraphs):
        role = _role(paragraph, index, title)
        if role != "list":
            layouts.append(Layout(role))
            continue
        items = []
        for start in paragraph.lines:
            match = LIST_ITEM.match(paragraph.text[start:])
            if match:
                numeral_end = start + match.end() if match.group("numeral") else start
                items.append((start, numeral_end))
        intro = paragraph.text[: items[0][0]].strip() if items else ""
        before = source.paragraphs[index - 1].text if index else ""
        summary = intro.endswith(":") or (not intro and before.endswith(":"))
        layouts.append(Layout(role, tuple(items), summary))
    return layouts
