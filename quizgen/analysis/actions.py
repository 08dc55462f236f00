"""Stances taken by action, not speech: a table of dependency patterns.

Each rule is a name, a spaCy ``DependencyMatcher`` pattern and a small
builder that turns a match into a :class:`~.cues.Cue`: the verb's subject
(or passive agent) is the holder, its object what the stance is about.

* ``stance_object``  — "the council backed the plan", "residents sued the city"
* ``refuse_to``      — "the authorities refused to allow more protests"
* ``prep_stance``    — "voted against the bill", "spoke out against the deal",
  "called for transparency"
* ``plead_prep``     — "pleaded with the board", "appealed for calm"
* ``offer_to``       — "offered to pay", "pledged to rebuild"
* ``passive_agent``  — "the bill rejected by the House"
* ``passive_clause`` — "the minister's remarks were backed up by the premier"
* ``phrasal``        — "campaigners hit back at the industry"
* ``order_stop``     — "the agency ordered the firm to reduce its use of X"
* ``order_halt``     — "the president ordered a halt to new drilling"

The rule names are independent: a sentence may match several, and the
attribution merge keeps one stance per holder and sentence.
"""
from __future__ import annotations

from typing import Callable

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token

from ..lexicons.stance import (
    ACTION_STANCE,
    AGAINST_VERBS,
    FOR_VERBS,
    ORDER_VERBS,
    PHRASAL_STANCE,
    RESIGN_VERBS,
    STOP_NOUNS,
    STOP_VERBS,
    VOTE_PREPS,
)
from .cues import Cue, Site, cue_text, deal_agreed, greets, in_quote, in_someone_elses_words, made_to
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
    "prep_stance": [_verb(sorted(AGAINST_VERBS | FOR_VERBS)),
                    _child("prep", ["prep"], LOWER={"IN": ["for", "against"]}),
                    _grandchild("prep", "object", ["pobj"])],
    "plead_prep": [_verb(["plead", "appeal", "beg"]),
                   _child("prep", ["prep"], LOWER={"IN": ["with", "for", "to"]}),
                   _grandchild("prep", "object", ["pobj"])],
    "offer_to": [_verb(["offer", "pledge", "promise", "volunteer", "agree"]), _child("action", ["xcomp"])],
    "passive_agent": [_verb(_OBJECT_VERBS, DEP="acl", TAG="VBN"), _child("agent", ["agent"])],
    "passive_clause": [_verb(_OBJECT_VERBS, TAG="VBN"), _child("agent", ["agent"]),
                       _child("subject", ["nsubjpass"])],
    "phrasal": [_verb(sorted({v for v, _ in PHRASAL_STANCE})), _child("particle", ["prt", "advmod"])],
    "order_stop": [_verb(sorted(ORDER_VERBS)),
                   _child("action", ["xcomp", "ccomp"], LEMMA={"IN": sorted(STOP_VERBS | RESIGN_VERBS)})],
    "order_halt": [_verb(sorted(ORDER_VERBS)), _child("object", ["dobj"], LEMMA={"IN": sorted(STOP_NOUNS)})],
}


def _stance_object(site: Site, t: dict[str, Token]) -> Cue | None:
    verb, obj = t["verb"], t["object"]
    if greets(verb):
        return None
    return _cue(site, verb, ACTION_STANCE[verb.lemma_.lower()], list(obj.subtree))


def _refuse_to(site: Site, t: dict[str, Token]) -> Cue | None:
    return _cue(site, t["verb"], "opposes", list(t["action"].subtree))


def _prep_stance(site: Site, t: dict[str, Token]) -> Cue | None:
    verb, prep = t["verb"], t["prep"].lower_
    if verb.lemma_.lower() not in (AGAINST_VERBS if prep == "against" else FOR_VERBS):
        return None  # "fought for his life", "spoke for the group"
    if prep == "for" and any(c.dep_ == "oprd" for c in verb.children):
        return None  # 'called the decision "a slap in the face" for farmers': a description
    return _cue(site, verb, VOTE_PREPS[prep], list(t["object"].subtree))


def _plead_prep(site: Site, t: dict[str, Token]) -> Cue | None:
    return _cue(site, t["verb"], "supports", list(t["object"].subtree))


