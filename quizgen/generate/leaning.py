"""True/false statements that lean on the sentence before them: alone, a
student cannot tell what they are about ("The campaign denied …" — whose?;
"the judges disagreed" — with what?; "it would prolong …" — what is "it"?)."""
from __future__ import annotations

import re

from ..lexicons.people import PERSON_NOUNS
from .context import Context, SentInfo


#: "Buffett has not commented on the final terms": a non-event, trivial as a statement (panel 53).
NO_COMMENT = re.compile(r"\b(?:has|have|had|did|does|do|was|were) not (?:yet )?(?:commented|comment|responded|respond|"
                         r"replied|reply|been reached)\b|\bdeclined to (?:comment|respond|say)\b|\bcould not be reached\b",
                         re.IGNORECASE)
#: Verbs of response that need what they answer: "the judges disagreed" (with what?).
_RESPONSES = frozenset("disagree agree object refuse decline comply respond reply react retaliate "
                       "persuade convince satisfy".split())  # "Critics were not persuaded." (panel 73)
#: Verbs of taking part that need what was taken part in ("were reported to have
#: attended on the first day": attended what? — panel 63).
_PARTAKING = frozenset("attend join participate enrol enroll".split())


#: "between the two countries", "both sides": which ones, the sentence before said.
_COUNTED_BACK = re.compile(r"\b(?:the (?:two|three|four|five|six)|both) [a-z]+s\b")
#: Nouns that, as a bare "the …" subject, stand for something the article named before
#: (those the panels called vague; "the company" of a company's story reads clearly).
_BACK_NOUNS = frozenset("site plant factory facility mine office vessel ship strain rule scheme space area cost "
                        "reaction response".split())  # "On the Gulf Coast, the reaction was mixed." (panel 77)
#: "Another resident said …", "Iraq has raised its own worries": another than
#: whom, worries beside whose — the sentence before said (panel 71: vague, three of three).
_BESIDE_BEFORE = re.compile(r"^(?:Another|A second|A third|The other|Other|Both times|Each time)\b|"
                            r"^In (?:one|the other|both|each|another),|\b(?:its|their|his|her) own "
                            r"(?:worries|concerns|doubts|fears|objections|questions|reservations|criticism)\b")
#: Nouns that, as a bare "the …" object, stand for a decision or plan the
#: sentence before told ("IOC president Thomas Bach defended the approach":
#: which approach? panel 70, two of three: vague).
_BACK_OBJECTS = frozenset("approach decision move plan measure measures proposal step idea change policy".split())
#: "raised doubts of a different kind", "a more cautious reaction": different
#: from, more than what — the sentence before said (panel 64).
_COMPARED_BACK = re.compile(r"\b(?:of a different kind|a different (?:kind|view|approach|story|picture)|"
                            r"(?:a|an) (?:more|less) \w+ (?:reaction|response|view|tone|approach|line))\b(?![^.]*\bthan\b)")


