"""True/false that teaches: an article statement, or the same statement with
exactly one checkable thing changed into something plausible that the article
shows to be false.

The changes, tried in this order (a student can check each against one
sentence of the article):

* a number changed (:func:`quizgen.generate.distractors.choose`: another
  number of the article or a near value of the same unit);
* a name swapped for one of the same kind and level (:mod:`.kinds`: a city
  for a city, a country for a country, a full name for a full name) that
  **plays the same role elsewhere in the article**: a person who is also the subject of a sentence
  for a person in subject position, a full name for a full name, an
  organisation whose name ends in the same kind word ("… Party" for
  "… Party"), a nationality for a nationality — never an intelligence agency
  for an army, nor a person for a newspaper;
* a date swapped for another date of the same shape the article gives;
* (before names, numbers and dates, after a reversed verb) the holder of a
  view swapped for one who took the other side (:mod:`.speaker_swap`);
* the main verb negated, only when the verb asserts something (not "may",
  "might", "could": "might not" does not contradict "might").

The explanation of a false statement gives the correction and the sentence.
"""
from __future__ import annotations

import random
import re

from ..lexicons.opinion import HEDGE
from ..lexicons.places import place_level
from ..questions import TRUE_FALSE, Question, normalize
from . import distractors, kinds
from .context import NUMBER_LABELS, Context, Mention, SentInfo
from .leaning import NO_COMMENT, points_back, reported_it, response_without_object, words_before
from .records import make
from .reversal import reverse
from .speaker_swap import speaker_swap
from .statements import (EARLY_OWNER, NEGATIVE, PERSON_PRONOUN, inside_quotation, long_list, loose_owner,
                         pronoun_speaker, quantified_subject, standalone)
from .swap_guards import described, inside_description, located_by, titled

