"""Holders: who an attribution cue belongs to.

The subject (or agent) of a cue is resolved to a holder: a named person or
organisation (its fullest name in the article), a noun that names people or
institutions ("health officials"), a document that speaks for itself ("a
leaked letter", "Reports") when no author is named, or a pronoun that refers
back to a recent holder.  Holder kinds: person | organisation | group |
document.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lemminflect import getAllLemmas
from spacy.tokens import Doc, Token

from ..lexicons.people import (AGENT_SUFFIX, HOLDER_NOUNS, INSTITUTION_NAME_WORDS, INSTITUTION_NOUNS, PERSON_NOUNS,
                               NOBODY_IN_PARTICULAR, PERSON_PRONOUNS, PERSON_SUFFIX, PLURAL_PRONOUNS,
                               THING_PRONOUNS, names_person)
from ..lexicons.places import PLACE_NOUNS, PLACE_PREPS
from ..lexicons.speech import ACTS_OF_SPEAKING, DOCUMENT_NOUNS, SAY, SPEAKING_DOCUMENTS
from ..nlp import entity_at
from ._common import clean, doc_text, name_tokens
from .back_references import BodyKinds
from .names import NameRegistry, is_title, place_in_apposition, proper_name

def subject_of(tok: Token) -> Token | None:
    """The grammatical subject (or passive agent) of ``tok``, climbing through
    participles, infinitives and coordinated verbs to the clause that has one."""
    cur = tok
    for _ in range(4):
        subj = [c for c in with_aux_children(cur) if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        agent = next((c for c in cur.children if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        if subj:
            s = subj[0]
            if s.dep_ == "nsubjpass":
                return None  # "it was said", "X was reported" : no speaker
            # Several subjects ("The president of Korea, Yoon Suk-Yeol had ..."):
            # prefer a proper name.
            # ("scientists in Germany, Austria and Switzerland signed": a place read as a second subject)
            named = [x for x in subj if x.pos_ == "PROPN" and not (len(subj) > 1 and x.ent_type_ in ("GPE", "LOC"))]
            return named[0] if named else s
        if cur.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp") and cur.head.i != cur.i:
            nxt = cur.head
            if cur.dep_ == "acl" and nxt.pos_ in ("NOUN", "PROPN"):
                # "an article expressing concern" : the article's publisher
                if nxt.dep_ in ("dobj",) and nxt.head.pos_ in ("VERB", "AUX"):
                    nxt = nxt.head
                elif nxt.dep_ in ("nsubj",) and nxt.lemma_.lower() in DOCUMENT_NOUNS:
                    return None
                else:
                    return None
            if cur.dep_ == "conj" and cur.head.pos_ not in ("VERB", "AUX"):
                return None
            if cur.dep_ == "conj" and cur.head.dep_ == "ccomp" and cur.tag_ == "VBD" and cur.lemma_.lower() in ACTS_OF_SPEAKING \
                    and not any(c.dep_ == "aux" for c in cur.children) and cur.head.head.pos_ in ("VERB", "AUX"):
                # "said the contamination was criminal and called it unacceptable": the speaker
                # called it, not the contamination (the parser hangs "called" inside what was said)
                cur = cur.head.head
                continue
            if cur.dep_ == "pcomp":
                # "X reacted by proposing ...": the subject of "reacted";
                # "with one poster writing ..." has its own subject
                prep = cur.head
                if prep.lower_ == "by" and prep.head.pos_ in ("VERB", "AUX"):
                    cur = prep.head
                    continue
                return None
            cur = nxt
            continue
        if cur.dep_ == "relcl":
            # "officials, who said ..."
            return cur.head
        return _fronted_place_apposition(cur)
    return None


def _fronted_place_apposition(verb: Token) -> Token | None:
    """The speaker the parser hangs on a fronted place: "In Edinburgh,
    Scotland's First Minister Nicola Sturgeon said …" is parsed with the name
    in apposition to "Edinburgh" and no subject for "said"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for place in prep.children:
            if place.dep_ == "pobj" and place.ent_type_ in ("GPE", "LOC", "FAC"):
                name = next((c for c in place.children if c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG")
                             and c.i < verb.i), None)
                if name is not None:
                    return name
    return None


def with_aux_children(tok: Token) -> list[Token]:
    """Children of ``tok`` and of its auxiliaries (the parser sometimes hangs
    the subject on "are" in "X are concerned")."""
    out = list(tok.children)
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass") and c.i < tok.i:
            out.extend(g for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))
    return out


