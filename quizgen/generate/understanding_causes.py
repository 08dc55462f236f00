"""Cause and effect from the links the article states itself.

Each rule is one dependency pattern (spaCy ``DependencyMatcher``) or token
pattern (``Matcher``) plus one builder; the table :data:`RULES` maps the
rule's name to both, and a rule's place in the table decides nothing.

* ``because`` — "<effect> because <cause>": "According to paragraph N, what
  is the reason for this: “<effect>”?", keyed with the cause clause.
* ``after`` — "<effect> after <event>": "According to paragraph N, what
  happened before this: “<effect>”?", keyed with the earlier event (the
  article links them in time, the stem claims no more).
* ``as_a_result`` — "As a result, <effect>." after a sentence stating the
  cause: the "reason" stem, keyed with the previous sentence's clause.
* ``after_event`` — "<effect> after/following <event>": the "before this"
  stem, keyed with the event noun phrase.
* ``because_of`` — "<effect> because of / due to <reason>": the "reason" stem,
  keyed with the reason noun phrase.
* ``participle`` — "<cause> hit Chile, triggering <effect>": "According to
  paragraph N, what triggered <effect>?", keyed with the main clause's subject.
* ``led_to`` / ``resulted_in`` / ``caused`` — "<cause> led to <effect>":
  "According to paragraph N, what led to <effect>?", keyed with the cause
  noun phrase.

Wrong options are of the key's form, taken from the article: other clauses
(the main clauses of other sentences) for a clause, other noun phrases that
name events ("the closure", "a strike"; not "the land", "a trophy") for a
noun phrase; none shares most of its words with the key or the effect.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Callable

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Token

from ..lexicons.events import HAPPENING_NOUNS, names_happening
from ..lexicons.speech import SAYING
from ..lexicons.vocabulary_senses import field_of
from ..questions import Question, normalize
from .context import Context, SentInfo
from .records import make
from .stated import hypothetical, said

_CLAUSE_WORDS = (4, 20)
_PHRASE_WORDS = (2, 10)
_SUBJECTS = {"nsubj", "nsubjpass"}
_DROP_FROM_CLAUSE = {"advcl", "parataxis", "ccomp", "punct"}
_PRONOUNS = {"he", "she", "it", "they", "this", "that", "these", "those", "we", "i", "you", "there",
             "him", "her", "them", "its", "their", "his", "which", "who", "whom", "whose", "what"}
#: A clause whose verb needs a complement that would be cut ("X stated").
_NEEDS_COMPLEMENT = {"ccomp", "xcomp"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


def _advcl_pattern(markers: list[str]) -> list[dict]:
    return [
        {"RIGHT_ID": "effect", "RIGHT_ATTRS": {"POS": {"IN": ["VERB", "AUX"]}}},
        {"LEFT_ID": "effect", "REL_OP": ">", "RIGHT_ID": "cause", "RIGHT_ATTRS": {"DEP": "advcl"}},
        {"LEFT_ID": "cause", "REL_OP": ">", "RIGHT_ID": "marker",
         "RIGHT_ATTRS": {"DEP": "mark", "LOWER": {"IN": markers}}},
    ]


def _verb_prep_pattern(lemma: str, prep: str) -> list[dict]:
    return [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": lemma, "POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "cause", "RIGHT_ATTRS": {"DEP": "nsubj"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "prep", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": prep}},
        {"LEFT_ID": "prep", "REL_OP": ">", "RIGHT_ID": "effect", "RIGHT_ATTRS": {"DEP": "pobj"}},
    ]


def _prep_pattern(preps: list[str]) -> list[dict]:
    """"<effect clause> after/following <event noun phrase>"."""
    return [
        {"RIGHT_ID": "effect", "RIGHT_ATTRS": {"POS": {"IN": ["VERB", "AUX"]}}},
        {"LEFT_ID": "effect", "REL_OP": ">", "RIGHT_ID": "prep",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": preps}}},
        {"LEFT_ID": "prep", "REL_OP": ">", "RIGHT_ID": "cause", "RIGHT_ATTRS": {"DEP": "pobj", "POS": "NOUN"}},
    ]


#: "because of <noun phrase>", "due to <noun phrase>" (spaCy attaches the
#: second word to the first, so a token pattern finds them).
_BECAUSE_OF = [{"LOWER": {"IN": ["because", "due"]}}, {"LOWER": {"IN": ["of", "to"]}}, {"IS_PUNCT": False}]
_CAUSED = [
    {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "cause", "POS": "VERB"}},
    {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "cause", "RIGHT_ATTRS": {"DEP": "nsubj"}},
    {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "effect", "RIGHT_ATTRS": {"DEP": "dobj"}},
]
#: "<cause> caused <something> to <happen>" parsed with the infinitive as the verb's complement.
_CAUSED_CLAUSE = [
    {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "cause", "POS": "VERB"}},
    {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "cause", "RIGHT_ATTRS": {"DEP": "nsubj"}},
    {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "complement",
     "RIGHT_ATTRS": {"DEP": {"IN": ["ccomp", "xcomp"]}, "POS": "VERB"}},
    {"LEFT_ID": "complement", "REL_OP": ">", "RIGHT_ID": "effect", "RIGHT_ATTRS": {"DEP": "nsubj"}},
]
#: "<clause>, triggering / sparking / prompting / causing <effect>".
_PARTICIPLE = [
    {"RIGHT_ID": "head", "RIGHT_ATTRS": {"POS": "VERB"}},
    {"LEFT_ID": "head", "REL_OP": ">", "RIGHT_ID": "verb",
     "RIGHT_ATTRS": {"TAG": "VBG", "DEP": {"IN": ["advcl", "xcomp", "conj"]},
                     "LEMMA": {"IN": ["trigger", "spark", "prompt", "cause"]}}},
    {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "effect", "RIGHT_ATTRS": {"DEP": "dobj"}},
]
#: "As a result, …" opening a sentence (not "as a result of …").
_AS_A_RESULT = [{"LOWER": "as", "IS_SENT_START": True}, {"LOWER": "a"}, {"LOWER": {"IN": ["result", "consequence"]}},
                {"LOWER": {"NOT_IN": ["of"]}}]


@dataclass(frozen=True)
class Link:
    """One stated link: the effect, the cause and what form they take."""
    rule: str
    info: SentInfo
    effect: str
    cause: str
    #: "clause" or "phrase" (the key's form, which the wrong options share).
    form: str
    cause_info: SentInfo | None = None


# --------------------------------------------------------------------------- text

def clause_text(ctx: Context, verb: Token, drop: set[int] | None = None) -> str | None:
    """The clause headed by ``verb`` as the article writes it, without its
    subordinate clauses, quotes or the tokens in ``drop``; None unless it
    opens with a subject that is not a pronoun and has a readable length."""
    skip = set(drop or ())
    for child in verb.children:
        if child.dep_ in _DROP_FROM_CLAUSE and child.i > verb.i or child.dep_ in ("advcl", "parataxis"):
            skip |= {t.i for t in child.subtree}
    tokens = [t for t in verb.subtree if t.i not in skip]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("cc", "mark") or
                      tokens[0].dep_ == "advmod" and tokens[0].i < verb.i and tokens[0].head.i == verb.i):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    if not tokens or not any(t.dep_ in _SUBJECTS and t.head.i == verb.i for t in tokens):
        return None
    if any(c.dep_ in _NEEDS_COMPLEMENT and c.i in skip for c in verb.children):
        return None
    if verb.tag_ not in _FINITE and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE
                                            for c in verb.children):
        return None  # "the plans put in place": no finite verb, no clause
    first = tokens[0]
    if first.lower_ in _PRONOUNS or first.dep_ not in _SUBJECTS and not _in_subject(first, verb):
        return None
    text = ctx.text_of(tokens)
    if not _CLAUSE_WORDS[0] <= len(text.split()) <= _CLAUSE_WORDS[1] or re.search(r"[\"\u201c\u201d]", text):
        return None
    return _cap(text)


def _in_subject(tok: Token, verb: Token) -> bool:
    return any(tok.i in {t.i for t in c.subtree} for c in verb.children if c.dep_ in _SUBJECTS)


#: Semantic fields of nouns naming events, actions and states: what can cause
#: or follow something ("the attack", "fears", "savings"), not a time, a
#: person or a thing.
EVENT_FIELDS = frozenset({"noun.act", "noun.event", "noun.phenomenon", "noun.process", "noun.state",
                          "noun.feeling", "noun.communication", "noun.possession"})


def eventive(head: Token) -> bool:
    return field_of(head.lemma_.lower(), "NOUN") in EVENT_FIELDS


#: Words that tie a phrase to its sentence or its speaker ("these concerns",
#: "your recovery", "in order to").
_NOT_IN_OPTION = {"this", "these", "those", "that", "latter", "former", "same", "your", "our", "my", "order"}


def _quoted(tok: Token) -> bool:
    """Whether ``tok`` stands inside quotation marks in its sentence."""
    before = tok.doc[tok.sent.start:tok.i].text
    return (before.count('"') + before.count("\u201c") - before.count("\u201d")) % 2 == 1


def phrase_text(ctx: Context, head: Token) -> str | None:
    """The noun phrase headed by ``head`` naming an event, action or state
    (not a name, a pronoun, a time or a thing), without demonstratives."""
    sub = list(head.subtree)
    tokens = [t for t in sub if not t.is_punct or sub[0].i < t.i < sub[-1].i]
    if not tokens or head.lower_ in _PRONOUNS or head.pos_ != "NOUN" or head.ent_type_ in _NAME_LABELS \
            or not eventive(head) or any(t.lower_ in _NOT_IN_OPTION for t in tokens) or _quoted(head):
        return None
    text = ctx.text_of(tokens)
    if not _PHRASE_WORDS[0] <= len(text.split()) <= _PHRASE_WORDS[1] or re.search(r"[\"\u201c\u201d]", text):
        return None
    return text


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(text: str, tok: Token) -> str:
    """Lower-case the first letter unless it starts a name."""
    return text if tok.ent_type_ or tok.pos_ == "PROPN" else text[:1].lower() + text[1:]


# --------------------------------------------------------------------------- rules

#: A second link inside the effect would make the stem ambiguous.
_LINK_WORDS = re.compile(r"\b(?:because|due to|after|following|as a result|since)\b", re.IGNORECASE)


def _advcl_link(rule: str) -> Callable:
    def build(ctx: Context, info: SentInfo, match: dict[str, Token]) -> Link | None:
        effect_verb, cause_verb, marker = match["effect"], match["cause"], match["marker"]
        cause = clause_text(ctx, cause_verb, {marker.i})
        effect = clause_text(ctx, effect_verb, {t.i for t in cause_verb.subtree})
        if cause is None or effect is None or _LINK_WORDS.search(effect):
            return None
        return Link(rule, info, effect, cause, "clause")
    return build


def effect_text(ctx: Context, head: Token, verb: Token | None = None) -> str | None:
    """What was caused: the noun phrase ``head`` (not a pronoun), with the
    verb's infinitive when it has one ("a crane to fall into the mosque")."""
    if head.lower_ in _PRONOUNS or head.pos_ not in ("NOUN", "PROPN") or _quoted(head):
        return None
    tokens = list(head.subtree)
    if verb is not None:
        tokens += [t for c in verb.children if c.dep_ == "xcomp" and c.i > head.i for t in c.subtree]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    text = ctx.text_of(tokens)
    if not _PHRASE_WORDS[0] <= len(text.split()) <= 16 or re.search(r"[\"\u201c\u201d]", text):
        return None
    return _lower_first(text, tokens[0])


