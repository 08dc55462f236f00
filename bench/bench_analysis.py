"""Analysis (attributions, opinions, vocabulary) beyond the parse, beside the bare parse.

Run with ``make bench`` (``.venv/bin/python bench/bench_analysis.py``).
Target (issue 4): analysis of the seed article <= 0.3 s warm beyond the parse.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizgen.analysis import analyze  # noqa: E402
from quizgen.articles.parse import parse_article  # noqa: E402
from quizgen.nlp import load_pipeline, processing_text  # noqa: E402

SEED = ROOT / "articles" / "00-north-korea-troops-russia.txt"


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    nlp = load_pipeline()
    parsed = parse_article(SEED.read_text(encoding="utf-8"))
    analyze(parsed)  # warm: lexicon and word lists loaded once per process
    parse_s = best_of(3, lambda: list(nlp.pipe(processing_text(p) for p in parsed.paragraphs)))
    analysis_s = best_of(5, lambda: analyze(parsed))
    print(f"seed article: analysis {analysis_s:.3f} s beyond the parse (target <= 0.3 s); "
          f"bare spaCy parse {parse_s:.3f} s; ratio {analysis_s / parse_s:.2f}")


if __name__ == "__main__":
    main()
