"""Check the position-taking items of default sets against the gold stances.

Every who-said, position and matching item in an article's default set must
name an evaluative stance (supports, opposes, denies, warns, concerned) that
the gold file gives the same holder, with the same class, in a sentence the
item's evidence covers.  Run::

    python -m quizgen.benchmark.stance_items eval/dev eval/train

and it lists each such item with ``ok`` or what disagrees; the exit status is
the number of disagreeing items (0 = all agree).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..analysis._common import holders_match
from ..lexicons.stance import EVALUATIVE
from ..questions import Question
from .analysis import _span_of

#: Stance-question rules that state a position.
POSITION_RULES = ("position", "matching", "who_said")


def _pairs(q: Question) -> list[tuple[str, str]]:
    """(holder, stance) pairs an item asserts."""
    if q.meta.get("pairs"):
        return [(p["holder"], p["stance"]) for p in q.meta["pairs"]]
    return [(q.stance["holder"], q.stance["stance"])]


def _agrees(parsed, gold: dict, q: Question, holder: str, stance: str) -> str:
    """"ok", or why the gold does not back this (holder, stance) pair."""
    if stance not in EVALUATIVE:
        return f"{stance} is not an evaluative stance"
    same_holder = [s for s in gold.get("stances", []) if holders_match(s["holder"], holder)]
    if not same_holder:
        return "the gold has no stance by this holder"
    paragraphs = {e.paragraph for e in q.evidence}
    classes = set()
    for s in same_holder:
        span = _span_of(parsed.paragraphs, s["evidence"])
        if span is None or span[0] in paragraphs:
            classes.add(s["stance"])
    if stance in classes:
        return "ok"
    return f"gold gives {sorted(classes) or 'no stance here'}"


def check_article(text: str, gold: dict) -> list[tuple[str, str, str, str]]:
    """(rule, holder, stance, verdict) for each position-taking pair of the default set."""
    from ..articles.parse import parse_article
    from ..generate import generate_questions

    parsed = parse_article(text)
    result = generate_questions(parsed, count=12, seed=0)
    out = []
    for q in result.questions:
        if q.skill != "stance" or q.meta.get("rule") not in POSITION_RULES:
            continue
        for holder, stance in _pairs(q):
            out.append((q.meta["rule"], holder, stance, _agrees(parsed, gold, q, holder, stance)))
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    bad = total = 0
    for directory in argv:
        for gold_path in sorted(Path(directory).glob("*.gold.json")):
            text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            for rule, holder, stance, verdict in check_article(text_path.read_text(encoding="utf-8"), gold):
                total += 1
                bad += verdict != "ok"
                print(f"{text_path.stem[:30]:30} {rule:9} {holder[:30]:30} {stance:10} {verdict}")
    print(f"{total - bad}/{total} position-taking items agree with the gold")
    return bad


if __name__ == "__main__":
    sys.exit(min(main(), 1))
