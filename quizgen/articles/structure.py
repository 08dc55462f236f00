"""Split an article's plain text into typed blocks: title, dateline, byline,
captions, headings and body paragraphs.

The rules are about the *shape* of a block (its length, punctuation, brackets,
leading dash), never about the wording of a particular article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

TITLE_MAX_WORDS = 25
HEADING_MAX_WORDS = 10
BYLINE_MAX_WORDS = 14
#: A block longer than this with no line break is split at sentence ends.
LONG_BLOCK_CHARS = 2500
TARGET_PARAGRAPH_CHARS = 900

_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
           r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DATELINE = re.compile(
    rf"^(?:{_WEEKDAYS},?\s+)?(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\.?$",
    re.IGNORECASE,
)
_CAPTION_BRACKETS = re.compile(r"^\[(?P<inner>[^\[\]]+)\]$", re.DOTALL)
_CAPTION_PREFIX = re.compile(r"^(?:photo|image|picture|caption|figure|fig\.)\s*(?:\d+\s*)?[:\-–—]\s*\S",
                             re.IGNORECASE)
_DASH_LINE = re.compile(r"^[-–—]\s*(?P<rest>\S.*)$")
_BY_WORD = re.compile(r"^(?:Written\s+)?By\s")  # capital B: "by" inside a wrapped sentence is not a byline
_BY_LINE = re.compile(r"^(?:written\s+)?by\s+(?P<rest>[A-Z\u00c0-\uffff].*)$", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?:;\"'\u201d\u2019)\]]$")
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019)]))\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


@dataclass(frozen=True)
class Block:
    kind: str  # title | dateline | byline | caption | heading | paragraph
    text: str


def split_blocks(text: str) -> list[str]:
    """Cut normalised text into blocks.

    With blank lines present, blank lines separate blocks and a single line
    break inside a block is a soft wrap, except before a line that starts a
    list item, a dash line or a bracketed caption. Without any blank line,
    every line is a block (many student and copied texts look like that).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if re.search(r"\n[ \t]*\n", text):
        blocks = []
        for index, chunk in enumerate(re.split(r"\n[ \t]*\n", text)):
            blocks.extend(_unwrap(chunk, head=index == 0))
    else:
        blocks = [line.strip() for line in text.split("\n")]
    out: list[str] = []
    for block in blocks:
        block = block.strip()
        if block:
            out.extend(_split_long(block))
    return out


def _unwrap(chunk: str, head: bool = False) -> list[str]:
    """Join soft-wrapped lines. In the ``head`` chunk (where the title is) a
    byline or dateline line is its own block, and so is whatever follows it:
    "Giant Pumpkins" / "By Jane Doe" typed with no blank line is a title and a
    byline, while a title that wraps onto two lines stays one title."""
    lines = [line.strip() for line in chunk.split("\n") if line.strip()]
    merged: list[str] = []
    after_meta = False
    for line in lines:
        meta = head and bool(merged) and (_BY_WORD.match(line) is not None and byline_text(line) is not None
                                          or is_dateline(line))
        starts_new = bool(_DASH_LINE.match(line) or line.startswith("[")
                          or re.match(r"^(?:[*•]|\d+[.)])\s", line)) or meta or after_meta
        after_meta = meta
        if merged and not starts_new and not merged[-1].startswith("["):
            merged[-1] = f"{merged[-1]} {line}"
        else:
            merged.append(line)
    return merged


def _split_long(block: str) -> list[str]:
    """Split a very long block (no line breaks at all) at sentence ends."""
    if len(block) <= LONG_BLOCK_CHARS:
        return [block]
    pieces = _SENTENCE_END.split(block)
    if len(pieces) == 1:  # no sentence ends at all: cut between words
        pieces = block.split(" ")
    out, current = [], ""
    for piece in pieces:
        if current and len(current) + len(piece) + 1 > TARGET_PARAGRAPH_CHARS:
            out.append(current)
            current = piece
        else:
            current = f"{current} {piece}" if current else piece
    if current:
        out.append(current)
    return out


def _words(block: str) -> int:
    return len(block.split())


def looks_like_title(block: str) -> bool:
    return (_words(block) <= TITLE_MAX_WORDS and len(block) <= 200
            and not block.endswith(".") and not block.startswith("["))


def caption_text(block: str) -> str | None:
    """The caption inside a block, or None when the block is not a caption."""
    match = _CAPTION_BRACKETS.match(block)
    if match:
        return match.group("inner").strip()
    if _CAPTION_PREFIX.match(block) and _words(block) <= 40:
        return block
    return None


def byline_text(block: str) -> str | None:
    """The author text of a byline block (``By …`` or ``- …``), else None."""
    if _words(block) > BYLINE_MAX_WORDS or block.endswith(("?", "!")):
        return None
    if block.endswith(".") and len(block.split()[-1]) > 4:  # a sentence, not "Jr."
        return None
    for pattern in (_DASH_LINE, _BY_LINE):
        match = pattern.match(block)
        if match:
            return match.group("rest").strip()
    return None


def is_dateline(block: str) -> bool:
    return bool(_DATELINE.match(block.strip()))


def is_heading(block: str) -> bool:
    return (_words(block) <= HEADING_MAX_WORDS and not _TERMINAL.search(block)
            and not block.startswith(("[", "-", "–", "—")) and block[:1].isupper())


def classify(blocks: list[str], title: str | None = None) -> list[Block]:
    """Type each block. ``title`` (from HTML or a form) wins over the first line."""
    typed: list[Block] = []
    remaining = list(blocks)
    if title is None and remaining and looks_like_title(remaining[0]):
        title = remaining.pop(0)
    elif title is not None and remaining and remaining[0].strip() == title.strip():
        remaining.pop(0)
    if title:
        typed.append(Block("title", title.strip()))

    # Author lines at the end: consecutive short dash / "By" lines.
    tail: list[Block] = []
    while remaining and byline_text(remaining[-1]) is not None:
        tail.insert(0, Block("byline", byline_text(remaining.pop())))

    seen_body = False
    for index, block in enumerate(remaining):
        caption = caption_text(block)
        if caption is not None:
            typed.append(Block("caption", caption))
        elif not seen_body and is_dateline(block):
            typed.append(Block("dateline", block))
        elif not seen_body and byline_text(block) is not None:
            typed.append(Block("byline", byline_text(block)))
        elif is_heading(block) and _followed_by_body(remaining, index):
            typed.append(Block("heading", block))
        else:
            typed.append(Block("paragraph", block))
            seen_body = True
    return typed + tail


def _followed_by_body(blocks: list[str], index: int) -> bool:
    """A short unpunctuated line is a heading only when more text follows."""
    return index + 1 < len(blocks)
