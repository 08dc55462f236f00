"""The school's clock: teachers type and read open/close times in local time;
the database keeps UTC.

The zone is ``TIMEZONE`` from the configuration (an IANA name such as
"Europe/London"), else this machine's own zone: the server sits in the school.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

LOCALTIME = Path("/etc/localtime")
TIMEZONE_FILE = Path("/etc/timezone")


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name.strip().lstrip(":"))
    except (ZoneInfoNotFoundError, ValueError):
        return None


def machine_timezone() -> tzinfo:
    """This machine's zone by name when it can be found (so summer time is right), else its offset now."""
    candidates = [os.environ.get("TZ")]
    try:
        candidates.append(TIMEZONE_FILE.read_text(encoding="ascii").strip())
    except OSError:
        pass
    try:
        target = str(LOCALTIME.resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        zone = _zone(name)
        if zone is not None:
            return zone
    return datetime.now().astimezone().tzinfo or timezone.utc


def school_timezone(configured: str | None) -> tzinfo:
    """The configured zone, or this machine's when none (or an unknown name) is configured."""
    return _zone(configured) or machine_timezone()


def zone_label(zone: tzinfo) -> str:
    """ "Europe/London" for a named zone, else "UTC+02:00"-style."""
    key = getattr(zone, "key", None)
    if key:
        return key
    offset = datetime.now(zone).strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"


def local_to_utc_iso(moment: datetime | None, zone: tzinfo) -> str | None:
    """A time typed in the school's zone (naive) → ISO 8601 UTC for the database."""
    if moment is None:
        return None
    return moment.replace(tzinfo=zone).astimezone(timezone.utc).isoformat(timespec="seconds")


def utc_iso_to_local(value: str | None, zone: tzinfo) -> datetime | None:
    """A stored UTC time → naive local time for a ``datetime-local`` field."""
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(zone).replace(tzinfo=None)
