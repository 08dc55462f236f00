"""Per-article gold facts the ``--count 40`` pool misses (for studying recall).

    .venv/bin/python scripts/fact_misses.py eval/dev [--all] [--pool]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from quizgen.articles.parse import parse_article
from quizgen.quality import key_matches, question_keys
from quizgen.generate import generate_questions


def main(argv: list[str]) -> None:
    paths = [a for a in argv if not a.startswith("--")]
    directory = Path(paths[0] if paths else "eval/dev")
    show_all, show_pool = "--all" in argv, "--pool" in argv
    total = found_n = 0
    for gold_path in sorted(directory.glob("*.gold.json")):
        text = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt").read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pool = generate_questions(parse_article(text), count=40).questions
        print(f"== {gold_path.name[:-10]}  pool {len(pool)}")
        for fact in gold.get("facts", []):
            hit = next((q for q in pool for k in question_keys(q) if key_matches(k, fact["answer"])), None)
            total += 1
            found_n += hit is not None
            if hit is None or show_all:
                mark = "ok  " if hit else "MISS"
                print(f"  {mark} [{fact.get('type')}] {fact['question']} -> {fact['answer']}")
                if hit:
                    print(f"         by {hit.type}: {hit.prompt} -> {hit.answer}")
        if show_pool:
            for q in pool:
                print(f"    - {q.type[:5]} {q.prompt} -> {q.answer} {q.choices if q.type == 'multiple_choice' else ''}")
    print(f"TOTAL {found_n}/{total} ({found_n / max(total, 1):.1%})")


if __name__ == "__main__":
    main(sys.argv[1:])
