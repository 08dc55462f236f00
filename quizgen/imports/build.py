"""Neutral pieces (a prompt, options and which are right …) → quizgen questions.

Every format reads its own syntax and then calls one builder here, so the
rules of what quizgen can carry live in one place: one key per question,
3–5 options for multiple choice (two-option True/False and Fact/Opinion
become those types), one blank per fill-in, a model answer for a written
answer. A builder raises :class:`Refusal` with the reason when a question
cannot be carried; the format reports it with its line number.

Imported questions have no evidence: ``meta["needs_evidence"]`` marks them
until the teacher links the sentence that proves the answer.
"""
from __future__ import annotations

import re

from ..questions import BLANK, FACT_OPINION, TRUE_FALSE, Question, normalize
from ..exports.model import ALSO_ACCEPT
from .model import Imported, Refusal

SKILL_FOR_TYPE = {"multiple_choice": "fact", "true_false": "fact", "cloze": "fact", "short_answer": "inference",
                  "matching": "fact", "ordering": "sequence", "fact_or_opinion": "opinion"}
#: Invariants a teacher's own bank may break and still be imported, with a note:
#: the editor asks for the fix when the question is next saved.
STYLE_PROBLEMS = {"stem is not a question": "The question does not end with a question mark.",
                  "key in stem": "The answer appears in the question."}
#: Two-option questions that are quizgen types of their own, by their normalised options.
TWO_WAY = {frozenset(normalize(c) for c in TRUE_FALSE): ("true_false", TRUE_FALSE),
           frozenset(normalize(c) for c in FACT_OPINION): ("fact_or_opinion", FACT_OPINION)}
#: A run of underscores a teacher typed as the blank.
BLANK_RUN = re.compile(r"_{3,}")
_EVIDENCE_TAIL = re.compile(r"\s*Evidence, paragraph \d+: “.*$", re.S)
_EVIDENCE_ITEM = re.compile(r"paragraph (\d+): “(.*?)”(?=;\s*paragraph \d+: “|\s*$)", re.S)


def one_line(text) -> str:
    return " ".join(str(text if text is not None else "").split())


def split_evidence(explanation: str) -> tuple[str, list[dict]]:
    """quizgen's exports end the feedback with ``Evidence, paragraph N: “…”``:
    take that tail off the explanation and keep it as a hint for linking."""
    match = _EVIDENCE_TAIL.search(explanation or "")
    if not match:
        return one_line(explanation), []
    tail = match.group(0).strip()[len("Evidence, "):]
    hints = [{"paragraph": int(n) - 1, "text": text} for n, text in _EVIDENCE_ITEM.findall(tail)]
    return one_line(explanation[:match.start()]), hints


def require_prompt(prompt: str) -> None:
    if not one_line(prompt):
        raise Refusal("The question text is empty.")


def _question(qtype: str, prompt: str, answer, fmt: str, explanation: str = "", name: str = "",
              **fields) -> Question:
    require_prompt(prompt)
    text, hints = split_evidence(explanation)
    meta = {"source": "import", "format": fmt, "needs_evidence": True}
    if name:
        meta["name"] = one_line(name)
    if hints:
        meta["evidence_hint"] = hints
    return Question(id="", type=qtype, skill=SKILL_FOR_TYPE[qtype], prompt=one_line(prompt), answer=answer,
                    evidence=[], explanation=text, meta=meta, **fields)


def finish(question: Question, line: int | None, points: int = 1, warnings: list[str] | None = None) -> Imported:
    """Check the question as the editor would; hard problems refuse it, style notes travel with it."""
    notes = list(warnings or [])
    for problem in question.problems():
        if problem == "no evidence":
            continue
        if problem in STYLE_PROBLEMS:
            notes.append(f"Imported; {STYLE_PROBLEMS[problem][0].lower()}{STYLE_PROBLEMS[problem][1:]}")
            continue
        raise Refusal(problem[0].upper() + problem[1:] + ".")
    return Imported(question, line, points, notes)


# --------------------------------------------------------------------------- builders

def choice(prompt: str, options: list[str], correct: list[int], fmt: str, **common) -> Question:
    """A question with options, ``correct`` holding the indexes of the right ones.

    Empty option cells (a spreadsheet's unused Answer 3/4) are dropped."""
    require_prompt(prompt)
    kept = [(i, one_line(o)) for i, o in enumerate(options) if one_line(o)]
    if not kept:
        raise Refusal("It has no options.")
    if not correct:
        raise Refusal("No option is marked correct.")
    if len(set(correct)) > 1:
        raise Refusal(f"{len(set(correct))} options are marked correct; a quizgen question has one key "
                      "(multiple-answer questions cannot be carried).")
    right = correct[0]
    texts = dict(kept)
    if right not in texts:
        raise Refusal(f"The option marked correct (number {right + 1}) is empty or missing.")
    two_way = TWO_WAY.get(frozenset(normalize(t) for _, t in kept)) if len(kept) == 2 else None
    if two_way:
        qtype, labels = two_way
        key = next(label for label in labels if normalize(label) == normalize(texts[right]))
        return _question(qtype, prompt, key, fmt, choices=list(labels), **common)
    if not 3 <= len(kept) <= 5:
        raise Refusal(f"It has {len(kept)} options; quizgen's multiple choice takes 3 to 5 "
                      "(two-option questions only as True/False or Fact/Opinion).")
    return _question("multiple_choice", prompt, texts[right], fmt, choices=[t for _, t in kept], **common)


def true_false(prompt: str, value: bool, fmt: str, **common) -> Question:
    return _question("true_false", prompt, "True" if value else "False", fmt, choices=list(TRUE_FALSE), **common)


