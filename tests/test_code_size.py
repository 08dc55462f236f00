"""Size rules from issue 13, enforced: a reviewer should not have to count.

The engine's rules are small functions over the parse and tables of
patterns, so no module of the engine grows past ~500 lines and no function
anywhere in the package past ~60.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "quizgen"
ENGINE = sorted(p for d in ("generate", "analysis") for p in (PACKAGE / d).rglob("*.py"))
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60


def _long_functions(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = node.end_lineno - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.name} ({length} lines)")
    return found


def test_there_is_an_engine_to_check():
    assert len(ENGINE) >= 10


@pytest.mark.parametrize("path", ENGINE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_engine_modules_stay_small(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{path.name}: {lines} lines; split it along its seams"


#: Applied migrations are history: they are never edited, whatever their length.
EXEMPT = {PACKAGE / "migrations.py"}


def test_no_function_is_longer_than_a_screen():
    found = [f for path in sorted(PACKAGE.rglob("*.py")) if path not in EXEMPT for f in _long_functions(path)]
    assert found == []
