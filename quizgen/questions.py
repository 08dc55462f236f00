"""The one question record used by generation, the database, the web quiz,
the PDF and export — plus its invariants and a pure grading function.

A question never stores anything the article cannot prove: every evidence
item names a paragraph and a character range, and its ``text`` must equal
that slice of the article's body paragraph.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# The question types, with their invariants and grading: QUESTION_TYPES, at the end.
SKILLS = ("fact", "stance", "opinion", "vocabulary", "sequence", "inference")
DIFFICULTIES = ("easy", "medium", "hard")
BLANK = "______"
TRUE_FALSE = ["True", "False"]
FACT_OPINION = ["Fact", "Opinion"]
#: Choices that let a student answer without reading.
BANNED_CHOICES = ("all of the above", "none of the above", "both a and b")


class QuestionError(ValueError):
    """A question record that breaks an invariant."""


@dataclass
class Evidence:
    paragraph: int
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"paragraph": self.paragraph, "start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict) -> "Evidence":
        return cls(int(data["paragraph"]), int(data["start"]), int(data["end"]), str(data["text"]))

    def matches(self, paragraphs: list[str]) -> bool:
        return (0 <= self.paragraph < len(paragraphs) and 0 <= self.start < self.end
                and paragraphs[self.paragraph][self.start:self.end] == self.text)


@dataclass
class Question:
    id: str
    type: str
    skill: str
    prompt: str
    answer: Any
    evidence: list[Evidence]
    choices: list[str] = field(default_factory=list)
    accepted: list[str] = field(default_factory=list)
    explanation: str = ""
    difficulty: str = "medium"
    stance: dict | None = None
    #: Cloze: the words printed in a word bank (the key and its distractors).
    word_bank: list[str] = field(default_factory=list)
    #: Short answer: ``[{"points": int, "criterion": str}]``.
    rubric: list[dict] = field(default_factory=list)
    #: Generator details kept for ranking and review (family, wh-word, labels).
    meta: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        out: dict[str, Any] = {
            "id": self.id, "type": self.type, "skill": self.skill, "prompt": self.prompt,
            "choices": list(self.choices), "answer": _copy_answer(self.answer),
            "accepted": list(self.accepted),
            "evidence": [e.to_dict() for e in self.evidence],
            "explanation": self.explanation, "difficulty": self.difficulty,
        }
        if self.stance is not None:
            out["stance"] = dict(self.stance)
        if self.word_bank:
            out["word_bank"] = list(self.word_bank)
        if self.rubric:
            out["rubric"] = [dict(r) for r in self.rubric]
        if self.meta:
            out["meta"] = dict(self.meta)
        return out

    @classmethod
    def from_dict(cls, data: dict) -> "Question":
        return cls(
            id=str(data["id"]), type=data["type"], skill=data["skill"], prompt=data["prompt"],
            answer=_copy_answer(data["answer"]),
            evidence=[Evidence.from_dict(e) for e in data.get("evidence", [])],
            choices=list(data.get("choices") or []), accepted=list(data.get("accepted") or []),
            explanation=data.get("explanation", ""), difficulty=data.get("difficulty", "medium"),
            stance=dict(data["stance"]) if data.get("stance") else None,
            word_bank=list(data.get("word_bank") or []),
            rubric=[dict(r) for r in data.get("rubric") or []],
            meta=dict(data.get("meta") or {}),
        )

    def problems(self, paragraphs: list[str] | None = None) -> list[str]:
        """Every broken invariant, as readable messages (empty when valid)."""
        return validate(self, paragraphs)

    def check(self, paragraphs: list[str] | None = None) -> "Question":
        found = self.problems(paragraphs)
        if found:
            raise QuestionError(f"question {self.id}: " + "; ".join(found))
        return self


def _copy_answer(answer: Any) -> Any:
    if isinstance(answer, (list, tuple)):
        return [_copy_answer(a) for a in answer]
    return answer


# --------------------------------------------------------------------------- text helpers

_PUNCT_RE = re.compile(r"[^\w\s%$€£°]")


@functools.lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Case-, punctuation- and space-insensitive form used for comparisons.

    Cached: distractor and duplicate checks compare the same article phrases
    many thousands of times on a long article."""
    text = unicodedata.normalize("NFKC", str(text)).replace("\u2019", "'").lower()
    text = _PUNCT_RE.sub(" ", text)
    return " ".join(text.split())


