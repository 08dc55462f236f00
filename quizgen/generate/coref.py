"""Who "he" and "she" are: the one person the article has just named.

A pronoun is resolved only when the previous two sentences (and the
sentence itself, before the pronoun) name exactly one person; two people, a
surname two named people share ("Castro": Fidel and Raul), or a name with
"He" in it ("He Jiankui") leave it unresolved, and the question that needs it
is not asked.
"""
from __future__ import annotations

import re

from ..analysis.back_references import BodyKinds
from ..lexicons.organisations import BACK_REFERENCE_NOUNS
from ..lexicons.people import KNIGHTHOODS, PERSON_NOUNS
from ..questions import normalize
from .clauses import Clause, is_pronoun
from .context import Context, Mention
from .kinds import is_common

PERSON_PRONOUNS = {"he", "she", "him", "his", "her", "hers"}
_WINDOW = 2


def _full_names(ctx: Context) -> list[str]:
    return [m.text for m in ctx.mentions if m.label == "PERSON" and len(m.text.split()) > 1]


def _person_of(ctx: Context, text: str, full: list[str]) -> str | None:
    """The full name a mention stands for (None: two people share it)."""
    if len(text.split()) > 1:
        return text
    word = normalize(text)
    owners = {f for f in full if word in normalize(f).split()}
    if len({normalize(f) for f in owners}) > 1:
        return None
    return next(iter(owners), text)


def display_name(ctx: Context, full: str) -> str:
    """How the article names the person after introducing them: the one-word
    form it uses ("Mubarak"), else the full name."""
    words = normalize(full).split()
    for m in ctx.mentions:
        if m.label == "PERSON" and len(m.text.split()) == 1 and normalize(m.text) in words:
            return with_knighthood(ctx, m)
    return full


def with_knighthood(ctx: Context, m: Mention) -> str:
    """``m``'s text, after "Sir"/"Dame"/"Lord"/"Lady" when the article writes it so."""
    before = ctx.article.paragraphs[ctx.sents[m.sentence].paragraph][:m.start].split()
    return f"{before[-1]} {m.text}" if before and before[-1] in KNIGHTHOODS else m.text


def person_antecedent(ctx: Context, sent_index: int, before: int | None = None) -> str | None:
    """The person "he"/"she" in sentence ``sent_index`` stands for (``before``:
    the pronoun's character offset in its paragraph), or None when unclear."""
    if not 0 <= sent_index < len(ctx.sents):
        return None
    para = ctx.sents[sent_index].paragraph
    full = _full_names(ctx)
    if any(w in PERSON_PRONOUNS for name in full for w in normalize(name).split()):
        return None  # "He Jiankui": "He" may be his surname as well as a pronoun
    people: set[str] = set()
    for i in range(max(0, sent_index - _WINDOW), sent_index + 1):
        if ctx.sents[i].paragraph < para - 1:
            continue
        for m in ctx.mentions_in(i):
            if m.label != "PERSON" or (i == sent_index and before is not None and m.start >= before) \
                    or is_common(ctx, m.text):
                continue  # (not "Cinemas" tagged a person at a sentence's start: panel 47 read "Cinemas said …")
            person = _person_of(ctx, m.text, full)
            if person is None or _inside_a_title(ctx, m):
                return None
            people.add(normalize(person))
    if len(people) != 1 or _described_person(ctx, sent_index, before):
        return None
    name = next(iter(people))
    if _untagged_subject_before(ctx, sent_index, name):
        return None
    original = next((f for f in full if normalize(f) == name), None)
    return display_name(ctx, original) if original else next(
        m.text for m in ctx.mentions if m.label == "PERSON" and normalize(m.text) == name)


def _untagged_subject_before(ctx: Context, sent_index: int, name: str) -> bool:
    """The sentence before has a proper-noun subject the tagger did not mark
    ("Le Pen, leader of the National Front, conceded …. She described her own
    result …"): "she" is most likely that subject, not the one tagged person
    nearby (panel 85: "How did Macron describe her own result?")."""
    if sent_index == 0 or ctx.sents[sent_index - 1].paragraph != ctx.sents[sent_index].paragraph:
        return False
    root = ctx.sents[sent_index - 1].span.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_:
        return False  # (a tagged subject is the tagger's: "The Senate voted …. She called …" is not the Senate)
    text = subj.doc[subj.left_edge.i:subj.i + 1].text
    return normalize(text) not in name and not is_common(ctx, text)


