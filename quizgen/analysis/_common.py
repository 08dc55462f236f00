"""Shared helpers for the analysis stage: quote spans, spans of tokens, names."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..lexicons.people import INSTITUTION_NAME_WORDS, OFFICE_TITLES, PERSON_NOUNS
from ..lexicons.places import place_level

#: Quote characters as they appear in the *processing* text of a doc (curly
#: quotes are straightened by ``quizgen.nlp.processing_text``).
_QUOTE = '"'

#: Courtesy and office titles removed before names are compared (one list, in the lexicon).
TITLES = OFFICE_TITLES


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # offset of the opening mark
    end: int    # offset just past the closing mark

    def inner(self, text: str) -> str:
        return text[self.start + 1:self.end - 1]


def quote_spans(text: str) -> list[QuoteSpan]:
    """Pairs of double quotes in a (processing) paragraph text.

    Straight marks are paired in order; an unpaired mark at the end is ignored.
    Apostrophes are never treated as quotes.
    """
    marks = [m.start() for m in re.finditer(_QUOTE, text)]
    return [QuoteSpan(a, b + 1) for a, b in zip(marks[0::2], marks[1::2])]


def in_quote(offset: int, spans: list[QuoteSpan]) -> QuoteSpan | None:
    for q in spans:
        if q.start < offset < q.end - 1 or q.start == offset:
            return q
    return None


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc: spaCy joins every token on each access,
    which made slicing it per token quadratic in the paragraph's length."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TEXT_KEY = ("quizgen", "text")


def span_chars(tokens) -> tuple[int, int]:
    tokens = sorted(tokens, key=lambda t: t.i)
    first, last = tokens[0], tokens[-1]
    return first.idx, last.idx + len(last.text)


def subtree_span(tok: Token, exclude: set[int] | None = None) -> tuple[int, int]:
    toks = [t for t in tok.subtree if not exclude or t.i not in exclude]
    toks = [t for t in toks if not t.is_space]
    return span_chars(toks or [tok])


def clean(text: str) -> str:
    """Collapse spaces and strip quote marks and stray punctuation at the edges."""
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" ,;:\"'“”‘’").strip()


def name_tokens(name: str) -> list[str]:
    """Lower-case name words without titles, determiners or punctuation."""
    words = re.findall(r"[\w][\w.\-’']*", name.lower())
    out = []
    for w in words:
        w = w.strip(".'’")
        if w.endswith("’s") or w.endswith("'s"):
            w = w[:-2]
        if not w or w in TITLES or w in {"the", "a", "an", "of", "and", "at", "on", "for", "in"}:
            continue
        out.append(w)
    return out


def sentence_of(doc: Doc, tok: Token) -> Span:
    return tok.sent


def _bare(name: str) -> str:
    words = re.findall(r"[\w'’-]+", name.lower())
    return " ".join(w for w in words if w not in {"the", "a", "an"})


def _body_named_after(name: str) -> bool:
    """An organisation whose name holds a place ("ASH Ireland", "the Japan Sumo
    Association"), not the place's own voice ("Ireland's health minister", "the
    Irish government") nor a list of places ("Turkey and Kuwait")."""
    words = name.split()
    if " and " in name or "," in name or "'s " in name or "\u2019s " in name:
        return False
    return any(w.lower().strip(".,'\u2019") in INSTITUTION_NAME_WORDS for w in words) or \
        any(len(w) > 1 and w.isupper() for w in words)


def holders_match(a: str, b: str) -> bool:
    """Two holder names name the same holder: their word sets (titles,
    determiners and possessive marks removed) overlap, and the smaller is
    mostly (≥ 2/3) inside the larger — "President Yoon" ~ "Yoon Suk-Yeol"."""
    ta, tb = set(name_tokens(a)), set(name_tokens(b))
    if not ta or not tb:
        # names made only of title words ("The council", "the Chair"): compare them whole
        return bool(ta == tb and _bare(a) and _bare(a) == _bare(b))
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    common = small & large
    if len(small) == 1 and len(large) > 1 and place_level(next(iter(small))) and \
            _body_named_after(b if large is tb else a):
        return False  # "Ireland" is not "ASH Ireland" nor "the Vintners' Federation of Ireland"
    if len(small) == 1 and _only_after_of(a if large is ta else b, next(iter(small))):
        return False  # "the Ministry of Science" is not the journal Science
    if _body_of(a, b) or _body_of(b, a) or _members_of(a, b) or _members_of(b, a):
        return False  # "supporters of City" are not City, "critics of the council" not the council
    return bool(common) and len(common) * 3 >= len(small) * 2


def _only_after_of(name: str, word: str) -> bool:
    """``word`` is in ``name`` only as what an institution is "of" or "for"
    ("Ministry of Science and Technology", "Forum for the Environment"); a
    spokesman for a group still speaks for it."""
    head, found, rest = re.sub(r"\s+", " ", name).partition(" of ")
    if not found:
        head, found, rest = name.partition(" for ")
    last = head.split()[-1].lower() if head.split() else ""
    return bool(found) and last in INSTITUTION_NAME_WORDS and word in name_tokens(rest) \
        and word not in name_tokens(head)


def _body_of(part: str, whole: str) -> bool:
    """``part`` is a body belonging to ``whole`` ("UEFA's Club Financial
    Control Body" is not UEFA, "Google's board" not Google)."""
    for mark in ("'s ", "\u2019s "):
        owner, found, rest = part.partition(mark)
        if found and rest[:1].isupper() and set(name_tokens(owner)) == set(name_tokens(whole)):
            return True
    return False


#: "supporters of City", "some fans of the club", "critics of the plan": people named by their tie to a body.
_MEMBERS_OF = re.compile(r"^(?:the |some |many |several |other |local )?([a-z]+s) (?:of|for|from|at) (.+)$")


def _members_of(group: str, name: str) -> bool:
    """``group`` names people by their tie to ``name`` ("supporters of City")."""
    m = _MEMBERS_OF.match(group.strip())
    return bool(m and m.group(1) in PERSON_NOUNS | _SIDE_NOUNS and set(name_tokens(m.group(2))) == set(name_tokens(name)))


_SIDE_NOUNS = frozenset("supporters critics opponents backers fans members residents owners users customers".split())


#: Subordinators of a time or condition: an act under one is a step or a case, not a position.
_STEP_MARKS = frozenset({"after", "before", "once", "until", "unless", "if", "when"})


def a_step_or_condition(verb: Token) -> bool:
    """``verb`` (or the verb it is coordinated with) heads a clause of time or
    condition: "will take effect after it is approved by the office"."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _STEP_MARKS for c in verb.children)
