"""Entity labels corrected from the article's own wording.

The small spaCy model tags a town in a list as a person ("Voi, Mtito Andei and
Mombasa"), a temple as an organisation, a goalkeeper as a club.  Options of the
key's kind (:mod:`.kinds`) are only as good as these labels, so
:func:`quizgen.generate.context.build_context` corrects them here, from
evidence the article itself gives: role nouns, place prepositions, list
siblings, site nouns, group nouns.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..articles.parse import ParsedArticle
from ..lexicons.people import BODY_OR_PERSON_NOUNS, INSTITUTION_NAME_WORDS, NAME_TITLES, names_person
from ..lexicons.places import PLACE_NOUNS, SITE_NOUNS, place_level
from ..lexicons.quantities import ERA_MARKERS, TIME_ZONES, date_like
from ..questions import normalize
from .context import NAME_LABELS, Context, strip_det


def correct_labels(ctx: Context) -> None:
    """Correct the mentions' labels (and drop mentions that name nothing) in place."""
    ctx.mentions = [m for m in ctx.mentions if normalize(m.text) not in ERA_MARKERS | TIME_ZONES  # "300 BC", "GMT"
                    and not (m.label in NAME_LABELS and not _capitalised(m.text))]  # "the rocky hill"
    ctx.mentions = [m for m in ctx.mentions if not _names_a_title(ctx, m) and not _named_after(ctx, m)
                    and not _not_a_body(ctx, m) and not _modifier_read_as_name(ctx, m)
                    and not (m.label in {"DATE", "TIME"} and not date_like(m.text))]
    _relabel_sites(ctx)
    named = [m.text for m in ctx.mentions
             if m.label == "PERSON" and len(m.text.split()) > 1 and not any(c.isdigit() for c in m.text)]
    # "Byrd-Bennett" beside "Barbara Byrd-Bennett": the whole hyphenated name and its last part
    ctx.surnames = {normalize(t).split()[-1] for t in named} | {normalize(t.split()[-1]) for t in named}
    # "Choi" beside "Choi Soon-sil": a family name written first (before a hyphenated given name), then alone
    alone = {normalize(m.text) for m in ctx.mentions if " " not in m.text.strip()}
    ctx.surnames |= {normalize(t).split()[0] for t in named if "-" in t.split()[-1]} & alone
    companies = _organisation_before_the_person(ctx, named)
    ctx.surnames -= companies
    role_named = _role_named(ctx.article)
    ctx.person_words = {w for w in role_named | ctx.surnames if place_level(w) is None}
    _relabel_by_role_nouns(ctx, role_named)
    ctx.surnames |= {normalize(m.text).split()[-1] for m in ctx.mentions if m.label == "PERSON"
                     and len(m.text.split()) > 1 and not any(c.isdigit() for c in m.text)} - companies
    ctx.group_names = _named_groups(ctx.article)
    for m in ctx.mentions:  # the same corrections as label_of, for options drawn from mentions
        text = normalize(m.text)
        if m.label == "PERSON" and any(ch.isdigit() for ch in text):
            m.label = "PRODUCT"
        elif m.label == "ORG" and _REGNAL.fullmatch(m.text):
            m.label = "PERSON"  # "Ptolemy II", "Elizabeth II"
        elif m.label == "ORG" and " " not in m.text and text in ctx.surnames:
            m.label = "PERSON"
        elif m.label == "PERSON" and text in ctx.group_names:
            m.label = "ORG"
        elif m.label == "PERSON" and text.split()[0] in _STORM_WORDS:
            m.label = "EVENT"  # "Cyclone Nargis" offered among people who spoke (panel 57)
    _relabel_place_names(ctx)
    _relabel_places(ctx)
    _relabel_products(ctx)


def _organisation_before_the_person(ctx: Context, named: list[str]) -> set[str]:
    """"Cadbury" (the company) in the lead, "John Cadbury" (its founder) only
    later: a surname the article uses as an organisation before it names the
    person is the organisation's name, not that person (panel 53)."""
    first: dict[str, int] = {}
    for m in ctx.mentions:
        if m.label == "PERSON" and m.text in named:
            surname = normalize(m.text).split()[-1]
            first[surname] = min(first.get(surname, m.sentence), m.sentence)
    return {normalize(m.text) for m in ctx.mentions if m.label == "ORG" and " " not in m.text.strip()
            and normalize(m.text) in first and m.sentence < first[normalize(m.text)]}


#: Words that name a storm before its given name ("Cyclone Nargis", "Typhoon Hagibis").
_STORM_WORDS = frozenset("cyclone hurricane typhoon storm tropical superstorm".split())
_REGNAL = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)")


def _capitalised(text: str) -> bool:
    """Some word of ``text`` (after "the") starts with a capital or a digit."""
    return any(w[:1].isupper() or w[:1].isdigit() for w in strip_det(text).split())


