"""The gold-file benchmark behind ``quizgen eval``: fact recall, flaw counts,
balance of the default set and pool, and the analysis scores (see
:mod:`.analysis`). Imported only by the ``eval`` command and the tests.
"""
from __future__ import annotations

import json
import statistics
import time
from collections import Counter
from pathlib import Path

from ..generate import families
from ..generate.families import family_of
from ..quality import (
    flaws,
    has_checked_stem,
    key_matches,
    key_problem,
    option_kind_problem,
    question_keys,
    stem_problems,
    wh_kind_problem,
)
from ..questions import Question


def evaluate_article(text: str, gold: dict, default_count: int = 12, pool_count: int = 40,
                     seed: int = 0) -> dict:
    from ..articles.parse import parse_article
    from ..generate import generate_questions
    from ..generate.context import build_context

    started = time.perf_counter()
    parsed = parse_article(text)
    default = generate_questions(parsed, count=default_count, seed=seed)
    seconds = time.perf_counter() - started
    # the pool a teacher draws from with every family ticked (vocabulary is opt-in)
    pool = generate_questions(parsed, count=pool_count, seed=seed,
                              types=[f.name for f in families.ordered()])
    paragraphs = parsed.paragraphs
    facts = gold.get("facts", [])
    found = []
    for fact in facts:
        hit = next((q for q in pool.questions for k in question_keys(q) if key_matches(k, fact["answer"])), None)
        found.append({"question": fact["question"], "answer": fact["answer"], "type": fact.get("type"),
                      "found": hit is not None, "by": hit.prompt if hit else None})
    words = gold.get("words") or len(text.split("\n", 1)[-1].split())
    analysis = analysis_scores(parsed, gold)
    inclusion = default_inclusion(default, pool)
    ctx = build_context(parsed)

    def summary(questions: list[Question]) -> dict:
        flaw_counts = Counter(f for q in questions for f in flaws(q, paragraphs))
        mc = [q for q in questions if q.type == "multiple_choice"]
        longest = sum(1 for q in mc if _longest_is_key(q))
        positions = Counter(q.choices.index(q.answer) for q in mc if q.answer in q.choices)
        types = Counter(q.type for q in questions)
        return {"questions": len(questions), "types": dict(types),
                "max_type_share": round(max(types.values()) / len(questions), 3) if questions else 0.0,
                "flaws": dict(flaw_counts), "flaw_total": sum(flaw_counts.values()),
                "multiple_choice": len(mc), "longest_is_key": longest,
                "key_positions": {str(k): v for k, v in sorted(positions.items())},
                "difficulty": dict(Counter(q.difficulty for q in questions)),
                **_vocabulary_senses(questions),
                **quality_rates(questions, ctx, paragraphs)}

    return {
        "words": words, "seconds": round(seconds, 3),
        "fact_recall": round(sum(f["found"] for f in found) / len(found), 3) if found else None,
        "facts_found": sum(f["found"] for f in found), "facts_total": len(found), "facts": found,
        "default": summary(default.questions), "pool": summary(pool.questions),
        "pool_per_250_words": round(len(pool.questions) * 250 / max(words, 1), 2),
        "notes": default.notes,
        "analysis": analysis, "inclusion": inclusion,
        "understanding": {"available": (getattr(pool, "available", {}) or {}).get("understanding", 0),
                          "default": sum(1 for q in default.questions if family_of(q) == "understanding")},
    }


def quality_rates(questions: list[Question], ctx, paragraphs: list[str]) -> dict:
    """Issue 11's self-checkable rates: fact multiple-choice items whose options
    are all of the key's kind and form, and rule-built stems that pass the
    grammar checks (:mod:`quizgen.quality`, the same checks the filters apply)."""
    mc = [q for q in questions if q.type == "multiple_choice" and q.skill == "fact"]
    kind_bad = [q for q in mc if option_kind_problem(q, ctx)]
    stems = [q for q in questions if has_checked_stem(q)]
    stem_bad = {}
    for q in stems:
        problems = stem_problems(q.prompt, paragraphs) + [p for p in (wh_kind_problem(q, ctx), key_problem(q)) if p]
        if problems:
            stem_bad[q.prompt] = problems
    return {"kind_checked": len(mc), "kind_ok": len(mc) - len(kind_bad),
            "kind_failures": [[q.prompt, q.answer, q.choices] for q in kind_bad],
            "stems_checked": len(stems), "stems_ok": len(stems) - len(stem_bad),
            "stem_failures": stem_bad}


def analysis_scores(parsed, gold: dict) -> dict:
    """Issue 4's analysis metrics for one article, computed by
    :mod:`.analysis` (the one definition of each metric)."""
    from ..analysis import analyze
    from .analysis import Scores, score_attributions, score_opinions, score_vocabulary

    result = analyze(parsed)
    scores = Scores()
    score_attributions(parsed, result["attributions"], gold, scores)
    score_opinions(parsed, result["opinions"], gold, scores)
    score_vocabulary(result["vocabulary"], gold, scores)
    counts = {name: getattr(scores, name) for name in scores.__dataclass_fields__ if name != "details"}
    details = {}
    for d in scores.details:
        details.update({k: v for k, v in d.items() if v})
    return {**{k: (round(v, 3) if v is not None else None) for k, v in scores.summary().items()},
            "counts": counts, "details": details}


