"""The ``quizgen`` command: serve, init-db, import-articles, create-teacher, reset-password, analyze."""
from __future__ import annotations

import errno
import importlib
import json
import os
import signal
import socket
import sys
from pathlib import Path

import click

#: Open connections waitress accepts: every student's browser keeps one or two
#: open (the capacity benchmark serves 1,000+ students; README, "Sizing").
CONNECTION_LIMIT = 4000

#: Commands imported only when run (``quizgen --help`` must not load spaCy,
#: Flask or reportlab): name -> (module, attribute, short help for listings).
LAZY_COMMANDS = {
    "generate": ("quizgen.generate.commands", "generate_command",
                 "Generate a reading-comprehension quiz from the article in FILE."),
    "eval": ("quizgen.generate.commands", "eval_command",
             "Measure question quality on DIRECTORY of NN-slug.txt + NN-slug.gold.json files."),
    "pdf": ("quizgen.pdf.commands", "pdf_command", "Print a quiz as a PDF worksheet."),
    "export": ("quizgen.exports.commands", "export_command", "Export a quiz for another tool."),
    "import": ("quizgen.imports.commands", "import_command",
               "Import questions from FILE (GIFT, Moodle XML, Aiken, Kahoot, Quizizz, Blooket or CSV)."),
    "init-db": ("quizgen.db", "init_db_command", "Create the database or apply pending migrations (idempotent)."),
    "worker": ("quizgen.jobs.worker", "worker_command",
               "Run quizgen's slow jobs (parsing, analysis, drafting questions)."),
}
#: Commands that never use the Flask app: no app is built for them.
APP_FREE = {"generate", "eval", "analyze", "worker"}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(LAZY_COMMANDS))

    def get_command(self, ctx: click.Context, name: str):
        command = super().get_command(ctx, name)
        if command is None and name in LAZY_COMMANDS:
            module, attr, _ = LAZY_COMMANDS[name]
            command = getattr(importlib.import_module(module), attr)
            self.add_command(command, name)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            lazy = LAZY_COMMANDS.get(name)
            if lazy and lazy[2] and name not in self.commands:
                rows.append((name, _shorten(lazy[2], formatter.width - 6 - len(name))))
                continue
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(formatter.width - 6 - len(name))))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(cls=LazyGroup, help="quizgen: reading-comprehension quizzes from a teacher's own article.")
@click.pass_context
def cli(ctx: click.Context) -> None:
    if ctx.obj is None and ctx.invoked_subcommand not in APP_FREE:
        from . import create_app

        ctx.obj = create_app()


@cli.command("import-articles")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.pass_obj
def import_articles_command(app, paths: tuple[Path, ...], quiet: bool) -> None:
    """Import article files (or folders of them) into the shared sample library.

    Importing the same file again updates it in place; nothing is duplicated.
    """
    from .db import migrate

    migrate(app.config["DATABASE"])
    import_library(app, paths, progress=not quiet)