@dataclass
class Holder:
    name: str
    kind: str
    token: Token
    confidence: float


@dataclass
class Resolver:
    """Resolves cue subjects to holders over one article, in text order:
    the name registry gives full names, the history resolves pronouns and
    "the poster" after "one poster"."""

    registry: "NameRegistry"
    history: list[tuple[str, str]] = field(default_factory=list)
    #: (doc, sentence start) → the holder a person pronoun subject there resolved to.
    pronoun_subjects: dict[tuple[int, int], "Holder"] = field(default_factory=dict)
    #: Bodies named as a kind ("Monarch, the airline"), for "the company said".
    kinds: BodyKinds = field(default_factory=BodyKinds)

    @classmethod
    def for_docs(cls, docs: list[Doc]) -> "Resolver":
        return cls(NameRegistry(docs), kinds=BodyKinds.for_docs(docs))

    def remember(self, name: str, kind: str) -> None:
        self.history.append((name, kind))

    def holder(self, tok: Token) -> Holder | None:
        if any(t.lower_ in NOBODY_IN_PARTICULAR and t.i <= tok.i for t in tok.subtree):
            return None  # "Not all experts agree": no one to give a position to
        if tok.pos_ == "PRON" and tok.lower_ in PERSON_PRONOUNS:
            found = self._person_pronoun(tok)
            if found is not None:
                self.pronoun_subjects[(id(tok.doc), tok.sent.start)] = found
                return found
        if tok.pos_ == "PRON":
            outer = _reporting_subject(tok) if tok.lower_ in THING_PRONOUNS else None
            said_of_itself = self._named(outer) if outer is not None and outer.pos_ == "PROPN" else None
            if said_of_itself is not None and said_of_itself.kind != "person":
                return said_of_itself  # "UEFA said it took note and pointed out …": UEFA
            return _pronoun_holder(tok, self.history)
        if is_document(tok):
            # "the post by an unknown author": the author; "a leaked letter": the letter
            agent = _author_of(tok)
            if agent is None:
                return _document_holder(tok)
            tok = agent
        # Prefer a proper-name apposition: "the secretary general, Nunzio Galantino, said"
        person_appos = [c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        if tok.pos_ != "PROPN" or is_title(tok) or (tok.ent_type_ in ("ORG", "GPE") and person_appos):
            # "Israel's Prime Minister Benjamin Netanyahu"; "Writing for Vox, the philosopher
            # William MacAskill warned": the parser made the outlet the subject, the writer its apposition
            appos = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and not (
                tok.lemma_.lower() in PERSON_NOUNS and any(d.dep_ == "det" for d in c.children))]
            # "a spokesman for the party, the Sri Lanka Podujana Peramuna": the party's name, not the spokesman's
            if appos:
                tok = appos[-1]
        if tok.pos_ == "PROPN":
            return self._named(tok)
        if tok.pos_ == "NOUN" and is_agentive(tok):
            return self._common(tok)
        return None

    def _person_pronoun(self, tok: Token) -> Holder | None:
        """"he"/"she": the subject it goes on from ("He said Jammeh had no
        right … '…,' he said": the same "he"), else the person just named."""
        if _goes_on(tok):
            before = self.pronoun_subjects.get((id(tok.doc), tok.doc[tok.sent.start - 1].sent.start))
            if before is not None:
                return Holder(before.name, before.kind, tok, 0.7)
        near = _person_just_named(tok)
        if near is None and (speaker := _speaker_just_described(tok)) is not None:
            return Holder(self._common(speaker).name, "person", tok, 0.7)  # "the mayor": the mayor named before
        near = near or _person_named_in_paragraph(tok, self.registry.people)
        return Holder(self.registry.resolve(near, person=True), "person", tok, 0.7) if near is not None else None

    def _named(self, tok: Token) -> Holder | None:
        if place_in_apposition(tok):
            return None  # "… in São José dos Campos, the city where …, says": a place the parser made the subject
        name = proper_name(tok)
        if not name_tokens(name):
            return None
        ent = entity_at(tok)
        if ent is not None and ent.label_ == "NORP" and not ent.text.endswith("s"):
            return None  # "The Portuguese added": a nationality standing for someone unnamed
        kind = _kind(tok, name)
        if kind == "organisation" and self.registry.surname_named_before(name, tok):
            kind = "person"  # "Córdova rejected …" tagged an organisation after "José Ángel Córdova" (panel 53)
        full = self.registry.resolve(name, person=True) if kind == "person" else name
        return Holder(full, kind, tok, 0.9)

    def _common(self, tok: Token) -> Holder:
        if (body := self.kinds.referent(tok)) is not None:
            return Holder(body, "organisation", tok, 0.75)  # "the company": Monarch
        phrase = _common_phrase(tok)
        # "the poster" after "one poster": the same holder
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
            for prev, kind in reversed(self.history):
                if tok.lemma_.lower() in name_tokens(prev) or tok.lower_ in name_tokens(prev):
                    return Holder(prev, kind, tok, 0.75)
        kind = "group" if tok.tag_ == "NNS" else ("person" if PERSON_SUFFIX.search(tok.lower_)
                                                   and tok.lemma_.lower() not in INSTITUTION_NOUNS
                                                   else "organisation")
        return Holder(phrase, kind, tok, 0.75)


