"""Cue detection: the words that attribute something to someone.

Four cue families over the parse, each yielding :class:`Cue` records (holder,
cue word, the cue's own stance class if it has one, content tokens, quote):

* **verbs** of saying, claiming and stance-taking ("said", "argued",
  "denied", "criticised") with their subject as holder;
* **adjectives** that put the subject in a stance ("X are worried");
* **nouns** that carry a stance when someone holds them ("X's denial",
  "X expressed concern");
* **"according to X"**.

Stances taken by action rather than speech ("backed the plan", "voted
against", "refused to pay") are pattern tables in :mod:`.actions`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..lexicons.people import AGENT_SUFFIX, BODY_OR_PERSON_NOUNS, HOLDER_NOUNS, PERSON_NOUNS
from ..lexicons.speech import CLAIM, FINDING, NEEDS_COMPLEMENT, SAY
from ..lexicons.stance import (CLAIM_NOUNS, CONCERN_VERBS, DENY_VERBS, LIGHT_VERBS, NOT_DONE_VERBS, OPPOSE_VERBS,
                               STANCE_ADJECTIVES, STANCE_NOUNS, STANCE_VERBS, SUPPORT_VERBS, THREAT_WORDS,
                               TRANSACTION_VERBS, WARN_VERBS)
from ._common import QuoteSpan, doc_text
from .holders import Holder, Resolver, is_agentive, subject_of, with_aux_children
from .content import negated as is_negated

_SPEECH = SAY | CLAIM | FINDING
_ALL_VERBS = _SPEECH | STANCE_VERBS
#: Nouns whose stance needs content ("a plan" alone says nothing).
_NEEDS_CONTENT = frozenset("""
plan intention proposal call appeal petition commitment pledge request demand
""".split())
_POSSESSIVE_PRONOUNS = frozenset("its their his her our my your".split())
#: Verbs whose subject receives a stance noun's holder's position ("had the support of X").
_RECEIVING = frozenset("have receive win get gain enjoy earn attract".split())


@dataclass
class Site:
    """One paragraph being read: its doc, original text, quotes and the
    article-wide holder resolver."""

    doc: Doc
    number: int
    original: str
    quotes: list[QuoteSpan]
    resolver: Resolver


@dataclass
class Cue:
    holder: Holder
    token: Token
    text: str
    #: The cue's own class (``None`` for a plain reporting verb).
    stance: str | None
    content: list[Token]
    quote: QuoteSpan | None = None
    #: Upper bound on the attribution's confidence (weaker cue families).
    cap: float = 0.99
    according: bool = False
    #: What the stance is about, when the pattern knows it (an action's object).
    target: list[Token] = field(default_factory=list)
    #: The content is someone else's attributed words ("X reported that a
    #: letter says …"): X only passes them on.
    relays: bool = False


def mark_relays(cues: list[Cue]) -> None:
    """A plain reporting cue whose content holds another holder's cue only
    passes that holder's words on ("The Bugle reported that a leaked letter
    calls the plan reckless": the letter opposes, the Bugle reports)."""
    for c in cues:
        if c.stance is not None:
            continue
        inside = {t.i for t in c.content}
        c.relays = any(d is not c and d.token.i in inside and d.holder.name != c.holder.name
                       and not _speakers_own(d.token) for d in cues)


def _speakers_own(verb: Token) -> bool:
    """The inner verb's subject is the speaker again or the body they speak
    for: "the office said it firmly supported …", "the spokesman said the
    organisation welcomed …", "Bridges said his party agreed …"."""
    holder = verb.head if verb.dep_ in ("acomp", "attr") else verb  # "his country was disappointed"
    subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None) or subject_of(verb)
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in {"it", "he", "she", "they", "we", "i"}
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children):
        return True  # "his party", "its team"
    return subj.lemma_.lower() in _OWN_BODY_NOUNS and [c.lower_ for c in subj.children] == ["the"]


#: "the organisation", "the company": the body a spokesperson speaks for.
_OWN_BODY_NOUNS = frozenset("organisation organization company firm group party government team club union family "
                            "board ministry department".split())


def cues_at(tok: Token, site: Site) -> list[Cue]:
    """Every cue anchored on ``tok``."""
    if tok.lower_ == "according" and tok.i + 1 < len(site.doc) and site.doc[tok.i + 1].lower_ == "to":
        return _according(tok, site)
    if in_quote(tok, site.quotes):
        return []  # words inside a quotation are the quoted speaker's, handled as content
    if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.tag_ == "VBG"):
        return _verb_cue(tok, site)
    if tok.pos_ == "ADJ" and tok.lower_ in STANCE_ADJECTIVES and tok.dep_ in ("acomp", "amod", "ROOT"):
        return _adj_cue(tok, site)
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in STANCE_NOUNS:
        return _noun_cue(tok, site)
    return []


