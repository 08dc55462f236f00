"""Embedded TrueType fonts for printed worksheets, and safe Paragraph markup.

Three families, all SIL OFL 1.1, all embedded (subset) in every PDF:

* **PT Serif** (``fontpkg-pt-serif``) sets the article: a sturdy reading face
  with Latin-extended and Cyrillic letters, curly quotes and dashes.
* **Atkinson Hyperlegible** (``fontpkg-atkinson-hyperlegible``) sets headings,
  questions and answer space: designed by the Braille Institute for low-vision
  readers, so it also carries the large-print worksheets.
* **Quizgen Hangul** (``quizgen/pdf/fonts/``, a TrueType subset of Noto Sans KR
  made by ``scripts/build_hangul_font.py``) draws every Hangul syllable and the
  Greek, Vietnamese, arrows and shapes the two Latin faces lack.

ReportLab has no per-glyph fallback, so :func:`markup` escapes text and wraps
each run of characters the main face cannot draw in a ``<font>`` tag for the
fallback face. Every string that reaches a ``Paragraph`` goes through it.
"""
from __future__ import annotations

import functools
import re
import threading
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SERIF = "QZSerif"
SANS = "QZSans"
FALLBACK = "QZHangul"

_lock = threading.Lock()
_registered = False


class FontsMissing(RuntimeError):
    """The font packages are not installed (``pip install -e .`` installs them)."""


def _package_dir(package: str) -> Path:
    try:
        return Path(str(resources.files(package))) / "files"
    except ModuleNotFoundError as error:  # pragma: no cover - depends on the install
        raise FontsMissing(
            f"the font package {package!r} is missing; reinstall quizgen (pip install -e .)") from error


def font_files() -> dict[str, Path]:
    """Registered font name -> the TrueType file it is read from."""
    serif = _package_dir("fontpkg_pt_serif")
    sans = _package_dir("fontpkg_atkinson_hyperlegible")
    here = Path(__file__).resolve().parent / "fonts"
    return {
        SERIF: serif / "PT_Serif-Web-Regular.ttf",
        SERIF + "-Bold": serif / "PT_Serif-Web-Bold.ttf",
        SERIF + "-Italic": serif / "PT_Serif-Web-Italic.ttf",
        SERIF + "-BoldItalic": serif / "PT_Serif-Web-BoldItalic.ttf",
        SANS: sans / "AtkinsonHyperlegible-Regular.ttf",
        SANS + "-Bold": sans / "AtkinsonHyperlegible-Bold.ttf",
        SANS + "-Italic": sans / "AtkinsonHyperlegible-Italic.ttf",
        SANS + "-BoldItalic": sans / "AtkinsonHyperlegible-BoldItalic.ttf",
        FALLBACK: here / "QuizgenHangul-Regular.ttf",
    }


def register_fonts() -> None:
    """Register the fonts with ReportLab once per process (thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, path in font_files().items():
            if not path.is_file():
                raise FontsMissing(f"font file {path} is missing; reinstall quizgen")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        for family in (SERIF, SANS):
            for bold in (0, 1):
                for italic in (0, 1):
                    suffix = {(0, 0): "", (1, 0): "-Bold", (0, 1): "-Italic", (1, 1): "-BoldItalic"}
                    addMapping(family, bold, italic, family + suffix[(bold, italic)])
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(FALLBACK, bold, italic, FALLBACK)
        _registered = True


@functools.cache
def _cmap(font_name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def covers(font_name: str, char: str) -> bool:
    return ord(char) in _cmap(font_name)


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")
_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")
#: Characters that only steer layout (bidi marks, zero-width joiners): drawn
#: by no font, they would print as boxes.
_INVISIBLE_RE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f]")


def clean(text) -> str:
    """``text`` as a printable single string: no control characters, no lone
    surrogates, no invisible direction marks. Newlines are kept."""
    if text is None:
        return ""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _SURROGATE_RE.sub("\ufffd", text)
    text = _CONTROL_RE.sub("", text)
    return _INVISIBLE_RE.sub("", text)


def limit(text, length: int) -> str:
    """``text`` cut to ``length`` characters with an ellipsis. Used for text in
    table cells and headers, whose rows cannot flow across pages: a title or
    matching item of thousands of characters is pasted by mistake, not taught."""
    text = clean(text)
    return text if len(text) <= length else text[:length - 1].rstrip() + "…"


def markup(text, font: str = SERIF, *, newlines: bool = False, max_length: int | None = None) -> str:
    """``text`` escaped for a ReportLab ``Paragraph`` set in ``font``.

    ``<``, ``>`` and ``&`` become entities, so ``<b>``, ``<a href=…>`` and
    ``<img …>`` print literally; characters ``font`` lacks are wrapped in the
    fallback face when it has them (Hangul above all). With ``newlines`` line
    breaks become ``<br/>``; otherwise all whitespace collapses to spaces.
    """
    text = clean(text) if max_length is None else limit(text, max_length)
    if not newlines:
        text = " ".join(text.split())
    main, spare = _cmap(font), _cmap(FALLBACK)
    if main.issuperset(map(ord, text)):  # the common case: nothing to fall back for
        result = escape(text)
        return result.replace("\n", "<br/>") if newlines else result
    out: list[str] = []
    run: list[str] = []
    in_fallback = False
    for char in text:
        code = ord(char)
        wants_fallback = code not in main and code in spare and char != "\n"
        if wants_fallback != in_fallback and run:
            out.append(_flush(run, in_fallback))
            run = []
        in_fallback = wants_fallback
        run.append(char)
    if run:
        out.append(_flush(run, in_fallback))
    result = "".join(out)
    return result.replace("\n", "<br/>") if newlines else result


def _flush(run: list[str], fallback: bool) -> str:
    text = escape("".join(run))
    return f'<font name="{FALLBACK}">{text}</font>' if fallback else text


def draw_text(canvas, x: float, y: float, text: str, font: str, size: float, *, anchor: str = "left") -> float:
    """Draw one line on a canvas with the same fallback as :func:`markup`;
    returns its width. ``anchor`` is left, right or centre."""
    text = " ".join(clean(text).split())
    if not text:
        return 0
    main = _cmap(font)
    if main.issuperset(map(ord, text)):  # the common case: one run in the main face
        runs: list[tuple[str, str]] = [(font, text)]
    else:
        spare = _cmap(FALLBACK)
        runs = []
        for char in text:
            name = FALLBACK if (ord(char) not in main and ord(char) in spare) else font
            if runs and runs[-1][0] == name:
                runs[-1] = (name, runs[-1][1] + char)
            else:
                runs.append((name, char))
    widths = [pdfmetrics.stringWidth(t, n, size) for n, t in runs]
    width = sum(widths)
    if anchor == "right":
        x -= width
    elif anchor in ("centre", "center"):
        x -= width / 2
    for (name, chunk), chunk_width in zip(runs, widths):
        canvas.setFont(name, size)
        canvas.drawString(x, y, chunk)
        x += chunk_width
    return width


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points (for footers)."""
    text = " ".join(clean(text).split())
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits with its ellipsis
        mid = (lo + hi + 1) // 2
        if pdfmetrics.stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"
