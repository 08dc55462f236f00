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
