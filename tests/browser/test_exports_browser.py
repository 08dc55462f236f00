"""The Export menu in real Chromium: reachable from the quiz page, 0 axe-core violations, downloads work."""
from __future__ import annotations

import pytest

from tests.browser import test_accessibility as a11y
from tests.browser.conftest import sign_in
from tests.browser.test_accessibility import PHONE, WIDE, axe_violations, readable

pytestmark = pytest.mark.browser
#: The accessibility tests' classroom: the seed article and a published quiz with every question type.
classroom = a11y.classroom


@pytest.mark.parametrize("viewport", [WIDE, PHONE], ids=["wide", "320px"])
def test_export_menu_is_reachable_from_the_quiz_page_without_axe_violations(new_page, classroom, axe_script,
                                                                            viewport):
    page = new_page(bypass_csp=True, viewport=viewport, accept_downloads=True)
    sign_in(page, classroom["url"])
    page.goto(f"{classroom['url']}/quizzes/{classroom['quiz']}")
    page.get_by_role("link", name="Export", exact=True).click()
    page.wait_for_url(f"**/quizzes/{classroom['quiz']}/export")
    assert page.get_by_role("heading", name="Export", exact=True).is_visible()
    gift = page.locator("#format-gift")
    assert "6 of 7 questions" in gift.inner_text()
    assert "GIFT has no ordering question" in gift.inner_text()
    page.wait_for_load_state("load")
    violations = axe_violations(page, axe_script)
    assert violations == [], readable(violations, f"export menu ({viewport['width']} px)")
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]

    with page.expect_download() as info:
        page.get_by_role("button", name="Download Moodle GIFT (.gift.txt)").click()
    download = info.value
    assert download.suggested_filename == "troops-quiz.gift.txt"
    with open(download.path(), encoding="utf-8") as handle:
        assert handle.read().startswith("// Exported from quizgen")
