"""Stances taken by action, not speech: a table of dependency patterns.

Each rule is a name, a spaCy ``DependencyMatcher`` pattern and a small
builder that turns a match into a :class:`~.cues.Cue`: the verb's subject
(or passive agent) is the holder, its object what the stance is about.

* ``stance_object``  — "the council backed the plan", "residents sued the city"
* ``refuse_to``      — "the authorities refused to allow more protests"
* ``vote_prep``      — "voted against the bill", "voted for the motion"
* ``plead_prep``     — "pleaded with the board", "appealed for calm"
* ``offer_to``       — "offered to pay", "pledged to rebuild"
* ``passive_agent``  — "the bill rejected by the House"

The rule names are independent: a sentence may match several, and the
attribution merge keeps one stance per holder and sentence.
"""
from __future__ import annotations

from typing import Callable

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token

from ..lexicons.stance import ACTION_STANCE, VOTE_PREPS
from .cues import Cue, Site, cue_text, in_quote
from .holders import subject_of

_OBJECT_VERBS = sorted(ACTION_STANCE)


def _verb(lemmas: list[str], **extra) -> dict:
    return {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB", "LEMMA": {"IN": lemmas}, **extra}}


def _child(name: str, deps: list[str], **attrs) -> dict:
    return {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": name,
            "RIGHT_ATTRS": {"DEP": {"IN": deps}, **attrs}}


def _grandchild(parent: str, name: str, deps: list[str]) -> dict:
    return {"LEFT_ID": parent, "REL_OP": ">", "RIGHT_ID": name, "RIGHT_ATTRS": {"DEP": {"IN": deps}}}


PATTERNS: dict[str, list[dict]] = {
    "stance_object": [_verb(_OBJECT_VERBS), _child("object", ["dobj"])],
    "refuse_to": [_verb(["refuse", "decline"]), _child("action", ["xcomp"])],
    "vote_prep": [_verb(["vote"]), _child("prep", ["prep"], LOWER={"IN": ["for", "against"]}),
                  _grandchild("prep", "object", ["pobj"])],
    "plead_prep": [_verb(["plead", "appeal", "beg"]),
                   _child("prep", ["prep"], LOWER={"IN": ["with", "for", "to"]}),
                   _grandchild("prep", "object", ["pobj"])],
    "offer_to": [_verb(["offer", "pledge", "promise", "volunteer", "agree"]), _child("action", ["xcomp"])],
    "passive_agent": [_verb(_OBJECT_VERBS, DEP="acl", TAG="VBN"), _child("agent", ["agent"])],
}


def _stance_object(site: Site, t: dict[str, Token]) -> Cue | None:
    verb, obj = t["verb"], t["object"]
    return _cue(site, verb, ACTION_STANCE[verb.lemma_.lower()], list(obj.subtree))


def _refuse_to(site: Site, t: dict[str, Token]) -> Cue | None:
    return _cue(site, t["verb"], "opposes", list(t["action"].subtree))


def _vote_prep(site: Site, t: dict[str, Token]) -> Cue | None:
    return _cue(site, t["verb"], VOTE_PREPS[t["prep"].lower_], list(t["object"].subtree))


def _plead_prep(site: Site, t: dict[str, Token]) -> Cue | None:
    return _cue(site, t["verb"], "supports", list(t["object"].subtree))


def _offer_to(site: Site, t: dict[str, Token]) -> Cue | None:
    return _cue(site, t["verb"], "supports", list(t["action"].subtree))


def _passive_agent(site: Site, t: dict[str, Token]) -> Cue | None:
    """"the bill rejected by the House": the House opposes the bill."""
    verb = t["verb"]
    noun = verb.head
    target = [x for x in noun.subtree if x.i not in {y.i for y in verb.subtree}]
    return _cue(site, verb, ACTION_STANCE[verb.lemma_.lower()], target)


BUILDERS: dict[str, Callable[[Site, dict[str, Token]], Cue | None]] = {
    "stance_object": _stance_object, "refuse_to": _refuse_to, "vote_prep": _vote_prep,
    "plead_prep": _plead_prep, "offer_to": _offer_to, "passive_agent": _passive_agent,
}


def _cue(site: Site, verb: Token, stance: str, target: list[Token]) -> Cue | None:
    if in_quote(verb, site.quotes) or any(c.tag_ == "MD" for c in verb.children) and \
            verb.lemma_.lower() not in ("refuse",):
        return None  # quoted words are the speaker's; "may back" is not a position taken
    subj = subject_of(verb)
    holder = site.resolver.holder(subj) if subj is not None else None
    if holder is None:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        if stance == "supports":
            stance = "opposes"  # "did not back the plan"
        elif verb.lemma_.lower() == "oppose":
            stance = "supports"
        else:
            return None  # "did not sue" takes no position
    content = sorted({t.i: t for t in list(verb.subtree) if t.i not in {s.i for s in subj.subtree}}.values(),
                     key=lambda x: x.i)
    return Cue(holder, verb, cue_text(verb), stance, content, cap=0.8, target=target)


_MATCHERS: dict[int, DependencyMatcher] = {}


def _matcher(doc: Doc) -> DependencyMatcher:
    """One matcher per vocabulary (the article parses share one)."""
    key = id(doc.vocab)
    if key not in _MATCHERS:
        m = DependencyMatcher(doc.vocab)
        for name, pattern in PATTERNS.items():
            m.add(name, [pattern])
        _MATCHERS[key] = m
    return _MATCHERS[key]


def action_cues(site: Site) -> list[Cue]:
    """Cues of every action rule matching in the paragraph."""
    out: list[Cue] = []
    vocab_strings = site.doc.vocab.strings
    for match_id, ids in _matcher(site.doc)(site.doc):
        name = vocab_strings[match_id]
        names = [p["RIGHT_ID"] for p in PATTERNS[name]]
        cue = BUILDERS[name](site, {n: site.doc[i] for n, i in zip(names, ids)})
        if cue is not None:
            out.append(cue)
    return out
