"""The student worksheet: what it prints, what it must not print, and how."""
from __future__ import annotations

import io

import pytest

from quizgen.pdf import render_worksheet
from quizgen.pdf.model import arrange, presented_ordering
from quizgen.pdf.styles import make_theme
from quizgen.questions import BLANK

from .pdf_support import (PARAGRAPHS, flat, ink_variance, many_mc, page_count, page_images, pages_text,
                          pdf_text, pdffonts, questions, worksheet)


@pytest.fixture(scope="module")
def sheet() -> bytes:
    return render_worksheet(worksheet())


def test_worksheet_shows_header_article_and_every_question(sheet):
    text = pdf_text(sheet)
    for needle in ("Brookfield library quiz", "Name", "Class", "Date",
                   "Read the article, then answer all questions.", "Town opens a new library", "By Sam Reyes",
                   "The new library on opening day. Photo: Town of Brookfield"):
        assert needle in text
    for paragraph in PARAGRAPHS:
        assert flat(paragraph) in text
    total = worksheet().total_points
    assert total == 1 + 2 + 1 + 1 + 1 + 3 + 2 + 1 + 1
    assert f"/ {total}" in text
    for q in questions():
        if q.type == "cloze":
            before, after = q.prompt.split(BLANK)
            assert flat(before) in text and flat(after) in text
        else:
            assert flat(q.prompt) in text, q.prompt
        for choice in q.choices:
            assert choice in text
        if q.type == "matching":
            for left, right in q.answer:
                assert left in text and right in text
        if q.type == "ordering":
            for item in q.answer:
                assert item in text
    for word in ("250", "3,000", "Springfield", "Fairview", "WORD BANK"):
        assert word in text
    for heading in ("Multiple choice", "True or false", "Fact or opinion", "Fill in the blank", "Matching",
                    "Put in order", "Short answer"):
        assert heading in text
    assert "[2 pts]" in text and "[1 pt]" in text


def test_worksheet_prints_no_key():
    ws = worksheet()
    text = pdf_text(render_worksheet(ws, include_article=False))
    assert "ANSWER KEY" not in text and "Quick key" not in text
    assert "Answer:" not in text and "Evidence" not in text and "Model answer" not in text
    assert "roof had to be replaced" not in text           # short-answer model answer
    assert "Names the roof as the cause" not in text       # rubric
    assert "The article names the mayor" not in text       # explanation
    assert "front of 300 residents" not in text             # cloze filled in
    assert "three hundred" not in text                      # accepted answers
    order = presented_ordering(next(q for q in ws.questions if q.type == "ordering"))
    assert order != next(q for q in ws.questions if q.type == "ordering").answer
    positions = [text.index(item) for item in order]
    assert positions == sorted(positions)                   # printed in the shuffled order


def test_no_article_option_leaves_the_article_out(sheet):
    without = pdf_text(render_worksheet(worksheet(), include_article=False))
    assert flat(PARAGRAPHS[1]) in pdf_text(sheet)
    assert flat(PARAGRAPHS[1]) not in without
    assert "Who cut the ribbon at the library?" in without


def test_questions_are_numbered_in_print_order(sheet):
    text = pdf_text(sheet)
    sections = arrange(worksheet().questions)
    numbered = [(n, q) for s in sections for n, q in s.items]
    assert [n for n, _ in numbered] == list(range(1, 10))
    mc = next(q for n, q in numbered if n == 1)
    assert f"1. {mc.prompt}" in text


def test_fonts_are_embedded(sheet):
    fonts = pdffonts(sheet)
    assert fonts, "no fonts listed"
    assert all(f["emb"] == "yes" for f in fonts), fonts
    names = " ".join(f["name"] for f in fonts)
    assert "PTSerif" in names and "AtkinsonHyperlegible" in names
    assert "Helvetica" not in names


def test_pages_are_not_blank_and_numbered(sheet):
    images = page_images(sheet)
    assert len(images) == page_count(sheet) >= 2
    for image in images:
        assert ink_variance(image) > 50
    pages = pages_text(sheet)
    for i, page in enumerate(pages, start=1):
        assert f"Page {i} of {len(pages)}" in page


def test_no_question_is_split_across_pages_and_no_heading_is_orphaned():
    qs = many_mc(24)
    ws = worksheet(questions=qs + questions()[1:3])
    pdf = render_worksheet(ws)
    pages = pages_text(pdf)
    assert len(pages) >= 4
    for q in qs:
        where = [i for i, page in enumerate(pages) if flat(q.prompt) in page]
        assert len(where) == 1, q.prompt
        for choice in q.choices:
            assert choice in pages[where[0]], (q.prompt, choice)
    for heading, first in (("Part A — Multiple choice", qs[0].prompt),
                           ("True or false", "The library closes at 5 pm."),
                           ("Short answer", "Why did the building cost so much?")):
        page = next(p for p in pages if heading in p)
        assert flat(first) in page, heading


