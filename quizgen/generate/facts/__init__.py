"""Fact questions: who / what / when / where / how many / which.

Every question is a transformation of one source sentence; the phrase it asks
for is the key, and three distractors of the same kind come from
:mod:`..distractors`.  The package is split along its seams:

- :mod:`.answers`       key extraction (the asked phrase, its label, its wh-phrase)
- :mod:`.rules`         the clause rules, a table of DependencyMatcher patterns (:mod:`.table`)
- :mod:`.chains`        objects at the end of chains of complements
- :mod:`.reported`      reported speech ("According to X, …", "Who reported that …?")
- :mod:`.descriptions`  titles, appositions, descriptions and comparisons
- :mod:`.assemble`      multiple choice or short answer, and the article's phrase pool
"""
from __future__ import annotations

import random
from collections.abc import Iterator

from ...questions import Question
from ..clause_forms import conj_clauses, participle_clauses, relative_clauses
from ..clauses import build_clause, clause_heads
from ..context import Context, SentInfo
from .keys import Answer, tagged
from .assemble import head_class, multiple_choice, phrase_pool, short_answers, written
from .descriptions import appositive_questions, comparisons
from .reported import (
    clause_prefix,
    noun_complement_clauses,
    reported_questions,
    source_questions,
)
from .rules import RuleIndex, clause_questions, new_index

__all__ = ["Answer", "generate", "head_class", "phrase_pool", "short_answers"]


def generate(ctx: Context, rng: random.Random) -> list[Question]:
    out: list[Question] = []
    index = new_index()
    for info in ctx.sents:
        words = [t for t in info.span if not t.is_punct]
        if len(words) < 5 or len(words) > 70:
            continue
        pairs = [*sentence_clause_questions(ctx, info, index), *tagged("reported", reported_questions(ctx, info)),
                 *tagged("source", source_questions(ctx, info)), *appositive_questions(ctx, info)]
        made = [multiple_choice(ctx, info, prompt, ans, rng) for prompt, ans in pairs]
        made += [written(ctx, info, prompt, ans) for prompt, ans in tagged("comparison", comparisons(ctx, info))]
        out.extend(q for q in made if q is not None)
    return out


def sentence_clause_questions(ctx: Context, info: SentInfo, index: RuleIndex) -> Iterator[tuple[str, Answer]]:
    """(prompt, answer) for every clause of the sentence, prefixed "According to
    X, …" where the clause is someone's statement."""
    clauses = [build_clause(verb, info.span) for verb in clause_heads(info.span)]
    clauses += participle_clauses(info.span) + conj_clauses(info.span) + relative_clauses(info.span)
    clauses += [build_clause(verb, info.span) for verb in noun_complement_clauses(info)]
    for clause in clauses:
        if clause is None:
            continue
        prefix = clause_prefix(ctx, info, clause)
        if prefix is None:
            continue
        for prompt, ans in clause_questions(ctx, clause, index, info.index):
            yield (prefix + prompt[0].lower() + prompt[1:] if prefix else prompt), ans
