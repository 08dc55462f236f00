"""Sentences that can stand alone as a statement shown to students."""
from __future__ import annotations

import re

from ..lexicons.people import PERSON_NOUNS
from .clauses import DISCOURSE, is_pronoun
from .context import Context, SentInfo
from .coref import person_antecedent

_PAREN = re.compile(r"\s*\([^()]{1,60}\)")
_LEAD = re.compile(r"^(?P<word>[A-Z][a-z]+),\s+")
#: A sentence opened by a coordinating conjunction that ties it to the one before.
_CONJ_LEAD = re.compile(r"^(?:But|And)\s+(?=\S)")
#: Openings and comparisons that lean on an earlier sentence: "As a result, …"
#: (of what?), "fared even worse" (than whom?), "told a different story".
_LEANS_BACK = re.compile(r"^(?:As a result|In response|Because of this|Despite this|Even so|In turn|By contrast|"
                         r"In contrast|Instead|Still|Also|Likewise|Similarly),?\s|"
                         r"\beven (?:worse|better|more|less|further|higher|lower|larger|smaller|bigger)\b|"
                         r"\ba different story\b|"
                         r"\b(?:will|would|can|could|must|may|might|should|shall|is|are|was|were) then\b|"
                         r"\b(?:soon |shortly |not long )?afterwards?\b")
#: "The president will then have 45 days to pay": "then" is the step before, which the
#: statement leaves out (panel 39).

#: A time said from the day of writing ("Yesterday, …"): alone, a statement has no such day (panel 84).
_DEICTIC_LEAD = re.compile(r"^(?:Yesterday|Today|Tonight|Last night|This morning|This afternoon|Earlier today|"
                           r"Earlier this week|Last week|This week),\s+(?=[A-Z])")


def standalone(ctx: Context, info: SentInfo, min_words: int = 6, max_words: int = 32) -> str | None:
    """The sentence lightly simplified (no parentheses, no leading "However,"),
    with a leading he/she replaced by the person's name; None when the sentence
    needs context a student would not have (other pronouns, quotes, questions)."""
    text = info.sentence.text.strip()
    if '"' in text.translate({0x201c: '"', 0x201d: '"'}) or text.endswith(("?", "!", ":")):
        return None
    text = _PAREN.sub("", text)
    if _LEANS_BACK.search(text) or _leans_on_the_parse(info) or _after_a_colon(ctx, info) or _than_unsaid(info):
        return None
    deictic = _DEICTIC_LEAD.match(text)
    if deictic:  # "Yesterday, UN Secretary-General António Guterres said …": the day is the article's
        text = text[deictic.end():]
        after = next((t for t in info.span if t.idx - info.span[0].idx >= deictic.end()), None)
        if after is not None and is_pronoun(after):
            return None  # "Yesterday, he said …": who he is, the sentence before said
    conj = _CONJ_LEAD.match(text)
    if conj:  # "But Representative Kaptur was not changing her vote." stands alone without "But"
        text = text[conj.end():]
        text = text[:1].upper() + text[1:]
    lead = _LEAD.match(text)
    if lead and lead.group("word").lower() in DISCOURSE:
        text = text[lead.end():]
        text = text[:1].upper() + text[1:]
    first = info.span[1] if conj and len(info.span) > 1 else info.span[0]
    if lead is None and is_pronoun(first):
        if first.lower_ in {"he", "she"}:
            name = person_antecedent(ctx, info.index, first.idx)
            if not name:
                return None
            text = name + text[len(first.text):]
        else:
            return None
    words = text.split()
    if not min_words <= len(words) <= max_words:
        return None
    if not text.endswith("."):
        text = text.rstrip(" ,;") + "."
    return text


def _than_unsaid(info: SentInfo) -> bool:
    """A predicate comparison with nothing to compare to ("Business groups were
    more welcoming."): than whom, the sentence before said (panel 40)."""
    if any(t.lower_ == "than" for t in info.span):
        return False
    return any(t.dep_ in {"acomp", "attr"} and (t.tag_ == "JJR" or any(
        c.lower_ in {"more", "less"} and c.dep_ == "advmod" for c in t.children)) for t in info.span)


def _after_a_colon(ctx: Context, info: SentInfo) -> bool:
    """The list a colon opened in the sentence before, split off as a sentence
    of its own ("Almaty in Kazakhstan and Beijing in China."): no statement
    without the words before the colon."""
    before = ctx.sents[info.index - 1] if info.index > 0 else None
    return before is not None and before.paragraph == info.paragraph and \
        before.sentence.text.rstrip().endswith(":")


