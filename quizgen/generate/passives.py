"""Passive clauses asked for their doer: "X was confirmed by Y" -> "Who confirmed X?"."""
from __future__ import annotations

from spacy.tokens import Token

from .clause_checks import appositive_ids, coordinated_verbs
from .clauses import Clause, _front_text, _join, finish, is_pronoun
from .context import Context
from .verb_forms import active_form


def agent_question(ctx: Context, clause: Clause, wh: str, agent: Token) -> str | None:
    """Passive with a ``by`` agent: ``X was confirmed by Y`` -> ``Who confirmed X?``."""
    verb = clause.verb
    if verb.tag_ != "VBN" or not verb.text.endswith("ed") or clause.negated or clause.tense is not None:
        return None
    if not any(a.dep_ == "auxpass" for a in clause.auxes) and clause.subject.dep_ != "nsubjpass":
        return None  # "voters have decided by a wide margin": an active verb, its "by" no doer
    removed = {t.i for t in agent.subtree} | {a.i for a in clause.auxes} | coordinated_verbs(verb)  # "owned by A and managed by B"
    subject = clause.subject
    subj_ids = clause.subject_ids()
    expletive = subject.lower_ == "it" and any(c.dep_ == "ccomp" for c in verb.children)
    if not expletive and is_pronoun(subject):
        return None
    body = [t for t in clause.without(removed) if t.i not in subj_ids]
    mid = [t for t in body if t.i < verb.i]
    after = [t for t in body if t.i > verb.i]
    aside = appositive_ids(subject)
    obj = "" if expletive else _join(ctx, [t for t in clause.tokens if t.i in subj_ids and t.i not in aside])
    active = active_form(verb, clause.auxes)
    if active is None:
        return None
    text = f"{wh} {_join(ctx, mid)} {active} {obj} {_join(ctx, after)}"
    return finish(f"{text} {_front_text(ctx, clause, removed)}")
