"""Versions A, B, C …: the same questions in a different order, with options
shuffled, so neighbours cannot copy. Deterministic: the same quiz, seed and
letter always give the same version.

Questions stay in their sections (runs of one type in the teacher's order, so
a student meets the same parts in the same order) but are shuffled inside each
section; multiple-choice options,
the matching right-hand column and ordering items are shuffled too. True /
False and Fact / Opinion keep their fixed order. The key of a version is
rendered from the version's own questions, so it always matches.
"""
from __future__ import annotations

import copy
import random
from collections.abc import Callable

from ..questions import Question
from .model import Worksheet, arrange, matching_pairs, presented_ordering

MAX_VERSIONS = 26


def version_letters(n: int) -> list[str]:
    if not 1 <= int(n) <= MAX_VERSIONS:
        raise ValueError(f"versions must be between 1 and {MAX_VERSIONS}")
    return [chr(65 + i) for i in range(int(n))]


def _signature(questions: list[Question]) -> tuple:
    return tuple((q.id, tuple(map(str, q.choices))) for q in questions)


def make_version(ws: Worksheet, letter: str, seed: int = 0, *, avoid: set | None = None) -> Worksheet:
    """``ws`` as version ``letter``: a new Worksheet with shuffled copies of
    its questions (the input is not changed). ``avoid`` holds signatures of
    versions already made; a shuffle that repeats one is redrawn."""
    for attempt in range(20):
        rng = random.Random(f"quizgen-version:{seed}:{ws.title}:{letter}:{attempt}")
        questions: list[Question] = []
        for section in arrange(ws.questions):
            group = [copy.deepcopy(q) for _, q in section.items]
            rng.shuffle(group)
            for q in group:
                _shuffle_options(q, rng)
            questions.extend(group)
        if avoid is None or _signature(questions) not in avoid:
            break
    if avoid is not None:
        avoid.add(_signature(questions))
    return Worksheet(title=ws.title, questions=questions, article=ws.article, instructions=ws.instructions,
                     points=ws.points, join_code=ws.join_code, join_url=ws.join_url)


def _shuffle_choices(q: Question, rng: random.Random) -> None:
    if len(q.choices) > 1:
        rng.shuffle(q.choices)


def _shuffle_rights(q: Question, rng: random.Random) -> None:
    rights = [r for _, r in matching_pairs(q)]
    rng.shuffle(rights)
    q.choices = rights


def _shuffle_items(q: Question, rng: random.Random) -> None:
    if not isinstance(q.answer, list):
        return
    items = presented_ordering(q)
    rng.shuffle(items)
    if items == [str(a) for a in q.answer] and len(set(items)) > 1:
        items = items[1:] + items[:1]
    q.choices = items


#: How a version reorders the options of each question type (types not listed keep theirs).
SHUFFLES: dict[str, Callable[[Question, random.Random], None]] = {
    "multiple_choice": _shuffle_choices,
    "matching": _shuffle_rights,
    "ordering": _shuffle_items,
}


def _shuffle_options(q: Question, rng: random.Random) -> None:
    shuffle = SHUFFLES.get(q.type)
    if shuffle is not None:
        shuffle(q, rng)


def make_versions(ws: Worksheet, n: int, seed: int = 0) -> list[tuple[str, Worksheet]]:
    """``[(letter, worksheet)]`` for ``n`` versions, each different from the
    others whenever the quiz has enough questions or options to shuffle."""
    seen: set = set()
    return [(letter, make_version(ws, letter, seed, avoid=seen)) for letter in version_letters(n)]
