"""The input of every printed quiz, and the decisions a worksheet and its key share.

:class:`Worksheet` is deliberately plain — a title, instructions, the article
(the ``ParsedArticle.to_dict()`` shape), ``Question`` records, optional points
per question id and the join code/URL once the quiz is published — so a quiz
from the database, the CLI or a test all print the same way.

The worksheet and its key must agree on numbering, on the order options are
printed in, and on points; :func:`arrange` and the ``presented_*`` helpers are
that single source.
"""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..questions import BLANK, Question

#: Each question type's section heading and how to answer it.
SECTIONS: list[tuple[str, str, str]] = [
    ("multiple_choice", "Multiple choice", "Fill in the bubble next to the best answer."),
    ("true_false", "True or false", "Circle True or False for each statement."),
    ("fact_or_opinion", "Fact or opinion", "Tick one box: is the statement a fact or an opinion?"),
    ("cloze", "Fill in the blank", ("Write the word or phrase from the word bank that completes each "
                                    "sentence. Not every word is used.")),
    ("matching", "Matching", "Write the letter of the matching item on the line."),
    ("ordering", "Put in order", "Number the boxes 1, 2, 3 … in the order the events happen in the article."),
    ("short_answer", "Short answer", "Answer in complete sentences. Use evidence from the article."),
]
SECTION_TITLES = {kind: title for kind, title, _ in SECTIONS}

DEFAULT_INSTRUCTIONS = ("Read the article carefully, then answer every question. "
                        "Look back at the numbered paragraphs to find your evidence.")


@dataclass
class Worksheet:
    title: str
    questions: list[Question]
    #: ``ParsedArticle.to_dict()``: title, byline, captions, paragraphs, sentences …
    article: dict | None = None
    instructions: str = ""
    #: Points by question id; questions not named get :func:`default_points`.
    points: dict[str, int] | None = None
    join_code: str | None = None
    join_url: str | None = None

    def points_for(self, q: Question) -> int:
        if self.points and q.id in self.points:
            try:
                return max(0, int(self.points[q.id]))
            except (TypeError, ValueError):
                pass
        return default_points(q)

    @property
    def total_points(self) -> int:
        return sum(self.points_for(q) for q in self.questions)


def worksheet_for_quiz(quiz, article: dict, base_url: str | None) -> Worksheet:
    """The worksheet of a stored quiz (``quizgen.quizzes.Quiz``) about ``article``
    (``ParsedArticle.to_dict()``); the join code and QR code only once it is published,
    the QR code only when the address students open (``base_url``) is known."""
    code = quiz.join_code if quiz.status != "draft" else None
    return Worksheet(title=quiz.title, instructions=quiz.instructions or "",
                     questions=[q.question for q in quiz.questions], article=article,
                     points={q.id: q.points for q in quiz.questions}, join_code=code,
                     join_url=f"{base_url.rstrip('/')}/join/{code}" if code and base_url else None)


#: Points a question is worth unless the quiz says otherwise, by type (1 for types not listed).
DEFAULT_POINTS: dict[str, Callable[[Question], int]] = {
    "short_answer": lambda q: sum(_int(r.get("points")) for r in q.rubric) or 2,
    "matching": lambda q: max(1, len(q.answer)) if isinstance(q.answer, list) else 1,
    "ordering": lambda q: 2,
}


def default_points(q: Question) -> int:
    rule = DEFAULT_POINTS.get(q.type)
    return rule(q) if rule is not None else 1


def _int(value: Any) -> int:
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return 0


@dataclass
class Section:
    type: str
    title: str
    note: str
    items: list[tuple[int, Question]] = field(default_factory=list)


