"""Project rules that a reviewer would otherwise have to remember."""
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest

from quizgen.cli import LAZY_COMMANDS, cli

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = sorted((ROOT / "templates").rglob("*.html"))
STATIC = sorted((ROOT / "quizgen" / "static").rglob("*.*"))


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_templates_never_mark_text_safe(path):
    """Autoescaping stays on everywhere: user text is never passed through |safe or Markup."""
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"\|\s*safe\b|autoescape\s+false", text)


@pytest.mark.parametrize("path", TEMPLATES + STATIC, ids=lambda p: str(p.relative_to(ROOT)))
def test_pages_load_nothing_from_other_sites(path):
    """Offline school machine: no CDN, no third-party requests from any page."""
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", text)
    assert "@import url(" not in text


def test_no_inline_scripts_or_styles():
    """The CSP forbids inline code; a page that needs it would silently break."""
    for path in TEMPLATES:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), path
        assert not re.search(r"\sstyle=|<style", text), path
        assert not re.search(r"\son[a-z]+=", text), path


#: Every command, the lazily loaded ones (generate, eval, pdf, init-db) included.
COMMANDS = cli.list_commands(click.Context(cli))


def test_the_command_list_includes_the_lazy_commands():
    assert {"serve", "init-db", "generate", "eval", "pdf", "analyze"} <= set(COMMANDS)
    assert set(LAZY_COMMANDS) <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`{name}" in readme or f"quizgen {name}" in readme


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_explains_itself_and_its_options(runner, name):
    """``quizgen NAME --help`` (which loads a lazy command) describes the
    command and every option, and ``quizgen --help`` lists the same summary."""
    result = runner.invoke([name, "--help"])
    assert result.exit_code == 0, result.output
    command = cli.get_command(click.Context(cli), name)
    summary = command.get_short_help_str(limit=200)
    assert summary and " ".join(summary.split()) in " ".join(result.output.split())
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert param.help, f"{name} {param.opts[0]} has no help text"
            assert param.opts[0] in result.output
    if name in LAZY_COMMANDS:
        assert LAZY_COMMANDS[name][2] == summary, "the listing in `quizgen --help` differs from the command's own"
    listing = runner.invoke(["--help"])
    assert listing.exit_code == 0 and re.search(rf"^\s+{re.escape(name)}\s+\S", listing.output, re.M)


def test_python_code_has_no_unused_imports_or_undefined_names():
    """pyflakes-level checks (ruff F rules) over the package, tests and benchmarks."""
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--select", "F", "--output-format", "concise",
                             "quizgen", "tests", "bench", "scripts"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
