"""Printable worksheets, answer keys, versions and class reports (ReportLab).

>>> from quizgen.pdf import Worksheet, render_worksheet, render_versions, render_report
>>> ws = Worksheet(title, questions, article=parsed.to_dict(), join_code="K7Q2PX",
...                join_url="http://school.local/join/K7Q2PX")
>>> worksheet_pdf = render_worksheet(ws)
>>> key_pdf = render_worksheet(ws, key=True)
>>> for letter, sheet, key in render_versions(ws, 3): ...
>>> report_pdf = render_report({...})        # see quizgen.pdf.report

Every function returns the PDF as bytes; fonts are embedded and all text is
escaped before it reaches ReportLab's markup parser.
"""
from __future__ import annotations

from .answer_key import key_story
from .fonts import FontsMissing, register_fonts
from .layout import Footer, build_pdf
from .model import DEFAULT_INSTRUCTIONS, Worksheet, arrange, default_points
from .report import render_report
from .styles import make_theme
from .versions import make_version, make_versions, version_letters
from .worksheet import worksheet_story

__all__ = [
    "DEFAULT_INSTRUCTIONS",
    "FontsMissing",
    "Worksheet",
    "arrange",
    "default_points",
    "make_version",
    "make_versions",
    "register_fonts",
    "render_report",
    "render_versions",
    "render_worksheet",
    "version_letters",
]


def render_worksheet(ws: Worksheet, *, key: bool = False, version: str | None = None, paper: str = "letter",
                     large_print: bool = False, include_article: bool = True, line_numbers: bool = False,
                     glossary: list[dict] | None = None) -> bytes:
    """The student worksheet (or, with ``key``, its answer key) as PDF bytes.

    ``version`` is the letter printed in the header and on every page (the
    questions are printed in ``ws``'s order: use :func:`make_version` or
    :func:`render_versions` to shuffle). ``paper`` is letter or a4;
    ``large_print`` sets reading and answer text at 16 pt or more;
    ``include_article`` prints the article with paragraph numbers (and, with
    ``line_numbers``, every fifth line numbered); ``glossary`` is a list of
    ``{"word", "definition", "paragraph"}`` (paragraph: 0-based index, printed
    as ¶ n+1), printed after the article.
    """
    theme = make_theme(paper, large_print)
    glossary = glossary_without_quizzed_words(glossary, ws.questions)
    if key:
        story = key_story(ws, theme, version=version)
    else:
        story = worksheet_story(ws, theme, version=version, include_article=include_article,
                                line_numbers=line_numbers, glossary=glossary)
    left = ("Answer key · " if key else "") + (ws.title or "Reading quiz")
    if version:
        left = f"Version {version} · {left}"
    footer = Footer(theme, left, version=version, join_code=ws.join_code, join_url=ws.join_url)
    subject = "Answer key" if key else "Reading comprehension worksheet"
    return build_pdf(story, theme, footer, title=ws.title, subject=subject)


def glossary_without_quizzed_words(glossary: list[dict] | None, questions) -> list[dict] | None:
    """Leave out glossary words that a vocabulary question asks about: the
    glossary must not print the answer beside the question."""
    if not glossary:
        return glossary
    asked = " ".join(q.prompt.casefold() for q in questions if q.skill == "vocabulary")
    return [entry for entry in glossary if str(entry.get("word", "")).casefold() not in asked]


def render_versions(ws: Worksheet, n: int, *, seed: int = 0, **options) -> list[tuple[str, bytes, bytes]]:
    """``[(letter, worksheet_pdf, key_pdf)]`` for versions A, B, C … of ``ws``
    (question order and options shuffled deterministically from ``seed``).
    ``options`` are those of :func:`render_worksheet` except ``key``/``version``."""
    options.pop("key", None)
    options.pop("version", None)
    out = []
    for letter, version_ws in make_versions(ws, n, seed):
        out.append((letter, render_worksheet(version_ws, version=letter, **options),
                    render_worksheet(version_ws, key=True, version=letter,
                                     paper=options.get("paper", "letter"),
                                     large_print=options.get("large_print", False))))
    return out