def default_inclusion(default, pool) -> dict:
    """Whether the default set has a stance question (required when the
    article has two or more holders), a fact-or-opinion and a vocabulary item
    (required when the pool shows the article supports them and the family is
    in default sets)."""
    kinds = {family_of(q) for q in default.questions}
    available = getattr(pool, "available", {}) or {}
    holders = getattr(default, "holders", 0)
    in_default = families.default_names()
    need = {"stances": holders >= 2 and bool(available.get("stances")),
            "fact_opinion": bool(available.get("fact_opinion")),
            "vocabulary": bool(available.get("vocabulary")) and "vocabulary" in in_default}
    has = {k: k in kinds for k in need}
    return {"holders": holders, "needed": need, "included": has,
            "stance_questions": sum(1 for q in default.questions if q.skill == "stance"),
            "ok": all(has[k] or not need[k] for k in need) and not (holders >= 2 and not has["stances"])}


def _vocabulary_senses(questions: list[Question]) -> dict:
    """Vocabulary items, and those whose key is the word's first (commonest)
    sense or a sense its sentence supports (``meta`` from the generator)."""
    vocab = [q for q in questions if q.skill == "vocabulary" and q.type == "multiple_choice"]
    sure = [q for q in vocab if q.meta.get("sense") == 0 or q.meta.get("sense_evidence") == "context"]
    return {"vocabulary_items": len(vocab), "vocabulary_sense_ok": len(sure)}


def _longest_is_key(q: Question) -> bool:
    longest = max(len(c) for c in q.choices)
    return len(q.answer) == longest and sum(1 for c in q.choices if len(c) == longest) == 1


def evaluate_dir(directory: str | Path) -> dict:
    from ..generate import warm_up

    warm_up()  # loading the model and lexicons is start-up cost, not per-article time
    directory = Path(directory)
    articles = {}
    for gold_path in sorted(directory.glob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
        if not text_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        articles[text_path.stem] = evaluate_article(text_path.read_text(encoding="utf-8"), gold)
    return {"articles": articles, "total": _total(articles)}


def _analysis_total(vals: list[dict]) -> dict:
    """Metric totals over articles: ratios of the summed counts (micro-averages)."""
    from .analysis import Scores

    total = Scores()
    for a in vals:
        counts = a.get("analysis", {}).get("counts")
        if counts:
            total.add(Scores(**counts))
    return {k: (round(v, 3) if v is not None else None) for k, v in total.summary().items()}


def _total(articles: dict) -> dict:
    if not articles:
        return {}
    vals = list(articles.values())
    found = sum(a["facts_found"] for a in vals)
    total = sum(a["facts_total"] for a in vals)
    out = {"articles": len(vals), "fact_recall": round(found / total, 3) if total else None,
           "facts_found": found, "facts_total": total,
           "seconds_mean": round(statistics.mean(a["seconds"] for a in vals), 3),
           "seconds_max": round(max(a["seconds"] for a in vals), 3),
           "pool_per_250_words_min": min(a["pool_per_250_words"] for a in vals)}
    out["analysis"] = _analysis_total(vals)
    out["inclusion_ok"] = sum(1 for a in vals if a.get("inclusion", {}).get("ok"))
    # default sets with two understanding items, or all the article supports
    out["understanding_ok"] = sum(1 for a in vals if a.get("understanding", {}).get("default", 0)
                                  >= min(2, a.get("understanding", {}).get("available", 0)))
    for which in ("default", "pool"):
        flaws_total: Counter = Counter()
        positions: Counter = Counter()
        mc = longest = vocab = vocab_ok = 0
        rates = Counter()
        for a in vals:
            rates.update({k: a[which][k] for k in ("kind_checked", "kind_ok", "stems_checked", "stems_ok")})
            vocab += a[which].get("vocabulary_items", 0)
            vocab_ok += a[which].get("vocabulary_sense_ok", 0)
            flaws_total.update(a[which]["flaws"])
            positions.update(a[which]["key_positions"])
            mc += a[which]["multiple_choice"]
            longest += a[which]["longest_is_key"]
        out[which] = {
            "flaws": dict(flaws_total), "flaw_total": sum(flaws_total.values()),
            "longest_is_key_share": round(longest / mc, 3) if mc else 0.0,
            "key_positions": dict(sorted(positions.items())),
            "min_types": min(len(a[which]["types"]) for a in vals),
            "max_type_share": max(a[which]["max_type_share"] for a in vals),
            "vocabulary_items": vocab, "vocabulary_sense_ok": vocab_ok,
            **dict(rates),
            "kind_share": round(rates["kind_ok"] / rates["kind_checked"], 3) if rates["kind_checked"] else None,
            "stem_share": round(rates["stems_ok"] / rates["stems_checked"], 3) if rates["stems_checked"] else None,
        }
    return out
