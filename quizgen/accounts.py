"""Teacher accounts: argon2id passwords, server-side sessions, login throttling."""
from __future__ import annotations

import math
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
    """Give ``username`` a new password; every session of theirs ends (a stolen
    cookie stops working) and their failed sign-ins are forgotten."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"A password needs at least {MIN_PASSWORD_LENGTH} characters.")
    username = normalise_username(username)
    with write(db):
        changed = db.execute("UPDATE teachers SET password_hash = ? WHERE username = ?",
                             [_hasher.hash(password), username]).rowcount
        if not changed:
            raise AccountError(f"No teacher named {username!r}.")
        db.execute("DELETE FROM sessions WHERE teacher_id = (SELECT id FROM teachers WHERE username = ?)",
                   [username])
        db.execute("DELETE FROM login_failures WHERE username = ?", [username])


def change_password(db: Database, teacher: Teacher, current: str, new: str) -> None:
    """The signed-in teacher changes her own password (the current one proves it is her)."""
    row = db["teachers"].get(teacher.id)
    if not _verify(row["password_hash"], current):
        raise AccountError("Your current password is not right.")
    if new == current:
        raise AccountError("Choose a password different from the current one.")
    set_password(db, teacher.username, new)


def teacher_count(db: Database) -> int:
    return db["teachers"].count if db["teachers"].exists() else 0


def generate_password() -> str:
    return secrets.token_urlsafe(12)


#: Wrong passwords a client may type for one account before it has to wait.
FREE_FAILURES = 3
#: Wrong passwords a client may type across all accounts before it has to wait.
FREE_FAILURES_PER_CLIENT = 10


def failure_delay(failures: int, free: int, cap: float) -> float:
    """Seconds to wait after ``failures`` recent wrong passwords: none for the
    first ``free``, then 1, 2, 4, 8 … seconds, never more than ``cap``."""
    if failures < free:
        return 0.0
    return float(min(cap, 2 ** min(failures - free, 30)))


def retry_after(db: Database, username: str, client: str, window: float, now: float | None = None,
                free: int = FREE_FAILURES) -> int:
    """Seconds this client must wait before trying this account again (0: now).

    Failures count per client *and* account, so a student typing wrong
    passwords for ``teacher`` slows only their own device; the teacher's
    device is not held back. A client guessing across many accounts is slowed
    by its own total.
    """
    now = time.time() if now is None else now
    since = now - window
    pair_count, pair_last, client_count, client_last = db.execute(
        "SELECT (SELECT count(*) FROM login_failures WHERE username = ? AND client = ? AND at > ?),"
        "       (SELECT max(at) FROM login_failures WHERE username = ? AND client = ? AND at > ?),"
        "       (SELECT count(*) FROM login_failures WHERE client = ? AND at > ?),"
        "       (SELECT max(at) FROM login_failures WHERE client = ? AND at > ?)",
        [username, client, since, username, client, since, client, since, client, since]).fetchone()
    waits = [0.0]
    if pair_last is not None:
        waits.append(pair_last + failure_delay(pair_count, free, window) - now)
    if client_last is not None:
        waits.append(client_last + failure_delay(client_count, max(free, FREE_FAILURES_PER_CLIENT), window) - now)
    return max(0, math.ceil(max(waits)))


def wait_message(seconds: int) -> str:
    amount = f"{seconds} second{'s' if seconds != 1 else ''}" if seconds < 90 else f"{math.ceil(seconds / 60)} minutes"
    return f"Too many failed sign-ins from this device. Wait {amount} and try again."


def authenticate(db: Database, username: str, password: str, client: str,
                 max_failures: int = FREE_FAILURES, window: float = 900) -> Teacher:
    """Return the teacher for good credentials; raise AccountError otherwise.

    ``max_failures`` wrong passwords per client and account are free; after
    that each try waits twice as long as the one before (up to ``window``).
    A correct password clears this client's failures for the account.
    """
    username = normalise_username(username)
    wait = retry_after(db, username, client, window, free=max_failures)
    if wait:
        raise AccountError(wait_message(wait))
    row = next(db["teachers"].rows_where("username = ?", [username]), None)
    if not _verify(row["password_hash"] if row else _DUMMY_HASH, password) or row is None:
        with write(db):
            db["login_failures"].insert({"username": username, "client": client, "at": time.time()})
        raise AccountError("Wrong username or password.")
    with write(db):
        db.execute("DELETE FROM login_failures WHERE (username = ? AND client = ?) OR at < ?",
                   [username, client, time.time() - window])
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
