"""Faster stand-ins for a few ReportLab helpers on the hot path of every
document, installed once when :mod:`quizgen.pdf` is imported.

Each gives exactly what the helper it replaces gives (``tests/
test_pdf_paragraphs.py`` checks them against ReportLab's own), so the PDFs
are unchanged; only the deflate level is a choice (see :data:`DEFLATE_LEVEL`).

* ``sameFrag`` (may two fragments share one text run?) — ReportLab's C version
  asks for attributes a fragment rarely has, and every miss raises and clears
  an AttributeError: five times slower than plain Python.
* ``getAscentDescent`` (line breaking calls it for every word of a styled
  paragraph) — a TrueType font has no ``ascent`` attribute of its own, so each
  call raised and caught an AttributeError before reading the face's.
* ``stringWidth`` as line breaking calls it — half the calls ask for the
  width of one space, again and again; those are remembered per font and size.
* ``TTFont.splitString`` (text to subset codes, for every run drawn) — when
  every character of the run already has a code in the first subset, which is
  nearly always after the first lines, one ``str.translate`` replaces the
  per-character loop.
* ``pdfdoc.format`` and ``pdfdoc.pdfdocEnc`` (every value written into the
  file) — numbers (font widths above all) and plain ASCII text are encoded
  straight to ASCII instead of through ReportLab's PDFDocEncoding codec,
  which gives the same bytes for them.
"""
from __future__ import annotations

import re
import zlib

import reportlab
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc, pdfmetrics, ttfonts
from reportlab.platypus import paragraph as _rl_paragraph

#: zlib level for page and font streams. Level 1 instead of ReportLab's 6
#: halves the time spent compressing (about a tenth of a worksheet's render)
#: for files about 6 % larger (seed worksheet 136 -> 144 KiB).
DEFLATE_LEVEL = 1

_MISSING = object()
_SAME_FRAG_ATTRIBUTES = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")


def same_frag(f, g) -> bool:
    """ReportLab's ``sameFrag`` with the C version's exact rules: no callback
    or line-break fragment joins another; the listed attributes must be equal,
    or missing from both."""
    if hasattr(f, "cbDefn") or hasattr(g, "cbDefn") or hasattr(f, "lineBreak") or hasattr(g, "lineBreak"):
        return False
    for name in _SAME_FRAG_ATTRIBUTES:
        a = getattr(f, name, _MISSING)
        b = getattr(g, name, _MISSING)
        if a is b:
            continue
        if a is _MISSING or b is _MISSING or a != b:
            return False
    return True


_get_ascent_descent = pdfmetrics.getAscentDescent
_ascent_descent: dict = {}


def get_ascent_descent(fontName, fontSize=None):
    """``pdfmetrics.getAscentDescent``, remembered per registered font object
    and size (a font registered again under the same name is read again)."""
    font = pdfmetrics._fonts.get(fontName)
    known = _ascent_descent.get((fontName, fontSize))
    if known is not None and font is not None and known[0] is font:
        return known[1]
    value = _get_ascent_descent(fontName, fontSize)
    if font is None:
        font = pdfmetrics._fonts.get(fontName)
    if font is not None and len(_ascent_descent) < 4096:
        _ascent_descent[(fontName, fontSize)] = (font, value)
    return value


_string_width = pdfmetrics.stringWidth
_space_widths: dict = {}


def string_width(text, fontName, fontSize, *encoding):
    """``pdfmetrics.stringWidth``, with the width of a single space remembered
    per registered font object, size and encoding argument."""
    if text != " ":
        return _string_width(text, fontName, fontSize, *encoding)
    key = (fontName, fontSize, encoding)
    font = pdfmetrics._fonts.get(fontName)
    known = _space_widths.get(key)
    if known is not None and known[0] is font:
        return known[1]
    value = _string_width(text, fontName, fontSize, *encoding)
    font = pdfmetrics._fonts.get(fontName)
    if font is not None and len(_space_widths) < 4096:
        _space_widths[key] = (font, value)
    return value


