"""Numbers typed into requests: read strictly, bounded, never a 500.

``int()`` accepts "²" when ``str.isdigit()`` said yes, "1_000", surrounding
spaces and 4,300-digit strings that SQLite cannot store (OverflowError); every
number a request carries goes through here instead.
"""
from __future__ import annotations

import re

_INT = re.compile(r"[0-9]{1,18}")
_DECIMAL = re.compile(r"[0-9]{1,6}(?:[.,][0-9]{1,3})?")


def bounded_int(raw: object, low: int, high: int) -> int | None:
    """``raw`` as an integer in ``[low, high]`` when it is written in ASCII digits, else None."""
    if not isinstance(raw, str) or not _INT.fullmatch(raw.strip()):
        return None
    value = int(raw.strip())
    return value if low <= value <= high else None


def bounded_decimal(raw: object, low: float, high: float) -> float | None:
    """``raw`` as a plain decimal ("2", "1.5", "1,5") in ``[low, high]``, else None.

    No exponents, NaN or infinity: a mark is typed by a person.
    """
    if not isinstance(raw, str) or not _DECIMAL.fullmatch(raw.strip()):
        return None
    value = float(raw.strip().replace(",", "."))
    return value if low <= value <= high else None
