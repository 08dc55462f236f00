"""Question-generation speed beside the bare spaCy parse of the same text.

Run with ``make bench`` (``.venv/bin/python bench/bench_generate.py``).
Targets: seed article <= 0.5 s warm; ``quizgen generate`` cold <= 4 s;
a ~5,000-word article <= 3 s warm.
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizgen.articles.parse import clear_parse_cache, parse_article  # noqa: E402
from quizgen.generate import generate_questions  # noqa: E402
from quizgen.nlp import load_pipeline, processing_text  # noqa: E402

SEED = ROOT / "articles" / "00-north-korea-troops-russia.txt"


def bare_parse(text: str) -> float:
    parsed = parse_article(text)
    nlp = load_pipeline()
    started = time.perf_counter()
    list(nlp.pipe(processing_text(p) for p in parsed.paragraphs))
    return time.perf_counter() - started


def warm_generate(text: str) -> tuple[float, int]:
    """Parse + generate as the app does for a new article (parse cache cleared)."""
    clear_parse_cache()
    started = time.perf_counter()
    result = generate_questions(parse_article(text), count=12, seed=0)
    return time.perf_counter() - started, len(result.questions)


def report(label: str, text: str) -> None:
    warm_generate(text)  # warm the code paths once
    spacy_s = min(bare_parse(text) for _ in range(3))
    gen_s, n = min(warm_generate(text) for _ in range(3))
    print(f"{label}: {len(text.split()):,} words, {n} questions: generate {gen_s:.3f} s "
          f"(bare spaCy parse {spacy_s:.3f} s, ratio {gen_s / spacy_s:.2f})")


def long_article(words: int) -> str:
    """The sample articles' paragraphs, in order and repeated, up to ``words`` words."""
    paragraphs = [p.strip() for path in sorted((ROOT / "articles").glob("*.txt"))
                  for p in path.read_text(encoding="utf-8").split("\n", 1)[1].split("\n\n") if p.strip()]
    out, total = ["A long article"], 0
    while total < words:
        for paragraph in paragraphs:
            out.append(paragraph)
            total += len(paragraph.split())
            if total >= words:
                break
    return "\n\n".join(out) + "\n"


def main() -> None:
    load_pipeline()
    seed = SEED.read_text(encoding="utf-8")
    report("seed article warm (target <= 0.5 s)", seed)
    report("~5,000-word article warm (target <= 3 s)", long_article(5000))
    exe = ROOT / ".venv" / "bin" / "quizgen"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "quizgen.generate.commands"]
    started = time.perf_counter()
    subprocess.run([*cmd, "generate", str(SEED), "--format", "json"], check=True, capture_output=True)
    print(f"quizgen generate cold (subprocess, target <= 4 s): {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
