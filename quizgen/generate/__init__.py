"""Question engine: overgenerate from the one parse, filter, rank, select.

>>> result = generate_questions(parse_article(text), count=12, seed=0)
>>> result.questions, result.notes
"""
from __future__ import annotations

import logging
import random
from dataclasses import dataclass, field

from ..articles.parse import ParsedArticle
from ..questions import Question, normalize
from . import cloze, facts, sequence, true_false, why
from .context import build_context
from .filters import near_duplicate, rejection
from .select import select

log = logging.getLogger(__name__)

#: ``--types`` accepts question types and generator family names.
TYPE_ALIASES = {
    "multiple_choice": "multiple_choice", "mc": "multiple_choice", "fact": "multiple_choice",
    "facts": "multiple_choice", "cloze": "cloze", "true_false": "true_false", "tf": "true_false",
    "sequence": "ordering", "ordering": "ordering", "why": "short_answer", "short_answer": "short_answer",
}
DEFAULT_COUNT = 12
MAX_COUNT = 100
#: Sentences beyond this many are not used for questions (bounded time on very long texts).
MAX_SENTENCES = 600


@dataclass
class GenerationResult:
    title: str
    paragraphs: list[str]
    questions: list[Question]
    notes: list[str] = field(default_factory=list)
    candidates: int = 0

    def to_dict(self) -> dict:
        return {"article": {"title": self.title, "paragraphs": list(self.paragraphs)},
                "questions": [q.to_dict() for q in self.questions], "notes": list(self.notes)}


def parse_types(types: str | list[str] | None) -> set[str] | None:
    if types is None:
        return None
    names = types.split(",") if isinstance(types, str) else list(types)
    out = set()
    for name in names:
        name = name.strip().lower().replace("-", "_")
        if not name:
            continue
        if name not in TYPE_ALIASES:
            raise ValueError(f"unknown question type {name!r}; choose from {', '.join(sorted(TYPE_ALIASES))}")
        out.add(TYPE_ALIASES[name])
    return out or None


def generate_questions(parsed: ParsedArticle, count: int = DEFAULT_COUNT, types=None,
                       seed: int = 0) -> GenerationResult:
    """Questions for ``parsed``: the best ``count`` that pass the filters."""
    wanted = parse_types(types)
    count = max(0, min(int(count), MAX_COUNT))
    ctx = build_context(parsed)
    notes: list[str] = []
    if len(ctx.sents) > MAX_SENTENCES:
        ctx.sents = ctx.sents[:MAX_SENTENCES]
        ctx.mentions = [m for m in ctx.mentions if m.sentence < MAX_SENTENCES]
        notes.append(f"the article is long: questions come from its first {MAX_SENTENCES} sentences")
    rng = random.Random(seed)
    raw: list[Question] = []
    families = [("multiple_choice", facts.generate), ("cloze", cloze.generate),
                ("true_false", true_false.generate), ("short_answer", why.generate)]
    for kind, make in families:
        if wanted is None or kind in wanted:
            raw.extend(_safely(make, ctx, rng, notes, kind))
    if wanted is None or "short_answer" in wanted:
        raw.extend(facts.short_answers(ctx, [q for q in raw if q.type == "multiple_choice"]
                                       or facts.generate(ctx, random.Random(seed))))
    if wanted is not None and "multiple_choice" not in wanted:
        raw = [q for q in raw if q.type in wanted]
    if wanted is None or "ordering" in wanted:
        found = _safely(sequence.generate, ctx, rng, notes, "ordering")
        if found:
            seq, note = found
            raw.extend(seq)
            if note:
                notes.append(note)
    kept: list[Question] = []
    by_answer: dict[tuple, list[Question]] = {}  # near-duplicates share a type and a key
    seen: set[tuple] = set()
    for q in raw:
        exact = (q.type, normalize(q.prompt))
        same_key = (q.type, q.meta.get("key_norm"), q.meta.get("sentence")) if q.meta.get("key_norm") else None
        group = by_answer.setdefault((q.type, str(q.answer)), [])
        if exact in seen or (same_key and same_key in seen) or any(near_duplicate(q, k) for k in group):
            continue
        if rejection(q, parsed.paragraphs) is None:
            kept.append(q)
            group.append(q)
            seen.add(exact)
            if same_key:
                seen.add(same_key)
    notes.extend(_missing_notes(ctx, kept, wanted))
    chosen = select(ctx, kept, count, seed)
    return GenerationResult(parsed.title, list(parsed.paragraphs), chosen, notes, len(kept))


def _safely(make, ctx, rng, notes, kind):
    try:
        return make(ctx, rng)
    except Exception as exc:  # one generator's bug must not cost the teacher the others
        log.exception("%s generator failed", kind)
        notes.append(f"the {kind} generator failed on this text ({type(exc).__name__}); other types are unaffected")
        return []


def _missing_notes(ctx, kept: list[Question], wanted) -> list[str]:
    notes = []
    labels = {m.label for m in ctx.mentions}
    if not labels & {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "CARDINAL", "MONEY", "PERCENT"}:
        notes.append("the article names no people, places, organisations, dates or numbers, "
                     "so there are few fact questions")
    have = {q.type for q in kept}
    reasons = {
        "multiple_choice": "no sentence gave a fact question with three same-kind wrong options",
        "cloze": "no sentence has a name, number or date to blank",
        "true_false": "no sentence stands alone as a true/false statement",
        "short_answer": "no cause or purpose is stated (because, since, due to, in order to …), "
                        "so no why-question",
    }
    for kind, reason in reasons.items():
        if (wanted is None or kind in wanted) and kind not in have:
            notes.append(reason)
    return notes
