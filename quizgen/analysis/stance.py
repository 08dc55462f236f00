"""The stance decision: cue + content.

A cue verb that is itself a stance ("denied", "warned", "criticised") keeps
its class, adjusted by negation ("did not support" opposes).  A plain
reporting or claim verb ("said", "told", "argued") leaves the decision to
the reported content, read by :mod:`.content` with the lexicons of :mod:`quizgen.lexicons.stance`
and VADER's valences, each word with its negation scope from the parse:
"the report is neither accurate nor fair" denies; "the repeated failures raise
serious doubts" is concern; "will not tolerate" opposes.  When several
classes fit, the annotation guide's precedence decides (denies, warns,
opposes, concerned, supports); with none, a person's statement is a claim
and an organisation's plain report a neutral report.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Token

from ..lexicons import stance as lex
from ..lexicons.opinion import EVALUATIVE as JUDGING
from ..lexicons.opinion import HEDGE, LOADED, judging_adjectives, valence
from ..lexicons.speech import EVALUATING, REQUEST, SAY
from .content import MISFORTUNE, negated, read_content

#: Verbs of plain publication: an organisation using one reports neutrally.
_PUBLISHING = frozenset("report announce publish confirm disclose inform".split())


class Decision(NamedTuple):
    stance: str
    #: The words that decided it (the cue, or words of the content).
    basis: list[str]
    #: 1.0 decided by the cue itself, 0.9 by clear content words, 0.8 by
    #: weak or mixed content evidence; multiplies the holder's confidence.
    strength: float


def decide(cue_class: str | None, cue_lemma: str, holder_kind: str, content: list[Token],
           according: bool = False) -> Decision:
    """The stance class of a cue with its content; support for stopping
    something ("argued that the contract should be cancelled", "announced
    that it will end the programme") opposes what is stopped."""
    made = _decide(cue_class, cue_lemma, holder_kind, content, according)
    if made.stance == "supports" and cue_lemma not in EVALUATING | _CONSENTING and (stop := _stops(content)):
        return Decision("opposes", [stop], min(made.strength, 0.9))
    return made


#: Consent to one's own act: "the union agreed to end the strike" concedes; it
#: opposes nothing.
_CONSENTING = frozenset("agree offer promise pledge volunteer consent".split())


def _stops(content: list[Token]) -> str | None:
    """The content's main verb, if it stops or ends something it names
    ("should be cancelled", "will end DACA", "to fire Brown"), not negated."""
    inside = {t.i for t in content}
    for tok in content:
        if tok.pos_ != "VERB" or (tok.head.i in inside and tok.dep_ not in ("xcomp", "ccomp")):
            continue  # not a clause the content is about ("workers who lost their jobs")
        if tok.lemma_.lower() in lex.STOP_VERBS | lex.ENDING_VERBS and not negated(tok) and any(
                c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
            return tok.lower_
    return None


def _decide(cue_class: str | None, cue_lemma: str, holder_kind: str, content: list[Token],
            according: bool = False) -> Decision:
    sig = read_content(content)
    if cue_class in ("denies", "warns", "concerned"):
        return Decision(cue_class, [f"cue:{cue_lemma}"], 1.0)
    if cue_class in ("supports", "opposes") and cue_lemma not in EVALUATING and cue_lemma not in SAY:
        if cue_class == "supports" and sig.has("warns") and cue_lemma in ("vow", "pledge", "promise",
                                                                          "urge", "encourage", "appeal"):
            return Decision("warns", sig.found["warns"], 0.9)
        counter = re.findall(r"\bcounter-?\s?-?\s?[a-z]{4,}", " ".join(t.lower_ for t in content))
        if cue_class == "supports" and counter:
            return Decision("opposes", counter[:1], 0.9)  # "proposed counter-measures" works against
        stop = _asks_to_stop(cue_lemma, content) if cue_class == "supports" else None
        if stop is not None:
            return Decision("opposes", [stop], 0.9)
        return Decision(cue_class, [f"cue:{cue_lemma}"], 1.0)
    best = sig.best()
    if best is not None and best in sig.weak and cue_lemma in lex.CONCEDE_VERBS:
        best = None  # "admitted that the text was not perfect" grants, it does not oppose
    if best == "warns" and cue_lemma in EVALUATING:
        # "called the ruling dangerous" judges, not warns
        return Decision("opposes", sig.found[best], sig.strength(best))
    if best is not None:
        return Decision(best, sig.found[best], sig.strength(best))
    described = _description_stance(content) if cue_lemma in EVALUATING else None
    if described is not None:
        return Decision(described[0], [described[1]], 0.8)
    if cue_class is not None:
        return Decision(cue_class, [f"cue:{cue_lemma}"], 1.0)
    return Decision(_plain(cue_lemma, holder_kind, content, according), [], 1.0)


#: |valence| from which the description in "called it a loss" judges (VADER
#: rates "loss" -1.3, "mistake" -1.4, "hope" 1.9; "moment", "step" are 0).
_DESCRIPTION_VALENCE = 1.2
#: A quality the verb gives its object ("called the remarks insensitive",
#: "described it as reliable") is the judgement itself: a milder word decides.
_QUALITY_VALENCE = 0.8


def _description_stance(content: list[Token]) -> tuple[str, str] | None:
    """The stance of what an evaluating verb calls its object: 'called the
    verdict "a loss for consumers"' opposes, 'described the deal as "a sign of
    hope"' supports, 'described the defeat as "a disaster"' laments."""
    for tok in content:
        is_desc = tok.dep_ == "oprd" or (tok.dep_ == "pobj" and tok.head.lower_ == "as") or \
            (tok.dep_ == "appos" and tok.head.dep_ == "dobj")
        quality = tok.pos_ == "ADJ" or tok.pos_ == "VERB" and tok.tag_ == "VBG"  # "sickening", "chilling"
        if not is_desc or not quality and tok.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
            continue  # ("the World Cup of fraud": a name whose "of" phrase judges)
        of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        words = [tok] + [c for c in tok.children if c.dep_ in ("amod", "compound")] + of + \
            [c for g in of for c in g.children if c.dep_ == "amod"]  # "one of the most remarkable rescues"
        scored = [(_rated(w), w) for w in words]
        v, word = max(scored, key=lambda x: abs(x[0]))
        if abs(v) < (_QUALITY_VALENCE if quality else _DESCRIPTION_VALENCE) or negated(tok):
            continue
        if v > 0:
            return "supports", word.lower_
        return ("concerned" if tok.lemma_.lower() in MISFORTUNE else "opposes"), word.lower_
    return None


def _rated(word: Token) -> float:
    """VADER's valence of a word or the Pattern lexicon's polarity of a judging
    adjective on VADER's scale (x4), whichever is stronger: "remarkable" is
    rated by Pattern only, "insensitive" more strongly by Pattern than by VADER."""
    v = valence(word.lower_, word.lemma_.lower())
    p = 4 * judging_adjectives().get(word.lower_, 0.0)
    return v if abs(v) >= abs(p) else p


def _asks_to_stop(cue_lemma: str, content: list[Token]) -> str | None:
    """The verb of a request whose content stops something ("asked the court
    to ban the sale", "urged the city to halt the works", "asked visitors not
    to play there"): asking for it opposes what is stopped."""
    if cue_lemma not in REQUEST:
        return None
    for tok in content:
        if tok.pos_ != "VERB" or tok.dep_ not in ("xcomp", "ccomp"):
            continue
        if tok.lemma_.lower() in lex.STOP_VERBS and not negated(tok):
            return tok.lower_
        if any(c.dep_ == "neg" for c in tok.children):
            return f"not {tok.lower_}"  # "asked visitors not to play the game there"
    return None


def _plain(cue_lemma: str, holder_kind: str, content: list[Token], according: bool) -> str:
    """No stance in cue or content: a claim, or a neutral report."""
    judging = any(t.lower_ in JUDGING or t.lemma_.lower() in LOADED for t in content)
    hedged = bool(HEDGE.search(" ".join(t.text for t in content)))
    if cue_lemma in _PUBLISHING or according:
        if according and holder_kind == "person":
            return "claims"
        if cue_lemma == "confirm":
            return "claims"
        return "claims" if judging or hedged else "neutral_report"
    if holder_kind in ("person", "group"):
        return "claims"
    return "claims" if judging or hedged else "neutral_report"
