"""Blackboard "Upload Questions" file (.txt): one question per line, fields separated by tabs.

No header row and no blank lines (Blackboard rejects both). A field cannot
hold a tab or a line break, so runs of whitespace become one space. Blackboard
shows question and answer text as HTML, so ``& < >`` are written as
entities; accepted fill-in-the-blank answers are compared as typed, so they
stay plain.
"""
from __future__ import annotations

import html

from .model import (
    CannotCarry,
    ExportItem,
    ExportSource,
    Format,
    accepted_answers,
    key_index,
    matching_extras,
    matching_pairs,
    one_line,
    with_word_bank,
)

#: The type keywords Blackboard's upload accepts in field 1.
KEYWORDS = ("MC", "MA", "TF", "ESS", "ORD", "MAT", "FIB", "FIB_PLUS", "NUM", "SR", "OP", "JUMBLED_SENTENCE",
            "QUIZ_BOWL")


def shown(text: str) -> str:
    """A displayed field: one line, HTML special characters as entities."""
    return html.escape(one_line(text), quote=False)


def plain(text: str) -> str:
    return one_line(text)


def _line(*fields: str) -> str:
    return "\t".join(fields)


def choice_question(item: ExportItem) -> str:
    """MC (multiple choice, and fact-or-opinion with the options Fact and Opinion)."""
    q = item.question
    right = key_index(q)
    fields = ["MC", shown(q.prompt)]
    for i, choice in enumerate(q.choices):
        fields += [shown(choice), "correct" if i == right else "incorrect"]
    return _line(*fields)


def true_false(item: ExportItem) -> str:
    q = item.question
    return _line("TF", shown(q.prompt), "true" if q.answer == "True" else "false")


def fill_in_blank(item: ExportItem) -> str:
    """FIB: the prompt (with its word bank spelled out) and every accepted answer."""
    q = item.question
    return _line("FIB", shown(with_word_bank(q)), *(plain(a) for a in accepted_answers(q)))


def essay(item: ExportItem) -> str:
    q = item.question
    return _line("ESS", shown(q.prompt), shown(q.answer))


def matching(item: ExportItem) -> str:
    q = item.question
    if matching_extras(q):
        raise CannotCarry("it has extra options that match nothing; Blackboard's upload needs one answer "
                          "for each item")
    fields = ["MAT", shown(q.prompt)]
    for left, right in matching_pairs(q):
        fields += [shown(left), shown(right)]
    return _line(*fields)


def ordering(item: ExportItem) -> str:
    q = item.question
    return _line("ORD", shown(q.prompt), *(shown(a) for a in q.answer))


def assemble(source: ExportSource, pieces: list[str]) -> bytes:
    return ("\n".join(pieces) + "\n").encode("utf-8")


FORMAT = Format(
    key="blackboard", label="Blackboard (upload file)", extension=".blackboard.txt",
    mimetype="text/plain; charset=utf-8",
    summary="A tab-separated file for Blackboard: Test › Upload Questions (also pools and surveys).",
    writers={"multiple_choice": choice_question, "fact_or_opinion": choice_question, "true_false": true_false,
             "cloze": fill_in_blank, "short_answer": essay, "matching": matching, "ordering": ordering},
    refused={},
    assemble=assemble,
    notes=(("The article is not in the file (the upload format has no place for it): hand it out or add it "
            "to the test as an item."),
           "Points are not carried: Blackboard gives uploaded questions the test's default points.",
           "Explanations and evidence are not carried: the upload format has no feedback fields.",
           "Word banks appear in the question text; ordering (ORD) uploads into Original courses only."),
)
