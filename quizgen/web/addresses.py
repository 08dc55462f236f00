"""The join address on the teacher's pages, QR code and printouts (see quizgen.network)."""
from __future__ import annotations

from flask import current_app, request, url_for

from ..network import StudentAddress, student_urls


def student_address() -> StudentAddress:
    """Where students can reach this server, from the configuration and how it listens."""
    config = current_app.config
    return student_urls(request.host_url, config.get("BASE_URL") or None, config.get("LISTEN_HOST"),
                        config.get("LISTEN_PORT"))


def join_urls(code: str | None, address: StudentAddress | None = None) -> list[str]:
    """Every join URL for ``code`` students could open, best first (empty: none can)."""
    if not code:
        return []
    address = address or student_address()
    path = url_for("student.join", code=code).lstrip("/")
    return [base + path for base in address.urls]
