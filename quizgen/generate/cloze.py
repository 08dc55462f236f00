"""Cloze: a sentence of the article with one key term blanked.

Key terms are names, numbers and dates the sentence states (the things a
careful reader remembers). Accepted answers add the forms the article itself
equates (an acronym and its expansion) and the term without "the".

A list of same-kind names ("A, B and C") is also asked as one key: the
whole list blanked.  Part of a longer name ("Johnnie" of "Johnnie
Christmas", a tagging slip) is never blanked, and a vague amount word
("hundreds", "dozens") ranks low.  Ordinals written in digits ("the 22nd
festival") are blanked too, with neighbouring ordinals in the bank.
"""
from __future__ import annotations

import random
import re

from ..lexicons.people import PERSON_NOUNS, names_person
from ..lexicons.places import place_level
from ..lexicons.quantities import MONTHS, WEEKDAYS
from ..nlp import entity_at
from ..quality import unbalanced
from ..questions import BLANK, Question, contains_phrase, normalize
from . import distractors, kinds
from .agents import LINKING_VERBS, can_act
from .context import Context, strip_det
from .records import make
from .statements import inside_quotation, standalone

LIST_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART"}
_VAGUE_AMOUNTS = {"hundreds", "thousands", "dozens", "millions", "billions", "scores", "tens", "several",
                  "many", "few", "some"}
CLOZE_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "CARDINAL", "MONEY", "PERCENT",
                "QUANTITY", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "TIME"}


def generate(ctx: Context, rng: random.Random) -> list[Question]:
    out: list[Question] = []
    for info in ctx.sents:
        text = standalone(ctx, info, min_words=7, max_words=40)
        if text is None or inside_quotation(ctx, info):
            continue  # the sentence does not stand alone, or is a speaker's words without the speaker
        if unbalanced(text):
            continue  # a sentence cut inside brackets or quotes ("Division B (pp.")
        base = info.sentence.start
        lists = _lists(ctx, info)
        items = [(m.text, m.label, m.start, False) for m in ctx.mentions_in(info.index)
                 if not _partial_name(info, m) and not kinds.is_common(ctx, m.text)
                 and not _headline_name(ctx, m)
                 and (m.label in CLOZE_LABELS or m.label == "ORDINAL" and _ORDINAL.fullmatch(m.text))]
        items += [(key, label, start, True) for key, label, start, _ in lists]
        for key, label, start, is_list in items:
            m = _Item(key, label, start)
            prompt = _blanked(info.sentence.text, text, key, m.start - base)
            if prompt is None:
                continue
            if _unfit_blank(info, m, prompt):
                continue
            bank = _bank(ctx, info, m, label, is_list, prompt, rng)
            if bank is None:
                continue
            if not bank and len(key.split()) > 5 and not (is_list and "," in key):
                continue  # "The Bangladesh Garment Manufacturers and Exporters Association" from memory
            if not bank and _modifier_blank(info, m.start, m.start + len(key)) or \
                    m.label == "NORP" and _before_a_noun(info, m.start + len(key)):
                # "A ______ hospital" with no bank: "local" and "Chinese" fit as well; "Some ______
                # researchers warned …" asks a nationality, not the warning (0 of 3 kept, panel 27)
                continue
            accepted = sorted({a for a in ctx.equivalents(key) if a != normalize(key)}
                              | ({strip_det(key)} if strip_det(key) != key else set()))
            score = 0.9 + (0.2 if bank else 0.0) + (0.1 if m.label in {"PERSON", "ORG", "GPE"} else 0.0)
            if is_list:
                score = 1.1
            elif normalize(key) in WEEKDAYS | MONTHS or m.label == "DATE" and re.fullmatch(r"(?:19|20)\d\d", key) \
                    and _modifier_blank(info, m.start, m.start + len(key)):
                continue  # "On ______, Systrom published …", "broke a ______ agreement", "expire in ______"
                # (a bare month): trivial to three of three raters (panels 63, 64)
            elif normalize(key) in _VAGUE_AMOUNTS or m.label == "NORP":
                score -= 0.4  # "hundreds", "Democratic": little to remember, or known anyway
            elif _weak_blank(info, m.start, m.start + len(key)):
                continue  # filled from the words around it: "following ______ and Moscow's denial"
            q = make(ctx, info, type="cloze", skill="fact",
                     prompt=prompt, answer=key, rule="cloze", score=score, label=m.label,
                     key_norm=normalize(key),
                     explanation=f"The article says: \u201c{info.sentence.text}\u201d")
            q.accepted = accepted
            q.word_bank = bank
            out.append(q)
    return out


