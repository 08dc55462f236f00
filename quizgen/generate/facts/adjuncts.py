"""Keys of prepositional phrases: when ("on Monday", "since 2019"), where
("to Vladivostok"), how many ("with 50 counts") and with whom or what ("met
with union leaders"), with the phrases not to ask (a duration, a limit, a
date that belongs to an event, a person the tagger took for a place)."""
from __future__ import annotations

from spacy.tokens import Token

from ...lexicons.events import HAPPENING_NOUNS
from ...lexicons.places import PLACE_NOUNS, PLACE_PREPS
from ...lexicons.quantities import DURATION_UNITS, TIME_NOUNS, TIME_PREPS
from ..context import NUMBER_LABELS, Context, phrase_text, phrase_tokens
from .amounts import number_wh
from .answers import answer_for, cut_number_tail
from .keys import Answer, label_of
from .key_cuts import core_phrase
from .words import PERSON_NOUNS, STRAND_PREPS, SUPPLYING

def _names_a_person(ctx: Context, tokens: list[Token]) -> bool:
    """A person noun in the phrase, or a last word the article tags as a person's name."""
    last = tokens[-1].text if tokens else ""
    return any(t.lemma_.lower() in PERSON_NOUNS for t in tokens) or bool(last) and any(
        m.label == "PERSON" and m.text.split()[-1] == last for m in ctx.mentions)


def _time_answer(tokens: list[Token], text: str, label: str, p: str) -> tuple[Answer, bool] | None:
    """"on Monday", "since 2019" ("Since when …?"); not a duration ("in four hours"),
    nor a limit ("until 2007", "by 2030": "When had a handful been recorded?" keyed
    2007 says the opposite of the article)."""
    if p in {"until", "till", "by", "before", "after"}:
        return None
    ids = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), None)
    if head is not None and head.pos_ == "NOUN" and not head.ent_type_ and head.lower_ not in TIME_NOUNS:
        return None  # "in the June 14 runoff": an event with its date, asked "In which vote …", not "When" for t in tokens) and p not in {"on", "in", "since"}:
        return None
    if p == "in" and any(t.lower_ in DURATION_UNITS for t in tokens) and any(t.like_num for t in tokens) \
            and not any(t.dep_ == "det" for t in tokens):
        return None  # "collected 2 tonnes in four hours": how long it took, not when
    return Answer(tokens, text, label, "Since when" if p == "since" else "When"), False


def _place_answer(ctx: Context, pobj: Token, tokens: list[Token], label: str | None,
                  p: str) -> tuple[Answer, bool] | None:
    """"to Vladivostok from Hamhung": the first place phrase, without the second;
    never a person the tagger took for a place ("conceded defeat to opposition
    candidate Muhammadu Buhari")."""
    if _names_a_person(ctx, tokens):
        return None
    cut = {t.i for c in pobj.children if c.dep_ == "prep" and c.i > pobj.i and c.lower_ in PLACE_PREPS
           for t in c.subtree}
    place = [t for t in tokens if t.i not in cut]
    while place and place[-1].is_punct:
        place.pop()
    place_label = label_of(place, ctx) or ("FAC" if pobj.lemma_.lower() in PLACE_NOUNS
                                            and any(t.pos_ == "PROPN" for t in place) else None)
    if cut and place and place_label in {"GPE", "LOC", "FAC"}:
        return Answer(place, phrase_text(ctx, place), place_label, "Where", keep=cut), p in {"to", "from"}
    if label in {"GPE", "LOC", "FAC"}:
        return Answer(tokens, phrase_text(ctx, tokens), label, "Where"), p in {"to", "from"}
    return None


_BARE_TIME_NOUNS = TIME_NOUNS | {"moment", "hour"}  # pinned by a clause, not a date ("the day the cracks appeared")


def _after_an_event(prep: Token) -> bool:
    """A date at the end of the clause, right after a phrase naming an event
    ("over the attacks on the mosque on March 15"): the parser hangs it on
    the verb, but it may date the event instead."""
    verb = prep.head
    between = [c for c in verb.children if c.dep_ == "prep" and c.i < prep.i]
    if not between:
        return False
    last = max(between, key=lambda c: c.i)
    if max(t.i for t in last.subtree) + 1 != prep.i:
        return False  # something else stands between them
    return any(t.lemma_.lower() in HAPPENING_NOUNS for t in last.subtree if t.dep_ == "pobj")


