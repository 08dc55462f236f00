"""Names a true/false item must not swap: a name inside a description of
something else, a place that locates another, a person after their own title
(:func:`quizgen.generate.true_false.falsify` swaps only names free of these)."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..lexicons.people import OFFICE_TITLES
from .context import Context, Mention, SentInfo

_SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent"}


#: "across the Strait from Singapore", "north of Lagos", "off the coast of Peru": a place
#: that locates another; a neighbouring place swapped in is often true in the world (panel 44).
LOCATING = re.compile(r"\b(?:across\b.*\bfrom|(?:north|south|east|west)(?:-?(?:east|west))? of|off the coast of|"
                       r"near|bordering|opposite)\s+(?:the\s+)?$", re.IGNORECASE)


def located_by(ctx: Context, info: SentInfo, m: Mention) -> bool:
    """The place locates another one in the sentence (see ``LOCATING``)."""
    if m.label not in {"GPE", "LOC"}:
        return False
    paragraph = ctx.article.paragraphs[info.paragraph]
    return bool(LOCATING.search(paragraph[info.sentence.start:m.start]))


def titled(info: SentInfo, m: Mention) -> bool:
    """A person named after their title ("Attorney General Thelma Aldana"): another
    person swapped in keeps a title that gives the change away (panel 46)."""
    before = info.sentence.text[:max(0, m.start - info.sentence.start)].split()
    return m.label == "PERSON" and bool(before) and before[-1][:1].isupper() and before[-1].lower() in OFFICE_TITLES


def inside_description(ctx: Context, m: Mention) -> bool:
    """The name lies inside a description of something else ("Pack2Go Europe,
    an association in Brussels that …"), a person's "of Jordan", or a longer
    name ("United States Holocaust Memorial Museum"): changing it tests a side
    detail or makes a name no one has."""
    head, ids = mention_head(ctx, m)
    if head is None:
        return False
    if any(t.dep_ == "appos" for t in (head, *head.ancestors)):
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.ent_type_ == "PERSON":
        return True  # "Prince Ali bin al-Hussein of Jordan"
    last = max(ids)
    nxt = head.doc[last + 1] if last + 1 < len(head.doc) else None
    return nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ != m.label


def mention_head(ctx: Context, m: Mention) -> tuple[Token | None, set[int]]:
    span = ctx.sents[m.sentence].span
    toks = [t for t in span if m.start <= t.idx < m.end]
    if not toks:
        return None, set()
    ids = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[0]), ids


def described(ctx: Context, m: Mention) -> bool:
    """The sentence describes the named thing around its name ("Kim, a
    spokesman for …", "Acting leader Kim", "the firm's founder Kim"): a
    swapped-in name would carry a description that is not its own."""
    head, ids = mention_head(ctx, m)
    if head is None:
        return True
    if head.dep_ in ("appos", "compound", "oprd") or any(c.dep_ == "case" for c in head.children):
        return True  # described, named ("the vaccine, called X"), or a possessive ("Conte's Chelsea")
    if head.dep_ in _SUBJECT_DEPS and sum(1 for c in head.head.children if c.dep_ == head.dep_) > 1:
        return True  # "The president of Korea, Yoon …": the parser's second subject is a description
    if head.dep_ == "nsubj" and head.head.lemma_ == "be" and any(c.dep_ == "attr" and c.pos_ == "NOUN"
                                                                  for c in head.head.children):
        return True  # "Kosovo was a province of Serbia": "Russia was a province of …" is absurd, not false
    before = head.doc[min(t.i for t in head.subtree) - 1] if min(t.i for t in head.subtree) > 0 else None
    opener = head.sent[0]
    introduced = opener.pos_ in ("ADP", "SCONJ", "ADV") or opener.dep_ in ("prep", "advmod", "npadvmod", "mark")
    if before is not None and before.text == "," and before.i > head.sent.start and not introduced:
        return True  # "The president of X, NAME …": a noun phrase describing the name (not "On Monday, NAME")
    return any(c.i not in ids and c.dep_ in ("appos", "compound", "amod", "nmod", "acl", "relcl")
               for c in head.children)
