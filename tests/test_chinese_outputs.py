"""In Chinese, every output speaks Chinese: no English interface text outside the release's own words, which carry
lang="en" (WCAG's language of parts), in every page, head and attribute a reader, a screen reader or a link
preview reads; the feed and the downloads' column names too. Read from the registry: a new output is covered."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

import pytest
import yaml

from indicators import load
from indicators.model.library import Library
from indicators.outputs.registry import OUTPUTS, Rendering, subjects
from indicators.outputs.site import Site
from indicators.view.language import SIMPLIFIED, TRADITIONAL, catalog
from indicators.view.urls import ShareSite
from tests.conftest import REAL_DATA, copy_release
from tests.test_translations import CHINESE_RELEASE, in_chinese

SHARE = ShareSite("https://figures.example.org/baoshan")
# Words that are the same in every language: the language switch names English in English, and file formats.
SAME_IN_EVERY_LANGUAGE = {"English", "CSV", "JSON", "XLSX", "Excel", "PDF", "Atom", "QR"}
TEXT_METAS = {"description", "og:title", "og:description", "og:image:alt", "og:site_name", "twitter:title"}
TEXT_METAS |= {"twitter:description", "twitter:image:alt"}
_ADDRESS = re.compile(r"https?://\S+|[\w.-]+\.(?:html|csv|json|xlsx|pdf|xml|png|svg)\b")
_ID = re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b")  # a figure's id in its address or its retired name
_SECTION = re.compile(r"\b[IVX]+(?:\.\d+)?\b")  # a release's section code ("II.1")
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z][A-Z0-9.]{1,5}(?![A-Za-z])")  # Chinese writes AI, GDP, PM2.5 as they are
_ENGLISH = re.compile(r"[A-Za-z]{2,}")


class LanguageOfParts(HTMLParser):
    """Each piece of text a reader reads, with the language its element says it is in."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str]] = []
        self.pieces: list[tuple[str, str, str]] = []  # (lang, where, text)
        self.skip = 0
        self.feed(html)

    def lang(self) -> str:
        return self.stack[-1][1] if self.stack else ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        # Code (the embed code a newsroom pastes) is in no language: shown to copy, never translated.
        lang = "zxx" if tag == "code" or attrs.get("translate") == "no" else attrs.get("lang", self.lang())
        for name in ("title", "alt", "aria-label", "placeholder"):
            if attrs.get(name):
                self.pieces.append((lang, f"<{tag} {name}>", attrs[name]))
        if tag == "meta" and (attrs.get("name") or attrs.get("property")) in TEXT_METAS:
            self.pieces.append((lang, f"<meta {attrs.get('name') or attrs.get('property')}>", attrs.get("content", "")))
        if tag in ("br", "meta", "link", "img", "input", "source", "col"):
            return
        self.stack.append((tag, lang))
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag in ("script", "style"):
                self.skip -= 1
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] in ("id", "updated", "published"):  # a feed's machine fields
            return
        if not self.skip and data.strip():
            self.pieces.append((self.lang(), f"<{self.stack[-1][0] if self.stack else ''}>", data))


def english_words(text: str) -> list[str]:
    text = _ACRONYM.sub(" ", _SECTION.sub(" ", _ID.sub(" ", _ADDRESS.sub(" ", text))))
    return [w for w in _ENGLISH.findall(text) if w not in SAME_IN_EVERY_LANGUAGE]


def english_in_chinese(html: str) -> list[tuple[str, str]]:
    """Every piece of text a Chinese page shows as Chinese (its element's lang) that holds English words."""
    found = []
    for lang, where, text in LanguageOfParts(html).pieces:
        if lang.startswith("zh") and english_words(text):
            found.append((where, " ".join(text.split())[:120]))
    return found


@pytest.fixture(scope="module")
def chinese_sites(tmp_path_factory) -> dict[str, Site]:
    folder = tmp_path_factory.mktemp("riverside")
    path = copy_release(folder, in_chinese())
    (path.parent / "source" / "zh.txt").write_text(CHINESE_RELEASE, encoding="utf-8")
    sites = {"riverside": Site(Library.of_one(load(path)), SHARE)}
    if "zh" in yaml.safe_load(REAL_DATA.read_text(encoding="utf-8"))["release"].get("languages", []):
        sites["baoshan"] = Site(Library.of_one(load(REAL_DATA)), SHARE, "https://dash.example.org/")
    return sites


