"""The proper name a token heads, whole: the runs the tagger splits or cuts
short ("the US Fish and Wildlife Service", "The Australian Christian Lobby",
"the Indonesian Forum for the Environment") read as one name, titles dropped."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicons.people import INSTITUTION_NAME_WORDS, NAME_PARTICLES
from ..lexicons.places import PLACE_NOUNS
from ..nlp import entity_at
from ._common import TITLES, clean, doc_text, name_tokens


def proper_name(tok: Token) -> str:
    """The contiguous proper-name run headed by ``tok`` ("Yoon Suk-Yeol",
    "Korea's National Intelligence Service", "The Guardian")."""
    doc = tok.doc
    lo = hi = tok.i
    # left: compounds and hyphen pieces; a possessive name ("Korea's")
    while lo > 0:
        prev = doc[lo - 1]
        if prev.text == "-" and prev.whitespace_ == "" and lo > 1 and doc[lo - 2].is_alpha and \
                doc[lo - 2].whitespace_ == "":
            lo -= 2
        elif prev.pos_ == "PROPN" and prev.head.i in range(lo, hi + 1) and prev.dep_ in (
                "compound", "flat", "nmod", "amod", "nummod", "poss") and not is_title(prev):
            lo -= 1
        elif prev.tag_ == "HYPH" and lo > 1 and doc[lo - 2].is_alpha and \
                doc[lo - 2].whitespace_ == "" and prev.whitespace_ == "":
            lo -= 2
        elif prev.tag_ == "POS" and lo > 1 and doc[lo - 2].pos_ == "PROPN" and \
                doc[lo - 2].dep_ == "poss":
            lo -= 2
        elif prev.lower_ == "the" and prev.head.i in range(lo, hi + 1):
            lo -= 1
            break
        elif _nationality_in_name(prev, lo, hi):
            lo -= 1
        elif prev.lower_ in NAME_PARTICLES and prev.is_lower and lo > 1 and doc[lo - 2].pos_ == "PROPN" \
                and doc[lo - 2].text[:1].isupper() and not is_title(doc[lo - 2]):
            lo -= 2  # "Decio de María", "Mark van den Oever" (panel 92: "what did María say?")
        else:
            break
    while hi + 1 < len(doc):
        nxt = doc[hi + 1]
        if nxt.head.i == tok.i and nxt.dep_ in ("flat", "compound") and nxt.pos_ == "PROPN":
            hi += 1
        elif nxt.tag_ == "HYPH" and hi + 2 < len(doc) and doc[hi + 2].pos_ == "PROPN" and \
                doc[hi + 2].head.i == tok.i:
            hi += 2
        elif nxt.text == "-" and not doc[hi].whitespace_ and not nxt.whitespace_ and hi + 2 < len(doc) \
                and doc[hi + 2].is_alpha and doc[hi + 2].is_lower and len(doc[hi + 2]) <= 3:
            hi += 2  # "Moon Jae-in", the "-in" read as its own word (panel 89: "Moon Jae")
        else:
            break
    ent = entity_at(tok)
    lo, hi = _organisation_span(doc, ent, lo, hi)
    hi = _capitalised_preposition_tail(doc, _and_tail(doc, tok, ent, lo, _institution_of(doc, hi)))
    # a person's name starts where spaCy's PERSON entity starts ("Coach Daniel Mbeki")
    if ent is not None and ent.label_ == "PERSON" and ent.start > lo and ent.end - 1 >= tok.i and \
            doc[hi].lower_ not in INSTITUTION_NAME_WORDS:  # not "Christian Lobby" read as a person
        lo = ent.start
    # drop leading titles ("President Yoon", "Mr. Toccafondi" stay readable via the registry)
    toks = list(doc[lo:hi + 1])
    while len(toks) > 1 and (is_title(toks[0]) or toks[0].lower_ == "the" and len(toks) > 2
                             and is_title(toks[1])):
        toks = toks[1:]
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return clean(doc_text(doc)[start:end])


def _nationality_in_name(prev: Token, lo: int, hi: int) -> bool:
    """A capitalised nationality word inside an institution's name that
    "the" opens ("The Australian Christian Lobby", "the Indonesian Forum"):
    the tagger reads it as an adjective, not as part of the name."""
    doc = prev.doc
    return prev.ent_type_ == "NORP" and prev.text[:1].isupper() and prev.dep_ in ("amod", "compound") and \
        prev.head.i in range(lo, hi + 1) and prev.i > 0 and doc[prev.i - 1].lower_ == "the" and \
        doc[prev.i - 1].head.i in range(lo, hi + 1) and doc[hi].lower_ not in TITLES


def _institution_of(doc, hi: int) -> int:
    """The end of an institution's name that goes on with "of" or "for" and
    capitalised words the tagger left out ("Forum for the Environment",
    "Council of Churches")."""
    if doc[hi].lower_ not in INSTITUTION_NAME_WORDS or hi + 2 >= len(doc) or \
            doc[hi + 1].lower_ not in ("of", "for") or doc[hi + 1].head.i != hi:
        return hi
    j = hi + 2 + (doc[hi + 2].lower_ == "the")
    end = j
    while end < len(doc) and doc[end].ent_type_ != "PERSON" and (
            doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() or end > j and doc[end].lower_ in ("and", "&")
            and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper()):
        end += 1  # "Ministry of Science and Technology"
    return end - 1 if end > j else hi


def _capitalised_preposition_tail(doc, hi: int) -> int:
    """The end of a name that goes on with a capitalised preposition and
    capitalised words ("Doctors Without Borders", "Patagonia Without Dams",
    "Scientists Against Hunger"): mid-sentence, a capital on "Without" only
    a name gives (panel 95 read "the Patagonia" for the coalition)."""
    nxt = hi + 1
    if nxt + 1 >= len(doc) or doc[nxt].pos_ not in ("ADP", "SCONJ") or not doc[nxt].text.istitle() or \
            doc[nxt].is_sent_start or not doc[nxt + 1].text[:1].isupper() or doc[nxt + 1].ent_type_ == "PERSON":
        return hi
    end = nxt + 1
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and not doc[end].is_sent_start:
        end += 1
    return end - 1


def _organisation_span(doc, ent, lo: int, hi: int) -> tuple[int, int]:
    """An organisation's name with "of", "for", "and" or "&" inside, whole:
    to the right where the entity goes on ("The Union of Rationalist
    Atheists"), to the left where it started before the "and" ("the Food
    and Drug Administration", "the US Fish and Wildlife Service" tagged as
    two names); not two people ("Smith and Jones"), whom the tagger keeps apart."""
    if ent is not None and ent.label_ in ("ORG", "FAC", "WORK_OF_ART", "GPE") and \
            len(ent) <= 10 and '"' not in ent.text and ent.start <= hi and ent.end - 1 > hi and \
            any(t.lower_ in _CONNECTORS for t in doc[hi + 1:ent.end]):
        hi = ent.end - 1
    if ent is not None and ent.label_ == "ORG" and ent.end - 1 == hi and ent.start < lo:
        start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
        if all(t.text[:1].isupper() or t.text == "-" for t in doc[start:lo]):
            lo = start  # "the World Anti-Doping Agency": "Doping" parsed as an adjective
    return _and_name_start(doc, lo, hi), hi


_CONNECTORS = ("of", "for", "and", "&")


def _and_tail(doc, tok, ent, lo: int, hi: int) -> int:
    """A name of several words that goes on with "and" + one more name word
    ("UK Onshore Oil and Gas" read as "UK Onshore Oil" and a second name "Gas");
    not people, places or a second name with words of its own ("South Korea and Japan")."""
    if hi - lo < 1 or hi + 2 >= len(doc) or doc[hi + 1].lower_ not in ("and", "&") or \
            (ent is not None and ent.label_ == "PERSON"):
        return hi
    tail = doc[hi + 2]
    if tail.dep_ == "conj" and tail.head.i == tok.i and tail.pos_ == "PROPN" and not list(tail.children) and \
            tail.ent_type_ not in ("GPE", "PERSON", "NORP", "LOC"):
        return hi + 2
    return hi


def _and_name_start(doc, lo: int, hi: int) -> int:
    """Where an institution's name with "and" inside starts (see :func:`_organisation_span`)."""
    if doc[hi].lower_ not in INSTITUTION_NAME_WORDS:
        return lo
    if lo >= 2 and doc[lo - 1].lower_ in ("and", "&") and doc[lo - 2].is_title and doc[lo - 2].ent_type_ in (
            "ORG", "FAC", "GPE", ""):
        lo -= 2  # "US Fish and | Wildlife Service" tagged as two names
        while lo > 0 and doc[lo - 1].text[:1].isupper() and doc[lo - 1].pos_ == "PROPN" and \
                doc[lo - 1].ent_type_ != "PERSON":
            lo -= 1
        return lo
    ent = entity_at(doc[hi])
    if ent is None or ent.label_ not in ("ORG", "FAC") or ent.start >= lo or len(ent) > 10:
        return lo
    if any(t.lower_ in ("and", "&") for t in doc[ent.start:lo]):
        return ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
    return lo