def _reporting_subject(pronoun: Token) -> Token | None:
    """The subject of the verb that reports the clause ``pronoun`` is the
    subject of ("UEFA said it took note … and pointed out …"): the speaker
    speaking of itself, not the last organisation quoted before."""
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head  # "… took note and pointed out": the first verb of the pair
    if verb.dep_ != "ccomp" or verb.head is verb:
        return None
    subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects else None


def is_document(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in DOCUMENT_NOUNS
                                             or tok.lower_ in DOCUMENT_NOUNS)


def _document_holder(tok: Token) -> Holder | None:
    """A document that speaks without a named author ("a leaked letter says",
    "Reports say"): the document phrase is the holder, with low confidence."""
    if tok.lemma_.lower() not in SPEAKING_DOCUMENTS or tok.pos_ != "NOUN":
        return None
    return Holder(_common_phrase(tok), "document", tok, 0.6)


def is_agentive(tok: Token) -> bool:
    if tok.pos_ == "PROPN":
        return True
    lemma = tok.lemma_.lower()
    if lemma in DOCUMENT_NOUNS:
        return False
    return lemma in HOLDER_NOUNS or tok.lower_ in HOLDER_NOUNS or \
        bool(AGENT_SUFFIX.search(tok.lower_)) and len(tok.text) > 5


def _author_of(tok: Token) -> Token | None:
    """The author named inside a document noun phrase, if any."""
    for t in tok.subtree:
        if t.i == tok.i:
            continue
        if t.dep_ == "pobj" and t.head.lower_ in ("by", "from", "for") and is_agentive(t):
            return t
        if t.dep_ == "poss" and t.head.i == tok.i and t.pos_ == "PROPN":
            return t
    # "Posts on the message board for the ... site Operation Clambake"
    names = [t for t in tok.subtree if t.pos_ == "PROPN" and t.dep_ in ("appos", "pobj")
             and t.i != tok.i and not _where_it_was(t)]
    return names[-1] if names else None


def _where_it_was(name: Token) -> bool:
    """A place in a document's phrase ("The report, presented at Le Bourget near
    Paris, says …"): where it was, not its author (panel 78: "What did Paris say?")."""
    return name.ent_type_ in ("GPE", "LOC", "FAC") or name.dep_ == "pobj" and name.head.lower_ in PLACE_PREPS


def _person_just_named(tok: Token) -> str | None:
    """"Ana Ruiz was not changing her vote. "…," she said.": the person named
    last in this sentence or the one before is who "she" refers to."""
    sent = tok.sent
    prev_start = sent.start
    if sent.start > 0:
        prev_start = tok.doc[sent.start - 1].sent.start
    names = [e for e in tok.doc.ents if e.label_ == "PERSON" and prev_start <= e.start and e.end <= tok.i
             and not _not_who_it_stands_for(e, tok)]
    if not names:
        return None
    return clean(names[-1].text)


def _not_who_it_stands_for(ent, pronoun: Token) -> bool:
    """A name tagged as a person that "he"/"she" cannot stand for: named in the
    pronoun's own clause, quoted, a place, inside a description of someone
    else, a common word capitalised at a start, reported by another, a storm."""
    return (_named_in_own_clause(pronoun, ent.text) or _quoted(ent) or _named_place(ent) or _inside_a_description(ent)
            or len(ent) == 1 and _common_word_at_start(ent[0]) or _reported_or_storm(ent))


#: Words before a storm's name ("Hurricane Irma"), which the tagger reads as a person's.
_STORMS = frozenset({"hurricane", "storm", "typhoon", "cyclone", "tropical"})


