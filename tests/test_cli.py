"""The quizgen command line."""
import json

import pytest

from quizgen.cli import cli
from tests.conftest import ARTICLES, SEED


def all_commands():
    return sorted(cli.commands)


@pytest.mark.parametrize("name", all_commands())
def test_every_command_has_help(runner, name):
    result = runner.invoke([name, "--help"])
    assert result.exit_code == 0
    command = cli.commands[name]
    assert command.help and len(command.help.strip()) > 20, name
    assert "Usage:" in result.output


def test_init_db_is_idempotent(runner):
    assert runner.invoke(["init-db"]).exit_code == 0
    second = runner.invoke(["init-db"])
    assert second.exit_code == 0 and "up to date" in second.output


def test_import_articles_twice_does_not_duplicate(runner, db):
    first = runner.invoke(["import-articles", str(ARTICLES)])
    assert first.exit_code == 0 and "7 added" in first.output
    second = runner.invoke(["import-articles", str(ARTICLES)])
    assert "7 unchanged" in second.output
    assert db["articles"].count == 7


def test_create_teacher(runner, db):
    result = runner.invoke(["create-teacher", "marie", "--password", "radium-1898-polonium"])
    assert result.exit_code == 0
    assert db["teachers"].count == 1
    duplicate = runner.invoke(["create-teacher", "marie", "--password", "radium-1898-polonium"])
    assert duplicate.exit_code != 0 and "already exists" in duplicate.output


def test_create_teacher_refuses_a_short_password(runner):
    result = runner.invoke(["create-teacher", "pierre", "--password", "short"])
    assert result.exit_code != 0 and "at least" in result.output


def test_analyze_json_shape(runner):
    result = runner.invoke(["analyze", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"title", "byline", "captions", "paragraphs", "sentences", "reading"} <= set(data)
    assert data["title"] == "North Korea delivers military aid to Russia"
    sentence = data["sentences"][0]
    assert {"paragraph", "index", "start", "end", "text"} <= set(sentence)
    assert {"words", "sentences", "fk_grade", "minutes", "hard_words"} <= set(data["reading"])


def test_analyze_text(runner):
    result = runner.invoke(["analyze", str(SEED), "--format", "text"])
    assert result.exit_code == 0 and "[1] Last August" in result.output


def test_analyze_bad_file_gives_message(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   ")
    result = runner.invoke(["analyze", str(empty)])
    assert result.exit_code != 0 and "empty" in result.output.lower()
    assert "Traceback" not in result.output


def test_analyze_json_adds_attributions_opinions_vocabulary(runner):
    data = json.loads(runner.invoke(["analyze", str(SEED), "--format", "json"]).output)
    assert {"attributions", "opinions", "vocabulary"} <= set(data)
    first = data["attributions"][0]
    assert {"holder", "cue", "stance", "target", "content", "paragraph", "start", "end", "direct_quote",
            "confidence"} <= set(first)
    assert {"text", "paragraph", "start", "end", "confidence", "cue"} <= set(data["opinions"][0])
    assert {"word", "lemma", "pos", "definition", "paragraph"} <= set(data["vocabulary"][0])
