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

Libraries: nh3 (an allowlist HTML sanitiser, the Rust ``ammonia`` crate)
cleans HTML before any of it is read; markdown-it-py (CommonMark) parses
Markdown; python-docx reads Word files, after :func:`zipfile` checks rule out
zip bombs; pypdf reads PDFs.
"""
from __future__ import annotations

import codecs
import contextlib
import io
import logging
import re
import statistics
import threading
import zipfile
from collections import Counter
from itertools import pairwise
from dataclasses import dataclass
from html.parser import HTMLParser

import nh3

from ..safezip import ZipLimits, ZipRefused, open_checked
from .limits import MAX_WORDS, ArticleError
from .structure import byline_text

log = logging.getLogger(__name__)

#: Uploads larger than this are refused (the web app's MAX_CONTENT_LENGTH
#: matches it by default).
DEFAULT_MAX_BYTES = 5 * 1024 * 1024

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

#: PDFs with more pages are refused before any text is extracted.
PDF_MAX_PAGES = 500

ACCEPTED = ".txt, .md, .html, .docx or .pdf"
_WHAT_TO_DO = f"quizgen accepts {ACCEPTED} files; you can also paste the article's text."

_KINDS = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}


@dataclass(frozen=True)
class Document:
    """Article text in the plain-text convention, ready for ``parse_article``."""

    text: str
    title: str | None
    kind: str  # txt | md | html | docx | pdf


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
# Text (.txt, and the bytes of .md / .html / pasted text)


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


def _read_txt(data: bytes) -> Document:
    return Document(text=decode_text(data).strip(), title=None, kind="txt")


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


# --------------------------------------------------------------------------
# HTML

#: Tags kept by :func:`sanitize_html`; everything else is unwrapped (text kept).
HTML_TAGS = {
    "html", "body", "title", "article", "main", "section", "header", "footer", "div", "span",
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "q", "cite", "pre", "code",
    "ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption", "img", "a", "em", "strong", "b", "i",
    "u", "s", "small", "sub", "sup", "mark", "abbr", "time", "address",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
}
#: Tags removed together with their content.
HTML_DROP_WITH_CONTENT = {
    "script", "style", "iframe", "noscript", "template", "object", "embed", "svg", "math",
    "nav", "aside", "form", "select", "textarea", "button", "canvas", "video", "audio",
}
HTML_ATTRIBUTES = {
    "*": {"class", "lang", "dir"},
    "a": {"href", "rel", "title"},
    "img": {"alt", "src", "width", "height"},
    "time": {"datetime"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}


#: HTML whose elements nest deeper than this is refused before nh3 sees it:
#: html5ever's tree builder slows quadratically with depth (16,000 nested
#: ``<ul><li>`` take ~25 s); real pages nest a few dozen levels.
HTML_MAX_DEPTH = 1_000
#: HTML with more elements than this is refused too: text extraction with the
#: stdlib parser costs ~20 µs an element; a long saved news page has ~20,000.
HTML_MAX_ELEMENTS = 150_000

_VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                  "source", "track", "wbr", "basefont", "bgsound", "frame", "keygen", "image"}
_RAW_TEXT_ELEMENTS = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                      "noframes", "noscript"}
#: A start tag closes an open sibling of these kinds (``<li>a<li>b``).
_CLOSES_SIBLINGS = {
    "p": {"p"}, "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "option": {"option"},
    "optgroup": {"optgroup", "option"}, "tr": {"tr", "td", "th"}, "td": {"td", "th"},
    "th": {"td", "th"}, "thead": {"thead", "tbody", "tfoot", "tr", "td", "th"},
    "tbody": {"thead", "tbody", "tfoot", "tr", "td", "th"},
    "tfoot": {"thead", "tbody", "tfoot", "tr", "td", "th"}, "rt": {"rt", "rp"}, "rp": {"rt", "rp"},
}
_TAG_START = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)")


def html_too_complex(html: str, max_depth: int = HTML_MAX_DEPTH,
                     max_elements: int = HTML_MAX_ELEMENTS) -> bool:
    """Whether ``html`` nests elements more than ``max_depth`` deep or has
    more than ``max_elements`` elements (one linear scan, no tree built).

    The depth is an estimate that errs towards deeper: void elements,
    comments and the content of script/style are skipped, and the usual
    implied end tags (``<p>``, ``<li>``, table rows and cells) are applied.
    """
    lower = html.lower()
    elements = 0
    stack: list[str] = []
    open_count: dict[str, int] = {}
    i = 0
    while True:
        j = html.find("<", i)
        if j < 0:
            return False
        if html.startswith("<!--", j):
            k = html.find("-->", j + 4)
            if k < 0:
                return False
            i = k + 3
            continue
        match = _TAG_START.match(html, j)
        if not match:
            i = j + 1
            continue
        k = html.find(">", match.end())
        if k < 0:
            return False
        i = k + 1
        closing, name = match.group(1), match.group(2).lower()
        if closing:
            if open_count.get(name):
                while stack:
                    top = stack.pop()
                    open_count[top] -= 1
                    if top == name:
                        break
            continue
        if name in _VOID_ELEMENTS or html[k - 1] == "/":
            continue
        if name in _RAW_TEXT_ELEMENTS:
            end = lower.find(f"</{name}", i)
            if end < 0:
                return False
            i = end
            continue
        elements += 1
        if elements > max_elements:
            return True
        siblings = _CLOSES_SIBLINGS.get(name)
        while siblings and stack and stack[-1] in siblings:
            open_count[stack.pop()] -= 1
        stack.append(name)
        open_count[name] = open_count.get(name, 0) + 1
        if len(stack) > max_depth:
            return True


def sanitize_html(html: str) -> str:
    """Clean HTML with nh3 and a tight allowlist.

    Scripts, styles, iframes, forms, navigation and asides are dropped with
    their content; event handlers, ``style`` attributes and unsafe URL
    schemes (``javascript:`` …) are removed. ``class`` and a link's ``rel``
    survive so that bylines (``class="byline"``, ``rel="author"``) can be
    found; no ``target`` attribute survives, so links cannot open a new
    window and ``rel="noopener"`` is not needed.

    Raises :class:`ArticleError` when the HTML nests more than
    :data:`HTML_MAX_DEPTH` elements deep or has more than
    :data:`HTML_MAX_ELEMENTS` elements (see :func:`html_too_complex`).
    """
    if html_too_complex(html):
        raise ArticleError(
            f"This web page is too complex to be read safely (more than {HTML_MAX_ELEMENTS:,} "
            f"elements, or nested more than {HTML_MAX_DEPTH:,} levels deep). Copy the article's "
            "text and paste it instead."
        )
    return nh3.clean(
        html,
        tags=HTML_TAGS,
        clean_content_tags=HTML_DROP_WITH_CONTENT,
        attributes=HTML_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel=None,
        strip_comments=True,
    )


_BLOCK_TAGS = {
    "html", "body", "title", "article", "main", "section", "header", "footer", "div", "p", "hr",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd",
    "figure", "figcaption", "address", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
    "caption",
}
_WHOLE_BLOCKS = {"title", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6"}
_VOID_TAGS = {"br", "hr", "img"}
_BR = "\ue000"  # a private-use character marks <br> in the text buffer
_BYLINE_CLASS = re.compile(r"author|byline|by-line|writer|contributor", re.IGNORECASE)
_IMAGE_FILENAME = re.compile(r"\.(?:png|jpe?g|gif|webp|svg|bmp)$", re.IGNORECASE)


@dataclass
class _Element:
    tag: str
    byline: bool = False
    figure_alts: list[str] | None = None
    figure_captioned: bool = False


@dataclass
class _HtmlBlock:
    kind: str  # title | heading | paragraph | caption | byline
    text: str
    in_article: bool


class _HtmlText(HTMLParser):
    """Blocks of text from *sanitised* HTML (well-formed, so tags balance)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Element] = []
        self.buffer: list[str] = []
        self.buffer_byline = False
        self.pending_captions: list[str] = []
        self.blocks: list[_HtmlBlock] = []
        self.head_title: list[str] = []

    # -- state helpers
    def _inside(self, *tags: str) -> bool:
        return any(e.tag in tags for e in self.stack)

    def _innermost_block(self) -> str:
        for element in reversed(self.stack):
            if element.tag in _BLOCK_TAGS:
                return element.tag
        return "body"

    def _figure(self) -> _Element | None:
        for element in reversed(self.stack):
            if element.tag == "figure":
                return element
        return None

    def _emit(self, kind: str, text: str) -> None:
        if text:
            self.blocks.append(_HtmlBlock(kind, text, self._inside("article")))

    def _flush(self) -> None:
        raw = "".join(self.buffer)
        self.buffer = []
        byline = self.buffer_byline or any(e.byline for e in self.stack)
        self.buffer_byline = False
        # One <br> is a line break inside a block; two in a row end a block
        # (except in titles, headings and captions, which stay whole).
        if self._innermost_block() in _WHOLE_BLOCKS or self._inside("figcaption"):
            pieces = [_clean(raw.replace(_BR, " "))]
        else:
            pieces = [_clean(p.replace(_BR, " ")) for p in re.split(rf"{_BR}\s*{_BR}", raw)]
        for text in (p for p in pieces if p):
            self._emit_text(text, byline)
        for caption in self.pending_captions:
            self._emit("caption", caption)
        self.pending_captions = []

    def _emit_text(self, text: str, byline: bool) -> None:
        if text:
            where = self._innermost_block()
            if where == "title":
                self.head_title.append(text)
            elif where == "figcaption" or self._inside("figcaption"):
                self._emit("caption", _caption(text))
                figure = self._figure()
                if figure is not None:
                    figure.figure_captioned = True
            elif where == "h1":
                self._emit("title", text)
            elif where in {"h2", "h3", "h4", "h5", "h6"}:
                self._emit("heading", text)
            elif byline and _byline(text):
                self._emit("byline", _byline(text))
            else:
                self._emit("paragraph", text)

    # -- parser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        marked = bool(_BYLINE_CLASS.search(attributes.get("class", ""))) or \
            "author" in attributes.get("rel", "").lower().split()
        if tag in _VOID_TAGS:
            if tag == "img":
                self._image(attributes.get("alt", ""))
            elif tag == "br":
                self.buffer.append(_BR)
            else:
                self._flush()
            return
        if tag in _BLOCK_TAGS:
            self._flush()
            self.stack.append(_Element(tag, byline=marked,
                                       figure_alts=[] if tag == "figure" else None))
        else:
            if marked:
                self.buffer_byline = True
            self.stack.append(_Element(tag))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_TAGS or not any(e.tag == tag for e in self.stack):
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        while self.stack:
            element = self.stack.pop()
            if element.tag == "figure" and not element.figure_captioned:
                for alt in element.figure_alts or []:
                    self._emit("caption", _caption(alt))
            if element.tag == tag:
                break

    def handle_data(self, data: str) -> None:
        self.buffer.append(data.replace(_BR, ""))

    def _image(self, alt: str) -> None:
        alt = _clean(alt)
        if not alt or _IMAGE_FILENAME.search(alt):
            return
        figure = self._figure()
        if figure is not None and figure.figure_alts is not None:
            figure.figure_alts.append(alt)
        else:
            self.pending_captions.append(_caption(alt))

    def finish(self) -> list[_HtmlBlock]:
        self._flush()
        while self.stack:
            self.handle_endtag(self.stack[-1].tag)
        return self.blocks