def in_quote(tok: Token, quotes: list[QuoteSpan]) -> bool:
    return any(q.start < tok.idx < q.end - 1 for q in quotes)


def _according(tok: Token, site: Site) -> list[Cue]:
    """"according to X": the clause around it is X's."""
    pobj = next((c for c in site.doc[tok.i + 1].children if c.dep_ == "pobj"), None)
    if pobj is None:
        return []
    holder = site.resolver.holder(pobj)
    if not holder:
        return []
    clause = tok.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    pp = {x.i for x in tok.subtree}
    content = [t for t in clause.subtree if t.i not in pp and not t.is_punct]
    return [Cue(holder, tok, "according to", None, content, according=True)]


def _negated_state(tok: Token) -> bool:
    """"was not worried": the negation hangs on the adjective or its verb."""
    return any(c.dep_ == "neg" for c in tok.children) or \
        (tok.dep_ == "acomp" and any(c.dep_ == "neg" for c in tok.head.children))


def _participle_cue(tok: Token, site: Site) -> list[Cue]:
    """"X are concerned (that) …", "X were horrified by …"."""
    if _negated_state(tok):
        return []
    subj = next((c for c in with_aux_children(tok) if c.dep_ in ("nsubjpass", "nsubj")), None)
    holder = site.resolver.holder(subj) if subj is not None else None
    if not holder:
        return []
    content = [t for c in tok.children if c.dep_ in ("ccomp", "prep", "xcomp", "agent")
               and c.i > tok.i for t in c.subtree]
    aux = next((c for c in tok.children if c.dep_ in ("auxpass", "aux")), None)
    text = f"{aux.text} {tok.text}" if aux is not None else tok.text
    return [Cue(holder, tok, text, STANCE_ADJECTIVES[tok.lower_], content)]


def _verb_cue(tok: Token, site: Site) -> list[Cue]:
    lemma = tok.lemma_.lower()
    if tok.tag_ == "VBN" and tok.lower_ in STANCE_ADJECTIVES:
        return _participle_cue(tok, site)
    if lemma not in _ALL_VERBS:
        return []
    if lemma == "deny" and any(c.dep_ == "dative" or (c.dep_ == "dobj" and _is_person_word(c))
                               for c in tok.children):
        return []  # "denied Rashford the chance": kept from, not called untrue
    if greets(tok):
        return []
    if deal_agreed(tok):
        return []  # "agreed a deal to buy Newcastle": a transaction, not agreement with anyone
    if tok.dep_ == "xcomp" and tok.head.lemma_ == "be":
        return []  # "the department was to blame": the one blamed, not one who blames
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in NOT_DONE_VERBS:
        return []  # "found that Monsanto had failed to warn users": no warning (panel 62)
    if made_to(tok):
        return []  # "a maize developed by Monsanto to resist its weedkiller": what it was made for (panel 66)
    if in_someone_elses_words(tok):
        return []  # "He said Argentina was trying to hide its problems by blaming the company": his account
    if tok.dep_ in ("amod", "compound") and lemma in _SPEECH and _quote_then_name(tok):
        # '"...", added KCNA.' misparsed as an adjective on the name
        quote = adjacent_quote(tok, site.doc, site.quotes)
        holder = site.resolver.holder(tok.head)
        return [Cue(holder, tok, tok.text, None, [], quote)] if quote and holder else []
    if tok.dep_ in ("amod", "compound") or tok.tag_ == "VBN" and tok.dep_ == "acl":
        return []  # "the reported deaths", "a video featuring"
    comps = _complements(tok)
    quote = adjacent_quote(tok, site.doc, site.quotes)
    parenthetical = tok.dep_ == "parataxis" and lemma in _SPEECH
    if not parenthetical and not _complement_ok(tok, lemma, comps, quote):
        return []
    subj = subject_of(tok)
    holder = site.resolver.holder(subj) if subj is not None else None
    if not holder:
        return []
    if parenthetical:
        # "..., NASA reports, ...": the clause around it is the content
        own = {t.i for t in tok.subtree}
        content = [t for t in tok.head.subtree if t.i not in own and not t.is_punct]
    else:
        aside = {t.i for c in comps for t in _contrasted_clauses(c)}
        content = [t for c in comps for t in c.subtree if t.i not in aside]
    return [Cue(holder, tok, cue_text(tok), verb_class(tok, lemma, comps), content, quote)]


