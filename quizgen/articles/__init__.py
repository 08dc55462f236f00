"""Articles: readers per format, structure, the one parse, reading facts.

``ArticleError`` is importable without spaCy; the parse itself
(``parse_article``, ``ParsedArticle``, ``Sentence``) is imported on first use,
so the web process, which never parses, never loads spaCy.
"""
from .limits import ArticleError

__all__ = ["ArticleError", "ParsedArticle", "Sentence", "parse_article"]
_FROM_PARSE = {"ParsedArticle", "Sentence", "parse_article"}


def __getattr__(name: str):
    if name in _FROM_PARSE:
        from . import parse

        return getattr(parse, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
