"""Read PDFs into paragraphs of article text, with pypdf.

pypdf's text visitor gives each line with its baseline height and font
size; page numbers and running headers/footers are dropped, and
hard-wrapped lines are re-joined into paragraphs (hyphenated line breaks
are undone where wordfreq says the joined word is the likelier one).
"""
from __future__ import annotations

import contextlib
import io
import logging
import re
import statistics
import threading
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from .limits import MAX_WORDS, ArticleError
from .read_common import (
    _WHAT_TO_DO,
    Document,
    _clean,
    _compose,
    _mismatch,
    _sniff,
    _too_many_words,
)

#: PDFs with more pages are refused before any text is extracted.
PDF_MAX_PAGES = 500


@dataclass
class _Line:
    text: str
    y: float | None
    size: float
    page: int


_PAGE_NUMBER = re.compile(r"(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]",
                          re.IGNORECASE)
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"})
_HYPHENS = ("-", "\u2010", "\u00ad")
_TERMINAL = tuple(".!?:;\"'\u201d\u2019)")


def _open_pdf(data: bytes):
    """The PDF's reader and page count, or an ArticleError saying why it can't be read
    (damaged, encrypted, password-protected, too long)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, AttributeError,
            RecursionError, OSError, EOFError):
        raise ArticleError(
            "This PDF is damaged and can't be read. Save or export it again as PDF, "
            "or paste the article's text."
        ) from None
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except (DependencyError, NotImplementedError):
            # AES needs the optional `cryptography` package; many PDFs use AES
            # only to restrict printing and open without a password.
            raise ArticleError(
                "This PDF is encrypted (even if it opens without a password), and quizgen "
                "can't decrypt it. Print it to a new PDF or save an unprotected copy and upload "
                "that — or paste the article's text."
            ) from None
        except (FileNotDecryptedError, PdfReadError):
            opened = 0
        if not opened:
            raise ArticleError(
                "This PDF is password-protected, so quizgen can't read it. Open it, save a copy "
                "without a password (or print it to a new PDF), and upload that — or paste the "
                "article's text."
            )
    try:
        pages = len(reader.pages)
    except (DependencyError, FileNotDecryptedError):
        raise ArticleError(
            "This PDF is encrypted in a way quizgen can't open. Save a copy without protection "
            "and upload that, or paste the article's text."
        ) from None
    if pages > PDF_MAX_PAGES:
        raise ArticleError(
            f"This PDF has {pages:,} pages; quizgen reads articles of up to {PDF_MAX_PAGES} pages. "
            "Upload just the article's pages, or paste its text."
        )
    return reader, pages


def _read_pdf(data: bytes) -> Document:
    if b"%PDF-" not in data[:1024]:
        found = _sniff(data)
        if found is not None:
            raise _mismatch("it is a PDF", *found)
        raise ArticleError(f"This file's name ends in .pdf, but it is not a PDF. {_WHAT_TO_DO}")

    reader, pages = _open_pdf(data)
    lines: list[_Line] = []
    words = 0
    with _pypdf_problems() as problems:
        for number, page in enumerate(reader.pages):
            page_lines = _page_lines(page, number)
            words += sum(len(line.text.split()) for line in page_lines)
            if words > MAX_WORDS:
                raise _too_many_words("PDF", "Upload just the article's pages, or split it into parts.")
            lines.extend(page_lines)
    letters = sum(ch.isalpha() for line in lines for ch in line.text)
    if letters < 20 * max(pages, 1):
        if problems:
            raise ArticleError(
                "This PDF is damaged: quizgen found no readable text in it. Save or export it "
                "again as PDF, or paste the article's text."
            )
        return Document(text="", title=None, kind="pdf")
    blocks = _pdf_paragraphs(_drop_running_lines(lines, pages))
    return Document(text=_compose(None, blocks), title=None, kind="pdf")


class _ThreadProblems(logging.Handler):
    """Collects pypdf's warnings about a damaged file, for this thread only."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.records.append(record.getMessage())


@contextlib.contextmanager
def _pypdf_problems():
    handler = _ThreadProblems()
    pypdf_log = logging.getLogger("pypdf")
    if not pypdf_log.isEnabledFor(logging.WARNING):
        pypdf_log.setLevel(logging.WARNING)  # our handler must see them
    pypdf_log.addHandler(handler)
    try:
        yield handler.records
    finally:
        pypdf_log.removeHandler(handler)


