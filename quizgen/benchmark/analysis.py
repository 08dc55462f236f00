"""Score the analysis stage against gold files (``NN-slug.gold.json``).

Definitions (all per article, then summed over articles for the totals):

* **holder match** — lenient: the two names' word sets (lower-case, titles,
  determiners and possessive marks removed) overlap, and the smaller set is
  mostly contained in the larger (≥ 2/3 of its words); "President Yoon" matches
  "Yoon Suk-Yeol", "Critics" matches "Critics of Scientology at ...".
* **stance-holder recall** — distinct gold holders (by normalised name) matched
  by at least one extracted holder / distinct gold holders.
* **stance-class accuracy** — over gold stance entries whose holder is matched:
  the extracted attribution of a matching holder whose span overlaps the gold
  evidence (else any of that holder) has the gold stance class.
* **stance-class accuracy, merged** — the same, with ``claims`` and
  ``neutral_report`` counted as one class (both state no position; the
  annotation guide itself separates them only by how contestable the content is).
* **holder precision** — distinct extracted holders that match some gold holder
  / distinct extracted holders.
* **opinion precision / recall** — an extracted opinion sentence is correct when
  it overlaps a gold opinion string in the text; a gold opinion is found when
  some extracted opinion overlaps it.
* **vocabulary overlap** — gold vocabulary words found (by word or lemma) among
  the extracted entries / gold words.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..analysis._common import holders_match, name_tokens


@dataclass
class Scores:
    gold_holders: int = 0
    recalled_holders: int = 0
    extracted_holders: int = 0
    precise_holders: int = 0
    matched_stances: int = 0
    correct_stances: int = 0
    correct_merged: int = 0
    opinions_extracted: int = 0
    opinions_correct: int = 0
    opinions_gold: int = 0
    opinions_found: int = 0
    vocab_gold: int = 0
    vocab_found: int = 0
    details: list = field(default_factory=list)

    def add(self, other: "Scores") -> None:
        for name in self.__dataclass_fields__:
            if name != "details":
                setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def _ratio(a: int, b: int) -> float | None:
        return a / b if b else None

    def summary(self) -> dict:
        return {
            "holder_precision": self._ratio(self.precise_holders, self.extracted_holders),
            "stance_holder_recall": self._ratio(self.recalled_holders, self.gold_holders),
            "stance_accuracy": self._ratio(self.correct_stances, self.matched_stances),
            "stance_accuracy_merged": self._ratio(self.correct_merged, self.matched_stances),
            "opinion_precision": self._ratio(self.opinions_correct, self.opinions_extracted),
            "opinion_recall": self._ratio(self.opinions_found, self.opinions_gold),
            "vocabulary_overlap": self._ratio(self.vocab_found, self.vocab_gold),
        }


def _span_of(text_paragraphs: list[str], needle: str) -> tuple[int, int, int] | None:
    for i, p in enumerate(text_paragraphs):
        k = p.find(needle)
        if k >= 0:
            return i, k, k + len(needle)
    return None


def score_attributions(parsed, attributions: list[dict], gold: dict, scores: Scores) -> None:
    stances = gold.get("stances", [])
    gold_names = {}
    for s in stances:
        gold_names.setdefault(" ".join(name_tokens(s["holder"])) or s["holder"], s["holder"])
    extracted = {}
    for a in attributions:
        extracted.setdefault(" ".join(name_tokens(a["holder"])) or a["holder"], a["holder"])
    scores.gold_holders += len(gold_names)
    scores.recalled_holders += sum(
        any(holders_match(g, e) for e in extracted.values()) for g in gold_names.values())
    scores.extracted_holders += len(extracted)
    wrong = [e for e in extracted.values() if not any(holders_match(e, g) for g in gold_names.values())]
    scores.precise_holders += len(extracted) - len(wrong)
    misses = []
    for s in stances:
        cands = [a for a in attributions if holders_match(a["holder"], s["holder"])]
        if not cands:
            continue
        span = _span_of(parsed.paragraphs, s["evidence"])
        best = None
        if span is not None:
            par, lo, hi = span
            overlapping = [a for a in cands if a["paragraph"] == par and a["start"] < hi and lo < a["end"]]
            if overlapping:
                best = max(overlapping, key=lambda a: a["confidence"])
        if best is None:
            best = max(cands, key=lambda a: a["confidence"])
        scores.matched_stances += 1
        if best["stance"] == s["stance"]:
            scores.correct_stances += 1
        if _merged(best["stance"]) == _merged(s["stance"]):
            scores.correct_merged += 1
        else:
            misses.append((s["holder"], s["stance"], best["stance"]))
    scores.details.append({"false_holders": wrong, "stance_misses": misses,
                           "missed_holders": [g for g in gold_names.values()
                                              if not any(holders_match(g, e) for e in extracted.values())]})


#: Classes that take no position, counted as one by the merged accuracy.
_NO_POSITION = ("claims", "neutral_report")


def _merged(stance: str) -> str:
    return "no_position" if stance in _NO_POSITION else stance


def score_opinions(parsed, opinions: list[dict], gold: dict, scores: Scores) -> None:
    gold_spans = [sp for sp in (_span_of(parsed.paragraphs, o) for o in gold.get("opinions", [])) if sp]
    scores.opinions_gold += len(gold.get("opinions", []))
    scores.opinions_extracted += len(opinions)
    wrong = []
    for o in opinions:
        if any(o["paragraph"] == p and o["start"] < hi and lo < o["end"] for p, lo, hi in gold_spans):
            scores.opinions_correct += 1
        else:
            wrong.append(o["text"][:80])
    scores.opinions_found += sum(
        any(o["paragraph"] == p and o["start"] < hi and lo < o["end"] for o in opinions)
        for p, lo, hi in gold_spans)
    scores.details.append({"false_opinions": wrong})


def score_vocabulary(vocabulary: list[dict], gold: dict, scores: Scores) -> None:
    words = {v["word"].lower() for v in vocabulary} | {v["lemma"].lower() for v in vocabulary}
    gold_words = [w.lower() for w in gold.get("vocabulary", [])]
    scores.vocab_gold += len(gold_words)
    scores.vocab_found += sum(w in words for w in gold_words)


def score_article(text: str, gold: dict) -> Scores:
    from ..articles.parse import parse_article
    from ..analysis import analyze

    parsed = parse_article(text)
    result = analyze(parsed)
    scores = Scores()
    score_attributions(parsed, result["attributions"], gold, scores)
    score_opinions(parsed, result["opinions"], gold, scores)
    score_vocabulary(result["vocabulary"], gold, scores)
    return scores


def evaluate_dir(directory: str | Path) -> tuple[dict[str, Scores], Scores]:
    directory = Path(directory)
    per_article: dict[str, Scores] = {}
    total = Scores()
    for gold_path in sorted(directory.glob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        if not text_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        s = score_article(text_path.read_text(encoding="utf-8"), gold)
        per_article[text_path.stem] = s
        total.add(s)
    return per_article, total


def _fmt(v: float | None) -> str:
    return "  n/a" if v is None else f"{v * 100:5.1f}"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print("usage: python -m quizgen.benchmark.analysis DIR [--details]", file=sys.stderr)
        return 2
    per_article, total = evaluate_dir(argv[0])
    cols = ["holder_precision", "stance_holder_recall", "stance_accuracy", "stance_accuracy_merged",
            "opinion_precision", "opinion_recall", "vocabulary_overlap"]
    heads = ["holdP", "holdR", "stAcc", "stMrg", "opP", "opR", "vocab"]
    print(f"{'article':40} " + " ".join(f"{h:>5}" for h in heads))
    for name, s in per_article.items():
        summ = s.summary()
        print(f"{name[:40]:40} " + " ".join(_fmt(summ[c]) for c in cols))
        if "--details" in argv:
            for d in s.details:
                for k, v in d.items():
                    if v:
                        print(f"    {k}: {v}")
    summ = total.summary()
    print(f"{'TOTAL':40} " + " ".join(_fmt(summ[c]) for c in cols))
    return 0


if __name__ == "__main__":
    sys.exit(main())