#: Labels a false statement may change, names first: a changed figure or date
#: was kept 3 of 11 times by the panels (16-27), a reversed verb or swapped
#: name 24 of 35 (eval/panels/README.md).  No nationality swaps: "Islamist"
#: for "Yemeni" left raters unsure whether the changed statement was false or
#: merely worded differently.
SWAP_LABELS = ["PERSON", "ORG", "GPE", "DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"]
#: Labels whose swap must keep the entity's role (subject / other) in the article.
_ROLE_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
#: Names that take no article of their own: "the United States" swapped for "New Zealand", not "the New Zealand".
_BARE_NAMES = {"PERSON", "GPE", "NORP", "LOC"}
#: Auxiliaries whose negation contradicts the statement.
_NEGATABLE_AUX = {"is", "was", "are", "were", "has", "have", "had", "will"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent"}
_LOOSE_PRONOUN = re.compile(r"\b(?:he|she|him|they|them)\b", re.IGNORECASE)
#: Shorter statements with no name, number or date say too little to test.
MIN_STATEMENT_WORDS = 7
#: Focus words that make a negation ambiguous ("did not require only half").
#: Words a "not" reads badly beside ("have not already begun", "is not still"): no negated statement with them.
_FOCUS = re.compile(r"\b(?:only|just|even|merely|at least|at most|also|already|still)\b", re.IGNORECASE)


def generate(ctx: Context, rng: random.Random) -> list[Question]:
    out: list[Question] = []
    headline = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", ctx.article.title or "")}
    for info in ctx.sents:
        statement = standalone(ctx, info)
        if statement is None or inside_quotation(ctx, info) or _LOOSE_PRONOUN.search(statement.split(" ", 1)[-1]):
            continue  # "… reports he is unwell": who "he" is needs the paragraph
        if not_checkable(statement) or reported_it(info) or EARLY_OWNER.match(statement) or _judged(ctx, info) \
                or NO_COMMENT.search(statement) or response_without_object(info) or words_before(info) \
                or points_back(ctx, info, statement, headline):
            continue  # "Ten of its eleven members …": whose members the sentence before said
        if long_list(info):
            continue  # "… protect against whooping cough, measles, mumps, …": matching a list, no reading (panel 71)
        if any(t.lower_ == "it" and t.dep_ in {"dobj", "pobj", "dative"} for t in info.span) or pronoun_speaker(info):
            continue  # "recommended that shareholders accept it", "In a reply, it said …": the sentence before said
        if loose_owner(ctx, info, statement) or (
                len(statement.split()) < MIN_STATEMENT_WORDS and not any(
                    any(ch.isdigit() or ch.isupper() for ch in m.text) for m in ctx.mentions_in(info.index))):
            continue  # "The vote followed days of argument.": no name, number or date to check
        quote = info.sentence.text
        base = 0.8 + 0.05 * min(3, len(ctx.mentions_in(info.index)))
        out.append(make(ctx, info, type="true_false", skill="fact", prompt=statement, answer="True",
                        choices=list(TRUE_FALSE), rule="true_false", score=base, change="",
                        explanation=f"True. The article says: \u201c{quote}\u201d"))
        false = falsify(ctx, info, statement, rng)
        if false is not None:
            changed, wrong, right, how = false
            swapped = next((m.label for m in ctx.mentions_in(info.index) if f"\u201c{m.text}\u201d" == right), "")
            out.append(make(ctx, info, type="true_false", skill="fact", prompt=changed, answer="False",
                            choices=list(TRUE_FALSE), rule="true_false", score=base + 0.1, change=how,
                            swapped_label=swapped,
                            explanation=(f"False. The article says {right}, not {wrong}: "
                                         f"\u201c{quote}\u201d")))
    return out


#: Words that tie a sentence to the one before it ("The plan, however, failed"):
#: alone, the statement no longer says what it answers.
_LINKED = re.compile(r"\bthen\b(?!-)|\b(however|therefore|nevertheless|nonetheless|meanwhile|instead|thus|hence|on the other hand|"
                     r"in contrast|by contrast|for (?:his|her|its|their) part|in turn)\b", re.I)
#: "seems to have worked", "appeared to": an impression, not a checkable fact.
_SEEMS = re.compile(r"\b(?:[Ss]eems?|[Ss]eemed|[Aa]ppears?|[Aa]ppeared) to\b|\b[Mm]ight\b|\b(?:may|could) (?:have|be|not)\b")


def _judged(ctx: Context, info: SentInfo) -> bool:
    """The sentence is an opinion (:meth:`Context.opinions`): "The grounding
    is a severe blow to an aircraft …" is the writer's judgement, which a
    student can only call "true" by agreeing with it."""
    s = info.sentence
    return any(o.paragraph == s.paragraph and o.start < s.end and s.start < o.end for o in ctx.opinions())


def not_checkable(statement: str) -> bool:
    """A statement a student cannot call true or false from the article alone: a
    hedge or impression, or a sentence leaning on the one before it."""
    return bool(HEDGE.search(statement) or _SEEMS.search(statement) or _LINKED.search(statement))


def falsify(ctx: Context, info: SentInfo, statement: str, rng: random.Random):
    """(false statement, wrong part, right part, kind of change) or None: the
    main verb reversed ("fell" -> "rose") where it has an opposite, else the
    speaker swapped for one of the other side, else a name, number or date
    swapped, else the verb negated."""
    reversed_ = reverse(info, statement, ctx.text())
    if reversed_ is not None and normalize(reversed_[0]) not in ctx.normalized_text():
        return reversed_
    other_side = speaker_swap(ctx, info, statement)
    if other_side is not None:
        return other_side  # "Health campaigners said the tax was regressive": a view of the other side
    if NEGATIVE.search(statement):
        return None  # "Nene did not say how …" swapped from "Zuma did not say …": no sentence shows it false
    mentions = [m for m in ctx.mentions_in(info.index) if m.label in SWAP_LABELS]
    mentions.sort(key=lambda m: SWAP_LABELS.index(m.label))
    for m in mentions:
        if statement.count(m.text) != 1:
            continue
        at = statement.index(m.text)
        if statement[at - 1:at] == "-" or statement[at + len(m.text):at + len(m.text) + 1] == "-":
            continue  # "anti-Pyongyang propaganda": a swap inside a compound reads as nonsense
        if m.label in NUMBER_LABELS and re.search(r"\S\s+[A-Z][a-z]+\s+$", statement[:at]):
            continue  # "replacement Note 7s": the number is part of a name, "Note 2s" is no phone
        if m.label in NUMBER_LABELS and _in_range(statement, at, at + len(m.text)):
            continue  # "20,000 to 25,000": "40,000 to 25,000" is a broken range, not a false fact
        if m.label in NUMBER_LABELS | {"PERSON"} and any(t.tag_ in {"JJS", "RBS"} for t in info.span):
            continue  # "At 17, the youngest ever": another age or person contradicts the superlative, not the article
        if m.label == "PERSON" and PERSON_PRONOUN.search(statement[at + len(m.text):]):
            continue  # "Sharif said … her campaign": the pronoun tells whose words they were
        if _unstated_after_swap(info, statement, m, at):
            continue  # "In France, the whisky industry is bracing …", "Cullinan was gracious" (panels 77, 80)
        if m.label in {"GPE", "LOC"} and (_measured(info, at_place=m.start)
                                          or info.span.root.lemma_.lower() in _RECEPTION):
            continue  # "About a quarter of adults in Ireland smoke" -> Scotland, "was received badly in Spain" ->
            # France (panel 64): unstated there, not false
        wrong = _replacement(ctx, info, m, rng)
        if wrong is None or re.search(rf"\b{re.escape(wrong)}\b", statement):
            continue  # "Fayulu accused Fayulu of …": the name the statement already gives (panel 55)
        before = statement[:statement.index(m.text)]
        wrong = wrong if m.label in _BARE_NAMES else _same_determiner(m.text, wrong, before)
        changed = _indefinite_article(before, wrong) + statement[len(before):].replace(m.text, wrong, 1)
        if normalize(changed) in ctx.normalized_text():
            continue  # the "false" statement is in the article after all
        return changed, f"\u201c{wrong}\u201d", f"\u201c{m.text}\u201d", "swap"
    return _negate(info, statement)


#: Verbs of how something was received: where, says nothing of elsewhere.
_RECEPTION = frozenset("receive greet welcome react respond view see".split())
_SHARE_WORDS = frozenset("quarter third half fifth tenth majority minority percent per cent proportion share".split())


def _measured(info: SentInfo, at_place: int) -> bool:
    """The place (its mention starting at character ``at_place``) is inside a
    figure or share ("a quarter of adults in Ireland", "200 million users in
    India"): moved to another place, the article says nothing of it (panel 39)."""
    place = next((t for t in info.span if t.idx == at_place), None)
    if place is None:
        return False
    for t in info.span:
        if t.ent_type_ in {"PERCENT", "CARDINAL", "QUANTITY"} or t.lower_ in _SHARE_WORDS:
            anchor = t.head if t.dep_ in {"nummod", "quantmod", "compound"} else t
            if place.i in {x.i for x in anchor.subtree}:
                return True
    return False


_RANGE_AFTER = re.compile(r"^\s*(?:to|and|or|-|\u2013)\s*[$\u00a3\u20ac]?\d")
_RANGE_BEFORE = re.compile(r"(?:\d[\d,.]*\s*(?:to|-|\u2013)|\bbetween\s+[$\u00a3\u20ac]?\d[\d,.]*\s+and)\s*[$\u00a3\u20ac]?$")


#: The place is the far end of a stretch ("from Louisiana to "): any place
#: along the way makes "to X" arguably true.
_PLACE_RANGE = re.compile(r"\bfrom [A-Z][\w.'\u2019 -]{1,40} to $")


def _unstated_after_swap(info: SentInfo, statement: str, m: Mention, at: int) -> bool:
    """Swapping ``m`` (at ``at`` in ``statement``) would give a statement the
    article leaves open rather than one it shows false: a place that opens the
    sentence ("In Scotland, the whisky industry …" -> "In France, …"), an end
    of a stretch ("from Louisiana to Florida" -> "to Alabama", which lies
    between), or a person put into a judgement of someone else ("Jenkins was
    gracious" -> "Cullinan was gracious")."""
    after = statement[at + len(m.text):]
    if m.label in {"GPE", "LOC"}:
        return bool(re.fullmatch(r"(?:In|At|Across|Throughout) ", statement[:at]) and after.startswith(",")
                    or _PLACE_RANGE.search(statement[:at])
                    or statement[:at].endswith("from ") and re.match(r" to [A-Z]", after))
    root = info.span.root
    return m.label == "PERSON" and root.lemma_ == "be" and any(c.dep_ == "acomp" for c in root.children)


def _in_range(text: str, start: int, end: int) -> bool:
    """The number at ``text[start:end]`` is one end of a range ("20,000 to
    25,000", "between 5 and 10", "3-4")."""
    return bool(_RANGE_AFTER.match(text[end:]) or _RANGE_BEFORE.search(text[:start]))


def _replacement(ctx: Context, info: SentInfo, m: Mention, rng: random.Random) -> str | None:
    if m.label in NUMBER_LABELS:
        if distractors.unchangeable_number(m.text) or kinds.time_level(m.text) == "clock":
            return None  # fractions, compound sizes ("2mm/152mm") and race times change into nonsense
        options = distractors.choose(ctx, m.text, m.label, info.index, rng, n=5)
        return next((o for o in options if plausible_number(m.text, o)), None)
    if m.label == "DATE":
        shape = distractors._date_shape(m.text)
        if not any(shape):
            return None
        dates = [d.text for d in ctx.mentions_of({"DATE"}) if d.sentence != info.index
                 and distractors._date_shape(d.text) == shape and not distractors.similar(d.text, m.text, ctx)
                 and same_unit(m.text, d.text)]
        return dates[0] if dates else None
    if described(ctx, m) or inside_description(ctx, m) or located_by(ctx, info, m) or titled(info, m):
        return None
    if m.label == "GPE" and normalize(m.text) == ctx.home_place():
        return None  # "Sex between men was a crime in Australia until 1993" in an article about Ireland (panel 51)
    other = _same_role_name(ctx, info, m)
    if other is not None and _after_the(ctx, info, m) != _written_after_the(ctx, other):
        return None  # "traders in Cyprus and the Ireland": "the Netherlands" keeps its article
    return other


def _after_the(ctx: Context, info: SentInfo, m: Mention) -> bool:
    before = info.sentence.text[:max(0, m.start - info.sentence.start)].rstrip()
    return before.lower().endswith(" the") or before.lower() == "the"


def _written_after_the(ctx: Context, name: str) -> bool:
    """Whether the article writes ``name`` after "the" ("the Netherlands")."""
    return ctx.times_after_determiner(name)[0] > 0


_NUMBER_WORD = re.compile(r"[\d.,/–-]+|\b(?:million|billion|thousand|hundred|trillion)\b", re.IGNORECASE)
#: A changed number stays within this factor of the article's (a 0.2
#: magnitude earthquake that sets off a tsunami is absurd, not false).
NUMBER_FACTOR = 4.0


def same_unit(a: str, b: str) -> bool:
    """The two amounts or dates have the same words around their numbers
    ("about 1,700" / "about 6,800"; not "11 to 85 days" / "65 million years ago")."""
    return _NUMBER_WORD.sub(" ", a).lower().split() == _NUMBER_WORD.sub(" ", b).lower().split()


def plausible_number(original: str, changed: str) -> bool:
    """Same unit, and within :data:`NUMBER_FACTOR` of the original value."""
    if not same_unit(original, changed):
        return False
    a, b = distractors.amount(original), distractors.amount(changed)
    if a is None or b is None or a == b:
        return a is None and b is None
    if re.search(r"%|\bper ?cent\b", changed, re.IGNORECASE) and b > 100:
        return False  # "110 percent of global emissions" is false before it is read
    return a > 0 and b > 0 and 1 / NUMBER_FACTOR <= b / a <= NUMBER_FACTOR


def _same_role_name(ctx: Context, info: SentInfo, m: Mention) -> str | None:
    """Another name of the same label that has the mention's role (subject or
    not) somewhere else in the article, of the same form (one word or
    several) and, for an organisation, the same kind word."""
    role = roles(ctx).get((m.sentence, m.start))
    if m.label == "ORG" and role != "subject":
        return None  # a body in another role reads as absurd ("a list of journals")
    key_kind = kinds.kind_of(ctx, m.text, m.label)
    sentence = f" {normalize(info.sentence.text)} "
    words = len(m.text.split())
    labels = _labels(ctx)
    if labels.get(normalize(m.text)) != {m.label} or \
            (m.label == "PERSON" and words == 1 and ctx.full_name(m.text) == m.text):
        return None
    for other in ctx.mentions_of({m.label}):
        if other.sentence == info.index or f" {normalize(other.text)} " in sentence:
            continue
        if distractors.similar(other.text, m.text, ctx) or (len(other.text.split()) > 1) != (words > 1):
            continue
        if labels.get(normalize(other.text)) != {m.label} or described(ctx, other):
            continue  # a name the parser labels two ways is not a safe swap
        if set(normalize(other.text).split()) & set(normalize(m.text).split()):
            continue  # "Mark Antony" for "Marc Antony": a spelling, not another person
        if m.label == "PERSON" and words == 1 and ctx.full_name(other.text) == other.text:
            continue  # a one-word "person" no full name in the article confirms
        if m.label == "PERSON" and not _acts(ctx, other.text):
            continue  # a person who does nothing in the article plays no role to swap in
        if role and roles(ctx).get((other.sentence, other.start)) != role:
            continue
        if m.label == "ORG" and not (words > 1 and _kind_word(other.text) == _kind_word(m.text) != ""):
            continue
        if not kinds.fits(key_kind, kinds.kind_of(ctx, other.text, other.label)):
            continue  # the answer-type model: a city for a city, a country for a country, an outlet for an outlet
        if m.label == "GPE" and (place_level(m.text) is None or place_level(other.text) is None):
            continue  # "Dhaka" among clothing brands the model tagged as places: only known places swap
        if m.label == "GPE" and normalize(other.text) == ctx.home_place():
            continue  # "the former president fled to Peru" in an article set in Peru: absurd, not false
        return other.text
    return None


def _acts(ctx: Context, name: str) -> bool:
    """Whether some mention of ``name`` is the subject of a sentence's verb."""
    key = normalize(name)
    return any(normalize(m.text) == key and roles(ctx).get((m.sentence, m.start)) == "subject"
               for m in ctx.mentions)


def _labels(ctx: Context) -> dict[str, set[str]]:
    """Every label the article's mentions of one name were given."""
    out: dict[str, set[str]] = {}
    for m in ctx.mentions:
        out.setdefault(normalize(m.text), set()).add(m.label)
    return out


def _kind_word(name: str) -> str:
    """The word naming what kind of organisation it is ("Party", "Service");
    "" for a one-word name or an acronym."""
    words = name.split()
    return words[-1].lower() if len(words) > 1 and not words[-1].isupper() else ""


def roles(ctx: Context) -> dict[tuple[int, int], str]:
    """(sentence, start) of each naming mention → "subject" or "other"
    (computed once per context)."""
    cached = getattr(ctx, "_true_false_roles", None)
    if cached is None:
        cached = _roles(ctx)
        ctx._true_false_roles = cached
    return cached


def _roles(ctx: Context) -> dict[tuple[int, int], str]:
    out = {}
    for m in ctx.mentions:
        if m.label not in _ROLE_LABELS or not 0 <= m.sentence < len(ctx.sents):
            continue
        span = ctx.sents[m.sentence].span
        toks = [t for t in span if m.start <= t.idx < m.end]
        if not toks:
            continue
        ids = {t.i for t in toks}
        head = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[0])
        out[(m.sentence, m.start)] = "subject" if head.dep_ in _SUBJECT_DEPS else "other"
    return out


