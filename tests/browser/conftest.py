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
from tests.missing_tool import skip_or_fail

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
        skip_or_fail(message)
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
    """The real app on a free port of 127.0.0.1, with one teacher and the samples.

    Jobs run inside the request here; test_jobs_browser.py runs real workers.
    """
    app = create_app({"SECRET_KEY": "browser-test", "INSTANCE_PATH": tmp_path / "instance",
                      "DATABASE": str(tmp_path / "instance" / "live.sqlite3"),
                      "ARTICLES_DIR": str(ARTICLES), "JOBS_IMMEDIATE": True})
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


# ---------------------------------------------------------------- axe-core, classrooms, extra contexts

from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
AXE_SCRIPT = ROOT / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="session")
def axe_script() -> Path:
    """axe-core from the npm registry (``make axe``); skips with the reason, FAILS under CI=true."""
    if not AXE_SCRIPT.is_file():
        message = (f"axe-core is missing ({AXE_SCRIPT.relative_to(ROOT)}): run `make axe` "
                   "(npm install --prefix .cache/axe axe-core@4); .ci/run installs npm.")
        skip_or_fail(message)
    return AXE_SCRIPT


@pytest.fixture
def new_page(browser):
    """``new_page(**context_options)``: a page in a fresh context (own cookies), closed afterwards."""
    contexts = []

    def make(**options):
        context = browser.new_context(**options)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def live_db_path(tmp_path) -> str:
    """The database of the ``live_server`` running for this test."""
    return str(tmp_path / "instance" / "live.sqlite3")


def sign_in(page, base: str, username: str = "ada") -> None:
    page.goto(f"{base}/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/dashboard")
