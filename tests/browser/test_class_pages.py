"""Issue 15's new and changed teacher pages in real Chromium, each with 0 axe-core violations:
change my password, delete confirmations, the upload size check, the sign-in page's join
link, the unanswered-questions warning without JavaScript."""
from __future__ import annotations

import pytest

from tests.browser import test_accessibility
from tests.browser.conftest import sign_in
from tests.browser.test_accessibility import PHONE, WIDE, check, join
from tests.conftest import PASSWORD

pytestmark = pytest.mark.browser
classroom = test_accessibility.classroom  # the published quiz with one question of every type


def test_a_student_on_the_sign_in_page_finds_the_join_page(new_page, classroom, axe_script):
    page = new_page(bypass_csp=True, viewport=PHONE)
    page.goto(f"{classroom['url']}/")
    check(page, axe_script, "/login with the join link")
    page.get_by_role("link", name="Join a quiz with the code your teacher gives you").click()
    page.wait_for_url("**/join")
    assert page.get_by_label("Quiz code").is_visible()


def test_change_my_password(new_page, classroom, axe_script):
    page = new_page(bypass_csp=True, viewport=WIDE)
    sign_in(page, classroom["url"])
    page.get_by_role("link", name="Change my password").click()
    check(page, axe_script, "/account/password")
    page.get_by_label("Current password").fill("wrong one entirely")
    page.get_by_label("New password", exact=True).fill("pumpkins in october")
    page.get_by_label("New password again").fill("pumpkins in october")
    page.get_by_role("button", name="Change my password").click()
    page.get_by_text("Your current password is not right.").wait_for()
    check(page, axe_script, "/account/password with an error")
    page.get_by_label("Current password").fill(PASSWORD)
    page.get_by_label("New password", exact=True).fill("pumpkins in october")
    page.get_by_label("New password again").fill("pumpkins in october")
    page.get_by_role("button", name="Change my password").click()
    page.wait_for_url("**/dashboard")
    assert page.get_by_text("Your password is changed.").is_visible()


def test_every_delete_asks_first(new_page, classroom, axe_script):
    page = new_page(bypass_csp=True, viewport=WIDE)
    sign_in(page, classroom["url"])
    base, quiz = classroom["url"], classroom["quiz"]
    page.goto(f"{base}/quizzes/{quiz}")
    page.locator(".question-card").first.get_by_role("link", name="Delete question 1").click()
    page.get_by_role("heading", name="Delete question 1?").wait_for()
    check(page, axe_script, "delete-question confirmation")
    page.get_by_role("link", name="Cancel").click()
    assert page.locator(".question-card").count() == 7
    page.get_by_role("link", name="Delete quiz").click()
    check(page, axe_script, "delete-quiz confirmation")
    page.goto(f"{base}/articles/{classroom['article']}")
    page.get_by_role("link", name="Delete this article").click()
    page.get_by_role("heading", name="This article is in use").wait_for()
    check(page, axe_script, "article in use")
    page.goto(f"{base}/quizzes/{quiz}/attempts/{classroom['attempt']}")
    page.get_by_role("link", name="Delete this attempt").click()
    page.get_by_role("button", name="Delete the attempt").click()
    page.wait_for_url(f"**/quizzes/{quiz}/results")
    assert page.get_by_text("can join again").is_visible()


def test_a_file_over_the_limit_is_refused_before_anything_is_lost(new_page, classroom, axe_script, tmp_path):
    page = new_page(bypass_csp=True, viewport=PHONE)
    sign_in(page, classroom["url"])
    page.goto(f"{classroom['url']}/articles/new")
    page.get_by_label("Title (optional)").fill("My own title")
    big = tmp_path / "huge.txt"
    big.write_bytes(b"word " * (6 * 1024 * 1024 // 5))
    page.get_by_label("…or upload a file").set_input_files(str(big))
    page.get_by_role("alert").filter(has_text="the limit is 5 MB").wait_for()
    page.get_by_role("button", name="Add to my library").click()
    assert page.url.endswith("/articles/new")  # not sent: no 413, the title is still typed
    assert page.get_by_label("Title (optional)").input_value() == "My own title"
    check(page, axe_script, "upload over the limit (320 px)")


def test_unanswered_warning_without_javascript(new_page, classroom, axe_script):
    page = new_page(java_script_enabled=False, viewport=PHONE)
    join(page, classroom["url"], classroom["code"], "Quick Quinn")
    page.locator("fieldset[data-question] input[type=radio]").first.check()
    page.get_by_role("button", name="Submit my answers").click()
    warning = page.get_by_role("alert").filter(has_text="6 questions have no answer")
    assert warning.is_visible() and warning.get_by_role("link").count() == 6
    axe_page = new_page(bypass_csp=True, viewport=PHONE)  # axe needs scripts; the page is the same
    join(axe_page, classroom["url"], classroom["code"], "Axe Avery")
    axe_page.get_by_role("button", name="Submit my answers").click()
    axe_page.get_by_role("alert").filter(has_text="7 questions have no answer").wait_for()
    check(axe_page, axe_script, "unanswered warning (320 px)")
    page.get_by_role("button", name="Submit anyway").click()
    page.wait_for_url("**/done")
