import json
import shutil
from pathlib import Path

from quizgen.benchmark.questions import evaluate_dir
from quizgen.quality import flaws, key_matches, pronoun_led
from quizgen.questions import Evidence, Question

EVAL = Path(__file__).resolve().parent.parent / "eval" / "dev"


def test_key_matching_ignores_articles_prepositions_and_hedges():
    assert key_matches("October 18th", "On October 18th")
    assert key_matches("10,000 agents", "approximately 10,000 agents")
    assert key_matches("1,500", "1,500 agents")
    assert not key_matches("North Korea", "South Korea")
    assert not key_matches("the war", "the expansion of the Russo-Ukrainian war in Europe")


def test_flaws_are_detected():
    paras = ["He visited Oslo in 2001."]
    q = Question(id="x", type="multiple_choice", skill="fact", prompt="What did he visit in Oslo?",
                 answer="Oslo", choices=["Oslo", "Oslo", "None of the above"],
                 evidence=[Evidence(0, 0, 5, "He vis")])
    found = set(flaws(q, paras))
    assert {"key_in_stem", "duplicate_choices", "pronoun", "all_none_of_the_above",
            "evidence_not_slice"} <= found
    assert pronoun_led("They said it was late?")
    assert not pronoun_led("Who visited Oslo in 2001?")


def test_evaluate_dir_reports_every_metric(tmp_path):
    for name in ("04-mecca-crane-collapse.txt", "04-mecca-crane-collapse.gold.json"):
        shutil.copy(EVAL / name, tmp_path / name)
    (tmp_path / "99-no-gold.txt").write_text("Title\n\nNo gold file here.", encoding="utf-8")
    report = evaluate_dir(tmp_path)
    assert list(report["articles"]) == ["04-mecca-crane-collapse"]
    a = report["articles"]["04-mecca-crane-collapse"]
    gold = json.loads((tmp_path / "04-mecca-crane-collapse.gold.json").read_text())
    assert a["facts_total"] == len(gold["facts"])
    assert 0 < a["facts_found"] <= a["facts_total"]
    assert a["default"]["flaw_total"] == 0 and a["pool"]["flaw_total"] == 0
    for key in ("types", "key_positions", "longest_is_key", "multiple_choice"):
        assert key in a["default"]
    assert a["pool_per_250_words"] > 0 and a["seconds"] >= 0
    assert report["total"]["fact_recall"] == a["fact_recall"]
