"""Paper sizes, colours and paragraph styles for worksheets, keys and reports.

One :class:`Theme` per document: regular print sets the article at 11.5 pt on
16 pt leading; large print sets every reading and answering text at 16 pt or
more (the article at 17 pt) with wider ruled lines and bigger bubbles.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm

from .fonts import SANS, SERIF, register_fonts

PAPERS = {"letter": LETTER, "a4": A4}

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
LIGHT = colors.HexColor("#f1f3f5")
ACCENT = colors.HexColor("#1f4e79")
ACCENT_LIGHT = colors.HexColor("#e8eff7")
KEY = colors.HexColor("#0b6e3a")
WARN = colors.HexColor("#a4262c")


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[str(paper).lower()]
    except KeyError:
        raise ValueError(f"unknown paper {paper!r}; choose letter or a4") from None


@dataclass
class Theme:
    paper: str
    large_print: bool
    page_width: float
    page_height: float
    margin_x: float
    margin_top: float
    margin_bottom: float
    body: float            # article size
    text: float            # question size
    small: float
    leading: float
    line_gap: float        # distance between ruled answer lines
    bubble: float          # bubble radius
    gutter: float          # room for margin numbers
    styles: dict

    @property
    def frame_width(self) -> float:
        return self.page_width - 2 * self.margin_x

    def __getitem__(self, name: str) -> ParagraphStyle:
        return self.styles[name]


def make_theme(paper: str = "letter", large_print: bool = False) -> Theme:
    register_fonts()
    width, height = paper_size(paper)
    if large_print:
        body, text, small, title = 17.0, 16.0, 14.0, 26.0
    else:
        body, text, small, title = 11.5, 11.0, 8.5, 19.0
    leading = round(body * 1.42, 1)
    # Secondary reading text (glossary, key details, notes): a shade smaller in
    # regular print, never below the 16 pt floor in large print.
    minor = text if large_print else text - 0.5
    sizes = _Sizes(body=body, text=text, small=small, title=title, minor=minor, leading=leading)
    s = {**_page_styles(sizes), **_question_styles(sizes)}
    return Theme(
        paper=str(paper).lower(), large_print=large_print, page_width=width, page_height=height,
        margin_x=0.7 * inch if not large_print else 0.6 * inch, margin_top=0.6 * inch,
        margin_bottom=0.85 * inch, body=body, text=text, small=small, leading=leading,
        line_gap=26 if not large_print else 36, bubble=6.5 if not large_print else 9.0,
        gutter=24 if not large_print else 32, styles=s,
    )


@dataclass(frozen=True)
class _Sizes:
    body: float
    text: float
    small: float
    title: float
    minor: float
    leading: float


def _adder(s: dict[str, ParagraphStyle], text: float):
    """``add(name, **kw)``: a ParagraphStyle in ``s`` with the theme's defaults."""
    def add(name, **kw):
        kw.setdefault("fontName", SANS)
        kw.setdefault("fontSize", text)
        kw.setdefault("leading", round(kw["fontSize"] * 1.3, 1))
        kw.setdefault("textColor", INK)
        s[name] = ParagraphStyle(name, **kw)
    return add


def _page_styles(z: _Sizes) -> dict[str, ParagraphStyle]:
    """Headings, instructions and the article's own text."""
    s: dict[str, ParagraphStyle] = {}
    add = _adder(s, z.text)
    body, text, small, title, minor, leading = z.body, z.text, z.small, z.title, z.minor, z.leading
    add("title", fontName=SANS + "-Bold", fontSize=title, leading=title * 1.18, spaceAfter=4)
    add("subtitle", fontSize=small + 1.5, textColor=MUTED, spaceAfter=2)
    add("label", fontName=SANS + "-Bold", fontSize=small + 1, textColor=MUTED)
    add("instructions", fontSize=text, leading=text * 1.35)
    add("points_total", fontName=SANS + "-Bold", fontSize=text, alignment=TA_RIGHT)
    add("version", fontName=SANS + "-Bold", fontSize=title * 1.2, alignment=TA_CENTER, textColor=ACCENT)
    add("section", fontName=SANS + "-Bold", fontSize=text + 3, leading=(text + 3) * 1.25,
        textColor=ACCENT, spaceBefore=10, spaceAfter=2, keepWithNext=1)
    add("section_note", fontName=SANS + "-Italic", fontSize=minor, textColor=MUTED,
        spaceAfter=6, keepWithNext=1)
    add("article_title", fontName=SERIF + "-Bold", fontSize=body + 5, leading=(body + 5) * 1.22,
        spaceAfter=3, keepWithNext=1)
    add("byline", fontName=SERIF + "-Italic", fontSize=body - 1, leading=(body - 1) * 1.3,
        textColor=MUTED, keepWithNext=1)
    add("caption", fontName=SERIF + "-Italic", fontSize=body - 1, leading=(body - 1) * 1.35,
        textColor=MUTED, spaceBefore=4, spaceAfter=6)
    add("body", fontName=SERIF, fontSize=body, leading=leading, spaceAfter=body * 0.55)
    return s


def _question_styles(z: _Sizes) -> dict[str, ParagraphStyle]:
    """Questions, options, tables, glossary and the key."""
    s: dict[str, ParagraphStyle] = {}
    add = _adder(s, z.text)
    text, small, minor = z.text, z.small, z.minor
    add("para_number", fontName=SANS + "-Bold", fontSize=small, textColor=ACCENT, alignment=TA_RIGHT)
    add("line_number", fontName=SANS, fontSize=small - 1, textColor=MUTED)
    add("question", fontSize=text, leading=round(text * 1.35, 1))
    add("qnum", fontName=SANS + "-Bold", fontSize=text, leading=round(text * 1.35, 1), alignment=TA_RIGHT)
    add("points", fontName=SANS, fontSize=small, textColor=MUTED, alignment=TA_RIGHT)
    add("option", fontSize=text, leading=round(text * 1.3, 1))
    add("cell", fontSize=text, leading=round(text * 1.3, 1))
    add("small_cell", fontSize=small + 0.5, leading=(small + 0.5) * 1.3)
    add("cell_head", fontName=SANS + "-Bold", fontSize=text - 0.5, textColor=ACCENT)
    add("cell_center", fontSize=text, alignment=TA_CENTER)
    add("word", fontName=SANS + "-Bold", fontSize=text, alignment=TA_LEFT)
    add("small", fontSize=small, leading=small * 1.3, textColor=MUTED)
    add("gloss", fontName=SERIF, fontSize=minor, leading=(minor) * 1.35)
    add("key_answer", fontName=SANS + "-Bold", fontSize=text, textColor=KEY)
    add("key_text", fontSize=minor, leading=(minor) * 1.35)
    add("quote", fontName=SERIF + "-Italic", fontSize=minor, leading=(minor) * 1.35,
        textColor=MUTED, leftIndent=10, borderPadding=0)
    return s


__all__ = [
    "ACCENT",
    "ACCENT_LIGHT",
    "INK",
    "KEY",
    "LIGHT",
    "MUTED",
    "PAPERS",
    "RULE",
    "WARN",
    "Theme",
    "inch",
    "make_theme",
    "mm",
    "paper_size",
]
