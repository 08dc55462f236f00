"""Which names in an article can do things: options for a "Who …?" question.

Blind raters rejected "Who first proposed the line?" offering a station and a
town beside a party, and "Who said the tax was regressive?" offering two drink
brands and the tax itself: names the tagger calls organisations that never act
in the article. A name acts when the article makes it a speaker (an
attribution's holder), when its head noun can name a body of people ("the
Environment Agency", not "the Soft Drinks Industry Levy": a levy is a sum of
money), or when the article makes it the subject of an active verb ("the
British Geological Survey recorded it"; "the levy is paid by producers" does
not)."""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicons.vocabulary_senses import sense_info
from ..questions import normalize
from .context import Context, strip_det
from .kinds import head_noun

#: WordNet fields of a noun that can name those who act.
ACTING_FIELDS = frozenset({"noun.group", "noun.person"})
_SUBJECT_DEPS = frozenset({"nsubj"})
#: Verbs whose subject does nothing ("Lucozade and Ribena are among the brands").
LINKING_VERBS = frozenset("be become remain seem appear".split())


def _name_of(tok: Token) -> str:
    """The subject's name: its compounds and proper-noun modifiers with it."""
    left = min([c.i for c in tok.children if c.dep_ in {"compound", "amod"} and c.i < tok.i] + [tok.i])
    return normalize(strip_det(tok.doc[left:tok.i + 1].text))


def _acting_names(ctx: Context) -> tuple[set[str], set[str]]:
    holders = {normalize(strip_det(a.holder)) for a in ctx.attributions() if a.holder}
    subjects: set[str] = set()
    for info in ctx.sents:
        for tok in info.span:
            first = tok
            while first.dep_ == "conj" and first.head is not first:
                first = first.head  # "Anna Schmidt and Peter Novak visited …": both act
            if (first.dep_ in _SUBJECT_DEPS and first.head.lemma_ not in LINKING_VERBS
                    or first.dep_ == "pobj" and first.head.dep_ == "agent"):
                subjects.add(_name_of(tok))
    return holders, subjects


def _within(name: str, names: set[str]) -> bool:
    """``name`` is one of ``names`` or inside one ("jamie oliver" in "chef jamie
    oliver"); not the reverse: "levy" acting says nothing of "industry levy"."""
    return any(name == n or f" {name} " in f" {n} " for n in names if n)


def names_a_body(word: str) -> bool:
    """Whether a name's head word can name a body of people: WordNet gives it a
    group or person sense, or does not know it ("Levy" and "Act" cannot)."""
    fields = {info.field for info in sense_info(word, "NOUN")}
    return not fields or bool(fields & ACTING_FIELDS)


def can_act(ctx: Context, name: str, person: bool = False) -> bool:
    """Whether the article shows ``name`` as someone who acts (see the module
    doc); a ``person``'s name must speak or do something itself ("UC Browser",
    whose head word can name a person, and "Queen Elizabeth II", whom the
    voters would replace, do neither)."""
    holders, subjects = ctx.remembered(("acting_names",), lambda: _acting_names(ctx))
    n = normalize(strip_det(name))
    if not n:
        return False
    if person and _within(n, ctx.remembered(("the_dead",), lambda: _the_dead(ctx))):
        return False  # "Baha Mousa", who died in custody, offered as the one who spoke to the Commons (panel 83)
    if _within(n, holders):
        return True
    if not person and {info.field for info in sense_info(head_noun(name), "NOUN")} & ACTING_FIELDS:
        return True  # "the Environment Agency"; not "the Soft Drinks Industry Levy", a sum of money
    return _within(n, subjects)  # "the British Geological Survey recorded it"; not "Chesham"


#: Verbs and nouns that tell of a person's death ("died in custody", "was killed",
#: "the death of Baha Mousa"): such a person does nothing the article reports after.
_DYING_VERBS = frozenset({"die"})
_KILLING_VERBS = frozenset({"kill", "murder", "execute", "assassinate", "shoot"})
_DEATH_NOUNS = frozenset({"death", "killing", "murder", "execution", "assassination"})


def _the_dead(ctx: Context) -> set[str]:
    """Names of people the article tells died."""
    dead: set[str] = set()
    for info in ctx.sents:
        for tok in info.span:
            if tok.ent_type_ != "PERSON" or tok.dep_ == "compound":
                continue
            head = tok.head
            if tok.dep_ == "nsubj" and head.lemma_.lower() in _DYING_VERBS \
                    or tok.dep_ == "nsubjpass" and head.lemma_.lower() in _KILLING_VERBS \
                    or tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _DEATH_NOUNS:
                dead.add(_name_of(tok))
    return dead