def import_library(app, paths, progress: bool = False) -> dict[str, int]:
    from .db import connect
    from .library import import_samples, sample_files

    db = connect(app.config["DATABASE"])
    counts: dict[str, int] = {}
    try:
        files = sample_files(paths)
        with click.progressbar(length=len(files), label="Importing articles", file=sys.stderr,
                               show_pos=True, hidden=not progress) as bar:
            for path, outcome in import_samples(db, files):
                bar.update(1)
                key = outcome.split(":")[0]
                counts[key] = counts.get(key, 0) + 1
                if key == "skipped":
                    click.echo(f"\n{path.name}: {outcome}", err=True)
    finally:
        db.conn.close()
    click.echo(", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "No article files found.")
    return counts


@cli.command("create-teacher")
@click.argument("username")
@click.option("--name", "display_name", help="Name shown in the app (default: the username).")
@click.password_option(help="The password (prompted for, twice, when not given).")
@click.pass_obj
def create_teacher_command(app, username: str, display_name: str | None, password: str) -> None:
    """Create a teacher account."""
    from .accounts import AccountError, create_teacher
    from .db import connect, migrate

    migrate(app.config["DATABASE"])
    db = connect(app.config["DATABASE"])
    try:
        teacher = create_teacher(db, username, password, display_name)
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    finally:
        db.conn.close()
    click.echo(f"Created teacher {teacher.username!r}.")


@cli.command("reset-password")
@click.argument("username")
@click.option("--password", help="The new password (prompted for, twice, when not given).")
@click.option("--generate", is_flag=True, help="Make up a new password and print it once.")
@click.pass_obj
def reset_password_command(app, username: str, password: str | None, generate: bool) -> None:
    """Give teacher USERNAME a new password (signs them out everywhere)."""
    from .accounts import AccountError, generate_password, set_password
    from .db import connect, migrate

    if generate:
        password = generate_password()
    elif password is None:
        password = click.prompt("New password", hide_input=True, confirmation_prompt=True)
    migrate(app.config["DATABASE"])
    db = connect(app.config["DATABASE"])
    try:
        set_password(db, username, password)
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    finally:
        db.conn.close()
    click.echo(f"New password for {username!r}" + (f":  {password}" if generate else " saved.")
               + "  They are signed out everywhere.")


def ensure_teacher(app) -> None:
    """With no teacher yet, create one and print its password once."""
    from .accounts import create_teacher, generate_password, teacher_count
    from .db import connect

    db = connect(app.config["DATABASE"])
    try:
        if teacher_count(db):
            return
        password = generate_password()
        create_teacher(db, "teacher", password, "Teacher")
    finally:
        db.conn.close()
    click.echo("\n  First start: created the account  teacher  with password  "
               f"{password}\n  Write it down now: it is not shown again. Change it in the app (Change my "
               "password), or set a new one with `quizgen reset-password teacher`.\n"
               "  Add more teachers with `quizgen create-teacher NAME`.\n")


@cli.command("serve")
@click.option("--host", default=lambda: os.environ.get("HOST", "127.0.0.1"), show_default="HOST or 127.0.0.1",
              help="Address to listen on.")
@click.option("--port", default=lambda: int(os.environ.get("PORT", "5000")), type=int,
              show_default="PORT or 5000", help="Port to listen on.")
@click.option("--threads", default=8, show_default=True, help="Worker threads.")
@click.option("--workers", "job_workers", type=click.IntRange(1, 16), default=None,
              help="Job worker processes (parsing, drafting questions) [default: JOB_WORKERS, 1].")
@click.option("--no-import", is_flag=True, help="Do not import the sample articles first.")
@click.pass_obj
def serve_command(app, host: str, port: int, threads: int, job_workers: int | None, no_import: bool) -> None:
    """Migrate the database, load the sample library, start the job workers and serve with waitress.

    Everything that touches the database happens here, before the server
    starts its threads. This process never loads the language model: parsing
    and question drafting run in the worker processes it starts and stops.
    """
    from waitress import serve

    from .db import migrate
    from .jobs.queue import default_queue_file
    from .jobs.supervisor import Workers

    _check_port(host, port)
    migrate(app.config["DATABASE"])
    if not no_import and Path(app.config["ARTICLES_DIR"]).is_dir():
        import_in_subprocess(app, Path(app.config["ARTICLES_DIR"]))
    ensure_teacher(app)
    raise_open_files_limit(CONNECTION_LIMIT + 100)
    workers = Workers(app.config["DATABASE"], app.config.get("JOBS_QUEUE") or default_queue_file(app.config["DATABASE"]),
                      count=job_workers or app.config["JOB_WORKERS"], niceness=app.config["JOB_NICE"]).start()
    signal.signal(signal.SIGTERM, _exit_on_sigterm)  # so `finally` stops the workers
    app.config["LISTEN_HOST"], app.config["LISTEN_PORT"] = host, port
    click.echo(f"quizgen is running at http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/"
               "  (Ctrl+C to stop)")
    click.echo(student_address_lines(app.config.get("BASE_URL"), host, port))
    try:
        # Every browser keeps a keep-alive connection or two open for minutes;
        # waitress's default of 100 connections would stall a class of 60+ students.
        serve(app, host=host, port=port, threads=threads, ident="quizgen",
              connection_limit=CONNECTION_LIMIT, asyncore_use_poll=True)
    except OSError as exc:  # the port taken between the check and the start
        raise click.ClickException(_port_problem(host, port, exc)) from None
    finally:
        workers.stop()


def _check_port(host: str, port: int) -> None:
    """Refuse to start, with a message a teacher can act on, when the address
    cannot be listened on (another quizgen still running, another program)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as waitress does: TIME_WAIT is no conflict
            probe.bind(address)
    except OSError as exc:
        raise click.ClickException(_port_problem(host, port, exc)) from None


def _port_problem(host: str, port: int, exc: OSError) -> str:
    if exc.errno == errno.EADDRINUSE:
        return (f"Port {port} is already in use on {host}: quizgen may already be running (open "
                f"http://127.0.0.1:{port}/ to check), or another program uses the port. Stop it, or start "
                f"quizgen on another port: PORT={port + 1} make run (or quizgen serve --port {port + 1}).")
    return f"quizgen cannot listen on {host} port {port}: {exc.strerror or exc}. Check HOST and PORT."


def _exit_on_sigterm(signum, frame) -> None:
    raise SystemExit(0)


def import_in_subprocess(app, folder: Path) -> None:
    """Import the samples in a child process: parsing loads the language model,
    which the web process must never hold."""
    import subprocess

    env = dict(os.environ, QUIZGEN_DATABASE=str(app.config["DATABASE"]))
    subprocess.run([sys.executable, "-c", "from quizgen.cli import cli; cli()", "import-articles", "--quiet",
                    str(folder)], env=env, check=False)


def raise_open_files_limit(wanted: int) -> None:
    """Every open connection is a file descriptor; many systems start at 1,024."""
    try:
        import resource
    except ImportError:  # not on this platform
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


def student_address_lines(base_url: str | None, host: str, port: int) -> str:
    """What `quizgen serve` prints about the address students open."""
    from .network import student_urls

    address = student_urls(f"http://127.0.0.1:{port}/", base_url or None, host, port)
    if address.urls:
        return "\n".join([f"Students open:  {address.urls[0]}join", *(f"            or  {url}join"
                                                                  for url in address.urls[1:])])
    return ("Students' devices cannot reach this server: it only listens on this computer "
            f"({host}).\nTo let them in, stop it and run  HOST=0.0.0.0 make run  "
            "(or quizgen serve --host 0.0.0.0).")


@cli.command("analyze")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True,
              help="JSON for programs, text for people.")
@click.option("--quiet", is_flag=True, help="Do not show the steps on stderr.")
def analyze_command(file: Path, fmt: str, quiet: bool) -> None:
    """Print how quizgen reads FILE: title, byline, paragraphs, sentences, reading facts."""
    from .articles import ArticleError, parse_article
    from .articles.readers import read_upload
    from .jobs.cli_steps import cli_steps

    with cli_steps("article", enabled=not quiet) as step:
        try:
            document = read_upload(file.name, file.read_bytes())
            step("parsing")
            parsed = parse_article(document.text, title=document.title)
        except ArticleError as error:
            raise click.ClickException(str(error)) from error
        step("analysing")
        result = analysis_json(parsed)
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        click.echo(analysis_text(result))


def analysis_json(parsed) -> dict:
    from .analysis import analyze

    return parsed.to_dict() | analyze(parsed)


def analysis_text(result: dict) -> str:
    reading = result["reading"]
    lines = [result["title"], "=" * len(result["title"])]
    lines += [f"Byline: {result['byline']}"] if result["byline"] else []
    lines += [f"Dateline: {result['dateline']}"] if result["dateline"] else []
    lines += [f"Caption: {c}" for c in result["captions"]]
    lines.append("")
    for number, paragraph in enumerate(result["paragraphs"], start=1):
        lines.append(f"[{number}] {paragraph}")
    lines.append("")
    lines.append(f"{reading['words']} words, {reading['sentences']} sentences, "
                 f"grade {reading['fk_grade']}, about {reading['minutes']} min")
    if reading["hard_words"]:
        lines.append("Hard words: " + ", ".join(reading["hard_words"]))
    if result.get("attributions"):
        lines += ["", "Who says what:"]
        lines += [f"  ¶{a['paragraph'] + 1} {a['holder']} — {a['stance']} ({a['cue']}): {a['target']}"
                  for a in result["attributions"]]
    if result.get("opinions"):
        lines += ["", "Opinion sentences:"]
        lines += [f"  ¶{o['paragraph'] + 1} {o['text']}  [{o['cue']}]" for o in result["opinions"]]
    if result.get("vocabulary"):
        lines += ["", "Glossary:"]
        lines += [f"  {v['word']} (¶{v['paragraph'] + 1}, {v['pos'].lower()}): {v['definition']}"
                  for v in result["vocabulary"]]
    return "\n".join(lines)

# generate, eval and pdf are registered lazily: see LAZY_COMMANDS.


def _shorten(summary: str, limit: int) -> str:
    """``summary`` cut at a word to fit ``limit`` characters, as Click lists commands."""
    if len(summary) <= limit:
        return summary
    cut = summary[: max(0, limit - 3)].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;.") + "..."
