"""Verb forms a question needs that the sentence does not give: the active
verb for a passive one ("is owned by Nintendo" -> "Who owns …?")."""
from __future__ import annotations

from lemminflect import getInflection
from spacy.tokens import Token


def active_form(verb: Token, auxes: list[Token]) -> str | None:
    """The active verb for a passive one's tense: "was owned" -> "owned", "is
    owned" -> "owns", "has been owned" -> "has owned", "will be owned" -> "will
    own"; None for a form with no plain active ("is being owned")."""
    words = [a.lower_ for a in auxes]
    lemma = verb.lemma_.lower()
    if "being" in words:
        return None
    modal = next((a.lower_ for a in auxes if a.tag_ == "MD"), None)
    if modal:
        return f"{modal} {lemma}"
    if "been" in words:
        have = next((w for w in words if w in ("has", "have", "had")), "has")
        return f"{'has' if have == 'have' else have} {verb.text.lower()}"
    if any(w in ("is", "are", "am") for w in words):
        forms = getInflection(lemma, tag="VBZ")
        return forms[0] if forms else None
    return verb.text.lower()