#: A pronoun that picks a woman's name from a bank of men's (most people a news article
#: quotes are men, so "he" picks nothing; as the multiple-choice check, filters.gendered_giveaway).
_GENDERED = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)


def _unfit_blank(info, m: _Item, prompt: str) -> bool:
    """A blank not worth asking: the key is still in the stem, a pronoun "one"
    ("______ of the highest ever"), a label or a name beside its own name, a
    date of no shape, a fraction, an age ("16-year-olds" among "48-year-olds")."""
    key = m.text
    if contains_phrase(prompt.replace(BLANK, " "), key) or len(normalize(key)) < 2 or normalize(key) == "one":
        return True
    if _label_blank(info, m.start, m.start + len(key)) or _named_nearby(key, m.label, prompt):
        return True
    if m.label == "PERSON" and (_GENDERED.search(prompt) or key.split()[0].lower() in PERSON_NOUNS):
        return True  # "______, writing to Maynard, said she …" beside two men; "Primatologist Jane Goodall" (panel 67)
    if _CUT_OR_NO_COUNT.search(prompt):
        return True  # "At ______. local time" (the "a.m." cut), "All ______ deputies", "Lula, who is ______," (an age)
    if m.label in {"DATE", "TIME"} and not any(distractors._date_shape(key)):
        return True
    if m.label in {"CARDINAL", "PRODUCT"} and key[:1].isdigit() and _after_a_name(info, m.start):
        return True  # "replacement Note ______" (7s), "Flight ______": the number is part of a name
    if _VAGUE_AMOUNT.fullmatch(key.strip()) or (key.count(", ") >= 3 and " and " in key):
        return True  # "tens of thousands" tests no fact; a five-country list is recall, not reading
    region = _REGION_AFTER.search(prompt) if m.label in {"GPE", "LOC"} else None
    if region and place_level(region.group(1)) in {"state", "region", "country"}:
        return True  # "lives in ______, Quebec": the region rules the other cities out
    runs_on = _NAME_RUNS_ON.search(prompt)
    if m.label == "ORG" and runs_on and place_level(runs_on.group(1)) == "region":
        return True  # "the Organization for Security and Co-operation ______ in Europe": half a name
    if _NAME_HEAD_BLANK.search(prompt) or (m.label == "PERSON" and _role_before(info, m.start)):
        return True  # "______ of Cincinnati asked its schools", "The actor ______ did the challenge"
    if _SHARE.search(key) and _REMAINDER.search(info.sentence.text):
        return True  # "51% … and the provinces the remaining ______": the blank is arithmetic, not reading
    if _in_a_title(info, m.start, m.start + len(key)):
        return True  # "then the Chancellor of the ______", "the director of ______": a job title, not the news
    return distractors.unchangeable_number(key) or bool(_AGE.search(key))


BLANK_RE = re.escape(BLANK)
#: A share of a whole, and words that make one share the rest of another.
_SHARE = re.compile(r"%|\bper ?cent\b|\bhalf\b|\bthird\b|\bquarter\b", re.IGNORECASE)
_REMAINDER = re.compile(r"\b(?:remaining|remainder|the rest)\b", re.IGNORECASE)
_VAGUE_AMOUNT = re.compile(r"(?:tens|hundreds) of (?:thousands|millions)|dozens|scores", re.IGNORECASE)
#: A blanked place followed by its region ("______, Quebec").
_REGION_AFTER = re.compile(BLANK_RE + r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")
#: A name that runs on after the blank into a region ("______ in Europe" of "the
#: Organization for Security and Co-operation in Europe"): the key is only part of it.
_NAME_RUNS_ON = re.compile(BLANK_RE + r"\s+(?:in|for|of)\s+((?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
#: A blank that heads a name ("______ of Cincinnati"): only a name of that shape fits.
#: A blank that cut its key's stop off ("At ______. local time"), or a number that is
#: no count to recall ("All ______ deputies", "who is ______": an age).
_CUT_OR_NO_COUNT = re.compile(BLANK_RE + r"\.\s+[a-z]|\b(?:[Aa]ll|who is|who was|aged) " + BLANK_RE
                              + r"|[A-Z][\w'-]+, " + BLANK_RE + r",")  # "Contador, ______, told …": an age (panel 64)
_NAME_HEAD_BLANK = re.compile(BLANK_RE + r"\s+of\s+[A-Z]")


def _in_a_title(info, start: int, end: int) -> bool:
    """The blank completes a person's title: it is the "of" phrase of a person
    noun ("director of ______", "Chancellor of the ______")."""
    toks = [t for t in info.span if start <= t.idx < end]
    ids = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in ids), None)
    if head is None or head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    owner = head.head.head
    return owner.pos_ in {"NOUN", "PROPN"} and names_person(owner.lower_)


