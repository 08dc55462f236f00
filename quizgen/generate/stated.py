"""Whether a sentence's link is the article's own statement: not a forecast
("could result in"), not a speaker's claim ("said … because …").

The cause-and-effect rules (:mod:`.understanding_causes`) ask only about
links the article states as facts: a stem presents its key as one.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicons.speech import SAYING
from .context import SentInfo, in_quote

#: Words that make a link a possibility or a forecast, not a stated fact.
_FORECAST_MODALS = {"could", "may", "might", "would", "will", "shall"}
_MAYBE = {"likely", "unlikely", "possibly", "probably", "perhaps", "risk", "threaten", "fear", "warn",
          "predict", "expect"}


def hypothetical(info: SentInfo) -> bool:
    """"Rising prices could result in protests": the sentence says what may
    happen, so "what resulted in protests?" would key a forecast as a fact.
    A negated modal states a past fact ("the grain could not reach the mills")."""
    for t in info.span:
        if t.tag_ == "MD" and t.lower_ in _FORECAST_MODALS and not _negated(t):
            return True
        if t.lemma_.lower() in _MAYBE:
            return True
    return False


def said(tok: Token) -> bool:
    """``tok`` is part of what someone says: inside a saying verb's content
    ("Netanyahu said the money would fund armed groups because …"), a sentence
    with a parenthetical "…, he said", or a quotation.  A link there is the
    speaker's claim; the stem would present it as the article's fact."""
    sent = tok.sent
    if any(t.dep_ == "parataxis" and t.lemma_.lower() in SAYING for t in sent):
        return True
    if in_quote(sent, tok):
        return True
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in SAYING:
            return True
        node = node.head
    return False


def _negated(modal: Token) -> bool:
    nxt = modal.nbor(1) if modal.i + 1 < len(modal.doc) else None
    return nxt is not None and nxt.lower_ in {"not", "n't", "never"}
