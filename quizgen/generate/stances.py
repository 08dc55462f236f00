"""Who says what: stance questions from the article's attributions.

Four kinds, all built from :func:`quizgen.analysis.find_attributions` (run
once per article), one module each:

* **Who said it** (:mod:`.stance_who`) — multiple choice: "Who dismissed the
  news reports as the spreading of “Fake news”?"; distractors are other
  holders of the same kind (person vs organisation or group).
* **Position** and **Matching** (:mod:`.stance_position`) — "In paragraph 8,
  which best describes the position taken by the Kremlin on …?"; 3–6 holders
  matched to paraphrases of their stance classes.
* **Reported content** (:mod:`.stance_content`) — short answer: "According to
  paragraph 4, what did X say?" with the quoted or reported words as model
  answer.

Who-said, position and matching items are made only for evaluative stances
(supports, opposes, denies, warns, concerned) at or above
:data:`POSITION_CONFIDENCE`; claims and neutral reports are asked as reported
content.  A wrong key on a stance question teaches the wrong thing, so a
doubtful attribution is skipped rather than guessed.  Every question carries
``stance = {"holder", "stance", "target"}`` and skill ``stance``.
"""
from __future__ import annotations

import random

from ..analysis.attributions import Attribution
from ..questions import Question
from .context import Context
from .stance_common import (CLEAR, MIN_CONFIDENCE, OVERLAP, PHRASES, POSITION_CONFIDENCE, Holder,
                            clean_target, display, holders, is_position, option, past)
from .stance_content import reported_content
from .stance_position import matching, position
from .stance_who import who_said, who_stem

__all__ = ["CLEAR", "MIN_CONFIDENCE", "OVERLAP", "PHRASES", "POSITION_CONFIDENCE", "Holder", "clean_target",
           "display", "generate", "holder_count", "holders", "is_position", "matching", "option", "past",
           "position", "reported_content", "who_said", "who_stem"]


def generate(ctx: Context, rng: random.Random, attributions: list[Attribution]) -> tuple[list[Question], list[str]]:
    """All stance questions for the article and notes on what could not be made."""
    hs = holders(attributions, surnames=ctx.surnames)
    notes: list[str] = []
    if not hs:
        notes.append("no one in the article is quoted or reported as taking a position, "
                     "so there are no who-says-what questions")
        return [], notes
    out: list[Question] = []
    if len(hs) < 2:
        what = "person" if hs[0].kind == "person" else "source"
        notes.append(f"only one {what} is quoted, so no who-said-it question")
    else:
        out.extend(who_said(ctx, hs, rng))
    out.extend(position(ctx, hs, rng))
    found_matching = matching(ctx, hs, rng)
    out.extend(found_matching)
    if not found_matching and len(hs) >= 2:
        notes.append("fewer than three speakers take clearly different positions, so no matching question")
    out.extend(reported_content(ctx, hs, rng))
    return out, notes


def holder_count(attributions: list[Attribution]) -> int:
    return len(holders(attributions))
