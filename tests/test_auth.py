"""Sign in, throttling, sessions that end on the server."""
from quizgen.accounts import AccountError, authenticate, create_teacher

import pytest


def test_login_page_renders(client):
    response = client.get("/login")
    assert response.status_code == 200 and b"Sign in" in response.data


def test_login_and_dashboard(client, auth):
    response = auth.login()
    assert response.status_code == 302 and response.headers["Location"].endswith("/dashboard")
    assert b"Library" in client.get("/dashboard").data


def test_wrong_password_is_refused_with_message(client, auth):
    response = auth.login(password="wrong password!")
    assert response.status_code == 422
    assert b"Wrong username or password" in response.data
    assert client.get("/dashboard").status_code == 302


def test_unknown_user_gets_the_same_message(client, teacher):
    response = client.post("/login", data={"username": "nobody", "password": "whatever123"})
    assert b"Wrong username or password" in response.data


def test_pages_need_login(client):
    response = client.get("/dashboard")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_login_redirects_only_to_local_next(client, auth):
    response = client.post("/login?next=//evil.example/x", data={"username": "ada", "password": "correct horse battery"})
    assert response.headers["Location"].endswith("/dashboard")


def test_password_hash_is_argon2id(db, teacher):
    assert db["teachers"].get(teacher.id)["password_hash"].startswith("$argon2id$")


def test_throttle_per_account(client, auth, app):
    for _ in range(app.config["LOGIN_MAX_FAILURES"]):
        auth.login(password="nope nope nope")
    response = auth.login()  # even the right password is refused now
    assert b"Too many failed sign-ins" in response.data
    assert client.get("/dashboard").status_code == 302


def test_throttle_per_client_across_usernames(db):
    create_teacher(db, "bob", "long enough password")
    for n in range(10):
        with pytest.raises(AccountError):
            authenticate(db, f"guess{n}", "x" * 12, client="10.0.0.9")
    with pytest.raises(AccountError, match="Too many"):
        authenticate(db, "bob", "long enough password", client="10.0.0.9")
    assert authenticate(db, "bob", "long enough password", client="10.0.0.10").username == "bob"


def test_logout_invalidates_a_copied_cookie(app, client, auth):
    auth.login()
    cookie = client.get_cookie(app.config["SESSION_COOKIE_NAME"])
    assert cookie is not None
    auth.logout()
    thief = app.test_client()
    thief.set_cookie(app.config["SESSION_COOKIE_NAME"], cookie.value)
    assert thief.get("/dashboard").status_code == 302


def test_session_cookie_flags(app, client, auth):
    response = auth.login()
    header = response.headers["Set-Cookie"]
    assert "HttpOnly" in header and "SameSite=Lax" in header and "Secure" not in header
    secure = app.test_client().post("/login", data={"username": "ada", "password": "correct horse battery"},
                                    base_url="https://localhost")
    assert "Secure" in secure.headers["Set-Cookie"]


def test_csrf_is_enforced_on_login(csrf_app, teacher):
    client = csrf_app.test_client()
    response = client.post("/login", data={"username": "ada", "password": "correct horse battery"})
    assert response.status_code == 400 and b"expired" in response.data


def test_csrf_token_round_trip(csrf_app, teacher):
    import re

    client = csrf_app.test_client()
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    response = client.post("/login", data={"username": "ada", "password": "correct horse battery",
                                           "csrf_token": token})
    assert response.status_code == 302


def test_short_password_refused(db):
    with pytest.raises(AccountError, match="at least"):
        create_teacher(db, "short", "abc")
