"""Evidence for imported questions: restored when the file carries it, else
linked by the teacher, with the likeliest sentences suggested.

An imported question arrives without evidence and with
``meta["needs_evidence"]``. quizgen's own exports end the feedback with
``Evidence, paragraph N: “…”``; when that quote is still in the article the
evidence is restored on import. Otherwise the teacher picks the sentence that
proves the answer (:func:`link`), or says the question is about the whole
article (:func:`whole_article`).
"""
from __future__ import annotations

from ..questions import Evidence, Question, content_words

NEEDS = "needs_evidence"
HINT = "evidence_hint"


def needs_evidence(question: Question) -> bool:
    return bool(question.meta.get(NEEDS)) and not question.evidence


def _find(paragraphs: list[str], paragraph: int, text: str) -> Evidence | None:
    """The quote in its paragraph, else in any paragraph."""
    if not text:
        return None
    order = ([paragraph] if 0 <= paragraph < len(paragraphs) else []) + list(range(len(paragraphs)))
    for index in order:
        start = paragraphs[index].find(text)
        if start >= 0:
            return Evidence(index, start, start + len(text), text)
    return None


def restore(question: Question, paragraphs: list[str]) -> bool:
    """Evidence from the file's quotes, when every quote is in the article; True when restored."""
    hints = question.meta.get(HINT) or []
    found = [_find(paragraphs, int(h.get("paragraph", -1)), str(h.get("text", ""))) for h in hints]
    if not found or any(f is None for f in found):
        return False
    question.evidence = found
    _settled(question)
    return True


def _settled(question: Question) -> None:
    question.meta.pop(NEEDS, None)
    question.meta.pop(HINT, None)


def link(question: Question, sentence: dict) -> Question:
    """The question with ``sentence`` (a parsed article's sentence dict) as its evidence."""
    question.evidence = [Evidence(int(sentence["paragraph"]), int(sentence["start"]), int(sentence["end"]),
                                  str(sentence["text"]))]
    _settled(question)
    return question


def whole_article(question: Question) -> Question:
    """The teacher says no single sentence proves it: no evidence, no longer waiting for one."""
    question.evidence = []
    _settled(question)
    return question


def _key_text(question: Question) -> str:
    answer = question.answer
    if isinstance(answer, list):
        return " ".join(" ".join(map(str, a)) if isinstance(a, list) else str(a) for a in answer)
    return " ".join([str(answer or ""), *question.accepted])


def suggestions(question: Question, sentences: list[dict], limit: int = 3) -> list[str]:
    """Ids of the sentences likeliest to prove the question, best first: a quote the file
    carried, then the key's words (counted twice: evidence holds the answer), then the prompt's."""
    hinted = [str(h.get("text", "")) for h in question.meta.get(HINT) or [] if h.get("text")]
    key, prompt = set(content_words(_key_text(question))), set(content_words(question.prompt))
    scored = []
    for order, sentence in enumerate(sentences):
        words = set(content_words(sentence["text"]))
        score = 2 * len(key & words) + len(prompt & words)
        score += 100 if any(h in sentence["text"] or sentence["text"] in h for h in hinted) else 0
        if score:
            scored.append((-score, order, sentence["id"]))
    return [sid for *_, sid in sorted(scored)[:limit]]