#: What one "agrees" in business English ("agreed a deal", "agreed terms").
_DEAL_NOUNS = frozenset("deal contract price terms sale purchase takeover merger fee loan settlement".split())


def made_to(verb: Token) -> bool:
    """An infinitive on a participle that describes a thing ("a maize developed
    by Monsanto to resist its weedkiller"): the thing's purpose, no one's position."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) and verb.head.tag_ == "VBN" \
        and verb.head.dep_ in {"acl", "relcl"}


def in_someone_elses_words(verb: Token) -> bool:
    """The act is inside what a speaker says, below a verb of its own ("was
    trying to hide … by blaming"): the speaker's account of another's motive,
    not a position the article reports."""
    head = verb.head
    if verb.dep_ != "pcomp" or head is verb:
        return False
    subj = subject_of(verb)
    if subj is None or subj.pos_ == "PRON":
        return False  # "… of what he called 'our instruction book'": the speaker's own words
    return any(a.lemma_.lower() in _SPEECH and a.dep_ != "ccomp" for a in verb.ancestors
               if a.i != head.i and any(c.dep_ == "ccomp" for c in a.children))


def deal_agreed(verb: Token) -> bool:
    """"agreed a deal", "agreed terms", "agreed to buy Enron", "offered to
    sell its stake": a transaction, not a position."""
    if verb.lemma_.lower() not in ("agree", "offer"):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _DEAL_NOUNS or
               c.dep_ == "xcomp" and c.lemma_.lower() in TRANSACTION_VERBS for c in verb.children)


def _contrasted_clauses(comp: Token) -> list[Token]:
    """Tokens of a ", while/whereas <subject> <verb> …" clause hung on the
    content: the writer's narration of someone else, not the speaker's words
    ("said the inquiry should cover Europe, while South Korea announced tests")."""
    out: list[Token] = []
    for child in comp.children:
        if child.dep_ != "advcl" or child.i < comp.i:
            continue
        marks = [c for c in child.children if c.dep_ == "mark" and c.lower_ in {"while", "whereas"}]
        if marks and any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children) \
                and marks[0].i > 0 and child.doc[marks[0].i - 1].text == ",":
            out.extend(child.subtree)
            out.append(child.doc[marks[0].i - 1])
    return out


def greets(verb: Token) -> bool:
    """"travelled to the site to welcome Carlos Mamani": welcoming a person is a
    greeting, not a position taken."""
    return verb.lemma_.lower() == "welcome" and any(
        c.dep_ == "dobj" and (_is_person_word(c) or c.lemma_.lower() in PERSON_NOUNS) for c in verb.children)


def _is_person_word(tok: Token) -> bool:
    return tok.lower_ in ("him", "her", "them", "me", "us") or tok.ent_type_ == "PERSON"


def _quote_then_name(tok: Token) -> bool:
    doc = tok.doc
    if tok.i < 2 or tok.head.pos_ != "PROPN":
        return False
    before = {doc[tok.i - 1].text, doc[tok.i - 2].text}
    return '"' in before and "," in before


def _complement_ok(tok: Token, lemma: str, comps: list[Token], quote: QuoteSpan | None) -> bool:
    """Verbs that report only with a clause, quote or "as" phrase have one."""
    has_clause = any(c.dep_ in ("ccomp", "xcomp") for c in comps) or quote is not None
    has_as = any(c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "oprd" for c in comps)
    if lemma in NEEDS_COMPLEMENT and not (has_clause or has_as):
        if not (lemma in ("call", "ask", "request", "demand") and _call_for(tok)):
            return False
    if lemma == "call" and not (has_as or _call_for(tok) or has_clause):
        return False
    if lemma in ("ask", "request", "demand", "encourage", "urge") and \
            not (any(c.dep_ in ("xcomp", "ccomp") for c in comps) or _call_for(tok)):
        return False
    return True


def _adj_cue(tok: Token, site: Site) -> list[Cue]:
    if _negated_state(tok):
        return []
    head = tok.head if tok.dep_ == "acomp" else tok
    subj = subject_of(head) if tok.dep_ == "acomp" else None
    holder = site.resolver.holder(subj) if subj is not None else None
    if not holder:
        return []
    comps = [c for c in list(tok.children) + list(head.children)
             if c.dep_ in ("ccomp", "prep", "xcomp", "advcl") and c.i > tok.i]
    content = [t for c in comps for t in c.subtree]
    text = f"{head.text} {tok.text}" if head.i != tok.i else tok.text
    return [Cue(holder, tok, text, STANCE_ADJECTIVES[tok.lower_], content)]


