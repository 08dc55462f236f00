"""Open an uploaded zip (.docx, .xlsx) only when its directory is harmless.

Word documents and spreadsheets are zip archives a teacher uploads; both are
checked here, once, before anything is decompressed: the entry count, the
total unpacked size, each part's compression ratio (zip bombs) and each
part's path (zip-slip). Callers turn :class:`ZipRefused` into their own
message for the teacher.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass


class ZipRefused(Exception):
    """``damaged``: not a readable zip; otherwise ``reason`` says what is unsafe."""

    def __init__(self, reason: str, damaged: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.damaged = damaged


@dataclass(frozen=True)
class ZipLimits:
    max_entries: int
    max_uncompressed: int
    #: A part bigger than ``ratio_min_size`` may unpack to at most ``max_ratio`` × its packed size.
    max_ratio: int = 100
    ratio_min_size: int = 1024 * 1024


#: zipfile raises any of these on a truncated or malformed directory; a teacher's
#: file must turn each into "damaged", never into a 500.
_MALFORMED = (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError,
              KeyError, IndexError, OverflowError)


def open_checked(data: bytes, limits: ZipLimits) -> zipfile.ZipFile:
    """The archive, opened, once its directory is within ``limits``. Raises ZipRefused."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except _MALFORMED:
        raise ZipRefused("not a complete zip archive", damaged=True) from None
    if len(entries) > limits.max_entries:
        raise ZipRefused(f"{len(entries)} parts")
    if any(_escapes(e.filename) for e in entries):
        raise ZipRefused("a part's path leads outside the file")
    total = sum(max(e.file_size, 0) for e in entries)
    if total > limits.max_uncompressed:
        raise ZipRefused("it would unpack to far more data than such a file holds")
    for entry in entries:
        if entry.file_size > limits.ratio_min_size and \
                entry.file_size > limits.max_ratio * max(entry.compress_size, 1):
            raise ZipRefused("a part is compressed like a zip bomb")
    return archive


def _escapes(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or bool(re.match(r"^[A-Za-z]:", name)) or "\x00" in name
