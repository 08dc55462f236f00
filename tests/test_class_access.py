"""Issue 15, students reach the quiz: the join address on the publish page, its QR
code and `quizgen serve`; a plain warning when the server listens on loopback only."""
import io

import pytest
import segno

from quizgen.cli import student_address_lines
from quizgen.network import is_loopback, lan_addresses, student_urls
from tests.conftest import PASSWORD


@pytest.mark.parametrize("host,loopback", [("127.0.0.1", True), ("127.8.0.1", True), ("::1", True),
                                           ("[::1]", True), ("localhost", True), ("0.0.0.0", False),
                                           ("192.168.1.20", False), ("quiz.school.lan", False)])
def test_loopback_hosts(host, loopback):
    assert is_loopback(host) is loopback


def test_student_urls_in_every_situation():
    lan = ["192.168.1.20", "10.0.0.7"]
    configured = student_urls("http://127.0.0.1:5000/", "http://quiz.school.lan:5000", "0.0.0.0", 5000, lan)
    assert configured.urls == ["http://quiz.school.lan:5000/"] and configured.configured
    loopback = student_urls("http://127.0.0.1:5000/", None, "127.0.0.1", 5000, lan)
    assert loopback.urls == [] and loopback.loopback_only
    everywhere = student_urls("http://127.0.0.1:5000/", None, "0.0.0.0", 5000, lan)
    assert everywhere.urls == ["http://192.168.1.20:5000/", "http://10.0.0.7:5000/"]
    via_lan = student_urls("http://10.0.0.7:5000/", None, "0.0.0.0", 5000, lan)
    assert via_lan.best == "http://10.0.0.7:5000/" and len(via_lan.urls) == 2
    one_address = student_urls("http://127.0.0.1:80/", None, "192.168.1.20", 80, lan)
    assert one_address.urls == ["http://192.168.1.20/"]
    no_network = student_urls("http://127.0.0.1:5000/", None, "0.0.0.0", 5000, [])
    assert no_network.loopback_only
    unknown_local = student_urls("http://localhost/", None, None, None, lan)
    assert unknown_local.loopback_only
    unknown_lan = student_urls("http://192.168.1.20:8080/", None, None, None, lan)
    assert unknown_lan.urls == ["http://192.168.1.20:8080/"]


def test_lan_addresses_are_never_loopback():
    found = lan_addresses()
    assert all(not is_loopback(a) and not a.startswith("169.254.") for a in found)


def test_serve_prints_the_student_address_or_how_to_fix_it():
    assert "Students open:  http://quiz.lan:5000/join" in student_address_lines("http://quiz.lan:5000/", "0.0.0.0", 5000)
    warning = student_address_lines(None, "127.0.0.1", 5000)
    assert "cannot reach this server" in warning and "HOST=0.0.0.0 make run" in warning


@pytest.fixture
def logged_in(client, auth):
    auth.login()
    return client


def qr_svg(url: str, code: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="svg", scale=6, border=2, title=f"Join code {code}")
    return buffer.getvalue()


def test_publish_page_warns_when_only_this_computer_can_reach_it(logged_in, published):
    quiz_id, _ = published
    page = logged_in.get(f"/quizzes/{quiz_id}").get_data(as_text=True)  # test client: http://localhost/
    assert "Students’ devices cannot reach this server yet" in page and "HOST=0.0.0.0 make run" in page
    assert "http://localhost/join" not in page and 'class="qr"' not in page
    assert logged_in.get(f"/quizzes/{quiz_id}/qr.svg").status_code == 404


def test_publish_page_shows_the_configured_base_url_and_its_qr_code(app, logged_in, published):
    quiz_id, code = published
    app.config["BASE_URL"] = "http://quiz.school.lan:5000"
    page = logged_in.get(f"/quizzes/{quiz_id}").get_data(as_text=True)
    url = f"http://quiz.school.lan:5000/join/{code}"
    assert f'href="{url}"' in page and "cannot reach" not in page
    assert logged_in.get(f"/quizzes/{quiz_id}/qr.svg").data == qr_svg(url, code)


def test_publish_page_lists_lan_addresses_when_serving_on_every_interface(app, logged_in, published):
    quiz_id, code = published
    app.config.update(LISTEN_HOST="0.0.0.0", LISTEN_PORT=5000)
    logged_in.post("/login", data={"username": "ada", "password": PASSWORD}, base_url="http://192.168.7.9:5000")
    page = logged_in.get(f"/quizzes/{quiz_id}", base_url="http://192.168.7.9:5000").get_data(as_text=True)
    assert f'href="http://192.168.7.9:5000/join/{code}"' in page and "cannot reach" not in page
    qr = logged_in.get(f"/quizzes/{quiz_id}/qr.svg", base_url="http://192.168.7.9:5000").data
    assert qr == qr_svg(f"http://192.168.7.9:5000/join/{code}", code)
