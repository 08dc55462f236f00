"""The answer key: a quick-marking grid, then every question with its key,
accepted answers, model answer and rubric, and the evidence — the paragraph
number (¶) and the quoted sentence that proves the answer.

Numbering and option letters come from the same :mod:`.model` helpers as the
worksheet, so a key always matches the worksheet (and version) it belongs to.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import KeepTogether, Spacer, Table

from ..questions import normalize
from .fonts import SANS, SERIF, markup
from .layout import Gutter, P, Spacer2, table_style
from .model import (
    Worksheet,
    arrange,
    evidence_quotes,
    letters,
    matching_pairs,
    presented_matching,
    presented_ordering,
)
from .styles import ACCENT, KEY, LIGHT, RULE, Theme
from .worksheet import (
    CELL_MAX,
    WORD_MAX,
    cloze_block,
    fact_opinion_table,
    header,
    matching_block,
    mc_block,
    ordering_block,
    points_text,
    question_head,
    section_heading,
    true_false_block,
)


def key_answer(q) -> str:
    """The key as plain text, as a teacher reads it out: "B. the Kremlin"."""
    return key_type(q.type).answer(q)


def short_key(q) -> str:
    """A compact key for the quick-marking grid."""
    return key_type(q.type).short(q)


def quick_grid(ws: Worksheet, theme: Theme) -> list:
    t = theme
    cells = []
    for section in arrange(ws.questions):
        for number, q in section.items:
            cells.append(P(f"<b>{number}.</b>&nbsp;" + markup(short_key(q), SANS, max_length=WORD_MAX), t["cell"]))
    if not cells:
        return []
    cols = 2 if t.large_print else 3
    while len(cells) % cols:
        cells.append(P("", t["cell"]))
    per_col = len(cells) // cols
    rows = [[cells[c * per_col + r] for c in range(cols)] for r in range(per_col)]
    table = Table(rows, colWidths=[t.frame_width / cols] * cols, splitInRow=1)
    table.setStyle(table_style([("BOX", (0, 0), (-1, -1), 0.8, ACCENT), ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return [P("Quick key", t["section"]), table, Spacer(1, 6)]


def quoted(sentence: str) -> str:
    """The evidence sentence in italics and quotation marks (none added when
    the sentence already opens with its own)."""
    text = " ".join(str(sentence).split())
    if text[:1] not in "“\"‘'":
        text = f"“{text}”"
    return f'<font name="{SERIF}-Italic">{markup(text, SERIF + "-Italic")}</font>'


def _detail(label_text: str, body_markup: str, theme: Theme, style: str = "key_text") -> Gutter:
    return Gutter(P(f'<font name="{SANS}-Bold" color="#1f4e79">{label_text}</font>&nbsp; '
                            + body_markup, theme[style]), theme.gutter)


def _explanation_adds(explanation: str, quotes: list[tuple[int, str]]) -> bool:
    """True when the explanation says more than "The article says: <quote>"."""
    rest = normalize(explanation)
    for _, quote in quotes:
        rest = rest.replace(normalize(quote), " ")
    rest = rest.replace("the article says", " ")
    return len(rest.split()) >= 2


def question_key(number: int, q, ws: Worksheet, theme: Theme) -> list:
    t = theme
    kind = key_type(q.type)
    block = kind.marked(number, q, ws.points_for(q), t)
    block.append(Spacer2(3))
    block.append(_detail(kind.answer_label, f'<font name="{SANS}-Bold" color="#0b6e3a">'
                                            f'{markup(kind.answer(q), SANS)}</font>', t))
    block += kind.extra(q, t)
    accepted = [a for a in q.accepted if normalize(a) != normalize(str(q.answer))]
    if accepted:
        block.append(_detail("Also accept:", "; ".join(markup(a, SANS) for a in accepted), t))
    if q.rubric:
        block += _rubric(q.rubric, t)
    return block + _evidence_and_why(q, ws, t)


def _rubric(rubric: list[dict], t: Theme) -> list:
    rows = [[P("Points", t["cell_head"]), P("The answer…", t["cell_head"])]]
    for item in rubric:
        rows.append([P(markup(str(item.get("points", "")), SANS), t["cell_center"]),
                     P(markup(item.get("criterion", ""), SANS, max_length=CELL_MAX), t["key_text"])])
    table = Table(rows, colWidths=[t.text * 4.5, t.frame_width - t.gutter - t.text * 4.5],
                  hAlign="RIGHT", splitInRow=1)
    table.setStyle(table_style([("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return [Spacer2(3), table, Spacer2(2)]


def key_story(ws: Worksheet, theme: Theme, *, version: str | None = None) -> list:
    story = header(ws, theme, version, key=True)
    story += quick_grid(ws, theme)
    for index, section in enumerate(arrange(ws.questions)):
        lead = section_heading(section, theme, index)
        kind = key_type(section.type)
        detail = question_key
        if kind.table is not None:
            # The table shows the ticks; each question below gives its evidence.
            story.append(KeepTogether(lead + [kind.table(section.items, ws, theme, key=True), Spacer2(6)]))
            lead, detail = [], _table_row_detail
        for i, (number, q) in enumerate(section.items):
            block = detail(number, q, ws, theme)
            story.append(KeepTogether(lead + block if i == 0 else block))
    return story


def _table_row_detail(number, q, ws, theme) -> list:
    block = [question_head(number, markup(q.prompt, SANS), ws.points_for(q), theme), Spacer2(3),
             _detail("Answer:", f'<font name="{SANS}-Bold" color="#0b6e3a">{markup(str(q.answer), SANS)}</font>',
                     theme)]
    return block + _evidence_and_why(q, ws, theme)


def _evidence_and_why(q, ws: Worksheet, theme: Theme) -> list:
    """The cited evidence (¶ and quoted sentence) and, when it adds something, the explanation."""
    quotes = evidence_quotes(q, ws.article)
    out = [_detail(f"Evidence ¶{paragraph}:", quoted(quote), theme) for paragraph, quote in quotes]
    if q.explanation and _explanation_adds(q.explanation, quotes):
        out.append(_detail("Why:", markup(q.explanation, SANS), theme))
    return out + [Spacer2(theme.text * 1.1)]


# --------------------------------------------------------------------------- per type

def _plain_answer(q) -> str:
    if isinstance(q.answer, list):
        return "; ".join(map(str, q.answer))
    return str(q.answer)


def _choice_answer(q) -> str:
    if q.answer in q.choices:
        return f"{letters(len(q.choices))[q.choices.index(q.answer)]}. {q.answer}"
    return str(q.answer)


def _choice_letter(q) -> str:
    if q.answer in q.choices:
        return letters(len(q.choices))[q.choices.index(q.answer)]
    return str(q.answer)


def _matching_answer(q) -> str:
    rights = presented_matching(q)
    lookup = {r: l for l, r in zip(letters(len(rights)), rights)}
    return ", ".join(f"{i}–{lookup.get(r, '?')}" for i, (_, r) in enumerate(matching_pairs(q), start=1))


def _ordering_answer(q) -> str:
    """The numbers to write in the boxes, top to bottom."""
    shown = presented_ordering(q)
    answer = [str(a) for a in q.answer] if isinstance(q.answer, list) else []
    return " ".join(str(answer.index(item) + 1) if item in answer else "?" for item in shown)


def _ordering_spelled_out(q, theme: Theme) -> list:
    answer = [str(a) for a in q.answer] if isinstance(q.answer, list) else []
    return [_detail("Order:", (" " + markup("→", SANS) + " ").join(markup(a, SANS) for a in answer), theme)]


def _head_only(number, q, points, theme) -> list:
    return [question_head(number, markup(q.prompt, SANS), points, theme)]


def _mc_marked(number, q, points, theme) -> list:
    index = q.choices.index(q.answer) if q.answer in q.choices else None
    return mc_block(number, q, points, theme, answer_index=index)


@dataclass(frozen=True)
class KeyType:
    """How the answer key prints one question type."""
    #: ``(number, question, points, theme) -> flowables``: the question with its answer marked.
    marked: Callable[..., list] = _head_only
    #: The key as a teacher reads it out.
    answer: Callable[[Any], str] = _plain_answer
    #: The key in the quick-marking grid.
    short: Callable[[Any], str] = lambda q: str(q.answer)
    answer_label: str = "Answer:"
    #: ``(question, theme) -> flowables`` printed after the answer.
    extra: Callable[..., list] = lambda q, theme: []
    #: ``(items, worksheet, theme, key=True) -> Table``: the section as one table, when set;
    #: each question then prints only its answer and evidence below it.
    table: Callable[..., Table] | None = None


#: The key's printing of each question type: the one place to add a type.
#: Types not listed print with their answer as plain text.
KEY_TYPES: dict[str, KeyType] = {
    "multiple_choice": KeyType(_mc_marked, _choice_answer, _choice_letter),
    "true_false": KeyType(lambda n, q, p, t: true_false_block(n, q, p, t, circled=str(q.answer)), short=_plain_answer),
    "fact_or_opinion": KeyType(short=_plain_answer, table=fact_opinion_table),
    "cloze": KeyType(lambda n, q, p, t: cloze_block(n, q, p, t, answer=str(q.answer))),
    "matching": KeyType(lambda n, q, p, t: matching_block(n, q, p, t, key=True), _matching_answer, _matching_answer),
    "ordering": KeyType(lambda n, q, p, t: ordering_block(n, q, p, t, key=True), _ordering_answer, _ordering_answer,
                        extra=_ordering_spelled_out),
    "short_answer": KeyType(short=lambda q: "see below", answer_label="Model answer:"),
}
_DEFAULT_KEY = KeyType()


def key_type(qtype: str) -> KeyType:
    return KEY_TYPES.get(qtype, _DEFAULT_KEY)


__all__ = ["KEY", "key_answer", "key_story", "points_text", "short_key"]
