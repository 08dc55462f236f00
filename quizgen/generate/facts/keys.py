"""A candidate key and what every fact rule asks of one: its entity label,
its name alone, the rule credited with it."""
from __future__ import annotations

from spacy.tokens import Token

from ...lexicons.people import KNIGHTHOODS, NAME_PARTICLES
from ..context import Context, person_name_bounds
from ..kinds import label_for
from .wh_words import as_law


class Answer:
    """A candidate key: its tokens, text, entity label and the wh-phrase asking for it."""

    def __init__(self, tokens: list[Token], text: str, label: str | None, wh: str,
                 keep: set[int] | None = None, whole: bool = False):
        self.tokens, self.text, self.label, self.wh = tokens, text, label, wh
        #: Words of the asked phrase that stay in the question ("in the town of X"
        #: after "about 80 people"), so the key is only the counted phrase.
        self.keep = keep or set()
        #: The wh-phrase stands for the whole phrase ("Which website" for "the website X").
        self.whole = whole
        #: The name of the rule that asked for it (``meta["pattern"]`` of the question).
        self.rule = ""


def tagged(name: str, pairs):
    """``pairs`` with their answers credited to rule ``name`` (unless a more specific rule is)."""
    for prompt, ans in pairs:
        ans.rule = ans.rule or name
        yield prompt, ans


def label_of(tokens: list[Token], ctx: Context | None = None) -> str | None:
    """The entity label covering most of the phrase's words (None for plain phrases)."""
    counts: dict[str, int] = {}
    for t in tokens:
        if t.ent_type_ and not t.is_punct:
            lab = label_for(ctx, t) if ctx is not None else t.ent_type_
            counts[lab] = counts.get(lab, 0) + 1
    if not counts:
        return None
    label, n = max(counts.items(), key=lambda kv: kv[1])
    words = sum(1 for t in tokens if not t.is_punct and t.lower_ not in {"the", "a", "an"})
    named = [t for t in tokens if t.pos_ == "PROPN"]
    if named:
        label = as_law(label, named[-1])
    return label if n * 2 >= words else None


def entity_tokens(head: Token, tokens: list[Token]) -> list[Token]:
    """The name alone: "Authority director General Ann Lee" -> "Ann Lee"."""
    doc = head.doc
    lo = hi = head.i
    while lo > 0 and doc[lo].ent_iob_ == "I" and doc[lo - 1].ent_type_ == head.ent_type_:
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
        hi += 1
    lo = with_particles(doc, lo)
    if head.ent_type_ == "PERSON":
        lo, hi = person_name_bounds(doc, lo, hi + 1)
        hi -= 1
        if lo == hi and lo > 0 and doc[lo - 1].text in KNIGHTHOODS:
            lo -= 1  # "Sir William", not "William" (panel 83)
    ids = {t.i for t in tokens}
    inside = [t for t in tokens if lo <= t.i <= hi]
    if not inside or len(inside) == len(tokens) or not all(i in ids for i in range(lo, hi + 1)):
        return tokens
    if any(t.i > hi and not t.is_punct for t in tokens):
        return tokens  # words after the name ("Lee's office") belong to the phrase
    return inside


def with_particles(doc, lo: int) -> int:
    """The start of a surname with its particles and first name ("Mark van den
    Oever", which the tagger splits into "Mark van" and "Oever")."""
    start = lo
    while start > 0 and doc[start - 1].lower_ in NAME_PARTICLES:
        start -= 1
    if start < lo and start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    return start
