"""Import questions in real Chromium: reachable from the quiz and article pages, the
report and the evidence form, each with 0 axe-core violations, at 320 px too."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser import test_accessibility as a11y
from tests.browser.conftest import sign_in
from tests.browser.test_accessibility import PHONE, WIDE, axe_violations, readable

pytestmark = pytest.mark.browser
#: The accessibility tests' classroom: the seed article and a published quiz with every question type.
classroom = a11y.classroom
CORPUS = Path(__file__).resolve().parents[1] / "data" / "imports"


def no_violations(page, axe_script, where: str, width: int) -> None:
    page.wait_for_load_state("load")
    violations = axe_violations(page, axe_script)
    assert violations == [], readable(violations, f"{where} ({width} px)")
    assert page.evaluate("document.documentElement.scrollWidth") <= width, where


@pytest.mark.parametrize("viewport", [WIDE, PHONE], ids=["wide", "320px"])
def test_import_from_the_quiz_page_then_link_evidence(new_page, classroom, axe_script, viewport):
    page = new_page(bypass_csp=True, viewport=viewport)
    width = viewport["width"]
    sign_in(page, classroom["url"])
    page.goto(f"{classroom['url']}/quizzes/{classroom['quiz']}")
    page.get_by_role("link", name="Import questions from a file").click()
    page.wait_for_url(f"**/quizzes/{classroom['quiz']}/import")
    assert page.get_by_role("heading", name="Import questions into this quiz").is_visible()
    no_violations(page, axe_script, "import form", width)

    page.get_by_label("Question bank file").set_input_files(str(CORPUS / "bridge.gift"))
    page.get_by_role("button", name="Import questions").click()
    assert page.get_by_role("heading", name="Imported 9 questions").is_visible()
    assert page.get_by_text("Numerical questions cannot be carried").is_visible()
    no_violations(page, axe_script, "import report", width)

    page.get_by_role("link", name="Open the quiz").click()
    page.wait_for_url(f"**/quizzes/{classroom['quiz']}")
    assert page.get_by_text("9 imported questions need evidence").is_visible()
    page.get_by_role("link", name="Link evidence for question 8").click()
    assert page.get_by_role("heading", name="Link the evidence").is_visible()
    no_violations(page, axe_script, "evidence form", width)
    page.get_by_role("button", name="Link this evidence").click()  # the bridge shares no word with this article
    assert page.get_by_text("Choose a sentence, or say no single sentence proves it.").is_visible()
    no_violations(page, axe_script, "evidence form with its error", width)
    page.get_by_role("radio").first.check()
    page.get_by_role("button", name="Link this evidence").click()
    page.wait_for_url(f"**/quizzes/{classroom['quiz']}?q=*")
    assert page.get_by_text("Evidence linked.").is_visible()
    assert page.get_by_text("8 imported questions need evidence").is_visible()


def test_import_from_the_article_page_and_a_refused_file(new_page, classroom, axe_script):
    page = new_page(bypass_csp=True, viewport=WIDE)
    sign_in(page, classroom["url"])
    page.goto(f"{classroom['url']}/articles/{classroom['article']}")
    page.get_by_role("link", name="Import questions").click()
    page.wait_for_url(f"**/articles/{classroom['article']}/import")
    page.get_by_label("Question bank file").set_input_files(str(CORPUS / "xxe.xml"))
    page.get_by_role("button", name="Import questions").click()
    assert page.get_by_text("declares a DTD or entities").is_visible()
    no_violations(page, axe_script, "refused import", WIDE["width"])

    page.get_by_label("Question bank file").set_input_files(str(CORPUS / "kahoot.xlsx"))
    page.get_by_label("Title of the new quiz (optional)").fill("Kahoot night")
    page.get_by_role("button", name="Import questions").click()
    assert page.get_by_role("heading", name="Imported 3 questions").is_visible()
    assert page.get_by_role("link", name="Kahoot night").first.is_visible()


def test_a_passage_that_cannot_be_an_article_says_what_to_do(new_page, classroom, axe_script, tmp_path):
    from tests.test_imports_web import bad_passage

    bank = tmp_path / "bad.xml"
    bank.write_bytes(bad_passage())
    page = new_page(bypass_csp=True, viewport=WIDE)
    sign_in(page, classroom["url"])
    page.goto(f"{classroom['url']}/import")
    page.get_by_label("Question bank file").set_input_files(str(bank))
    page.get_by_label("Title of the new quiz (optional)").fill("Caption quiz")
    page.get_by_role("button", name="Import questions").click()
    assert page.get_by_text("reading passage cannot become an article, so nothing was imported").is_visible()
    assert page.get_by_label("Title of the new quiz (optional)").input_value() == "Caption quiz"
    no_violations(page, axe_script, "passage refused by its job", WIDE["width"])
