"""False true/false statements that reverse what happened: "Shares fell 8% on
Tuesday" -> "Shares rose 8% on Tuesday", "The Senate approved the bill" ->
"The Senate rejected the bill".

Panels 8 and 15 rejected false statements that only change a minor figure
(trivia) or add "not" (arguably true), and noted that every true/false item
of a default set was keyed True.  Reversing the main verb with its opposite
(``lexicons.opposites``) makes a statement that is plainly false to a reader
who understood the sentence, and keeps its grammar: the opposite is
inflected like the verb it replaces, and only where it takes the same frame.
When the main verb is a plain verb of saying, the verb of what was said is
reversed ("The ministry said exports rose 5%" -> "… exports fell 5%"): most
news sentences report, and without it most default sets keyed every
true/false statement True (126 of 198 sets of fresh40-72 at a396a8c).
"""
from __future__ import annotations

import re

from lemminflect import getInflection
from spacy.tokens import Token

from ..lexicons.events import LIGHT_VERB_OBJECTS
from ..lexicons.opposites import (
    AMOUNT_PREPS,
    BEFORE_TO,
    FIXED_WITH_AMOUNT_VERBS,
    HARMS,
    INTENSITY_ADVERBS,
    NEEDS_A_NUMBER,
    NEEDS_AN_OBJECT,
    NEGATIVE_POLARITY,
    NOT_BEFORE_TO,
    NOT_LINKING,
    OBJECTS_OF,
    OPPOSITE_VERBS,
    RANKING_WORDS,
    WITHOUT_OBJECT,
)
from ..lexicons.speech import SAY
from .context import SentInfo
from .statements import NEGATIVE, quantified_subject

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
#: "Shares fell 8%, their biggest drop since 2008": the aside would contradict the reversed verb.
_ASIDE_DEPS = {"appos", "npadvmod", "advcl", "acl", "relcl", "conj", "parataxis"}


def reverse(info: SentInfo, statement: str, article: str = "") -> tuple[str, str, str, str] | None:
    """(false statement, wrong verb, right verb, "reverse") or None when the
    main verb has no opposite that fits its frame.  ``article`` (its text)
    picks the spelling the writer uses ("criticized" or "criticised")."""
    if NEGATIVE.search(statement) or _SCARCE.search(statement) or quantified_subject(info.span.root, _QUANTIFIERS):
        return None  # "Not every offer was accepted" / "… rejected": both can be true
    root = info.span.root
    if (side := _vote_side(root, statement)) is not None:
        return side
    opposite = _opposite(root)
    if opposite is None and (reported := _reported_verb(root)) is not None:
        root, opposite = reported, _opposite(reported, reported=True)
    if opposite is None:
        return None
    if "criticis" in opposite and "criticiz" in article.lower():
        opposite = opposite.replace("criticis", "criticiz")
    word = root.text
    if len(re.findall(rf"\b{re.escape(word)}\b", statement)) != 1:
        return None  # the statement rewrote the sentence, or the word comes twice
    changed = re.sub(rf"\b{re.escape(word)}\b", opposite, statement, count=1)
    return changed, f"\u201c{opposite}\u201d", f"\u201c{word}\u201d", "reverse"


def _vote_side(verb: Token, statement: str) -> tuple[str, str, str, str] | None:
    """"voted against the plan" -> "voted for the plan" (and back; "voted in
    favour of" -> "voted against"): the side of a vote, right after the verb."""
    doc = verb.doc
    if verb.lemma_.lower() != "vote" or verb.pos_ != "VERB" or not _plain_assertion(verb) or verb.i + 2 >= len(doc):
        return None
    nxt = doc[verb.i + 1]
    if nxt.lower_ in ("for", "against") and nxt.head == verb and any(c.dep_ == "pobj" for c in nxt.children):
        right, wrong = nxt.text, "against" if nxt.lower_ == "for" else "for"
    elif doc[verb.i + 1:verb.i + 4].text.lower() in ("in favour of", "in favor of"):
        right, wrong = doc[verb.i + 1:verb.i + 4].text, "against"
    else:
        return None
    said = f"{verb.text} {right}"
    if statement.count(said) != 1:
        return None
    changed = statement.replace(said, f"{verb.text} {wrong}")
    return changed, f"\u201c{verb.text} {wrong}\u201d", f"\u201c{said}\u201d", "reverse"


