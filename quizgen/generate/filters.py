"""Drop questions a teacher would not hand out."""
from __future__ import annotations

from ..evaluate import flaws
from ..questions import BLANK, Question, content_words, contains_phrase, normalize

import re

MAX_STEM_WORDS = 32
#: "Who is Ann Lee?" / "What is the Hajj?": asks to identify a name, not vague.
_IDENTIFY = re.compile(r"^(?:Who|What) (?:is|are|was|were) (?:the )?[A-Z][\w.'\u2019-]*(?: [A-Z0-9][\w.'\u2019-]*)*\?$")
_WH = {"who", "what", "when", "where", "which", "why", "how", "many", "much", "did", "does", "do",
       "is", "was", "are", "were", "according"}


def rejection(q: Question, paragraphs: list[str]) -> str | None:
    """Why ``q`` must be dropped, or None when it passes."""
    problems = q.problems(paragraphs) + flaws(q, paragraphs)
    if problems:
        return problems[0]
    words = q.prompt.split()
    if q.type in ("multiple_choice", "short_answer", "true_false", "cloze") and len(words) > MAX_STEM_WORDS + (
            10 if q.type == "cloze" else 0):
        return "stem too long"
    if q.type in ("multiple_choice", "short_answer"):
        meaningful = [w for w in content_words(q.prompt) if w not in _WH]
        if len(meaningful) < 3 and not (meaningful and _IDENTIFY.match(q.prompt)):
            return "vague stem"
    evidence = " ".join(e.text for e in q.evidence)
    if q.type in ("multiple_choice", "cloze", "short_answer") and isinstance(q.answer, str):
        if not contains_phrase(evidence, q.answer):
            return "key not supported by its evidence"
    if q.type == "cloze" and q.prompt.count(BLANK) != 1:
        return "cloze needs one blank"
    if q.type in ("multiple_choice", "cloze") and isinstance(q.answer, str) and \
            normalize(q.answer) in {"he", "she", "it", "they", "this", "that"}:
        return "pronoun key"
    return None


def near_duplicate(a: Question, b: Question) -> bool:
    """Same type and prompt, or the same key from the same sentence."""
    if a.type != b.type:
        return False  # across types, selection keeps two questions with one key apart
    if normalize(a.prompt) == normalize(b.prompt):
        return True
    ka, kb = a.meta.get("key_norm"), b.meta.get("key_norm")
    if ka and ka == kb and a.meta.get("sentence") == b.meta.get("sentence"):
        return True
    if a.type == b.type:
        wa, wb = set(content_words(a.prompt)), set(content_words(b.prompt))
        if wa and wb and len(wa & wb) / len(wa | wb) >= 0.85 and a.answer == b.answer:
            return True
    return False