def is_title(tok: Token) -> bool:
    return tok.lower_ in TITLES or tok.lower_.rstrip(".") in TITLES


def place_in_apposition(tok: Token) -> bool:
    """A name with a place noun in apposition ("São José dos Campos, the city where
    …"): a place, though the parser may have made it the subject of "says" (panel 51)."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in tok.children)


class NameRegistry:
    """Every proper-name run in the article, to resolve "President Yoon" and
    "Gaudi" to the fullest name the article uses."""

    def __init__(self, docs: list[Doc]):
        self.names: dict[tuple[str, ...], str] = {}
        people: set[str] = set()
        bodies: set[tuple[str, ...]] = set()
        #: (paragraph, token) where a person is first named in full, by surname.
        self.first_named: dict[str, tuple[int, int]] = {}
        self.paragraph_of = {id(doc): number for number, doc in enumerate(docs)}
        for number, doc in enumerate(docs):
            for ent in doc.ents:
                if ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
                    self._add(clean(ent.text))
                if ent.label_ in ("ORG", "GPE", "FAC", "NORP"):
                    bodies.add(tuple(name_tokens(clean(ent.text))))
                if ent.label_ == "PERSON":
                    people.update({clean(ent.text), *clean(ent.text).split()[-1:]})
                    head = ent.root
                    while head.dep_ in ("compound", "flat") and head.head.pos_ == "PROPN" and head.head is not head:
                        head = head.head  # "José Ángel" tagged, "Córdova" its head
                    for full in {clean(ent.text), proper_name(head)}:
                        if len(full.split()) > 1:
                            self.first_named.setdefault(full.split()[-1], (number, ent.start))
            for tok in doc:
                if tok.pos_ == "PROPN" and tok.dep_ not in ("compound", "flat"):
                    self._add(proper_name(tok))
        #: Names the tagger marks as a person somewhere in the article, with their surnames.
        self.people = frozenset(people)
        self.people_keys = frozenset(tuple(name_tokens(p)) for p in people)
        #: Names tagged as bodies or places ("Kenyatta National Hospital"): no person's full name.
        self.body_keys = frozenset(bodies)

    def surname_named_before(self, name: str, tok: Token) -> bool:
        """``name`` is one word, the surname of a person the article named in
        full before ``tok`` ("Córdova" after "José Ángel Córdova"; not
        "Cadbury", the company, before "John Cadbury", its founder)."""
        first = self.first_named.get(name) if " " not in name else None
        return first is not None and first < (self.paragraph_of.get(id(tok.doc), -1), tok.i)

    def _add(self, name: str) -> None:
        key = tuple(name_tokens(name))
        if key and len(name) < 60:
            if key not in self.names or len(name) > len(self.names[key]):
                self.names[key] = name

    def resolve(self, name: str, person: bool = False) -> str:
        """The fullest name the article uses that holds ``name``'s words; for a
        ``person``, only names the tagger marks as people's ("Kenyatta" is the
        president, not Kenyatta National Hospital; panel 59)."""
        words = set(name_tokens(name))
        if not words:
            return name
        best: list[tuple[str, ...]] = []
        for key in self.names:
            if person and key in self.body_keys and key not in self.people_keys:
                continue
            if words <= set(key) and len(key) <= 4 and not any(
                    k in ("’s", "'s") for k in key):
                best.append(key)
        if not best:
            return name
        longest = max(len(k) for k in best)
        top = {k for k in best if len(k) == longest}
        if len(top) != 1:
            return name
        # the fuller name must contain the short one as a whole word sequence of names,
        # not a possessive phrase ("Korea's ..." is not a longer name for "Korea")
        return self.names[top.pop()]
