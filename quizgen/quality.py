"""What makes a generated question unusable, decided the same way everywhere.

``flaws`` is the single definition of a flawed question: the generator's
filters drop what it names and ``quizgen eval`` counts it. ``key_matches``
decides whether a question's key states a given answer (selection uses it to
avoid asking one fact twice; the benchmark uses it for fact recall).
"""
from __future__ import annotations

import re

from .questions import BANNED_CHOICES, BLANK, Question, contains_phrase, normalize

PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "this", "these",
            "those", "that", "we", "i", "you", "our", "us"}
_AUX = {"did", "does", "do", "is", "was", "are", "were", "has", "have", "had", "will", "can", "could",
        "would", "should", "may", "might"}
#: "Is this sentence a fact or an opinion?": the item points at itself, not back.
_SELF_NOUNS = {"sentence", "statement", "word", "words", "passage", "article", "paragraph", "quotation",
               "quote", "text", "phrase", "question"}
_WH = {"who", "what", "when", "where", "why", "how", "which", "whom", "whose"}
#: Words that do not change which answer a key gives ("On October 18th" = "October 18th").
_MATCH_STOP = {"the", "a", "an", "on", "in", "at", "of", "to", "by", "about", "approximately", "around",
               "nearly", "almost", "over", "more", "than", "just", "some", "and", "s", "due", "because",
               "as", "into", "for", "from", "with"}


def flaws(q: Question, paragraphs: list[str]) -> list[str]:
    """Flaws the issue names: key in stem, duplicate choices, key not among
    choices, pronoun-led stem or pronoun key, all/none of the above, evidence
    that is not the slice it names."""
    out = []
    if isinstance(q.answer, str) and q.type in ("multiple_choice", "cloze") and \
            contains_phrase(q.prompt.replace(BLANK, " "), q.answer):
        out.append("key_in_stem")
    if q.choices and len({normalize(c) for c in q.choices}) != len(q.choices):
        out.append("duplicate_choices")
    if q.type in ("multiple_choice", "true_false", "fact_or_opinion") and q.answer not in q.choices:
        out.append("key_not_in_choices")
    if pronoun_led(q.prompt) or (isinstance(q.answer, str) and normalize(q.answer) in PRONOUNS):
        out.append("pronoun")
    if any(normalize(c) in BANNED_CHOICES for c in q.choices):
        out.append("all_none_of_the_above")
    if not q.evidence or not all(e.matches(paragraphs) for e in q.evidence):
        out.append("evidence_not_slice")
    return out


def pronoun_led(prompt: str) -> bool:
    """A stem whose subject is a bare pronoun: "He said …", "What did they …?"."""
    words = normalize(prompt.replace(BLANK, " ")).split()
    anchored = bool(re.match(r"(?:in|according to) paragraph \d+\b", prompt.strip(), re.IGNORECASE))
    if prompt.lower().startswith("according to") or anchored:
        words = normalize(prompt.split(",", 1)[-1]).split()
    if not words:
        return False
    if words[0] in PRONOUNS - {"that", "this", "these", "those"}:
        return True
    if words[0] in {"this", "these", "those", "that"} and len(words) > 1 and words[1] in _AUX:
        return True
    if not anchored:
        # a demonstrative noun phrase as the stem's subject: "This development
        # raised …", "Why did these concerns grow?" (needs its context)
        n = 0
        while n < min(3, len(words) - 1) and (words[n] in _WH or words[n] in _AUX):
            n += 1
        lead = words[n] if n < len(words) else ""
        if (lead in {"this", "these", "those", "such"} or (lead == "that" and n > 0 and words[n - 1] in _AUX)) \
                and n + 1 < len(words) and words[n + 1] not in _AUX and words[n + 1] not in PRONOUNS \
                and words[n + 1] not in _SELF_NOUNS:
            return True
    for n in range(min(3, len(words) - 1)):
        if words[n] in _AUX and words[n + 1] in {"he", "she", "it", "they", "we", "i", "you"}:
            return True
    return False


def _match_tokens(text: str) -> list[str]:
    text = normalize(text).replace(",", "")
    return [w for w in re.split(r"\s+", text) if w and w not in _MATCH_STOP]


def key_matches(key: str, gold: str) -> bool:
    """The key gives the gold answer: same words once articles, prepositions and
    hedges are ignored, or one contains the other and covers at least half of it."""
    k, g = _match_tokens(key), _match_tokens(gold)
    if not k or not g:
        return False
    if k == g:
        return True
    short, long = (k, g) if len(k) <= len(g) else (g, k)
    n = len(short)
    contained = any(long[i:i + n] == short for i in range(len(long) - n + 1))
    return contained and n / len(long) >= 0.5


def question_keys(q: Question) -> list[str]:
    if q.type in ("multiple_choice", "cloze", "short_answer") and isinstance(q.answer, str):
        return [q.answer, *q.accepted]
    return []