def _after_a_name(info, start: int) -> bool:
    """The word right before ``start`` is a capitalised name word ("Note", "Flight")."""
    before = [t for t in info.span if t.idx + len(t.text) <= start]
    return bool(before) and before[-1].text[:1].isupper() and before[-1].is_alpha \
        and before[-1].i != info.span.start


def _modifier_blank(info, start: int, end: int) -> bool:
    """The blanked name sits between an article and a lower-case noun it
    modifies ("A ______ hospital"): without a bank, "local" fits as well."""
    before = [t for t in info.span if t.idx + len(t.text) <= start]
    after = [t for t in info.span if t.idx >= end]
    return bool(before and after) and before[-1].pos_ == "DET" and after[0].pos_ == "NOUN" and after[0].is_lower


_IT_AFTER = re.compile(r"^\W*(?:\S+\s+){0,3}(?:it|its|itself)\b", re.IGNORECASE)
_PERSON_AFTER = re.compile(r"^\W*(?:\S+\s+){0,3}(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE)


def _bank(ctx: Context, info, m: "_Item", label: str, is_list: bool, prompt: str,
          rng: random.Random) -> list[str] | None:
    """The word bank (the key and two or more options of its kind, sorted), or
    [] for none, or None when the blank cannot be asked at all."""
    key = m.text
    kind_noun = _kind_noun(info, m.start, m.start + len(key)) if label in {"ORG", "PRODUCT", "FAC", "GPE"} else None
    if m.label == "ORDINAL":
        options = _ordinal_options(key)
    else:
        options = [] if is_list else distractors.choose(ctx, key, m.label, info.index, rng)
    options = [_case_like(key, o) for o in options]  # "the next day" beside "The next day" cues the key
    options = _agreeing(ctx, m.label, prompt, options)
    if kind_noun:
        # "the ______ mining company" with "NASA" in the bank: the noun after the blank sets
        # the kind, so only names the article also writes before that noun are offered
        article = ctx.text().lower()
        options = [o for o in options if f"{o} {kind_noun}".lower() in article]
        if len(options) < 2:
            return None
    if _described_blank(info, m.start, m.start + len(key)):
        return []  # "President ______", "lobby group ______": only the key would fit the words before it
    acting = _subject_blank(info, m)
    options = [o for o in options if _same_kind_word(key, o)
               and not (acting and not can_act(ctx, o, person=m.label == "PERSON"))]
    return sorted([key, *options], key=str.lower) if len(options) >= 2 else []


def _same_kind_word(key: str, option: str) -> bool:
    """A key that ends in a common noun ("the ZANU-PF party") takes options that
    end in it too: "the ruling ______" has room for a party only (panel 33)."""
    last = key.split()[-1] if key.split() else ""
    return not (last.isalpha() and last.islower()) or option.split()[-1:] == [last]


def _subject_blank(info, m: "_Item") -> bool:
    """The blank is the subject of an active verb ("______ has said …", "______,
    football's governing body, banned him"): its bank takes only names that speak
    or act in the article, not a probe, a product or "Group C" (panel 33)."""
    toks = [t for t in info.span if m.start <= t.idx < m.start + len(m.text)]
    ids = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in ids), None)
    if head is None:
        return False
    opens = head.i == info.span.start and head.head.dep_ == "ROOT" and head.head.pos_ == "VERB"
    # ("FIFA, football's governing body, banned him": the parser hangs the name on the verb)
    return (head.dep_ == "nsubj" or opens) and head.head.lemma_ not in LINKING_VERBS or _kept_from_acting(head)


def _kept_from_acting(obj) -> bool:
    """The blank is whom a verb keeps from doing or lets do something ("a law
    has prevented ______ from working with China", "allowed ______ to bid"):
    a doer too, so "Solar System" is no option beside NASA (panel 44)."""
    if obj.dep_ != "dobj":
        return False
    verb = obj.head
    from_doing = any(c.dep_ == "prep" and c.lower_ == "from" and any(g.tag_ == "VBG" for g in c.children)
                     for c in verb.children)
    to_do = any(c.dep_ == "xcomp" and c.i > obj.i for c in verb.children)
    return from_doing or to_do


