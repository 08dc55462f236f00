"""What every upload reader shares: the :class:`Document` they return, the
"wrong extension" and "not text" messages, text decoding, and the helpers
that turn blocks into quizgen's plain-text convention.

Standard library only (``codecs`` for the cp1252 fallback); the format
readers (:mod:`.read_html`, :mod:`.read_docx`, :mod:`.read_pdf`) and the
dispatcher in :mod:`.readers` import from here, never the other way round.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .limits import MAX_WORDS, ArticleError
from .structure import byline_text

ACCEPTED = ".txt, .md, .html, .docx or .pdf"
_WHAT_TO_DO = f"quizgen accepts {ACCEPTED} files; you can also paste the article's text."


@dataclass(frozen=True)
class Document:
    """Article text in the plain-text convention, ready for ``parse_article``."""

    text: str
    title: str | None
    kind: str  # txt | md | html | docx | pdf


def _too_many_words(label: str, advice: str) -> ArticleError:
    return ArticleError(f"This {label} has more than {MAX_WORDS:,} words; quizgen handles "
                        f"articles of up to {MAX_WORDS:,}. {advice}")


# --------------------------------------------------------------------------
# What a file really is (signatures), for "wrong extension" messages

_SIGNATURES = [
    (b"%PDF-", "a PDF", "rename it to end in .pdf"),
    (b"PK\x03\x04", "a zip archive (such as a Word .docx file)", "if it is a Word file, rename it to end in .docx"),
    (b"PK\x05\x06", "an empty zip archive", None),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style Office file (.doc) or a password-protected Word file",
     "open it in Word, remove any password and save it as .docx"),
    (b"{\\rtf", "a Rich Text (.rtf) file", "open it in a word processor and save it as .docx or .txt"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", None),
    (b"\xff\xd8\xff", "a JPEG image", None),
    (b"GIF87a", "a GIF image", None),
    (b"GIF89a", "a GIF image", None),
    (b"RIFF", "an image, sound or video file", None),
    (b"\x1f\x8b", "a compressed (.gz) file", None),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", None),
    (b"Rar!", "a RAR archive", None),
    (b"MZ", "a Windows program", None),
    (b"\x7fELF", "a program", None),
    (b"ID3", "a sound file", None),
]


#: Signatures made of ordinary letters: they count only with binary bytes nearby.
_TEXT_LIKE_MAGIC = {b"GIF87a", b"GIF89a", b"RIFF", b"Rar!", b"MZ", b"ID3"}


def _sniff(data: bytes) -> tuple[str, str | None] | None:
    """(description, advice) when ``data`` starts like a known binary format."""
    head = data[:16]
    for magic, what, advice in _SIGNATURES:
        if head.startswith(magic):
            if magic in _TEXT_LIKE_MAGIC and b"\x00" not in data[:256]:
                continue  # plain text that happens to start with "MZ", "ID3" …
            return what, advice
    if head[4:8] == b"ftyp":
        return "an image or video file", None
    return None


def _mismatch(extension_label: str, found: str, advice: str | None) -> ArticleError:
    tip = f" If you meant to upload it, {advice}." if advice else ""
    return ArticleError(
        f"This file's name says {extension_label}, but it is {found}.{tip} {_WHAT_TO_DO}"
    )


# --------------------------------------------------------------------------
# Decoding text (the bytes of .txt, .md and .html files, and pasted text)


def _cp1252_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    """Decode bytes that are not UTF-8 as cp1252 (latin-1 for its 5 holes)."""
    chunk = error.object[error.start:error.end]
    return "".join(_decode_byte(bytes([b])) for b in chunk), error.end


def _decode_byte(byte: bytes) -> str:
    try:
        return byte.decode("cp1252")
    except UnicodeDecodeError:
        return byte.decode("latin-1")


codecs.register_error("quizgen-cp1252", _cp1252_fallback)

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_STRAY = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff\u200b]")
#: More than this share of control characters means the bytes are not text.
MAX_CONTROL_RATIO = 0.01


def decode_text(data: bytes) -> str:
    """Decode pasted or ``.txt`` bytes to text with ``\\n`` line ends.

    UTF-8 (a BOM is dropped; UTF-16 with a BOM is read too). Bytes that are
    not valid UTF-8 are read as cp1252, the Windows encoding most such files
    use, and the few bytes cp1252 leaves undefined as latin-1 — so a mostly
    UTF-8 file with one stray Windows quote still reads correctly. Binary
    data (NUL bytes, a known file signature, or more than 1 % control
    characters) raises :class:`ArticleError`. Empty input gives ``""``.
    """
    data = bytes(data or b"")
    text: str | None = None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise _not_text() from None
    if text is None:
        found = _sniff(data)
        if found is not None:
            raise _mismatch("it is text", *found)
        if b"\x00" in data:
            raise _not_text()
        text = data.decode("utf-8", errors="quizgen-cp1252")
    if text and len(_CONTROL.findall(text)) > MAX_CONTROL_RATIO * len(text):
        raise _not_text()
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    return _STRAY.sub("", text)


def _not_text() -> ArticleError:
    return ArticleError(
        "This file is not text: it looks like a picture, program or other binary file. "
        f"{_WHAT_TO_DO}"
    )


# --------------------------------------------------------------------------
# Blocks → plain-text convention


def _clean(text: str) -> str:
    return " ".join(text.split())


def _caption(text: str) -> str:
    inner = _clean(text).replace("[", "(").replace("]", ")")
    return f"[{inner}]" if inner else ""


def _byline(text: str) -> str | None:
    """``text`` as a byline line the structure parser recognises, or None."""
    text = _clean(text)
    if not text:
        return None
    if byline_text(text) is not None:
        return text
    candidate = f"By {text}"
    return candidate if byline_text(candidate) is not None else None


def _compose(title: str | None, blocks: list[str]) -> str:
    parts = [title] if title else []
    parts.extend(b for b in blocks if b)
    return "\n\n".join(parts)


#: An image's alt text that is only its file name is no caption.
_IMAGE_FILENAME = re.compile(r"\.(?:png|jpe?g|gif|webp|svg|bmp)$", re.IGNORECASE)