def contains_phrase(haystack: str, needle: str) -> bool:
    """True when ``needle`` occurs in ``haystack`` as whole words (normalised)."""
    n = normalize(needle)
    if not n:
        return False
    return f" {n} " in f" {normalize(haystack)} "


# --------------------------------------------------------------------------- invariants

def validate(q: Question, paragraphs: list[str] | None = None) -> list[str]:
    found: list[str] = []
    rules = QUESTION_TYPES.get(q.type)
    if rules is None:
        found.append(f"unknown type {q.type!r}")
    if q.skill not in SKILLS:
        found.append(f"unknown skill {q.skill!r}")
    if q.difficulty not in DIFFICULTIES:
        found.append(f"unknown difficulty {q.difficulty!r}")
    if not q.prompt or not q.prompt.strip():
        found.append("empty prompt")
    if not q.evidence:
        found.append("no evidence")
    for ev in q.evidence:
        if paragraphs is not None and not ev.matches(paragraphs):
            found.append(f"evidence {ev.paragraph}:{ev.start}-{ev.end} is not the slice it names")
    norm_choices = [normalize(c) for c in q.choices]
    if len(set(norm_choices)) != len(norm_choices):
        found.append("duplicate choices")
    if any(c in BANNED_CHOICES for c in norm_choices):
        found.append("'all/none of the above' choice")
    if rules is None:
        return found
    found += rules.check(q)
    if rules.key_not_in_stem and isinstance(q.answer, str) and \
            contains_phrase(q.prompt.replace(BLANK, " "), q.answer):
        found.append("key in stem")
    if rules.asks and not q.prompt.rstrip().endswith("?"):
        found.append("stem is not a question")
    return found


def _check_multiple_choice(q: Question) -> list[str]:
    found = []
    if not 3 <= len(q.choices) <= 5:
        found.append("multiple choice needs 3-5 choices")
    if not isinstance(q.answer, str) or q.answer not in q.choices:
        found.append("key not among choices")
    return found


def _check_true_false(q: Question) -> list[str]:
    if q.choices != TRUE_FALSE or q.answer not in TRUE_FALSE:
        return ["true/false needs choices True, False and one of them as answer"]
    return []


def _check_fact_or_opinion(q: Question) -> list[str]:
    if q.choices != FACT_OPINION or q.answer not in FACT_OPINION:
        return ["fact_or_opinion needs choices Fact, Opinion and one of them as answer"]
    return []


def _check_cloze(q: Question) -> list[str]:
    found = []
    if q.prompt.count(BLANK) != 1:
        found.append("cloze prompt needs exactly one blank")
    if not isinstance(q.answer, str) or not q.answer.strip():
        found.append("cloze needs the blanked text as answer")
    if q.word_bank and q.answer not in q.word_bank:
        found.append("cloze key not in its word bank")
    return found


def _check_short_answer(q: Question) -> list[str]:
    if not isinstance(q.answer, str) or not q.answer.strip():
        return ["short answer needs a model answer"]
    return []


def _check_ordering(q: Question) -> list[str]:
    if not isinstance(q.answer, list) or len(q.answer) < 2 or not all(isinstance(a, str) for a in q.answer):
        return ["ordering needs at least two items as answer"]
    if q.choices and sorted(q.choices) != sorted(q.answer):
        return ["ordering choices must be the answer's items"]
    return []


