"""What an article may be, and the error for what it may not.

Kept apart from :mod:`quizgen.articles.parse` so that the web process can
read uploads and report problems without importing spaCy.
"""
from __future__ import annotations

#: Above this many words an article is refused with a message instead of
#: being parsed (a long book chapter parses in seconds; a novel does not).
MAX_WORDS = 30_000
#: Characters, for texts whose "words" are huge (no spaces): spaCy refuses
#: a million characters and slows long before that.
MAX_CHARS = 400_000


class ArticleError(ValueError):
    """Input that cannot become an article; the message is shown to the user."""


def check_size(text: str) -> None:
    """Raise :class:`ArticleError` for empty or over-long text (cheap: no parse)."""
    if not text or not text.strip():
        raise ArticleError("The article is empty: paste or upload some text.")
    if len(text) > MAX_CHARS:
        raise ArticleError(
            f"The article is {len(text):,} characters long; quizgen handles up to {MAX_CHARS:,}. "
            "Split it into parts and import each one."
        )
    if len(text.split()) > MAX_WORDS:
        raise ArticleError(
            f"The article has {len(text.split()):,} words; quizgen handles up to "
            f"{MAX_WORDS:,}. Split it into parts and import each one."
        )
