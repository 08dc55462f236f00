"""``quizgen import``: questions from a GIFT, Moodle XML, Aiken, Kahoot, Quizizz,
Blooket or CSV file into a quiz, onto an article, or with the file's own passage."""
from __future__ import annotations

from pathlib import Path

import click

from . import FORMATS


def _teacher_id(db, username: str | None) -> int:
    """The named teacher, or the only one there is."""
    from ..accounts import normalise_username

    if username:
        row = db.execute("SELECT id FROM teachers WHERE username = ?", [normalise_username(username)]).fetchone()
        if row is None:
            raise click.ClickException(f"No teacher is called {username!r} (see `quizgen create-teacher`).")
        return row[0]
    rows = db.execute("SELECT id FROM teachers ORDER BY id LIMIT 2").fetchall()
    if len(rows) != 1:
        raise click.ClickException("Name the teacher who owns the questions with --teacher NAME." if rows else
                                   "There is no teacher yet: create one with `quizgen create-teacher NAME`.")
    return rows[0][0]


def _target(db, quiz_id: int | None, article_id: int | None, username: str | None):
    """(quiz or None, article dict or None, owner id), checked against the teacher."""
    from ..library import get_article
    from ..quizzes import get_quiz_by_id

    if quiz_id is not None:
        quiz = get_quiz_by_id(db, quiz_id)
        if quiz is None:
            raise click.ClickException(f"No quiz with id {quiz_id}.")
        if username and _teacher_id(db, username) != quiz.owner_id:
            raise click.ClickException(f"Quiz {quiz_id} does not belong to {username}.")
        return quiz, None, quiz.owner_id
    owner = _teacher_id(db, username)
    if article_id is None:
        return None, None, owner
    article = get_article(db, owner, article_id)
    if article is None:
        raise click.ClickException(f"No article with id {article_id} in this teacher's library.")
    return None, article, owner


def _save(db, result, file: Path, quiz, article, owner: int, title: str | None):
    from . import store

    if quiz is not None:
        return store.into_quiz(db, quiz, result)
    if article is not None:
        return store.into_article(db, owner, article, result, title or f"Imported: {article['title']}")
    name = (result.passage.title if result.passage else "") or file.name
    return store.with_passage(db, owner, result, file.name, title or f"Imported: {name}")


def report_lines(result) -> list[str]:
    lines = []
    for heading, items in (("Not imported:", result.problems), ("Imported with a change:", result.warnings)):
        if items:
            lines += [heading, *(f"  {item}" for item in items)]
    if result.notes:
        lines += ["About the whole file:", *(f"  {note}" for note in result.notes)]
    return lines


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--quiz", "quiz_id", type=int, help="Add the questions to the end of this quiz.")
@click.option("--article", "article_id", type=int, help="Make a new draft quiz on this article.")
@click.option("--teacher", "username", help="The teacher who owns them (needed when there are several teachers).")
@click.option("--format", "format_key", type=click.Choice(list(FORMATS)), default=None,
              help="The file's format (default: recognised from the file).")
@click.option("--title", default=None, help="Title of a new quiz (default: “Imported: …”).")
@click.option("--dry-run", is_flag=True, help="Read the file and report; store nothing.")
@click.pass_obj
def import_command(app, file: Path, quiz_id: int | None, article_id: int | None, username: str | None,
                   format_key: str | None, title: str | None, dry_run: bool) -> None:
    """Import questions from FILE (GIFT, Moodle XML, Aiken, Kahoot, Quizizz, Blooket or CSV).

    With --quiz the questions are added to that quiz; with --article they become a
    new draft quiz on it; with neither, the file's reading passage (a description
    before the questions) becomes a new article. Questions that cannot be carried
    are listed with their line or row; the others are imported, all at once or not
    at all. Imported questions need evidence: link it in the quiz editor.
    """
    from ..articles import ArticleError
    from ..db import connect, migrate
    from . import BankError, read_bank

    if quiz_id is not None and article_id is not None:
        raise click.UsageError("Give --quiz or --article, not both.")
    try:
        result = read_bank(file.name, file.read_bytes(), format_key)
    except BankError as error:
        raise click.ClickException(str(error)) from error
    total = len(result.questions) + len(result.problems)
    if dry_run:
        click.echo(f"{result.format_label} file {file.name}: {len(result.questions)} of {total} questions "
                   "can be imported (nothing stored).")
        for line in report_lines(result):
            click.echo(line)
        return
    migrate(app.config["DATABASE"])
    db = connect(app.config["DATABASE"])
    try:
        quiz, article, owner = _target(db, quiz_id, article_id, username)
        saved = _save(db, result, file, quiz, article, owner, title)
    except (BankError, ArticleError) as error:
        for line in report_lines(result):
            click.echo(line, err=True)
        hint = " Give --quiz ID or --article ID." if quiz_id is None and article_id is None else ""
        raise click.ClickException(str(error) + hint) from error
    finally:
        db.conn.close()
    where = f"quiz {saved.quiz_id}" + (" (new)" if saved.new_quiz else "")
    if saved.new_article:
        where += f" on new article {saved.article_id}"
    click.echo(f"{result.format_label} file {file.name}: {saved.imported} of {total} questions imported into {where}.")
    if saved.restored:
        click.echo(f"Evidence came back from the file for {saved.restored}.")
    if saved.needing_evidence:
        click.echo(f"{saved.needing_evidence} need evidence: open the quiz and choose “Link evidence” on each.")
    for line in report_lines(result):
        click.echo(line)