def _html_blocks(html: str) -> tuple[str | None, list[str]]:
    """(title, blocks) from raw HTML, which is sanitised first."""
    parser = _HtmlText()
    parser.feed(sanitize_html(html))
    parser.close()
    blocks = parser.finish()
    if any(b.in_article and b.kind == "paragraph" for b in blocks):
        blocks = [b for b in blocks if b.in_article or b.kind in ("title", "byline")]
    title = None
    out: list[str] = []
    bylines: list[str] = []
    for block in blocks:
        if block.kind == "title" and title is None:
            title = block.text
        elif block.kind == "byline":
            if block.text not in bylines:
                bylines.append(block.text)
        elif block.kind == "title":
            out.append(block.text)  # a second <h1>: a heading
        else:
            out.append(block.text)
    if title is None and parser.head_title:
        title = parser.head_title[0]
    return title, bylines + out


def _read_html(data: bytes) -> Document:
    html = decode_text(data)
    title, blocks = _html_blocks(html)
    if not blocks:
        return Document(text="", title=title, kind="html")
    return Document(text=_compose(title, blocks), title=title, kind="html")


# --------------------------------------------------------------------------
# Markdown

#: Markdown longer than this is refused before parsing: markdown-it-py is
#: pure Python and slows to ~40 µs a character on adversarial input (a file
#: of "[[[["), and a 30,000-word article needs ~200,000 characters.
MARKDOWN_MAX_CHARS = 300_000

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def _read_markdown(data: bytes) -> Document:
    from markdown_it import MarkdownIt

    source = decode_text(data)
    if len(source) > MARKDOWN_MAX_CHARS:
        raise ArticleError(
            f"This Markdown file has {len(source):,} characters; quizgen reads Markdown files of up "
            f"to {MARKDOWN_MAX_CHARS:,} (about {MAX_WORDS:,} words). Split it into parts, or save "
            "it as a .txt file."
        )
    front_title = None
    match = _FRONT_MATTER.match(source)
    if match:
        source = source[match.end():]
        found = re.search(r"^title:\s*(?P<t>.+?)\s*$", match.group("body"), re.MULTILINE)
        if found:
            front_title = found.group("t").strip("\"'") or None
    # Markdown may carry raw HTML; rendering the whole file to HTML and reading
    # that exactly like an .html upload (nh3 first, then the same text
    # extraction) treats it the same way: <script>/<style> go with their
    # content, tags never reach the text, <h1> is the title, image alt texts
    # are captions.
    title, blocks = _html_blocks(MarkdownIt("commonmark").render(source))
    title = title or front_title
    return Document(text=_compose(title, blocks) if blocks else "", title=title, kind="md")


# --------------------------------------------------------------------------
# Word (.docx)


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


# --------------------------------------------------------------------------
# PDF


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


_READERS = {"txt": _read_txt, "md": _read_markdown, "html": _read_html,
            "docx": _read_docx, "pdf": _read_pdf}

__all__ = ["ACCEPTED", "DEFAULT_MAX_BYTES", "Document", "check_docx_archive", "decode_text",
           "html_too_complex", "read_upload", "sanitize_html"]