_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_PLACE_PREPS = {"in", "at", "from", "into", "near", "across", "outside", "inside", "toward", "towards"}
_PERSON_VERBS = {"say", "tell", "add", "state", "announce", "claim", "explain", "ask", "think", "believe",
                 "write", "argue", "warn", "deny", "call", "agree", "speak", "talk"}


#: Common nouns naming a group: "the volunteer group Green Brookfield" is no person.
_GROUP_KINDS = {"group", "organisation", "organization", "company", "band", "team", "club", "charity",
                "association", "society", "party", "firm", "agency", "network", "website", "newspaper",
                "magazine", "channel", "station", "school", "university", "foundation", "campaign",
                "carmaker", "airline", "broadcaster", "retailer", "bank", "insurer", "manufacturer", "regulator",
                "watchdog", "publisher", "supplier", "operator", "union", "ministry", "corporation", "giant",
                "startup", "chain", "brand", "studio", "label", "utility", "provider", "conglomerate",
                "chipmaker", "automaker", "drugmaker", "toymaker", "planemaker", "steelmaker", "shipbuilder"}


_SITE_NAME = re.compile(r"(?:the\s+)?([A-Z]\w+)\s+of\s+(?:the\s+)?(.+)", re.I)


def _relabel_sites(ctx: Context) -> None:
    """A name headed by a site noun ("the Temple of Taposiris Magna") is a place
    (FAC), and so is the name after "of" wherever the article uses it alone
    ("it could be Taposiris Magna"), whatever label the small model gave."""
    sites: set[str] = set()
    for m in ctx.mentions:
        match = _SITE_NAME.fullmatch(m.text)
        if match and match.group(1).lower() in SITE_NOUNS and m.label in {"ORG", "PERSON", "NORP"}:
            m.label = "FAC"
            sites.add(normalize(match.group(2)))
    for m in ctx.mentions:
        if m.label in {"PERSON", "ORG"} and normalize(m.text) in sites:
            m.label = "FAC"


def _named_groups(article: ParsedArticle) -> set[str]:
    """Names the model tags PERSON right after a group noun that they name."""
    out: set[str] = set()
    for doc in article.docs:
        for ent in doc.ents:
            head = ent.root.head
            if ent.label_ != "PERSON":
                continue
            before = doc[ent.start - 1] if ent.start > 0 else None
            if ent.root.dep_ in {"appos", "compound", "npadvmod"} and head.i < ent.start and head.pos_ == "NOUN" \
                    and head.lemma_.lower() in _GROUP_KINDS:
                out.add(normalize(ent.text))
            elif before is not None and before.is_lower and before.pos_ == "NOUN" \
                    and before.lemma_.lower() in _GROUP_KINDS:
                out.add(normalize(ent.text))  # "German railway operator Deutsche Bahn"
    return out


def _role_named(article: ParsedArticle) -> set[str]:
    """Last words of names the article puts right after a person's role noun
    ("goalkeeper Thibaut Courtois", "Belgian goalkeeper Courtois", "defender
    Jones"): those names are people, whatever label the model gave them."""
    out: set[str] = set()
    for doc in article.docs:
        for tok in doc:
            if tok.pos_ != "PROPN" or tok.dep_ == "compound":
                continue
            roles = [c for c in tok.children if c.dep_ in {"compound", "appos", "nmod"} and c.pos_ == "NOUN"
                     and c.i < tok.i]
            if tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
                roles.append(tok.head)  # "the home goalkeeper Piet Vandermolen"
            # "Fabiola Gianotti, the spokesperson for ATLAS," / "Rolf Heuer, CERN's Director-General"
            roles += [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and c.pos_ in {"NOUN", "PROPN"}
                      and not c.ent_type_ and _comma_between(tok, c)]
            if any(_role_of_a_person(c.lemma_.lower()) for c in roles) or _has_age(tok):
                out.add(tok.lower_)
    return out


def _role_of_a_person(noun: str) -> bool:
    """A role noun only people hold ("goalkeeper"), not one a company holds as
    well ("railway operator Deutsche Bahn", "the carmaker")."""
    return names_person(noun) and noun not in BODY_OR_PERSON_NOUNS and noun not in _GROUP_KINDS


_TITLE_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")


def _word_after(ctx: Context, m, pattern: re.Pattern) -> str | None:
    """The word right after mention ``m`` in its paragraph, if ``pattern`` (a
    capitalised or a lower-case word) matches there; lower-cased."""
    para = ctx.article.paragraphs[ctx.sents[m.sentence].paragraph]
    after = pattern.match(para, m.end)
    return after.group(1).lower() if after else None


