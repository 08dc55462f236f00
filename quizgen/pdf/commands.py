"""``quizgen pdf``: print a quiz as a worksheet (and key, and versions)."""
from __future__ import annotations

from pathlib import Path

import click

from .model import Worksheet, worksheet_for_quiz


def _sibling(out: Path, suffix: str) -> Path:
    return out.with_name(f"{out.stem}{suffix}{out.suffix or '.pdf'}")


def worksheet_from_article_file(path: Path, count: int, seed: int) -> tuple[Worksheet, object]:
    from ..articles import parse_article
    from ..articles.readers import read_upload
    from ..generate import generate_questions

    document = read_upload(path.name, path.read_bytes())
    parsed = parse_article(document.text, title=document.title)
    result = generate_questions(parsed, count=count, seed=seed)
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    return Worksheet(title=parsed.title, questions=list(result.questions), article=parsed.to_dict()), parsed


def worksheet_from_quiz(app, quiz_id: int, base_url: str | None) -> Worksheet:
    from ..db import connect, migrate
    from ..library import get_article_for_quiz
    from ..quizzes import get_quiz_by_id

    migrate(app.config["DATABASE"])
    db = connect(app.config["DATABASE"])
    try:
        quiz = get_quiz_by_id(db, quiz_id)
        if quiz is None:
            raise click.ClickException(f"No quiz with id {quiz_id}.")
        article = get_article_for_quiz(db, quiz.article_id)["parsed"]
    finally:
        db.conn.close()
    return worksheet_for_quiz(quiz, article, base_url)


def glossary_for(parsed) -> list[dict]:
    from ..analysis.vocabulary import find_vocabulary

    return [{"word": e.word, "definition": e.definition, "paragraph": e.paragraph}
            for e in find_vocabulary(parsed)]


@click.command("pdf")
@click.argument("source")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The PDF to write. The key and versions go beside it: NAME-key.pdf, NAME-A.pdf, NAME-A-key.pdf …")
@click.option("--key", is_flag=True, help="Also write the answer key (NAME-key.pdf).")
@click.option("--versions", type=click.IntRange(1, 26), default=None,
              help="Print N versions (A, B, C …) with shuffled question and option order, each with its key.")
@click.option("--paper", type=click.Choice(["letter", "a4"], case_sensitive=False), default="letter",
              show_default=True, help="Paper size.")
@click.option("--large-print", is_flag=True, help="Large print: reading and answer text at 16 pt or more.")
@click.option("--no-article", is_flag=True, help="Leave the article out (questions only).")
@click.option("--line-numbers", is_flag=True, help="Number every fifth line of the article.")
@click.option("--glossary", is_flag=True, help="Print a glossary of harder words after the article.")
@click.option("--count", type=click.IntRange(1, 100), default=12, show_default=True,
              help="Questions to generate (ARTICLE_FILE only).")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed for question generation and version shuffling.")
@click.option("--base-url", default=None, metavar="URL",
              help="Address students open (e.g. http://192.168.1.20:5000); with a published quiz the "
                   "footer gets a QR code to URL/join/CODE.")
@click.pass_context
def pdf_command(ctx, source: str, out: Path, key: bool, versions: int | None, paper: str, large_print: bool,
                no_article: bool, line_numbers: bool, glossary: bool, count: int, seed: int,
                base_url: str | None) -> None:
    """Print a quiz as a PDF worksheet.

    SOURCE is a quiz id from the database or an article file (.txt, .md,
    .docx, .pdf …), from which COUNT questions are generated. Fonts are
    embedded, so the PDF prints the same on any machine.
    """
    from ..articles import ArticleError
    from . import render_versions, render_worksheet

    parsed = None
    path = Path(source)
    try:
        if source.isdigit() and not path.exists():
            ws = worksheet_from_quiz(ctx.obj, int(source), base_url)
            article = ws.article
        elif path.is_file():
            ws, parsed = worksheet_from_article_file(path, count, seed)
            article = ws.article
        else:
            raise click.BadParameter(f"{source!r} is neither a quiz id nor a file", param_hint="SOURCE")
    except ArticleError as error:
        raise click.ClickException(str(error)) from error
    if not ws.questions:
        raise click.ClickException("The quiz has no questions to print.")
    words = None
    if glossary:
        if parsed is None and article:
            from ..articles import parse_article
            parsed = parse_article("\n\n".join([article.get("title") or ""] + list(article.get("paragraphs") or [])),
                                   title=article.get("title"))
        words = glossary_for(parsed) if parsed is not None else None
    options = {"paper": paper.lower(), "large_print": large_print, "include_article": not no_article,
               "line_numbers": line_numbers, "glossary": words}
    out.parent.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if versions:
        for letter, sheet, answer_key in render_versions(ws, versions, seed=seed, **options):
            target = _sibling(out, f"-{letter}")
            target.write_bytes(sheet)
            key_target = _sibling(out, f"-{letter}-key")
            key_target.write_bytes(answer_key)
            written += [target, key_target]
    else:
        out.write_bytes(render_worksheet(ws, **options))
        written.append(out)
        if key:
            key_target = _sibling(out, "-key")
            key_target.write_bytes(render_worksheet(ws, key=True, paper=options["paper"], large_print=large_print))
            written.append(key_target)
    for target in written:
        click.echo(str(target))
