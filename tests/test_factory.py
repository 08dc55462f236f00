import os
import stat

from quizgen import create_app


def test_test_config_is_used(app):
    assert app.testing
    assert create_app({"TESTING": True, "SECRET_KEY": "x", "INSTANCE_PATH": app.instance_path}).testing


def test_environment_overrides(tmp_path, monkeypatch):
    monkeypatch.setattr("flask.Flask.auto_find_instance_path", lambda self: str(tmp_path))
    monkeypatch.setenv("QUIZGEN_MAX_CONTENT_LENGTH", "1234")
    monkeypatch.setenv("QUIZGEN_DATABASE", str(tmp_path / "other.sqlite3"))
    app = create_app()
    assert app.config["MAX_CONTENT_LENGTH"] == 1234
    assert app.config["DATABASE"] == str(tmp_path / "other.sqlite3")


def test_instance_config_file_is_read(tmp_path, monkeypatch):
    instance = tmp_path / "instance"
    instance.mkdir()
    (instance / "config.py").write_text("LOGIN_MAX_FAILURES = 3\n")
    monkeypatch.setattr("flask.Flask.auto_find_instance_path", lambda self: str(instance))
    app = create_app()
    assert app.config["LOGIN_MAX_FAILURES"] == 3


def test_secret_key_generated_once_with_mode_600(tmp_path, monkeypatch):
    instance = tmp_path / "instance"
    monkeypatch.setattr("flask.Flask.auto_find_instance_path", lambda self: str(instance))
    first = create_app().config["SECRET_KEY"]
    second = create_app().config["SECRET_KEY"]
    assert first == second and len(first) >= 64
    mode = stat.S_IMODE(os.stat(instance / "secret_key").st_mode)
    assert mode == 0o600


def test_default_upload_limit_is_5_mb(app):
    assert app.config["MAX_CONTENT_LENGTH"] == 5 * 1024 * 1024


def test_too_large_upload_gets_friendly_413(client, auth):
    auth.login()
    client.application.config["MAX_CONTENT_LENGTH"] = 1000
    response = client.post("/articles/new", data={"text": "x" * 5000})
    assert response.status_code == 413
    assert b"too large" in response.data and b"Traceback" not in response.data


def test_security_headers(client):
    response = client.get("/login")
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_pages_use_no_third_party_resources(client, auth):
    auth.login()
    for url in ("/login", "/dashboard", "/articles/new"):
        body = client.get(url).get_data(as_text=True)
        assert "http://" not in body and "https://" not in body, url
