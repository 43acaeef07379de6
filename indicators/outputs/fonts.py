"""Type that travels with a file that opens with no network (the offline slides, the press pack): the Chinese
characters the file shows, and no others, cut from Debian's Noto Sans CJK by fontTools and embedded (WOFF2 in
the slides; TrueType in the page Chromium prints to the press pack, which embeds its own subset in the PDF).

A subset keeps the file small (a few hundred characters, well under 100 KB a weight, where the whole font is
16 MB), and it keeps the PDF's text true: a subset maps each glyph back to the one character it was drawn for, so
a reader copying 8月 from the press pack gets 月, not the look-alike Kangxi radical ⽉ the whole font shares it with.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

FAMILY = "Briefing CJK"  # the name the stylesheets ask for (indicators.outputs.theme), before any system font
NOTO_CJK = Path("/usr/share/fonts/opentype/noto")  # Debian's fonts-noto-cjk
WEIGHTS = {400: "NotoSansCJK-Regular.ttc", 700: "NotoSansCJK-Bold.ttc"}
FACES = {"zh-Hans": "Noto Sans CJK SC", "zh-Hant": "Noto Sans CJK TC"}  # each script's own glyph forms


class FontUnavailable(RuntimeError):
    """Debian's Noto CJK fonts are not installed; the message says what to do."""


def is_cjk(character: str) -> bool:
    code = ord(character)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF


def _face_index(path: Path, face: str) -> int:
    collection = TTCollection(str(path), lazy=True)
    for index, font in enumerate(collection.fonts):
        if font["name"].getDebugName(1) == face:
            return index
    raise FontUnavailable(f"{path} has no {face!r}: reinstall Debian's fonts-noto-cjk")


def subset_font(characters: str, tag: str, weight: int, compressed: bool = True) -> bytes:
    """The one face of Noto Sans CJK for `tag` ("zh-Hans", "zh-Hant"), holding just `characters`: WOFF2 for a
    file that travels, plain TrueType for a page only printed here (Brotli would double the work, for nothing)."""
    path = NOTO_CJK / WEIGHTS[weight]
    if not path.exists():
        raise FontUnavailable(
            f"{path} is missing: the Chinese slides and press pack embed its characters. Install Debian's "
            "fonts-noto-cjk (`apt-get install fonts-noto-cjk`)"
        )
    return _subset(path, FACES[tag], characters, "woff2" if compressed else None)


def _subset(path: Path, face: str, characters: str, flavor: str | None) -> bytes:
    options = subset.Options()
    options.layout_features = ["*"]  # vertical forms and punctuation widths as the font sets them
    options.hinting = False  # outlines only: screens and printers hint CJK themselves
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # the licence (OFL) travels with the glyphs
    # One face of the collection, read as the subsetter needs it, not all ten; closed when written.
    with TTFont(str(path), fontNumber=_face_index(path, face), lazy=True) as font:
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=[ord(c) for c in characters])
        subsetter.subset(font)
        to_truetype(font)
        out = io.BytesIO()
        font.flavor = flavor
        font.save(out)
    return out.getvalue()


def to_truetype(font: TTFont, tolerance: float = 1.0) -> None:
    """CFF outlines (Noto CJK's) as TrueType quadratics, within `tolerance` font units: Chromium's PDF printer
    embeds a TrueType font as a font (CIDFontType2), where a CFF one becomes Type 3 drawings. After fontTools'
    otf2ttf snippet."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, tolerance, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, glyphs
    for table in ("CFF ", "VORG"):
        if table in font:
            del font[table]
    glyf.compile(font)
    metrics = font["hmtx"].metrics
    for name, glyph in glyphs.items():  # a TrueType glyph's left side bearing is its outline's left edge
        metrics[name] = (metrics[name][0], getattr(glyph, "xMin", 0))
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion, maxp.maxZones = 0x00010000, 1  # no hinting: no instructions, storage or twilight points
    unhinted = "maxTwilightPoints maxStorage maxFunctionDefs maxInstructionDefs maxStackElements maxSizeOfInstructions"
    for field in [*unhinted.split(), "maxComponentElements"]:
        setattr(maxp, field, 0)
    maxp.compile(font)
    post = font["post"]
    post.formatType, post.extraNames, post.mapping, post.glyphOrder = 2.0, [], {}, order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def cjk_font_faces(text: str, tag: str, compressed: bool = True) -> str:
    """@font-face rules (regular and bold) embedding the Chinese characters of `text`; empty when it has none.
    `compressed`: WOFF2 (the offline slides carry it), else TrueType (the press pack's page, printed to PDF)."""
    characters = "".join(sorted({c for c in text if is_cjk(c)}))
    if not characters or tag not in FACES:
        return ""
    media, kind = ("font/woff2", "woff2") if compressed else ("font/ttf", "truetype")
    return "".join(
        f'@font-face {{font-family: "{FAMILY}"; font-weight: {weight}; font-display: block; '
        f"src: url(data:{media};base64,{base64.b64encode(subset_font(characters, tag, weight, compressed)).decode()}) "
        f'format("{kind}");}}\n'
        for weight in WEIGHTS
    )