def _agreeing(ctx: Context, label: str, prompt: str, options: list[str]) -> list[str]:
    """Only options of the key's kind when a pronoun right after the blank
    tells the kind: "______ said it was confident" leaves no person in the
    bank beside the one firm (panel 27)."""
    tail = prompt.split(BLANK, 1)[-1]
    want = "ORG" if label == "ORG" and _IT_AFTER.search(tail) else \
        "PERSON" if label == "PERSON" and _PERSON_AFTER.search(tail) else None
    if want is None:
        return options
    labels = {m.text: m.label for m in ctx.mentions}
    return [o for o in options if labels.get(o) == want]


def _before_a_noun(info, end: int) -> bool:
    """The blank ends right before a lower-case noun it modifies ("______ researchers")."""
    after = [t for t in info.span if t.idx >= end]
    return bool(after) and after[0].pos_ == "NOUN" and after[0].is_lower


def _role_before(info, start: int) -> bool:
    """A role noun right before a person's blank ("The actor ______", "the Oxford
    philosopher ______"): the one actor in the bank is the key."""
    before = [t for t in info.span if t.idx + len(t.text) <= start]
    return bool(before) and before[-1].pos_ == "NOUN" and names_person(before[-1].lemma_.lower())


def _blanked(original: str, text: str, key: str, rel_start: int) -> str | None:
    """The stem: ``text`` (the sentence as it stands alone) with ``key`` blanked
    once, or None when the key is not found there exactly once."""
    if original[rel_start:rel_start + len(key)] != key:
        rel_start = original.find(key)
        if rel_start < 0:
            return None
    if text != original:
        idx = text.find(key)
        if idx < 0 or text.count(key) != 1:
            return None
        return text[:idx] + BLANK + text[idx + len(key):]
    return original[:rel_start] + BLANK + original[rel_start + len(key):]


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_AGE = re.compile(r"\d+[- ]year[- ]olds?\b|\baged? \d+", re.I)



def _ordinal_options(key: str) -> list[str]:
    """Neighbouring ordinals for a word bank ("22nd" -> "20th", "21st", "23rd")."""
    n = int(re.match(r"\d+", key).group())
    out = []
    for m in (n - 2, n - 1, n + 1, n + 2):
        if m > 0:
            suffix = "th" if 10 <= m % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(m % 10, "th")
            out.append(f"{m}{suffix}")
    return out[:3]


class _Item:
    def __init__(self, text: str, label: str, start: int):
        self.text, self.label, self.start = text, label, start


def _weak_blank(info, start: int, end: int) -> bool:
    """A blank a student fills from the words around it, not from the article's
    facts: one item of a list whose other items stay printed ("from Hamhung and
    ______"; the whole list is its own cloze), or a name used only as a
    possessive label ("______'s cable network CNN")."""
    toks = [t for t in info.span if start <= t.idx < end]
    if not toks:
        return False
    head = next((t for t in toks if t.head.i not in {x.i for x in toks}), toks[-1])
    partners = [c for c in head.children if c.dep_ == "conj"] + ([head.head] if head.dep_ == "conj" else [])
    partners = [p for p in partners if not start <= p.idx < end]  # the whole list blanked is not one item
    if any(p.pos_ == "PROPN" or p.ent_type_ for p in partners):
        return True  # "from Hamhung and ______" (not "killing ______ or more")
    doc, first, last = head.doc, toks[0], toks[-1]
    after = doc[last.i + 2] if last.i + 2 < len(doc) and doc[last.i + 1].lower_ in {"and", "or"} else None
    before = doc[first.i - 2] if first.i >= 2 and doc[first.i - 1].lower_ in {"and", "or"} else None
    if any(t is not None and t.pos_ == "PROPN" and t.ent_type_ for t in (after, before)):
        return True  # "following ______ and Moscow's denial", whatever the parse made of the pair
    return head.dep_ == "poss" and head.head.pos_ in {"PROPN", "NOUN"}


