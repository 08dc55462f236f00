"""A "Who …?" question that more than one party in the article answers.

"Who welcomed the tax?" keyed "health campaigners" is vague when a public body
and a chef welcomed it too: blind raters rejected these for having several
right answers. A short stem on a verb that takes a position is asked only when
no other holder in the article takes the same position."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ...lexicons.stance import (
    ACT_CUES,
    ACTION_STANCE,
    CONCERN_VERBS,
    DENY_VERBS,
    OPPOSE_VERBS,
    SUPPORT_VERBS,
    WARN_VERBS,
)
from ...lexicons.people import STOCK_DOERS
from ...lexicons.speech import SAYING
from ..context import Context
from ..same_answer import similar

#: A stem this short says little beyond its verb and target; longer stems carry
#: the holder's own words ("Who complained that parents had been left …?").
SHORT_STEM_WORDS = 6


def position_of_verb(lemma: str) -> str | None:
    """The stance class a verb takes by itself (None for acts such as "fund")."""
    if lemma in ACT_CUES:
        return None
    for verbs, stance in ((DENY_VERBS, "denies"), (WARN_VERBS, "warns"), (CONCERN_VERBS, "concerned")):
        if lemma in verbs:
            return stance
    if lemma in ACTION_STANCE:
        return ACTION_STANCE[lemma]
    if lemma in SUPPORT_VERBS:
        return "supports"
    return "opposes" if lemma in OPPOSE_VERBS else None


def shared_by_others(ctx: Context, verb: Token, key: str, prompt: str) -> bool:
    """True when ``prompt`` (a "Who …?" on ``verb``) is short and another holder
    in the article takes the position ``verb`` names: the key is one of several."""
    stance = position_of_verb(verb.lemma_.lower())
    if stance is None or len(prompt.split()) > _short_for(ctx, verb):
        return False
    holders = {a.holder for a in ctx.attributions() if a.stance == stance and a.holder}
    return any(not similar(h, key, ctx) for h in holders)


#: A stem on the article's own topic says no more for being longer ("Who had opposed
#: triple talaq during the hearings?", panel 85: several parties had, three of three).
TOPIC_STEM_WORDS = 10


def _short_for(ctx: Context, verb: Token) -> int:
    """How long a stem on ``verb`` may be and still say little beyond it: longer
    when its object is what the headline is about."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    topic = obj is not None and any(t.lower_ in ctx.title_words for t in obj.subtree if not t.is_stop)
    return TOPIC_STEM_WORDS if topic else SHORT_STEM_WORDS


def done_by_others(ctx: Context, verb: Token, key: str, prompt: str) -> bool:
    """True when ``prompt`` (a short "Who …?" on ``verb``) asks what another
    named subject in the article also does: "Who campaigned for a No vote? —
    David Cameron" beside "many of his own MPs campaigned against it" (panel
    70: several right answers, three of three). Saying is left to the stance rules."""
    lemma = verb.lemma_.lower()
    if len(prompt.split()) > SHORT_STEM_WORDS or lemma in SAYING or lemma == "be":
        return False
    for tok in _verbs_by_lemma(ctx).get(lemma, ()):
        if tok.i == verb.i or _object_lemma(tok) != _object_lemma(verb):
            continue  # "urged laboratories to …" beside "urged residents to stay indoors": another act
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ in {"WP", "WDT"} and tok.dep_ == "relcl":
            subject = tok.head  # "Ed Miliband, who backed …"
        if subject is None or subject.pos_ == "PRON":
            continue
        if not similar(ctx.text_of(list(subject.subtree)), key, ctx):
            return True
    return False


def _verbs_by_lemma(ctx: Context) -> dict[str, list[Token]]:
    """The article's verbs by lemma, gathered once per article."""
    def build() -> dict[str, list[Token]]:
        out: dict[str, list[Token]] = {}
        for info in ctx.sents:
            for tok in info.span:
                if tok.pos_ == "VERB":
                    out.setdefault(tok.lemma_.lower(), []).append(tok)
        return out
    return ctx.remembered(("verbs_by_lemma",), build)


def _object_lemma(verb: Token) -> str | None:
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return None if obj is None else obj.lemma_.lower()


#: Bodies that pass laws: "Who passed the … Act?" names them whatever the act's name.
_LEGISLATURES = frozenset("parliament congress senate legislature assembly lawmakers legislators mps".split())


def stock_doer(ans, prompt: str) -> bool:
    """A short "Who …?" keyed with the doer the verb implies ("Who arrested several
    students? — riot police", "Who passed the law in December? — Parliament"):
    answered without reading (panel 35)."""
    head = ans.tokens[-1] if ans.tokens else None
    if head is not None and head.lower_ in _LEGISLATURES and re.match(r"Who (?:passed|approved|enacted|adopted) ", prompt):
        return True  # "Who passed the Right to Education Act last August? — Parliament" (panel 48)
    return head is not None and (head.lemma_.lower() in STOCK_DOERS or head.lower_ in STOCK_DOERS) \
        and ans.label in (None, "NORP") and not any(t.ent_type_ in ("ORG", "GPE") for t in ans.tokens) \
        and len(prompt.split()) <= SHORT_STEM_WORDS + 2