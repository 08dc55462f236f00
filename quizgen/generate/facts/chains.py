"""Objects at the end of a chain of verb complements: "have started asking
schools to pay taxes" -> "What have … started asking schools to pay?"."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..clauses import Clause, is_pronoun, object_question
from ..context import Context
from .answers import object_answer
from .keys import Answer
from .words import GERUND_TAKERS

NUMBER_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
#: Verbs that give their object a complement ("declared it void", "deemed it unsafe"):
#: the chain through the object's infinitive ends in that complement, not an object.
_OBJECT_COMPLEMENT_VERBS = frozenset("declare deem pronounce rule judge find consider render".split())


def chain_questions(ctx: Context, clause: Clause, subject_ok: bool | None = None) -> Iterator[tuple[str, Answer]]:
    """"announced plans to send an envoy" -> "What did … announce plans to send?".

    A link is an open complement (``xcomp``: a gerund, or an infinitive with
    "to") or an infinitive modifying the verb's object ("plans to send").  The
    one-link infinitive ("told to prepare X") is the ``infinitive_object``
    rule; this covers the longer chains and the object's infinitive."""
    if not (subject_ok if subject_ok is not None else not is_pronoun(clause.subject)) or clause.negated:
        return
    if clause.verb.lemma_.lower() in _OBJECT_COMPLEMENT_VERBS:
        return  # "declared the decision to disband the office null and void": the parser loses the complement
    for last, depth in complement_chain(clause.verb):
        for obj in last.children:
            # "to become a red giant": what something turns into is asked like an object
            becomes = obj.dep_ == "attr" and last.lemma_.lower() == "become"
            if not (obj.dep_ == "dobj" and depth >= 2 or becomes) or obj.i < last.i:
                continue
            ans = object_answer(ctx, obj)
            if ans is None or ans.label in NUMBER_LABELS:
                continue
            removed = {t.i for t in ans.tokens} | {t.i for t in obj.subtree} - ans.keep
            removed |= {t.i for t in last.subtree if t.i > max(t.i for t in ans.tokens)}
            prompt = object_question(ctx, clause, ans.wh, removed)
            if prompt:
                yield prompt, ans


def open_complement(tok: Token) -> bool:
    """A verb complement without a subject of its own: "asking …", "to pay …"."""
    if tok.pos_ not in {"VERB", "AUX"} or any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in tok.children):
        return False
    if tok.tag_ == "VBG":
        # a gerund complements only verbs that take one ("started asking", "kept
        # trying"); elsewhere the small model's xcomp is usually a misattached modifier
        return tok.head.lemma_.lower() in GERUND_TAKERS
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def complement_chain(verb: Token, depth: int = 0) -> Iterator[tuple[Token, int]]:
    """(verb, links from the clause's verb) down its chains of complements, at most three links."""
    if depth >= 3:
        return
    for child in verb.children:
        if child.i < verb.i:
            continue
        if (child.dep_ == "xcomp" or child.dep_ == "advcl" and child.tag_ == "VB") and open_complement(child):
            yield child, depth + 1
            yield from complement_chain(child, depth + 1)
        elif child.dep_ == "dobj" and depth == 0:
            for inf in child.children:
                if inf.dep_ in {"acl", "relcl"} and inf.tag_ == "VB" and inf.i > child.i and open_complement(inf):
                    # the object noun counts as a link: "plans to send X" is two steps from "announced"
                    yield inf, depth + 2
                    yield from complement_chain(inf, depth + 2)