def _check_matching(q: Question) -> list[str]:
    if not isinstance(q.answer, list) or not q.answer or not all(
            isinstance(p, list) and len(p) == 2 for p in q.answer):
        return ["matching needs [left, right] pairs as answer"]
    return []


# --------------------------------------------------------------------------- grading

def grade(question: Question, response: Any) -> float:
    """Score a student's response to ``question`` as a fraction in [0, 1]."""
    if response is None:
        return 0.0
    rules = QUESTION_TYPES.get(question.type)
    if rules is None:
        raise QuestionError(f"cannot grade type {question.type!r}")
    return rules.grade(question, response)


def _grade_choice(question: Question, response: Any) -> float:
    return 1.0 if normalize(response) == normalize(question.answer) else 0.0


def _grade_cloze(question: Question, response: Any) -> float:
    given = normalize(response)
    return 1.0 if given and given in {normalize(a) for a in [question.answer, *question.accepted]} else 0.0


def _grade_matching(question: Question, response: Any) -> float:
    right = {normalize(a): normalize(b) for a, b in question.answer}
    given = {normalize(a): normalize(b) for a, b in response}
    return sum(1 for a, b in right.items() if given.get(a) == b) / len(right) if right else 0.0


def _grade_ordering(answer: list[str], response: list[str]) -> float:
    """Fraction of item pairs the student put in the right relative order."""
    rank = {normalize(item): i for i, item in enumerate(response)}
    items = [normalize(a) for a in answer]
    if len(items) < 2 or any(i not in rank for i in items):
        return 0.0
    pairs = [(a, b) for i, a in enumerate(items) for b in items[i + 1:]]
    return sum(1 for a, b in pairs if rank[a] < rank[b]) / len(pairs)


_STOP = frozenset("""a an the of to in on at by for with and or but as is are was were be been being
this that these those it its their his her they he she them from into than then so because since
due which who whom what when where why how has have had do does did not no will would can could
while although though whether if whose also there such very""".split())  # "while", "also": no key words (panel 48)


def content_words(text: str) -> list[str]:
    return [w for w in normalize(text).split() if w not in _STOP]


def _grade_short(question: Question, response: str) -> float:
    """Share of the model answer's content words the response uses (a draft
    score for the teacher, who reviews short answers)."""
    given = set(content_words(response))
    best = 0.0
    for model in [question.answer, *question.accepted]:
        words = set(content_words(model))
        if words:
            best = max(best, len(words & given) / len(words))
    return round(min(1.0, best / 0.6), 3)  # 60% of the key words earns full marks


# --------------------------------------------------------------------------- types

@dataclass(frozen=True)
class TypeRules:
    """What the record requires of one question type, and how a response is scored."""
    #: The type's own invariants, as readable messages.
    check: Callable[[Question], list[str]]
    #: ``(question, response) -> score in [0, 1]`` (``response`` is never None).
    grade: Callable[[Question, Any], float]
    #: A text key must not appear in the stem.
    key_not_in_stem: bool = False
    #: The stem must be a question (end with "?").
    asks: bool = False


#: Every question type the record knows: the one place to add a type to the record.
QUESTION_TYPES: dict[str, TypeRules] = {
    "multiple_choice": TypeRules(_check_multiple_choice, _grade_choice, key_not_in_stem=True, asks=True),
    "true_false": TypeRules(_check_true_false, _grade_choice),
    "cloze": TypeRules(_check_cloze, _grade_cloze, key_not_in_stem=True),
    "short_answer": TypeRules(_check_short_answer, lambda q, r: _grade_short(q, str(r)), asks=True),
    "matching": TypeRules(_check_matching, _grade_matching),
    "ordering": TypeRules(_check_ordering, lambda q, r: _grade_ordering(list(q.answer), list(r))),
    "fact_or_opinion": TypeRules(_check_fact_or_opinion, _grade_choice),
}
TYPES = tuple(QUESTION_TYPES)
