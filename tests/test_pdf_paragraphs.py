"""quizgen.pdf.paragraphs.P: ReportLab's Paragraph that remembers its last
layout; the layout itself is ReportLab's, to the line."""
from __future__ import annotations

import pytest
from reportlab.platypus.paragraph import Paragraph

from quizgen.pdf.fonts import SANS, SERIF, markup, register_fonts
from quizgen.pdf.paragraphs import P
from quizgen.pdf.styles import make_theme

from .test_pdf_escaping import HOSTILE

SAMPLES = [
    "plain text",
    markup("Q & A <b> \"quoted\" 'single' café — 북한 군대 " * 6, SANS),
    markup(HOSTILE, SERIF),
    markup("line one\nline two", SANS, newlines=True),
    'Who cut it?&nbsp;&nbsp;<font name="QZSans" size="9.0" color="#555555">[1 pt]</font>',
    'The <u><font name="QZSans-Bold" color="#0b6e3a">answer</font></u> here ' * 8,
]


@pytest.mark.parametrize("text", SAMPLES)
def test_layout_is_reportlabs(text):
    register_fonts()
    style = make_theme()["question"]
    for width in (120, 300, 460):
        ours, theirs = P(text, style), Paragraph(text, style)
        assert ours.wrap(width, 1000) == theirs.wrap(width, 1000)
        assert len(ours.blPara.lines) == len(theirs.blPara.lines)


def test_wrapping_again_at_the_same_width_keeps_the_layout():
    register_fonts()
    style = make_theme()["body"]
    para = P(SAMPLES[1], style)
    first = para.wrap(300, 1000)
    layout = para.blPara
    assert para.wrap(300, 50) == first and para.blPara is layout  # remembered
    narrower = para.wrap(150, 1000)
    assert narrower[1] > first[1] and para.blPara is not layout  # a new width breaks lines again
    assert para.wrap(300, 1000) == first


def test_split_parts_are_laid_out_afresh():
    register_fonts()
    style = make_theme()["body"]
    para = P(SAMPLES[1] * 3, style)
    _, height = para.wrap(200, 1000)
    parts = para.split(200, height / 2)
    assert len(parts) == 2 and all(isinstance(part, P) for part in parts)
    heights = [part.wrap(200, 1000)[1] for part in parts]
    assert sum(heights) == pytest.approx(height)
