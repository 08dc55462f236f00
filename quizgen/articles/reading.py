"""Reading facts for an article: length, grade level, time, hard words."""
from __future__ import annotations

import textstat
from spacy.tokens import Doc
from wordfreq import zipf_frequency

WORDS_PER_MINUTE = 200
#: Zipf frequency below which a word counts as hard for a grade 8–10 reader
#: (3.0 ≈ once per million words).
HARD_ZIPF = 3.0
MAX_HARD_WORDS = 20


def reading_facts(paragraphs: list[str], docs: list[Doc], sentence_count: int) -> dict:
    body = "\n\n".join(paragraphs)
    words = len(body.split())
    return {
        "words": words,
        "sentences": sentence_count,
        "fk_grade": round(textstat.flesch_kincaid_grade(body), 1) if words else 0.0,
        "minutes": max(1, round(words / WORDS_PER_MINUTE)) if words else 0,
        "hard_words": hard_words(docs),
    }


def hard_words(docs: list[Doc], limit: int = MAX_HARD_WORDS) -> list[str]:
    """Rare common words, rarest first; names and entities are skipped."""
    seen: dict[str, tuple[float, str]] = {}
    for doc in docs:
        for token in doc:
            if not _candidate(token):
                continue
            lemma = token.lemma_.lower()
            zipf = min(zipf_frequency(token.lower_, "en"), zipf_frequency(lemma, "en"))
            if 0 < zipf < HARD_ZIPF and lemma not in seen:
                seen[lemma] = (zipf, token.lower_)
    ranked = sorted(seen.values())
    return [word for _, word in ranked[:limit]]


def _candidate(token) -> bool:
    return (token.is_alpha and len(token) >= 4 and not token.ent_type_
            and token.pos_ in {"NOUN", "VERB", "ADJ", "ADV"}
            and not token.text[0].isupper())