def _leans_on_the_parse(info: SentInfo) -> bool:
    """The main verb's subject is a pronoun after an opening phrase ("In
    trials it prevented …"): out of the article it names nothing; or the main
    verb has "also" ("was also angry")."""
    subject = next((c for c in info.span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if any(t.lower_ == "also" and t.head.i == info.span.root.i for t in info.span):
        return True  # "the champion was also angry": as who else was?
    if subject is not None and subject.lower_ == "it" and any(c.dep_ in ("ccomp", "xcomp", "csubj")
                                                             for c in info.span.root.children):
        return False  # "On May 2, it was confirmed that …": an empty "it"
    return subject is not None and subject.i > info.span.start and subject.pos_ == "PRON" and is_pronoun(subject) \
        and subject.lower_ not in ("he", "she") and not subject.lower_.endswith("self")


def inside_quotation(ctx: Context, info: SentInfo) -> bool:
    """The sentence continues a quotation opened earlier in its paragraph
    (a speaker's words: their opinion, not a checkable statement)."""
    before = ctx.article.paragraphs[info.paragraph][:info.sentence.start]
    straight = before.count('"') % 2 == 1
    return straight or before.count("\u201c") > before.count("\u201d")


#: "Ten of its eleven members …", "Who has put its magnitude at 9.0?": an owner
#: named only in an earlier sentence (statements and stems alike).
EARLY_OWNER = re.compile(r"^(?:\S+\s+){0,3}(?:its|their)\b", re.IGNORECASE)
#: He, she and their other forms, as one group (stems replace what it matched).
PERSON_PRONOUN = re.compile(r"\b(he|she|him|his|her|hers|himself|herself)\b", re.IGNORECASE)

#: Words that negate a statement ("not", "never", "n't").
NEGATIVE = re.compile(r"\b(?:not|no|never|none|nothing|nobody|neither|nor)\b|n[\u2019']t\b", re.IGNORECASE)


def quantified_subject(verb, quantifiers: set[str]) -> bool:
    """The verb's subject carries one of ``quantifiers`` ("some economists",
    "not every offer"): changing the verb need not contradict the article,
    since other economists or offers may do the opposite."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "agent"}), None)
    return subject is not None and (subject.lower_ in quantifiers or any(
        c.lower_ in quantifiers and c.dep_ in {"det", "amod", "nummod", "predet"} for c in subject.children))


#: "during his speech": whose, when the statement names no person before it.
_LOOSE_OWNER = re.compile(r"\b(?:his|her)\b", re.IGNORECASE)


def loose_owner(ctx: Context, info: SentInfo, statement: str) -> bool:
    """"his"/"her" with no person named before it in the statement, "its"/"their"
    with no body or thing: whose, the paragraph said, and a student may take it for another's."""
    its = re.search(r"\b(?:its|their)\b", statement)
    if its is not None and not any(m.label in {"ORG", "GPE", "NORP"} and m.text in statement[:its.start()]
                                   for m in ctx.mentions_in(info.index)) \
            and not any(t.pos_ == "NOUN" and t.idx - info.span.start_char < its.start() for t in info.span):
        return True  # "Orbán is due to present its programme": whose, the sentence before said (panel 34)
    found = _LOOSE_OWNER.search(statement)
    if found is None:
        return False
    before = statement[:found.start()]
    people = {m.text for m in ctx.mentions_in(info.index) if m.label == "PERSON" and m.text in before}
    if len(people) > 1:
        return True  # "Obama named General David Petraeus … to take his place": neither's (panel 88)
    owner = {t.lower_ for t in info.span if t.tag_ == "NN" and t.lemma_.lower() in PERSON_NOUNS}
    if any(w.strip(",.").lower() in owner for w in before.split()):
        return False  # "The former president fled as his government collapsed" (one person, named by a noun)
    return not people


def pronoun_speaker(info: SentInfo) -> bool:
    """The main verb's subject is "it" or "they" standing for someone named
    before ("In a written reply published with the report, it said …"), not
    an "it" that opens a clause ("it is expected that …")."""
    root = info.span.root
    return root.lemma_.lower() not in {"be", "seem", "appear", "remain", "take"} and any(
        c.dep_ == "nsubj" and c.lower_ in {"it", "they"} for c in root.children)  # not "it was confirmed that …"


#: Coordinated nouns from which a sentence is mostly a list.
LIST_ITEMS = 5


def long_list(info: SentInfo) -> bool:
    """The sentence names a list of :data:`LIST_ITEMS` or more things ("the eight
    vaccines protect against whooping cough, measles, mumps, …"): as a
    statement it tests matching words, not reading (panel 71: trivial, three of three)."""
    conjuncts = [t for t in info.span if t.dep_ == "conj" and t.pos_ in {"NOUN", "PROPN"}]
    return len(conjuncts) + 1 >= LIST_ITEMS
