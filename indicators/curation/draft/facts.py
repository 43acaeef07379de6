"""The release's facts, as far as its text states them: title, date, publication date, publisher, district, address,
and its parts (the pillars).

Read from where releases state them: the date from the lead's "today (August 13)" or "yesterday (October 15)", a
dateline ("LANSHAN, June 3 (Xinhua) --"), the title, a date line or a source line; the publisher from a source
line ("Source: Xinhua | ..."), a dateline's agency, a byline ("By the General Office of ..."), the lead's subject
("the Information Office of X held ...", "X spokesperson ..."), or a line that is an organisation's name; the place
from the title and the text, never from a photo caption. A fact the text does not state gets a placeholder, is
listed in `release.to_confirm` (which `validate --strict` refuses) and no relative period is resolved against it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

from indicators.curation.draft.structure import ORG_HEADS, Layout
from indicators.curation.draft.vocabulary import DATE, MONTHS, NOT_NAMES, read_date
from indicators.model.ids import readable_id
from indicators.reading.source import SourceText

PLACEHOLDER_PUBLISHER = "Publisher to be confirmed"
PLACEHOLDER_DATE = "1970-01-01"  # never a date a reader could take for the briefing's: `to_confirm` lists it
HEAD = 6  # paragraphs at the top of a release where its facts stand


def slugify(text: str, limit: int = 60) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "figure"


def _month_day(words: str, year: int) -> str | None:
    """ "October 15" in a year: a date."""
    return read_date(f"{words.strip()}, {year}")


_EVENT_DAY = re.compile(
    rf"\b(?P<when>today|yesterday|on)\s*\(?\s*(?:\w+day,?\s+)?(?P<day>(?:{MONTHS})\s+\d{{1,2}})\b(?!,?\s*\d{{4}})"
)
_DATELINE = re.compile(
    rf"^(?:[A-Z][A-Z .'-]+),\s+(?P<day>(?:{MONTHS})\s+\d{{1,2}})(?P<year>,?\s+(?:19|20)\d{{2}})?\s*(?:\((?P<agency>[A-Z][\w ]+)\))?\s*(?:--|—|–|-)"
)
_SOURCE = re.compile(r"^Source:\s*(?P<source>[^|]+?)\s*\|")
_META_OPENS = re.compile(r"^(?:By|Source|Editor|Updated|Published)\b", re.IGNORECASE)
_OUTLET = re.compile(
    r"(?!(?:By|Source|Editor|Updated|Published|Author|Photo)\b)[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5}"
)
_ORG = r"(?:[A-Z][\w’'&-]*|of|and|for|the|People['’]s)(?:\s+(?:[A-Z][\w’'&-]*|of|and|for|the|People['’]s|\(\w+\)))*"
_ACTS = (
    r"held|holds|briefed|released|issued|published|hosted|organi[sz]ed|announced|presented|reported|said|"
    r"convened|gave|has\s+held|has\s+released"
)
_ORG_ACTS = re.compile(rf"(?P<org>{_ORG})\s+(?:{_ACTS})\b")
_ORG_SPEAKER = re.compile(rf"(?P<org>{_ORG})\s+(?:spokesperson|spokesman|spokeswoman|press\s+office)\b")
_BYLINE = re.compile(rf"^By\s+(?P<org>{_ORG})\s*$")
_PLACE = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:[Dd]istrict|[Cc]ounty|New Area)\b")
_URL = re.compile(r"https?://[^\s<>\"'“”)]+")


def _organisation(words: str | None) -> str | None:
    """An organisation's name from a run of capitalised words: it holds an office, a bureau, a government..."""
    if not words:
        return None
    words = re.sub(r"^(?:(?:The|the|At|In|On|By)\s+)+", "", words.strip())
    words = re.sub(r"(?:\s+(?:of|and|for|the))+$", "", words)
    if not any(re.search(rf"\b{head}\b", words) for head in ORG_HEADS):
        return None
    head = max(words.rfind(h) + len(h) for h in ORG_HEADS if h in words)
    tail = re.match(r"(?:\s+(?:of|for)\s+(?:[A-Z][\w’'-]*\s*)+)?", words[head:])
    return words[: head + (tail.end() if tail else 0)].strip()