def _noun_holder(tok: Token, lemma: str) -> tuple[Token | None, str]:
    """The holder token of a stance noun and the cue text."""
    head = tok.head
    source = _source_of(tok)
    if source is not None and head.lemma_.lower() in _RECEIVING:
        return source, tok.text  # "the bill had the support of X": X supports it
    # "X expressed concern", "X announced plans to ...", "X launched a petition asking ..."
    if tok.dep_ in ("dobj", "attr") and head.lemma_.lower() in LIGHT_VERBS | {"have"} | SAY:
        if head.lemma_.lower() == "have" and lemma not in ("concern", "plan", "worry", "fear",
                                                            "intention", "objection", "support"):
            return None, ""
        subj = subject_of(head)
        if subj is not None and (subj.pos_ == "PRON" or is_agentive(subj)):
            return subj, f"{head.text} {tok.text}"
    # "X's denial", "the resistance of X", "concerns among X", "support from X"
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None and lemma == "opposition" and poss.ent_type_ in ("GPE", "NORP"):
        return None, ""  # "Israel's opposition": the parties out of power, not a stance
    if poss is not None:
        return (None, "") if poss.lower_ in _POSSESSIVE_PRONOUNS else (poss, tok.text)
    return source, tok.text if source is not None else ""


def _source_of(tok: Token) -> Token | None:
    """"support from X", "the resistance of X", "concerns among X": X."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "among", "from", "by"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and is_agentive(pobj):
                return pobj
    return None


def _noun_cue(tok: Token, site: Site) -> list[Cue]:
    lemma = tok.lemma_.lower()
    holder_tok, text = _noun_holder(tok, lemma)
    if holder_tok is None:
        return []
    if lemma in _NEEDS_CONTENT and not any(c.dep_ in ("acl", "relcl", "prep") for c in tok.children):
        return []  # "a plan" with no content says nothing about a stance
    holder = site.resolver.holder(holder_tok)
    if not holder:
        return []
    skip = {t.i for t in holder_tok.subtree}
    if holder_tok.dep_ == "pobj":
        skip.add(holder_tok.head.i)
    content = [t for c in tok.children if c.i not in skip and c.dep_ not in ("det", "amod", "poss")
               for t in c.subtree if t.i not in skip]
    acl = [c for c in tok.children if c.dep_ == "acl"]
    if acl:  # "a petition ..., asking the government to ...": the asking clause is content
        content = [t for c in acl for t in c.subtree if t.i not in skip]
    if not content and tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        # "..., despite the resistance of X": what is resisted is the main clause
        drop = {t.i for t in tok.head.subtree}
        content = [t for t in tok.head.head.subtree if t.i not in drop and not t.is_punct]
    cap = 0.75 if tok.dep_ == "dobj" else 0.6
    return [Cue(holder, tok, text, STANCE_NOUNS[lemma], content, cap=cap)]


def _call_for(tok: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) or \
        any(c.dep_ in ("dobj",) and any(g.dep_ in ("xcomp", "ccomp") for g in c.children)
            for c in tok.children)


_COMPLEMENT_DEPS = ("ccomp", "xcomp", "dobj", "oprd", "prep", "advcl", "attr", "acomp", "dative",
                    "npadvmod", "obj", "pcomp", "conj")
_COMPLEMENT_PREPS = ("as", "about", "over", "for", "on", "to", "that", "against", "of", "with")


def _complements(tok: Token) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ not in _COMPLEMENT_DEPS:
            continue
        if c.dep_ in ("prep", "npadvmod", "advcl") and c.i < tok.i:
            continue  # "On October 18th, it was confirmed ..."
        if c.dep_ == "prep" and c.lower_ not in _COMPLEMENT_PREPS:
            continue
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            continue  # a coordinated verb is its own cue
        if c.dep_ == "advcl" and c.tag_ == "VBG":
            continue  # ", dismissing them as ..." is its own cue
        out.append(c)
    return out


def cue_text(tok: Token) -> str:
    parts = [tok] + [c for c in tok.children if c.dep_ in ("prt", "neg")]
    parts.sort(key=lambda t: t.i)
    return " ".join(t.text for t in parts)


def verb_class(tok: Token, lemma: str, comps: list[Token]) -> str | None:
    """The stance a cue verb takes by itself, negation included; None for a
    plain reporting verb (the content decides)."""
    negated = any(c.dep_ == "neg" for c in tok.children) or is_negated(tok)  # "would neither accept nor recognise it"
    if lemma in DENY_VERBS:
        if lemma == "reject":
            objs = [c for c in comps if c.dep_ == "dobj"]
            return "denies" if objs and objs[0].lemma_.lower() in CLAIM_NOUNS else "opposes"
        return "denies"
    if lemma in WARN_VERBS:
        return "warns"
    if lemma in CONCERN_VERBS:
        return "concerned"
    if lemma in SUPPORT_VERBS:
        return "opposes" if negated else "supports"
    if lemma == "blame" and _blames_a_thing(comps):
        return "claims"  # "blamed a fault in the battery cells": a cause given, nobody opposed
    if lemma in OPPOSE_VERBS:
        if lemma in THREAT_WORDS and not negated and any(
                c.tag_ == "MD" and c.lower_ in ("will", "would", "shall", "'ll") for c in tok.children):
            return "warns"  # "would veto any bill", "will sue": a threat
        return "supports" if negated and lemma == "oppose" else "opposes"
    if lemma in _COMMITTING and (any(c.dep_ == "dobj" and c.lemma_.lower() in _PLAN_NOUNS for c in comps)
                                 or any(c.dep_ == "ccomp" and _will_do(c) for c in comps)):
        return "supports"  # "announced plans to …", "announced that the country will …"
    if lemma in CLAIM:
        return "claims"
    return None


def _blames_a_thing(comps: list[Token]) -> bool:
    """The object of "blame" is a thing, not a person or a body ("blamed a
    fault in the battery", "blamed the weather")."""
    objs = [c for c in comps if c.dep_ == "dobj"]
    if not objs:
        return False
    obj = objs[0]
    if obj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or obj.pos_ in {"PROPN", "PRON"}:
        return False
    lemma = obj.lemma_.lower()
    return not (lemma in HOLDER_NOUNS or lemma in BODY_OR_PERSON_NOUNS or lemma in _COLLECTIVES
                or AGENT_SUFFIX.search(lemma))


#: People named by what they do together ("blamed the management").
_COLLECTIVES = frozenset("management leadership staff crew workforce side opposition team".split())


#: Verbs that commit their holder when what follows is a plan or a "will".
_COMMITTING = frozenset("announce unveil".split())
_PLAN_NOUNS = frozenset("""
plan plans intention decision support pledge policy measure measures scheme programme program
initiative commitment
""".split())


def _will_do(clause: Token) -> bool:
    """A clause about what will be done ("the country will become carbon-neutral")."""
    return any(c.tag_ == "MD" and c.lower_ in ("will", "would", "shall") for c in clause.children) and \
        not any(c.dep_ == "neg" for c in clause.children)


#: '", while Le Pen praised …': a second speaker's clause after the quote, not its closing verb (panel 57).
_NEW_CLAUSE = re.compile(r"[\s\u201d\"]*,\s*(?:while|whereas|but|and|although|though)\b")


def adjacent_quote(tok: Token, doc: Doc, quotes: list[QuoteSpan]) -> QuoteSpan | None:
    """A quotation this reporting verb introduces or closes.

    After the verb: within a few words in the same sentence ('said, "..."',
    'told the BBC the planet "..."').  Before the verb: the quote must be
    followed by a comma (inside or after the mark) and at most a short
    holder phrase ('"...", said KCNA', '"...," Khaled Al-Maeena, editor, said').
    """
    sent = tok.sent
    text = doc_text(doc)
    after = [q for q in quotes if tok.idx < q.start < sent.end_char]
    if after:
        q = after[0]
        gap = text[tok.idx + len(tok.text):q.start]
        verbs_between = [t for t in doc[tok.i + 1:] if t.idx < q.start and t.pos_ == "VERB"]
        if len(gap.split()) <= 8 and not re.search(r"[.;]", gap) and not verbs_between:
            return q
    before = [q for q in quotes if q.end <= tok.idx]
    if before:
        q = before[-1]
        gap = text[q.end:tok.idx]
        inner_comma = text[q.end - 2:q.end - 1] in (",", "?", "!")
        if (inner_comma or re.match(r"\s*,", gap)) and len(gap.split()) <= 12 and \
                not re.search(r"[.;:?!]", gap) and not _NEW_CLAUSE.match(gap):
            return q
    return None
