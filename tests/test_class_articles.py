"""Issue 15, articles read in right: a headline that wraps in a PDF, a byline typed
straight under the title, and raw HTML inside Markdown."""
import io

import pytest

from quizgen.articles import parse_article
from quizgen.articles.readers import read_upload

TITLE = "The Small Town That Grew the Heaviest Giant Pumpkins Ever Weighed at a County Fair"
PARA1 = ("Farmers in the valley have grown pumpkins for a century, but this year one of them broke the "
         "record that had stood since her grandmother's time at the county fair.")
PARA2 = ("The winning pumpkin weighed more than a small car, and it took six people and a forklift to lift "
         "it onto the scale in front of the judges.")


def wrapped_title_pdf(byline_gap: bool) -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    out = io.BytesIO()
    story = [Paragraph(TITLE, styles["Title"]), Paragraph("By Jane Doe", styles["Normal"])]
    story += [Spacer(1, 12)] if byline_gap else []
    story += [Paragraph(PARA1 * 2, styles["Normal"]), Spacer(1, 12), Paragraph(PARA2 * 2, styles["Normal"])]
    SimpleDocTemplate(out, pagesize=letter).build(story)
    return out.getvalue()


@pytest.mark.parametrize("byline_gap", [True, False])
def test_a_pdf_headline_on_two_lines_is_one_title(byline_gap):
    parsed = parse_article(read_upload("pumpkins.pdf", wrapped_title_pdf(byline_gap)).text)
    assert parsed.title == TITLE
    assert parsed.byline == "Jane Doe"
    assert parsed.headings == [] and len(parsed.paragraphs) == 2
    assert parsed.paragraphs[0].startswith("Farmers") and parsed.paragraphs[1].startswith("The winning")


@pytest.mark.parametrize("text", [
    f"Giant Pumpkins\nBy Jane Doe\n\n{PARA1}\n\n{PARA2}",
    f"Giant\nPumpkins\nBy Jane Doe\nMarch 3, 2025\n\n{PARA1}\n\n{PARA2}",
    f"Giant Pumpkins\nBy Jane Doe\n{PARA1}\n\n{PARA2}",
])
def test_a_byline_right_under_the_title_is_not_part_of_it(text):
    parsed = parse_article(text)
    assert parsed.title in ("Giant Pumpkins",) and parsed.byline == "Jane Doe"
    assert parsed.paragraphs == [PARA1, PARA2]


def test_by_inside_a_wrapped_paragraph_stays_in_it():
    text = f"Giant Pumpkins\n\nThe fair opened on Friday and was visited\nby Tuesday evening by 4,000 people.\n\n{PARA2}"
    assert parse_article(text).paragraphs[0].endswith("visited by Tuesday evening by 4,000 people.")


def test_raw_html_in_markdown_is_sanitised_like_an_html_upload():
    md = (b"# Giant Pumpkins\n\n"
          b"Farmers <em>grew</em> a <span class=\"x\">huge</span> pumpkin <script>alert('x')</script>"
          b"<style>p { color: red }</style>this year.\n\n"
          b"<div onclick=\"steal()\"><p>The fair <b>opened</b> on Friday &amp; Saturday.</p>"
          b"<iframe src=\"https://evil.example\">frame text</iframe></div>\n\n"
          b"<figure><img src=\"p.jpg\" alt=\"The winning pumpkin on the scale\"></figure>\n")
    document = read_upload("pumpkins.md", md)
    assert document.title == "Giant Pumpkins"
    assert document.text.split("\n\n") == [
        "Giant Pumpkins", "Farmers grew a huge pumpkin this year.", "The fair opened on Friday & Saturday.",
        "[The winning pumpkin on the scale]"]
    for leak in ("<", "alert", "color", "frame text", "onclick"):
        assert leak not in document.text
