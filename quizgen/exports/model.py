"""What every export shares: the quiz as exports see it, the per-format
registry entry, the result and the refusal a writer raises.

A format is a :class:`Format`: per question type either a *writer* (how the
question is written) or a *refusal* (why that type cannot be carried). A
writer may still refuse one question (too long for Kahoot, a fifth option for
Blooket …) by raising :class:`CannotCarry`; nothing is ever truncated or
silently dropped: every question not carried comes back in
:attr:`ExportResult.skipped` with its reason, for the teacher to read before
the download.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..questions import BLANK, TYPES, Question


class CannotCarry(Exception):
    """This question cannot be written in this format; the message says why."""


class ExportError(ValueError):
    """A message for the teacher: nothing could be exported."""


@dataclass
class ExportItem:
    """One question of the quiz, numbered as the teacher sees it (1…)."""
    number: int
    question: Question
    points: int = 1


@dataclass
class ExportSource:
    """A quiz, independent of where it came from (the database or an article file)."""
    title: str
    items: list[ExportItem]
    article_title: str = ""
    paragraphs: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Skipped:
    number: int
    type: str
    prompt: str
    reason: str


#: writer(item) -> a format-specific piece (text, rows, XML element …).
Writer = Callable[[ExportItem], Any]
#: assemble(source, pieces) -> the file's bytes.
Assembler = Callable[[ExportSource, list], bytes]


@dataclass(frozen=True)
class Format:
    key: str
    label: str
    extension: str
    mimetype: str
    #: One sentence for the export menu: where the file goes.
    summary: str
    writers: Mapping[str, Writer]
    #: Question type -> why the format cannot carry it.
    refused: Mapping[str, str]
    assemble: Assembler
    #: What the teacher should know about every file in this format.
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        both = set(self.writers) & set(self.refused)
        missing = set(TYPES) - set(self.writers) - set(self.refused)
        if both or missing:
            raise ValueError(f"{self.key}: every type needs exactly one of writer/refusal "
                             f"(both: {sorted(both)}, neither: {sorted(missing)})")


@dataclass
class ExportResult:
    format: Format
    data: bytes
    total: int
    carried: int
    skipped: list[Skipped]

    @property
    def notes(self) -> tuple[str, ...]:
        return self.format.notes

    def filename(self, stem: str) -> str:
        return f"{stem}{self.format.extension}"


# --------------------------------------------------------------------------- text helpers

def one_line(text: str) -> str:
    """Text on one line: runs of whitespace (newlines, tabs) become one space."""
    return " ".join(str(text).split())


def flatten(text: str) -> str:
    """Whitespace runs (newlines, tabs) as one space, keeping a space at either end:
    for the text on each side of a cloze blank."""
    return re.sub(r"\s+", " ", str(text))


def utf16_len(text: str) -> int:
    """Length as a browser counts it (UTF-16 code units): an emoji counts 2."""
    return len(str(text).encode("utf-16-le")) // 2


def file_stem(title: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-").lower()[:50] or "quiz"


def question_name(item: ExportItem) -> str:
    """A short name for LMS question banks: number and the start of the prompt."""
    prompt = one_line(item.question.prompt)
    return f"Q{item.number} {prompt[:60]}{'…' if len(prompt) > 60 else ''}"


def evidence_text(q: Question) -> str:
    parts = [f"paragraph {ev.paragraph + 1}: “{one_line(ev.text)}”" for ev in q.evidence]
    return "Evidence, " + "; ".join(parts) if parts else ""


def feedback_text(q: Question) -> str:
    """Explanation plus the evidence sentence: the general feedback everywhere."""
    return " ".join(part for part in (one_line(q.explanation), evidence_text(q)) if part)


#: The line that carries a short answer's accepted alternatives (read back by
#: :func:`quizgen.imports.build.grader_notes`).
ALSO_ACCEPT = "Also accept: "


def model_answer_text(q: Question) -> str:
    """A short answer's key for graders: the model answer and the rubric."""
    lines = [f"Model answer: {one_line(q.answer)}"]
    also = [one_line(a) for a in q.accepted if one_line(a)]
    if also:
        lines.append(ALSO_ACCEPT + " | ".join(also))
    lines += [f"Rubric ({r.get('points', 0)} pt): {one_line(r.get('criterion', ''))}" for r in q.rubric]
    return "\n".join(lines)


def key_index(q: Question) -> int:
    """Index of the key among the choices of a choice question."""
    return q.choices.index(q.answer)


def accepted_answers(q: Question) -> list[str]:
    """The cloze key and its accepted alternatives, each once, key first."""
    out: list[str] = []
    for text in [q.answer, *q.accepted]:
        text = one_line(text)
        if text and text.casefold() not in {o.casefold() for o in out}:
            out.append(text)
    return out


def cloze_parts(q: Question) -> tuple[str, str]:
    """The prompt before and after its one blank."""
    before, _, after = q.prompt.partition(BLANK)
    return before, after


def with_word_bank(q: Question) -> str:
    """The cloze prompt, with its word bank spelled out when it has one."""
    prompt = one_line(q.prompt)
    return f"{prompt} (Word bank: {', '.join(one_line(w) for w in q.word_bank)})" if q.word_bank else prompt


def matching_pairs(q: Question) -> list[tuple[str, str]]:
    return [(str(left), str(right)) for left, right in q.answer]


def matching_extras(q: Question) -> list[str]:
    """Right-hand options that match nothing (distractors)."""
    rights = {right for _, right in matching_pairs(q)}
    return [c for c in q.choices if c not in rights]