_split_string = ttfonts.TTFont.splitString
_NOT_LATIN1 = 0x100  # a translation target that .encode("latin-1") refuses


def _codes(state) -> dict:
    """``str.translate`` table of a font's subset state in one document: each
    character with a code in subset 0 maps to that code; every other
    character of 0-255 maps to a character latin-1 cannot encode (characters
    above 255 without a code are left as they are, and cannot be encoded
    either). Rebuilt when the document has given out new codes."""
    assignments = state.assignments
    table = state.__dict__.get("_quizgen_codes")
    if table is None or state.__dict__.get("_quizgen_count") != len(assignments):
        table = dict.fromkeys(range(256), _NOT_LATIN1)
        for code, n in assignments.items():
            table[code] = n if n < 256 else _NOT_LATIN1
        table[0xA0] = table[32]  # ReportLab draws a no-break space as a space
        state._quizgen_codes, state._quizgen_count = table, len(assignments)
    return table


def split_string(self, text, doc, encoding="utf-8"):
    """``TTFont.splitString``: one chunk in subset 0 when every character
    already has a code below 256 in this document, else ReportLab's loop."""
    if text and isinstance(text, str):
        state = self.state.get(doc)
        if state is not None:
            try:
                return [(0, text.translate(_codes(state)).encode("latin-1"))]
            except UnicodeEncodeError:  # a new character, or a code in a later subset
                pass
    return _split_string(self, text, doc, encoding)


_format = pdfdoc.format
_EXACT = 2 ** 53


def format_value(element, document, toplevel=0):
    """``pdfdoc.format`` with numbers encoded directly (``fp_str`` writes only
    digits, ``-`` and ``.``, which PDFDocEncoding maps to themselves)."""
    kind = type(element)
    if kind is int and -_EXACT < element < _EXACT:
        return str(element).encode("ascii")  # what fp_str writes for an int a double holds exactly
    if kind is int or kind is float:
        return fp_str(element).encode("ascii")
    if kind is bytes:
        return element
    return _format(element, document, toplevel)


_pdfdoc_encode = pdfdoc.pdfdocEnc
#: Characters PDFDocEncoding does not write as their ASCII byte (or may not).
_NOT_PLAIN_ASCII = re.compile(r"[^\t\n\r\x20-\x7e]")


def pdfdoc_encode(x):
    """``pdfdoc.pdfdocEnc``: printable ASCII (and tab, newline, return) is
    the same bytes in PDFDocEncoding; anything else goes through the codec."""
    if isinstance(x, str) and _NOT_PLAIN_ASCII.search(x) is None:
        return x.encode("ascii")
    return _pdfdoc_encode(x)


def _deflate(self, text):
    """``PDFStreamFilterZCompress.encode`` at :data:`DEFLATE_LEVEL`."""
    if isinstance(text, str):
        text = text.encode("utf8")
    return zlib.compress(text, DEFLATE_LEVEL)


#: ReportLab releases whose internals the stand-ins were checked against
#: (tests/test_pdf_paragraphs.py). Any other release keeps its own code:
#: slower, never wrong.
TESTED_REPORTLAB = ("5.1.",)


def install(version: str | None = None) -> bool:
    """Put the stand-ins in place (idempotent) when ReportLab is a tested
    release; returns whether they are in place."""
    version = version if version is not None else reportlab.Version
    if not (version + ".").startswith(TESTED_REPORTLAB):
        return False
    _rl_paragraph.sameFrag = same_frag
    _rl_paragraph.getAscentDescent = get_ascent_descent
    _rl_paragraph.stringWidth = string_width
    ttfonts.TTFont.splitString = split_string
    pdfdoc.format = format_value
    pdfdoc.pdfdocEnc = pdfdoc_encode
    pdfdoc.PDFStreamFilterZCompress.encode = _deflate
    return True


install()