#: Objects that name something missing or failed: no one praises a lack.
_SHORTFALLS = frozenset("lack absence failure shortage delay refusal neglect inaction".split())
_AMOUNT_VERBS = WITHOUT_OBJECT | {"grow", "shrink", "increase", "decrease", "reduce", "lower", "raise", "cut"}
#: "without", "few": a reversed verb beside them can stay true.
_SCARCE = re.compile(r"\b(?:without|few)\b", re.IGNORECASE)
_QUANTIFIERS = {"some", "many", "several", "most", "few", "all", "every", "each", "both", "others", "other"}


def _reported_verb(root: Token) -> Token | None:
    """The main verb of the clause a plain verb of saying reports ("The
    company said it would close 200 branches" -> "close"): reversed, the
    statement misreports what was said, which the sentence shows false."""
    if root.lemma_.lower() not in SAY or not _plain_assertion(root):
        return None
    clauses = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    return clauses[0] if len(clauses) == 1 and clauses[0].pos_ == "VERB" else None


def _opposite(verb: Token, reported: bool = False) -> str | None:
    """The opposite verb, inflected like ``verb``, if it fits where ``verb``
    stands (``reported``: inside what a speaker said, where "would" is the
    reported "will")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in OPPOSITE_VERBS or not _plain_assertion(verb, reported) \
            or not _fits(verb, lemma):
        return None
    forms = getInflection(OPPOSITE_VERBS[lemma], tag=verb.tag_)
    if not forms:
        return None
    form = forms[0]
    return form[:1].upper() + form[1:] if verb.text[:1].isupper() else form


def _fits(verb: Token, lemma: str) -> bool:
    """The opposite takes the frame ``verb`` has in this sentence."""
    children = list(verb.children)
    deps = {c.dep_ for c in children}
    to_clause = any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for c in children)
    preps = {c.lower_ for c in children if c.dep_ == "prep"}
    if lemma in BEFORE_TO and not to_clause or lemma in NOT_BEFORE_TO and to_clause:
        return False  # "agreed that …", "stopped to rest"
    if any(c.dep_ == "dobj" and c.lemma_.lower() in LIGHT_VERB_OBJECTS.get(lemma, ()) for c in children):
        return False  # "gunmen opened fire on the bus": "closed fire" is no English (panel 47)
    if "dative" in deps or "prt" in deps or "ccomp" in deps and lemma not in {"confirm", "deny", "admit"}:
        return False  # "denied him entry", "backed down", "supported that …"
    if lemma == "confirm" and not deps & {"ccomp", "xcomp"}:
        return False  # "had confirmed 2,000 deaths" / "had denied 2,000 deaths"
    if lemma in WITHOUT_OBJECT and ("dobj" in deps or preps & AMOUNT_PREPS or any(
            t.lower_ in FIXED_WITH_AMOUNT_VERBS for t in verb.subtree if t.head == verb and t.i > verb.i)):
        return False  # "dropped the charges", "oil dropped below $95", "fell well short of" (panel 94)
    if lemma in _AMOUNT_VERBS and any(t.tag_ in {"JJS", "RBS"} or t.lower_ == "record" for t in verb.subtree):
        return False  # "shrank to its smallest extent": "grew to its smallest" contradicts itself
    if lemma in _AMOUNT_VERBS and _from_figure(verb):
        return False  # "raised the fare from 800 to 830 pesos": "lowered … from 800 to 830" contradicts itself
    if lemma in NEEDS_A_NUMBER and not any(t.like_num or t.text == "%" for t in verb.subtree):
        return False  # "climbed over a fence"
    if lemma in NOT_LINKING and deps & {"acomp", "oprd", "attr"}:
        return False  # "grew increasingly frustrated"
    if lemma in OBJECTS_OF and not _object_fits(verb, lemma, children):
        return False  # "lifted the miners", "overturned the car", "raised concerns", "lost his job"
    if lemma in {"join", "leave"} and any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.tag_ == "VBG" for g in c.children) for c in children):
        return False  # "joined the other members in voting": "left … in voting" is no English (panel 58)
    if lemma in {"join", "leave"} and any(c.dep_ == "dobj" and c.lemma_.lower() in _JOINED_VOICES for c in children):
        return False  # "joined his dissent": "left his dissent" is no English (panel 82); "joined the euro zone" stays
    if lemma in NEEDS_AN_OBJECT and ("dobj" not in deps or preps & {"from", "to", "as"} or to_clause):
        return False  # "left on Monday", "banned him from driving", "closed to traffic"
    if lemma in {"accept", "reject", "approve", "welcome", "condemn", "support", "oppose", "back", "dismiss"} and (
            "as" in preps or any(t.lower_ == "as" and t.i > verb.i for t in verb.subtree)):
        return False  # "rejected the proposals as far too small": "accepted … as far too small" (panel 60)
    if lemma in {"win", "lose"} and any(t.like_num or t.lower_ in {"percent", "%", "share", "majority"} or t.lemma_.lower()
                                        in {"medal", "gold", "silver", "bronze", "prize", "award"}
                                        for c in children if c.dep_ == "dobj" for t in c.subtree):
        return False  # "won 56.6 percent of the vote": "lost 56.6 percent" is no contest lost (panel 60)
    if lemma in {"win", "lose"} and any(t.lower_ in RANKING_WORDS for t in verb.subtree):
        return False  # "won the vote ahead of Spain": "lost … ahead of Spain" contradicts itself
    if lemma.startswith(("praise", "critici")) and (preps & {"as", "for"} or any(
            c.dep_ == "dobj" and c.lemma_.lower() in _SHORTFALLS for c in children)):
        return False  # "criticised the response as slow"; "praised the lack of consultation" (panel 40)
    if lemma == "leave" and "dobj" in deps and (preps & {"in", "with", "without", "at", "on", "under"} or any(
            c.dep_ == "dobj" and any(t.pos_ == "ADJ" and t.head.i < t.i for t in verb.subtree if t.i > c.i)
            for c in children)):
        return False  # "has left the city unable to pay", "leaves Merkel in an awkward position": a state (panels 40, 73)
    if lemma in {"grow", "shrink"} and preps & {"out", "from", "into", "up"}:
        return False  # "the dispute grew out of a crisis": "shrank out of" is no English (panel 36)
    if lemma in {"begin", "start", "stop", "end"} and not (to_clause or any(
            c.dep_ == "xcomp" and c.tag_ == "VBG" and any(g.dep_ == "dobj" for g in c.children) for c in children)):
        # only "stopped selling X" / "began selling X": "the trouble stopped in X", "stopped with a complaint",
        # "stopped moving south … in convoys" (panel 63: it had never started) read oddly
        return False
    return not _contradicts_itself(verb, lemma, children)


def _contradicts_itself(verb: Token, lemma: str, children: list[Token]) -> bool:
    """The reversed verb would contradict the rest of its own sentence (or give itself away)."""
    if lemma in {"approve", "adopt", "pass", "accept", "reject", "defeat"} and _IN_FORCE.search(verb.sent.text):
        return True  # "The decision, which takes effect on February 16, was rejected": it contradicts itself (panel 64)
    if any(t.lower_ == "despite" or t.lower_ == "spite" and t.nbor(-1).lower_ == "in" for t in verb.subtree):
        return True  # "had refused to cooperate despite repeated requests": "agreed … despite …" contradicts itself
    if any(t.dep_ in ("appos", "dobj") and t.i > verb.i and t.doc[t.left_edge.i - 1].text == ","
           for t in verb.subtree):
        return True  # "lifting a suspension, a decision that will allow hunting": the aside would contradict it
    if lemma in {"pass", "approve", "adopt"} and any(
            c.dep_ in {"dobj", "nsubjpass"} and any(g.dep_ == "relcl" and _in_force_now(g) for g in c.children)
            for c in children):
        return True  # "passed a law that allows inspections": the clause says the law stands (not "rejected")
    if lemma == "condemn" and any(c.dep_ == "dobj" and c.lower_ in HARMS for c in children):
        return True  # "condemned the attack": "welcomed the attack" gives itself away
    if any(c.dep_ == "advmod" and c.lower_ in INTENSITY_ADVERBS for c in children):
        return True  # "sharply criticised", "rejected … altogether": "sharply praised" gives itself away (panel 63)
    return any(t.lower_ in NEGATIVE_POLARITY for t in verb.subtree)


def _in_force_now(clause: Token) -> bool:
    """A relative clause in the present or future ("that allows", "which will
    cut"): it says what the measure does, so it has been adopted."""
    return clause.tag_ in {"VBZ", "VBP"} or any(c.dep_ == "aux" and c.lower_ in {"will", "shall"}
                                                 for c in clause.children)


#: Views and protests one joins (a voice added, not a body entered): nobody "leaves a dissent".
_JOINED_VOICES = frozenset("dissent opinion call criticism chorus condemnation appeal protest strike boycott".split())


#: The sentence says the measure applies: a reversed vote on it contradicts the sentence itself.
_IN_FORCE = re.compile(r"\b(?:takes?|took|will take) effect\b|\b(?:comes?|came|will come) into (?:force|effect)\b|"
                       r"\bgoes into effect\b", re.IGNORECASE)


def _from_figure(verb: Token) -> bool:
    """The clause gives the amount's start: "from 800 to 830 pesos"."""
    doc = verb.doc
    return any(t.lower_ == "from" and t.i + 1 < len(doc) and (doc[t.i + 1].like_num or doc[t.i + 1].tag_ == "$")
               for t in verb.subtree)


def _object_fits(verb: Token, lemma: str, children: list[Token]) -> bool:
    """The verb's object (or passive subject) is one its opposite takes
    (:data:`.opposites.OBJECTS_OF`); "admitted that …" and "admitted taking
    bribes" fit "denied" too, "signed the bill into law" fits no "vetoed"."""
    if lemma == "admit" and (any(c.dep_ == "ccomp" or c.dep_ == "xcomp" and c.tag_ == "VBG" for c in children)):
        return not any(c.dep_ == "prep" for c in children)  # "admitted to hospital"
    if any(c.dep_ == "prep" and (c.lower_ in ("into", "as") or lemma == "lose" and c.lower_ == "to")
           for c in children):
        return False  # "signed the bill into law", "welcomed the ruling as a victory", "lost the seat to X"
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in OBJECTS_OF[lemma]
               and c.ent_type_ not in _NAMED for c in children)


#: Objects named as people, bodies or places are no decisions or activities:
#: "suspended the Football Association" would "resume" it.
_NAMED = {"PERSON", "ORG", "GPE", "NORP"}


def _plain_assertion(verb: Token, reported: bool = False) -> bool:
    """The verb asserts one thing on its own: not negated, no modal but
    "will" (or, ``reported``, "would"), a subject, and no aside or second verb
    that the reversal would contradict ("…, saying the mine met every requirement")."""
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children) or not any(c.dep_ in _SUBJECT_DEPS for c in children):
        return False
    allowed = {"will", "'ll", "would"} if reported else {"will", "'ll"}
    if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in allowed for c in children):
        return False
    doc = verb.doc
    if any(t.i > verb.i and t.tag_ == "VBG" and doc[t.i - 1].text == "," for t in verb.sent):
        return False  # "…, saying the mine met every requirement": the aside would contradict it
    for c in children:
        if c.i < verb.i or c.left_edge.i == 0:
            continue
        after_comma = doc[c.left_edge.i - 1].text == ","
        if c.dep_ in {"conj", "parataxis"} or after_comma and (c.dep_ in _ASIDE_DEPS or c.pos_ == "VERB"):
            return False
    return True