def _lead_paragraphs(source: SourceText, layouts: list[Layout]) -> list[str]:
    return [
        p.text for p, layout in zip(source.paragraphs[:HEAD], layouts[:HEAD], strict=False) if layout.role != "caption"
    ]


def publisher_of(source: SourceText, layouts: list[Layout]) -> str | None:
    head = _lead_paragraphs(source, layouts)
    for text in head:
        if match := _SOURCE.match(text):
            return match.group("source").strip()
    for text in head:  # "By WANG LEI in Xiaoyun | Jiangnan Daily | Updated: ...": the outlet between the bars
        if "|" in text and _META_OPENS.match(text):
            outlet = [part.strip() for part in text.split("|")[1:] if _OUTLET.fullmatch(part.strip())]
            if outlet:
                return outlet[0]
    for text in head:
        if (match := _DATELINE.match(text)) and match.group("agency"):
            return match.group("agency").strip()
    for text in head:
        if (match := _BYLINE.match(text)) and (org := _organisation(match.group("org"))):
            return org
    for pattern in (_ORG_ACTS, _ORG_SPEAKER):
        for text in head:
            for match in pattern.finditer(text):
                if org := _organisation(match.group("org")):
                    return org
    for text, layout in zip(head, layouts, strict=False):
        if layout.role == "meta" and (org := _organisation(text)) == text.removeprefix("The ").strip():
            return org
    return None


def district_of(source: SourceText, layouts: list[Layout]) -> str | None:
    """The place whose figures these are: named in the title, else the one the text names most (never a caption's)."""
    named = [
        (index, " ".join(w for w in match.group(1).split() if w not in NOT_NAMES))
        for index, (paragraph, layout) in enumerate(zip(source.paragraphs, layouts, strict=False))
        if layout.role != "caption"
        for match in _PLACE.finditer(paragraph.text)
    ]
    named = [(index, name) for index, name in named if name]
    names = [name.split()[-1] if name.split()[0] in ("CPC", "Of") else name for _, name in named]
    in_title = [name for (index, _), name in zip(named, names, strict=False) if layouts[index].role == "title"]
    if in_title:
        return in_title[0]
    counted = Counter(names)
    return max(counted, key=lambda name: (counted[name], -names.index(name))) if counted else None


def _dates(text: str) -> list[str]:
    return [iso for match in DATE.finditer(text) if (iso := read_date(match.group()))]


def dates_of(source: SourceText, layouts: list[Layout]) -> tuple[str | None, str | None]:
    """The briefing's date and, when the text gives another, the date it was published: the lead's "today
    (August 13)" or "yesterday (October 15)", else a dateline, the title, a date line, any date at the top."""
    head = [(p, layout) for p, layout in zip(source.paragraphs[:HEAD], layouts[:HEAD], strict=False)]
    head = [(p, layout) for p, layout in head if layout.role != "caption"]
    title = [iso for p, layout in head if layout.role == "title" for iso in _dates(p.text)]
    lines = [iso for p, layout in head if layout.role == "meta" for iso in _dates(p.text)]
    full = [iso for p, _ in head for iso in _dates(p.text)]
    year = int((title or lines or full or ["0"])[0][:4]) or None
    date = published = None
    for paragraph, layout in head:
        if layout.role not in ("prose", "meta") or year is None:
            continue
        if dateline := _DATELINE.match(paragraph.text):
            stated = int(dateline.group("year").strip(", ")) if dateline.group("year") else year
            date = _month_day(dateline.group("day"), stated)
            break
        if layout.role == "prose" and (event := _EVENT_DAY.search(paragraph.text)):
            date = _month_day(event.group("day"), year)
            if event.group("when") == "yesterday" and date:
                published = (dt.date.fromisoformat(date) + dt.timedelta(days=1)).isoformat()
            break
    date = date or next(iter(title + lines + full), None)
    if published is None:
        published = next((iso for iso in lines if iso != date), None)
    return date, published


