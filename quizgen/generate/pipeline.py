"""Question engine: overgenerate from the one parse, filter, rank, select.

>>> result = generate_questions(parse_article(text), count=12, seed=0)
>>> result.questions, result.notes
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from ..articles.parse import ParsedArticle
from ..quality import flaws
from ..questions import Question, content_words, normalize
from . import builtin  # noqa: F401  (registers the shipped families)
from . import families
from .context import build_context
from .families import Family, Run
from .filters import MAX_STEM_WORDS, contextualise, near_duplicate, rejection
from .select import select

log = logging.getLogger(__name__)

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


def parse_types(types: str | list[str] | None) -> set[str]:
    """Family names asked for (``--types`` accepts families, aliases and
    question types); none named means the default families."""
    return families.resolve(types) or families.default_names()


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
    run = Run(ctx, seed, notes)
    for family in families.generation_order():
        if wanted is None or family.name in wanted:
            run.made.extend(_run_family(family, run))
    raw = run.made
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
        if not answered_by_headline(q, parsed.title) and _rejection(q, parsed.paragraphs) is None:
            kept.append(q)
            group.append(q)
            seen.add(exact)
            if same_key:
                seen.add(same_key)
    for q in kept:
        available[q.meta["family"]] = available.get(q.meta["family"], 0) + 1
    notes.extend(_missing_notes(ctx, available, wanted, run))
    chosen = select(ctx, kept, count, seed)
    if 0 < len(chosen) < min(count, len(kept)):
        notes.append(f"only {len(chosen)} questions: the others the article allows would ask again about "
                     f"sentences already used, would key one more true/false statement True (or False) than "
                     f"the set can balance, or are kinds teachers seldom keep (figure swaps, a second "
                     f"fill-in-the-blank or \"What …?\" item); ask for more questions to see them")
    return GenerationResult(parsed.title, list(parsed.paragraphs), chosen, notes, len(kept),
                            available=available, holders=run.holders)


def _run_family(family: Family, run: Run) -> list[Question]:
    """The family's questions, each stamped with its family name (the rule
    that built it stays in ``meta["rule"]``). A generator's bug costs its own
    questions only: a note says so."""
    try:
        made = list(family.generate(run) or [])
    except Exception as exc:  # one generator's bug must not cost the teacher the others
        log.exception("%s generator failed", family.name)
        run.notes.append(f"the {family.label.lower()} generator failed on this text "
                         f"({type(exc).__name__}); other types are unaffected")
        return []
    for q in made:
        q.meta["family"] = family.name
    return made


def answered_by_headline(q: Question, title: str) -> bool:
    """A fact whose key the headline states ("Scotland" under "Scotland passes
    …") is answered before the article is read."""
    if q.type not in ("multiple_choice", "cloze", "short_answer") or not isinstance(q.answer, str) \
            or q.skill != "fact" or not title:
        return False
    key = normalize(q.answer)
    if not key:
        return False
    if f" {key} " in f" {normalize(title)} ":
        return True
    # "Norway's wolves" under "Norway scales back plan to shoot its wolves":
    # every content word of the key is a headline word
    words = [_stem(w) for w in content_words(q.answer) if len(w) > 1]
    headline = {_stem(w) for w in content_words(title)}
    if words and set(words) <= headline:
        return True
    # "the high price" under "… defends EpiPen price rise" (panel 71): a short common-noun key whose
    # noun the headline names is guessed without reading
    if words and len(words) <= 3 and words[-1] in headline and not q.meta.get("label") \
            and not re.search(r"[A-Z0-9]", q.answer):
        return True
    # "the people of Fort McMurray" under "Wildfire forces 88,000 from Fort McMurray" (panel 63): the
    # headline's place with only its people added
    rest = set(words) - headline
    if words and rest != set(words) and rest <= {_stem(w) for w in _PEOPLE_OF_A_PLACE}:
        return True
    # "Who banned 59 apps? — India's government" under "India bans TikTok …": the
    # key's name and the stem's verb are both in the headline
    names = {_stem(normalize(w)) for w in re.findall(r"\b[A-Z][\w'’-]+", q.answer) if normalize(w)}
    names = {n.split()[0] for n in names if n}
    # "Swedish furniture company IKEA" under "IKEA recalls …": the name the key ends on
    head = re.findall(r"\b[A-Z][\w'’-]+", re.split(r"\s(?:of|for|at|in|from|and),?\s", q.answer)[0])
    named = {n.split()[0] for n in [_stem(normalize(head[-1]))] if n} if head else set()
    return bool(_verb_lemmas(q.prompt) & _verb_lemmas(title)) and (
        bool(names) and names <= headline or bool(named) and named <= headline)


#: Words for a place's people: "the residents of X" says no more than X.
_PEOPLE_OF_A_PLACE = frozenset("people residents citizens families victims community communities inhabitants "
                               "population town city".split())


def _verb_lemmas(text: str) -> set[str]:
    """Every verb lemma a word of ``text`` can have ("banned", "bans" -> "ban")."""
    from lemminflect import getAllLemmas
    return {lemma for w in content_words(text) for lemma in getAllLemmas(w).get("VERB", ())
            if lemma not in {"be", "have", "do", "say"}}


def _stem(word: str) -> str:
    """A crude singular ("wolves" and "wolve", "banks" and "bank") for headline overlap."""
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _rejection(q: Question, paragraphs: list[str]) -> str | None:
    """The fact engine's filter for its own families; for analysis-based items
    the same flaw checks, with support checked against the attribution, the
    sentence or the word instead of the key's literal presence."""
    if not families.is_analysis(q):
        return rejection(q, paragraphs)
    problems = q.problems(paragraphs) + flaws(q, paragraphs)
    if problems:
        return problems[0]
    evidence = " ".join(e.text for e in q.evidence)
    rule = q.meta.get("rule")
    if q.type in ("multiple_choice", "short_answer"):
        if len(q.prompt.split()) > MAX_STEM_WORDS + 4:
            return "stem too long"
        if len(content_words(q.prompt)) < 3:
            return "vague stem"
    if isinstance(q.answer, str) and normalize(q.answer) in {"he", "she", "it", "they", "this", "that"}:
        return "pronoun key"
    if rule == "who_said":
        from ..analysis._common import name_tokens
        words = set(normalize(evidence).split())
        if not any(w in words for w in name_tokens(q.answer)):
            return "key not supported by its evidence"
    if q.skill == "stance" and not q.stance:
        return "stance question without its stance record"
    if rule == "vocabulary" and q.meta.get("word") and q.meta["word"] not in evidence:
        return "word not in its evidence"
    quoted = q.meta.get("quote")
    if q.type == "fact_or_opinion" and not q.evidence[0].text.strip() in q.prompt and \
            q.evidence[0].text.strip().strip('"\u201c\u201d') not in q.prompt and \
            not (quoted and quoted in q.prompt and quoted in q.evidence[0].text):
        return "sentence not in the stem"
    return None


def _missing_notes(ctx, available: dict[str, int], wanted, run: Run) -> list[str]:
    """Why a family the teacher asked for has no question in this article."""
    notes = []
    labels = {m.label for m in ctx.mentions}
    if not labels & {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "CARDINAL", "MONEY", "PERCENT"}:
        notes.append("the article names no people, places, organisations, dates or numbers, "
                     "so there are few fact questions")
    for family in families.ordered():
        if (wanted is None or family.name in wanted) and not available.get(family.name):
            note = families.missing_note(family, run)
            if note and note not in notes:
                notes.append(note)
    return notes


def warm_up() -> None:
    """Load the language model and lexicons (start-up cost, paid once per process)."""
    from ..analysis.vocabulary import lexicon
    from ..nlp import load_pipeline
    from . import vocabulary

    load_pipeline()
    lexicon()
    vocabulary.warm_up()
