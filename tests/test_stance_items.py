"""The delivered position items of a development article agree with its gold."""
import json
from pathlib import Path

from quizgen.benchmark.stance_items import _agrees, check_article, main

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "dev"


def test_position_items_of_the_sample_article_agree_with_the_gold():
    text = (DEV / "00-north-korea-troops-russia.txt").read_text(encoding="utf-8")
    gold = json.loads((DEV / "00-north-korea-troops-russia.gold.json").read_text(encoding="utf-8"))
    verdicts = check_article(text, gold)
    assert verdicts, "the sample article's default set has position items"
    assert all(v == "ok" for *_, v in verdicts), verdicts


def test_the_checker_rejects_a_claim_and_an_unknown_holder():
    class Q:
        evidence = []
    assert _agrees(None, {"stances": []}, Q(), "Ana Ruiz", "claims") == "claims is not an evaluative stance"
    assert _agrees(None, {"stances": []}, Q(), "Ana Ruiz", "opposes") == "the gold has no stance by this holder"


def test_checker_command_counts_disagreements(tmp_path, capsys):
    (tmp_path / "a.txt").write_text((DEV / "00-north-korea-troops-russia.txt").read_text(encoding="utf-8"),
                                    encoding="utf-8")
    (tmp_path / "a.gold.json").write_text(json.dumps({"stances": []}), encoding="utf-8")
    assert main([str(tmp_path)]) > 0
    assert "position-taking items agree" in capsys.readouterr().out
