"""The class report: how a class did on a quiz, on paper.

Input (a plain dict, so results from the database, an export or a test all
print the same way)::

    {
      "quiz_title": "North Korea delivers military aid to Russia",
      "class_name": "9B",                    # optional
      "date": "2026-11-27",                  # optional, printed as given
      "max_score": 20,                       # the quiz's total points
      "scores": [14, 17.5, 9, …],            # one total per student, in points
      "items": [                             # one per question, in print order
        {"number": 1, "prompt": "Who supplied …?", "type": "multiple_choice",
         "facility": 0.82,                   # share of the points earned, 0..1
         "discrimination": 0.41,             # upper-minus-lower or point-biserial, -1..1; None if unknown
         "key": "North Korea",               # optional: marks the keyed option
         "options": {"North Korea": 23, "South Korea": 3, …}},   # optional counts
        …
      ]
    }

Pages: summary figures (students, mean, median, range, spread), a score
distribution histogram, a facility bar per question (coloured by band), and
the item analysis table with flags for questions to review.
"""
from __future__ import annotations

import math
import statistics

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Spacer, Table

from .fonts import SANS, limit, markup
from .layout import Footer, P, build_pdf, table_style
from .styles import ACCENT, ACCENT_LIGHT, KEY, LIGHT, MUTED, RULE, WARN, make_theme

EASY, HARD, LOW_DISCRIMINATION = 0.9, 0.3, 0.2


class ReportError(ValueError):
    """Report data that cannot be printed."""


def _num(value, default=None):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


def summary(scores: list[float], max_score: float) -> dict:
    if not scores:
        return {"students": 0}
    return {"students": len(scores), "mean": statistics.fmean(scores), "median": statistics.median(scores),
            "min": min(scores), "max": max(scores),
            "sd": statistics.pstdev(scores) if len(scores) > 1 else 0.0,
            "mean_percent": 100 * statistics.fmean(scores) / max_score if max_score else 0.0}


def bins(scores: list[float], max_score: float, count: int = 10) -> list[int]:
    """Students per band of ``max_score / count`` (the top band includes full marks)."""
    out = [0] * count
    if not max_score:
        return out
    for s in scores:
        i = int(min(max(s, 0), max_score) / max_score * count)
        out[min(i, count - 1)] += 1
    return out


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))


def _drawing(width: float, height: float) -> Drawing:
    # The renderer starts from the drawing's initial font, by default Helvetica,
    # which is not embedded.
    return Drawing(width, height, initialFontName=SANS)


def distribution_chart(scores: list[float], max_score: float, width: float, height: float) -> Drawing:
    counts = bins(scores, max_score)
    d = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 34
    chart.width, chart.height = width - 50, height - 58
    chart.data = [counts]
    step = max_score / len(counts) if max_score else 1
    chart.categoryAxis.categoryNames = [f"{_fmt(i * step)}–{_fmt((i + 1) * step)}" for i in range(len(counts))]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 0
    chart.valueAxis.valueMin = 0
    top = max(counts + [1])
    chart.valueAxis.valueMax = top + (1 if top < 5 else math.ceil(top * 0.1))
    chart.valueAxis.valueStep = max(1, math.ceil(chart.valueAxis.valueMax / 5))
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: str(int(v)) if v else ""
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    d.add(chart)
    d.add(String(width / 2, 8, f"Score (points out of {_fmt(max_score)})", fontName=SANS, fontSize=8,
                 textAnchor="middle", fillColor=MUTED))
    d.add(String(4, height - 12, "Students", fontName=SANS, fontSize=8, fillColor=MUTED))
    return d


def facility_chart(items: list[dict], width: float) -> Drawing:
    bar_h = 13
    height = 40 + bar_h * max(1, len(items))
    d = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 42, 26
    chart.width, chart.height = width - 60, height - 36
    values = [_num(it.get("facility"), 0.0) * 100 for it in items] or [0]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [f"Q{limit(it.get('number', i + 1), 6)}" for i, it in enumerate(items)] or [""]
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 10
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e3e3")
    chart.bars.strokeColor = None
    for i, v in enumerate(values):
        colour = WARN if v < HARD * 100 else (colors.HexColor("#8a8a8a") if v > EASY * 100 else KEY)
        chart.bars[(0, i)].fillColor = colour
    chart.barLabelFormat = "%.0f%%"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    for band in (HARD, EASY):
        x = chart.x + chart.width * band
        d.add(Line(x, chart.y, x, chart.y + chart.height, strokeColor=MUTED, strokeDashArray=[2, 2],
                   strokeWidth=0.6))
    d.add(String(chart.x, 8, "Facility: share of the points the class earned (red below 30%, grey above 90%)",
                 fontName=SANS, fontSize=7.5, fillColor=MUTED))
    return d


def _flags(item: dict) -> list[str]:
    flags = []
    facility = _num(item.get("facility"))
    disc = _num(item.get("discrimination"))
    if facility is not None and facility < HARD:
        flags.append("hard")
    if facility is not None and facility > EASY:
        flags.append("easy")
    if disc is not None and disc < 0:
        flags.append("check key")
    elif disc is not None and disc < LOW_DISCRIMINATION:
        flags.append("low discrimination")
    return flags


