"""quizgen's plain CSV (or the same table in an .xlsx): one question per row.

Headers (any order, any case, header row anywhere in the first rows):
``Question`` (required), ``Type``, ``Option 1`` … ``Option 6`` (or ``A`` …
``F``), ``Answer`` (required: a letter, an option number or the option's
text; True/False; Fact/Opinion; the words of a fill-in; a model answer),
``Accepted`` (other right words for a fill-in, separated by ``|``),
``Explanation``, ``Points``. Without a Type the row's shape decides: options
make a choice question, ``______`` (or any run of underscores) a fill-in,
an answer of True/False a true/false question, otherwise a short answer.
Ordering rows list the items in the right order in the option columns;
matching rows write each pair as ``left -> right``. Delimiter ``,`` ``;`` or tab.
"""
from __future__ import annotations

from ..questions import normalize
from . import build
from .model import Refusal
from .tables import Table, table_format

OPTIONS = 6
KINDS = {
    "multiple_choice": ("multiple choice", "multiple_choice", "mc", "mcq", "choice"),
    "true_false": ("true false", "true/false", "true_false", "tf", "t/f"),
    "fact_or_opinion": ("fact or opinion", "fact_or_opinion", "fact/opinion", "fo"),
    "cloze": ("fill in the blank", "fill-in-the-blank", "fill in", "cloze", "fill", "blank", "gap"),
    "short_answer": ("short answer", "short_answer", "essay", "open", "open ended", "written", "sa"),
    "ordering": ("ordering", "order", "sequence", "put in order"),
    "matching": ("matching", "match"),
}
_KIND = {normalize(alias): kind for kind, aliases in KINDS.items() for alias in aliases}


def _kind(cells: dict[str, str], options: list[str]) -> str:
    given = cells.get("type", "").strip()
    if given:
        kind = _KIND.get(normalize(given))
        if kind is None:
            raise Refusal(f"Type “{given}” is not one quizgen knows; use multiple choice, true/false, fact or "
                          "opinion, fill in the blank, short answer, ordering or matching.")
        return kind
    if any(options):
        return "multiple_choice"
    if normalize(cells.get("answer", "")) in ("true", "false"):
        return "true_false"
    return "cloze" if build.BLANK_RUN.search(cells["question"]) else "short_answer"


def _key(answer: str, options: list[str]) -> list[int]:
    """The right option: its text, else its letter or number."""
    texts = [normalize(o) for o in options]
    if normalize(answer) in texts and normalize(answer):
        return [texts.index(normalize(answer))]
    return build.index_list(answer, len(options))


def _choice(cells, options, common):
    kept = [o for o in options if o.strip()]
    return build.choice(cells["question"], kept, _key(cells.get("answer", ""), kept), "csv", **common)


def _two_way(labels):
    def read(cells, options, common):
        answer = cells.get("answer", "")
        return build.choice(cells["question"], list(labels), _key(answer, list(labels)), "csv", **common)
    return read


def _fill_in(cells, options, common):
    answers = [cells.get("answer", "")] + cells.get("accepted", "").split("|")
    return build.fill_in(build.with_blank(cells["question"]), answers, "csv", **common)


def _short(cells, options, common):
    return build.written(cells["question"], cells.get("answer", ""), "csv", **common)


def _ordering(cells, options, common):
    return build.ordering(cells["question"], options, "csv", **common)


def _matching(cells, options, common):
    pairs = []
    for option in filter(str.strip, options):
        left, arrow, right = option.partition("->")
        if not arrow:
            raise Refusal(f"The matching pair “{option}” has no “->” between its two sides.")
        pairs.append((left, right))
    return build.matching(cells["question"], pairs, "csv", **common)


READERS = {"multiple_choice": _choice, "true_false": _two_way(("True", "False")),
           "fact_or_opinion": _two_way(("Fact", "Opinion")), "cloze": _fill_in, "short_answer": _short,
           "ordering": _ordering, "matching": _matching}


def read(cells: dict[str, str]) -> tuple:
    options = [cells.get(f"option {n}", "") for n in range(1, OPTIONS + 1)]
    warnings: list[str] = []
    points = build.points_from(cells.get("points", ""), warnings)
    kind = _kind(cells, options)
    question = READERS[kind](cells, options, {"explanation": cells.get("explanation", "")})
    return question, points, warnings


TABLE = Table(
    key="csv", label="CSV",
    columns={"question": ("question", "question text", "prompt", "stem"), "type": ("type", "question type"),
             **{f"option {n}": (f"option {n}", f"option {'abcdef'[n - 1]}", "abcdef"[n - 1], f"choice {n}")
                for n in range(1, OPTIONS + 1)},
             "answer": ("answer", "correct", "correct answer", "key"), "accepted": ("accepted", "also accepted"),
             "explanation": ("explanation", "feedback"), "points": ("points", "marks")},
    required=frozenset({"question", "answer"}),
    read=read)

FORMAT = table_format(TABLE, (".csv", ".tsv", ".xlsx"),
                      "quizgen's own CSV: Question, Type, Option 1–6, Answer, Accepted, Explanation, Points.")
