"""A teacher signs in, uploads the seed article and reads it with numbered paragraphs."""
import pytest

from tests.conftest import PASSWORD, SEED

pytestmark = pytest.mark.browser


def test_sign_in_upload_seed_and_read_numbered_paragraphs(page, live_server):
    page.goto(f"{live_server}/dashboard")
    assert "/login" in page.url
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/dashboard")

    page.get_by_role("link", name="Add an article").first.click()
    page.get_by_label("…or upload a file").set_input_files(str(SEED))
    page.get_by_role("button", name="Add to my library").click()
    page.wait_for_url("**/articles/*")

    assert page.get_by_role("heading", level=1).inner_text() == "North Korea delivers military aid to Russia"
    paragraphs = page.locator("ol.paragraphs > li")
    assert paragraphs.count() == 18
    assert paragraphs.first.get_attribute("value") == "1"
    assert paragraphs.first.inner_text().startswith("Last August")
    assert "Displayment" in page.locator("figcaption").inner_text()
    assert "Displayment" not in page.locator("ol.paragraphs").inner_text()


def test_keyboard_only_sign_in(page, live_server):
    page.goto(f"{live_server}/login")
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Tab")  # brand link
    page.keyboard.press("Tab")  # the students' "Join a quiz" link
    page.keyboard.press("Tab")
    page.keyboard.type("ada")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/dashboard")
    assert page.get_by_role("heading", name="Library").is_visible()


def test_phone_width_has_no_horizontal_scroll(page, live_server):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_server}/login")
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/dashboard")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 320
