"""``quizgen export``: write a quiz for Moodle, Canvas, Blackboard, Kahoot, Quizizz or Blooket."""
from __future__ import annotations

from pathlib import Path

import click

from . import FORMATS, ExportError, ExportResult, ExportSource, export


def source_from_quiz(app, quiz_id: int) -> ExportSource:
    from ..db import connect, migrate
    from ..library import get_article_for_quiz
    from ..quizzes import get_quiz_by_id
    from .sources import source_for_quiz

    migrate(app.config["DATABASE"])
    db = connect(app.config["DATABASE"])
    try:
        quiz = get_quiz_by_id(db, quiz_id)
        if quiz is None:
            raise click.ClickException(f"No quiz with id {quiz_id}.")
        return source_for_quiz(quiz, get_article_for_quiz(db, quiz.article_id)["parsed"])
    finally:
        db.conn.close()


def source_from_article_file(path: Path, count: int, seed: int) -> ExportSource:
    from ..articles import parse_article
    from ..articles.readers import read_upload
    from ..generate import generate_questions
    from .sources import source_for_questions

    document = read_upload(path.name, path.read_bytes())
    parsed = parse_article(document.text, title=document.title)
    result = generate_questions(parsed, count=count, seed=seed)
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    return source_for_questions(parsed.title, list(result.questions), parsed.to_dict())


def report_lines(result: ExportResult) -> list[str]:
    """What the teacher reads: what was carried, what was not and why, what to know."""
    from ..web.question_forms import TYPE_LABELS

    lines = [f"{result.format.label}: {result.carried} of {result.total} questions exported."]
    for skipped in result.skipped:
        kind = TYPE_LABELS.get(skipped.type, skipped.type).lower()
        lines.append(f"  not exported: question {skipped.number} ({kind}): {skipped.reason}")
    lines += [f"  note: {note}" for note in result.notes]
    return lines


@click.command("export")
@click.argument("source")
@click.option("--format", "fmt", required=True, type=click.Choice(list(FORMATS), case_sensitive=False),
              help="gift (Moodle), moodle_xml, canvas_qti (.zip), blackboard (upload .txt), "
                   "kahoot (.xlsx), quizizz (.xlsx), blooket (.csv).")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write.")
@click.option("--count", type=click.IntRange(1, 100), default=12, show_default=True,
              help="Questions to generate (ARTICLE_FILE only).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for question generation.")
@click.pass_context
def export_command(ctx, source: str, fmt: str, out: Path, count: int, seed: int) -> None:
    """Export a quiz for another tool.

    SOURCE is a quiz id from the database or an article file (.txt, .md,
    .docx, .pdf …), from which COUNT questions are generated. The questions a
    format cannot carry are listed with the reason; nothing is cut short.
    """
    from ..articles import ArticleError

    path = Path(source)
    try:
        if source.isdigit() and not path.exists():
            quiz = source_from_quiz(ctx.obj, int(source))
        elif path.is_file():
            quiz = source_from_article_file(path, count, seed)
        else:
            raise click.BadParameter(f"{source!r} is neither a quiz id nor a file", param_hint="SOURCE")
        result = export(quiz, fmt.lower())
    except (ArticleError, ExportError) as error:
        raise click.ClickException(str(error)) from error
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(result.data)
    for line in report_lines(result):
        click.echo(line, err=True)
    click.echo(str(out))