def _names_a_title(ctx: Context, m) -> bool:
    """An "organisation" that is part of an office's title ("Transport Minister
    Alexander Dobrindt", "Finance Minister"): it names no body to offer as an option."""
    if m.label not in {"ORG", "NORP"}:
        return False
    word = _word_after(ctx, m, _TITLE_AFTER)
    return word in NAME_TITLES and word not in {"people", "members", "officials", "leaders", "fans", "players"}


#: Capitalised words that, after a person's name, make the whole a place's or
#: a body's name ("Marcus Garvey Elementary", "the Pyne Gould Corporation building").
_NAMED_AFTER_HEADS = PLACE_NOUNS | INSTITUTION_NAME_WORDS | frozenset(
    "elementary academy high middle prize award memorial".split())


def _named_after(ctx: Context, m) -> bool:
    """A "person" who is only the namesake of a school, building or prize: no
    person to offer as an option (the place keeps its own mention, if any)."""
    if m.label != "PERSON":
        return False
    if _word_after(ctx, m, _TITLE_AFTER) in _NAMED_AFTER_HEADS:
        return True
    return _word_after(ctx, m, _WORD_AFTER) in PLACE_NOUNS | {"site", "sites"}  # "the Pyne Gould building"


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _relabel_place_names(ctx: Context) -> None:
    """A one-word "organisation" that the article also names as a place with a
    place noun ("Nyanza" beside "Nyanza Province"), or lists among places, is
    a place."""
    place_heads = {normalize(m.text).split()[0] for m in ctx.mentions
                   if m.label in {"GPE", "LOC"} and len(normalize(m.text).split()) == 2
                   and normalize(m.text).split()[1] in PLACE_NOUNS}
    listed = set()
    for info in ctx.sents:
        for ent in info.span.ents:
            if ent.label_ == "ORG" and len(ent) == 1:
                root = ent.root
                if _place_context_vote(root, _list_head(root)) > 0:
                    listed.add(normalize(ent.text))  # "Suba, Migori, Nyando … districts"
    for m in ctx.mentions:
        text = normalize(m.text)
        if m.label in {"ORG", "NORP"} and " " not in m.text and (text in place_heads or
                                                                m.label == "ORG" and text in listed):
            m.label = "GPE"


def _comma_between(name: Token, role: Token) -> bool:
    """A comma right after the name (its last token) opens the apposition."""
    doc = name.doc
    return name.i + 1 < len(doc) and doc[name.i + 1].text == "," and role.i > name.i + 1


def _modifier_read_as_name(ctx: Context, m) -> bool:
    """"meningitis B and C. Older children may …": a "person" whose last word
    modifies the noun after it is a sentence the splitter missed (panel 55
    offered "C. Older" among the people)."""
    if m.label != "PERSON":
        return False
    last = next((t for t in ctx.sents[m.sentence].span if t.idx == m.end - len(m.text.split()[-1])), None)
    return last is not None and last.dep_ == "amod" and last.head.i > last.i and last.head.pos_ == "NOUN"


def _not_a_body(ctx: Context, m) -> bool:
    """An "organisation" that is a unit: after a number ("125 GeV") or in
    brackets after lower-case words it abbreviates ("gigaelectronvolts (GeV)")."""
    if m.label != "ORG":
        return False
    para = ctx.article.paragraphs[ctx.sents[m.sentence].paragraph]
    before = para[:m.start].rstrip()
    if before.endswith("(") and re.search(r"\b[a-z]{3,}\s*\($", before):
        return True
    return bool(re.search(r"\d$", before)) and " " not in m.text


def _has_age(tok: Token) -> bool:
    """A name followed by an age in commas: "Neymar, 22, was ruled out"."""
    doc = tok.doc
    if tok.i + 3 >= len(doc) or doc[tok.i + 1].text != "," or doc[tok.i + 3].text not in {",", "."}:
        return False
    age = doc[tok.i + 2].text
    return age.isdigit() and 0 < int(age) < 120


def _relabel_by_role_nouns(ctx: Context, role_named: set[str] | None = None) -> None:
    """Correct the small model's person/organisation mix-ups from the article's
    own wording: a name after a person's role noun (or ending in such a name's
    word) is a person; a "person" whose first word is a place the article
    names and who never gets a role noun ("Manchester United") is an
    organisation named after its town."""
    if role_named is None:
        role_named = _role_named(ctx.article)
    places = {w for m in ctx.mentions if m.label in {"GPE", "LOC"} for w in normalize(m.text).split()[:1]}
    for m in ctx.mentions:
        words = normalize(m.text).split()
        if not words or m.label not in {"PERSON", "ORG", "NORP"} | _PLACE_LABELS:
            continue
        if words[-1] in role_named and m.label != "PERSON":
            m.label = "PERSON"
        elif len(words) == 1 and m.label in _PLACE_LABELS and words[0] in ctx.person_words:
            m.label = "PERSON"  # "in Silva's place" beside "captain Thiago Silva"
        elif m.label == "PERSON" and len(words) > 1 and words[0] in places and words[-1] not in role_named:
            m.label = "ORG"


