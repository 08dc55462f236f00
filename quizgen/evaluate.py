"""Quality metrics of generated questions against the dev-set gold files.

``flaws`` is the single definition of a flawed question used both by the
generator's filter and by ``quizgen eval``; fact recall counts a gold answer
as found when it is the key of some question in the pool (see ``key_matches``).
"""
from __future__ import annotations

import json
import re
import statistics
import time
from collections import Counter
from pathlib import Path

from .questions import BANNED_CHOICES, BLANK, Question, contains_phrase, normalize

PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "this", "these",
            "those", "that", "we", "i", "you", "our", "us"}
_AUX = {"did", "does", "do", "is", "was", "are", "were", "has", "have", "had", "will", "can", "could",
        "would", "should", "may", "might"}
#: "Is this sentence a fact or an opinion?": the item points at itself, not back.
_SELF_NOUNS = {"sentence", "statement", "word", "words", "passage", "article", "paragraph", "quotation",
               "quote", "text", "phrase", "question"}
_WH = {"who", "what", "when", "where", "why", "how", "which", "whom", "whose"}
#: Words that do not change which answer a key gives ("On October 18th" = "October 18th").
_MATCH_STOP = {"the", "a", "an", "on", "in", "at", "of", "to", "by", "about", "approximately", "around",
               "nearly", "almost", "over", "more", "than", "just", "some", "and", "s", "due", "because",
               "as", "into", "for", "from", "with"}


def flaws(q: Question, paragraphs: list[str]) -> list[str]:
    """Flaws the issue names: key in stem, duplicate choices, key not among
    choices, pronoun-led stem or pronoun key, all/none of the above, evidence
    that is not the slice it names."""
    out = []
    if isinstance(q.answer, str) and q.type in ("multiple_choice", "cloze") and \
            contains_phrase(q.prompt.replace(BLANK, " "), q.answer):
        out.append("key_in_stem")
    if q.choices and len({normalize(c) for c in q.choices}) != len(q.choices):
        out.append("duplicate_choices")
    if q.type in ("multiple_choice", "true_false", "fact_or_opinion") and q.answer not in q.choices:
        out.append("key_not_in_choices")
    if pronoun_led(q.prompt) or (isinstance(q.answer, str) and normalize(q.answer) in PRONOUNS):
        out.append("pronoun")
    if any(normalize(c) in BANNED_CHOICES for c in q.choices):
        out.append("all_none_of_the_above")
    if not q.evidence or not all(e.matches(paragraphs) for e in q.evidence):
        out.append("evidence_not_slice")
    return out


def pronoun_led(prompt: str) -> bool:
    """A stem whose subject is a bare pronoun: "He said …", "What did they …?"."""
    words = normalize(prompt.replace(BLANK, " ")).split()
    anchored = bool(re.match(r"(?:in|according to) paragraph \d+\b", prompt.strip(), re.IGNORECASE))
    if prompt.lower().startswith("according to") or anchored:
        words = normalize(prompt.split(",", 1)[-1]).split()
    if not words:
        return False
    if words[0] in PRONOUNS - {"that", "this", "these", "those"}:
        return True
    if words[0] in {"this", "these", "those", "that"} and len(words) > 1 and words[1] in _AUX:
        return True
    if not anchored:
        # a demonstrative noun phrase as the stem's subject: "This development
        # raised …", "Why did these concerns grow?" (needs its context)
        n = 0
        while n < min(3, len(words) - 1) and (words[n] in _WH or words[n] in _AUX):
            n += 1
        lead = words[n] if n < len(words) else ""
        if (lead in {"this", "these", "those", "such"} or (lead == "that" and n > 0 and words[n - 1] in _AUX)) \
                and n + 1 < len(words) and words[n + 1] not in _AUX and words[n + 1] not in PRONOUNS \
                and words[n + 1] not in _SELF_NOUNS:
            return True
    for n in range(min(3, len(words) - 1)):
        if words[n] in _AUX and words[n + 1] in {"he", "she", "it", "they", "we", "i", "you"}:
            return True
    return False


