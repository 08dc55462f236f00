"""Build quizgen/pdf/fonts/QuizgenHangul-Regular.ttf: a TrueType subset of
Noto Sans KR Regular (SIL OFL 1.1) for the Korean text in printed worksheets.

ReportLab embeds TrueType (glyf) fonts only, and the Korean Noto fonts on the
package index ship as CFF OpenType, so this script subsets the OTF to Hangul
(all 11,172 syllables, the jamo blocks) plus what else Noto Sans KR draws
of Latin, Greek, Cyrillic, punctuation, arrows and shapes (the fallback for
characters the Latin fonts lack), converts the cubic
outlines to quadratic ones and renames the family (the OFL asks modified
versions to carry their own name). It runs once, by hand, with fonttools:

    python -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools
    pip download --no-deps -d /tmp/ko pylopdf-fonts-ko   # Noto Sans KR, OFL
    /tmp/ft/bin/python scripts/build_hangul_font.py NotoSansKR-Regular.otf

The result and OFL.txt are committed; nothing here runs at install time.
"""
from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

OUT = Path(__file__).resolve().parent.parent / "quizgen" / "pdf" / "fonts" / "QuizgenHangul-Regular.ttf"
FAMILY = "Quizgen Hangul"

RANGES = [
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x3130, 0x318F),  # Hangul Compatibility Jamo
    (0xA960, 0xA97F),  # Jamo Extended-A
    (0xAC00, 0xD7A3),  # Hangul Syllables
    (0xD7B0, 0xD7FF),  # Jamo Extended-B
    (0x3000, 0x3003), (0x3008, 0x3011),  # CJK punctuation and brackets
    (0x0020, 0x007E),  # ASCII (metrics only; the Latin fonts set Latin text)
    (0x00A0, 0x024F),  # Latin-1 and Latin Extended-A/B: fallback for rarer letters
    (0x0300, 0x036F),  # combining marks
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x04FF),  # Cyrillic
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese)
    (0x2000, 0x206F),  # General Punctuation
    (0x20A0, 0x20CF),  # currency
    (0x2100, 0x214F), (0x2150, 0x218F), (0x2190, 0x21FF),  # letterlike, number forms, arrows
    (0x2200, 0x22FF), (0x2460, 0x24FF), (0x25A0, 0x25FF), (0x2600, 0x26FF), (0x2700, 0x27BF),
]


def otf_to_ttf(font: TTFont, max_err: float = 1.0) -> None:
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font["post"].glyphOrder = glyph_order
    font.sfntVersion = "\x00\x01\x00\x00"
    font.recalcBBoxes = True


def rename(font: TTFont) -> None:
    names = font["name"]
    for rec in list(names.names):
        if rec.nameID in (1, 16):
            names.setName(FAMILY, rec.nameID, rec.platformID, rec.platEncID, rec.langID)
        elif rec.nameID in (3, 4):
            names.setName(f"{FAMILY} Regular", rec.nameID, rec.platformID, rec.platEncID, rec.langID)
        elif rec.nameID == 6:
            names.setName("QuizgenHangul-Regular", rec.nameID, rec.platformID, rec.platEncID, rec.langID)
        elif rec.nameID == 5:
            names.setName(str(rec) + "; subset of Noto Sans KR for quizgen", rec.nameID,
                          rec.platformID, rec.platEncID, rec.langID)
    names.names = [r for r in names.names if r.nameID not in (17, 18, 21, 22)]


def main(source: str) -> None:
    font = TTFont(source)
    options = subset.Options()
    options.layout_features = []  # ReportLab does no shaping; precomposed syllables only
    options.hinting = False
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for lo, hi in RANGES for c in range(lo, hi + 1)])
    subsetter.subset(font)
    for tag in ("GSUB", "GPOS", "GDEF", "BASE", "vhea", "vmtx", "DSIG"):
        if tag in font:
            del font[tag]
    otf_to_ttf(font)
    rename(font)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    font.save(OUT)
    print(f"{OUT}: {OUT.stat().st_size:,} bytes, {len(font.getGlyphOrder()):,} glyphs")


if __name__ == "__main__":
    main(sys.argv[1])