def _indefinite_article(before: str, new: str) -> str:
    """``before`` with a final "a"/"an" agreeing with ``new`` ("an 8.8" → "a 4.4")."""
    found = re.search(r"\b([Aa]n?)\s+$", before)
    if not found:
        return before
    vowel = bool(re.match(r"(?:[aeiouAEIOU]|8|11|18)(?!\d{2}\b)", new)) and not new.lower().startswith(("uni", "eu", "one"))
    article = ("an" if vowel else "a")
    article = article.capitalize() if found.group(1)[0].isupper() else article
    return before[:found.start(1)] + article + before[found.end(1):]


_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _same_determiner(key: str, wrong: str, before: str) -> str:
    """The swapped-in name with the article the sentence needs: "the North
    Korean Military" -> "the National Intelligence Service", not "that
    National Intelligence Service was deployed"; and no "the the"."""
    key_the = _DETERMINER.match(key)
    wrong_the = _DETERMINER.match(wrong)
    if key_the and not wrong_the and not re.match(r"^[\w.-]+[\u2019']s\b", wrong):
        return key_the.group(0) + wrong
    if wrong_the and not key_the and re.search(r"\b(?:the|a|an)\s*$", before, re.IGNORECASE):
        return wrong[wrong_the.end():]
    return wrong


