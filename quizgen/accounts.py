"""Teacher accounts: argon2id passwords, server-side sessions, login throttling."""
from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlite_utils import Database

from .db import write

_hasher = PasswordHasher()  # argon2id with the library's RFC 9106 defaults
#: Verified against when the username is unknown, so timing does not reveal
#: which usernames exist.
_DUMMY_HASH = _hasher.hash("not a real password")
MIN_PASSWORD_LENGTH = 10


class AccountError(ValueError):
    """A message for the person at the keyboard."""


@dataclass(frozen=True)
class Teacher:
    id: int
    username: str
    display_name: str


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def normalise_username(username: str) -> str:
    return username.strip().lower()


def create_teacher(db: Database, username: str, password: str, display_name: str | None = None) -> Teacher:
    username = normalise_username(username)
    if not username or len(username) > 64 or any(c.isspace() for c in username):
        raise AccountError("A username is 1–64 characters with no spaces.")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"A password needs at least {MIN_PASSWORD_LENGTH} characters.")
    with write(db):
        if db["teachers"].count_where("username = ?", [username]):
            raise AccountError(f"A teacher named {username!r} already exists.")
        row = {"username": username, "display_name": display_name or username,
               "password_hash": _hasher.hash(password), "created_at": now_iso()}
        teacher_id = db["teachers"].insert(row).last_pk
    return Teacher(teacher_id, username, row["display_name"])


def set_password(db: Database, username: str, password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"A password needs at least {MIN_PASSWORD_LENGTH} characters.")
    with write(db):
        changed = db.execute("UPDATE teachers SET password_hash = ? WHERE username = ?",
                             [_hasher.hash(password), normalise_username(username)]).rowcount
        if not changed:
            raise AccountError(f"No teacher named {username!r}.")
        db.execute("DELETE FROM sessions WHERE teacher_id = (SELECT id FROM teachers WHERE username = ?)",
                   [normalise_username(username)])


def teacher_count(db: Database) -> int:
    return db["teachers"].count if db["teachers"].exists() else 0


def generate_password() -> str:
    return secrets.token_urlsafe(12)


def is_throttled(db: Database, username: str, client: str, max_failures: int, window: float) -> bool:
    since = time.time() - window
    by_user, by_client = db.execute(
        "SELECT (SELECT count(*) FROM login_failures WHERE username = ? AND at > ?),"
        "       (SELECT count(*) FROM login_failures WHERE client = ? AND at > ?)",
        [normalise_username(username), since, client, since]).fetchone()
    return by_user >= max_failures or by_client >= max_failures


def authenticate(db: Database, username: str, password: str, client: str,
                 max_failures: int = 10, window: float = 900) -> Teacher:
    """Return the teacher for good credentials; raise AccountError otherwise."""
    username = normalise_username(username)
    if is_throttled(db, username, client, max_failures, window):
        minutes = max(1, round(window / 60))
        raise AccountError(f"Too many failed sign-ins. Wait {minutes} minutes and try again.")
    row = next(db["teachers"].rows_where("username = ?", [username]), None)
    if not _verify(row["password_hash"] if row else _DUMMY_HASH, password) or row is None:
        with write(db):
            db["login_failures"].insert({"username": username, "client": client, "at": time.time()})
        raise AccountError("Wrong username or password.")
    with write(db):
        db.execute("DELETE FROM login_failures WHERE username = ? AND at < ?", [username, time.time() - window])
        if _hasher.check_needs_rehash(row["password_hash"]):
            db["teachers"].update(row["id"], {"password_hash": _hasher.hash(password)})
    return Teacher(row["id"], row["username"], row["display_name"])


def _verify(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def start_session(db: Database, teacher: Teacher, lifetime_seconds: int) -> str:
    session_id = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + timedelta(seconds=lifetime_seconds)
    with write(db):
        db.execute("DELETE FROM sessions WHERE expires_at < ?", [now_iso()])
        db["sessions"].insert({"id": session_id, "teacher_id": teacher.id, "created_at": now_iso(),
                               "expires_at": expires.isoformat(timespec="seconds")})
    return session_id


def session_teacher(db: Database, session_id: str) -> Teacher | None:
    row = db.execute(
        "SELECT t.id, t.username, t.display_name FROM sessions s JOIN teachers t ON t.id = s.teacher_id"
        " WHERE s.id = ? AND s.expires_at > ?", [session_id, now_iso()]).fetchone()
    return Teacher(*row) if row else None


def end_session(db: Database, session_id: str) -> None:
    with write(db):
        db.execute("DELETE FROM sessions WHERE id = ?", [session_id])