def _page_lines(page, number: int) -> list[_Line]:
    """Lines of one page with their baseline height, from pypdf's text visitor."""
    lines: list[_Line] = []
    current: list[str] = []
    state: dict = {"y": None, "size": 0.0}

    def finish() -> None:
        text = _clean("".join(current)).translate(_LIGATURES)
        lines.append(_Line(text, state["y"], state["size"], number))
        current.clear()
        state["y"] = None

    def visit(text, cm, tm, font_dict, font_size) -> None:
        if not text:
            return
        try:
            y = float(cm[1]) * float(tm[4]) + float(cm[3]) * float(tm[5]) + float(cm[5])
            size = abs(float(font_size) * float(tm[3]) * float(cm[3])) or float(font_size)
        except (TypeError, ValueError, IndexError):
            y, size = None, 0.0
        pieces = text.split("\n")
        for index, piece in enumerate(pieces):
            if index:
                finish()
            if piece.strip() and state["y"] is None:
                state["y"], state["size"] = y, size
            current.append(piece)

    page.extract_text(visitor_text=visit)
    if current:
        finish()
    return lines


def _drop_running_lines(lines: list[_Line], pages: int) -> list[_Line]:
    """Drop page numbers, and headers/footers repeated on most pages."""
    lines = [line for line in lines if not _PAGE_NUMBER.fullmatch(line.text)]
    if pages >= 3:
        seen: dict[str, set[int]] = {}
        for line in lines:
            if line.text:
                seen.setdefault(re.sub(r"\d+", "#", line.text), set()).add(line.page)
        running = {key for key, on in seen.items() if len(on) > pages / 2}
        lines = [line for line in lines if re.sub(r"\d+", "#", line.text) not in running]
    return lines


def _pdf_paragraphs(lines: list[_Line]) -> list[str]:
    """Re-join hard-wrapped PDF lines into paragraphs.

    A paragraph ends at a blank line, a vertical gap clearly larger than the
    usual line spacing *for its font size*, a change of font size, or a body
    line that ends early (the next line's first word would have fitted on
    it). A headline in a larger font that wraps onto two lines stays one
    block: its lines are spaced for its size, and the "ends early" rule only
    knows the width of body lines.
    """
    texted = [line for line in lines if line.text]
    if not texted:
        return []
    body_size = Counter(round(line.size, 1) for line in texted).most_common(1)[0][0]
    body = [line for line in texted if abs(line.size - body_size) <= 0.5] or texted
    lengths = sorted(len(line.text) for line in body)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    leadings = [
        (a.y - b.y) / a.size for a, b in pairwise(texted)
        if a.page == b.page and a.y is not None and b.y is not None and a.size and abs(a.size - b.size) <= 0.5
        and 0 < a.y - b.y < 3 * a.size
    ]
    leading = statistics.median(leadings) if leadings else None

    paragraphs: list[str] = []
    current = ""
    previous: _Line | None = None
    for line in lines:
        if not line.text:
            if current:
                paragraphs.append(current)
            current, previous = "", None
            continue
        if previous is not None and current and _breaks(previous, line, width, leading, body_size):
            paragraphs.append(current)
            current = ""
        current = _join(current, line.text) if current else line.text
        previous = line
    if current:
        paragraphs.append(current)
    return paragraphs


def _breaks(a: _Line, b: _Line, width: int, leading: float | None, body_size: float) -> bool:
    """Does a paragraph end between lines ``a`` and ``b``? (``leading``: the usual
    baseline gap as a multiple of the font size.)"""
    if a.size and b.size and abs(a.size - b.size) > 0.5:
        return True
    if (leading and a.size and a.page == b.page and a.y is not None and b.y is not None
            and a.y - b.y > 1.5 * leading * a.size):
        return True
    if width >= 30 and abs(a.size - body_size) <= 0.5:
        next_word = b.text.split()[0]
        factor = 0.9 if a.text.endswith(_TERMINAL) else 0.75
        if a.text.endswith(_HYPHENS):
            return False
        if len(a.text) + 1 + len(next_word) <= factor * width:
            return True
    return False


def _join(text: str, line: str) -> str:
    if text.endswith("\u00ad"):
        return text[:-1] + line
    if text.endswith(("-", "\u2010")) and len(text) >= 2 and text[-2].isalpha():
        if line[:1].islower():
            head = re.search(r"(\w+)[-\u2010]$", text)
            tail = re.match(r"\w+", line)
            if head and tail and _hyphen_is_a_break(head.group(1), tail.group(0)):
                return text[:-1] + line
        return text + line
    if text.endswith(("\u2014", "/")):
        return text + line
    return f"{text} {line}"


def _hyphen_is_a_break(head: str, tail: str) -> bool:
    """Was ``head-`` + ``tail`` one word broken at a line end ("infor-mation")?

    Yes when the joined word is more common than the hyphenated one, so
    "information" joins while "well-known", "long-term" and unknown names
    ("Byeong-ju") keep their hyphen.
    """
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return True
    joined = zipf_frequency(head + tail, "en")
    return joined > 0 and joined > zipf_frequency(f"{head}-{tail}", "en")