def points_back(ctx: Context, info: SentInfo, statement: str, headline: set[str]) -> bool:
    """"The site is run by Cuadrilla", "… between the two countries since
    Sunday": a statement whose subject or counted group the sentence before
    named (panels 49 and 50: vague); "Italy and Malta, the two countries …"
    names them itself, and "the law" under "Hungary passes media law" is the
    headline's."""
    if _COUNTED_BACK.search(statement) and not re.search(r"[A-Z]\w+ and [A-Z]\w+", statement):
        return True
    if _COMPARED_BACK.search(statement) or _BESIDE_BEFORE.search(statement):
        return True
    if _bare_decision_object(info, headline):
        return True
    subj = next((c for c in info.span.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or [c.lower_ for c in subj.children] != ["the"] or subj.lemma_.lower().rstrip("s") in headline:
        return False
    lemma = subj.lemma_.lower()
    return lemma in _BACK_NOUNS or lemma in _named_kinds(ctx) or lemma in _FIRM_NOUNS and _organisations_before(ctx, info) > 1


#: "The company said …": clear in a story about one company, not where several were named (panel 77:
#: "The company has long argued …" beside BP, Transocean and Halliburton, vague three of three).
_FIRM_NOUNS = frozenset("company firm carrier airline bank manufacturer maker retailer operator".split())


def _organisations_before(ctx: Context, info: SentInfo) -> int:
    """How many organisations the article names before ``info``'s sentence."""
    return len({m.text for m in ctx.mentions if m.label == "ORG" and m.sentence < info.index})


#: Verbs of saying whose words may stand in the sentence before: '"We did it!" David
#: Reitze … told a packed news conference.' splits into a quote and a clause that says nothing.
_WORDS_MAY_PRECEDE = frozenset("say tell add explain reply answer comment remark declare write".split())


def words_before(info: SentInfo) -> bool:
    """The statement reports speech without its words ("X, executive director
    of Y, told a packed news conference at Z."): they were in the sentence
    before (panel 77: no_sense, three of three)."""
    root = info.span.root
    if root.lemma_.lower() not in _WORDS_MAY_PRECEDE or any(c.dep_ in {"ccomp", "xcomp", "parataxis"} for c in root.children):
        return False
    if any(t.text in {'"', "\u201c", "\u201d", ":"} for t in info.span):
        return False
    return root.lemma_.lower() == "tell" or not any(c.dep_ == "dobj" for c in root.children)


def _bare_decision_object(info: SentInfo, headline: set[str]) -> bool:
    """"Thomas Bach defended the approach.": a clause of subject, verb and a
    bare "the approach" says nothing a student can place; "The council rejected
    the plan by a narrow vote in March" says enough."""
    root = info.span.root
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    return obj is not None and [c.lower_ for c in obj.children] == ["the"] and obj.lemma_.lower() in _BACK_OBJECTS \
        and obj.lemma_.lower() not in headline \
        and all(c.dep_ in {"nsubj", "dobj", "punct", "aux", "advmod"} for c in root.children)


def _named_kinds(ctx: Context) -> set[str]:
    """Nouns the article ties to two names ("Ghani's campaign", "the Abdullah
    campaign"): a bare "the campaign" subject stands for one of them, which the
    sentence before said (panel 62: "The campaign confirmed claims …" — whose
    campaign?); with one name ("Hun Sen's government") it is clear."""
    def find() -> set[str]:
        names: dict[str, set[str]] = {}
        for doc in ctx.article.docs:
            for tok in doc:
                for c in tok.children:
                    if tok.pos_ == "NOUN" and c.dep_ in {"poss", "compound"} and c.pos_ == "PROPN":
                        names.setdefault(tok.lemma_.lower(), set()).add(c.lower_)
        return {noun for noun, owners in names.items() if len(owners) > 1}
    return ctx.remembered(("named_kinds",), find)


def response_without_object(info: SentInfo) -> bool:
    """"A majority of the court's seven judges disagreed, and …": a response
    verb of the main clause with nothing it responds to leans on the
    sentence before (panel 53)."""
    root = info.span.root
    for verb in [root] + [c for c in root.children if c.dep_ == "conj"]:
        if verb.lemma_.lower() in _RESPONSES and not any(
                c.dep_ in {"dobj", "prep", "xcomp", "ccomp", "advcl", "pobj"} for c in verb.children):
            return True
    for verb in [root] + [c for c in root.children if c.dep_ in {"conj", "xcomp"}]:
        if verb.lemma_.lower() in _PARTAKING and not any(
                c.dep_ in {"dobj", "xcomp", "ccomp", "pobj"} or c.dep_ == "prep" and c.lower_ in {"in", "as"}
                for c in verb.children):
            return True
    return False


def reported_it(info: SentInfo) -> bool:
    """"Jack Dalrymple warned that it would prolong a dangerous situation":
    "it" in a person's reported words is something the sentence before named."""
    root = info.span.root
    person = any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in PERSON_NOUNS)
                 for c in root.children)
    it = next((t for t in info.span if t.lower_ == "it" and t.dep_ in {"nsubj", "nsubjpass"}
               and t.head.dep_ == "ccomp" and t.head.head.i == root.i), None)
    return person and it is not None and not any(  # "A lawyer for the firm denied that it …": the firm
        t.pos_ in {"NOUN", "PROPN"} and t.ent_type_ != "PERSON" and t.lemma_.lower() not in PERSON_NOUNS
        for t in info.span if t.i < it.i)