def _case_like(key: str, option: str) -> str:
    """``option`` with its leading article cased as the key's ("the", not "The")."""
    first, _, rest = option.partition(" ")
    if rest and first.lower() in {"the", "a", "an"} and key[:1].islower():
        return first.lower() + " " + rest
    if rest and first.lower() in {"the", "a", "an"} and key[:1].isupper() and key.split(" ", 1)[0].lower() in {
            "the", "a", "an"}:
        return first.capitalize() + " " + rest
    return option


def _named_nearby(key: str, label: str, prompt: str) -> bool:
    """A country or people the stem names in another form ("Australian Prime
    Minister … specialists from ______": Australia): the blank is filled from
    the sentence, not from the article's facts."""
    if label not in {"GPE", "NORP"} or " " in key.strip():
        return False
    stem = key.lower()[:max(4, min(6, len(key) - 1))]
    return any(w.lower().startswith(stem) for w in re.findall(r"[A-Za-z]+", prompt.replace(BLANK, " ")))


def _kind_noun(info, start: int, end: int) -> str | None:
    """The common noun a name modifies ("mining" in "the San Esteban mining
    company", "telescope" in "the Hubble telescope"), or None: the bank's other
    names must be of that kind too, which the entity label cannot tell."""
    toks = [t for t in info.span if start <= t.idx < end]
    if not toks:
        return None
    ids = {t.i for t in toks}
    doc = info.span.doc
    nxt = doc[max(ids) + 1] if max(ids) + 1 < len(doc) else None
    if nxt is not None and nxt.like_num and nxt.head.i in ids:
        return nxt.text  # "the ______ 777": a maker before its model number
    if nxt is not None and nxt.is_lower and _nominal(nxt) and min(ids) > 0 and doc[min(ids) - 1].lower_ == "the":
        return nxt.text  # "the ______ ruling", however the parser hung the name
    heads = [t for t in toks if t.head.i not in ids and not t.is_punct and t.dep_ != "det"]
    if not heads or not all(h.dep_ in {"compound", "nmod", "amod"} and _nominal(h.head) and h.head.i > h.i
                            for h in heads):
        return None
    return nxt.text if nxt is not None and _nominal(nxt) else heads[0].head.text


def _nominal(tok) -> bool:
    """A noun, or a noun the tagger took for a verb ("the CAS ruling")."""
    return tok.pos_ in ("NOUN", "NUM", "PROPN") or tok.pos_ == "VERB" and tok.tag_ in ("VBG", "NN")


def _label_blank(info, start: int, end: int) -> bool:
    """"______ building, which …" for "The Canterbury Television (CTV)
    building": a name used as a label whose blank took the outer noun's "The"
    with it, so the stem's subject is left without its article (not asked;
    "the ______ telescope" is fine)."""
    toks = [t for t in info.span if start <= t.idx < end]
    ids = {t.i for t in toks}
    dets = [t for t in toks if t.dep_ == "det" and t.head.i not in ids]
    heads = [t for t in toks if t.head.i not in ids and not t.is_punct and t.dep_ != "det"]
    return bool(dets and heads) and all(h.dep_ in {"compound", "nmod"} and h.head.pos_ == "NOUN"
                                        and h.head.i > h.i for h in heads)


def _described_blank(info, start: int, end: int) -> bool:
    """The name's own title or kind noun stands right before the blank
    ("Interior Secretary ______", "lobby group ______"): among names of other
    kinds in the bank, only the key fits it."""
    toks = [t for t in info.span if start <= t.idx < end]
    if not toks:
        return False
    ids = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in ids), toks[-1])
    before = head.doc[toks[0].i - 1] if toks[0].i > info.span.start else None
    if before is None or before.pos_ not in {"NOUN", "PROPN"}:
        return False
    return before.head.i == head.i and before.dep_ in {"compound", "nmod", "appos"} \
        or head.dep_ == "appos" and head.head.i == before.i  # "lobby group Federated Farmers"


def _headline_name(ctx: Context, m) -> bool:
    """A name the headline gives ("Mubarak" in "Mubarak summoned by …"): the
    article's subject, which every student fills in without reading."""
    if m.label not in LIST_LABELS:
        return False
    words = {w for w in normalize(m.text).split() if len(w) > 3}
    if m.text.isupper() and len(m.text) >= 2:  # "WHO declares …": an acronym the headline gives
        return bool(re.search(rf"\b{re.escape(m.text)}\b", ctx.article.title or ""))
    return bool(words & ctx.title_words)


