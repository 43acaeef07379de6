"""The reader's language: English (the default), Simplified and Traditional Chinese.

A language is named in the address (`?lang=zh`, `?lang=zh-Hant`; English needs none) and in the share site's paths
(`zh/figures/<id>/`). Interface text comes from gettext catalogs (`indicators/locale/`, built with Babel: see
`scripts/catalogs.py`); a figure's own texts come from the curators' translation in the data, never from a
machine; Traditional Chinese is the Simplified converted by OpenCC's character tables and checked in.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel.support import NullTranslations, Translations

LOCALE_DIR = Path(__file__).resolve().parents[1] / "locale"


def N_(message: str) -> str:
    """Marks interface text said later in the reader's language (gettext(N_("...")) where it is shown): the
    catalogs' extraction finds it here."""
    return message


LANG_PARAM = "lang"


@dataclass(frozen=True)
class Language:
    code: str  # in the address: "en", "zh", "zh-Hant"
    tag: str  # BCP 47, for <html lang>, lang="..." and hreflang: "en", "zh-Hans", "zh-Hant"
    locale: str  # Babel's (CLDR) locale and the catalog's folder: "en", "zh_Hans", "zh_Hant"
    name: str  # as the language names itself, on the switch: "English", "简体", "繁體"
    og_locale: str  # Open Graph's og:locale: "en_GB", "zh_CN", "zh_TW"
    path: str  # the share site's folder for it: "" (English, at the root), "zh/", "zh-hant/"

    @property
    def chinese(self) -> bool:
        return self.code != ENGLISH.code

    @property
    def data_key(self) -> str:
        """The key of a figure's translation in the data: `zh` for both scripts (Traditional is converted)."""
        return "zh" if self.chinese else "en"

    def gettext(self, message: str) -> str:
        return catalog(self.locale).gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return catalog(self.locale).ngettext(singular, plural, n)


ENGLISH = Language("en", "en", "en", "English", "en_GB", "")
SIMPLIFIED = Language("zh", "zh-Hans", "zh_Hans", "简体", "zh_CN", "zh/")
TRADITIONAL = Language("zh-Hant", "zh-Hant", "zh_Hant", "繁體", "zh_TW", "zh-hant/")
LANGUAGES = (ENGLISH, SIMPLIFIED, TRADITIONAL)
# What an address may say for each ("zh-CN" and "zh-TW" as browsers and people write them).
_ALIASES = {
    **{alias: SIMPLIFIED for alias in ("zh", "zh-hans", "zh-cn", "zh-sg", "zh_hans", "zh_cn", "cn")},
    **{alias: TRADITIONAL for alias in ("zh-hant", "zh-tw", "zh-hk", "zh-mo", "zh_hant", "zh_tw", "tw")},
    **{alias: ENGLISH for alias in ("en", "en-gb", "en-us", "english")},
}


def language_of(asked: str | None) -> Language:
    """The language an address asks for; English for none, and for anything unknown (never echoed)."""
    return _ALIASES.get((asked or "").strip().lower()[:10], ENGLISH)


@cache
def catalog(locale: str) -> NullTranslations:
    """The compiled catalog of a locale (English is the source text itself)."""
    if locale == ENGLISH.locale:
        return NullTranslations()
    return Translations.load(dirname=str(LOCALE_DIR), locales=[locale], domain="messages")