def item_table(items: list[dict], theme) -> Table:
    t = theme
    head = [P(h, t["cell_head"]) for h in ("Q", "Question", "Facility", "Discr.", "Options (count)", "Flag")]
    rows = [head]
    for i, item in enumerate(items):
        facility = _num(item.get("facility"))
        disc = _num(item.get("discrimination"))
        options = item.get("options") or {}
        key = item.get("key")
        bits = []
        if isinstance(options, dict):
            for choice, count in list(options.items())[:12]:
                text = f"{markup(choice, SANS, max_length=80)}: {markup(count, SANS, max_length=12)}"
                bits.append(f'<font color="#0b6e3a"><b>{text} ✓</b></font>'.replace(
                    "✓", markup("✓", SANS)) if key is not None and str(choice) == str(key) else text)
        flags = _flags(item)
        rows.append([
            P(markup(item.get("number", i + 1), SANS, max_length=6), t["small_cell"]),
            P(markup(item.get("prompt", ""), SANS, max_length=400), t["small_cell"]),
            P("—" if facility is None else f"{facility * 100:.0f}%", t["small_cell"]),
            P("—" if disc is None else f"{disc:+.2f}", t["small_cell"]),
            P("<br/>".join(bits) or "—", t["small_cell"]),
            P(f'<font color="#a4262c">{markup(", ".join(flags), SANS)}</font>' if flags else "", t["small_cell"]),
        ])
    w = t.frame_width
    table = Table(rows, colWidths=[w * 0.05, w * 0.38, w * 0.09, w * 0.08, w * 0.26, w * 0.14],
                  repeatRows=1, splitInRow=1)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
             ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE), ("TOPPADDING", (0, 0), (-1, -1), 3),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("LEFTPADDING", (0, 0), (-1, -1), 3)]
    for r in range(2, len(rows), 2):
        style.append(("BACKGROUND", (0, r), (-1, r), LIGHT))
    table.setStyle(table_style(style))
    return table


def report_story(data: dict, theme) -> list:
    t = theme
    if not isinstance(data, dict):
        raise ReportError("report data must be a dict")
    title = str(data.get("quiz_title") or "Quiz")
    max_score = _num(data.get("max_score"), 0.0) or 0.0
    scores = [s for s in (_num(v) for v in data.get("scores") or []) if s is not None]
    if max_score <= 0:
        max_score = max(scores + [1.0])
    items = [it for it in data.get("items") or [] if isinstance(it, dict)]
    story: list = [P(markup("Class report", SANS), t["label"]), P(markup(title, SANS, max_length=300), t["title"])]
    sub = " · ".join(str(x) for x in (data.get("class_name"), data.get("date")) if x)
    if sub:
        story.append(P(markup(sub, SANS), t["subtitle"]))
    story.append(Spacer(1, 6))
    s = summary(scores, max_score)
    if s["students"]:
        cells = [("Students", str(s["students"])),
                 ("Mean", f"{_fmt(round(s['mean'], 1))} / {_fmt(max_score)} ({s['mean_percent']:.0f}%)"),
                 ("Median", _fmt(round(s["median"], 1))), ("Range", f"{_fmt(s['min'])}–{_fmt(s['max'])}"),
                 ("Std. dev.", f"{s['sd']:.1f}")]
    else:
        cells = [("Students", "0"), ("Results", "none yet")]
    row = [[P(f'<font size="{t.small}" color="#555555">{markup(k, SANS)}</font><br/>'
              f'<b>{markup(v, SANS)}</b>', t["cell"]) for k, v in cells]]
    box = Table(row, colWidths=[t.frame_width / len(cells)] * len(cells), splitInRow=1)
    box.setStyle(table_style([("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                             ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.white)]))
    story += [box, Spacer(1, 10)]
    story.append(KeepTogether([P("Score distribution", t["section"]),
                               distribution_chart(scores, max_score, t.frame_width, 190)]))
    if items:
        story.append(KeepTogether([P("Facility by question", t["section"]),
                                   facility_chart(items, t.frame_width)]))
        story.append(Spacer(1, 6))
        story.append(P("Item analysis", t["section"]))
        story.append(P(markup("Facility: share of the points earned. Discrimination: how much better the "
                              "strongest students did on the question than the weakest (below 0.2: review "
                              "the question; below 0: check the key).", SANS), t["section_note"]))
        story.append(item_table(items, t))
    return story


def render_report(data: dict, *, paper: str = "letter") -> bytes:
    """The class report for ``data`` (see the module docstring) as PDF bytes."""
    theme = make_theme(paper, False)
    story = report_story(data, theme)
    title = str(data.get("quiz_title") or "Quiz") if isinstance(data, dict) else "Quiz"
    footer = Footer(theme, f"Class report · {title}")
    return build_pdf(story, theme, footer, title=f"Class report: {title}", subject="Class report")
