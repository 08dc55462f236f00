"""Moodle GIFT (.txt), escaped as Moodle's own GIFT exporter does.

Moodle's rules (question/format/gift/format.php, ``repchar``): a backslash
and ``~ = # { } :`` are escaped with a backslash, a newline is written as
``\\n``, so every question stays on lines without a blank line inside it
(a blank line ends a question). All text is marked ``[plain]`` so ``<``,
``>`` and ``&`` reach students as typed; answers inherit that format, and an
answer that could be read as a format (``[html]…``) or a weight (``%50%…``)
gets its own ``[plain]`` in front.
"""
from __future__ import annotations

import re

from .model import (
    CannotCarry,
    ExportItem,
    ExportSource,
    Format,
    accepted_answers,
    cloze_parts,
    feedback_text,
    flatten,
    key_index,
    matching_extras,
    matching_pairs,
    model_answer_text,
    one_line,
    question_name,
)

_RESERVED = {"\\": "\\\\", "~": "\\~", "=": "\\=", "#": "\\#", "{": "\\{", "}": "\\}", ":": "\\:",
             "\n": "\\n", "\r": ""}
_TABLE = str.maketrans(_RESERVED)
#: Text Moodle or gift-pegjs would read as a format marker or an answer weight.
_AMBIGUOUS_START = re.compile(r"^\s*(\[|%)")


def escape(text: str) -> str:
    """``text`` with GIFT's reserved characters escaped (Moodle's repchar)."""
    return str(text).translate(_TABLE)


def _answer(text: str) -> str:
    text = escape(one_line(text))
    return f"[plain]{text}" if _AMBIGUOUS_START.match(text) else text


def _general_feedback(text: str) -> str:
    return f"\t####{escape(text)}\n" if text.strip() else ""


def _head(item: ExportItem) -> str:
    return f"::{escape(question_name(item))}::[plain]"


def choice_question(item: ExportItem) -> str:
    """Multiple choice, and fact-or-opinion as a two-option multiple choice."""
    q = item.question
    right = key_index(q)
    lines = [f"\t{'=' if i == right else '~'}{_answer(c)}\n" for i, c in enumerate(q.choices)]
    return (f"{_head(item)}{escape(one_line(q.prompt))} {{\n" + "".join(lines)
            + _general_feedback(feedback_text(q)) + "}")


def true_false(item: ExportItem) -> str:
    q = item.question
    feedback = feedback_text(q)
    general = f"####{escape(feedback)}" if feedback else ""
    return f"{_head(item)}{escape(one_line(q.prompt))} {{{'TRUE' if q.answer == 'True' else 'FALSE'}{general}}}"


def cloze(item: ExportItem) -> str:
    """One blank: a word bank becomes a missing-word multiple choice, a typed
    blank a short answer accepting the key and its alternatives."""
    q = item.question
    before, after = cloze_parts(q)
    if q.word_bank:
        options = " ".join(f"{'=' if w == q.answer else '~'}{_answer(w)}" for w in q.word_bank)
    else:
        answers = accepted_answers(q)
        if any("->" in a for a in answers):
            raise CannotCarry("an accepted answer contains “->”, which makes GIFT read it as matching")
        options = " ".join(f"={_answer(a)}" for a in answers)
    feedback = feedback_text(q)
    general = f" ####{escape(feedback)}" if feedback else ""
    return f"{_head(item)}{escape(flatten(before))}{{{options}{general}}}{escape(flatten(after))}"


def essay(item: ExportItem) -> str:
    """Short answer as an essay; GIFT has no grader information, so the model
    answer and rubric ride in the general feedback (shown after submission)."""
    q = item.question
    feedback = "\n".join(part for part in (feedback_text(q), model_answer_text(q)) if part)
    return f"{_head(item)}{escape(one_line(q.prompt))} {{####{escape(feedback)}}}"


def matching(item: ExportItem) -> str:
    q = item.question
    pairs = matching_pairs(q)
    if any("->" in left for left, _ in pairs):
        raise CannotCarry("an item on the left contains “->”, which GIFT reads as the matching arrow")
    lines = [f"\t={_answer(left)} -> {escape(one_line(right))}\n" for left, right in pairs]
    lines += [f"\t= -> {escape(one_line(extra))}\n" for extra in matching_extras(q)]
    return (f"{_head(item)}{escape(one_line(q.prompt))} {{\n" + "".join(lines)
            + _general_feedback(feedback_text(q)) + "}")


def description(source: ExportSource) -> str:
    """The reading passage as a Description (text with no answer braces)."""
    text = "\n\n".join(one_line(p) for p in source.paragraphs if p.strip())
    name = escape(one_line(source.article_title or source.title) or "Article")
    return f"::{name}::[plain]{escape(text)}"


def assemble(source: ExportSource, pieces: list[str]) -> bytes:
    blocks = ["// Exported from quizgen"]
    if any(p.strip() for p in source.paragraphs):
        blocks.append(description(source))
    blocks += pieces
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


FORMAT = Format(
    key="gift", label="Moodle GIFT", extension=".gift.txt", mimetype="text/plain; charset=utf-8",
    summary="A text file for Moodle: Question bank › Import › GIFT format.",
    writers={"multiple_choice": choice_question, "fact_or_opinion": choice_question,
             "true_false": true_false, "cloze": cloze, "short_answer": essay, "matching": matching},
    refused={"ordering": "GIFT has no ordering question; export Moodle XML instead "
                         "(Moodle 4.4 and later have Ordering)."},
    assemble=assemble,
    notes=(("Points are not carried: GIFT has no points, so Moodle gives every question its default mark. "
            "Moodle XML keeps them."),
           "The article comes first, as a Description item.",
           "Short answers become essays; the model answer and rubric are in the general feedback."),
)