def _match_tokens(text: str) -> list[str]:
    text = normalize(text).replace(",", "")
    return [w for w in re.split(r"\s+", text) if w and w not in _MATCH_STOP]


def key_matches(key: str, gold: str) -> bool:
    """The key gives the gold answer: same words once articles, prepositions and
    hedges are ignored, or one contains the other and covers at least half of it."""
    k, g = _match_tokens(key), _match_tokens(gold)
    if not k or not g:
        return False
    if k == g:
        return True
    short, long = (k, g) if len(k) <= len(g) else (g, k)
    n = len(short)
    contained = any(long[i:i + n] == short for i in range(len(long) - n + 1))
    return contained and n / len(long) >= 0.5


def question_keys(q: Question) -> list[str]:
    if q.type in ("multiple_choice", "cloze", "short_answer") and isinstance(q.answer, str):
        return [q.answer, *q.accepted]
    return []


def evaluate_article(text: str, gold: dict, default_count: int = 12, pool_count: int = 40,
                     seed: int = 0) -> dict:
    from .articles.parse import parse_article
    from .generate import generate_questions

    started = time.perf_counter()
    parsed = parse_article(text)
    default = generate_questions(parsed, count=default_count, seed=seed)
    seconds = time.perf_counter() - started
    pool = generate_questions(parsed, count=pool_count, seed=seed)
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
                "difficulty": dict(Counter(q.difficulty for q in questions))}

    return {
        "words": words, "seconds": round(seconds, 3),
        "fact_recall": round(sum(f["found"] for f in found) / len(found), 3) if found else None,
        "facts_found": sum(f["found"] for f in found), "facts_total": len(found), "facts": found,
        "default": summary(default.questions), "pool": summary(pool.questions),
        "pool_per_250_words": round(len(pool.questions) * 250 / max(words, 1), 2),
        "notes": default.notes,
        "analysis": analysis, "inclusion": inclusion,
    }


def analysis_scores(parsed, gold: dict) -> dict:
    """Issue 4's analysis metrics for one article, computed by
    :mod:`quizgen.analysis.evaluate` (the one definition of each metric)."""
    from .analysis import analyze
    from .analysis.evaluate import Scores, score_attributions, score_opinions, score_vocabulary

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
    (required when the pool shows the article supports them)."""
    kinds = {q.meta.get("qkind") for q in default.questions}
    available = getattr(pool, "available", {}) or {}
    holders = getattr(default, "holders", 0)
    need = {"stance": holders >= 2 and bool(available.get("stance")),
            "fact_or_opinion": bool(available.get("fact_or_opinion")),
            "vocabulary": bool(available.get("vocabulary"))}
    has = {k: k in kinds for k in need}
    return {"holders": holders, "needed": need, "included": has,
            "stance_questions": sum(1 for q in default.questions if q.skill == "stance"),
            "ok": all(has[k] or not need[k] for k in need) and not (holders >= 2 and not has["stance"])}


def _longest_is_key(q: Question) -> bool:
    longest = max(len(c) for c in q.choices)
    return len(q.answer) == longest and sum(1 for c in q.choices if len(c) == longest) == 1


def evaluate_dir(directory: str | Path) -> dict:
    from .nlp import load_pipeline

    load_pipeline()  # loading the model is start-up cost, not per-article time
    from .analysis.vocabulary import lexicon
    lexicon()  # so is loading the offline lexicon
    from .generate.vocabulary import _pos_pool
    for pos in ("NOUN", "VERB", "ADJ", "ADV"):
        _pos_pool(pos)  # and listing its distractor definitions (once per process)
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
    from .analysis.evaluate import Scores

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
    for which in ("default", "pool"):
        flaws_total: Counter = Counter()
        positions: Counter = Counter()
        mc = longest = 0
        for a in vals:
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
        }
    return out
