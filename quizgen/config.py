"""Configuration: defaults < instance/config.py < QUIZGEN_* environment < test config."""
from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

from flask import Flask

DEFAULTS = {
    "DATABASE_NAME": "quizgen.sqlite3",
    "MAX_CONTENT_LENGTH": 5 * 1024 * 1024,
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "SESSION_COOKIE_NAME": "quizgen_session",
    # Secure cookies are forced on when a request arrives over https (see
    # web.sessions); set QUIZGEN_SESSION_COOKIE_SECURE=1 behind a TLS proxy.
    "SESSION_COOKIE_SECURE": False,
    "PERMANENT_SESSION_LIFETIME": 12 * 3600,
    # Wrong passwords one device may type for one account before each further
    # try waits 1, 2, 4 … seconds (up to LOGIN_WINDOW_SECONDS).
    "LOGIN_MAX_FAILURES": 3,
    "LOGIN_WINDOW_SECONDS": 15 * 60,
    "ARTICLES_DIR": None,
    # The address students open (e.g. "http://quiz.school.lan:5000/"), when the
    # machine's own LAN address is not the one to use; shown on the publish page
    # and in its QR code. Unset: the LAN addresses the server listens on.
    "BASE_URL": None,
    # The school's time zone (IANA name such as "Europe/London") for open and close
    # times; unset: this machine's time zone.
    "TIMEZONE": None,
    "WTF_CSRF_TIME_LIMIT": None,  # a form open through a lesson must still submit
    # Slow work (parsing, analysis, drafting questions) runs in worker processes
    # (quizgen.jobs). JOBS_QUEUE: the queue file, None = beside the database;
    # JOBS_IMMEDIATE: run jobs inside the request instead, None = only when TESTING.
    "JOBS_QUEUE": None,
    "JOBS_IMMEDIATE": None,
    "JOB_WORKERS": 1,  # processes `quizgen serve` starts (see README, "Sizing")
    "JOB_NICE": 10,  # their lower priority, so the web server keeps its core
}

SECRET_KEY_FILE = "secret_key"


def load_config(app: Flask, test_config: dict | None) -> None:
    app.config.from_mapping(DEFAULTS)
    app.config["DATABASE"] = os.path.join(app.instance_path, app.config["DATABASE_NAME"])
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.from_prefixed_env("QUIZGEN", loads=_loads)
    else:
        app.config.from_mapping(test_config)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = instance_secret_key(Path(app.instance_path))


def _loads(value: str):
    """Environment values: JSON when they parse (numbers, true/false), else text."""
    try:
        return json.loads(value)
    except ValueError:
        return value


def instance_secret_key(instance: Path) -> str:
    """Read the secret key, creating it (mode 600) on first start."""
    instance.mkdir(parents=True, exist_ok=True)
    path = instance / SECRET_KEY_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        key = secrets.token_hex(32)
        handle.write(key + "\n")
    return key
