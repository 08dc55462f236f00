"""Read Word documents (.docx) into blocks of article text.

The archive is checked first (:func:`check_docx_archive`, with
:func:`quizgen.safezip.open_checked`) so that a zip bomb is refused before
anything is decompressed; python-docx then reads the paragraphs, in order
through tables, with their styles (title, caption) and image alt texts.
"""
from __future__ import annotations

import io
import logging
import zipfile

from ..safezip import ZipLimits, ZipRefused, open_checked
from .limits import MAX_WORDS, ArticleError
from .read_common import (
    _IMAGE_FILENAME,
    _WHAT_TO_DO,
    Document,
    _caption,
    _clean,
    _compose,
    _mismatch,
    _sniff,
    _too_many_words,
)

log = logging.getLogger(__name__)

#: A .docx is a zip archive. Before python-docx reads one, its central
#: directory must declare at most this many entries ...
DOCX_MAX_ENTRIES = 2_000
#: ... at most this many uncompressed bytes in total ...
DOCX_MAX_UNCOMPRESSED = 50 * 1024 * 1024
#: ... and no entry above DOCX_RATIO_MIN_SIZE bytes may be compressed more
#: than DOCX_MAX_RATIO : 1 (Word's XML compresses about 5-20 : 1; a zip
#: bomb's filler compresses about 1000 : 1). Python's zipfile stops reading
#: an entry at its declared size, so the declared sizes are binding.
DOCX_MAX_RATIO = 100
DOCX_RATIO_MIN_SIZE = 1024 * 1024
#: The document body itself (word/document.xml) may declare at most this
#: much: a 30,000-word article takes 1-3 MB, and every element python-docx
#: walks costs time and memory.
DOCX_MAX_DOCUMENT_XML = 10 * 1024 * 1024
_DOCX_LIMITS = ZipLimits(DOCX_MAX_ENTRIES, DOCX_MAX_UNCOMPRESSED, DOCX_MAX_RATIO, DOCX_RATIO_MIN_SIZE)


def _docx_unsafe(reason: str) -> ArticleError:
    log.warning("refused .docx upload: %s", reason)
    return ArticleError(
        "This .docx file looks damaged or unsafe (it would unpack to far more data than a "
        "document holds), so quizgen did not open it. Open it in Word, save it again as .docx, "
        "and upload that copy — or paste the article's text."
    )


def check_docx_archive(data: bytes) -> zipfile.ZipFile:
    """Open ``data`` as a zip and refuse zip bombs before anything is decompressed."""
    try:
        archive = open_checked(data, _DOCX_LIMITS)
    except ZipRefused as refused:
        if refused.damaged:
            raise ArticleError(
                "This .docx file is damaged (it is not a complete Word file). Open it in Word, "
                "save it again as .docx, and upload it again — or paste the article's text."
            ) from None
        raise _docx_unsafe(refused.reason) from None
    entries = archive.infolist()
    names = {entry.filename: entry for entry in entries}
    body = names.get("word/document.xml")
    if body is not None and body.file_size > DOCX_MAX_DOCUMENT_XML:
        raise _docx_unsafe(f"word/document.xml declares {body.file_size} bytes")
    if body is None:
        if "mimetype" in names and b"opendocument" in data[:200]:
            raise ArticleError(
                "This is an OpenDocument (LibreOffice) file, not a Word .docx file. Save it as "
                f".docx (File → Save As) and upload that. {_WHAT_TO_DO}"
            )
        raise ArticleError(
            "This file is a zip archive but not a Word document. Upload the article itself "
            f"as a .docx file. {_WHAT_TO_DO}"
        )
    return archive


class _DocxBlocks:
    """Title and blocks of a Word document, read in order through its tables."""

    def __init__(self):
        self.title: str | None = None
        self.blocks: list[str] = []
        self.words = 0

    def paragraph(self, p) -> None:
        try:
            style = (p.style.name or "") if p.style is not None else ""
        except Exception:  # a style id with no definition
            style = ""
        text = _clean(p.text)
        self.words += len(text.split())
        if self.words > MAX_WORDS:
            raise _too_many_words("Word document", "Upload just the article, or split it into parts.")
        alts = [_clean(el.get("descr") or "") for el in p._p.xpath(".//wp:docPr")]
        if text:
            lowered = style.lower()
            if self.title is None and lowered in ("title", "heading 1"):
                self.title = text
            elif lowered == "caption":
                self.blocks.append(_caption(text))
            else:
                self.blocks.append(text)
        self.blocks.extend(_caption(alt) for alt in alts if alt and not _IMAGE_FILENAME.search(alt))

    def walk(self, container) -> None:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        for item in container.iter_inner_content():
            if isinstance(item, Paragraph):
                self.paragraph(item)
            elif isinstance(item, Table):
                seen: set[int] = set()
                for row in item.rows:
                    for cell in row.cells:
                        if id(cell._tc) not in seen:
                            seen.add(id(cell._tc))
                            self.walk(cell)


def _read_docx(data: bytes) -> Document:
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise ArticleError(
            "This Word file is in the old .doc format or is password-protected, so quizgen "
            "can't open it. Open it in Word, remove any password, save it as .docx (File → "
            "Save As) and upload that copy — or paste the article's text."
        )
    if not data.startswith(b"PK"):
        found = _sniff(data)
        if found is not None:
            raise _mismatch("it is a Word document (.docx)", *found)
        raise ArticleError(f"This file's name ends in .docx, but it is not a Word document. {_WHAT_TO_DO}")
    check_docx_archive(data).close()

    import docx

    reader = _DocxBlocks()
    reader.walk(docx.Document(io.BytesIO(data)))
    title, blocks = reader.title, reader.blocks
    if title and blocks and blocks[0] == title:
        blocks.pop(0)
    return Document(text=_compose(title, blocks) if blocks else "", title=title, kind="docx")