def _reported_or_storm(ent) -> bool:
    """"Brock Long warned that Irma would devastate …. '…,' he said": a name
    inside what a named person reported, or a storm's name, is not who "he"
    goes on with (panel 90: "According to Hurricane Irma, who has a very short
    window to get out?")."""
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in _STORMS or ent.text.split()[0].lower() in _STORMS:
        return True
    return any(a.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in a.head.children)
               for a in ent.root.ancestors)


def _common_word_at_start(tok: Token) -> bool:
    """A word that opens a sentence or a quotation and is a common noun ('"Speech
    is powerful," he wrote'): capitalised by its place, not a person "he" could
    be (panel 87: "Read what Speech said")."""
    doc = tok.doc
    opens = tok.i == tok.sent.start or tok.i > 0 and doc[tok.i - 1].text in {'"', "\u201c", "'", "\u2018"}
    return opens and "NOUN" in getAllLemmas(tok.lower_)


def _speaker_just_described(tok: Token) -> Token | None:
    """"A spokesman for the alliance said … "…," he said.": with no one named
    there, "he" is the person the sentence before had as its subject (panel 53
    credited the spokesman's words to a man quoted a paragraph earlier)."""
    sent = tok.sent
    if sent.start == 0 or tok.lower_ not in ("he", "she"):
        return None
    prev = tok.doc[sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or not is_agentive(subj) and not (
            prev.root.lemma_.lower() in SAY and subj.lemma_.lower() not in DOCUMENT_NOUNS):
        return None  # ("A tour guide … said she was relieved": whoever says something is someone)
    if not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in subj.children):
        return None  # "the mayor said …. He insisted …": the mayor the article named before
    return subj


def _inside_a_description(ent) -> bool:
    """A name inside an apposition describing someone else ("Eliane Karp-Toledo, an
    anthropologist and the wife of former president Alejandro Toledo, …"): the
    person described, not the one in the description, is who "she" goes on with
    (panel 49 credited her words to her husband)."""
    return any(a.dep_ == "appos" and (a.head.ent_type_ == "PERSON" or a.head.pos_ == "PROPN")
               for a in ent.root.ancestors)  # the tagger may call a hyphenated surname a place


def _named_by_apposition(subject: Token) -> Token:
    """"South Africa's Minister of Science, Naledi Pandor, welcomed …": the
    name in apposition, not the title (a person's, after a title, whatever
    the tagger labels it)."""
    appos = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return appos[-1] if appos else subject


def _goes_on(pronoun: Token) -> bool:
    """The sentence before this pronoun's has it as subject too."""
    start = pronoun.sent.start
    return start > 0 and _same_pronoun_subject(pronoun.doc[start - 1].sent, pronoun)


def _same_pronoun_subject(prev, pronoun: Token) -> bool:
    """The sentence before has the same pronoun as its subject ("He said
    Jammeh had no right … '…,' he said."): the pronoun goes on with that
    subject, not with a name inside what it said (panel 44)."""
    return any(c.dep_ == "nsubj" and c.lower_ == pronoun.lower_ for c in prev.root.children)


def _named_place(ent) -> bool:
    """A name the tagger took for a person inside a place phrase ("the
    regencies of North Penajam Paser and Kutai Kartanegara"): no one to
    quote (panel 43 credited Widodo's words to a regency)."""
    tok = ent.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PLACE_NOUNS:
        return True
    if ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN" and ent.root.head.tag_ == "NN" \
            and ent.root.head.lemma_.lower() not in PERSON_NOUNS and any(
                c.dep_ == "det" and c.i < ent.start for c in ent.root.head.children):
        return True  # "A woman at the Glasgow rally … she feared": the name of a rally, not its speaker (panel 86)
    return ent.root.head.lemma_.lower() in PLACE_NOUNS and ent.root.dep_ == "compound"


def _quoted(ent) -> bool:
    """The name stands inside a quotation in its sentence ("'… a good day for
    every Ugandan …,' he said", where the tagger read "Ugandan" as a person):
    the words quoted, not the one who said them (panel 41)."""
    before = ent.doc[ent.sent.start:ent.start]
    straight = sum(t.text.count('"') for t in before)
    opened = sum(t.text.count("\u201c") for t in before) - sum(t.text.count("\u201d") for t in before)
    return straight % 2 == 1 or opened > 0


def _named_in_own_clause(pronoun: Token, name: str) -> bool:
    """"He praised Jonathan": a person the pronoun's own verb acts on is not who
    the pronoun is (the speaker is someone else)."""
    last = name.split()[-1].lower() if name.split() else ""
    verb = pronoun.head
    return bool(last) and any(t.lower_ == last and t.i != pronoun.i for t in verb.subtree if t.i > pronoun.i)


