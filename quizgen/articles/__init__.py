"""Articles: readers per format, structure, the one parse, reading facts."""
from .parse import ArticleError, ParsedArticle, Sentence, parse_article

__all__ = ["ArticleError", "ParsedArticle", "Sentence", "parse_article"]