def release_facts(source: SourceText, path: Path, layouts: list[Layout]) -> tuple[dict, list[str]]:
    """Title, dates, publisher, district and address, as far as the text states them; each it does not is a
    placeholder, listed in `to_confirm`, with a note at the top of the draft."""
    notes, to_confirm = [], []
    first = source.paragraphs[0].text if source.paragraphs else ""
    if layouts and layouts[0].role == "title":
        title = first
    else:
        title = path.stem.replace("-", " ").title()
        to_confirm.append("title")
        notes.append("review: the text opens with no title the draft could read; `title` is a placeholder")
    date, published = dates_of(source, layouts)
    if date is None:
        to_confirm.append("date")
        notes.append(
            "review: the text states no date; `date` is a placeholder and no relative period ('last year', 'this "
            "year') is resolved: confirm the date, then each figure's period"
        )
    publisher = publisher_of(source, layouts)
    if publisher is None:
        to_confirm.append("publisher")
        notes.append("review: the text names no publisher the draft could find; `publisher` is a placeholder")
    district = district_of(source, layouts)
    if district is None:
        to_confirm.append("district")
        notes.append("review: the text names no district the draft could find: say whose figures these are")
    url = _URL.search(" ".join(p.text for p in source.paragraphs))
    source_url = url.group().rstrip(".,;:") if url else None
    if source_url is None:
        to_confirm.append("source_url")
        notes.append("review: the text states no address: give the page the release was published on (`source_url`)")
    release = {
        "id": slugify(f"{district or path.stem.split('-')[0]}-{date or 'undated'}", 80),
        "title": title,
        "publisher": publisher or PLACEHOLDER_PUBLISHER,
        "date": date or PLACEHOLDER_DATE,
        "briefing_date": date,  # None when the text states none: nothing is resolved against a placeholder
        "published": published,
        "district": district,
        "source_url": source_url,
        "to_confirm": to_confirm,
    }
    return release, notes


_LEADING_VERB = re.compile(
    r"^(?:adhere|build|building|promote|promoting|improve|improving|advance|advancing|strengthen|strengthening|"
    r"deepen|deepening|prioriti[sz]e|prioriti[sz]ing|create|creating|develop|developing|foster|fostering|open|"
    r"opening|pursue|pursuing|speed|expand|expanding|drive|driving|focus|focusing|accelerate|accelerating|make|"
    r"making|grow|enhance|enhancing|continue|continuously|further|constantly|vigorously|steadily|comprehensively)$",
    re.IGNORECASE,
)
PILLAR_WORDS = 3  # a pillar's id: the first words of its title that say what it is about


def pillar_id(title: str, taken: list[str]) -> str:
    """A pillar's id from its title: its first words that carry meaning, leading verbs and adverbs left out
    ("Building a hub for advanced manufacturing" is "hub-advanced-manufacturing")."""
    words = re.findall(r"[A-Za-z0-9]+", title)
    while len(words) > 1 and _LEADING_VERB.match(words[0]):
        words.pop(0)
    meaningful = readable_id(" ".join(words)).split("-")
    return readable_id(" ".join(meaningful[:PILLAR_WORDS]), taken)


def pillars_of(source: SourceText, layouts: list[Layout]) -> tuple[list[tuple[str, str]], dict[int, str]]:
    """A pillar per part of the release ("I. Economy", "1.Building a hub ..."), else one; and each paragraph's pillar
    (a paragraph before the first part has none)."""
    pillars: list[tuple[str, str]] = []
    by_paragraph: dict[int, str] = {}
    current = None
    for paragraph, layout in zip(source.paragraphs, layouts, strict=False):
        if layout.role == "part":
            title = re.sub(r"^(?:[IVXLC]+\.|\(?\d{1,2}[.)、]|\(\d{1,2}\))\s*", "", paragraph.text).rstrip(".")
            title = title[:1].upper() + title[1:]
            current = pillar_id(title, [p for p, _ in pillars])
            pillars.append((current, title))
        if current is not None:
            by_paragraph[paragraph.index] = current
    if not pillars:
        pillars = [("figures", "Figures")]
    return pillars, by_paragraph
