"""Bytes → text, and the rich text of question banks (HTML, Markdown) → plain text.

Decoding is the article reader's (:func:`quizgen.articles.readers.decode_text`):
a BOM dropped, UTF-8 or else cp1252 (so a Windows file's smart quotes read as
smart quotes), CRLF as ``\\n``, binary refused. HTML goes through nh3, an
allowlist sanitiser, with no tag allowed: what is left is text.
"""
from __future__ import annotations

import html
import re

import nh3

from ..articles import ArticleError
from ..articles.readers import decode_text
from .model import MAX_BYTES, BankError

#: Tags after which the text continues on a new line (a paragraph, a list item …).
_BREAKS = re.compile(r"<\s*(?:br|/p|/div|/li|/h[1-6]|/tr|/blockquote|/pre)\b[^>]*>", re.I)
_PARAGRAPH_END = re.compile(r"<\s*/(?:p|h[1-6]|blockquote|pre)\s*>", re.I)


def check_size(data: bytes, label: str = "file") -> None:
    if len(data) > MAX_BYTES:
        raise BankError(f"The {label} is {len(data) / 1048576:.1f} MB; quizgen imports files up to "
                        f"{MAX_BYTES // 1048576} MB. Split the question bank and import each part.")
    if not data.strip():
        raise BankError("The file is empty.")


def decode(data: bytes) -> str:
    """Text with ``\\n`` line ends; :class:`BankError` for binary data."""
    try:
        return decode_text(data)
    except ArticleError:
        raise BankError("This file is not text (it looks like a picture, program or other binary file), so it "
                        "is not a GIFT, Aiken or CSV question bank.") from None


def html_to_text(markup: str, paragraphs: bool = False) -> str:
    """Visible text of an HTML fragment: tags dropped, entities decoded, script/style content gone.

    With ``paragraphs`` block ends become blank lines (a passage keeps its
    paragraphs); otherwise the text is one line."""
    markup = str(markup or "")
    if paragraphs:
        markup = _PARAGRAPH_END.sub("\n\n", markup)
    markup = _BREAKS.sub("\n", markup)
    text = html.unescape(nh3.clean(markup, tags=set()))
    if not paragraphs:
        return " ".join(text.split())
    blocks = [" ".join(block.split()) for block in re.split(r"\n\s*\n", text)]
    return "\n\n".join(block for block in blocks if block)


def markdown_to_text(source: str) -> str:
    from markdown_it import MarkdownIt

    return html_to_text(MarkdownIt("commonmark", {"html": False}).render(str(source or "")))
