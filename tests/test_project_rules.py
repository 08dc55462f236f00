"""Project rules that a reviewer would otherwise have to remember."""
import ast
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest

from quizgen.cli import LAZY_COMMANDS, cli

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = sorted((ROOT / "templates").rglob("*.html"))
STATIC = sorted(p for p in (ROOT / "quizgen" / "static").rglob("*.*") if p.suffix != ".ico")  # text files


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


def _reportlab_misuse(tree: ast.Module) -> list[str]:
    """Private ReportLab names imported or read, and assignments into ReportLab
    modules or classes (a process-wide patch)."""
    bound: set[str] = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reportlab"):
            for alias in node.names:
                if alias.name.startswith("_"):
                    found.append(f"line {node.lineno}: imports {node.module}.{alias.name}")
                bound.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            bound |= {(a.asname or a.name).split(".")[0] for a in node.names if a.name.startswith("reportlab")}
    for node in ast.walk(tree):
        root = _root_name(node.value) if isinstance(node, ast.Attribute) else None
        if root not in bound:
            continue
        if _private(node.attr):
            found.append(f"line {node.lineno}: reads {root}….{node.attr}")
        if isinstance(node.ctx, (ast.Store, ast.Del)):
            found.append(f"line {node.lineno}: patches {root}….{node.attr}")
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and any(_root_name(b) in bound for b in node.bases):
            found += _private_use_in_subclass(node)
    return found


def _root_name(node: ast.expr) -> str | None:
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _private(name: str) -> bool:
    return name.startswith("_") and not name.endswith("__")


def _private_use_in_subclass(cls: ast.ClassDef) -> list[str]:
    """A subclass of a ReportLab class that overrides a private method, or
    uses private state it did not set itself (``self._pageNumber``)."""
    own = {n.name for n in cls.body if isinstance(n, ast.FunctionDef)}
    own |= {t.id for n in cls.body if isinstance(n, (ast.Assign, ast.AnnAssign))
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target]) if isinstance(t, ast.Name)}
    own |= {n.attr for n in ast.walk(cls) if isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Store)
            and isinstance(n.value, ast.Name) and n.value.id == "self"}
    found = [f"line {n.lineno}: {cls.name} overrides or adds {n.name}" for n in cls.body
             if isinstance(n, ast.FunctionDef) and _private(n.name)]
    found += [f"line {n.lineno}: {cls.name} uses inherited self.{n.attr}" for n in ast.walk(cls)
              if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "self"
              and _private(n.attr) and n.attr not in own]
    return found


@pytest.mark.parametrize("path", sorted((ROOT / "quizgen").rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_reportlab_is_used_through_its_public_api(path):
    """No process-wide patches and no private names: a ReportLab upgrade must not silently break printing."""
    assert _reportlab_misuse(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_the_reportlab_rule_catches_patches_and_private_names():
    bad = ast.parse("from reportlab.pdfbase import pdfdoc\nfrom reportlab.rl_config import _FUZZ\n"
                    "import reportlab.platypus\npdfdoc.format = len\nx = pdfdoc._private\n"
                    "reportlab.platypus.x = 1\n"
                    "class P(reportlab.platypus.Paragraph):\n    def _setup(self): pass\n"
                    "class C(pdfdoc.PDFDocument):\n    def save(self):\n        self._own = 1\n"
                    "        return self._own + self._inherited\n")
    assert len(_reportlab_misuse(bad)) == 6
