"""One answer-type model for every family: what kind of thing a key is, and
which wrong options may stand beside it.

A :class:`Kind` is the key's *kind* (person, organisation, group, place,
time, quantity, event, work, thing), its *level* (a country beside
countries, a city beside cities; a year beside years, a weekday beside
weekdays; 300 boats beside other numbers of boats; a news outlet beside news
outlets) and its *form* (a full name beside full names, a surname beside
surnames; "the …" beside "the …", a capitalised phrase beside capitalised
ones).  :func:`fits` says whether an option may stand beside a key, and
:func:`wh_fits` whether a question word may ask for it.  Facts, cloze and
the quality checks all use this one model.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from lemminflect import getAllLemmas
from spacy.tokens import Token

from ..lexicons.organisations import MEDIA_NAME_WORDS, MEDIA_NOUNS, PUBLIC_BODY_WORDS
from ..lexicons.people import (
    AGENT_SUFFIX,
    BODY_OR_PERSON_NOUNS,
    INSTITUTION_NOUNS,
    NAME_TITLES,
    NOT_PERSON,
    PERSON_NOUNS,
    names_person,
)
from ..lexicons.places import ADMINISTRATIVE_AREAS, CELESTIAL_BODIES, PLACE_NOUNS, is_capital, place_level
from ..lexicons.quantities import TIME_NOUNS
from ..questions import normalize
from .context import Context, strip_det
from .name_labels import labels_by_apposition, unattested_places

KIND_BY_LABEL = {"PERSON": "person", "ORG": "organisation", "NORP": "group", "GPE": "place", "LOC": "place",
                 "FAC": "place", "DATE": "time", "TIME": "time", "CARDINAL": "quantity", "MONEY": "quantity",
                 "PERCENT": "quantity", "QUANTITY": "quantity", "ORDINAL": "rank", "EVENT": "event",
                 "WORK_OF_ART": "work", "PRODUCT": "work", "LAW": "work", "LANGUAGE": "language"}
#: Head nouns of named texts that bind ("the Olympic Charter", "the Kyoto Protocol").
LEGAL_TEXTS = frozenset("charter treaty constitution act accord accords protocol declaration code amendment "
                        "statute directive law rule regulation".split())
#: What each question word may ask for.
_WHO = {"person", "organisation", "group", "people", "body"}
WH_KINDS = {"who": _WHO, "whom": _WHO,
            "where": {"place"}, "when": {"time"}, "how many": {"quantity"}, "how much": {"quantity"},
            "what percentage": {"quantity"}, "how far": {"quantity"}, "how long": {"time", "quantity"},
            "how often": {"time"}, "since when": {"time"}}
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = re.compile(r"\b(?:" + "|".join(_MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\b")
_YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")
_DECADE = re.compile(r"\b(?:1[5-9]\d0|20\d0)s\b|\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m|p\.m|am|pm)\b|"
                    r"\b(?:utc|gmt|noon|midnight|o'clock)\b")
_RELATIVE = re.compile(r"\b(?:yesterday|today|tonight|tomorrow|recently|ago|earlier|later|last|this|next|"
                       r"now|currently|previously|soon)\b")
_DURATION = re.compile(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"a few|several|a|an)\s+(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|"
                       r"years?|decades?|centuries)\b")
_SEASON = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\b")
_DAY_NUMBER = re.compile(r"\b(?:[12]?\d|3[01])(?:st|nd|rd|th)?\b")
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                     r"forty|fifty|hundred|thousand|million|billion|dozen|half)\b")
_HEDGES = {"about", "around", "approximately", "nearly", "almost", "over", "under", "more", "less", "than",
           "some", "up", "to", "at", "least", "most", "just", "only", "roughly", "as", "many", "much", "the",
           "a", "an", "of", "between", "and", "or", "estimated", "an estimated", "fewer"}
_CURRENCY = re.compile(r"[$€£¥]|\b(?:dollars?|euros?|pounds?|yen|yuan|won|rupees?|pesos?|francs?|usd|eur|gbp)\b")
_CUT_WORDS = {"of", "for", "in", "on", "at", "with", "from", "to", "by", "that", "which", "who", "about", "into",
              "including", "after", "before", "during", "since", "near", "under", "over", "between"}


@dataclass(frozen=True)
class Kind:
    kind: str
    level: str = ""
    form: str = ""


def time_level(text: str) -> str:
    """How precise a time is: clock, date, weekday, month, year, decade, season, relative."""
    t = normalize(text) if text else ""
    low = text.lower()
    if _CLOCK.search(low):
        return "clock"
    month, year = _MONTH.search(t), _YEAR.search(t)
    if month and _DAY_NUMBER.search(_YEAR.sub(" ", t)):
        return "date"
    if _WEEKDAY.search(t):
        return "weekday"
    if month:
        return "month"
    if _DECADE.search(t):
        return "decade"
    if _SEASON.search(t) and not _RELATIVE.search(t):
        return "season"
    if year and not _RELATIVE.search(t):
        return "year"
    if _RELATIVE.search(t):
        return "relative"
    return "other"


def quantity_unit(text: str, label: str | None = None) -> str:
    """What an amount counts: "boat" for "about 300 boats", "money", "percent", "count"."""
    low = text.lower()
    if label == "PERCENT" or "%" in low or "percent" in low or "per cent" in low:
        return "percent"
    if label == "MONEY" or _CURRENCY.search(low):
        return "money"
    words = [w for w in re.findall(r"[a-z][a-z'-]*", low) if w not in _HEDGES and not _NUMBER.fullmatch(w)]
    words = [w for w in words if not re.fullmatch(r"(?:hundred|thousand|million|billion|trillion|dozen)s?", w)]
    if not words:
        return "count"
    head = words[-1] if not any(w in _CUT_WORDS for w in words) else words[0]
    return noun_lemma(head)


def _participle(word: str) -> bool:
    """"labelled", "living": a participle after the head noun ("a user labelled X")."""
    return word.endswith(("ed", "ing")) and set(getAllLemmas(word)) == {"VERB"}


def noun_lemma(word: str) -> str:
    lemmas = getAllLemmas(word.lower()).get("NOUN")
    return lemmas[0] if lemmas else word.lower()


_TRAILING_BRACKETS = re.compile(r"\s*\([^()]*\)$")


def plain_key(key: str, options: list[str], label: str | None = None) -> str:
    """The key in the options' own form, so its shape gives nothing away: a
    trailing bracket ("Patrick Kennedy (RI-1)") and a leading title ("Rep.")
    go when no option carries one."""
    shown = key
    if not any(o.rstrip().endswith(")") for o in options):
        shown = _TRAILING_BRACKETS.sub("", shown)
    words = shown.split()
    titled = lambda text: bool(text.split()) and text.split()[0].lower().rstrip(".") in NAME_TITLES  # noqa: E731
    if len(words) >= 3 and titled(shown) and not any(titled(o) for o in options):
        shown = " ".join(words[1:])
    name, of, where = shown.partition(" of ")
    if label == "PERSON" and of and len(name.split()) >= 2 and where[:1].isupper() \
            and not any(" of " in o for o in options):
        shown = name  # "David Spergel of Princeton University" among bare names (panel 58)
    return shown or key


def one_article_case(options: list[str]) -> list[str]:
    """Options that begin "The …" beside others that begin "the …" all begin
    "the …": raters marked the mix as a formatting flaw (panel 30)."""
    lower = any(o.startswith("the ") for o in options)
    return [("the " + o[4:]) if lower and o.startswith("The ") else o for o in options]


def person_form(text: str) -> str:
    """"full" for a name of two or more words ("Ann Lee"), "single" for one ("Lee")."""
    words = [w for w in re.split(r"\s+", strip_det(text)) if w and w.lower().rstrip(".") not in NAME_TITLES]
    return "full" if len(words) >= 2 else "single"


def phrase_form(text: str) -> str:
    """Determiner and capitals of a common-noun phrase: "the", "a", "bare" (+ ":cap")."""
    words = text.split()
    first = words[0].lower() if words else ""
    det = "the" if first == "the" else "a" if first in {"a", "an"} else "poss" if first.endswith(("'s", "\u2019s")) \
        else "bare"
    rest = words[1:] if det in {"the", "a"} and len(words) > 1 else words
    cap = bool(rest) and rest[0][:1].isupper()
    return det + (":cap" if cap else "")


def head_noun(text: str) -> str:
    """The head noun of a common-noun phrase: the last word before its first
    preposition or relative word ("fees" in "fees for water")."""
    words = re.findall(r"[\w'-]+", text.lower())
    cut = next((i for i, w in enumerate(words) if i > 0 and (w in _CUT_WORDS or _participle(w))), len(words))
    head = words[:cut][-1] if words[:cut] else ""
    return noun_lemma(head)


@dataclass
class _Index:
    """What the article shows about its names, found once per article."""
    labels: dict[str, str] = field(default_factory=dict)
    not_names: set[str] = field(default_factory=set)
    media: set[str] = field(default_factory=set)


_CACHE: list = []


#: On a tied vote, the label a name more likely has: the small model tags a
#: person's name as a work of art or an event far more often than the reverse
#: ("Egyptian producer Baher Mohamed" once WORK_OF_ART, once PERSON).
_TIE_ORDER = {"PERSON": 3, "ORG": 2, "GPE": 1}


def _index(ctx: Context) -> _Index:
    if _CACHE and _CACHE[0] is ctx:
        return _CACHE[1]
    idx = _Index()
    votes: dict[str, Counter] = {}
    for m in ctx.mentions:
        votes.setdefault(normalize(strip_det(m.text)), Counter())[m.label] += 1
    for name, count in votes.items():  # the label the article's mentions mostly get
        idx.labels[name] = max(count, key=lambda label: (count[label], _TIE_ORDER.get(label, 0)))
    for m in ctx.mentions:
        n = normalize(strip_det(m.text))
        if m.label == "ORG" and head_noun(strip_det(m.text)) in PLACE_NOUNS:
            idx.labels[n] = "FAC"  # "the Temple of Taposiris Magna", "the rocky hill": a place
        elif m.label in {"EVENT", "ORG", "PRODUCT", "WORK_OF_ART"} and head_noun(strip_det(m.text)) in LEGAL_TEXTS:
            idx.labels[n] = "LAW"  # "the Olympic Charter" tagged as an event: a text, not something that happens
        elif m.label not in {"GPE", "LOC"} and m.label in _NAME_LABELS and (place_level(m.text) or is_capital(m.text)):
            idx.labels[n] = "GPE"  # "Sierra Leone" tagged as an organisation
        elif m.label != "PERSON" and _titled_person(ctx, n):
            idx.labels[n] = "PERSON"  # "United defender Jones": a title before a named person's surname
    for name in unattested_places(ctx):
        idx.labels[name] = "MISC"  # "received from Barack Obama", "known locally as Yolanda": no place
    idx.labels.update(labels_by_apposition(ctx))
    for name in idx.labels.keys() & CELESTIAL_BODIES:
        idx.labels[name] = "LOC"  # "orbit the Sun" tagged as an organisation
    idx.not_names = _common_words_as_names(ctx)
    idx.media = _media_names(ctx)
    for name in idx.media:
        if idx.labels.get(name) in {"NORP", "PERSON", "GPE"}:
            idx.labels[name] = "ORG"  # "the news agency Yonhap": an outlet, not a nationality
    _CACHE[:] = [ctx, idx]
    return idx


def _titled_person(ctx: Context, name: str) -> bool:
    """"united defender jones": a role noun before the surname of a person the article names."""
    words = name.split()
    return len(words) > 1 and words[-1] in ctx.surnames and any(names_person(w) for w in words[:-1])


def _common_words_as_names(ctx: Context) -> set[str]:
    """One-word "names" that are common words: capitalised only because they
    start a sentence ("Riot police responded …", "Vessels at sea should …") or
    name a title ("Justice Minister Kim …"), or written in lower case elsewhere
    in the article ("the Tsunami" beside "a tsunami")."""
    in_longer = {(w, m.label) for m in ctx.mentions if len(m.text.split()) > 1 for w in normalize(m.text).split()}
    words: set[str] = set()
    for info in ctx.sents:
        for ent in info.span.ents:
            word = ent[0].lower_
            if len(ent) == 1 and ent.label_ in _NAME_LABELS - {"NORP"} and (word, ent.label_) not in in_longer \
                    and getAllLemmas(word) and not place_level(ent.text):
                words.add(word)
    named: set[str] = set()  # capitalised inside a sentence, not as part of a title
    lower: set[str] = set()
    for info in ctx.sents:
        for tok in info.span:
            if tok.lower_ not in words:
                continue
            if tok.text[:1].islower():
                lower.add(tok.lower_)
            elif tok.i != info.span.start and not (tok.i + 1 < len(tok.doc)
                                                   and tok.doc[tok.i + 1].lemma_.lower() in NAME_TITLES):
                named.add(tok.lower_)
    adjectives = {w for w in words if "ADJ" in getAllLemmas(w) and (w, "PERSON") not in in_longer
                  and any(m.label == "PERSON" and normalize(m.text) == w for m in ctx.mentions)}
    return {w for w in words if w in lower or w not in named} | adjectives  # "Roman" is no person


_NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}


def _media_names(ctx: Context) -> set[str]:
    """Names of news outlets: a media word in the name ("The Daily Post") or a
    media noun right before it ("news agency Yonhap")."""
    out = {normalize(strip_det(m.text)) for m in ctx.mentions if m.label in {"ORG", "NORP", "PERSON", "GPE"}
           and set(normalize(m.text).split()) & MEDIA_NAME_WORDS}
    for info in ctx.sents:
        for ent in info.span.ents:
            head = ent.root.head
            if ent.root.dep_ in {"appos", "compound", "npadvmod", "nsubj"} and head.i < ent.start \
                    and head.pos_ == "NOUN" and head.lemma_.lower() in MEDIA_NOUNS:
                out.add(normalize(strip_det(ent.text)))
    return out


def label_for(ctx: Context, tok: Token) -> str | None:
    """The token's entity label as the article shows it (:meth:`Context.label_of`,
    and no label for a common word that only looks like a name)."""
    label = ctx.label_of(tok)
    if label is None:
        return None
    idx = _index(ctx)
    if tok.lower_ in idx.not_names and label in {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}:
        return None
    if tok.tag_ == "NNS" and label in {"PERSON", "ORG"} and _one_word_entity(tok):
        return None  # "Cigarettes, which kill …" capitalised at a quotation's start: a common plural, no body
    ent = tok.doc[tok.i:tok.i + 1].ents
    whole = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    known = idx.labels.get(normalize(strip_det(whole.text))) if whole is not None else None
    if known is not None and (label in _NAME_LABELS and known in _NAME_LABELS or known == "LAW"):
        label = known  # (not a name's own mis-tagging elsewhere, "Sreesanth" read as an ordinal)
    name = normalize(strip_det(tok.text))
    if label in {"NORP", "PERSON", "GPE"} and (name in idx.media or any(
            normalize(strip_det(e.text)) in idx.media for e in ent)):
        return "ORG"
    return label


def _one_word_entity(tok: Token) -> bool:
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and len(ent) == 1


def is_common(ctx: Context, text: str) -> bool:
    """A one-word "name" the article shows to be a common word ("Riot", "Tsunami")."""
    return normalize(text) in _index(ctx).not_names


def is_name(ctx: Context, text: str) -> bool:
    """Whether ``text`` is a name the article uses (not a common word at a sentence start)."""
    n = normalize(strip_det(text))
    idx = _index(ctx)
    return n in idx.labels and n not in idx.not_names


def kind_of(ctx: Context | None, text: str, label: str | None = None) -> Kind:
    """The kind of ``text`` as a key or an option (``label``: the entity label
    it was found with, if any; the article's own use decides otherwise)."""
    if ctx is None:
        return _kind_of(None, text, label)
    return ctx.remembered(("kind_of", text, label), lambda: _kind_of(ctx, text, label))


def _kind_of(ctx: Context | None, text: str, label: str | None) -> Kind:
    n = normalize(strip_det(text))
    if ctx is not None:
        idx = _index(ctx)
        if n in idx.not_names:
            label = None
        else:
            label = idx.labels.get(n, label)
            if label in {None, "ORG"} and _titled_person(ctx, n):
                label = "PERSON"
            if n in idx.media:
                return Kind("organisation", "media")
    if label is None:
        label = _label_by_shape(text)
    if label in {"ORG", "GPE", "LOC"} and n.split()[-1:] and n.split()[-1] in ADMINISTRATIVE_AREAS:
        return Kind("place", "region")  # "the Australian Capital Territory", tagged ORG: a place, not a body
    if label == "EVENT_TIME":
        return Kind("time", "event")
    kind = KIND_BY_LABEL.get(label or "", "thing")
    if kind == "person":
        return Kind("person", form=person_form(text))
    if kind == "organisation":
        words = set(n.split())
        if words & MEDIA_NAME_WORDS:
            return Kind("organisation", "media")
        # "Parliament" is no option for a carmaker, nor a carmaker for "the Senate"
        return Kind("organisation", "public" if words & PUBLIC_BODY_WORDS else "")
    if kind == "place":
        level = place_level(text) or {"FAC": "site", "LOC": "region"}.get(label or "", "city")
        return Kind("place", level)
    if kind == "time":
        if _DURATION.search(text.lower()) and not re.search(r"\b(?:ago|later|earlier|since)\b", text.lower()):
            return Kind("quantity", quantity_unit(text))  # "five hours": how long, an amount of time
        return Kind("time", time_level(text))
    if kind == "quantity":
        return Kind("quantity", quantity_unit(text, label))
    if kind == "group":
        return Kind("group", form=group_form(text))
    if kind == "thing":
        head = head_noun(text)
        return Kind(_people_kind(head), head, phrase_form(text))
    return Kind(kind)


def group_form(text: str) -> str:
    """"plural" for a group named as its members ("Republicans", "the Dutch
    fans"), "single" for an adjective or a collective ("Russian", "Republican"):
    "Republicans" beside "Russian" reads as a mismatched option."""
    words = normalize(strip_det(text)).split()
    return "plural" if words and words[-1].endswith("s") and not words[-1].endswith("ss") else "single"


def _people_kind(head: str) -> str:
    """"people" for "the protesters", "body" for "the council" or "the exams
    regulator", else "thing"."""
    if head in BODY_OR_PERSON_NOUNS:
        return "body"
    if head in PERSON_NOUNS or (AGENT_SUFFIX.search(head) and head not in NOT_PERSON):
        return "people"
    return "body" if head in INSTITUTION_NOUNS else "thing"


def _label_by_shape(text: str) -> str | None:
    low = text.lower()
    if low.split()[:1] and low.split()[0] in {"after", "before", "when", "once", "until", "while", "during"}:
        return "EVENT_TIME"  # "After a strong wind damaged the pier": a time given by an event
    if _NUMBER.search(low) and len(text.split()) <= 6 and time_level(text) in {"other", "relative"} \
            and not _YEAR.fullmatch(low.strip()):
        return "MONEY" if _CURRENCY.search(low) else "PERCENT" if "%" in low else "CARDINAL"
    if time_level(text) not in {"other"} and (_MONTH.search(low) or _WEEKDAY.search(low) or _YEAR.search(low)
                                              or _CLOCK.search(low)):
        return "DATE"
    words = normalize(text).split()
    if words and len(words) <= 4 and _RELATIVE.search(low) and all(
            _RELATIVE.fullmatch(w) or w in _TIME_WORDS for w in words):
        return "DATE"  # "last week", "yesterday afternoon"
    return None


#: Words of a relative time phrase ("a few weeks", "two years"): time nouns and quantifiers.
_TIME_WORDS = TIME_NOUNS | {"two", "three", "few", "several", "a"}


def fits(key: Kind, option: Kind) -> bool:
    """Whether ``option`` may stand beside ``key`` as a wrong answer."""
    if key.kind != option.kind:
        return False
    if key.kind in {"person", "thing", "people", "body", "group"}:
        return key.form == option.form
    if key.kind in {"place", "time", "quantity", "organisation"}:
        return key.level == option.level
    return True


def wh_phrase_kinds(wh: str) -> set[str] | None:
    """The kinds ``wh`` may ask for (None: any, e.g. "What", "Which …")."""
    w = wh.lower().strip()
    for phrase in sorted(WH_KINDS, key=len, reverse=True):
        if w == phrase or w.startswith(phrase + " "):
            return WH_KINDS[phrase]
    return None


def wh_fits(wh: str, kind: Kind) -> bool:
    """Whether the question word asks for a key of this kind ("Where" for a
    place; "What" never for a person)."""
    allowed = wh_phrase_kinds(wh)
    if allowed is None:
        return not (wh.lower().strip() == "what" and kind.kind in {"person", "people"})
    if kind.kind == "place" and kind.level in {"country", "state"} and "person" in allowed:
        return True  # "Who denied the report? — Russia": a state acts through its people
    return kind.kind in allowed
