"""Adverbs that comment on a whole sentence (written for quizgen)."""
from __future__ import annotations

#: Sentence and stance adverbs: they belong to the article's voice, not to the
#: fact, and dangle at the end of a question lifted from the sentence
#: ("… to a doctor allegedly?").
SENTENCE_ADVERBS = frozenset({
    "allegedly", "reportedly", "apparently", "supposedly", "evidently", "presumably", "ostensibly",
    "purportedly", "also", "too", "however", "though", "meanwhile", "instead", "nonetheless", "nevertheless",
    "still", "already", "yet", "again", "therefore", "thus", "moreover", "furthermore", "additionally",
    "indeed", "actually", "initially", "originally", "currently", "now", "then", "eventually", "finally",
    "certainly", "probably", "possibly", "perhaps", "maybe", "clearly", "obviously", "mostly", "mainly",
    "largely", "partly", "only", "just", "even", "ever", "so", "respectively", "as well", "somehow", "notably", "similarly", "likewise", "consequently", "accordingly", "hence", "besides",
    "otherwise", "anyway", "importantly", "interestingly", "unfortunately", "fortunately", "surprisingly",
})

#: Degree words among them that change what the clause says: "is partly owned by
#: Nintendo" is not "is owned by Nintendo", so a lifted stem keeps them.
DEGREE_ADVERBS = frozenset({"mostly", "mainly", "largely", "partly", "partially", "only", "just", "even"})
