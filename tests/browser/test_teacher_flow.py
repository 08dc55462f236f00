"""The whole teacher flow in real Chromium, on the seed article."""
import pytest

from tests.conftest import PASSWORD

pytestmark = pytest.mark.browser


def test_generate_edit_add_reorder_publish(page, live_server):
    page.goto(f"{live_server}/login")
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/dashboard")

    page.get_by_role("link", name="North Korea delivers military aid to Russia").click()
    page.get_by_role("link", name="Generate questions").click()
    page.get_by_label("How many questions").fill("6")
    page.get_by_role("button", name="Generate questions").click()
    page.wait_for_url("**/quizzes/*")
    cards = page.locator(".question-card")
    assert cards.count() == 6

    # selecting a question highlights its evidence in the article beside it
    cards.first.get_by_role("link", name="Show evidence").click()
    assert page.locator("mark.evidence").count() >= 1

    # edit the first question's points
    page.locator(".question-card").first.get_by_role("link", name="Edit").click()
    page.get_by_label("Points", exact=True).fill("3")
    page.get_by_role("button", name="Save question").click()
    page.wait_for_url("**/quizzes/*")
    assert "3 pts" in page.locator(".question-card").first.inner_text()

    # add a custom true/false question about the whole article
    page.get_by_label("Add a question of type").select_option("true_false")
    page.get_by_role("button", name="Add question").click()
    page.get_by_label("Statement").fill("The article was written by a student.")
    page.get_by_label("True", exact=True).check()
    page.get_by_role("button", name="Save question").click()
    page.wait_for_url("**/quizzes/*")
    assert page.locator(".question-card").count() == 7
    assert "written by a student" in page.locator(".question-card").last.inner_text()

    # move it up one place
    page.locator(".question-card").last.get_by_role("button", name="Move up").click()
    assert "written by a student" in page.locator(".question-card").nth(5).inner_text()

    # publish: the join code is shown; this server listens on 127.0.0.1 only, so instead of a
    # join address no student could open, the page says so (the LAN address and its QR code:
    # tests/browser/test_class_journey.py)
    page.get_by_role("button", name="Publish").click()
    code = page.locator(".join-code").inner_text()
    assert len(code) == 8
    warning = page.get_by_role("alert").filter(has_text="Students’ devices cannot reach this server yet")
    assert warning.is_visible() and page.locator("img.qr").count() == 0
