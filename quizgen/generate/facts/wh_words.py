"""Corrections of a key's wh-word that the parse and the entity tags get
wrong: a law tagged as an organisation, a thing a sentence calls a problem."""
from __future__ import annotations

from spacy.tokens import Token

from ...lexicons.people import AGENT_SUFFIX, PERSON_NOUNS
from ..kinds import LEGAL_TEXTS


def as_law(label: str | None, name_end: Token) -> str | None:
    """"the Tobacco Plain Packaging Act" tagged an organisation is a law: no
    "Who amounted to taking their property?" (panel 53)."""
    if label in {"ORG", "EVENT", "PRODUCT", "WORK_OF_ART"} and name_end.pos_ == "PROPN" \
            and name_end.lower_ in LEGAL_TEXTS:
        return "LAW"
    return label


def predicated_thing(verb: Token) -> bool:
    """The subject is said to be a thing ("Bovine TB is a serious problem"):
    "be" with a common-noun complement that names no person."""
    if verb.lemma_ != "be":
        return False
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    return attr is not None and attr.lemma_.lower() not in PERSON_NOUNS and not AGENT_SUFFIX.search(attr.lower_)
