"""Why / how short answers from causal and purpose links in a sentence.

"X happened because Y", "since Y", "as Y" (after a comma), "due to Y",
"so that Y", "in order to Y", a purpose "to Y" clause, "Y caused X" and
"X was caused by Y": the question asks why X, the model answer is Y as the
article words it, and the rubric gives a point for the cause and a point for
linking it to the effect.
"""
from __future__ import annotations

import random

from spacy.tokens import Token

from ..questions import Question, content_words
from .clauses import build_clause, clause_heads, is_pronoun, object_question
from .context import Context, SentInfo, in_quote
from .records import make

CAUSAL_MARKS = {"because", "since", "as"}
PURPOSE_MARKS = {"so", "order"}


def _cause(sent, verb: Token) -> tuple[list[Token], str] | None:
    """The cause/purpose phrase attached to ``verb`` and its kind."""
    for child in verb.children:
        if child.i < verb.i and child.dep_ != "prep":
            continue
        sub = list(child.subtree)
        if child.dep_ == "advcl":
            marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
            if "because" in marks or ("since" in marks and not child.ent_type_):
                return sub, "cause"
            if "as" in marks and child.i > verb.i and child.doc[sub[0].i - 1].text == ",":
                return sub, "cause"
            if marks & PURPOSE_MARKS or (any(c.dep_ == "aux" and c.tag_ == "TO" for c in child.children)
                                         and child.tag_ == "VB" and child.i > verb.i):
                return sub, "purpose"
        if child.dep_ == "prep" and child.lower_ in {"due", "because"}:
            return sub, "cause"
        if child.dep_ == "prep" and child.lower_ == "as" and any(
                t.lower_ == "result" for t in child.subtree):
            return sub, "cause"
    return None


def generate(ctx: Context, rng: random.Random) -> list[Question]:
    out: list[Question] = []
    for info in ctx.sents:
        for verb in clause_heads(info.span):
            if in_quote(info.span, verb):
                continue
            found = _cause(info.span, verb)
            clause = build_clause(verb, info.span)
            if not found or clause is None or is_pronoun(clause.subject):
                continue
            tokens, kind = found
            removed = {t.i for t in tokens}
            # the stem must not keep the cause: drop it and any side remark
            prompt = object_question(ctx, clause, "Why", removed)
            answer = ctx.text_of([t for t in tokens if not (t.is_punct and t.i == tokens[-1].i)])
            if not prompt or len(content_words(answer)) < 2 or len(prompt.split()) < 5:
                continue
            q = _short(ctx, info, prompt, answer, kind)
            out.append(q)
    return out


def _short(ctx: Context, info: SentInfo, prompt: str, answer: str, kind: str) -> Question:
    answer = answer[:1].upper() + answer[1:]
    words = content_words(answer)
    key_terms = ", ".join(dict.fromkeys(words[:6]))
    rubric = [
        {"points": 1, "criterion": f"Gives the {kind} the article states (key words: {key_terms})."},
        {"points": 1, "criterion": "Links it to the event in the question in a complete sentence."},
    ]
    q = make(ctx, info, type="short_answer", skill="inference", prompt=prompt, answer=answer,
             family="why", score=1.3, difficulty="hard", kind=kind,
             explanation=f"The article says: \u201c{info.sentence.text}\u201d")
    q.rubric = rubric
    return q