def _phrase_link(rule: str) -> Callable:
    def build(ctx: Context, info: SentInfo, match: dict[str, Token]) -> Link | None:
        verb = match.get("verb")
        cause, effect = phrase_text(ctx, match["cause"]), effect_text(ctx, match["effect"], verb)
        if cause is None or effect is None:
            return None
        return Link(rule, info, effect, _cap(cause), "phrase")
    return build


def _caused_clause(ctx: Context, info: SentInfo, match: dict[str, Token]) -> Link | None:
    """"<cause> caused <something> to <happen>": the whole infinitive clause is the effect."""
    cause = phrase_text(ctx, match["cause"])
    tokens = [t for t in match["complement"].subtree]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    effect = ctx.text_of(tokens) if tokens and tokens[0].lower_ not in _PRONOUNS else None
    if cause is None or not effect or not _PHRASE_WORDS[0] <= len(effect.split()) <= 16 or \
            re.search(r"[\"\u201c\u201d]", effect):
        return None
    return Link("caused", info, _lower_first(effect, tokens[0]), _cap(cause), "phrase")


def _participle_link(ctx: Context, info: SentInfo, match: dict[str, Token]) -> Link | None:
    """"<cause> hit Chile, triggering <effect>": the subject of the main
    clause set off what the participle names (not after a passive verb,
    whose subject suffered the event rather than caused it)."""
    head, verb = match["head"], match["verb"]
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    cause, effect = phrase_text(ctx, subjects[0]), effect_text(ctx, match["effect"], verb)
    if cause is None or effect is None:
        return None
    return Link(f"participle_{verb.lemma_.lower()}", info, effect, _cap(cause), "phrase")


