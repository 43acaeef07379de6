"""The release's facts, as far as its text states them: title, dates, publisher, district, its parts."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

from indicators.curation.draft.vocabulary import DATE, NOT_NAMES
from indicators.reading.source import SENTENCE_END, SourceText


def slugify(text: str, limit: int = 60) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "figure"


def read_date(text: str) -> str | None:
    text = text.strip("() ").replace(".", "")
    for form in ("%B %d, %Y", "%B %d %Y", "%d %B %Y", "%b %d, %Y", "%b %d %Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(re.sub(r"(\d)(st|nd|rd|th)", r"\1", text), form).date().isoformat()
        except ValueError:
            continue
    return None


def release_facts(source: SourceText, path: Path) -> tuple[dict, list[str]]:
    """Title, dates, publisher and district, as far as the text states them; what it does not, it says."""
    notes = []
    first = source.paragraphs[0].text if source.paragraphs else path.stem
    title = first if len(first) < 200 and not SENTENCE_END.search(first) else path.stem.replace("-", " ").title()
    dated = [
        (match.group(), read_date(match.group()))
        for match in DATE.finditer(" ".join(p.text for p in source.paragraphs[:4]))
    ]
    dated = [(words, iso) for words, iso in dated if iso]
    in_title = [iso for words, iso in dated if words in title]
    date = in_title[0] if in_title else dated[0][1] if dated else None
    standalone = [iso for p in source.paragraphs[:3] if (iso := read_date(p.text))]
    published = standalone[0] if standalone and standalone[0] != date else None
    if date is None:
        date = published or dt.date.today().isoformat()
        notes.append("review: the text states no date the draft could read; `date` is a placeholder")
    head = " ".join(p.text for p in source.paragraphs[:6])
    publisher = re.search(r"\bInformation Office of [A-Z]\w*(?: [A-Z]\w*)*", head) or re.search(
        r"\b(?!The\b)(?:[A-Z]\w* )+Information Office\b", head
    )
    if publisher is None:
        notes.append("review: the text names no publisher the draft could find; `publisher` is a placeholder")
    found = re.finditer(r"\b([A-Z][a-z]+) [Dd]istrict\b", " ".join(p.text for p in source.paragraphs))
    districts = Counter(m.group(1) for m in found if m.group(1) not in NOT_NAMES)
    district = districts.most_common(1)[0][0] if districts else None
    release = {
        "id": slugify(f"{district or path.stem}-{date}", 80),
        "title": title,
        "publisher": publisher.group() if publisher else "Publisher to be confirmed",
        "date": date,
        "published": published,
        "district": district,
    }
    return release, notes


def pillars_of(source: SourceText) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """A pillar per part of the release ("I.", "II.", ...), else one."""
    pillars, by_part = [], {}
    for paragraph in source.paragraphs:
        if paragraph.is_heading and paragraph.section not in by_part:
            title = re.sub(r"^[IVXLC]+\.\s*", "", paragraph.text).rstrip(".")
            pillar_id = f"part-{paragraph.section.lower()}"
            pillars.append((pillar_id, title[:1].upper() + title[1:]))
            by_part[paragraph.section] = pillar_id
    if not pillars:
        pillars = [("figures", "Figures")]
    return pillars, by_part
