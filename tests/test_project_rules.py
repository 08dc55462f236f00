"""Project rules that a reviewer would otherwise have to remember."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.cli import cli

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


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in cli.commands if f"`{name}" not in readme and f"quizgen {name}" not in readme]
    assert missing == []


def test_python_code_has_no_unused_imports_or_undefined_names():
    """pyflakes-level checks (ruff F rules) over the package, tests and benchmarks."""
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--select", "F", "--output-format", "concise",
                             "quizgen", "tests", "bench", "scripts"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