def _event_after(ctx: Context, info: SentInfo, match: dict[str, Token]) -> Link | None:
    """"<effect> after/following <event>": the event noun phrase is the key."""
    effect_verb, prep = match["effect"], match["prep"]
    cause = phrase_text(ctx, match["cause"])
    effect = clause_text(ctx, effect_verb, {t.i for t in prep.subtree})
    if cause is None or effect is None or _LINK_WORDS.search(effect):
        return None
    return Link("after_event", info, effect, _cap(cause), "phrase")


def _because_of(ctx: Context, info: SentInfo, match: dict[str, Token]) -> Link | None:
    """"<effect> because of / due to <reason>": the reason noun phrase is the key."""
    first = match["start"]
    second = first.doc[first.i + 1]
    objects = [t for t in second.children if t.dep_ == "pobj"] or \
              [t for t in first.children if t.dep_ == "pobj"]
    verb = first
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if not objects or verb.pos_ not in ("VERB", "AUX"):
        return None
    cause = phrase_text(ctx, objects[0])
    effect = clause_text(ctx, verb, {t.i for t in first.subtree} | {first.i, second.i} |
                         {t.i for t in objects[0].subtree})
    if cause is None or effect is None or _LINK_WORDS.search(effect):
        return None
    return Link("because_of", info, effect, _cap(cause), "phrase")


