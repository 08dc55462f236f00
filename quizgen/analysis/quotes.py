"""Quotations: which sentences a cue's words cover, and quotations that go on
without a cue of their own.

A quotation of several sentences is split into one *piece* per sentence:
each sentence may take its own position ("We support peaceful rallies. But
the crackdown is too harsh.").  A paragraph that is only quotation continues
the speaker of the paragraph before — an attributed quotation, a sentence
ending in a colon, or a speaker heading ("Ana Ruiz (FC Norte), coach").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ._common import QuoteSpan, doc_text, span_chars
from .cues import Cue, Site

#: Confidence lost by a quotation that continues in a later paragraph.
CONTINUED_PENALTY = 0.1
#: A speaker heading is a short line without a finite verb.
_HEADING_WORDS = 14


@dataclass
class Piece:
    tokens: list[Token]
    content_start: int
    content_end: int
    start: int
    end: int
    direct: bool
    own_sentence: bool


def trimmed(sent: Span, original: str) -> tuple[int, int]:
    start, end = sent.start_char, sent.end_char
    while end > start and original[end - 1].isspace():
        end -= 1
    while start < end and original[start].isspace():
        start += 1
    return start, end


def _overlapping_quote(site: Site, content: list[Token]) -> QuoteSpan | None:
    """A quotation that makes up most of the content makes it a direct quote."""
    if not content:
        return None
    cs, ce = span_chars(content)
    for q in site.quotes:
        if q.start < ce and q.end > cs and (q.end - q.start) > 0.5 * (ce - cs):
            return q
    return None


def cue_pieces(site: Site, cue: Cue, content: list[Token]) -> list[Piece]:
    """The pieces of a cue's content: one per quoted sentence, else one."""
    quote = cue.quote or _overlapping_quote(site, content)
    sent = cue.token.sent
    start, end = trimmed(sent, site.original)
    if quote is None:
        cstart, cend = span_chars(content) if content else (sent.start_char, sent.end_char)
        return [Piece(content or list(sent), cstart, cend, start, end, False, True)]
    pieces = quote_pieces(site, quote, cue.token)
    if not pieces:
        return [Piece(content, quote.start + 1, quote.end - 1, min(start, quote.start),
                      max(end, quote.end), True, True)]
    if not any(p.own_sentence for p in pieces):
        # the cue's sentence lies outside the quotation: join it to the nearest piece
        near = pieces[-1] if sent.start_char >= pieces[-1].start else pieces[0]
        near.start, near.end, near.own_sentence = min(near.start, start), max(near.end, end), True
    return pieces


def quote_pieces(site: Site, quote: QuoteSpan, cue_tok: Token | None = None) -> list[Piece]:
    """One piece per sentence of the quotation with words inside it."""
    out = []
    for s in site.doc.sents:
        if not (s.start_char < quote.end - 1 and quote.start + 1 < s.end_char):
            continue
        toks = [t for t in s if quote.start < t.idx < quote.end - 1 and not t.is_space]
        if not any(not t.is_punct for t in toks):
            continue
        start, end = trimmed(s, site.original)
        own = cue_tok is not None and s.start <= cue_tok.i < s.end
        out.append(Piece(toks, max(quote.start + 1, s.start_char), min(quote.end - 1, s.end_char),
                         start, end, True, own))
    return out


def trailing_quotes(site: Site, covered: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Quotations of the paragraph that no attribution covers yet."""
    return [q for q in site.quotes if not any(s < q.end and q.start < e for s, e in covered)]


def is_quote_paragraph(site: Site) -> bool:
    """The paragraph is (almost) all quotation."""
    text = doc_text(site.doc).strip()
    if not site.quotes or not text.startswith('"'):
        return False
    inside = sum(q.end - q.start for q in site.quotes)
    return inside >= 0.8 * len(text)


def heading_before(parsed, number: int) -> str | None:
    """The heading block right before paragraph ``number``, if any."""
    seen = -1
    prev = None
    for block in getattr(parsed, "blocks", []) or []:
        if block.kind == "paragraph":
            seen += 1
            if seen == number:
                return prev.text if prev is not None and prev.kind == "heading" else None
        prev = block
    return None


def speaker_name(heading: str) -> str | None:
    """The name that opens a speaker heading: "Ana Ruiz (FC Norte), coach"."""
    head = re.split(r"[(,:\u2013\u2014]| - ", heading, maxsplit=1)[0].strip()
    words = head.split()
    if not 2 <= len(words) <= 4 or len(heading.split()) > _HEADING_WORDS:
        return None
    if not all(w[:1].isupper() for w in words) or any(w.lower() in _NOT_NAMES for w in words):
        return None
    return head


_NOT_NAMES = frozenset("post match quotes reactions reaction statement statements the news".split())


def continued_quotes(site: Site, parsed, found) -> list[tuple[str, str, float, Piece]]:
    """(holder, kind, confidence, piece) for a quotation-only paragraph that
    continues the previous paragraph's speaker."""
    if not is_quote_paragraph(site):
        return []
    heading = heading_before(parsed, site.number)
    name = speaker_name(heading) if heading else None
    holder = None
    if name is not None:
        holder = (site.resolver.registry.resolve(name, person=True), "person", 0.8)
    elif heading is None and site.number > 0 and found and found[-1].paragraph == site.number - 1 and (
            found[-1].direct_quote or doc_text(parsed.docs[site.number - 1]).rstrip().endswith(":")):
        prev = found[-1]
        holder = (prev.holder, prev.holder_kind, round(prev.confidence - CONTINUED_PENALTY, 2))
    if holder is None:
        return []
    return [(*holder, p) for q in site.quotes for p in quote_pieces(site, q)]