def _partial_name(info, m) -> bool:
    """A name tagged without its neighbouring name word ("Johnnie" Christmas,
    "Movimento 5" Stelle, "French" Polynesia)."""
    for tok in info.span:
        prev = tok.doc[tok.i - 1] if tok.i > info.span.start else None
        if tok.idx == m.start and prev is not None and prev.whitespace_ and prev.text[:1].isupper() \
                and (prev.pos_ == "ADJ" or prev.ent_type_ == "NORP") and m.label in {"GPE", "LOC", "FAC"}:
            return True
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < info.span.end else None
        if tok.idx + len(tok.text) == m.end and m.label == "NORP" and nxt is not None and tok.whitespace_ \
                and nxt.text[:1].isupper() and nxt.ent_type_ in {"GPE", "LOC", "FAC"}:
            return True
        if (tok.idx == m.start or tok.idx + len(tok.text) == m.end) and _inside_longer_name(tok):
            return True
        prev = tok.doc[tok.i - 1] if tok.i > info.span.start else None
        if tok.idx == m.start and prev is not None and prev.pos_ == "PROPN" and not prev.ent_type_ \
                and prev.whitespace_ and tok.i in {prev.head.i} | {c.i for c in prev.children}:
            return True
        if tok.idx + len(tok.text) == m.end and tok.i + 1 < info.span.end:
            nxt = tok.doc[tok.i + 1]
            if nxt.pos_ == "PROPN" and not nxt.ent_type_ and tok.whitespace_ and tok.i in {nxt.head.i} | {
                    c.i for c in nxt.children}:
                return True
    return False




def _inside_longer_name(tok) -> bool:
    """A number and proper nouns run on both sides of ``tok``'s name word
    ("Movimento 5 Stelle"): the name is longer than what was tagged."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.pos_ == "NUM":
        return bool(prev is not None and nxt is not None and prev.pos_ == nxt.pos_ == "PROPN"
                    and prev.whitespace_ and tok.whitespace_)
    return any(n is not None and n.pos_ == "NUM" and o is not None and o.pos_ == "PROPN"
               for n, o in ((prev, doc[tok.i - 2] if tok.i > 1 else None),
                            (nxt, doc[tok.i + 2] if tok.i + 2 < len(doc) else None)))


def _continues_name(prev) -> bool:
    """The word before a list item is part of the item's name (capitalised, no comma between)."""
    return bool(prev.whitespace_) and prev.text[:1].isupper() and prev.pos_ in {"PROPN", "PRON", "NOUN"} \
        and prev.lower_ not in {"the", "and", "or"}


def _lists(ctx: Context, info) -> list[tuple[str, str, int, list[tuple[int, int]]]]:
    """Coordinated same-kind names in the sentence: (key, label, start, item spans)."""
    out = []
    para = ctx.article.paragraphs[info.sentence.paragraph]
    for tok in info.span:
        if tok.dep_ == "conj" or not tok.ent_type_:
            continue
        members, todo = [tok], [tok]
        while todo:
            cur = todo.pop()
            for c in cur.children:
                if c.dep_ == "conj" and c.i > cur.i:
                    members.append(c)
                    todo.append(c)
        if len(members) < 2:
            continue
        members.sort(key=lambda t: t.i)
        ents = [entity_at(t) for t in members]
        named = [e for e in ents if e is not None]
        if len({e.label_ for e in named}) != 1 or named[0].label_ not in LIST_LABELS or len(named) < 2:
            continue
        if len({e.start for e in named}) != len(named) or any(
                e is None and t.pos_ != "PROPN" for t, e in zip(members, ents)):
            continue
        # an untagged proper-noun item ("the South African Observatory") is taken whole
        spans = [(e.start_char, e.end_char) if e is not None else (t.left_edge.idx, t.idx + len(t.text))
                 for t, e in zip(members, ents)]
        if any(spans[i][1] > spans[i + 1][0] for i in range(len(spans) - 1)):
            continue
        between = "".join(para[spans[i][1]:spans[i + 1][0]] for i in range(len(spans) - 1))
        if not re.fullmatch(r"(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)*", between):
            continue
        start, end = spans[0][0], spans[-1][1]
        first = next(t for t in info.span if t.idx >= start)
        if first.i > info.span.start and _continues_name(first.doc[first.i - 1]):
            continue  # "Doctor Who Society of Canada, …": the list starts inside a name
        key = para[start:end].strip(" \"'\u201c\u201d,.;:")
        if not key or len(key.split()) > 16:
            continue
        out.append((key, named[0].label_, start, spans))
    return out
