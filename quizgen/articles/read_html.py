"""Read web pages (.html) and Markdown (.md) into blocks of article text.

HTML is cleaned with nh3 (an allowlist sanitiser, the Rust ``ammonia``
crate) before any of it is read; the text is then extracted with the
standard library's :class:`~html.parser.HTMLParser`. Markdown is parsed with
markdown-it-py (CommonMark), rendered to HTML and read exactly like an
.html upload.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

import nh3

from .limits import MAX_WORDS, ArticleError
from .read_common import (
    _IMAGE_FILENAME,
    Document,
    _byline,
    _caption,
    _clean,
    _compose,
    decode_text,
)

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