def prep_answer(ctx: Context, prep: Token) -> tuple[Answer, bool] | None:
    """Time, place and number phrases under a preposition: (answer, strand the preposition)."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    tokens = phrase_tokens(pobj, keep_conj=True, max_words=8)
    if tokens is None and any(c.dep_ == "conj" for c in pobj.children):
        return None  # "at Barham Park, Cricklewood, … and Tokyngton": the first of a long list is no key (panel 77)
    tokens = tokens or core_phrase(pobj)
    if tokens is None:
        return None
    kept = {t.i for t in tokens}
    if any(c.dep_ in {"relcl", "acl"} and c.i not in kept for c in pobj.children):
        return None  # "on the day the cracks appeared": "the day" alone, its clause stranded in the stem
    after = pobj.doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(pobj.doc) else None
    if pobj.lemma_.lower() in _BARE_TIME_NOUNS and after is not None and after.pos_ in {"DET", "NOUN", "PRON", "PROPN"}:
        return None  # the parse hung the clause elsewhere; "the day" is no date to ask for
    label = label_of(tokens, ctx)
    if label in {"GPE", "LOC", "FAC"} and not pobj.ent_type_ and pobj.pos_ == "NOUN":
        label = None  # "to United States senators": people, not a place
    p = prep.lower_
    if label in {"DATE", "TIME"} and p in TIME_PREPS:
        if _after_an_event(prep):
            return None  # "charged … over the attacks on the mosque on March 15": the attacks' date, maybe
        return _time_answer(tokens, phrase_text(ctx, tokens), label, p)
    if label in {None, "ORG"} and p in PLACE_PREPS and pobj.lemma_.lower() in PLACE_NOUNS and \
            any(t.pos_ == "PROPN" for t in tokens):
        label = "FAC"  # "into Mecca's Grand Mosque", "at the Metro Convention Centre": a named place
    if p in PLACE_PREPS:
        found = _place_answer(ctx, pobj, tokens, label, p)
        if found is not None:
            return found
    if label in NUMBER_LABELS or any(t.like_num and t.i <= pobj.i for t in tokens):
        wh = number_wh(pobj, tokens, label)
        if wh and label not in {"DATE", "TIME"}:
            how = wh[0].lower() + wh[1:]
            label = label if label in NUMBER_LABELS else "CARDINAL"
            tokens, keep = cut_number_tail(pobj, tokens)
            return Answer(tokens, phrase_text(ctx, tokens), label, f"{prep.text.capitalize()} {how}", keep), False
        return None
    if p in STRAND_PREPS:
        ans = answer_for(ctx, pobj, "pobj")
        nxt = pobj.doc[ans.tokens[-1].i + 1] if ans and ans.tokens[-1].i + 1 < len(pobj.doc) else None
        if nxt is not None and nxt.dep_ == "prep" and nxt.pos_ == "ADP" and any(
                c.dep_ == "pobj" and c.ent_type_ in {"GPE", "LOC", "FAC"} for c in nxt.children):
            return None  # "handed to a judge in Santiago": "Who … handed to in Santiago?" (panel 62)
        if ans and ans.wh == "What" and pobj.lower_ in DURATION_UNITS | TIME_NOUNS:
            return None  # "campaigned against it for months": "What … for? — months" (panel 93)
        if ans and ans.wh != "What" or (ans and (p in {"about", "for"} or p == "with" and _supplies(prep))):
            return ans, True
    return None


def _supplies(prep: Token) -> bool:
    """"supplied the village with medical equipment": "with" names what was given;
    without an object it is manner or company ("gathered with flags", "followed
    with passion"), and "What … with?" was kept 0 of 5 times (panels 16-46)."""
    verb = prep.head
    return verb.pos_ == "VERB" and (any(c.dep_ == "dobj" for c in verb.children) or verb.lemma_.lower() in SUPPLYING)
