"""Parse an article once: structure, sentences with stable ids, reading facts.

The spaCy docs (one per body paragraph, parsed in one ``nlp.pipe`` call) stay
on the :class:`ParsedArticle` so every later stage — questions, attributions,
vocabulary — works from the same parse instead of parsing again.
"""
from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..nlp import load_pipeline, processing_text
from .reading import reading_facts
from .structure import Block, classify, split_blocks

#: Above this many words an article is refused with a message instead of
#: being parsed (a long book chapter parses in seconds; a novel does not).
MAX_WORDS = 30_000
#: Characters, for texts whose "words" are huge (no spaces): spaCy refuses
#: a million characters and slows long before that.
MAX_CHARS = 400_000


class ArticleError(ValueError):
    """Input that cannot become an article; the message is shown to the user."""


@dataclass(frozen=True)
class Sentence:
    paragraph: int
    index: int
    start: int
    end: int
    text: str

    @property
    def id(self) -> str:
        return f"p{self.paragraph}s{self.index}"

    def to_dict(self) -> dict:
        return {"id": self.id, "paragraph": self.paragraph, "index": self.index,
                "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class ParsedArticle:
    title: str
    byline: str | None
    author_lines: list[str]
    dateline: str | None
    captions: list[str]
    headings: list[str]
    paragraphs: list[str]
    sentences: list[Sentence]
    blocks: list[Block]
    docs: list[Doc] = field(repr=False, compare=False)

    @functools.cached_property
    def reading(self) -> dict:
        """Reading facts, computed on first use (the grade-level syllable
        dictionary takes a second to load, and question generation never needs it)."""
        return reading_facts(self.paragraphs, self.docs, len(self.sentences))

    def sentences_in(self, paragraph: int) -> list[Sentence]:
        return [s for s in self.sentences if s.paragraph == paragraph]

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "byline": self.byline,
            "author_lines": self.author_lines,
            "dateline": self.dateline,
            "captions": self.captions,
            "headings": self.headings,
            "paragraphs": self.paragraphs,
            "sentences": [s.to_dict() for s in self.sentences],
            "reading": self.reading,
        }


def parse_article(text: str, title: str | None = None) -> ParsedArticle:
    """Parse ``text`` (cached: the same text is parsed once per process)."""
    key = hashlib.sha256(f"{title!r}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()
    return _parse_cached(key, text, title)


@functools.lru_cache(maxsize=64)
def _parse_cached(key: str, text: str, title: str | None) -> ParsedArticle:
    if not text or not text.strip():
        raise ArticleError("The article is empty: paste or upload some text.")
    if len(text) > MAX_CHARS:
        raise ArticleError(
            f"The article is {len(text):,} characters long; quizgen handles up to {MAX_CHARS:,}. "
            "Split it into parts and import each one."
        )
    if len(text.split()) > MAX_WORDS:
        raise ArticleError(
            f"The article has {len(text.split()):,} words; quizgen handles up to "
            f"{MAX_WORDS:,}. Split it into parts and import each one."
        )
    blocks = classify(split_blocks(text), title=title.strip() if title else None)
    paragraphs = [b.text for b in blocks if b.kind == "paragraph"]
    if not paragraphs:
        raise ArticleError("No body text was found: the article needs at least one paragraph of prose.")
    docs = list(load_pipeline().pipe(processing_text(p) for p in paragraphs))
    sentences = [s for number, doc in enumerate(docs) for s in _sentences(number, paragraphs[number], doc)]
    bylines = [b.text for b in blocks if b.kind == "byline"]
    first_title = next((b.text for b in blocks if b.kind == "title"), None)
    return ParsedArticle(
        title=first_title or _title_from(paragraphs[0]),
        byline=bylines[0] if bylines else None,
        author_lines=bylines,
        dateline=next((b.text for b in blocks if b.kind == "dateline"), None),
        captions=[b.text for b in blocks if b.kind == "caption"],
        headings=[b.text for b in blocks if b.kind == "heading"],
        paragraphs=paragraphs,
        sentences=sentences,
        blocks=blocks,
        docs=docs,
    )


def _sentences(paragraph: int, original: str, doc: Doc) -> list[Sentence]:
    out = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while end > start and original[end - 1].isspace():
            end -= 1
        while start < end and original[start].isspace():
            start += 1
        if start < end:
            out.append(Sentence(paragraph, len(out), start, end, original[start:end]))
    return out


def _title_from(paragraph: str, words: int = 8) -> str:
    head = paragraph.split()
    return " ".join(head[:words]) + ("…" if len(head) > words else "")
