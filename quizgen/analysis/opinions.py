"""Fact or opinion: sentences that express a judgement rather than report one.

Each sentence gets a score from the evaluative language of its own words
(lexicons in :mod:`quizgen.lexicons.opinion`) — hedges and predictions
("likely to", "probably", "could", "would have"), judging adjectives and
adverbs ("fantastic", "absurd", "sadly") and strongly valenced predicates
(VADER), prescriptive modals ("should", "ought to"; weaker when the order is
quoted or reported), loaded words ("maniacs", "puppet"), first-person belief
("I think") but not first person alone ("I was born in 1990" is a fact), and
attributed content that judges (a stance read from the words said, not from
the cue verb: "X denied the report" is a fact about X's statement) — minus
fact cues (numbers, dates).  Only sentences
whose score clears a threshold are returned: a fact-or-opinion question built
on a borderline sentence would teach the wrong thing.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from spacy.tokens import Span

from ..lexicons.opinion import (BELIEF_VERBS, EVALUATIVE, FEELINGS, FIRST_PERSON, HEDGE, INTENSIFIERS, LOADED,
                                 PRESCRIPTIVE, RECORD, STRONG_VALENCE, judging_adjectives, valence)
from ..lexicons.speech import EVALUATING, SAY
from ..lexicons.stance import EVALUATIVE as EVALUATIVE_STANCES
from ._common import doc_text, quote_spans
from .content import negated

_NUMBERISH = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
#: Modals that make a clause a prediction or a supposition.
_PREDICTING = frozenset("could might may would".split())

#: Minimum score for a sentence to be reported as opinion.
THRESHOLD = 2.0
#: Weight of an adjective the Pattern subjectivity lexicon rates strongly subjective.
JUDGING_ADJECTIVE_WEIGHT = 1.5


@dataclass
class Opinion:
    text: str
    paragraph: int
    start: int
    end: int
    confidence: float
    cue: str

    def to_dict(self) -> dict:
        d = asdict(self)
        d["confidence"] = round(self.confidence, 2)
        return d


def find_opinions(parsed, attributions=None, threshold: float = THRESHOLD) -> list[Opinion]:
    """Opinion sentences of ``parsed``; ``attributions`` (from
    :func:`find_attributions`) lets quoted threats and criticism count."""
    if attributions is None:
        from .attributions import find_attributions
        attributions = find_attributions(parsed)
    out = []
    for number, doc in enumerate(parsed.docs):
        original = parsed.paragraphs[number]
        quotes = quote_spans(doc_text(doc))
        for sent in doc.sents:
            score, cues = score_sentence(sent, quotes, attributions, number)
            if score >= threshold:
                start, end = _trim(original, sent.start_char, sent.end_char)
                if start >= end:
                    continue
                out.append(Opinion(text=original[start:end], paragraph=number, start=start, end=end,
                                   confidence=round(min(0.95, 0.45 + 0.12 * score), 2),
                                   cue="; ".join(cues[:3])))
    return out


def score_sentence(sent: Span, quotes, attributions, number: int) -> tuple[float, list[str]]:
    """Opinion score of one sentence and the cues that gave it, strongest first."""
    def inside(tok) -> bool:
        return any(q.start < tok.idx < q.end - 1 for q in quotes)

    cues = _word_cues(sent, inside)
    records = [r.span() for r in RECORD.finditer(sent.text)]
    m = next((h for h in HEDGE.finditer(sent.text) if sent.text[h.end():h.end() + 1] != "-"
              and not any(a <= h.start() < b for a, b in records)), None)
    if m:
        cues.append((2.0, f"hedge or prediction '{m.group(0)}'"))
    else:
        modal = next((t for t in sent if t.tag_ == "MD" and t.lower_ in _PREDICTING), None)
        if modal is not None:
            cues.append((1.5, f"hedge or prediction '{modal.text}'"))
    m = PRESCRIPTIVE.search(sent.text)
    if m and _in_embedded_question(sent, sent.start_char + m.start()):
        m = None  # "divided over what should come next", "advice on how it should be used": asked, not urged
    if m:
        quoted = any(q.start < sent.start_char + m.start() < q.end for q in quotes) or \
            _attributed(sent, attributions, number)
        # a quoted or reported "should" is often an order being passed on, weaker evidence
        cues.append((1.0 if quoted else 2.0, f"prescriptive '{m.group(0)}'"))
    weight, stance = _judging_stance(sent, attributions, number)
    if stance:
        cues.append((weight, stance))
    naming = _calls_something(sent)
    if naming:
        cues.append((2.0, f"calls it '{naming}'"))
    elif any(t.tag_ == "MD" and t.lower_ in _PREDICTING for t in sent) and \
            _warning(sent, attributions, number):
        cues.append((1.0, "predicted harm"))
    score = sum(w for w, _ in cues)
    facts = sum(1 for e in sent.ents if e.label_ in _NUMBERISH)
    if facts:
        score -= min(1.0, 0.5 * facts)
    cues.sort(key=lambda c: -c[0])
    return score, [c for _, c in cues]


def _word_cues(sent: Span, inside) -> list[tuple[float, str]]:
    """Judging, loaded and strongly valenced words, and first-person belief."""
    cues: list[tuple[float, str]] = []
    seen: set[str] = set()
    for tok in sent:
        low, lemma = tok.lower_, tok.lemma_.lower()
        if low in seen:
            continue
        if tok.pos_ in ("ADJ", "ADV", "NOUN") and (low in EVALUATIVE or lemma in EVALUATIVE):
            cues.append((2.0 if tok.pos_ != "NOUN" else 1.5, f"evaluative word '{tok.text}'"))
        elif (low in FEELINGS or lemma in FEELINGS) and tok.pos_ in ("ADJ", "NOUN", "VERB") and not negated(tok) \
                and (inside(tok) or _reported(tok)):
            cues.append((2.0, f"feeling '{tok.text}'"))
        elif (low in LOADED or lemma in LOADED) and tok.pos_ in ("NOUN", "VERB", "ADJ"):
            cues.append((1.5, f"loaded word '{tok.text}'"))
        elif tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr") and abs(valence(low, lemma)) >= STRONG_VALENCE:
            cues.append((1.5, f"evaluative word '{tok.text}'"))
        elif tok.pos_ == "ADJ" and low in judging_adjectives() and not tok.ent_type_ and tok.dep_ != "compound":
            graded = any(c.dep_ == "advmod" and c.lower_ in INTENSIFIERS for c in tok.children)
            # "one of the most successful missions ever flown": a graded judgement is the writer's
            cues.append((JUDGING_ADJECTIVE_WEIGHT + (0.5 if graded else 0.0), f"judging adjective '{tok.text}'"))
        elif low in FIRST_PERSON and tok.pos_ == "PRON" and "first" not in seen and sent_has_belief(sent):
            # "I was born in 1990" reports a fact; "I think …" gives a view
            seen.add("first")
            cues.append((1.5 if inside(tok) else 2.0, "first-person belief"))
            continue
        else:
            continue
        seen.add(low)
    return cues


def _reported(tok) -> bool:
    """``tok`` lies in what someone is reported to say ("said he was worried
    that …"): a feeling the writer reports of others ("many residents are
    worried") is a fact about them."""
    return any(a.dep_ == "ccomp" and a.head.lemma_.lower() in SAY for a in tok.ancestors)


def _judging_stance(sent: Span, attributions, number: int) -> tuple[float, str]:
    """An attribution in the sentence whose *content* takes a position: the
    words themselves judge.  A stance carried by the cue verb alone ("X
    denied the report") is a fact about the statement, and so is an act the
    content announces ("said they would appeal", basis ``act:``); a
    content that supports is weaker evidence (thanks and plans are no views),
    and so is one that denies ("I had no knowledge of it" states a fact,
    true or not)."""
    for a in _in_sentence(sent, attributions, number):
        if a.stance in EVALUATIVE_STANCES and any(not b.startswith(("cue:", "act:")) for b in a.basis):
            return (1.0 if a.stance in ("supports", "denies") else 2.0), f"judging content ({a.holder} {a.stance})"
    return 0.0, ""


def _calls_something(sent: Span) -> str:
    """'called the plan "a disaster"', "described the deal as a sign of hope":
    a verb of calling whose complement is a description, not a name ("a user
    called Anon"), nor "called for" or "called on" someone."""
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in EVALUATING:
            continue
        if any(c.dep_ in ("prt", "prep") and c.lower_ in ("for", "on", "off", "up", "in") for c in tok.children):
            continue
        for c in tok.children:
            desc = c
            if c.dep_ == "prep" and c.lower_ == "as":
                desc = next((g for g in c.children if g.dep_ == "pobj"), None)
            elif c.dep_ == "dobj":  # 'called the plan "a disaster"' parsed as an apposition
                desc = next((g for g in c.children if g.dep_ == "appos"), None)
            elif c.dep_ not in ("oprd", "ccomp", "xcomp"):
                continue
            if desc is not None and desc.pos_ in ("NOUN", "ADJ") and desc.i > tok.i:
                return desc.text
    return ""


def _in_sentence(sent: Span, attributions, number: int) -> list:
    """The attributions of paragraph ``number`` that overlap ``sent``."""
    return [a for a in attributions
            if a.paragraph == number and a.start < sent.end_char and sent.start_char < a.end]


def _warning(sent: Span, attributions, number: int) -> bool:
    return any(a.stance == "warns" for a in _in_sentence(sent, attributions, number))


def _attributed(sent: Span, attributions, number: int) -> bool:
    return bool(_in_sentence(sent, attributions, number))


def sent_has_belief(sent: Span) -> bool:
    return any(t.lemma_.lower() in BELIEF_VERBS for t in sent)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _in_embedded_question(sent, char: int) -> bool:
    """The modal at ``char`` belongs to a clause opened by a wh-word or
    "whether" ("what should come next", "how Dengvaxia should be used",
    "whether other countries should recognise it")."""
    tok = next((t for t in sent if t.idx == char), None)
    if tok is None:
        return False
    verb = tok.head
    return verb.dep_ not in ("ROOT",) and any((t.tag_ in ("WDT", "WP", "WRB") or t.lower_ == "whether") and t.i < tok.i
                                              for t in verb.subtree)