def _person_named_in_paragraph(tok: Token, people: frozenset[str] = frozenset()) -> str | None:
    """"Coach Ana Ruiz took the blame. "…" … "…," she told reporters.": a
    paragraph that names a person and goes on to quote "she" is about her,
    not about the speaker of an earlier paragraph.  A sentence subject the
    article names elsewhere as a person, or titles or describes as one, counts
    too, active or passive ("Buhari, 72, is a retired general …", "Schettino was arrested …", "Rear Admiral Einar Skorgen,
    the Norwegian officer …", where the tagger missed the name)."""
    names = [(e.end, clean(e.text)) for e in tok.doc.ents if e.label_ == "PERSON" and e.end <= tok.i
             and not any(t.pos_ == "PRON" for t in e) and not _not_who_it_stands_for(e, tok)]
    subjects = [(t, _named_by_apposition(t)) for t in tok.doc[:tok.i]
                if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.head.dep_ == "ROOT"
                and not _common_word_at_start(t)]
    names += [(t.i + 1, proper_name(t)) for s, t in subjects
              if (proper_name(t) in people or _kind(t, proper_name(t)) == "person" or t is not s and is_title(s))
              and not _named_in_own_clause(tok, proper_name(t))]
    names += [(t.i + 1, t.text) for t in tok.doc[:tok.i]  # "Schettino was arrested …": tagged a noun
              if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.head.dep_ == "ROOT"
              and t.text in people and not _named_in_own_clause(tok, t.text)]
    return max(names)[1] if names else None


def _pronoun_holder(tok: Token, history) -> Holder | None:
    low = tok.lower_
    if low in PERSON_PRONOUNS:
        for name, kind in reversed(history):
            if kind == "person" and not _named_in_own_clause(tok, name):
                return Holder(name, kind, tok, 0.7)
        # the most recent person named before this point in the paragraph
        names = [e for e in tok.doc.ents if e.label_ == "PERSON" and e.end <= tok.i
                 and not _named_in_own_clause(tok, e.text) and not _named_place(e)]
        if names:
            return Holder(names[-1].text, "person", tok, 0.6)
        return None
    if low in THING_PRONOUNS:
        # "it added" : only right after an organisation was quoted
        for name, kind in reversed(history[-2:]):
            if kind == "organisation":
                return Holder(name, kind, tok, 0.65)
        return None
    if low in PLURAL_PRONOUNS:
        for name, kind in reversed(history[-2:]):
            if kind == "group":
                return Holder(name, kind, tok, 0.6)
        return None
    return None


def _common_phrase(tok: Token) -> str:
    """"Western nations", "the United States government", "Critics of Scientology at ..."."""
    doc = tok.doc
    left = [c for c in tok.lefts if c.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod",
                                               "quantmod", "advmod")]
    lo = min([tok.i] + [t.i for c in left for t in c.subtree])
    hi = tok.i
    for c in tok.rights:
        if c.dep_ == "prep" and (c.lower_ in ("of", "at", "on", "in", "for", "from")
                                 or c.text.istitle()):  # "Doctors Without Borders": a name goes on
            sub = list(c.subtree)
            if sub[-1].i - lo < 12:
                hi = max(hi, sub[-1].i)
        else:
            break
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    return clean(doc_text(doc)[start:end])


def _kind(tok: Token, name: str) -> str:
    """person or organisation: the entity label, corrected by a title in
    front ("Coach Ana Ruiz") or a role in apposition ("Ana Ruiz, a marine
    biologist"); an untagged name of 2–4 capitalised words without an
    institution word is a person's."""
    ent = entity_at(tok)
    if ent is not None and ent.label_ == "PERSON":
        return "person"
    if _person_title_before(tok) or _described_as_person(tok):
        return "person"  # spaCy's small model calls some people ORG
    if ent is not None and ent.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC"):
        return "organisation"
    words = name.split()
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and tok.tag_ == "NNP" and \
            not any(w.lower() in INSTITUTION_NAME_WORDS for w in words):
        return "person"
    return "organisation"


def _described_as_person(tok: Token) -> bool:
    """The name has an apposition naming a person's role or trade."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and names_person(c.lemma_.lower())
               for c in tok.children)


def _person_title_before(tok: Token) -> bool:
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and doc[i].pos_ == "PROPN" and not is_title(doc[i]):
        i -= 1
    return i >= 0 and is_title(doc[i]) and doc[i].lower_ not in ("council", "supreme", "general")

