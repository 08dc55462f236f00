"""True/false: an article statement, or the same statement with exactly one
precise change — a same-type entity swapped in, a number or date changed, or
the verb negated. The explanation of a false statement gives the correction.
"""
from __future__ import annotations

import random
import re

from ..questions import TRUE_FALSE, Question
from . import distractors
from .context import Context, SentInfo
from .records import make
from .statements import standalone

SWAP_LABELS = ["CARDINAL", "MONEY", "PERCENT", "DATE", "PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"]
_NEGATABLE_AUX = {"is", "was", "are", "were", "has", "have", "had", "will", "can", "could", "would",
                  "should", "may", "might", "must"}


def generate(ctx: Context, rng: random.Random) -> list[Question]:
    out: list[Question] = []
    for info in ctx.sents:
        statement = standalone(ctx, info)
        if statement is None:
            continue
        quote = info.sentence.text
        base = 0.8 + 0.05 * min(3, len(ctx.mentions_in(info.index)))
        out.append(make(ctx, info, type="true_false", skill="fact", prompt=statement, answer="True",
                        choices=list(TRUE_FALSE), rule="true_false", score=base, change="",
                        explanation=f"True. The article says: \u201c{quote}\u201d"))
        false = _falsify(ctx, info, statement, rng)
        if false is not None:
            changed, wrong, right, how = false
            out.append(make(ctx, info, type="true_false", skill="fact", prompt=changed, answer="False",
                            choices=list(TRUE_FALSE), rule="true_false", score=base + 0.1, change=how,
                            explanation=(f"False. The article says {right}, not {wrong}: "
                                         f"\u201c{quote}\u201d")))
    return out


def _falsify(ctx: Context, info: SentInfo, statement: str, rng: random.Random):
    mentions = [m for m in ctx.mentions_in(info.index) if m.label in SWAP_LABELS]
    mentions.sort(key=lambda m: SWAP_LABELS.index(m.label))
    for m in mentions:
        if statement.count(m.text) != 1:
            continue
        if m.label == "DATE" and not any(distractors._date_shape(m.text)):
            continue
        options = distractors.choose(ctx, m.text, m.label, info.index, rng, n=1)
        if options:
            wrong = _same_determiner(m.text, options[0], statement[:statement.index(m.text)])
            return (statement.replace(m.text, wrong, 1), f"\u201c{wrong}\u201d", f"\u201c{m.text}\u201d",
                    "swap")
    return _negate(info, statement)


_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _same_determiner(key: str, wrong: str, before: str) -> str:
    """The swapped-in name with the article the sentence needs: "the North
    Korean Military" -> "the National Intelligence Service", not "that
    National Intelligence Service was deployed"; and no "the the"."""
    key_the = _DETERMINER.match(key)
    wrong_the = _DETERMINER.match(wrong)
    if key_the and not wrong_the and not re.match(r"^[\w.-]+[\u2019']s\b", wrong):
        return key_the.group(0) + wrong
    if wrong_the and not key_the and re.search(r"\b(?:the|a|an)\s*$", before, re.IGNORECASE):
        return wrong[wrong_the.end():]
    return wrong


def _negate(info: SentInfo, statement: str):
    root = info.span.root
    if any(c.dep_ == "neg" for c in root.children) or root.pos_ not in {"VERB", "AUX"}:
        return None
    auxes = [c for c in root.children if c.dep_ in {"aux", "auxpass"} and c.i < root.i]
    target = auxes[0] if auxes else root
    offset = target.idx - info.span[0].idx
    original_words = info.sentence.text
    # the statement must still contain the verb at the same text (it may be shifted by edits)
    word = original_words[offset:offset + len(target.text)]
    if statement.count(f" {word} ") != 1:
        return None
    if target.lower_ in _NEGATABLE_AUX or (target is root and root.lemma_ == "be"):
        changed = statement.replace(f" {word} ", f" {word} not ", 1)
    elif target is root and root.tag_ in {"VBD", "VBZ", "VBP"}:
        do = {"VBD": "did", "VBZ": "does", "VBP": "do"}[root.tag_]
        changed = statement.replace(f" {word} ", f" {do} not {root.lemma_.lower()} ", 1)
    else:
        return None
    return changed, "the opposite", "the statement without \u201cnot\u201d", "negate"