def _relabel_places(ctx: Context) -> None:
    """Names the small model tags PERSON but the article uses as places ("to
    Russia's Vladivostok from Hamhung"): where place uses ("in/from/at X",
    "Country's X") outnumber person uses (subject of a speech verb, a title
    before the name), the name is a GPE for keys and distractors, so a person
    question is never offered a city as an option (see :meth:`Context.label_of`)."""
    votes: dict[str, int] = {}
    for info in ctx.sents:
        for ent in info.span.ents:
            if ent.label_ != "PERSON":
                continue
            root = ent.root
            head = _list_head(root)
            vote = 0
            if head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS | {"to"}:
                vote += 1
            if any(c.dep_ == "poss" and c.ent_type_ in {"GPE", "LOC"} for c in root.children):
                vote += 1
            if head.dep_ == "nsubj" and head.head.pos_ in {"VERB", "AUX"}:
                vote -= 2 if head.head.lemma_ in _PERSON_VERBS else 1
            if ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in NAME_TITLES:
                vote -= 2
            vote += _place_context_vote(root, head)
            key = normalize(ent.text)
            votes[key] = votes.get(key, 0) + vote
    # a name the model also tags as a place elsewhere in the article is that place
    tagged_places = {normalize(m.text) for m in ctx.mentions if m.label in {"GPE", "LOC"}}
    places = {k for k, v in votes.items() if v > 0 or k in tagged_places}
    ctx.place_names = places
    for m in ctx.mentions:
        if m.label == "PERSON" and normalize(m.text) in places:
            m.label = "GPE"


def _place_context_vote(root: Token, head: Token) -> int:
    """Place evidence around a name tagged PERSON: a list whose other items the
    model tags as places ("towns such as Voi, Mtito Andei and Mombasa"), or the
    object of "of" after a place noun ("the Temple of Taposiris Magna")."""
    vote = 0
    siblings = [t for t in _conjuncts(head) if t.i != root.i]
    labels = [t.ent_type_ for t in siblings if t.ent_type_]
    if labels and sum(lab in {"GPE", "LOC"} for lab in labels) * 2 > len(labels):
        vote += 2
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in PLACE_NOUNS:
        vote += 2
    if head.dep_ == "nsubj" and head.head.lemma_ == "be" and any(
            n.lemma_.lower() in PLACE_NOUNS for n in _predicate_nouns(head.head)):
        vote += 2  # "Suba, Migori and Nyando are among the worst affected districts"
    if head.dep_ == "appos" and head.head.lemma_.lower() in PLACE_NOUNS or (
            head.i != root.i and head.pos_ == "NOUN" and head.lemma_.lower() in PLACE_NOUNS):
        vote += 2  # "close four schools, Manierre, Mahalia Jackson and Marcus Garvey": schools' names
    return vote


def _list_head(tok: Token) -> Token:
    """The first item of the list ``tok`` is coordinated in (``tok`` itself if none)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _predicate_nouns(verb: Token) -> list[Token]:
    """Nouns a form of "be" says its subject is: "are towns", "are among the districts"."""
    out = [c for c in verb.children if c.dep_ == "attr"]
    out += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" for p in c.children
            if p.dep_ == "pobj"]
    return out


def _conjuncts(head: Token) -> list[Token]:
    """``head`` and the items coordinated with it ("Voi, Mtito Andei and Mombasa")."""
    out, todo = [head], [head]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "conj":
                out.append(child)
                todo.append(child)
    return out


#: Nouns whose "of"/"in"/"for" names a product, not a body: "older versions of
#: Microsoft Windows", "a flaw in Windows", "a patch for Android".
_PRODUCT_OF = {"version", "edition", "model", "update", "copy", "upgrade", "release", "flaw", "bug",
               "vulnerability", "patch"}


def _relabel_products(ctx: Context) -> None:
    """A name after "versions of" or "a flaw in" is a product, and so is any name that begins
    with its last word ("Windows XP" beside "versions of Microsoft Windows"):
    no body to offer for "Who …?"."""
    products: set[str] = set()
    for m in ctx.mentions:
        if m.label not in {"ORG", "GPE", "LOC", "FAC", "PERSON"}:
            continue
        para = ctx.article.paragraphs[ctx.sents[m.sentence].paragraph]
        before = re.search(r"\b(\w+) (?:of|in|for) (?:the )?$", para[max(0, m.start - 30):m.start])
        if before and before.group(1).lower().rstrip("s") in _PRODUCT_OF:
            m.label = "PRODUCT"
            products.add(normalize(m.text).split()[-1])
    for m in ctx.mentions:
        if products and m.label in {"ORG", "GPE", "LOC", "FAC"} and normalize(m.text).split()[0] in products:
            m.label = "PRODUCT"
