"""Who said it: "Who dismissed the news reports as …?" with holders of the
key's kind as distractors.

Asked only for evaluative positions (:func:`.stance_common.is_position`):
a claim or neutral report is asked as reported content instead.
"""
from __future__ import annotations

import random
import re
from functools import cached_property

from spacy.tokens import Token

from ..analysis._common import holders_match, name_tokens
from ..analysis.attributions import Attribution
from ..lexicons.speech import ADDRESSEE, NEEDS_PREDICATE, REMARK_NOUNS
from ..lexicons.stance import CLAIM_NOUNS
from ..questions import Question, content_words, contains_phrase, normalize
from .agents import can_act
from .context import Context
from .distractors import mostly_an_organisation
from .name_parts import only_part_of_a_name
from .same_answer import near_spelling
from .same_position import took_position
from .kinds import kind_of
from .stance_common import (MIN_CONFIDENCE, Holder, askable_position, cue_lemma, cue_token, display, make_question,
                            option, past, sentences_for)

_PRONOUN_OBJECTS = {"it", "them", "this", "that", "these", "those"}
_VP_DEPS = {"dobj", "ccomp", "xcomp", "prep", "dative", "oprd", "attr", "acomp", "prt", "obj",
            "pcomp", "npadvmod", "advmod", "agent"}



