"""Quizzes out of quizgen: results spreadsheets and the formats of the tools teachers use.

One module per format; each looks a question type up in its own table (never an
``if q.type ==`` chain) and says plainly which questions it cannot carry.

>>> result = export(source, "gift")
>>> result.data, result.carried, result.skipped   # skipped: number, type, prompt, reason
"""
from __future__ import annotations

from . import blackboard, blooket, canvas_qti, gift, kahoot, moodle_xml, quizizz
from .model import (
    CannotCarry,
    ExportError,
    ExportItem,
    ExportResult,
    ExportSource,
    Format,
    Skipped,
    file_stem,
    one_line,
)

#: Every export format, in menu order, by key.
FORMATS: dict[str, Format] = {fmt.key: fmt for fmt in (
    gift.FORMAT, moodle_xml.FORMAT, canvas_qti.FORMAT, blackboard.FORMAT,
    kahoot.FORMAT, quizizz.FORMAT, blooket.FORMAT)}

__all__ = ["FORMATS", "CannotCarry", "ExportError", "ExportItem", "ExportResult", "ExportSource",
           "Format", "Skipped", "export", "export_all", "file_stem"]


def _skipped(item: ExportItem, reason: str) -> Skipped:
    return Skipped(item.number, item.question.type, one_line(item.question.prompt), reason)


def export(source: ExportSource, key: str) -> ExportResult:
    """The quiz written in format ``key``, with every question it could not carry and why.

    Raises :class:`ExportError` (a message for the teacher) when the quiz has
    no question or the format can carry none of them; ``KeyError`` for an
    unknown format."""
    fmt = FORMATS[key]
    if not source.items:
        raise ExportError("The quiz has no questions to export.")
    pieces, skipped = [], []
    for item in source.items:
        kind = item.question.type
        if kind in fmt.refused:
            skipped.append(_skipped(item, fmt.refused[kind]))
            continue
        writer = fmt.writers.get(kind)
        if writer is None:
            skipped.append(_skipped(item, f"{fmt.label} has no place for a question of type “{kind}”."))
            continue
        try:
            pieces.append(writer(item))
        except CannotCarry as reason:
            skipped.append(_skipped(item, f"{fmt.label} cannot carry it: {reason}."))
    if not pieces:
        raise ExportError(f"None of the {len(source.items)} questions can be exported to {fmt.label}: "
                          + " ".join(f"Question {s.number}: {s.reason}" for s in skipped[:3])
                          + (" …" if len(skipped) > 3 else ""))
    return ExportResult(fmt, fmt.assemble(source, pieces), len(source.items), len(pieces), skipped)


def export_all(source: ExportSource) -> dict[str, ExportResult | ExportError]:
    """Every format's result (or the reason there is none), for the export menu."""
    out: dict[str, ExportResult | ExportError] = {}
    for key in FORMATS:
        try:
            out[key] = export(source, key)
        except ExportError as error:
            out[key] = error
    return out
