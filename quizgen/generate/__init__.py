"""Question engine: overgenerate from the one parse, filter, rank, select.

>>> result = generate_questions(parse_article(text), count=12, seed=0)
>>> result.questions, result.notes
"""
from __future__ import annotations

import logging
import random
from dataclasses import dataclass, field

from ..articles.parse import ParsedArticle
from ..evaluate import flaws
from ..questions import Question, content_words, normalize
from . import cloze, fact_opinion, facts, sequence, stances, true_false, vocabulary, why
from .context import build_context
from .filters import MAX_STEM_WORDS, contextualise, near_duplicate, rejection
from .select import select

log = logging.getLogger(__name__)

#: ``--types`` accepts question types and generator family names.
TYPE_ALIASES = {
    "multiple_choice": "multiple_choice", "mc": "multiple_choice", "fact": "multiple_choice",
    "facts": "multiple_choice", "cloze": "cloze", "true_false": "true_false", "tf": "true_false",
    "sequence": "ordering", "ordering": "ordering", "why": "short_answer", "short_answer": "short_answer",
    # issue 4: who says what, fact vs opinion, vocabulary in context
    "stance": "stance", "stances": "stance", "who_said": "stance", "who_says_what": "stance",
    "position": "stance", "matching": "stance",
    "fact_or_opinion": "fact_or_opinion", "opinion": "fact_or_opinion", "fact_opinion": "fact_or_opinion",
    "opinions": "fact_or_opinion",
    "vocabulary": "vocabulary", "vocab": "vocabulary", "words": "vocabulary",
}
#: Kinds built from the analysis stage (attributions, opinions, vocabulary).
ANALYSIS_KINDS = ("stance", "fact_or_opinion", "vocabulary")
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
    #: Filtered candidates per kind (what the article supports).
    available: dict = field(default_factory=dict)
    #: Distinct confident holders of attributions in the article.
    holders: int = 0

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
    available: dict[str, int] = {}
    if len(ctx.sents) > MAX_SENTENCES:
        ctx.sents = ctx.sents[:MAX_SENTENCES]
        ctx.mentions = [m for m in ctx.mentions if m.sentence < MAX_SENTENCES]
        ctx.index_mentions()
        notes.append(f"the article is long: questions come from its first {MAX_SENTENCES} sentences")
    rng = random.Random(seed)
    raw: list[Question] = []
    holder_count = 0
    if wanted is None or set(wanted) & set(ANALYSIS_KINDS):
        # first, so a who-said-it question wins over a fact question with the same stem
        raw, holder_count = _analysis_questions(parsed, ctx, seed, wanted, notes)
    families = [("multiple_choice", facts.generate), ("cloze", cloze.generate),
                ("true_false", true_false.generate), ("short_answer", why.generate)]
    for kind, make in families:
        if wanted is None or kind in wanted:
            raw.extend(_kind(_safely(kind, notes, make, ctx, rng), kind))
    if wanted is None or "short_answer" in wanted:
        mcs = [q for q in raw if q.type == "multiple_choice"] or facts.generate(ctx, random.Random(seed))
        raw.extend(_kind(facts.short_answers(ctx, mcs), "short_answer"))
    if wanted is None or "ordering" in wanted:
        found = _safely("ordering", notes, sequence.generate, ctx, rng)
        if found:
            seq, note = found
            raw.extend(_kind(seq, "ordering"))
            if note:
                notes.append(note)
    if wanted is not None:
        raw = [q for q in raw if q.meta.get("qkind") in wanted]
    kept: list[Question] = []
    by_answer: dict[tuple, list[Question]] = {}  # near-duplicates share a type and a key
    seen: set[tuple] = set()
    raw = [c for c in (contextualise(ctx, q) for q in raw) if c is not None]
    for q in raw:
        exact = (q.type, normalize(q.prompt))
        same_key = (q.type, q.meta.get("key_norm"), q.meta.get("sentence")) if q.meta.get("key_norm") else None
        group = by_answer.setdefault((q.type, str(q.answer)), [])
        if exact in seen or (same_key and same_key in seen) or any(near_duplicate(q, k) for k in group):
            continue
        if _rejection(q, parsed.paragraphs) is None:
            kept.append(q)
            group.append(q)
            seen.add(exact)
            if same_key:
                seen.add(same_key)
    notes.extend(_missing_notes(ctx, kept, wanted))
    notes.extend(_analysis_notes(kept, wanted, holder_count))
    for q in kept:
        available[q.meta["qkind"]] = available.get(q.meta["qkind"], 0) + 1
    chosen = select(ctx, kept, count, seed)
    return GenerationResult(parsed.title, list(parsed.paragraphs), chosen, notes, len(kept),
                            available=available, holders=holder_count)