@pytest.fixture
def misses(monkeypatch) -> list[str]:
    """Every message code asks a Chinese catalog for that it does not hold (a computed message never marked)."""
    found: list[str] = []
    for language in (SIMPLIFIED, TRADITIONAL):
        translations = catalog(language.locale)
        held = {key if isinstance(key, str) else key[0] for key in translations._catalog}

        def gettext(message, _original=translations.gettext, _held=held):
            if message not in _held and english_words(message):
                found.append(message)
            return _original(message)

        monkeypatch.setattr(translations, "gettext", gettext)
    return found


TEXT_OUTPUTS = [o for o in OUTPUTS if o.plot is None and o.media_type in ("text/html", "application/atom+xml")]


@pytest.mark.parametrize("language", [SIMPLIFIED, TRADITIONAL], ids=lambda lang: lang.tag)
@pytest.mark.parametrize("output", TEXT_OUTPUTS, ids=lambda o: o.name)
def test_a_chinese_page_shows_no_english_outside_the_releases_own_words(chinese_sites, output, language, misses):
    for name, site in chinese_sites.items():
        for briefing in (b for b in site.briefings() if b.language == language):
            rendering = Rendering(site, briefing)
            for subject in subjects(output, rendering):
                content = output.render(rendering, subject)
                if output.media_type == "application/atom+xml":
                    content = re.sub(r"<(feed|entry)\b", r"<\1 lang='zh'", content)  # the feed says xml:lang
                found = english_in_chinese(content)
                assert not found, f"{name}/{language.tag}/{output.name}/{getattr(subject, 'id', '')}: {found[:5]}"
    assert not misses, f"{output.name}: messages no catalog holds: {sorted(set(misses))}"


def test_the_english_release_words_on_a_chinese_page_carry_lang_en(chinese_sites):
    site = chinese_sites["riverside"]
    briefing = next(b for b in site.briefings() if b.language == SIMPLIFIED)
    share = next(o for o in OUTPUTS if o.name == "share-page")
    view = briefing.by_id["new-projects"]
    pieces = LanguageOfParts(share.render(Rendering(site, briefing), view)).pieces
    sentence = [lang for lang, _, text in pieces if view.words in text or view.before.strip() in text]
    assert sentence and all(lang == "en" for lang in sentence)
    assert any(lang.startswith("zh") and "英文新闻稿原文" in text for lang, _, text in pieces)


@pytest.mark.parametrize("language", [SIMPLIFIED, TRADITIONAL], ids=lambda lang: lang.tag)
def test_the_downloads_name_their_columns_in_chinese(chinese_sites, language):
    site = chinese_sites["riverside"]
    briefing = next(b for b in site.briefings() if b.language == language)
    output = next(o for o in OUTPUTS if o.name == "csv")
    header = next(csv.reader(io.StringIO(output.render(Rendering(site, briefing), None).decode("utf-8-sig"))))
    assert header and not [h for h in header if english_words(h)], header


@pytest.mark.parametrize("language", [SIMPLIFIED, TRADITIONAL], ids=lambda lang: lang.tag)
def test_a_chinese_share_page_previews_in_chinese_in_a_real_open_graph_reader(chinese_sites, language):
    import extruct

    site = chinese_sites.get("baoshan") or chinese_sites["riverside"]
    briefing = next(b for b in site.briefings() if b.language == language)
    share = next(o for o in OUTPUTS if o.name == "share-page")
    for view in briefing.figures:
        html = share.render(Rendering(site, briefing), view)
        read = extruct.extract(html, base_url=SHARE.page(""), syntaxes=["opengraph", "json-ld"], uniform=True)
        (preview,) = read["opengraph"]
        assert preview["og:title"] == view.title and preview["og:locale"] == language.og_locale
        assert preview["og:description"] == view.description and not english_words(preview["og:description"])
        assert f"/{language.code.lower()}/" in preview["og:image"] or language.code in preview["og:image"]
        (dataset,) = read["json-ld"]
        assert dataset["inLanguage"] == language.tag and dataset["name"] == view.title
