"""Parse an article once: structure, sentences with stable ids, reading facts.

The spaCy docs (one per body paragraph, parsed in one ``nlp.pipe`` call) stay
on the :class:`ParsedArticle` so every later stage — questions, attributions,
vocabulary — works from the same parse instead of parsing again.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..nlp import load_pipeline, processing_text
from .limits import MAX_CHARS, MAX_WORDS, ArticleError, check_size
from .reading import reading_facts
from .structure import Block, classify, split_blocks

__all__ = ["MAX_CHARS", "MAX_WORDS", "ArticleError", "ParsedArticle", "Sentence", "clear_parse_cache",
           "parse_article"]

#: The parse cache holds at most this many words of articles (their spaCy docs
#: cost about 13 kB a word): a few long articles or a dozen short ones, enough
#: for a teacher's upload, generation and regenerations to share one parse.
PARSE_CACHE_WORDS = 15_000


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
    """Parse ``text``; the spaCy pass is cached per article text.

    The cache key is the text alone: the title (given by a form or an HTML
    file, or read from the first line) only changes which block is the
    title, so the same text with another title reuses the parse as long as
    the body paragraphs are the same.
    """
    check_size(text)
    blocks = classify(split_blocks(text), title=title.strip() if title else None)
    paragraphs = [b.text for b in blocks if b.kind == "paragraph"]
    if not paragraphs:
        raise ArticleError("No body text was found: the article needs at least one paragraph of prose.")
    key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    cached = _CACHE.get(key)
    if cached is not None and cached.blocks == blocks:
        return cached
    if cached is not None and cached.paragraphs == paragraphs:
        return dataclasses.replace(cached, **_structure(blocks, paragraphs))
    docs = list(load_pipeline().pipe(processing_text(p) for p in paragraphs))
    sentences = [s for number, doc in enumerate(docs) for s in _sentences(number, paragraphs[number], doc)]
    parsed = ParsedArticle(**_structure(blocks, paragraphs), sentences=sentences, docs=docs)
    _CACHE.put(key, parsed, words=len(text.split()))
    return parsed


def clear_parse_cache() -> None:
    _CACHE.clear()


def _structure(blocks: list[Block], paragraphs: list[str]) -> dict:
    """The fields of a :class:`ParsedArticle` that come from the typed blocks alone."""
    bylines = [b.text for b in blocks if b.kind == "byline"]
    first_title = next((b.text for b in blocks if b.kind == "title"), None)
    return {
        "title": first_title or _title_from(paragraphs[0]),
        "byline": bylines[0] if bylines else None,
        "author_lines": bylines,
        "dateline": next((b.text for b in blocks if b.kind == "dateline"), None),
        "captions": [b.text for b in blocks if b.kind == "caption"],
        "headings": [b.text for b in blocks if b.kind == "heading"],
        "paragraphs": paragraphs,
        "blocks": blocks,
    }


class _ParseCache:
    """Least recently used parses, bounded by their total words (not their count).

    One article longer than the bound is still kept (alone), so its upload
    and generation share the parse.
    """

    def __init__(self, max_words: int):
        self.max_words = max_words
        self._entries: OrderedDict[str, tuple[ParsedArticle, int]] = OrderedDict()
        self._words = 0
        self._lock = threading.Lock()

    def get(self, key: str) -> ParsedArticle | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            self._entries.move_to_end(key)
            return entry[0]

    def put(self, key: str, parsed: ParsedArticle, words: int) -> None:
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._words -= old[1]
            self._entries[key] = (parsed, words)
            self._words += words
            while self._words > self.max_words and len(self._entries) > 1:
                _, (_, dropped) = self._entries.popitem(last=False)
                self._words -= dropped

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._words = 0

    @property
    def words(self) -> int:
        return self._words

    def __len__(self) -> int:
        return len(self._entries)


_CACHE = _ParseCache(PARSE_CACHE_WORDS)


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
