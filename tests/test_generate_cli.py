import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from quizgen.cli import cli

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "articles" / "04-mecca-crane-collapse.txt"


def test_generate_json_shape():
    result = CliRunner().invoke(cli, ["generate", str(ARTICLE), "--count", "6", "--format", "json", "--seed", "2"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data["article"]) >= {"title", "paragraphs"}
    assert len(data["questions"]) == 6
    for q in data["questions"]:
        for e in q["evidence"]:
            assert data["article"]["paragraphs"][e["paragraph"]][e["start"]:e["end"]] == e["text"]


def test_generate_text_and_types():
    result = CliRunner().invoke(cli, ["generate", str(ARTICLE), "--types", "tf", "--count", "4"])
    assert result.exit_code == 0, result.output
    assert "Key: True" in result.output or "Key: False" in result.output
    assert "multiple choice" not in result.output
    bad = CliRunner().invoke(cli, ["generate", str(ARTICLE), "--types", "essay"])
    assert bad.exit_code != 0 and "unknown question type" in bad.output


def test_eval_command(tmp_path):
    for name in ("04-mecca-crane-collapse.txt", "04-mecca-crane-collapse.gold.json"):
        shutil.copy(ROOT / "eval" / "dev" / name, tmp_path / name)
    out = tmp_path / "report.json"
    result = CliRunner().invoke(cli, ["eval", str(tmp_path), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "TOTAL fact recall" in result.output
    assert json.loads(out.read_text())["total"]["articles"] == 1
    for command in ("generate", "eval"):
        assert CliRunner().invoke(cli, [command, "--help"]).exit_code == 0


def test_render_text_every_type():
    from quizgen.generate.commands import render_text
    from quizgen.questions import Evidence, Question

    ev = [Evidence(0, 0, 9, "Ann Lee w")]
    made = [
        Question("1", "multiple_choice", "fact", "Who won the race?", "Ann Lee", ev,
                 choices=["Ann Lee", "Bo Park", "Cy Moss", "Di Roe"]),
        Question("2", "true_false", "fact", "Ann Lee won the race.", "True", ev, choices=["True", "False"]),
        Question("3", "cloze", "fact", "______ won the race.", "Ann Lee", ev, word_bank=["Ann Lee", "Bo Park"]),
        Question("4", "short_answer", "inference", "Why did Ann Lee win?", "She trained daily.", ev,
                 rubric=[{"points": 1, "criterion": "mentions training"}]),
        Question("5", "ordering", "sequence", "Put the events in order.", ["start", "middle", "end"], ev,
                 choices=["end", "start", "middle"]),
        Question("6", "matching", "stance", "Match each speaker with a position.",
                 [["Ann Lee", "supports it"], ["Bo Park", "opposes it"]], ev,
                 choices=["opposes it", "supports it"]),
        Question("7", "fact_or_opinion", "opinion", "Is this a fact or an opinion? The race was fun.",
                 "Opinion", ev, choices=["Fact", "Opinion"]),
    ]
    text = render_text("Race day", made, ["a note"])
    assert "Key: start -> middle -> end" in text
    assert "Key: Ann Lee = supports it; Bo Park = opposes it" in text
    assert "Key: Opinion" in text and "Note: a note" in text
    for q in made:
        assert q.prompt in text


def test_generate_text_with_matching():
    seed = ROOT / "articles" / "00-north-korea-troops-russia.txt"
    if not seed.exists():
        return
    result = CliRunner().invoke(cli, ["generate", str(seed), "--types", "stance", "--count", "8",
                                      "--format", "text"])
    assert result.exit_code == 0, result.output
    assert "Key:" in result.output
