"""Keys named by an apposition: "the website "Daily Kite"" -> "Which website",
"the spokesman for Oahu, John Cummings," -> "Who", "the American chipmaker
Intel" -> "Which chipmaker": the name is the key, not the description."""
from __future__ import annotations

from spacy.tokens import Token

from ..clauses import is_pronoun
from ..context import Context, phrase_tokens
from ..kinds import label_for
from .keys import Answer, entity_tokens, label_of


def named_by_apposition(ctx: Context, head: Token) -> Answer | None:
    """``the website "Daily Kite"``: the name is the key, asked with "Which website"."""
    if head.pos_ != "NOUN" or not head.text.islower() or head.tag_ != "NN":
        return None
    if any(c.i < head.i and c.dep_ not in {"det"} for c in head.children):
        return None  # "the local news website X": the kind is more than one word
    name = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.left_edge.i <= head.i + 2 and c.i > head.i), None)
    if name is None:
        return None
    tokens = [t for t in head.doc[name.left_edge.i:name.i + 1] if not (t.is_punct and t.text in '"\u201c\u201d')]
    if not tokens or any(t.is_punct for t in tokens) or len(tokens) > 5 or any(is_pronoun(t) for t in tokens):
        return None
    return Answer(tokens, ctx.text_of(tokens), label_of(tokens, ctx), "Which " + head.lower_, whole=True)


def appositive_name(ctx: Context, head: Token) -> Answer | None:
    """"the civil defence spokesman for Oahu, John Cummings,": the person's
    name is the key (a teacher asks for the name, not the description)."""
    if head.pos_ != "NOUN":
        return None
    name = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.pos_ == "PROPN"
                 and label_for(ctx, c) == "PERSON"), None)
    if name is None:
        return _appositive_organisation(ctx, head) or _organisation_set_off(ctx, head)
    if any(c.dep_ == "conj" for c in name.children):
        return None  # "the owners, Daniel and Amy McArthur": "Daniel" alone is half the key (panel 67)
    tokens = phrase_tokens(name, max_words=5)
    if not tokens or any(is_pronoun(t) for t in tokens):
        return None
    tokens = entity_tokens(name, tokens)
    return Answer(tokens, ctx.text_of(tokens), "PERSON", "Who")


def _appositive_organisation(ctx: Context, head: Token) -> Answer | None:
    """"fined the American chipmaker Intel €1.06 billion": the company's name is
    the key, asked "Which chipmaker …?" — not "What did the Commission fine? — the
    American chipmaker" (the description without the name it introduces)."""
    if head.tag_ != "NN" or not head.text.islower():
        return None
    name = next((c for c in head.children if c.dep_ == "appos" and c.left_edge.i == head.i + 1
                 and c.pos_ == "PROPN" and label_for(ctx, c) == "ORG"), None)
    if name is None:
        return None
    entity = next((e for e in head.doc.ents if e.start <= name.i < e.end), None)
    if entity is None or entity.start != name.left_edge.i or len(entity) > 5:
        return None
    tokens = list(entity)
    return Answer(tokens, ctx.text_of(tokens), "ORG", "Which " + head.lower_, whole=True)


def _organisation_set_off(ctx: Context, head: Token) -> Answer | None:
    """"Google's parent company, Alphabet, reported …": the organisation's name
    set off by commas is the key, not the description (panel 78: "Who reported
    revenue …? — Google's parent company")."""
    doc = head.doc
    name = next((c for c in head.children if c.dep_ == "appos" and c.left_edge.i == head.i + 2
                 and doc[head.i + 1].text == "," and c.pos_ == "PROPN" and label_for(ctx, c) == "ORG"), None)
    if name is None or any(c.dep_ == "conj" for c in name.children):
        return None
    entity = next((e for e in doc.ents if e.start <= name.i < e.end), None)
    if entity is None or entity.start != name.left_edge.i or len(entity) > 5:
        return None
    tokens = list(entity)
    return Answer(tokens, ctx.text_of(tokens), "ORG", "Who")