def with_blank(before: str, after: str = "") -> str:
    """A fill-in prompt: the blank where the answer was, or after a question that has none."""
    before, after = str(before), str(after)
    if one_line(after):
        return before + BLANK + after
    stem = one_line(before)
    if not stem:
        raise Refusal("The fill-in has no text around its blank.")
    runs = BLANK_RUN.findall(stem)
    if len(runs) > 1:
        raise Refusal(f"It has {len(runs)} blanks; quizgen's fill-in has one blank per question.")
    return BLANK_RUN.sub(BLANK, stem, count=1) if runs else f"{stem} {BLANK}"


def fill_in(prompt: str, answers: list[str], fmt: str, bank: list[str] | None = None, **common) -> Question:
    """A fill-in-the-blank (``prompt`` holds :data:`BLANK`); typed answers or a word bank."""
    answers = _unique(answers)
    if not answers:
        raise Refusal("The fill-in has no correct answer.")
    if bank:
        bank = _unique(bank)
        return _question("cloze", prompt, answers[0], fmt, word_bank=bank, **common)
    return _question("cloze", prompt, answers[0], fmt, accepted=answers[1:], **common)


_RUBRIC_LINE = re.compile(r"^Rubric \((\d+) pts?\): (.*)$")


def grader_notes(lines: list[str]) -> tuple[str, str, list[dict]]:
    """Feedback lines → (explanation, model answer, rubric): quizgen's exports write a short
    answer's key as ``Model answer: …`` and ``Rubric (N pt): …`` lines."""
    model, rubric, rest = "", [], []
    for line in lines:
        text = one_line(line)
        criterion = _RUBRIC_LINE.match(text)
        if text.startswith("Model answer:"):
            model = text[len("Model answer:"):].strip()
        elif text.startswith(ALSO_ACCEPT.strip()):
            continue  # read by also_accepted
        elif criterion:
            rubric.append({"points": int(criterion.group(1)), "criterion": criterion.group(2)})
        elif text:
            rest.append(text)
    return " ".join(rest), model, rubric


def also_accepted(lines: list[str]) -> list[str]:
    """A short answer's accepted alternatives, from quizgen's "Also accept: a | b" line."""
    for line in lines:
        text = one_line(line)
        if text.startswith(ALSO_ACCEPT.strip()):
            return [a.strip() for a in text[len(ALSO_ACCEPT.strip()):].split("|") if a.strip()]
    return []


def written(prompt: str, model: str, fmt: str, rubric: list[dict] | None = None,
            accepted: list[str] | None = None, **common) -> Question:
    if not one_line(model):
        raise Refusal("The written-answer question has no model answer (grader information); quizgen needs "
                      "one to draft a score. Add it in the file, or write the question in quizgen.")
    return _question("short_answer", prompt, one_line(model), fmt, rubric=list(rubric or []),
                     accepted=list(accepted or []), **common)


def matching(prompt: str, pairs: list[tuple[str, str]], fmt: str, extras: list[str] | None = None,
             **common) -> Question:
    pairs = [(one_line(a), one_line(b)) for a, b in pairs if one_line(a) or one_line(b)]
    if any(not a or not b for a, b in pairs):
        raise Refusal("A matching pair has an empty side.")
    if len(pairs) < 2:
        raise Refusal("A matching question needs at least two pairs.")
    extras = [one_line(e) for e in extras or [] if one_line(e)]
    choices = [b for _, b in pairs] + extras if extras else []
    return _question("matching", prompt, [[a, b] for a, b in pairs], fmt, choices=choices, **common)


def ordering(prompt: str, items: list[str], fmt: str, **common) -> Question:
    items = [one_line(i) for i in items if one_line(i)]
    if len(items) < 2:
        raise Refusal("An ordering question needs at least two items.")
    return _question("ordering", prompt, items, fmt, **common)


def _unique(texts: list[str]) -> list[str]:
    out: list[str] = []
    for text in texts:
        text = one_line(text)
        if text and normalize(text) not in {normalize(o) for o in out}:
            out.append(text)
    return out


# --------------------------------------------------------------------------- cells

_NUMBER = re.compile(r"^\s*(\d+)(?:[.,]0*)?\s*$")


def points_from(value, warnings: list[str]) -> int:
    """A question's points from a file (``1``, ``2.0000000``); 1 with a note when unusable."""
    text = one_line(value)
    if not text:
        return 1
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        warnings.append(f"Points “{text}” are not a number; it counts 1 point.")
        return 1
    if not 0 <= number <= 100:
        warnings.append(f"Points {text} are outside 0–100; it counts 1 point.")
        return 1
    if number != int(number):
        warnings.append(f"Points {text} were rounded to {round(number)}.")
    return int(round(number))


def index_list(value, count: int) -> list[int]:
    """``"1"``, ``"2, 3"``, ``"B"`` or ``2.0`` → zero-based option indexes (empty when blank).

    Raises :class:`Refusal` for anything else, or a number beyond the options."""
    text = one_line(value).strip("\"'“”‘’")
    out = []
    for part in re.split(r"[,;/ ]+", text):
        if not part:
            continue
        number = _NUMBER.match(part)
        if number:
            out.append(int(number.group(1)) - 1)
        elif len(part) == 1 and part.isalpha():
            out.append(ord(part.upper()) - ord("A"))
        else:
            out = None
            break
    if out is None or any(not 0 <= i < count for i in out):
        raise Refusal(f"The correct answer “{text}” is not an option number from 1 to {count}.")
    return out
