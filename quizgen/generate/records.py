"""Build :class:`~quizgen.questions.Question` records with stable ids."""
from __future__ import annotations

import hashlib

from ..questions import Evidence, Question
from .context import Context, SentInfo


def question_id(kind: str, prompt: str, answer: object) -> str:
    digest = hashlib.sha1(f"{kind}\0{prompt}\0{answer}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"{kind[:2]}-{digest[:10]}"


def make(ctx: Context, info: SentInfo | list[SentInfo], *, type: str, skill: str, prompt: str,
         answer, rule: str, score: float, choices: list[str] | None = None,
         explanation: str = "", difficulty: str = "medium", **meta) -> Question:
    infos = info if isinstance(info, list) else [info]
    evidence: list[Evidence] = [ctx.evidence(i) for i in infos]
    q = Question(
        id=question_id(type, prompt, answer), type=type, skill=skill, prompt=prompt,
        answer=answer, evidence=evidence, choices=list(choices or []), explanation=explanation,
        difficulty=difficulty,
    )
    q.meta = {"rule": rule, "score": round(score, 4), "sentence": infos[0].index,
              "paragraph": infos[0].paragraph, **meta}
    return q
