"""Parts a key phrase hands back to the stem: a closing "on Facebook", the
"of fraud" a verb hangs on a person's name, and how a vague back-reference
("members of the groups") is recognised, and the core of a phrase too long
to be a key."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ...lexicons.events import CHANGE_NOUNS
from ...lexicons.speech import MEDIUM_NOUNS, OCCASION_NOUNS

#: "members of the groups": which groups, the paragraph before said; so does a
#: key that counts a set already named ("both men", "the two groups", "all three sides").
BACK_REFERENCE = re.compile(r"^(?:(?:the )?(?:members|some|many|several|most|all|each|one|two|three|leaders|officials)"
                            r" of (?:the|these|those) [a-z]+s"
                            r"|(?:both|(?:the|all) (?:two|three|four|five)) (?:[a-z]+ )?(?:[a-z]+s|[a-z]*men)"
                            r"|[a-z]+ (?:on|from) (?:both|either|each) sides?)$")


def without_medium(tokens: list[Token]) -> tuple[list[Token], set[int]]:
    """The key without a closing "on Facebook" / "in a statement" / "at a press
    conference" (kept in the stem)."""
    ids = {t.i for t in tokens}
    for t in tokens[1:]:
        if t.dep_ == "prep" and (t.lower_ in {"on", "in", "via", "during"} and any(
                c.dep_ == "pobj" and c.lemma_.lower() in MEDIUM_NOUNS for c in t.children) or t.lower_ in {"at", "on"} and any(
                c.dep_ == "pobj" and c.lemma_.lower() in OCCASION_NOUNS for c in t.children)):
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


DEMONSTRATIVES = {"this", "these", "that", "those"}
_CORE_DEPS = {"det", "amod", "compound", "nummod", "quantmod", "poss", "case", "advmod", "nmod"}


def core_phrase(head: Token) -> list[Token] | None:
    """A phrase too long to be an option ("military equipment, including
    artillery shells, anti-tank missiles …"): its core — the head noun with the
    words right before it — is still a fair key; the rest leaves the stem too."""
    if head.pos_ not in {"NOUN", "PROPN"}:
        return None
    lo = head.i
    doc = head.doc
    while lo - 1 >= 0 and doc[lo - 1].head.i in {head.i} | {t.i for t in doc[lo:head.i]} and \
            doc[lo - 1].dep_ in _CORE_DEPS | {"punct"} and doc[lo - 1].text not in {",", "(", '"'}:
        lo -= 1
    tokens = list(doc[lo:head.i + 1])
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "case"):
        tokens.pop(0)
    words = [t for t in tokens if not t.is_punct]
    if not 1 <= len(words) <= 5 or any(t.lower_ in DEMONSTRATIVES for t in tokens):
        return None
    if sum(1 for t in words if t.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}) < 2:
        return None  # a bare head ("equipment") is too vague
    if head.lemma_.lower() in CHANGE_NOUNS and any(c.dep_ == "prep" and c.lower_ in {"in", "to", "of", "on"}
                                                   for c in head.children):
        return None  # "a sharp fall" of "a sharp fall in the share prices of …": a change in what?
    if drops_an_infinitive(head, tokens):
        return None  # "the right of parents" of "the right of parents to educate their children …": to do what?
    return _with_of_phrase(head, tokens)


def _with_of_phrase(head: Token, tokens: list[Token]) -> list[Token] | None:
    """The core keeps the "of" phrase right after its noun, up to that phrase's
    own noun: "a full account" of "a full account of the working group's
    findings in … within weeks" names nothing (panel 70: "What does the agency
    plan to publish? — a full account", vague three of three)."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    if of is None:
        return tokens
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.left_edge.i != of.i + 1 or any(
            c.dep_ in {"relcl", "acl"} and head.doc[c.left_edge.i - 1].text != "," for c in pobj.children):
        return None  # "a small group of countries that allow …": the clause would stay behind in the stem
    phrase = list(head.doc[of.i:pobj.i + 1])
    if any(t.like_num for t in phrase):
        return tokens  # "a full circuit" of "… of the 27-kilometre ring": a figure would make the options figures
    tokens = tokens + phrase
    if len([t for t in tokens if not t.is_punct]) > 9 or any(t.lower_ in DEMONSTRATIVES for t in tokens):
        return None
    return tokens


def drops_a_defining_clause(tokens: list[Token]) -> bool:
    """A noun of the key has a defining relative clause the key leaves out ("a
    small group of countries" of "… of countries that allow same-sex couples to
    marry"): which countries is the point, and the key no longer says it."""
    kept = {t.i for t in tokens}
    return any(c.dep_ == "relcl" and c.i not in kept and t.doc[c.left_edge.i - 1].text != ","
               for t in tokens if t.pos_ == "NOUN" for c in t.children)


def drops_an_infinitive(head: Token, tokens: list[Token]) -> bool:
    """The key leaves out the "to …" clause its noun heads ("the right of parents
    to educate their children", "a plan to close the mine"): without it the
    key names nothing in particular (panel 32)."""
    kept = {t.i for t in tokens}
    return any(c.dep_ == "acl" and c.i not in kept and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in head.children)


def glued_phrases(tokens: list[Token]) -> bool:
    """Two phrases a misparse made one key: a counted plural run into the next
    noun ("several places tractors" of "in several places tractors had driven …",
    panel 35; a compound takes a singular: "farm tractors")."""
    doc = tokens[0].doc if tokens else None
    return doc is not None and any(
        a.tag_ == "NNS" and b.pos_ == "NOUN" and b.i == a.i + 1 and a.i > 0
        and (doc[a.i - 1].like_num or doc[a.i - 1].lower_ in _COUNTING) for a, b in zip(tokens, tokens[1:]))


#: Words that count a plural noun ("several places"): the noun heads its own phrase.
_COUNTING = frozenset("several many some few two three four five six seven eight nine ten".split())


def cut_name(tokens: list[Token]) -> bool:
    """A proper name cut before its "of …" part ("the National Association" of
    "the National Association of Producers of Soft Drinks", panel 39): the key
    names a body the article never names."""
    if not tokens or tokens[-1].pos_ != "PROPN":
        return False
    doc = tokens[-1].doc
    after = tokens[-1].i + 1
    return after + 1 < len(doc) and doc[after].lower_ == "of" and doc[after + 1].pos_ == "PROPN" \
        and doc[after + 1].text[:1].isupper()