def test_letter_a4_and_large_print():
    from pypdf import PdfReader

    letter = render_worksheet(worksheet())
    a4 = render_worksheet(worksheet(), paper="a4")
    large = render_worksheet(worksheet(), large_print=True)
    box = PdfReader(io.BytesIO(letter)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    box = PdfReader(io.BytesIO(a4)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert page_count(large) > page_count(letter)
    theme = make_theme("letter", large_print=True)
    for name in ("body", "question", "option", "cell", "instructions", "gloss", "caption", "word",
                 "key_text", "quote", "section_note", "byline"):
        assert theme[name].fontSize >= 16, name
    regular = make_theme("letter")
    assert 11 <= regular["body"].fontSize <= 12 and regular["body"].leading >= regular["body"].fontSize * 1.3
    with pytest.raises(ValueError):
        render_worksheet(worksheet(), paper="legal")


def test_join_code_and_qr_code_when_published():
    draft = render_worksheet(worksheet())
    published = render_worksheet(worksheet(join_code="K7Q2PX9M", join_url="http://school.local/join/K7Q2PX9M"))
    assert "K7Q2PX9M" not in pdf_text(draft)
    pages = pages_text(published)
    assert all("Join code: K7Q2PX9M" in page for page in pages)

    def corner_ink(pdf):  # the footer's right end, where the QR code goes
        image = page_images(pdf, dpi=40, first=1, last=1)[0]
        w, h = image.size
        return ink_variance(image.crop((int(w * 0.85), int(h * 0.9), w, h)))

    assert corner_ink(published) > corner_ink(draft) + 1000


def test_same_quiz_gives_the_same_bytes():
    # Footers of separate renders are separate objects: nothing that varies
    # between them (such as an object id) may reach the PDF.
    ws = worksheet(join_code="K7Q2PX9M", join_url="http://school.local/join/K7Q2PX9M")
    assert render_worksheet(ws) == render_worksheet(ws)
    assert render_worksheet(ws, key=True) == render_worksheet(ws, key=True)


def test_qr_code_encodes_the_join_url():
    from quizgen.pdf.layout import qr_modules

    a, b = qr_modules("http://school.local/join/AAAA2222"), qr_modules("http://school.local/join/BBBB3333")
    assert len(a) == len(a[0]) >= 21 and a != b
    assert all(a[r][c] for r in range(7) for c in (0, 6))  # finder pattern


def test_version_letter_on_every_page():
    pdf = render_worksheet(worksheet(questions=many_mc(12)), version="C")
    pages = pages_text(pdf)
    assert len(pages) >= 2
    assert "Version C" in pages[0]
    for page in pages:
        assert "Version C" in page


def test_glossary_and_line_numbers():
    glossary = [{"word": "ribbon", "definition": "a long narrow strip of fabric", "paragraph": 0},
                {"word": "critics", "definition": "people who judge something", "paragraph": 1}]
    text = pdf_text(render_worksheet(worksheet(), glossary=glossary))
    assert "Glossary" in text and "a long narrow strip of fabric" in text and "(¶2)" in text
    long_article = dict(worksheet().article, paragraphs=[p * 3 for p in PARAGRAPHS])
    plain = pdf_text(render_worksheet(worksheet(article=long_article)))
    numbered = pdf_text(render_worksheet(worksheet(article=long_article), line_numbers=True))
    assert " 5 " not in plain.split("Multiple choice")[0].replace("Page", "")
    assert " 5 " in numbered and " 10 " in numbered


def test_empty_quiz_and_missing_article_still_print():
    pdf = render_worksheet(worksheet(questions=[], article=None))
    assert pdf.startswith(b"%PDF") and "no questions" in pdf_text(pdf)


def test_cli_writes_worksheet_key_and_versions(runner, tmp_path):
    article = tmp_path / "library.txt"
    article.write_text("Town opens a new library\n\n" + "\n\n".join(PARAGRAPHS), encoding="utf-8")
    out = tmp_path / "out" / "quiz.pdf"
    result = runner.invoke(["pdf", str(article), "--out", str(out), "--key", "--count", "4", "--paper", "a4"])
    assert result.exit_code == 0, result.output
    assert out.exists() and (tmp_path / "out" / "quiz-key.pdf").exists()
    assert "Town opens a new library" in pdf_text(out.read_bytes())
    result = runner.invoke(["pdf", str(article), "--out", str(out), "--versions", "2", "--count", "4",
                            "--no-article", "--large-print"])
    assert result.exit_code == 0, result.output
    for name in ("quiz-A.pdf", "quiz-A-key.pdf", "quiz-B.pdf", "quiz-B-key.pdf"):
        assert (tmp_path / "out" / name).exists(), name
    assert runner.invoke(["pdf", "nope.txt", "--out", str(out)]).exit_code != 0
    help_text = runner.invoke(["pdf", "--help"]).output
    assert "--versions" in help_text and "--large-print" in help_text
