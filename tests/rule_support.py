"""Helpers for the tests of engine rules written from panel notes: an article
context built from invented sentences, and the fact questions it gives."""
from __future__ import annotations

import random

from quizgen.articles.parse import parse_article
from quizgen.generate import facts
from quizgen.generate.context import Context, build_context


def context_of(text: str, title: str = "Test") -> Context:
    """The engine's reading of a one-paragraph article with ``title``."""
    return build_context(parse_article(f"{title}\n\n{text}\n"))


def fact_prompts(text: str) -> list[str]:
    """The fact-question stems the rules draft for ``text``; there must be
    some, so that a test asserting what is absent cannot pass on nothing."""
    made = [q.prompt for q in facts.generate(context_of(text), random.Random(0))]
    assert made, "the text should give some question"
    return made


def drafts(text: str, types: str | list[str] | None = None, count: int = 40) -> list:
    """The questions the engine drafts for the invented article ``text``
    (``count`` above 20 gives the teacher's pool, 20 or fewer a default set)."""
    from quizgen.generate import generate_questions
    return generate_questions(parse_article(text), count=count, types=types, seed=0).questions


def statements(text: str, title: str = "Test") -> list[str]:
    """The true/false statements (true and false) drafted for the one-paragraph
    ``text``; there must be some, so that an absence asserted is not vacuous."""
    from quizgen.generate import true_false
    made = [q.prompt for q in true_false.generate(context_of(text, title=title), random.Random(0))]
    assert made, "the text should give some true/false statement"
    return made


def cloze_blanks(text: str) -> list[str]:
    """The fill-in-the-blank stems drafted for the invented article ``text``; there must be some."""
    made = [q.prompt for q in drafts(text, types=["cloze"])]
    assert made, "the article should give some cloze"
    return made


def fact_keys(text: str) -> dict[str, str]:
    """Stem -> key of the written and multiple-choice facts drafted for the
    invented article ``text`` (title line included); there must be some."""
    made = {q.prompt: q.answer for q in drafts(text, ["short_answer", "multiple_choice"])}
    assert made, "the article should give some fact question"
    return made


def opinion_items(text: str) -> list[str]:
    """The stems of the fact-or-opinion items keyed Opinion for ``text``."""
    return [q.prompt for q in drafts(text, "fact_or_opinion", count=20) if q.answer == "Opinion"]


def drafted_fact_keys(text: str, title: str = "Test") -> dict[str, str]:
    """Stem -> key of every fact question the rules draft for the one-paragraph
    ``text``, before selection (which could hide a rule's absence); there must be some."""
    made = {q.prompt: q.answer for q in facts.generate(context_of(text, title=title), random.Random(0))}
    assert made, "the text should give some fact question"
    return made