def who_stem(ctx: Context, a: Attribution) -> str | None:
    """"Who <past cue> <rest of the verb phrase>?" or "Who <past cue>, “quote…”?"."""
    tok = cue_token(ctx, a)
    if tok is None:
        return None
    words = a.cue.split()
    according = a.cue.lower() == "according to"
    if according:
        verb = "said"
    elif tok.pos_ in ("VERB", "AUX") or tok.tag_ == "VBG":
        if len(words) > 1 and not all(w.lower() in (tok.lower_,) or _is_particle(tok, w) for w in words):
            return None  # "are concerned", "did not deny"
        if any(c.dep_ == "neg" for c in tok.children):
            return None
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
            return None  # "will oppose" is not something anyone did yet
        if tok.tag_ == "VB" and not (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in
                                     {"tend", "continue", "go", "begin", "start", "keep"}):
            return None
        if tok.dep_ == "parataxis" or tok.tag_ == "VBN" and not any(
                c.dep_ in ("aux", "auxpass") for c in tok.children):
            if not a.direct_quote:
                return None
        verb = past(tok.lemma_)
    else:
        return None  # noun and adjective cues read badly as "Who ...?"
    qwords = a.content.split()
    starts_sentence = bool(qwords) and (qwords[0][:1].isupper() or qwords[0] == "I")
    if a.direct_quote and len(qwords) >= 6 and starts_sentence and tok.lemma_.lower() not in ADDRESSEE:
        return _finish(f"Who {verb}, \u201c{_shorten(qwords)}\u201d?")
    if according:
        return None
    rest = _verb_phrase(ctx, tok)
    if not rest or len(rest.split()) > 26 or len(content_words(rest)) < 2:
        return None
    if tok.lemma_.lower() in NEEDS_PREDICATE and not any(
            c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as") for c in tok.children):
        return None  # "dubbed the conflict" without what it was dubbed
    return _finish(f"Who {verb} {rest}?")


def _is_particle(tok: Token, word: str) -> bool:
    return any(c.dep_ == "prt" and c.text == word for c in tok.children)


_SHORTEN_STOP = {"the", "a", "an", "of", "to", "in", "on", "at", "and", "or", "but", "by", "for",
                 "with", "that", "which", "is", "are", "was", "were", "has", "have", "its", "their"}


def _shorten(words: list[str], limit: int = 18) -> str:
    if len(words) <= limit:
        return " ".join(words).rstrip(".,;:")
    cut = words[:limit]
    while len(cut) > 8 and (cut[-1].lower().strip(",;:") in _SHORTEN_STOP or cut[-1].endswith((",", ";", ":"))):
        cut.pop()
    return " ".join(cut).rstrip(".,;:") + "\u2026"


def _verb_phrase(ctx: Context, tok: Token) -> str | None:
    """The cue's complements after it, with a pronoun object replaced by the
    noun phrase it stands for; None if a pronoun would be left unresolved."""
    pieces: list[tuple[int, int, str | None]] = []  # (start char, end char, replacement)
    for c in sorted(tok.children, key=lambda x: x.i):
        if c.i < tok.i or c.dep_ not in _VP_DEPS:
            continue
        if c.dep_ == "advmod" and c.i != tok.i + 1:
            continue
        sub = sorted(c.subtree, key=lambda t: t.i)
        if c.dep_ == "dobj" and c.lower_ in _PRONOUN_OBJECTS and len(sub) == 1:
            ref = _antecedent(tok)
            if ref is None:
                return None
            pieces.append((c.idx, c.idx + len(c.text), ref))
            continue
        if any(t.pos_ == "PRON" and t.lower_ in {"he", "she", "they", "him", "her", "them", "it", "its",
                                                 "his", "their"}
               and not _inside_quote(t) for t in sub):
            return None
        pieces.append((sub[0].idx, sub[-1].idx + len(sub[-1].text), None))
    if not pieces:
        return None
    para = ctx.article.paragraphs[ctx._para_of(tok)]
    out = []
    for n, (start, end, repl) in enumerate(pieces):
        out.append(repl if repl is not None else para[start:end])
        if n + 1 < len(pieces):
            gap = para[end:pieces[n + 1][0]]
            out.append(gap if not gap.strip() else " ")
    text = "".join(out)
    # an opening quote glued to the previous word ("of“Fake news.”")
    text = re.sub(r"(\w)([\u201c])(?=\w)", r"\1 \2", text)
    return text


def _inside_quote(tok: Token) -> bool:
    before = tok.doc[tok.sent.start:tok.i]
    return sum(1 for t in before if t.text == '"') % 2 == 1


def _antecedent(cue: Token) -> str | None:
    """"responded to persistent news reports …, dismissing them": "the news reports"."""
    if cue.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    noun = None
    for c in cue.head.children:
        if c.dep_ == "dobj" and c.pos_ == "NOUN":
            noun = c
            break
        if c.dep_ == "prep":
            pobj = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
            if pobj is not None:
                noun = pobj
                break
    if noun is None:
        return None
    mods = [t for t in noun.children if t.dep_ == "compound" and t.i < noun.i]
    return "the " + " ".join(t.text for t in sorted(mods + [noun], key=lambda t: t.i))


def _finish(text: str) -> str:
    text = " ".join(text.split())
    body = text[:-1].rstrip()
    body = re.sub(r"[.,;:!]+([\u201d\"]?)$", r"\1", body)
    # close a quotation the phrase opened
    if body.count("\u201c") > body.count("\u201d"):
        body = re.sub(r"[.,;:!]+$", "", body) + "\u201d"
    if body.count('"') % 2:
        body = re.sub(r"[.,;:!]+$", "", body) + '"'
    return body + "?"


class _Names:
    """Names of people and of organisations from the article's entities,
    collected once per generation run (for distractors)."""

    def __init__(self, ctx: Context):
        self.ctx = ctx

    @cached_property
    def people(self) -> list[str]:
        return _collect_names(self.ctx, True)

    @cached_property
    def organisations(self) -> list[str]:
        return _collect_names(self.ctx, False)

    def of_kind(self, person: bool) -> list[str]:
        return self.people if person else self.organisations


def who_said(ctx: Context, hs: list[Holder], rng: random.Random) -> list[Question]:
    """"Who <cue> …?" for each evaluative position of a named holder."""
    out = []
    names = _Names(ctx)
    for h in hs:
        for a in h.attributions:
            if not askable_position(ctx, h, a):
                continue  # claims, reports and positions read from content: not asked as who-said
            prompt = who_stem(ctx, a)
            if prompt is None or _bare_claim(prompt) or contains_phrase(prompt, a.holder) or any(
                    w in normalize(prompt).split() for w in name_tokens(h.name)):
                continue
            infos = sentences_for(ctx, a)
            if not infos or _also(infos, a.cue):
                continue
            evidence_text = " ".join(i.sentence.text for i in infos)
            same = [o.name for o in hs if o is not h and (_same_position(o, a) or took_position(
                ctx, o.name, a.stance, cue_lemma(ctx, a), prompt))]
            distractors = _holder_distractors(ctx, h, hs, evidence_text, prompt, names, blocked=same)
            if len(distractors) < 2:
                continue
            key, distractors = _same_form(ctx, h, distractors[:3])
            choices = [key] + distractors
            rng.shuffle(choices)
            explanation = (f"Paragraph {a.paragraph + 1} attributes this to {display(h.name, ctx)} "
                           f"(\u201c{a.cue}\u201d).")
            out.append(make_question(
                ctx, infos, a, type="multiple_choice", prompt=prompt, answer=key, choices=choices,
                explanation=explanation, rule="who_said",
                score=1.25 + 0.3 * (a.confidence - MIN_CONFIDENCE) + (0.1 if a.direct_quote else 0.0),
                difficulty="easy" if a.direct_quote else "medium", key_norm=normalize(h.name)))
    return out


def _same_form(ctx: Context, h: Holder, distractors: list[str]) -> tuple[str, list[str]]:
    """Key and options in one form: a surname key gets its full name when the
    article gives exactly one, else the people among the options are shown by
    surname too (panel 55: "Tshisekedi" among full names stood out; the
    article also named his father, Étienne Tshisekedi)."""
    name = h.name.strip()
    if h.kind != "person" or " " in name:
        return option(name), distractors
    full = {m.text for m in ctx.mentions if m.label == "PERSON" and len(m.text.split()) > 1
            and m.text.split()[-1] == name}
    if len(full) == 1:
        return option(full.pop()), distractors
    return option(name), [d.split()[-1] if len(d.split()) > 1 and d.split()[0][:1].isupper() else d
                          for d in distractors]


def _same_position(holder: Holder, a) -> bool:
    """The holder took the key's position too (the same verb or the same
    class), somewhere in the article: as an option it would be a second key
    ("Who defended the response?" with Bush, who defended it as well)."""
    return any(b.cue.lower() == a.cue.lower() or b.stance == a.stance for b in holder.attributions)


def _also(infos, cue: str) -> bool:
    """"Ban Ki-moon also welcomed the choice": others took the same position,
    so "Who welcomed …?" has more than one right answer."""
    return any(t.text == cue and any(c.lower_ in ("also", "too", "likewise") for c in t.children)
               for info in infos for t in info.span)


_BARE_CLAIM = re.compile(r"^Who \w+(?: \w+)? (?:the|that|this|these|those) (?:" + "|".join(
    sorted(CLAIM_NOUNS | REMARK_NOUNS | {n + "s" for n in CLAIM_NOUNS})) + r")(?=\?| as\b|,| \w+\?)")


def _bare_claim(prompt: str) -> bool:
    """"Who rejected the accusation as baseless?": which accusation the stem
    does not say, so a student who read the article still has to guess."""
    return bool(_BARE_CLAIM.search(prompt))


def _holder_distractors(ctx: Context, key: Holder, hs: list[Holder], evidence: str, prompt: str,
                        names: _Names, blocked: list[str] = ()) -> list[str]:
    """Other named holders of the same kind, then same-kind names from the
    article; never the key (or another form of it), never anyone the evidence
    or the stem names (they could be another right answer)."""
    person = key.kind == "person"
    out: list[str] = []

    def ok(name: str) -> bool:
        if not normalize(name) or holders_match(name, key.name) or any(holders_match(name, b) for b in blocked):
            return False  # the key, or someone who took the same position (a second key)
        if ctx.equivalents(name) & ctx.equivalents(key.name) or near_spelling(normalize(name), normalize(key.name)):
            return False  # also "Shigehisa Takada" beside the key "Takata"
        if any(contains_phrase(evidence, n) or contains_phrase(prompt, n) for n in {name} | ctx.equivalents(name)):
            return False  # also "the International Cycling Union" beside "the UCI's decision"
        if only_part_of_a_name(ctx, name):
            return False  # "Agency" of "United States Anti-Doping Agency"
        if person and mostly_an_organisation(ctx, name):
            return False  # "Tiger Brands" tagged a person once, "John Cadbury" shown as "Cadbury": the company (panel 53)
        if not person and kind_of(ctx, name).level == "media" and kind_of(ctx, key.name).level != "media":
            return False  # a news agency that reported it is no option for who backed the sanctions
        words = name_tokens(name)
        ev = set(normalize(evidence).split())
        if words and (set(words) <= ev or (person and words[-1] in ev)):
            return False  # named in the evidence: could be another right answer
        return not any(holders_match(name, o) or normalize(name) == normalize(o)
                       or ctx.equivalents(name) & ctx.equivalents(o) for o in out)  # "UCI", "the International Cycling Union"

    for h in hs:
        if h.named and (h.kind == "person") == person and ok(h.name):
            out.append(option(h.name))
    if len(out) < 3:
        ents = names.of_kind(person)
        other_kind = [h.name for h in hs if (h.kind == "person") != person]
        for name in ents:
            if len(out) >= 3:
                break
            if any(holders_match(name, o) for o in other_kind) or not can_act(ctx, name, person):
                continue  # not someone who speaks or acts in the article ("UC Browser", the Queen)
            if ok(name):
                out.append(option(name))
    return out[:3]


def _collect_names(ctx: Context, person: bool) -> list[str]:
    """Names of the kind from the article's entities, strict enough to avoid
    tagging mistakes: a person needs two capitalised words, an organisation
    two words or an acronym, and neither is also tagged as a place."""
    places = {normalize(m.text) for m in ctx.mentions if m.label in ("GPE", "LOC", "FAC")}
    full: dict[str, str] = {}
    out: list[str] = []
    for m in ctx.mentions:
        text = m.text.strip()
        if normalize(text) in places:
            continue
        words = text.split()
        if person and m.label == "PERSON":
            if text not in full:
                full[text] = ctx.full_name(text)
            name = full[text]
            if len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split()):
                out.append(name)
        elif not person and m.label == "ORG":
            para = ctx.article.paragraphs[ctx.sents[m.sentence].paragraph]
            if re.search(r"\d\s*$", para[max(0, m.start - 6):m.start]):
                continue  # "14:00 GMT": a time zone taken for an organisation
            if (len(words) >= 2 and words[-1][:1].isupper()) or (len(words) == 1 and words[0].isupper()
                                                                  and words[0].isalpha() and len(words[0]) >= 2):
                out.append(text)
    return list(dict.fromkeys(out))

