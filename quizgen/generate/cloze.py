"""Cloze: a sentence of the article with one key term blanked.

Key terms are names, numbers and dates the sentence states (the things a
careful reader remembers). Accepted answers add the forms the article itself
equates (an acronym and its expansion) and the term without "the".
"""
from __future__ import annotations

import random

from ..questions import BLANK, Question, contains_phrase, normalize
from . import distractors
from .context import Context, strip_det
from .records import make
from .statements import standalone

CLOZE_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "CARDINAL", "MONEY", "PERCENT",
                "QUANTITY", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "TIME"}


def generate(ctx: Context, rng: random.Random) -> list[Question]:
    out: list[Question] = []
    for info in ctx.sents:
        text = standalone(ctx, info, min_words=7, max_words=40)
        if text is None or text != info.sentence.text.strip():
            # only blank the article's own words, so the evidence is the sentence as printed
            if text is None:
                continue
        base = info.sentence.start
        for m in ctx.mentions:
            if m.sentence != info.index or m.label not in CLOZE_LABELS:
                continue
            key = m.text
            rel_start = m.start - base
            original = info.sentence.text
            if original[rel_start:rel_start + len(key)] != key:
                idx = original.find(key)
                if idx < 0:
                    continue
                rel_start = idx
            if text != original:
                idx = text.find(key)
                if idx < 0 or text.count(key) != 1:
                    continue
                prompt = text[:idx] + BLANK + text[idx + len(key):]
            else:
                prompt = original[:rel_start] + BLANK + original[rel_start + len(key):]
            if contains_phrase(prompt.replace(BLANK, " "), key) or len(normalize(key)) < 2:
                continue
            if m.label in {"DATE", "TIME"} and not any(distractors._date_shape(key)):
                continue
            options = distractors.choose(ctx, key, m.label, info.index, rng)
            bank = sorted([key, *options], key=str.lower) if len(options) >= 2 else []
            accepted = sorted({a for a in ctx.equivalents(key) if a != normalize(key)}
                              | ({strip_det(key)} if strip_det(key) != key else set()))
            score = 0.9 + (0.2 if bank else 0.0) + (0.1 if m.label in {"PERSON", "ORG", "GPE"} else 0.0)
            q = make(ctx, info, type="cloze", skill="fact" if m.label not in {"DATE"} else "fact",
                     prompt=prompt, answer=key, family="cloze", score=score, label=m.label,
                     key_norm=normalize(key),
                     explanation=f"The article says: \u201c{info.sentence.text}\u201d")
            q.accepted = accepted
            q.word_bank = bank
            out.append(q)
    return out
