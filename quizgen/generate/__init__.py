"""Question engine: overgenerate from the one parse, filter, rank, select.

>>> result = generate_questions(parse_article(text), count=12, seed=0)
>>> result.questions, result.notes

The engine itself lives in :mod:`.pipeline`; this package loads it (and the
language model behind it) only when one of its names is first used, so the
web process can read the family registry (:mod:`.families`) for its forms
without ever importing spaCy.
"""
from __future__ import annotations

_PIPELINE = {"generate_questions", "parse_types", "warm_up", "answered_by_headline", "GenerationResult",
             "DEFAULT_COUNT", "MAX_COUNT", "MAX_SENTENCES"}


def __getattr__(name: str):
    if name in _PIPELINE:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(_PIPELINE | set(globals()))
