"""What every import shares: the result, the per-question problem, the format
registry entry and the message a parser raises.

A parser turns a file's bytes into an :class:`ImportResult`: the questions it
could read (each a valid :class:`~quizgen.questions.Question` without
evidence, plus the line or row it started on) and, for every question it could
not read, a :class:`Problem` saying where and why. A file that cannot be read
at all (hostile, too large, not the format it claims) raises
:class:`BankError` with a message for the teacher; nothing is stored.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..questions import Question

#: Files larger than this are refused before any parsing (the web form's limit too).
MAX_BYTES = 5 * 1024 * 1024
#: A bank with more questions is refused: split it (a quiz of 500 is already a bank).
MAX_QUESTIONS = 500


class BankError(ValueError):
    """The whole file cannot be imported; the message says why and what to do."""


class Refusal(ValueError):
    """One question cannot become a quizgen question; the message says why."""


@dataclass(frozen=True)
class Problem:
    """A question that was not imported (or imported with a change), and where it is."""
    line: int | None
    message: str
    #: "line" for text files, "row" for spreadsheets and CSV.
    unit: str = "line"
    #: The start of the question's text, so a teacher can find it.
    excerpt: str = ""

    @property
    def where(self) -> str:
        return f"{self.unit.capitalize()} {self.line}" if self.line else "In the file"

    def __str__(self) -> str:
        shown = f" (“{self.excerpt}”)" if self.excerpt else ""
        return f"{self.where}{shown}: {self.message}"


@dataclass
class Imported:
    """One question read from the file, ready to store (no evidence yet)."""
    question: Question
    line: int | None
    points: int = 1
    #: What changed on the way in (partial credit dropped, style notes …).
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Passage:
    """A reading passage found before the questions (a description / text-only item)."""
    title: str
    text: str

    def article_text(self) -> str:
        """The passage in the article convention: title line, blank line, paragraphs."""
        body = self.text.strip()
        title = self.title.strip()
        if title and not body.startswith(title):
            return f"{title}\n\n{body}"
        return body


@dataclass
class ImportResult:
    format_key: str
    format_label: str
    questions: list[Imported] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    passage: Passage | None = None
    #: Things the teacher should know about the whole file (categories skipped …).
    notes: list[str] = field(default_factory=list)

    @property
    def warnings(self) -> list[Problem]:
        """Questions imported with a change, as problems to show beside the skipped ones."""
        return [Problem(item.line, warning, self.unit, excerpt(item.question.prompt))
                for item in self.questions for warning in item.warnings]

    @property
    def unit(self) -> str:
        return "row" if self.format_key in TABLE_FORMATS else "line"


#: Formats whose positions are spreadsheet / CSV rows rather than text lines.
TABLE_FORMATS = {"kahoot", "quizizz", "blooket", "csv"}

#: parse(data) -> ImportResult; raises BankError for a file that cannot be read at all.
Parser = Callable[[bytes], ImportResult]
#: sniff(data, extension) -> how sure (0 = not this format; the higher, the surer).
Sniffer = Callable[[bytes, str], int]


@dataclass(frozen=True)
class ImportFormat:
    key: str
    label: str
    #: File name endings this format is saved with (lower case, with the dot).
    extensions: tuple[str, ...]
    sniff: Sniffer
    parse: Parser
    #: One sentence for the import page: where such a file comes from.
    summary: str = ""


def excerpt(text: str, limit: int = 50) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
