"""The answer key: a quick-marking grid, then every question with its key,
accepted answers, model answer and rubric, and the evidence — the paragraph
number (¶) and the quoted sentence that proves the answer.

Numbering and option letters come from the same :mod:`.model` helpers as the
worksheet, so a key always matches the worksheet (and version) it belongs to.
"""
from __future__ import annotations

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
    if q.type == "multiple_choice":
        if q.answer in q.choices:
            return f"{letters(len(q.choices))[q.choices.index(q.answer)]}. {q.answer}"
        return str(q.answer)
    if q.type == "matching":
        rights = presented_matching(q)
        lookup = {r: l for l, r in zip(letters(len(rights)), rights)}
        return ", ".join(f"{i}–{lookup.get(r, '?')}" for i, (_, r) in enumerate(matching_pairs(q), start=1))
    if q.type == "ordering":
        shown = presented_ordering(q)
        answer = [str(a) for a in q.answer] if isinstance(q.answer, list) else []
        # Numbers to write in the boxes, top to bottom.
        return " ".join(str(answer.index(item) + 1) if item in answer else "?" for item in shown)
    if isinstance(q.answer, list):
        return "; ".join(map(str, q.answer))
    return str(q.answer)


def short_key(q) -> str:
    """A compact key for the quick-marking grid."""
    if q.type == "multiple_choice" and q.answer in q.choices:
        return letters(len(q.choices))[q.choices.index(q.answer)]
    if q.type in ("true_false", "fact_or_opinion", "matching", "ordering"):
        return key_answer(q)
    if q.type == "short_answer":
        return "see below"
    return str(q.answer)


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
    points = ws.points_for(q)
    if q.type == "multiple_choice":
        index = q.choices.index(q.answer) if q.answer in q.choices else None
        block = mc_block(number, q, points, t, answer_index=index)
    elif q.type == "true_false":
        block = true_false_block(number, q, points, t, circled=str(q.answer))
    elif q.type == "cloze":
        block = cloze_block(number, q, points, t, answer=str(q.answer))
    elif q.type == "matching":
        block = matching_block(number, q, points, t, key=True)
    elif q.type == "ordering":
        block = ordering_block(number, q, points, t, key=True)
    else:
        block = [question_head(number, markup(q.prompt, SANS), points, t)]
    block.append(Spacer2(3))
    answer_label = "Model answer:" if q.type == "short_answer" else "Answer:"
    block.append(_detail(answer_label, f'<font name="{SANS}-Bold" color="#0b6e3a">'
                                       f'{markup(key_answer(q), SANS)}</font>', t))
    if q.type == "ordering":
        answer = [str(a) for a in q.answer] if isinstance(q.answer, list) else []
        block.append(_detail("Order:", (" " + markup("→", SANS) + " ").join(markup(a, SANS) for a in answer), t))
    accepted = [a for a in q.accepted if normalize(a) != normalize(str(q.answer))]
    if accepted:
        block.append(_detail("Also accept:", "; ".join(markup(a, SANS) for a in accepted), t))
    if q.rubric:
        rows = [[P("Points", t["cell_head"]), P("The answer…", t["cell_head"])]]
        for item in q.rubric:
            rows.append([P(markup(str(item.get("points", "")), SANS), t["cell_center"]),
                         P(markup(item.get("criterion", ""), SANS, max_length=CELL_MAX), t["key_text"])])
        table = Table(rows, colWidths=[t.text * 4.5, t.frame_width - t.gutter - t.text * 4.5],
                      hAlign="RIGHT", splitInRow=1)
        table.setStyle(table_style([("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                                   ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        block += [Spacer2(3), table, Spacer2(2)]
    return block + _evidence_and_why(q, ws, t)


def key_story(ws: Worksheet, theme: Theme, *, version: str | None = None) -> list:
    story = header(ws, theme, version, key=True)
    story += quick_grid(ws, theme)
    for index, section in enumerate(arrange(ws.questions)):
        lead = section_heading(section, theme, index)
        if section.type == "fact_or_opinion":
            story.append(KeepTogether(lead + [fact_opinion_table(section.items, ws, theme, key=True), Spacer2(6)]))
            lead = []
        for i, (number, q) in enumerate(section.items):
            if section.type == "fact_or_opinion":
                block = _fo_detail(number, q, ws, theme)  # the table above shows the ticks
            else:
                block = question_key(number, q, ws, theme)
            story.append(KeepTogether(lead + block if i == 0 else block))
    return story


def _fo_detail(number, q, ws, theme) -> list:
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


__all__ = ["KEY", "key_answer", "key_story", "points_text", "short_key"]
