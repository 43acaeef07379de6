"""A figure as a reader sees it, in one language: every word any output shows of it (tile, drill-down, slide,
snapshot, share page and its head, embed and its code, card, download, feed, citation) is a field or property
here, so a qualifier, a "derived" or "so far in 2020" can never be dropped in one output and kept in another.

`BriefingView` (indicators/view/briefing.py) builds these once per data version; outputs render them and nothing
else.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from indicators.model.release import Figure
from indicators.model.schema import Kind
from indicators.reading.bounds import Direction, qualifier_direction
from indicators.reading.numbers import scale_of, stated_words
from indicators.view.formatting import in_script, number_text, ordinal
from indicators.view.language import ENGLISH, Language


@dataclass(frozen=True)
class Revision:
    """A figure's last correction, as a reader reads it."""

    date: str  # "29 November 2026" / "2026年11月29日"
    iso: str
    what: str
    line: str  # "Last revised 29 November 2026: ..." (the one sentence every output shows)
    lang: str  # the language `what` is written in (a missing translation stays English)


@dataclass(frozen=True)
class FigureView:
    """What a reader sees of a figure, as plain text (templates escape it; Markdown callers escape it)."""

    id: str
    release_id: str
    language: Language
    label: str
    label_lang: str  # the language the label is in: the reader's, or English where no translation exists
    qualifier: str  # shown before the number ("more than", "超过")
    value: str  # the number as the release states it ("86.24%", "2nd", "top 4", "half", "15 to 20", "1200亿")
    unit: str  # the words after it ("projects", "个"); for a rank, the field ranked
    suffix: str  # a bound Chinese writes after the number and unit ("以上", "以内"); empty in English
    derived: bool
    mark: str  # beside every derived value ("(derived)", "（推算）"); empty for a stated one
    note: str
    note_lang: str
    sentence: str  # the release's sentence, whitespace normalised
    before: str  # the sentence up to the figure's words
    words: str  # the words that state the figure, marked wherever the sentence is shown
    after: str
    sentence_lang: str  # the release's language: the sentence is always the release's own words
    section: str
    section_title: str
    heading: str  # the part heading the sentence stands under, in the release's words ("" for none)
    pillar_id: str
    pillar_title: str
    pillar_slug: str  # the dashboard page it opens on
    revision: Revision | None
    change: str | None  # since the previous briefing ("up 4 from 41 on 1 September 2022"), where comparable
    bound: Direction  # which way the shown value points (exactly, at most, at least, about)
    so_far: bool  # a period still running on the briefing's date ("so far in 2020")
    kind: Kind
    number: float | int  # the value as data (a range's lower end)
    number_to: float | int | None
    data_unit: str  # the unit as the data has it ("billion yuan")
    data_qualifier: str
    stated_as: str  # how the words give it: digits, words, fraction, ordinal, range, ...
    citation_lines: tuple[str, ...] = field(default=())  # the citation without its link (see `cite`)
    derived_note: str = ""  # "Derived, not stated: ..." in the reader's language
    # What a link preview and a search result say of it, in the reader's language: the sentence where the reader
    # reads the release's language, else the figure and its source (a preview cannot mark a language of parts).
    description: str = ""
    image_alt: str = ""  # the card image, described

    @property
    def joiner(self) -> str:
        """Words of a value are spaced in English ("more than 80 projects"), not in Chinese (超过80个)."""
        return "" if self.label_lang.startswith("zh") else " "

    @property
    def mark_space(self) -> str:
        """What stands between a value and its mark: a space in English, none before Chinese brackets."""
        return "" if self.mark.startswith("（") else " "

    @property
    def field_first(self) -> bool:
        """Chinese names what a rank is among before the place (全市第1); English after it (1st in the city)."""
        return self.kind == Kind.rank and bool(self.unit) and self.label_lang.startswith("zh")

    @property
    def amount(self) -> str:
        """Qualifier and value: "more than 110,000", "超过11万"."""
        return self.joiner.join(part for part in (self.qualifier, self.value) if part)

    @property
    def full(self) -> str:
        """One line: "more than 110,000 people", "2nd in the city", "86.24%", "5年以内", "全市第1"."""
        return spoken_line(self.amount, self.unit, self.suffix, self.kind, self.label_lang)

    @property
    def marked(self) -> str:
        """The one line with its mark: "100% (derived)"."""
        return with_mark(self.full, self.mark)

    @property
    def title(self) -> str:
        """The figure's heading wherever a title is read (a page's <title>, link previews, an iframe, alt texts):
        "100% (derived): Coverage of electronic bus stop signs in the district"."""
        return self.language.gettext("{value}: {label}").format(value=self.marked, label=self.label)

    @property
    def caveat(self) -> str:
        """What a reader must be told beside the number: derived (and how), or a note."""
        return self.derived_note if self.derived else self.note

    @property
    def translated(self) -> bool:
        """False where the reader's language lacks the curators' translation and the English stands in."""
        return self.label_lang == self.language.tag

    def cite(self, link: str) -> str:
        """Ready to paste: label and value; the source; the sentence in quotation marks; any caveat; the link."""
        return "\n".join([*self.citation_lines, link])


def with_mark(text: str, mark: str) -> str:
    """A value and its derived mark: spaced in English ("100% (derived)"), not before Chinese brackets (100%（推算）)."""
    if not mark:
        return text
    return f"{text}{mark}" if mark.startswith("（") or not text else f"{text} {mark}"


def spoken_line(amount: str, unit: str, suffix: str, kind: Kind, lang: str) -> str:
    """A value's one line: English puts what a rank is among after the place ("1st in the city"), Chinese before it
    (全市第1), as each says it; words are spaced in English only."""
    if lang.startswith("zh"):
        return f"{unit}{amount}{suffix}" if kind == Kind.rank else f"{amount}{unit}{suffix}"
    return " ".join(part for part in (amount, unit, suffix) if part)


