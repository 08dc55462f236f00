"""The class report: charts and the item analysis table."""
from __future__ import annotations

import math

from quizgen.pdf import render_report
from quizgen.pdf.report import bins, summary

from .pdf_support import ink_variance, page_images, pdf_text, pdffonts

DATA = {
    "quiz_title": "Brookfield library quiz", "class_name": "9B", "date": "2026-11-27", "max_score": 10,
    "scores": [2, 4, 5, 5, 6, 7, 7, 8, 9, 10],
    "items": [
        {"number": 1, "prompt": "Who cut the ribbon?", "type": "multiple_choice", "facility": 0.82,
         "discrimination": 0.45, "key": "Dana Ortiz", "options": {"Dana Ortiz": 8, "Lee Park": 1, "Ana Cruz": 1}},
        {"number": 2, "prompt": "The library closes at 5 pm.", "facility": 0.15, "discrimination": -0.2,
         "options": {"True": 8, "False": 2}, "key": "False"},
        {"number": 3, "prompt": "Why did the building cost so much?", "facility": 0.55, "discrimination": None},
    ],
}


def test_report_shows_summary_charts_and_item_table():
    pdf = render_report(DATA)
    text = pdf_text(pdf)
    for needle in ("Class report", "Brookfield library quiz", "9B", "Score distribution", "Facility by question",
                   "Item analysis", "Who cut the ribbon?", "82%", "+0.45", "Dana Ortiz: 8", "Lee Park: 1",
                   "hard, check key", "Students", "10", "Mean", "6.3 / 10 (63%)"):
        assert needle in text, needle
    assert all(f["emb"] == "yes" for f in pdffonts(pdf))
    images = page_images(pdf)
    assert all(ink_variance(i) > 50 for i in images)


def test_report_statistics():
    s = summary([2, 4, 6], 10)
    assert s["students"] == 3 and s["mean"] == 4 and s["median"] == 4 and math.isclose(s["mean_percent"], 40)
    assert bins([0, 1, 9.99, 10, 5], 10) == [1, 1, 0, 0, 0, 1, 0, 0, 0, 2]
    assert summary([], 10) == {"students": 0}


def test_report_survives_empty_and_odd_data():
    for data in ({}, {"quiz_title": None, "scores": [], "items": []},
                 {"quiz_title": "x", "max_score": "n/a", "scores": [float("nan"), "7", None, 3],
                  "items": [{"facility": "??", "discrimination": float("inf"), "options": ["not", "a dict"]},
                            "not an item"]}):
        assert render_report(data).startswith(b"%PDF")
    assert "none yet" in pdf_text(render_report({"quiz_title": "Empty"}))
