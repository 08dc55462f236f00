"""The wh-phrase that asks for an amount: "How many agents" for "1,500
agents", "How much money", "What percentage", "How far", "How long" — and the
amounts not to count (a tally, a list, a fraction, "all 132 deputies")."""
from __future__ import annotations

from spacy.tokens import Token

from ...lexicons.quantities import (COUNTED_CATEGORIES, CURRENCY_NOUNS, DISTANCE_UNITS, DURATION_UNITS, FRACTIONS,
                                   MEASURE_UNITS)


def number_wh(head: Token, tokens: list[Token], label: str | None) -> str | None:
    """``How many agents`` for "1,500 agents"; ``How much`` for money and percentages."""
    nums = [t for t in tokens if t.like_num and t.dep_ in {"nummod", "quantmod", "compound"} and t.i < head.i]
    if _per_cent_outside(head, tokens):
        return None  # "How much money did the Yes side win per cent? — 38.7" (the tagger's MONEY; panel 57)
    if head.like_num or label in {"MONEY", "PERCENT"} and head.pos_ != "NOUN":
        if label == "MONEY" or any(t.text in {"$", "€", "£"} for t in tokens):
            return "How much money"
        if label == "PERCENT" or any(t.text == "%" for t in tokens):
            return "What percentage"
        return None
    counted = head.pos_ == "NOUN" and head.tag_ == "NNS" or head.tag_ == "NNPS" and head.ent_type_ == "NORP"
    if nums and counted and head.lower_ not in COUNTED_CATEGORIES | FRACTIONS \
            and not _no_count(tokens, nums):
        doc = head.doc
        if head.i + 2 < len(doc) and doc[head.i + 1].lower_ in {"to", "-", "\u2013"} and doc[head.i + 2].like_num:
            return None  # "46 votes to 31": a tally, one count of two
        if any(c.dep_ == "conj" for c in head.children) or any(
                t.dep_ == "conj" and t.i > head.i and any(n.like_num for n in t.subtree) for t in head.subtree):
            # "1,000 firefighters, police and volunteers": the count is of the whole list;
            # "48 trusts in England and 13 bodies in Scotland": a second count hangs inside
            return None
        if head.lower_ in DISTANCE_UNITS or (head.lower_ in {"years", "year"} and any(
                c.lower_ == "light" for c in head.children)):
            return "How far"
        if head.lower_ in DURATION_UNITS:
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
                return None  # "100 hours of voluntary work": an amount of work, not "How long"
            return "How long"
        if head.lower_ in CURRENCY_NOUNS or label == "MONEY" and any(t.text in {"$", "€", "£"} for t in tokens):
            return "How much money"  # not "How many US dollars did the mission cost?"; not for the tagger's
            # MONEY on "more than 120 million passengers a year" (panel 73: "How much money does Ryanair carry?")
        nouns = [t for t in tokens if t.i > max(n.i for n in nums) and t.i <= head.i
                 and not t.is_punct and not t.like_num]
        return "How many " + " ".join(t.text.lower() if t.pos_ != "PROPN" else t.text for t in nouns) + _stuff(head, tokens)
    return None


def _stuff(unit: Token, tokens: list[Token]) -> str:
    """" of pure alcohol" for "11 litres of pure alcohol": a measure names what it
    measures (panel 83: "How many litres do adults drink?" left the unit unclear)."""
    if unit.lower_ not in MEASURE_UNITS:
        return ""
    ids = {t.i for t in tokens}
    of = next((c for c in unit.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or not {t.i for t in of.subtree} <= ids:
        return ""
    return " " + " ".join(t.text for t in of.subtree)


#: Words before a number that make it pick out which ones, not how many ("the first two carriages").
_WHICH_ONES = frozenset({"first", "last", "next", "final", "top", "other", "remaining"})


def _no_count(tokens: list[Token], nums: list[Token]) -> bool:
    """A number that is not how many: "the first two carriages" (which ones, panel 48),
    "older Boeing 747 jets" (a model number, panel 51), "all 132 deputies present"
    (that all voted is the point)."""
    if tokens[0].lower_ == "all" or any(t.lower_ in _WHICH_ONES for t in tokens[:2]):
        return True
    return any(n.i > 0 and n.doc[n.i - 1].pos_ == "PROPN" and n.doc[n.i - 1].whitespace_ for n in nums)


def _per_cent_outside(head: Token, tokens: list[Token]) -> bool:
    """"38.7 per cent" with the key cut before "per cent": the stem would keep
    it, and the tagger calls the whole a sum of money."""
    if any(c.dep_ == "prep" and c.lower_ == "per" for c in head.children):
        return True  # "62.5 per cent": "per cent" hangs on the number and the key would drop it
    doc, last = head.doc, max(t.i for t in tokens) if tokens else head.i
    after = " ".join(t.lower_ for t in doc[last + 1:last + 3])
    return after.startswith(("per cent", "percent"))