def is_band(kind: Kind, qualifier: str | None) -> bool:
    """ "global top four" is a band (among the top 4), not a place (4th)."""
    return kind == Kind.rank and (qualifier or "").strip().lower() == "top"


# Chinese says a bound before the number or after it; each English qualifier, and else its direction, has its words.
CHINESE_BOUNDS = {
    "more than": ("超过", ""),
    "over": ("超过", ""),
    "above": ("超过", ""),
    "exceeding": ("超过", ""),
    "upwards of": ("超过", ""),
    "in excess of": ("超过", ""),
    "expected to exceed": ("预计超过", ""),
    "at least": ("至少", ""),
    "no less than": ("不少于", ""),
    "not less than": ("不少于", ""),
    "no fewer than": ("不少于", ""),
    "no more than": ("不超过", ""),
    "not more than": ("不超过", ""),
    "not exceeding": ("不超过", ""),
    "at most": ("最多", ""),
    "up to": ("最多", ""),
    "as many as": ("多达", ""),
    "less than": ("不到", ""),
    "fewer than": ("不到", ""),
    "under": ("不到", ""),
    "below": ("低于", ""),
    "within": ("", "以内"),
    "nearly": ("近", ""),
    "almost": ("近", ""),
    "close to": ("近", ""),
    "about": ("约", ""),
    "around": ("约", ""),
    "approximately": ("约", ""),
    "roughly": ("约", ""),
    "some": ("约", ""),
    "or more": ("", "以上"),
}
CHINESE_BY_DIRECTION = {
    Direction.AT_LEAST: ("超过", ""),
    Direction.AT_MOST: ("不超过", ""),
    Direction.ABOUT: ("约", ""),
}
# Fractions a release writes in words, as Chinese writes them.
CHINESE_FRACTIONS = {
    "half": "一半",
    "a half": "一半",
    "a third": "三分之一",
    "two-thirds": "三分之二",
    "a quarter": "四分之一",
}


def translation(figure: Figure, language: Language):
    return figure.indicator.zh if language.chinese else None


def qualifier_words(figure: Figure, language: Language) -> tuple[str, str]:
    """The bound, before and after the number ("超过", "") / ("", "以内"); a band ("top") is said by its value."""
    if is_band(figure.kind, figure.qualifier) or not figure.qualifier:
        return "", ""
    if not language.chinese:
        return figure.qualifier, ""
    zh = translation(figure, language)
    if zh is not None and zh.qualifier:
        return in_script(zh.qualifier, language), ""
    said = " ".join(figure.qualifier.lower().split())
    before, after = CHINESE_BOUNDS.get(said) or CHINESE_BY_DIRECTION.get(qualifier_direction(said), ("", ""))
    return in_script(before, language), in_script(after, language)


def value_words(figure: Figure, language: Language) -> str:
    """The number as the release states it: "86.24%", "2nd", "top 4", "half", "15 to 20"; in Chinese "1200亿",
    "第2", "前4", "一半" (the scale word of the unit moves into the number, as Chinese writes it)."""
    if is_band(figure.kind, figure.qualifier):
        count = number_text(figure.value, 0, language)
        return f"前{count}" if language.chinese else f"top {count}"
    if figure.kind == Kind.rank and float(figure.value).is_integer():
        return ordinal(int(figure.value), language)
    if figure.stated_as in ("fraction", "ratio"):  # "half" stays half: the release's word for the number
        said = " ".join((stated_words(figure.words) or "").lower().split())
        if not language.chinese:
            return said
        if said in CHINESE_FRACTIONS:
            return in_script(CHINESE_FRACTIONS[said], language)
    percent = "%" if figure.kind == Kind.percent else ""
    scale = scale_of(figure.unit)[0] if language.chinese else 1.0
    text = f"{number_text(figure.value * scale, figure.decimals, language)}{percent}"
    if figure.value_to is not None:
        upper = number_text(figure.value_to * scale, figure.decimals, language)
        return f"{text}至{upper}{percent}" if language.chinese else f"{text} to {upper}{percent}"
    return text


def unit_words(figure: Figure, language: Language) -> tuple[str, str]:
    """The words under the number, and their language: the unit, or for ranks the field ranked."""
    zh = translation(figure, language)
    if figure.kind == Kind.percent:
        return "", language.tag
    if figure.kind == Kind.rank:
        if zh is not None and zh.field:
            return in_script(zh.field, language), language.tag
        if zh is not None:
            return "", language.tag  # the Chinese label says what is ranked
        return figure.field or language.gettext("rank"), ENGLISH.tag
    if zh is not None:
        return in_script(zh.unit, language), language.tag
    return figure.unit, ENGLISH.tag


@dataclass(frozen=True)
class FigureWords:
    """The words of a figure's value alone (a series lists other briefings' values by these)."""

    amount: str
    full: str
    mark: str

    @property
    def marked(self) -> str:
        return with_mark(self.full, self.mark)


def words_language(figure: Figure, language: Language) -> Language:
    """The language a figure's own words are shown in: the reader's, or English where the curators have not
    translated it yet (never a machine's translation)."""
    return language if not language.chinese or translation(figure, language) is not None else ENGLISH


def figure_words(figure: Figure, language: Language = ENGLISH) -> FigureWords:
    mark = language.gettext("(derived)") if figure.derived else ""
    language = words_language(figure, language)
    before, after = qualifier_words(figure, language)
    joiner = "" if language.chinese else " "
    amount = joiner.join(p for p in (before, value_words(figure, language)) if p)
    return FigureWords(
        amount, spoken_line(amount, unit_words(figure, language)[0], after, figure.kind, language.tag), mark
    )
