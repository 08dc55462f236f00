"""The student worksheet: header, numbered article, glossary, questions with
the answer space each type needs.

Every question is one ``KeepTogether`` (never split across pages unless it is
taller than a page), and each section heading travels with its first
question, so no heading is left alone at the bottom of a page.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.colors import white
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from .fonts import SANS, SERIF, draw_text, markup
from .layout import (
    Gutter,
    P,
    RuledLines,
    Spacer2,
    bubble,
    label,
    square,
    table_style,
)
from .model import (
    DEFAULT_INSTRUCTIONS,
    Section,
    Worksheet,
    arrange,
    cloze_parts,
    expected_lines,
    letters,
    matching_pairs,
    presented_matching,
    presented_ordering,
    word_bank,
)
from .styles import ACCENT, ACCENT_LIGHT, INK, LIGHT, MUTED, RULE, Theme

BLANK_LINE = "_" * 16
#: Longest text printed in a table cell or the header (see fonts.limit).
TITLE_MAX, INSTRUCTIONS_MAX, CELL_MAX, WORD_MAX = 300, 2000, 600, 120


def _caption_bar(canv, flowable, width, height):
    canv.setStrokeColor(RULE)
    canv.setLineWidth(2)
    canv.line(2, 0, 2, height)
    canv.setStrokeColor(INK)


# --------------------------------------------------------------------------- header

class NameLines(Flowable):
    """Name ______  Class ____  Date ____ on one line."""

    def __init__(self, theme: Theme, fields=(("Name", 0.5), ("Class", 0.22), ("Date", 0.28))):
        super().__init__()
        self.theme, self.fields = theme, fields

    def wrap(self, aw, ah):
        self.width = aw
        self.height = self.theme.text * 2.4
        return aw, self.height

    def draw(self):
        canv, t = self.canv, self.theme
        x, y, size = 0.0, self.theme.text * 0.6, t.text
        for name, share in self.fields:
            width = self.width * share
            w = draw_text(canv, x, y, name, SANS + "-Bold", size)
            canv.setStrokeColor(INK)
            canv.setLineWidth(0.7)
            canv.line(x + w + 5, y - 2, x + width - 14, y - 2)
            x += width


def header(ws: Worksheet, theme: Theme, version: str | None, *, key: bool = False) -> list:
    t = theme
    story: list = []
    kicker = "ANSWER KEY" if key else "Reading comprehension"
    if version:
        kicker += f"  ·  Version {version}"
    story.append(P(markup(kicker, SANS), t["label"]))
    title = P(markup(ws.title or "Reading quiz", SANS, max_length=TITLE_MAX), t["title"])
    if version:
        badge = Table([[P(markup(version, SANS), t["version"])]],
                      colWidths=[t.text * 4.2], splitInRow=1)
        badge.setStyle(table_style([
            ("BOX", (0, 0), (-1, -1), 1.5, ACCENT), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        row = Table([[title, badge]], colWidths=[t.frame_width - t.text * 5, t.text * 5], splitInRow=1)
        row.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(row)
    else:
        story.append(title)
    story.append(Spacer(1, 4))
    if not key:
        story.append(NameLines(t))
    total = ws.total_points
    instructions = ws.instructions.strip() if ws.instructions and ws.instructions.strip() else None
    if key:
        text = (f"{len(ws.questions)} questions · {total} points. Each answer cites the paragraph (¶) "
                "that proves it.")
        right = f"Total: {total} points"
    else:
        text = instructions or DEFAULT_INSTRUCTIONS
        right = f"Score: ____ / {total}"
    share = 0.36 if t.large_print else 0.28
    box = Table([[P(markup(text, SANS, newlines=True, max_length=INSTRUCTIONS_MAX), t["instructions"]),
                  P(markup(right, SANS), t["points_total"])]],
                colWidths=[t.frame_width * (1 - share), t.frame_width * share], splitInRow=1)
    box.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LINEBEFORE", (0, 0), (0, 0), 3, ACCENT),
    ]))
    story += [box, Spacer(1, 10)]
    return story


# --------------------------------------------------------------------------- article

class _LineCounter:
    def __init__(self):
        self.line = 0


def article_story(article: dict, theme: Theme, *, line_numbers: bool = False) -> list:
    t = theme
    story: list = [P(markup(article.get("title") or "The article", SERIF), t["article_title"])]
    byline_bits = [b for b in (article.get("author_lines") or []) if b] or (
        [article["byline"]] if article.get("byline") else [])
    if article.get("dateline"):
        byline_bits.append(article["dateline"])
    if byline_bits:
        story.append(P(markup(" · ".join(byline_bits), SERIF), t["byline"]))
    for caption in article.get("captions") or []:
        story.append(Gutter(P(markup(caption, SERIF + "-Italic"), t["caption"]), 10, after=_caption_bar))
    story.append(Spacer(1, 6))
    counter = _LineCounter()
    after = _line_number_drawer(t, counter) if line_numbers else None
    for number, text in enumerate(article.get("paragraphs") or [], start=1):
        para = P(markup(text, SERIF), t["body"])
        story.append(Gutter(para, t.gutter, label(str(number), SANS + "-Bold", t.small + 0.5, ACCENT, gap=8),
                            after=after))
    return story


def _line_number_drawer(theme: Theme, counter: _LineCounter):
    """Numbers every fifth line of the article in the right margin."""
    def after(canv, flowable, width, height):
        para = flowable.content
        lines = len(getattr(para, "blPara", None).lines) if getattr(para, "blPara", None) else 0
        leading = para.style.leading
        for i in range(lines):
            counter.line += 1
            if counter.line % 5 == 0:
                y = height - para.style.fontSize - i * leading
                canv.setFillColor(MUTED)
                draw_text(canv, width + 10, y, str(counter.line), SANS, theme.small - 0.5)
                canv.setFillColor(INK)
    return after


def glossary_story(glossary: list[dict], theme: Theme) -> list:
    t = theme
    rows = []
    for entry in glossary:
        word = str(entry.get("word") or "").strip()
        if not word:
            continue
        para = entry.get("paragraph")
        where = ""
        if isinstance(para, int) and not isinstance(para, bool) and para >= 0:
            where = f'&nbsp;<font name="{SANS}" color="#555555">(¶{para + 1})</font>'
        rows.append([P(markup(word, SANS, max_length=WORD_MAX) + where, t["word"]),
                     P(markup(entry.get("definition") or "", SERIF, max_length=CELL_MAX), t["gloss"])])
    if not rows:
        return []
    table = Table(rows, colWidths=[t.frame_width * 0.28, t.frame_width * 0.72], splitInRow=1)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.8, ACCENT), ("BACKGROUND", (0, 0), (-1, -1), white),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return [P("Glossary", t["section"]),
            P(markup("Words from the article, with the meaning they have there.", SANS),
                      t["section_note"]), table, Spacer(1, 8)]


# --------------------------------------------------------------------------- questions

def points_text(points: int) -> str:
    return f"{points} pt" if points == 1 else f"{points} pts"


def question_head(number: int, prompt_markup: str, points: int | None, theme: Theme) -> Gutter:
    t = theme
    text = prompt_markup
    if points is not None:
        text += f'&nbsp;&nbsp;<font name="{SANS}" size="{t.small + 0.5}" color="#555555">' \
                f'[{points_text(points)}]</font>'
    return Gutter(P(text, t["question"]), t.gutter,
                  label(f"{number}.", SANS + "-Bold", t.text, INK, gap=6))


def _option_indent(theme: Theme) -> float:
    return theme.gutter + theme.bubble * 2 + 10


def mc_block(number, q, points, theme, *, answer_index: int | None = None) -> list:
    t = theme
    out = [question_head(number, markup(q.prompt, SANS), points, t), Spacer2(3)]
    for i, (letter, choice) in enumerate(zip(letters(len(q.choices)), q.choices)):
        out.append(Gutter(P(markup(choice, SANS), t["option"]), _option_indent(t),
                          bubble(letter, t.bubble, t.text, filled=(i == answer_index), gap=6)))
        out.append(Spacer2(t.text * 0.35))
    return out


class CircleChoices(Flowable):
    """Words set apart for the student to circle (True / False)."""

    def __init__(self, words: list[str], theme: Theme, indent: float, circled: str | None = None):
        super().__init__()
        self.words, self.theme, self.indent, self.circled = words, theme, indent, circled

    def wrap(self, aw, ah):
        self.width, self.height = aw, self.theme.text * 2.0
        return aw, self.height

    def draw(self):
        canv, t = self.canv, self.theme
        x, y = self.indent, t.text * 0.55
        for word in self.words:
            w = draw_text(canv, x, y, word, SANS + "-Bold", t.text)
            if self.circled == word:
                canv.setStrokeColor(ACCENT)
                canv.setLineWidth(1.4)
                canv.ellipse(x - 6, y - t.text * 0.45, x + w + 6, y + t.text * 1.05)
                canv.setStrokeColor(INK)
            x += w + t.text * 4


def true_false_block(number, q, points, theme, *, circled: str | None = None) -> list:
    t = theme
    return [question_head(number, markup(q.prompt, SANS), points, t),
            CircleChoices(["True", "False"], t, _option_indent(t) - t.bubble * 2, circled)]


class CheckBox(Flowable):
    def __init__(self, size: float, ticked: bool = False):
        super().__init__()
        self.size, self.ticked = size, ticked

    def wrap(self, aw, ah):
        self.width = aw
        return aw, self.size

    def draw(self):
        x = (self.width - self.size) / 2
        self.canv.setLineWidth(0.9)
        self.canv.rect(x, 0, self.size, self.size)
        if self.ticked:
            c = self.canv
            c.setStrokeColor(ACCENT)
            c.setLineWidth(2)
            s = self.size
            c.lines([(x + s * 0.2, s * 0.5, x + s * 0.42, s * 0.22), (x + s * 0.42, s * 0.22, x + s * 0.85, s * 0.85)])
            c.setStrokeColor(INK)


def fact_opinion_table(items, ws: Worksheet, theme: Theme, *, key: bool = False) -> Table:
    t = theme
    head = [P("", t["cell_head"]), P("Statement", t["cell_head"]),
            P("Fact", t["cell_head"]), P("Opinion", t["cell_head"])]
    rows = [head]
    box = t.text * 1.2
    for number, q in items:
        pts = ws.points_for(q)
        text = markup(q.prompt, SANS, max_length=CELL_MAX) + (f'&nbsp;&nbsp;<font size="{t.small + 0.5}" color="#555555">'
                                         f'[{points_text(pts)}]</font>')
        rows.append([P(f"<b>{number}.</b>", t["cell"]), P(text, t["cell"]),
                     CheckBox(box, key and q.answer == "Fact"), CheckBox(box, key and q.answer == "Opinion")])
    col = t.text * 5.2
    table = Table(rows, colWidths=[t.gutter + 4, t.frame_width - t.gutter - 4 - 2 * col, col, col],
                  repeatRows=1, splitInRow=1)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (2, 0), (-1, -1), "CENTER"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT), ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("LINEBEFORE", (2, 0), (2, -1), 0.4, RULE), ("LINEBEFORE", (3, 0), (3, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("BACKGROUND", (2, 0), (-1, 0), LIGHT),
    ]))
    return table


def word_bank_box(words: list[str], theme: Theme) -> Table:
    t = theme
    cols = 2 if t.large_print else 3
    cells = [P(markup(w, SANS, max_length=WORD_MAX), t["word"]) for w in words]
    while len(cells) % cols:
        cells.append(P("", t["word"]))
    rows = [cells[i:i + cols] for i in range(0, len(cells), cols)]
    inner = (t.frame_width - 2 * t.gutter) / cols
    grid = Table(rows, colWidths=[inner] * cols, splitInRow=1)
    grid.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 2),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    outer = Table([[P("WORD BANK", t["label"])], [grid]], colWidths=[t.frame_width - t.gutter],
                  hAlign="RIGHT", splitInRow=1)
    outer.setStyle(table_style([
        ("BOX", (0, 0), (-1, -1), 1.2, ACCENT), ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
    ]))
    return outer


def cloze_block(number, q, points, theme, *, answer: str | None = None) -> list:
    t = theme
    before, after = cloze_parts(q.prompt)
    if answer is None:
        blank = BLANK_LINE
    else:
        blank = f'<u><font name="{SANS}-Bold" color="#0b6e3a">{markup(answer, SANS)}</font></u>'
    # markup() collapses the spaces either side of the blank; put them back.
    if before[-1:].isspace():
        text = markup(before, SANS) + " " + blank
    else:
        text = markup(before, SANS) + blank
    text += (" " if after[:1].isspace() else "") + markup(after, SANS)
    return [question_head(number, text, points, t)]


def matching_block(number, q, points, theme, *, key: bool = False) -> list:
    t = theme
    pairs = matching_pairs(q)
    rights = presented_matching(q)
    right_letter = {r: l for l, r in zip(letters(len(rights)), rights)}
    rows = []
    for i in range(max(len(pairs), len(rights))):
        left = pairs[i][0] if i < len(pairs) else ""
        blank = ""
        if left:
            blank = f"<b>{right_letter.get(pairs[i][1], '?')}</b>" if key else "______"
        right = rights[i] if i < len(rights) else ""
        rows.append([P(blank, t["cell_center"]),
                     P(f"<b>{i + 1}.</b> " + markup(left, SANS, max_length=CELL_MAX) if left else "", t["cell"]),
                     P(f"<b>{letters(len(rights))[i]}.</b> " + markup(right, SANS, max_length=CELL_MAX) if right else "",
                               t["cell"])])
    w = t.frame_width - t.gutter
    table = Table(rows, colWidths=[t.text * 4, (w - t.text * 4) * 0.46, (w - t.text * 4) * 0.54],
                  hAlign="RIGHT", splitInRow=1)
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                               ("LINEBEFORE", (2, 0), (2, -1), 0.6, RULE),
                               ("LEFTPADDING", (2, 0), (2, -1), 12),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return [question_head(number, markup(q.prompt, SANS), points, t), Spacer2(4), table]


def ordering_block(number, q, points, theme, *, key: bool = False) -> list:
    t = theme
    answer = [str(a) for a in q.answer] if isinstance(q.answer, list) else []
    out = [question_head(number, markup(q.prompt, SANS), points, t), Spacer2(4)]
    size = t.text * 1.6
    for item in presented_ordering(q):
        text = str(answer.index(item) + 1) if key and item in answer else ""
        out.append(Gutter(P(markup(item, SANS), t["option"]), t.gutter + size + 12,
                          square(size, text, gap=10, colour=ACCENT)))
        out.append(Spacer2(t.text * 0.6))
    return out


def short_answer_block(number, q, points, theme) -> list:
    t = theme
    words_per_line = max(6, int((t.frame_width - t.gutter) / (t.text * 5.4)))
    return [question_head(number, markup(q.prompt, SANS), points, t),
            RuledLines(expected_lines(q, words_per_line), t.line_gap, indent=t.gutter)]


def _fact_opinion_alone(number, q, ws: Worksheet, theme: Theme) -> list:
    """A fact-or-opinion question is printed as a row of its section's table;
    on its own, as a table of one row."""
    return [fact_opinion_table([(number, q)], ws, theme)]


def _word_bank_lead(questions: list, theme: Theme) -> list:
    words = word_bank(questions)
    return [word_bank_box(words, theme), Spacer2(8)] if words else []


def _no_lead(questions: list, theme: Theme) -> list:
    return []


@dataclass(frozen=True)
class SheetType:
    """How the worksheet prints one question type."""
    #: ``(number, question, worksheet, theme) -> flowables``: the question and its answer space.
    block: Callable[..., list]
    #: ``(questions, theme) -> flowables`` printed under the section heading (the cloze word bank).
    lead: Callable[[list, Theme], list] = _no_lead
    #: ``(items, worksheet, theme, key=False) -> Table``: the whole section as one table, when set.
    table: Callable[..., Table] | None = None


#: The worksheet's printing of each question type: the one place to add a type.
#: Types not listed print as short answers (lines to write on).
SHEET_TYPES: dict[str, SheetType] = {
    "multiple_choice": SheetType(lambda n, q, ws, t: mc_block(n, q, ws.points_for(q), t)),
    "true_false": SheetType(lambda n, q, ws, t: true_false_block(n, q, ws.points_for(q), t)),
    "fact_or_opinion": SheetType(_fact_opinion_alone, table=fact_opinion_table),
    "cloze": SheetType(lambda n, q, ws, t: cloze_block(n, q, ws.points_for(q), t), lead=_word_bank_lead),
    "matching": SheetType(lambda n, q, ws, t: matching_block(n, q, ws.points_for(q), t)),
    "ordering": SheetType(lambda n, q, ws, t: ordering_block(n, q, ws.points_for(q), t)),
    "short_answer": SheetType(lambda n, q, ws, t: short_answer_block(n, q, ws.points_for(q), t)),
}


def sheet_type(qtype: str) -> SheetType:
    return SHEET_TYPES.get(qtype) or SHEET_TYPES["short_answer"]


def question_block(number: int, q, ws: Worksheet, theme: Theme) -> list:
    return sheet_type(q.type).block(number, q, ws, theme)


def section_heading(section: Section, theme: Theme, index: int) -> list:
    part = f"Part {chr(65 + index)}" if index < 26 else f"Part {index + 1}"
    return [P(markup(f"{part} — {section.title}", SANS), theme["section"]),
            P(markup(section.note, SANS), theme["section_note"])]


def questions_story(ws: Worksheet, theme: Theme) -> list:
    story: list = []
    gap = theme.text * 1.1
    for index, section in enumerate(arrange(ws.questions)):
        heading = section_heading(section, theme, index)
        kind = sheet_type(section.type)
        if kind.table is not None:
            # The heading, the column heads and the first rows stay together;
            # the table repeats its head row on a new page.
            story.append(KeepTogether(heading + [kind.table(section.items, ws, theme), Spacer2(gap)]))
            continue
        lead = heading + kind.lead([q for _, q in section.items], theme)
        for i, (number, q) in enumerate(section.items):
            block = question_block(number, q, ws, theme) + [Spacer2(gap)]
            story.append(KeepTogether(lead + block if i == 0 else block))
    return story


def worksheet_story(ws: Worksheet, theme: Theme, *, version: str | None = None,
                    include_article: bool = True, line_numbers: bool = False,
                    glossary: list[dict] | None = None) -> list:
    story = header(ws, theme, version)
    if include_article and ws.article:
        story += article_story(ws.article, theme, line_numbers=line_numbers)
        story.append(Spacer(1, 6))
    if glossary:
        story += glossary_story(glossary, theme)
    story.append(Spacer(1, 4))
    story += questions_story(ws, theme)
    if not ws.questions:
        story.append(P("This quiz has no questions yet.", theme["instructions"]))
    return story
