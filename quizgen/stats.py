"""Item analysis: facility, discrimination (upper vs lower 27%), option counts."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

UPPER_LOWER_SHARE = 0.27


@dataclass
class ItemStats:
    question_id: str
    number: int
    prompt: str
    type: str
    answered: int
    facility: float | None  # mean score fraction, 0..1
    discrimination: float | None  # upper-group facility minus lower-group facility
    options: dict[str, int] = field(default_factory=dict)  # choice → how many chose it
    key: str | None = None


def item_analysis(questions: list, attempts: list[dict]) -> list[ItemStats]:
    """``questions``: QuizQuestion list in quiz order; ``attempts``: submitted attempts as
    ``{"score": float, "answers": {question_id: {"response", "score"}}}``."""
    ranked = sorted(attempts, key=lambda a: a["score"] or 0.0)
    group = max(1, math.ceil(len(ranked) * UPPER_LOWER_SHARE)) if ranked else 0
    lower, upper = ranked[:group], ranked[-group:] if group else []
    out = []
    for number, item in enumerate(questions, start=1):
        q = item.question
        scores = [_score(a, q.id) for a in attempts]
        scored = [s for s in scores if s is not None]
        facility = sum(scored) / len(scored) if scored else None
        discrimination = None
        if len(attempts) >= 4:
            up = [s for s in (_score(a, q.id) for a in upper) if s is not None]
            low = [s for s in (_score(a, q.id) for a in lower) if s is not None]
            if up and low:
                discrimination = sum(up) / len(up) - sum(low) / len(low)
        options: dict[str, int] = {}
        if q.type in ("multiple_choice", "true_false", "fact_or_opinion"):
            options = {choice: 0 for choice in q.choices}
            options["(no answer)"] = 0
            for attempt in attempts:
                response = (attempt["answers"].get(q.id) or {}).get("response")
                key = response if response in options else "(no answer)"
                options[key] += 1
        answered = sum(1 for a in attempts if (a["answers"].get(q.id) or {}).get("response") not in (None, "", []))
        out.append(ItemStats(q.id, number, q.prompt, q.type, answered, facility, discrimination, options,
                             q.answer if isinstance(q.answer, str) else None))
    return out


def _score(attempt: dict, question_id: str) -> float | None:
    answer = attempt["answers"].get(question_id)
    return None if answer is None else answer.get("score")


def score_histogram(percentages: list[float], bins: int = 10) -> list[int]:
    counts = [0] * bins
    for value in percentages:
        counts[min(bins - 1, max(0, int(value // (100 / bins))))] += 1
    return counts