_FINITE = {"VBZ", "VBP", "VBD", "MD"}


def _stray_finite_verb(info: SentInfo, root) -> bool:
    """A finite verb after the root heading a clause with no subject of its
    own (other than a verb coordinated with the root): the parse is wrong."""
    for t in info.span:
        if t.i <= root.i or t.dep_ in ("aux", "auxpass") or t.pos_ not in ("VERB", "AUX"):
            continue
        finite = t.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in t.children)
        if finite and not any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "expl" for c in t.children) \
                and not (t.dep_ == "conj" and t.head.i == root.i) and t.dep_ not in ("relcl", "acl"):
            return True
    return False


#: Subjects "not" on the verb does not contradict ("some economists", "a group").
_QUANTIFIERS = {"some", "many", "several", "most", "few", "other", "others", "both", "all", "a"}


def _comma_aside(info: SentInfo, root) -> bool:
    """A comma-set phrase after the main verb that goes on asserting (", the
    first in the country's history", ", insisting it acted lawfully", ", which
    …"): with "not" on the verb, the aside still claims what "not" denies."""
    doc = root.doc
    for t in info.span:
        if t.i <= root.i or t.dep_ not in ("appos", "advcl", "relcl", "acl"):
            continue
        if t.dep_ in ("advcl", "acl") and t.tag_ not in ("VBG", "VBN"):
            continue
        left = t.left_edge.i
        if left > 0 and doc[left - 1].text == ",":
            return True
    return False


