"""Split paragraphs into plain and marked pieces for templates (no markup built here).

Templates render each piece with autoescaping, wrapping marked pieces in
``<mark>``; no user text is ever passed through ``|safe``.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    text: str
    mark: str | None = None  # a CSS class, e.g. "evidence", "attribution", "opinion"
    note: str | None = None  # e.g. "The Kremlin — denies"


def pieces(paragraph: str, spans: list[tuple[int, int, str, str | None]]) -> list[Piece]:
    """Cut ``paragraph`` at the (start, end, mark, note) spans; overlaps keep the first."""
    out: list[Piece] = []
    cursor = 0
    for start, end, mark, note in sorted(spans):
        start, end = max(start, cursor), min(end, len(paragraph))
        if start >= end:
            continue
        if start > cursor:
            out.append(Piece(paragraph[cursor:start]))
        out.append(Piece(paragraph[start:end], mark, note))
        cursor = end
    if cursor < len(paragraph):
        out.append(Piece(paragraph[cursor:]))
    return out


def article_pieces(paragraphs: list[str], spans: list[tuple[int, int, int, str, str | None]]) -> list[list[Piece]]:
    """Per paragraph pieces from (paragraph, start, end, mark, note) spans."""
    by_paragraph: dict[int, list] = {}
    for paragraph, start, end, mark, note in spans:
        by_paragraph.setdefault(paragraph, []).append((start, end, mark, note))
    return [pieces(text, by_paragraph.get(i, [])) for i, text in enumerate(paragraphs)]