def _offer_to(site: Site, t: dict[str, Token]) -> Cue | None:
    if deal_agreed(t["verb"]):
        return None  # "agreed a deal to buy Newcastle", "agreed to buy Enron": a transaction, not a position
    return _cue(site, t["verb"], "supports", list(t["action"].subtree))


def _passive_agent(site: Site, t: dict[str, Token]) -> Cue | None:
    """"the bill rejected by the House": the House opposes the bill."""
    verb = t["verb"]
    noun = verb.head
    target = [x for x in noun.subtree if x.i not in {y.i for y in verb.subtree}]
    return _cue(site, verb, ACTION_STANCE[verb.lemma_.lower()], target)


def _passive_clause(site: Site, t: dict[str, Token]) -> Cue | None:
    """"the remarks were backed up by the premier": the agent takes the
    position, the passive subject is what it is about."""
    return _cue(site, t["verb"], ACTION_STANCE[t["verb"].lemma_.lower()], list(t["subject"].subtree))


def _phrasal(site: Site, t: dict[str, Token]) -> Cue | None:
    stance = PHRASAL_STANCE.get((t["verb"].lemma_.lower(), t["particle"].lower_))
    if stance is None:
        return None
    verb = t["verb"]
    target = [x for c in verb.children if c.dep_ in ("dobj", "prep") and c.i > t["particle"].i
              for x in c.subtree]
    return _cue(site, verb, stance, target)


def _order_stop(site: Site, t: dict[str, Token]) -> Cue | None:
    action, verb = t["action"], t["verb"]
    if any(c.dep_ == "neg" for c in action.children):
        return None
    if action.lemma_.lower() in RESIGN_VERBS:
        # "called on the managers to resign": the people asked to leave are opposed
        if action.lemma_.lower() == "step" and not any(c.lower_ in ("down", "aside") for c in action.children):
            return None
        asked = [x for c in verb.children if c.dep_ == "dobj" for x in c.subtree] or \
            [x for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "on"
             for g in c.children if g.dep_ == "pobj" for x in g.subtree] or \
            [x for c in verb.children if c.dep_ == "pobj" for x in c.subtree]
        return _cue(site, verb, "opposes", asked)
    return _cue(site, verb, "opposes", [x for c in action.children if c.dep_ == "dobj" for x in c.subtree])


def _order_halt(site: Site, t: dict[str, Token]) -> Cue | None:
    """"ordered a halt to new drilling", "imposed a ban on sales": what is
    halted is the "to"/"on" phrase."""
    obj, verb = t["object"], t["verb"]
    target = [x for c in list(obj.children) + [c for c in verb.children if c.i > obj.i]
              if c.dep_ == "prep" and c.lower_ in ("to", "on", "of") for x in c.subtree]
    return _cue(site, t["verb"], "opposes", target) if target else None


BUILDERS: dict[str, Callable[[Site, dict[str, Token]], Cue | None]] = {
    "stance_object": _stance_object, "refuse_to": _refuse_to, "prep_stance": _prep_stance,
    "plead_prep": _plead_prep, "offer_to": _offer_to, "passive_agent": _passive_agent,
    "passive_clause": _passive_clause, "phrasal": _phrasal, "order_stop": _order_stop, "order_halt": _order_halt,
}


def _cue(site: Site, verb: Token, stance: str, target: list[Token]) -> Cue | None:
    if in_quote(verb, site.quotes) or any(c.tag_ == "MD" for c in verb.children) and \
            verb.lemma_.lower() not in ("refuse",):
        return None  # quoted words are the speaker's; "may back" is not a position taken
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be":
        return None  # "the department was to blame": the one blamed, not one who blames
    if made_to(verb):
        return None  # "a maize developed by Monsanto to resist its weedkiller": what it was made for (panel 66)
    if any(a.lemma_.lower() in _ALLEGING for a in verb.ancestors):
        return None  # "accused Qatar of backing militants supported by Iran": alleged, not Iran's position
    if in_someone_elses_words(verb):
        return None  # "He said Argentina was trying to hide its problems by blaming the company": his claim
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


#: Verbs whose complement is an accusation: the acts inside it are alleged.
_ALLEGING = frozenset("accuse allege charge blame".split())

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
