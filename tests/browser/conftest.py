"""Playwright against the system Chromium and a real server on 127.0.0.1.

Without a Chromium the browser tests skip on a developer machine (with the
reason) and FAIL under CI=true: CI must never pass without running them.
"""
from __future__ import annotations

import os
import shutil
import threading

import pytest
from werkzeug.serving import make_server

from quizgen import create_app
from quizgen.accounts import create_teacher
from quizgen.db import connect, migrate
from quizgen.library import import_samples
from tests.conftest import ARTICLES, PASSWORD, SEED

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


def find_chromium() -> str | None:
    configured = os.environ.get("QUIZGEN_CHROMIUM")
    if configured:
        return configured
    return next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)


@pytest.fixture(scope="session")
def chromium_path():
    path = find_chromium()
    if path is None:
        message = "No Chromium found (apt-get install chromium, or set QUIZGEN_CHROMIUM); .ci/run installs it."
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def live_server(tmp_path):
    """The real app on a free port of 127.0.0.1, with one teacher and the samples."""
    app = create_app({"SECRET_KEY": "browser-test", "INSTANCE_PATH": tmp_path / "instance",
                      "DATABASE": str(tmp_path / "instance" / "live.sqlite3"),
                      "ARTICLES_DIR": str(ARTICLES)})
    migrate(app.config["DATABASE"])
    db = connect(app.config["DATABASE"])
    create_teacher(db, "ada", PASSWORD, "Ada Lovelace")
    list(import_samples(db, [SEED]))
    db.conn.close()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)