def _inside_a_title(ctx: Context, m) -> bool:
    """The name follows "of"/"and" inside a capitalised title ("Minister of Heritage
    and Information Salim Alharthy"): the tagger may have taken a word of the title
    into the name, so it is no name to put for "he"."""
    before = ctx.article.paragraphs[ctx.sents[m.sentence].paragraph][:m.start].split()
    return len(before) >= 2 and before[-1] in {"of", "and"} and before[-2][:1].isupper()


def _described_person(ctx: Context, sent_index: int, before: int | None) -> bool:
    """A person the paragraph names only by a description ("The former
    president fled to Japan. He was arrested …"; in the pronoun's own
    sentence, "Police arrested a local doctor after parents accused him"):
    "he" may be that one, not the last person named (panel 93 read "parents
    accused Zafar Mirza" for the doctor they accused)."""
    para = ctx.sents[sent_index].paragraph
    for info in ctx.sents[max(0, sent_index - _WINDOW):sent_index + 1]:
        if info.paragraph != para:
            continue
        own = info.index == sent_index
        for tok in info.span:
            if own and (tok.idx >= before if before is not None else tok.lower_ in PERSON_PRONOUNS):
                break  # only a person described before the pronoun
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PERSON_NOUNS or tok.tag_ != "NN":
                continue
            if tok.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                return True
            if own and tok.dep_ in {"nsubj", "nsubjpass", "dobj"}:
                return True
    return False


def askable_subject(ctx: Context, clause: Clause, sent: int | None) -> bool:
    """The clause's subject can stand in a question: not a pronoun ("six
    shells of them" neither), except "he"/"she" for the one person the
    article has just named (the filters name them in the stem)."""
    subject = clause.subject
    ids = clause.subject_ids()
    if any(is_pronoun(t) and t.dep_ != "poss" and t.i != subject.i for t in subject.doc if t.i in ids):
        return False
    if not is_pronoun(subject):
        return True
    return subject.lower_ in {"he", "she"} and sent is not None and \
        person_antecedent(ctx, sent, subject.idx) is not None


#: Nouns that end an institution's name and stand for it after "the" ("the
#: bureau" for the Shanghai Railway Bureau); not "city", "state" or "house",
#: which stand for other things as often.
_INSTITUTION_HEADS = ("bureau federation association commission committee ministry department agency authority "
                      "institute foundation society league tribunal corporation forum lobby alliance coalition "
                      "council union university party hospital").split()
#: "the bureau", "the federation", "the company": a bare institution noun after "the".
_BARE_INSTITUTION = re.compile(r"(?<![\w-])the (" + "|".join(sorted({*_INSTITUTION_HEADS, *BACK_REFERENCE_NOUNS}))
                               + r")(?![\w-])", re.IGNORECASE)


def name_institutions(ctx: Context, sent_index: int, text: str) -> str:
    """"Three officials of the bureau were dismissed" -> "… of the Shanghai
    Railway Bureau …": a bare "the <institution noun>" names the one
    organisation an earlier sentence called "<Name> <Noun>" (panel 40 marked
    "the bureau" vague); left as it is when none or two such names precede."""
    def named(match: re.Match) -> str:
        noun = match.group(1).lower()
        names = {normalize(m.text): m.text for m in ctx.mentions
                 if m.label in ("ORG", "FAC") and m.sentence < sent_index and len(m.text.split()) > 1
                 and m.text.split()[-1].lower() == noun and m.text.split()[-1][:1].isupper()}
        if not names or noun not in _INSTITUTION_HEADS:
            return _body_named_as(ctx, sent_index, text, match)  # "the company": a name ending in it is no evidence
        if len(names) != 1:
            return match.group(0)
        name = next(iter(names.values()))
        name = name[4:] if name.lower().startswith("the ") else name
        if normalize(name) in normalize(text):
            return match.group(0)
        return f"{match.group(0)[:3]} {name}"
    return _BARE_INSTITUTION.sub(named, text)


def _body_named_as(ctx: Context, sent_index: int, text: str, match: re.Match) -> str:
    """"the company" -> "Monarch" when the article named one body, and only
    one, as a company before this sentence ("Monarch, the UK's fifth-largest
    airline"; :mod:`quizgen.analysis.back_references`)."""
    if not match.group(1).islower() or re.match(r"\s+[A-Z]", text[match.end():]):
        return match.group(0)  # part of a name ("the Ministry of …"), or named next ("the charity Help Refugees")
    kinds = ctx.remembered(("body_kinds",), lambda: BodyKinds.for_docs(ctx.article.docs))
    info = ctx.sents[sent_index]
    name = kinds.only_body_before(match.group(1), info.paragraph, info.span.start)
    if name is None or normalize(name) in normalize(text):
        return match.group(0)
    if name.lower().startswith("the "):
        return f"{match.group(0)[:3]} {name[4:]}"
    return name