def _as_a_result(ctx: Context, info: SentInfo, match: dict[str, Token]) -> Link | None:
    if info.index == 0 or ctx.sents[info.index - 1].paragraph != info.paragraph:
        return None
    before = ctx.sents[info.index - 1]
    effect = clause_text(ctx, info.span.root, {t.i for t in info.span[:3]})
    cause = clause_text(ctx, before.span.root)
    if cause is None or effect is None:
        return None
    return Link("as_a_result", info, effect, cause, "clause", cause_info=before)


@dataclass(frozen=True)
class Rule:
    patterns: list
    build: Callable
    dependency: bool = True


RULES: dict[str, Rule] = {
    "because": Rule([_advcl_pattern(["because"])], _advcl_link("because")),
    "after": Rule([_advcl_pattern(["after"])], _advcl_link("after")),
    "led_to": Rule([_verb_prep_pattern("lead", "to")], _phrase_link("led_to")),
    "resulted_in": Rule([_verb_prep_pattern("result", "in")], _phrase_link("resulted_in")),
    "caused": Rule([_CAUSED], _phrase_link("caused")),
    "participle": Rule([_PARTICIPLE], _participle_link),
    "caused_clause": Rule([_CAUSED_CLAUSE], _caused_clause),
    "as_a_result": Rule([_AS_A_RESULT], _as_a_result, dependency=False),
    "after_event": Rule([_prep_pattern(["after", "following"])], _event_after),
    "because_of": Rule([_BECAUSE_OF], _because_of, dependency=False),
}

_MATCHERS: dict[int, tuple[DependencyMatcher, Matcher]] = {}


def _matchers(vocab) -> tuple[DependencyMatcher, Matcher]:
    """The rule table compiled once per vocabulary."""
    if id(vocab) not in _MATCHERS:
        dep, tok = DependencyMatcher(vocab), Matcher(vocab)
        for name, rule in RULES.items():
            (dep if rule.dependency else tok).add(name, rule.patterns)
        _MATCHERS[id(vocab)] = (dep, tok)
    return _MATCHERS[id(vocab)]


def find_links(ctx: Context) -> list[Link]:
    """Every stated cause-and-effect link of the article, in text order."""
    links: list[Link] = []
    by_doc: dict[int, list[SentInfo]] = {}
    for info in ctx.sents:
        by_doc.setdefault(id(info.span.doc), []).append(info)
    for infos in by_doc.values():
        doc = infos[0].span.doc
        dep, tok = _matchers(doc.vocab)
        found = [(doc.vocab.strings[m], ids) for m, ids in dep(doc)]
        found += [(doc.vocab.strings[m], [start]) for m, start, _ in tok(doc)]
        for name, ids in found:
            rule = RULES[name]
            info = next((i for i in infos if i.span.start <= ids[0] < i.span.end), None)
            if info is None or hypothetical(info) or any(said(doc[i]) for i in ids):
                continue
            if rule.dependency:
                match = {p["RIGHT_ID"]: doc[i] for p, i in zip(rule.patterns[0], ids)}
            else:
                match = {"start": doc[ids[0]]}
            link = rule.build(ctx, info, match)
            if link is not None:
                links.append(link)
    links.sort(key=lambda link: link.info.index)
    return links


# --------------------------------------------------------------------------- options

def _words(text: str) -> set[str]:
    """Content words compared by their first five letters ("pilgrimage" = "pilgrimages")."""
    return {w[:5] for w in normalize(text).split() if len(w) > 3}


def _close(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) > 0.5


