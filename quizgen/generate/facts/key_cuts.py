"""Parts a key phrase hands back to the stem: a closing "on Facebook", the
"of fraud" a verb hangs on a person's name, and how a vague back-reference
("members of the groups") is recognised."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ...lexicons.speech import MEDIUM_NOUNS

#: "members of the groups": which groups, the paragraph before said.
BACK_REFERENCE = re.compile(r"^(?:the )?(?:members|some|many|several|most|all|each|one|two|three|leaders|officials)"
                            r" of (?:the|these|those) [a-z]+s$")


def without_medium(tokens: list[Token]) -> tuple[list[Token], set[int]]:
    """The key without a closing "on Facebook" / "in a statement" (kept in the stem)."""
    ids = {t.i for t in tokens}
    for t in tokens[1:]:
        if t.dep_ == "prep" and t.lower_ in {"on", "in", "via", "during"} and any(
                c.dep_ == "pobj" and c.lemma_.lower() in MEDIUM_NOUNS for c in t.children):
            tail = {x.i for x in t.subtree}
            if tail <= ids and max(tail) == max(ids):
                return [x for x in tokens if x.i not in tail], tail
    return tokens, set()


def without_person_tail(head: Token, tokens: list[Token], keep: set[int]) -> tuple[list[Token], set[int]]:
    """"convicted former president Ana Ruiz of fraud": the key is the person;
    "of fraud" (a phrase the verb governs, hung on the name) stays in the stem."""
    if head.pos_ != "PROPN" or head.dep_ != "dobj":
        return tokens, keep  # "Ana Ruiz of the Red Cross said": an affiliation, part of the key
    tail = next((c for c in head.children if c.dep_ == "prep" and c.i > head.i and c.lower_ in {"of", "for", "over"}),
                None)
    if tail is None:
        return tokens, keep
    cut = {t.i for t in tail.subtree}
    rest = [t for t in tokens if t.i not in cut]
    if not rest or max(cut) < max(t.i for t in tokens):
        return tokens, keep  # something after the phrase belongs to the key
    return rest, keep | cut