def _negate(info: SentInfo, statement: str):
    """The statement with its main verb negated, when the verb asserts
    something (a modal's negation would not contradict the article)."""
    root = info.span.root
    if any(c.dep_ == "neg" for c in root.children) or root.pos_ not in {"VERB", "AUX"}:
        return None
    if NEGATIVE.search(statement) or _FOCUS.search(statement) or not any(c.dep_ in _SUBJECT_DEPS and c.i < root.i for c in root.children):
        return None  # a double negative, or a verb without its subject before it
    if _stray_finite_verb(info, root):
        return None  # the parse missed the main verb: "Restrictions put in place … are reported …"
    if quantified_subject(root, _QUANTIFIERS):
        return None  # "Some economists do not predict …" is true when other economists disagree
    if _comma_aside(info, root):
        return None  # "did not declare an emergency, the first in its history, giving …" reads as nonsense
    if any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for c in root.children):
        return None  # "did not pass … and will allow": the "not" reaches one verb of two
    auxes = [c for c in root.children if c.dep_ in {"aux", "auxpass"} and c.i < root.i]
    if any(a.tag_ == "MD" and a.lower_ != "will" for a in auxes):
        return None
    target = auxes[0] if auxes else root
    offset = target.idx - info.span[0].idx
    word = info.sentence.text[offset:offset + len(target.text)]
    if statement.count(f" {word} ") != 1:
        return None
    if (target.lower_ in _NEGATABLE_AUX and not (target is root and root.lemma_ == "have")) \
            or (target is root and root.lemma_ == "be"):
        changed = statement.replace(f" {word} ", f" {word} not ", 1)
    elif target is root and root.tag_ in {"VBD", "VBZ", "VBP"}:
        if any(c.dep_ == "advmod" and c.i == root.i - 1 for c in root.children):
            return None  # "sharply criticised": "sharply did not criticise" (panel 63)
        do = {"VBD": "did", "VBZ": "does", "VBP": "do"}[root.tag_]
        changed = statement.replace(f" {word} ", f" {do} not {root.lemma_.lower()} ", 1)
    else:
        return None
    return changed, "the opposite", "the statement without \u201cnot\u201d", "negate"