def clause_options(ctx: Context, link: Link, others: list[Link] = ()) -> list[str]:
    """Causes the article gives for other things first (each a cause, so a
    student must match it to this effect), then main clauses of other
    sentences that state events (true events of the article, not reports of
    what someone said)."""
    used = {link.info.index, link.cause_info.index if link.cause_info else -1}
    out = [o.cause for o in others if o.form == "clause" and o is not link and o.info.index not in used
           and not _close(o.cause, link.cause) and not _close(o.cause, link.effect)]
    for info in ctx.sents:
        if info.index in used or info.span.root.lemma_.lower() in SAYING or said(info.span.root):
            continue
        text = clause_text(ctx, info.span.root)
        if text and not _close(text, link.cause) and not _close(text, link.effect):
            out.append(text)
    return out


def phrase_options(ctx: Context, link: Link) -> list[str]:
    """Events, actions and states the article names elsewhere (subjects,
    objects and objects of prepositions of other sentences)."""
    out = []
    for info in ctx.sents:
        if info.index == link.info.index:
            continue
        for t in info.span:
            if t.dep_ in _SUBJECTS | {"dobj", "pobj"} and len(list(t.subtree)) >= 2 and _names_event(t):
                text = phrase_text(ctx, t)
                if text and not _words(text) & _words(link.cause) and not _close(text, link.effect):
                    out.append(_cap(text))  # no word of the key: "the initial earthquake" is the same quake
    return out


def _names_event(head) -> bool:
    """"the killing", "a decision", "the collapse": a noun phrase that names
    something that happens (not "the land", "a trophy", "his time"), so it
    can stand beside a cause as a wrong option."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or not names_happening(lemma):
        return False
    # an event by its ending only with its participant ("the closure of the mine"): "proper
    # permission" and "the agreement" read as things, not as something that happened (panel 11)
    return lemma in HAPPENING_NOUNS or any(c.dep_ == "prep" and c.lower_ in ("of", "to", "on", "against", "by")
                                           for c in head.children)


_STEMS = {
    "because": "According to paragraph {p}, what is the reason for this: \u201c{effect}\u201d?",
    "as_a_result": "According to paragraph {p}, what is the reason for this: \u201c{effect}\u201d?",
    "after": "According to paragraph {p}, what happened before this: \u201c{effect}\u201d?",
    "after_event": "According to paragraph {p}, what happened before this: \u201c{effect}\u201d?",
    "because_of": "According to paragraph {p}, what is the reason for this: \u201c{effect}\u201d?",
    "led_to": "According to paragraph {p}, what led to {effect}?",
    "resulted_in": "According to paragraph {p}, what resulted in {effect}?",
    "caused": "According to paragraph {p}, what caused {effect}?",
    "participle_trigger": "According to paragraph {p}, what triggered {effect}?",
    "participle_spark": "According to paragraph {p}, what sparked {effect}?",
    "participle_prompt": "According to paragraph {p}, what prompted {effect}?",
    "participle_cause": "According to paragraph {p}, what caused {effect}?",
}
#: The rules of this module: each a cause-and-effect item with its own stem.
CAUSE_RULES = frozenset(_STEMS)


#: Rules whose stem quotes the effect clause.
_CLAUSE_STEMS = {"because", "as_a_result", "after", "after_event", "because_of"}


def cause_effect(ctx: Context, rng: random.Random) -> list[Question]:
    out = []
    links = find_links(ctx)
    for link in links:
        pool = clause_options(ctx, link, links) if link.form == "clause" else phrase_options(ctx, link)
        wrong = _spread(pool, link.cause)
        if len(wrong) < 3:
            continue
        choices = [link.cause] + wrong
        rng.shuffle(choices)
        effect = link.effect.rstrip(".") if link.rule in _CLAUSE_STEMS else link.effect
        prompt = _STEMS[link.rule].format(p=link.info.paragraph + 1, effect=effect)
        infos = [link.info] + ([link.cause_info] if link.cause_info else [])
        out.append(make(ctx, infos, type="multiple_choice", skill="inference", prompt=prompt,
                        answer=link.cause, choices=choices, rule=link.rule, score=1.5,
                        explanation=f"The article links them: \u201c{link.info.sentence.text}\u201d",
                        key_norm=f"understanding:cause:{normalize(link.cause)}"))
    return out


def _spread(pool: list[str], key: str, n: int = 3) -> list[str]:
    """``n`` options close to the key's length, no two alike, one not shorter."""
    seen: list[str] = []
    for text in sorted(dict.fromkeys(pool), key=lambda t: abs(len(t) - len(key))):
        if len(seen) >= n:
            break
        if any(_close(text, s) for s in seen) or normalize(text) == normalize(key):
            continue
        if len(seen) == n - 1 and not any(len(s) >= len(key) for s in seen) and len(text) < len(key):
            continue
        seen.append(text)
    return seen