def arrange(questions: list[Question]) -> list[Section]:
    """Questions in the teacher's order, numbered 1… exactly as on screen, in
    sections: each run of consecutive questions of one type is a section with
    that type's heading and how to answer. "Q3" is the same question in the
    editor, results, worksheet, key and report; a teacher who wants one part
    per type orders her questions that way. Unknown types print as short answer."""
    known = {kind for kind, _, _ in SECTIONS}
    notes = {kind: (title, note) for kind, title, note in SECTIONS}
    sections: list[Section] = []
    for number, q in enumerate(questions, start=1):
        kind = q.type if q.type in known else "short_answer"
        if not sections or sections[-1].type != kind:
            sections.append(Section(kind, *notes[kind]))
        sections[-1].items.append((number, q))
    return sections


def letters(n: int) -> list[str]:
    out = []
    for i in range(n):
        label = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            label = chr(65 + r) + label
        out.append(label)
    return out


def _stable_shuffle(items: list, salt: str) -> list:
    out = list(items)
    random.Random(salt).shuffle(out)
    return out


def matching_pairs(q: Question) -> list[tuple[str, str]]:
    if not isinstance(q.answer, list):
        return []
    return [(str(p[0]), str(p[1])) for p in q.answer if isinstance(p, (list, tuple)) and len(p) == 2]


def presented_matching(q: Question) -> list[str]:
    """The right-hand column in print order: ``q.choices`` when it is a
    permutation of the answers' right sides, else a stable shuffle of them
    that is never the answer order (for two or more items)."""
    rights = [r for _, r in matching_pairs(q)]
    if q.choices and sorted(map(str, q.choices)) == sorted(rights):
        return [str(c) for c in q.choices]
    return _derange(rights, f"{q.id}:match")


def presented_ordering(q: Question) -> list[str]:
    """Ordering items in print order, never the answer order."""
    answer = [str(a) for a in q.answer] if isinstance(q.answer, list) else []
    if q.choices and sorted(map(str, q.choices)) == sorted(answer) and (
            [str(c) for c in q.choices] != answer or len(set(answer)) < 2):
        return [str(c) for c in q.choices]
    return _derange(answer, f"{q.id}:order")


def _derange(items: list[str], salt: str) -> list[str]:
    out = _stable_shuffle(items, salt)
    if len(set(items)) >= 2 and out == items:
        out = out[1:] + out[:1]
    return out


def cloze_parts(prompt: str) -> tuple[str, str]:
    """The cloze prompt before and after its blank."""
    if BLANK in prompt:
        before, _, after = prompt.partition(BLANK)
        return before, after
    return prompt, ""


def word_bank(questions: list[Question]) -> list[str]:
    """One bank for a cloze section: every word of every question's bank, once,
    alphabetical (so the order gives nothing away)."""
    seen: dict[str, str] = {}
    for q in questions:
        for word in q.word_bank or []:
            key = " ".join(str(word).split()).casefold()
            if key and key not in seen:
                seen[key] = " ".join(str(word).split())
    return sorted(seen.values(), key=lambda w: (w.casefold().removeprefix("the "), w))


def evidence_quotes(q: Question, article: dict | None) -> list[tuple[int, str]]:
    """``(paragraph number from 1, quoted sentence)`` for each evidence item:
    the article's sentence(s) the evidence falls in, else its own text."""
    out: list[tuple[int, str]] = []
    sentences = (article or {}).get("sentences") or []
    for ev in q.evidence:
        quote = ""
        if sentences:
            hit = [s for s in sentences if s.get("paragraph") == ev.paragraph
                   and s.get("start", 0) < ev.end and ev.start < s.get("end", 0)]
            quote = " ".join(str(s.get("text", "")) for s in hit)
        if not quote:
            quote = ev.text
        entry = (ev.paragraph + 1, quote)
        if entry not in out:
            out.append(entry)
    return out


def expected_lines(q: Question, words_per_line: int) -> int:
    """Ruled lines for a short answer: room for about twice the model answer."""
    words = len(str(q.answer or "").split())
    for alt in q.accepted:
        words = max(words, len(str(alt).split()))
    lines = -(-int(words * 1.8 + 4) // max(1, words_per_line))
    return max(2, min(lines + 1, 10))