def _kind(questions, kind: str) -> list[Question]:
    for q in questions or []:
        q.meta.setdefault("qkind", kind)
    return list(questions or [])


def _analysis_questions(parsed, ctx, seed: int, wanted, notes: list[str]) -> tuple[list[Question], int]:
    """Stance, fact-or-opinion and vocabulary items from the analysis of the one parse."""
    from ..analysis import find_opinions

    out: list[Question] = []
    attributions = ctx.attributions()
    if ctx.attribution_error is not None:
        notes.append(f"the who-says-what analysis failed on this text ({type(ctx.attribution_error).__name__})")
    holder_count = stances.holder_count(attributions)
    if wanted is None or "stance" in wanted:
        found = _safely("stance", notes, stances.generate, ctx, random.Random(seed), attributions)
        if found:
            made, stance_notes = found
            out.extend(made)
            notes.extend(stance_notes)
    if wanted is None or "fact_or_opinion" in wanted:
        def fact_or_opinion():
            opinions = find_opinions(parsed, attributions=attributions)
            return fact_opinion.generate(ctx, random.Random(seed + 1), attributions, opinions)
        out.extend(_safely("fact-or-opinion", notes, fact_or_opinion))
    if wanted is None or "vocabulary" in wanted:
        out.extend(_safely("vocabulary", notes, vocabulary.generate, ctx, random.Random(seed + 2)))
    return out, holder_count


def _rejection(q: Question, paragraphs: list[str]) -> str | None:
    """The fact engine's filter for its own families; for analysis-based items
    the same flaw checks, with support checked against the attribution, the
    sentence or the word instead of the key's literal presence."""
    if q.meta.get("qkind") not in ANALYSIS_KINDS:
        return rejection(q, paragraphs)
    problems = q.problems(paragraphs) + flaws(q, paragraphs)
    if problems:
        return problems[0]
    evidence = " ".join(e.text for e in q.evidence)
    family = q.meta.get("family")
    if q.type in ("multiple_choice", "short_answer"):
        if len(q.prompt.split()) > MAX_STEM_WORDS + 4:
            return "stem too long"
        if len(content_words(q.prompt)) < 3:
            return "vague stem"
    if isinstance(q.answer, str) and normalize(q.answer) in {"he", "she", "it", "they", "this", "that"}:
        return "pronoun key"
    if family == "who_said":
        from ..analysis._common import name_tokens
        words = set(normalize(evidence).split())
        if not any(w in words for w in name_tokens(q.answer)):
            return "key not supported by its evidence"
    if q.skill == "stance" and not q.stance:
        return "stance question without its stance record"
    if family == "vocabulary" and q.meta.get("word") and q.meta["word"] not in evidence:
        return "word not in its evidence"
    if q.type == "fact_or_opinion" and not q.evidence[0].text.strip() in q.prompt and \
            q.evidence[0].text.strip().strip('"\u201c\u201d') not in q.prompt:
        return "sentence not in the stem"
    return None


def _analysis_notes(kept: list[Question], wanted, holder_count: int) -> list[str]:
    notes = []
    kinds = {q.meta.get("qkind") for q in kept}
    if (wanted is None or "stance" in wanted) and holder_count >= 2 and "stance" not in kinds:
        notes.append("the article quotes several sources, but none of their positions is clear enough "
                     "to ask about without guessing, so no who-says-what question")
    if (wanted is None or "fact_or_opinion" in wanted) and "fact_or_opinion" not in kinds:
        notes.append("no sentence is clearly a checkable fact or clearly an opinion, so no "
                     "fact-or-opinion item")
    if (wanted is None or "vocabulary" in wanted) and "vocabulary" not in kinds:
        notes.append("no uncommon word has a clear dictionary sense here, so no vocabulary item")
    return notes


def _safely(kind: str, notes: list[str], make, *args):
    """``make(*args)``; a generator's bug costs its own questions only (a note says so)."""
    try:
        return make(*args)
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
