"""Sentences and stems that lean on the sentence before them: "this figure",
"such calls", "the next day", "of that" — out of its paragraph, a student
cannot tell what is meant (blind raters marked them vague in every panel).
Shared by the quality checks (:mod:`quizgen.quality`) and the filters."""
from __future__ import annotations

import re

from .lexicons.quantities import TIME_NOUNS


#: "The first was …", "the latter said": an ordinal or former/latter standing
#: for a noun of the sentence before.
_ORDINAL_PRONOUN = re.compile(r"\bthe\s+(?:first|second|third|fourth|former|latter|last)\s+"
                              r"(?:was|is|were|are|has|had|will|would|said|says)\b", re.IGNORECASE)


#: "of that", "about that" before a preposition or a stop: "that" stands for a noun said before.
_OF_THAT = frozenset("of about from for with".split())
_AFTER_A_PRONOUN = frozenset(". , ; : ? ! through by in on at to from into over under for with".split())


def points_back(text: str) -> bool:
    """A sentence lifted from the article that leans on the one before it:
    "this figure", "such calls", "similar statements", or "this"/"that" ending
    a clause ("How did Bush follow this?"). Out of its paragraph, the student
    cannot tell what is meant."""
    if _ORDINAL_PRONOUN.search(text):
        return True  # "The second was a vote on the bill": the second what?
    if _RELATIVE_ANCHOR.search(text):
        return True  # "Moments later", "The next day", "went further": later, further than what?
    words = re.findall(r"[A-Za-z][\w'’-]*|[.,;:?!]", text)
    for n, w in enumerate(words):
        low = w.lower()
        nxt = words[n + 1] if n + 1 < len(words) else "."
        if low in {"this", "these", "those", "such", "similar"} and nxt[:1].isalpha() and demonstrative_noun(low, nxt):
            return True
        if low in {"this", "these", "those"} and nxt[:1].isalpha() and _stands_alone(nxt) \
                and not (n > 0 and words[n - 1].lower() in {"like", "as", "than"}):
            return True  # "took advantage of this in the 89th minute", "These were …"
        if low in {"this", "that"} and n > 0 and nxt in {".", ",", ";", ":", "?", "!"} \
                and words[n - 1].lower() not in {"like", "as", "than"}:
            return True
        if low == "that" and n > 0 and words[n - 1].lower() in _OF_THAT and nxt.lower() in _AFTER_A_PRONOUN:
            return True  # "plans to raise A$1.8 billion of that through the levy": of what? (panel 77)
        after = words[n + 2].lower() if n + 2 < len(words) else "."
        if low == "that" and nxt[:1].isalpha() and demonstrative_noun(low, nxt) and after in _CLAUSE_END:
            return True  # "rejected that suggestion.": a complementiser would need a verb after
        if low == "same" and n > 0 and words[n - 1].lower() == "the" and nxt[:1].isalpha() \
                and (demonstrative_noun(low, nxt) or nxt.lower() in TIME_NOUNS) and after != "as":
            return True  # "made the same point": the same as what?
    return False


#: What follows "that <noun>" when "that" can only be a demonstrative: the
#: clause ends ("rejected that suggestion."); a complementiser needs a verb.
_CLAUSE_END = {".", ",", ";", ":", "?", "!"}


#: Times and comparisons measured from something told before: "Moments later,
#: …", "The next day …", "went further", "the three had no idea".
_RELATIVE_ANCHOR = re.compile(
    r"^(?:moments|seconds|minutes|hours|days|weeks|months|years|shortly|soon) (?:later|afterwards?)\b"
    r"|^(?:the )?(?:next|following|previous) (?:day|morning|evening|night|week|month|year)\b"
    r"|\bthat (?:night|evening|morning|afternoon)\b"
    r"|\b(?:went|go|goes|going|gone) further\b|^others\b|\b(?:some|several|many|most) other\b"
    r"|(?:^|according to )other\b|\bthe group\b(?! of| that| which| who)"
    r"|\bsince then\b|\bthere since\b|, also\b"  # "elected deputy leader, also without a contest" (panel 84)
    r"|\bas a result\b(?! of)|\bat the time\b(?! of| when| that| the)|\bat that time\b|\bby then\b"
    r"|\bin (?:response|return)\b(?! to| for)"
    r"|(?<=[a-z] )there\b(?!\s+(?:is|are|was|were|'s|has|have|had|will|would|could|may|might|must|should|can"
    r"|seem\w*|appear\w*|remain\w*|exist\w*|be|been|being|used|needs?|needed)\b)"
    r"|^(?:under|in|by|with|for|at|on|from|despite|after|before|during) (?:its|their|his|her) "
    r"|^so (?:is|are|was|were|do|does|did|has|have|had|can|could|will|would)\b|^nor\b"
    r"|^(?:several|many|some|most|both|few|all|none)(?:\s*,| of (?:them|these|those)\b|"
    r" (?:were|are|had|have|said|say|did|will|would|could|also)\b)"
    r"|^(?:[^,]{1,40}, )?(?:they|this)\s|^(?:[^,]{1,40}, )?it\s(?!(?:is|was|has been|had been|will be|would be|"
    r"seems|seemed|appears|appeared)\b(?:[^.]*\b(?:that|to|whether)\b))"
    r"|\bthe \d+-year-old(?=\s+(?:was|is|had|has|said|says|rose|did|will|would|became|told|who)\b|[,.])"
    r"|\bthe (?:two|three|four|five|six|seven|eight|nine|ten) (?:were|are|had|have|said|say|did|will|would)\b",
    re.IGNORECASE)


def _stands_alone(nxt: str) -> bool:
    """The demonstrative before ``nxt`` is a pronoun, not a determiner: the next
    word cannot head or modify a noun phrase ("this in", "these were"; not
    "this year", "these new rules")."""
    from lemminflect import getAllLemmas
    low = nxt.lower()
    return low not in TIME_NOUNS and not {"NOUN", "ADJ", "PROPN", "NUM"} & set(getAllLemmas(low)) \
        and not nxt[:1].isupper() and low not in {"one", "two", "three", "many", "few", "kind", "sort"}


def demonstrative_noun(det: str, nxt: str) -> bool:
    """"this development", "these concerns": a demonstrative before a noun
    (not "such as", "those of", "this year")."""
    from lemminflect import getAllLemmas
    low = nxt.lower()
    if not nxt[:1].islower() or low in TIME_NOUNS or (det == "such" and low == "as"):
        return False
    return bool({"NOUN", "ADJ"} & set(getAllLemmas(low)))
