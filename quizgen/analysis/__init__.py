"""Analysis of a parsed article: attributions and stances, opinions, vocabulary.

Everything works from the one parse (:func:`quizgen.articles.parse.parse_article`);
nothing here runs the spaCy pipeline on article text again.
"""
from __future__ import annotations

from .attributions import Attribution, find_attributions
from .opinions import Opinion, find_opinions
from .vocabulary import VocabEntry, find_vocabulary

__all__ = ["analyze", "find_attributions", "find_opinions", "find_vocabulary",
           "Attribution", "Opinion", "VocabEntry"]


def analyze(parsed, vocabulary_limit: int = 12) -> dict:
    """JSON-able analysis of ``parsed``::

        {"attributions": [{"holder", "cue", "stance", "target", "content",
                           "paragraph", "start", "end", "direct_quote", "confidence"}],
         "opinions": [{"text", "paragraph", "start", "end", "confidence", "cue"}],
         "vocabulary": [{"word", "lemma", "pos", "definition", "paragraph"}]}
    """
    attributions = find_attributions(parsed)
    return {
        "attributions": [a.to_dict() for a in attributions],
        "opinions": [o.to_dict() for o in find_opinions(parsed, attributions=attributions)],
        "vocabulary": [v.to_dict() for v in find_vocabulary(parsed, limit=vocabulary_limit)],
    }
