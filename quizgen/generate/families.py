"""The one registry of question families.

A **family** is a generator of questions about one skill ("facts", "who says
what", "vocabulary" …). It is declared here once — name, the label a teacher
sees, the question types it makes, its generator, its share of a default set
and of a pool — and every layer reads it: generation (:mod:`quizgen.generate`),
selection (:mod:`.select`), the filters, the web form and the CLI ``--types``
option. A new family is one module with a ``generate(run)`` function plus one
:func:`register` call; nothing else changes.

Every question a family makes carries its family's name in
``question.meta["family"]`` (set by :func:`quizgen.generate.generate_questions`);
the rule inside the family that built it (``who_said``, ``fact_short`` …) is
``meta["rule"]``.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from ..questions import Question

if TYPE_CHECKING:  # the context holds spaCy objects; the registry itself loads no model
    from .context import Context


@dataclass
class Run:
    """What one generation gives every family: the article's context, a seed
    (each family derives its own random stream from it) and the notes a
    teacher reads beside the questions."""
    ctx: Context
    seed: int
    notes: list[str] = field(default_factory=list)
    #: Questions the families before this one made (generation order).
    made: list[Question] = field(default_factory=list)
    #: Distinct confident holders of attributions (set by the stance family).
    holders: int = 0
    _shared: random.Random | None = field(default=None, repr=False)

    def rng(self, offset: int = 0) -> random.Random:
        """A stream of the family's own, derived from the seed."""
        return random.Random(self.seed + offset)

    @property
    def shared_rng(self) -> random.Random:
        """One stream shared by the fact engine's families in generation order
        (so a set made with one seed stays the same set)."""
        if self._shared is None:
            self._shared = random.Random(self.seed)
        return self._shared


@dataclass(frozen=True)
class Family:
    name: str
    #: What a teacher sees in the generate form.
    label: str
    #: Question types the family makes (see :data:`quizgen.questions.TYPES`).
    types: tuple[str, ...]
    generate: Callable[[Run], list[Question]]
    #: Target share of a default set; over-used families are penalised.
    weight: float
    #: Largest share of a pool (count > 20), or None for no cap.
    pool_share: float | None = None
    #: Built from the analysis (attributions, opinions, glossary): its stems are
    #: templates around quoted article text, checked by the analysis filters.
    needs_analysis: bool = False
    #: Other names ``--types`` accepts for it (question types included).
    aliases: tuple[str, ...] = ()
    #: The note a teacher reads when the family's questions were asked for and
    #: none survived the filters: a text, or a function of the run ("" = none).
    missing_note: str | Callable[[Run], str] = ""
    #: Selection tries families in ascending ``priority`` for its first round.
    priority: int = 50
    #: Questions of the family the first round of a default set takes when
    #: the article has them (1: one of each family, then by rank; 0: only
    #: when the set would otherwise mix fewer than four question types).
    first_round: int = 1
    #: Questions of this family may share a sentence with another question.
    shares_sentence: bool = False
    #: Its questions print their sentence (a true/false statement, a cloze, a
    #: fact-or-opinion quote): no other question of a default set may ask about
    #: that sentence, since the printed text gives the answer away.
    shows_sentence: bool = False
    #: Offered in the generate form (False for families only reached via others).
    in_form: bool = True
    #: Part of a default set (ticked in the form, run when no types are named).
    #: False for a family whose drafts teachers rejected too often to hand out
    #: unreviewed: it runs only when asked for.
    in_default: bool = True
    #: The question's form for :mod:`.kept` (what raters kept of that form);
    #: None: the family's name.
    form_of: Callable[[Question], str] | None = None


FAMILIES: dict[str, Family] = {}


def register(family: Family) -> Family:
    """Add ``family`` (replacing one of the same name) and return it."""
    FAMILIES[family.name] = family
    return family


def unregister(name: str) -> None:
    FAMILIES.pop(name, None)


def get(name: str) -> Family | None:
    return FAMILIES.get(name)


def ordered() -> list[Family]:
    """Families in registration order (the order the generate form lists them)."""
    return list(FAMILIES.values())


def generation_order() -> list[Family]:
    """Analysis families first (a who-said-it question wins over a fact question
    with the same stem), otherwise registration order."""
    return sorted(FAMILIES.values(), key=lambda f: not f.needs_analysis)


def by_priority() -> list[Family]:
    return sorted(FAMILIES.values(), key=lambda f: f.priority)


def aliases() -> dict[str, str]:
    """Every name ``--types`` accepts → family name."""
    out: dict[str, str] = {}
    for family in FAMILIES.values():
        out[family.name] = family.name
        for alias in family.aliases:
            out.setdefault(alias, family.name)
    return out


#: Families of questions stored before the registry: their old kind names.
_LEGACY = {"multiple_choice": "facts", "stance": "stances", "fact_or_opinion": "fact_opinion",
           "short_answer": "why", "ordering": "sequence"}


def default_names() -> set[str]:
    """The families a default set draws on (see :attr:`Family.in_default`)."""
    return {f.name for f in FAMILIES.values() if f.in_default}


def resolve(names) -> set[str] | None:
    """Family names for ``names`` (a comma-separated string or a list of
    families, aliases or question types); None means every family.

    Raises ValueError naming the choices for an unknown name."""
    if names is None:
        return None
    items = names.split(",") if isinstance(names, str) else list(names)
    known = aliases()
    out = set()
    for name in items:
        name = name.strip().lower().replace("-", "_")
        if not name:
            continue
        if name not in known:
            raise ValueError(f"unknown question type {name!r}; choose from {', '.join(sorted(known))}")
        out.add(known[name])
    return out or None


def missing_note(family: Family, run: Run) -> str:
    note = family.missing_note
    return note(run) if callable(note) else note


def family_of(q: Question) -> str:
    """The family name of ``q`` (also for questions stored by older versions)."""
    name = q.meta.get("family")
    if name in FAMILIES:
        return name
    legacy = q.meta.get("qkind") or q.type
    return _LEGACY.get(legacy, legacy)


def form_of(q: Question) -> str:
    """The form of ``q`` whose kept rate :mod:`.kept` knows (its family's
    ``form_of``, else the family name)."""
    name = family_of(q)
    family = FAMILIES.get(name)
    return family.form_of(q) if family and family.form_of else name


def is_analysis(q: Question) -> bool:
    family = FAMILIES.get(family_of(q))
    return bool(family and family.needs_analysis)


from . import builtin  # noqa: E402,F401  (the shipped families register themselves)
