""""The company said …": which body a kind noun refers back to.

News reports name a body once ("Monarch, the UK's fifth-largest airline";
"the travel firm Thomas Cook"; "the Transport Workers Union") and then use
a kind noun for it ("the company", "the union").  A holder left as "the
company" reads as vague in a question stem and matches no name, so the
noun is resolved to the body named before it with that same noun — by an
apposition ("Monarch, the airline"), a copula ("Monarch is an airline") or
a noun the name stands beside ("the firm Thomas Cook"), never by a noun
that relates it to another body ("Google's parent company, Alphabet").  A
noun with any other modifier ("the rival company", "the company's owner")
or an "of" phrase is left alone, and so is one with no body, or two, named
so before it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..lexicons.organisations import BACK_REFERENCE_NOUNS
from ._common import name_tokens
from .names import proper_name


@dataclass
class BodyKinds:
    """Bodies an article names with a kind noun ("Monarch, the airline"), in text order."""

    #: (paragraph, token index, name, kind noun)
    named: list[tuple[int, int, str, str]] = field(default_factory=list)
    paragraph_of: dict[int, int] = field(default_factory=dict)

    @classmethod
    def for_docs(cls, docs: list[Doc]) -> "BodyKinds":
        kinds = cls(paragraph_of={id(doc): n for n, doc in enumerate(docs)})
        for number, doc in enumerate(docs):
            for tok in doc:
                for name_tok, kind in _named_as_kind(tok):
                    name = proper_name(name_tok).split(" (")[0]
                    if name_tokens(name):
                        kinds.named.append((number, name_tok.i, name, kind))
        return kinds

    def referent(self, noun: Token) -> str | None:
        """The body a bare "the <noun>" subject ("the company said") refers back to."""
        if not _bare_definite(noun):
            return None
        return self.only_body_before(noun.lower_, self.paragraph_of.get(id(noun.doc), -1), noun.i)

    def only_body_before(self, noun: str, paragraph: int, token: int) -> str | None:
        """The one body named as a ``noun`` ("company") before that point, or
        ``None`` when none or several were: no reader could take the name
        put in for another body."""
        noun = noun.lower()
        names = {tuple(name_tokens(name)): name for p, i, name, kind in self.named
                 if kind == noun and (p, i) < (paragraph, token)}
        return next(iter(names.values())) if len(names) == 1 else None


#: Words that make a kind noun name another body than the one it stands beside.
_RELATING = frozenset("parent sister rival subsidiary partner former holding".split())


def _named_as_kind(tok: Token) -> list[tuple[Token, str]]:
    """(name head, noun) pairs that ``tok``, a kind noun, names.  A word of
    the name itself is no evidence: "the bank" in a report on Barclays is not
    the Bank of England the report also names."""
    kind = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or kind not in BACK_REFERENCE_NOUNS or any(
            c.lower_ in _RELATING for c in tok.children):
        return []  # ("Google's parent company, Alphabet": Alphabet is not "the company" Google is)
    named = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]  # "the firm Thomas Cook"
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
        named.append(tok.head)  # "Monarch, the airline"
    if tok.dep_ == "attr":
        named += [c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]  # "Monarch is an airline"
    return [(n, kind) for n in named]


def _bare_definite(noun: Token) -> bool:
    """"the company": a definite article and nothing else that narrows it."""
    if noun.tag_ != "NN":
        return False
    lefts = list(noun.lefts)
    if len(lefts) != 1 or lefts[0].lower_ != "the":
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("of", "for", "in", "at") for c in noun.rights)
