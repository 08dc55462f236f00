"""Turn an uploaded file into article text in quizgen's plain-text convention.

``read_upload(filename, data)`` is the one way in for files (the web form and
the CLI both call it). Whatever the format, the result is a :class:`Document`
whose ``text`` follows the convention :mod:`quizgen.articles.structure`
reads: the title on the first line, then blocks separated by blank lines,
each photo caption as a whole block in ``[square brackets]`` and bylines as
``By …`` lines. Pass it on as ``parse_article(doc.text, title=doc.title)``.

Every failure raises :class:`~quizgen.articles.limits.ArticleError` with a
message a teacher can act on (what is wrong and what to do). No other
exception escapes :func:`read_upload`, whatever bytes it is given: the
format readers run behind a last-resort handler that turns anything
unexpected into a "could not read this file" message.

This module checks the upload (size, extension, not empty), reads plain
text and dispatches the other formats to their readers:
:mod:`.read_html` (HTML, cleaned with nh3 first, and Markdown, parsed with
markdown-it-py), :mod:`.read_docx` (python-docx, after :mod:`zipfile`
checks rule out zip bombs) and :mod:`.read_pdf` (pypdf). What they share —
:class:`Document`, text decoding, file signatures, the plain-text
convention — is in :mod:`.read_common`. The names callers use are all
importable from here.
"""
from __future__ import annotations

import logging
import re

from .limits import ArticleError
from .read_common import _WHAT_TO_DO, ACCEPTED, MAX_CONTROL_RATIO, Document, decode_text
from .read_docx import (
    DOCX_MAX_DOCUMENT_XML,
    DOCX_MAX_ENTRIES,
    DOCX_MAX_RATIO,
    DOCX_MAX_UNCOMPRESSED,
    DOCX_RATIO_MIN_SIZE,
    _read_docx,
    check_docx_archive,
)
from .read_html import (
    HTML_ATTRIBUTES,
    HTML_DROP_WITH_CONTENT,
    HTML_MAX_DEPTH,
    HTML_MAX_ELEMENTS,
    HTML_TAGS,
    MARKDOWN_MAX_CHARS,
    _read_html,
    _read_markdown,
    html_too_complex,
    sanitize_html,
)
from .read_pdf import PDF_MAX_PAGES, _read_pdf

log = logging.getLogger(__name__)

#: Uploads larger than this are refused (the web app's MAX_CONTENT_LENGTH
#: matches it by default).
DEFAULT_MAX_BYTES = 5 * 1024 * 1024

_KINDS = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}


# --------------------------------------------------------------------------
# Entry point


def check_upload(filename: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The cheap checks of :func:`read_upload` (size, format, not empty); returns the kind.

    The web server runs only these; the reading itself (PDF, Word) is slow
    pure Python and runs in a worker.
    """
    if len(data) > max_bytes:
        raise ArticleError(
            f"The file is {_size(len(data))}; the largest file quizgen accepts is "
            f"{_size(max_bytes)}. Upload a smaller file or paste the article's text."
        )
    extension = _extension(filename)
    kind = _KINDS.get(extension)
    if kind is None:
        shown = f'"{extension}" files' if extension else "Files without an extension"
        raise ArticleError(f"{shown} can't be read. {_WHAT_TO_DO}")
    if not data.strip():
        raise ArticleError("The file is empty. Choose the file that contains the article, or paste its text.")
    return kind


def read_upload(filename: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read an uploaded file; raise :class:`ArticleError` for anything unusable."""
    data = bytes(data or b"")
    kind = check_upload(filename, data, max_bytes)
    reader = _READERS[kind]
    try:
        document = reader(data)
    except ArticleError:
        raise
    except Exception:  # a damaged file must never become a 500
        log.warning("could not read uploaded %s file %r", kind, filename, exc_info=True)
        raise ArticleError(
            f"quizgen could not read this {_LABELS[kind]}: it may be damaged. Open it, save it "
            f"again (or as another format), and upload it again — or paste the article's text."
        ) from None
    if not document.text.strip():
        raise ArticleError(_NO_TEXT[kind])
    return document


def _extension(filename: str | None) -> str:
    name = re.split(r"[\\/]", str(filename or ""))[-1].strip().lower()
    dot = name.rfind(".")
    return name[dot:] if dot > 0 or (dot == 0 and len(name) > 1) else ""


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"


_LABELS = {"txt": "text file", "md": "Markdown file", "html": "web page (HTML file)",
           "docx": "Word document", "pdf": "PDF"}
_NO_TEXT = {
    "txt": "The file is empty. Choose the file that contains the article, or paste its text.",
    "md": "The file is empty: it has no text outside Markdown markup. Check the file, or paste the article's text.",
    "html": "No readable text was found in this web page. Save the article page itself "
            "(or copy its text and paste it).",
    "docx": "This Word document has no text. Check that it is the right file, or paste the article's text.",
    "pdf": "This PDF has no text layer (it is probably a scan or made of images), so quizgen "
           "can't read it. Copy the text from the original, or type it, and paste it instead.",
}


# --------------------------------------------------------------------------
# Text (.txt); the other formats have a module each


def _read_txt(data: bytes) -> Document:
    return Document(text=decode_text(data).strip(), title=None, kind="txt")


_READERS = {"txt": _read_txt, "md": _read_markdown, "html": _read_html,
            "docx": _read_docx, "pdf": _read_pdf}

__all__ = ["ACCEPTED", "DEFAULT_MAX_BYTES", "DOCX_MAX_DOCUMENT_XML", "DOCX_MAX_ENTRIES", "DOCX_MAX_RATIO",
           "DOCX_MAX_UNCOMPRESSED", "DOCX_RATIO_MIN_SIZE", "HTML_ATTRIBUTES", "HTML_DROP_WITH_CONTENT",
           "HTML_MAX_DEPTH", "HTML_MAX_ELEMENTS", "HTML_TAGS", "MARKDOWN_MAX_CHARS", "MAX_CONTROL_RATIO",
           "PDF_MAX_PAGES", "Document", "check_docx_archive", "check_upload", "decode_text", "html_too_complex",
           "read_upload", "sanitize_html"]
