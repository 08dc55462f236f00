"""Who says what: stance questions from the article's attributions.

Four kinds, all built from :func:`quizgen.analysis.find_attributions` (run
once per article by :func:`quizgen.generate.generate_questions`):

* **Who said it** — multiple choice: "Who dismissed the news reports as the
  spreading of “Fake news”?"; the stem is the cue verb phrase (or the
  quotation) without its holder, the distractors are other holders of the
  same kind (person vs organisation or group), then named entities of that
  kind, never anyone named in the evidence sentence itself.
* **Position** — multiple choice: "In paragraph 8, which best describes the
  position taken by the Kremlin on …?"; the options are short paraphrases
  of stance classes (the classes other holders in the article take first);
  classes that could also describe the same act are never used as
  distractors.
* **Matching** — 3–6 holders with distinct, clear stance classes matched to
  those paraphrases.
* **Reported content** — short answer: "According to the article, what did
  X say about Y?" with the quoted or reported span as model answer.

Only attributions at or above :data:`MIN_CONFIDENCE` are used, and positions
only for the decided classes (supports, opposes, denies, warns, concerned):
a wrong key on a stance question teaches the wrong thing, so a doubtful
attribution is skipped rather than guessed.  Every question carries
``stance = {"holder", "stance", "target"}`` and skill ``stance``.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

from spacy.tokens import Token

from ..analysis.attributions import Attribution
from ..analysis._common import name_tokens
from ..analysis._common import holders_match
from ..lexicons.people import INSTITUTION_NAME_WORDS as _INSTITUTION_WORDS
from ..lexicons.people import names_person
from ..lexicons.speech import ADDRESSEE, NEEDS_PREDICATE, SAYING
from ..questions import Question, content_words, contains_phrase, normalize
from .context import Context, SentInfo
from .records import question_id

#: Attributions below this confidence are never asked about.
MIN_CONFIDENCE = 0.75
#: Stance classes that describe a position clearly enough for a Position or
#: Matching key ("claims" and "neutral_report" are too close to each other).
CLEAR = ("supports", "opposes", "denies", "warns", "concerned")

#: Short paraphrases of the stance classes (options of Position / Matching).
PHRASES = {
    "supports": "Gave support or agreed to act",
    "opposes": "Criticised or opposed what was done",
    "denies": "Denied or dismissed something as untrue",
    "warns": "Warned of consequences or threatened action",
    "concerned": "Expressed worry or alarm",
    "claims": "Stated a view or finding as true",
    "neutral_report": "Reported facts without taking a side",
}
#: Classes that could also describe the act of a holder of the key class, so
#: they are never its distractors (a threat is also opposition; a denial is
#: also a claim; concern and warning overlap).
OVERLAP = {
    "supports": {"claims"},
    "opposes": {"denies", "warns", "concerned", "claims"},
    "denies": {"opposes", "claims"},
    "warns": {"opposes", "concerned", "claims"},
    "concerned": {"opposes", "warns", "claims"},
    "claims": {"neutral_report", "supports", "opposes", "denies", "warns", "concerned"},
    "neutral_report": {"claims"},
}

_IRREGULAR = {
    "say": "said", "tell": "told", "write": "wrote", "think": "thought", "speak": "spoke",
    "give": "gave", "make": "made", "hold": "held", "lead": "led", "find": "found",
    "bring": "brought", "take": "took", "put": "put", "set": "set", "forecast": "forecast",
    "begin": "began", "see": "saw", "show": "showed", "get": "got", "go": "went",
    "come": "came", "know": "knew", "feel": "felt", "mean": "meant", "seek": "sought",
    "swear": "swore", "foresee": "foresaw", "undertake": "undertook", "withdraw": "withdrew",
    "broadcast": "broadcast", "read": "read", "leave": "left", "keep": "kept", "send": "sent",
    "teach": "taught", "fight": "fought", "stand": "stood", "understand": "understood",
}
_DOUBLE = {"admit", "regret", "dub", "slam", "rebut", "commit", "submit", "omit", "permit",
           "refer", "prefer", "confer", "occur", "plan", "stop", "ban", "bar", "rob", "beg",
           "veto", "abet", "allot", "compel", "expel", "propel", "control", "patrol", "deter",
           "defer", "infer", "emit", "transmit", "acquit", "outstrip", "jab", "snap", "tip"}
_PRONOUN_OBJECTS = {"it", "them", "this", "that", "these", "those"}
_VP_DEPS = {"dobj", "ccomp", "xcomp", "prep", "dative", "oprd", "attr", "acomp", "prt", "obj",
            "pcomp", "npadvmod", "advmod", "agent"}


def past(lemma: str) -> str:
    """Simple past of a (reporting) verb lemma."""
    lemma = lemma.lower()
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma == "veto":
        return "vetoed"
    if lemma in _DOUBLE:
        return lemma + lemma[-1] + "ed"
    if lemma.endswith("e"):
        return lemma + "d"
    if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


_DETS = {"the", "a", "an", "one", "several", "some", "many", "two", "three", "most", "all"}


@dataclass
class Holder:
    name: str
    kind: str                   # person | organisation | group
    attributions: list[Attribution]

    @property
    def best(self) -> Attribution:
        return max(self.attributions, key=lambda a: a.confidence)

    @property
    def named(self) -> bool:
        """A proper name ("Yoon Suk-Yeol", "The Kremlin", "CNN"), not a
        description ("the city", "one poster", "Western nations")."""
        return self.kind != "group" and is_name(self.name)


def is_name(name: str) -> bool:
    words = [w for w in name.split() if w.lower() not in _DETS]
    return bool(words) and (words[0][:1].isupper() or words[0].isupper())


def holders(attributions: list[Attribution], min_confidence: float = MIN_CONFIDENCE) -> list[Holder]:
    """Distinct confident holders in text order (the analysis already resolves
    "President Yoon" to "Yoon Suk-Yeol"; names are compared without titles)."""
    out: list[Holder] = []
    for a in attributions:
        if a.confidence < min_confidence or not a.holder.strip():
            continue
        key = tuple(name_tokens(a.holder)) or (normalize(a.holder),)
        same = next((h for h in out if (tuple(name_tokens(h.name)) or (normalize(h.name),)) == key), None)
        if same is None:
            out.append(Holder(a.holder, a.holder_kind, [a]))
        else:
            same.attributions.append(a)
    return out


# --------------------------------------------------------------------------- helpers

def display(name: str) -> str:
    """A holder name as it reads inside a sentence ("The Kremlin" -> "the Kremlin")."""
    name = name.strip()
    first, _, rest = name.partition(" ")
    if first.lower() in _DETS and first[:1].isupper() and rest and not _title_like(name):
        return first.lower() + " " + rest
    return name


def _title_like(name: str) -> bool:
    """"The Guardian", "The Times": a title that keeps its capital article."""
    words = name.split()
    return len(words) == 2 and words[0] == "The" and words[1] in {
        "Guardian", "Times", "Telegraph", "Independent", "Economist", "Observer", "Hindu", "Atlantic"}


def option(name: str) -> str:
    """A holder name as an answer option (capitalised first letter)."""
    name = name.strip()
    return name[:1].upper() + name[1:] if name[:1].islower() else name


def _sentences_for(ctx: Context, a: Attribution) -> list[SentInfo]:
    return [i for i in ctx.sents if i.paragraph == a.paragraph
            and i.sentence.start < a.end and a.start < i.sentence.end]


def _question(ctx: Context, infos: list[SentInfo], a: Attribution, *, type: str, prompt: str, answer,
              score: float, rule: str, choices=None, explanation: str = "",
              difficulty: str = "medium", **meta) -> Question:
    q = Question(id=question_id(type, prompt, answer), type=type, skill="stance", prompt=prompt,
                 answer=answer, evidence=[ctx.evidence(i) for i in infos], choices=list(choices or []),
                 explanation=explanation, difficulty=difficulty,
                 stance={"holder": a.holder, "stance": a.stance, "target": a.target})
    q.meta = {"rule": rule, "score": round(score, 4), "sentence": infos[0].index,
              "paragraph": infos[0].paragraph, "fixed_difficulty": True, **meta}
    return q


def _cue_lemma(ctx: Context, a: Attribution) -> str:
    if a.cue.lower() == "according to":
        return "according"
    tok = _cue_token(ctx, a)
    return tok.lemma_.lower() if tok is not None else a.cue.split()[-1].lower()


def clean_target(ctx: Context, a: Attribution) -> str | None:
    """The attribution's target when it reads as a short noun phrase that says
    what the stance is about (not the person addressed, not a date)."""
    t = (a.target or "").strip()
    if not t or "\u2026" in t or len(t.split()) > 12 or len(t.split()) < 2:
        return None
    lemma = _cue_lemma(ctx, a)
    if lemma in ADDRESSEE or lemma in SAYING:
        return None  # "told the BBC", "asks the regional government", "according to X"
    if re.match(r"^(that|to|if|because|whether|how|what|when|with|of|\W)\b", t, re.I):
        return None
    if normalize(t) and normalize(a.content).startswith(normalize(t)[:25]):
        return None  # the target is just the start of the reported clause
    if any(normalize(t) == normalize(s.sentence.text)[:len(normalize(t))] for s in _sentences_for(ctx, a)) \
            and len(t.split()) > 6:
        return None
    if re.search(r"\d", t) and len(t.split()) <= 3:
        return None
    if t.split()[0].lower() in {"he", "she", "it", "they", "them", "this", "these", "those", "we", "i"}:
        return None
    return t


def _cue_token(ctx: Context, a: Attribution) -> Token | None:
    doc = ctx.article.docs[a.paragraph]
    words = a.cue.split()
    if not words:
        return None
    first = words[0].lower()
    fallback = None
    for tok in doc:
        if a.start <= tok.idx < a.end:
            if len(words) == 1 and tok.lower_ == first:
                return tok
            if len(words) > 1 and tok.lower_ == first and fallback is None:
                fallback = tok
    return fallback


# --------------------------------------------------------------------------- who said it

def who_stem(ctx: Context, a: Attribution) -> str | None:
    """"Who <past cue> <rest of the verb phrase>?" or "Who <past cue>, “quote…”?"."""
    tok = _cue_token(ctx, a)
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


def who_said(ctx: Context, hs: list[Holder], rng: random.Random) -> list[Question]:
    out = []
    for h in hs:
        if not h.named:
            continue
        for a in h.attributions:
            prompt = who_stem(ctx, a)
            if prompt is None or contains_phrase(prompt, a.holder) or any(
                    w in normalize(prompt).split() for w in name_tokens(h.name)):
                continue
            infos = _sentences_for(ctx, a)
            if not infos:
                continue
            evidence_text = " ".join(i.sentence.text for i in infos)
            distractors = _holder_distractors(ctx, h, hs, evidence_text, prompt)
            if len(distractors) < 2:
                continue
            key = option(h.name)
            choices = [key] + distractors[:3]
            rng.shuffle(choices)
            explanation = (f"Paragraph {a.paragraph + 1} attributes this to {display(h.name)} "
                           f"(\u201c{a.cue}\u201d).")
            out.append(_question(
                ctx, infos, a, type="multiple_choice", prompt=prompt, answer=key, choices=choices,
                explanation=explanation, rule="who_said",
                score=1.25 + 0.3 * (a.confidence - MIN_CONFIDENCE) + (0.1 if a.direct_quote else 0.0),
                difficulty="easy" if a.direct_quote else "medium", key_norm=normalize(h.name)))
    return out


def _holder_distractors(ctx: Context, key: Holder, hs: list[Holder], evidence: str, prompt: str) -> list[str]:
    """Other named holders of the same kind, then same-kind names from the
    article; never the key (or another form of it), never anyone the evidence
    or the stem names (they could be another right answer)."""
    person = is_person(ctx, key)
    out: list[str] = []

    def ok(name: str) -> bool:
        if not normalize(name) or holders_match(name, key.name):
            return False
        if ctx.equivalents(name) & ctx.equivalents(key.name):
            return False
        if contains_phrase(evidence, name) or contains_phrase(prompt, name):
            return False
        words = name_tokens(name)
        ev = set(normalize(evidence).split())
        if words and (set(words) <= ev or (person and words[-1] in ev)):
            return False  # named in the evidence: could be another right answer
        return not any(holders_match(name, o) or normalize(name) == normalize(o) for o in out)

    for h in hs:
        if h.named and is_person(ctx, h) == person and ok(h.name):
            out.append(option(h.name))
    if len(out) < 3:
        ents = _name_entities(ctx, person)
        other_kind = [h.name for h in hs if is_person(ctx, h) != person]
        for name in ents:
            if len(out) >= 3:
                break
            if any(holders_match(name, o) for o in other_kind):
                continue
            if ok(name):
                out.append(option(name))
    return out[:3]


def is_person(ctx: Context, h: Holder) -> bool:
    """A person: so classified by the analysis, or named as a person (and never
    as an organisation) by the article's entities."""
    if h.kind == "person":
        return True
    if h.kind == "group":
        return False
    cache = ctx.__dict__.setdefault("_stance_person", {})
    if h.name not in cache:
        cache[h.name] = _is_person(ctx, h)
    return cache[h.name]


def _mentions_by_name(ctx: Context) -> dict[str, list]:
    """Entity mentions by normalised text and by normalised full name (built once)."""
    index = ctx.__dict__.get("_stance_mentions")
    if index is None:
        index = {}
        full: dict[str, str] = {}
        for m in ctx.mentions:
            keys = {normalize(m.text)}
            if m.label == "PERSON":
                if m.text not in full:
                    full[m.text] = normalize(ctx.full_name(m.text))
                keys.add(full[m.text])
            for k in keys:
                index.setdefault(k, []).append(m)
        ctx.__dict__["_stance_mentions"] = index
    return index


def _is_person(ctx: Context, h: Holder) -> bool:
    n = normalize(h.name)
    same = _mentions_by_name(ctx).get(n, [])
    if any(_described_as_person(ctx, m) for m in same):
        return True  # "Marta Quillon, a marine biologist at …"
    labels = {m.label for m in same}
    if labels & {"ORG", "GPE", "NORP", "FAC", "LOC"}:
        return False
    if "PERSON" in labels:
        return True
    # "Marta Quillon": two or three capitalised words, no article, no word of an institution
    words = h.name.split()
    return (2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words)
            and not any(normalize(w) in _INSTITUTION_WORDS for w in words)
            and not any(c.isdigit() for c in h.name))


def _described_as_person(ctx: Context, m) -> bool:
    """The name has an apposition naming a person's role or trade."""
    info = ctx.sents[m.sentence]
    span = info.span.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    for c in span.root.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            lemma = c.lemma_.lower()
            if names_person(lemma):
                return True
    return False


def _name_entities(ctx: Context, person: bool) -> list[str]:
    """Names of the kind from the article's entities, strict enough to avoid
    tagging mistakes: a person needs two capitalised words, an organisation
    two words or an acronym, and neither is also tagged as a place."""
    cache = ctx.__dict__.setdefault("_stance_names", {})
    if person not in cache:
        cache[person] = _collect_names(ctx, person)
    return cache[person]


def _collect_names(ctx: Context, person: bool) -> list[str]:
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


# --------------------------------------------------------------------------- position

def _stance_choices(key: str, present: list[str], rng: random.Random) -> list[str] | None:
    """Key phrase + three distractor phrases: classes other holders in the
    article take first, never a class that could also describe the act."""
    banned = OVERLAP.get(key, set()) | {key}
    pool = [s for s in dict.fromkeys(present) if s not in banned]
    rest = [s for s in PHRASES if s not in banned and s not in pool]
    rng.shuffle(rest)
    picked = (pool + rest)[:3]
    if len(picked) < 2:
        return None
    choices = [PHRASES[key]] + [PHRASES[s] for s in picked]
    rng.shuffle(choices)
    return choices


def position(ctx: Context, hs: list[Holder], rng: random.Random) -> list[Question]:
    out = []
    present = [a.stance for h in hs for a in h.attributions]
    for h in hs:
        for a in h.attributions:
            if a.stance not in CLEAR:
                continue
            infos = _sentences_for(ctx, a)
            if not infos:
                continue
            # two different clear stances of one holder in one paragraph: ambiguous
            if any(b is not a and b.paragraph == a.paragraph and b.stance != a.stance and b.stance in CLEAR
                   for b in h.attributions):
                continue
            target = clean_target(ctx, a)
            who = display(h.name)
            about = f" on {target}" if target else ""
            prompt = (f"In paragraph {a.paragraph + 1}, which best describes the position taken by "
                      f"{who}{about}?")
            if len(prompt.split()) > 32:
                continue
            choices = _stance_choices(a.stance, [p for p in present if p != a.stance], rng)
            if choices is None:
                continue
            explanation = (f"{option(who)} {_STANCE_WORDS[a.stance]} (the article's cue: "
                           f"\u201c{a.cue}\u201d, paragraph {a.paragraph + 1}).")
            out.append(_question(ctx, infos, a, type="multiple_choice", prompt=prompt,
                                 answer=PHRASES[a.stance], choices=choices, explanation=explanation,
                                 rule="position", score=1.3 + 0.3 * (a.confidence - MIN_CONFIDENCE),
                                 difficulty="medium", key_norm=f"stance:{normalize(h.name)}:{a.stance}"))
    return out


_STANCE_WORDS = {"supports": "supports it", "opposes": "opposes it", "denies": "denies it",
                 "warns": "warns of consequences", "concerned": "is concerned",
                 "claims": "makes a claim", "neutral_report": "reports it neutrally"}


# --------------------------------------------------------------------------- matching

def matching(ctx: Context, hs: list[Holder], rng: random.Random) -> list[Question]:
    """Holders with distinct clear stance classes matched to their paraphrases."""
    picks: dict[str, tuple[Holder, Attribution]] = {}
    for h in hs:
        clear = [a for a in h.attributions if a.stance in CLEAR]
        if not clear or len({a.stance for a in clear}) > 1:
            continue  # a holder with two positions has no single match
        a = max(clear, key=lambda x: x.confidence)
        if a.stance not in picks or a.confidence > picks[a.stance][1].confidence:
            picks[a.stance] = (h, a)
    items = sorted(picks.values(), key=lambda ha: (ha[1].paragraph, ha[1].start))[:6]
    if len(items) < 3:
        return []
    lefts = [option(h.name) for h, _ in items]
    if len({normalize(x) for x in lefts}) != len(lefts):
        return []
    answer = [[option(h.name), PHRASES[a.stance]] for h, a in items]
    choices = [PHRASES[a.stance] for _, a in items]
    rng.shuffle(choices)
    infos: list[SentInfo] = []
    for _, a in items:
        for i in _sentences_for(ctx, a):
            if i not in infos:
                infos.append(i)
    if not infos:
        return []
    first = items[0][1]
    prompt = "Match each speaker or group with the position the article reports they took."
    explanation = "; ".join(f"{option(h.name)} \u2014 \u201c{a.cue}\u201d (paragraph {a.paragraph + 1})"
                            for h, a in items)
    q = _question(ctx, infos, first, type="matching", prompt=prompt, answer=answer, choices=choices,
                  explanation=explanation, rule="matching", score=1.2 + 0.05 * len(items),
                  difficulty="medium" if len(items) <= 4 else "hard")
    q.stance = {"holder": ", ".join(h.name for h, _ in items), "stance": ", ".join(a.stance for _, a in items),
                "target": "; ".join(a.target for _, a in items)}
    q.meta["pairs"] = [{"holder": h.name, "stance": a.stance, "target": a.target} for h, a in items]
    return [q]


# --------------------------------------------------------------------------- reported content

def reported_content(ctx: Context, hs: list[Holder], rng: random.Random) -> list[Question]:
    """"According to the article, what did X say (about Y)?" for quoted and
    reported statements whose content is a clause."""
    out = []
    for h in hs:
        for a in h.attributions:
            if _cue_lemma(ctx, a) not in SAYING:
                continue
            content = a.content.strip()
            if content.lower().startswith("that "):
                content = content[5:]
            if not 5 <= len(content.split()) <= 45 or not _is_clause(ctx, a, content):
                continue
            infos = _sentences_for(ctx, a)
            if not infos:
                continue
            who = display(h.name)
            if any(b is not a and b.paragraph == a.paragraph for b in h.attributions):
                continue  # two statements in one paragraph: the question would be ambiguous
            prompt = f"According to paragraph {a.paragraph + 1}, what did {who} say?"
            answer = (content[:1].upper() + content[1:]).rstrip(" ,;:")
            terms = ", ".join(dict.fromkeys(content_words(content)[:6]))
            q = _question(ctx, infos, a, type="short_answer", prompt=prompt, answer=answer,
                          explanation=f"Paragraph {a.paragraph + 1}: {who} {a.cue} "
                                      f"\u201c{content}\u201d",
                          rule="reported", score=1.0 + 0.2 * (a.confidence - MIN_CONFIDENCE),
                          difficulty="medium" if a.direct_quote else "hard")
            q.rubric = [
                {"points": 1, "criterion": f"Gives what {who} said (key words: {terms})."},
                {"points": 1, "criterion": "Attributes it to the right speaker and keeps the student's "
                                           "own opinion out of it."},
            ]
            out.append(q)
    return out


def _is_clause(ctx: Context, a: Attribution, content: str) -> bool:
    """The content states something: it has a finite verb and does not start
    with a preposition or an infinitive ("to launch …", "of the attacks …")."""
    first = content.split()[0].lower().strip("\"\u201c")
    if first in {"to", "of", "with", "for", "about", "on", "how", "as", "the", "a", "an"} and not a.direct_quote:
        if first in {"to", "of", "with", "for", "about", "on", "how", "as"}:
            return False
    doc = ctx.article.docs[a.paragraph]
    para = ctx.article.paragraphs[a.paragraph]
    at = para.find(content, a.start)
    if at < 0:
        return a.direct_quote
    window = doc.char_span(at, at + len(content), alignment_mode="expand")
    toks = [t for t in window if t.idx >= at] if window is not None else []
    if toks and (toks[0].pos_ in ("ADP", "PART", "VERB", "AUX") or toks[0].tag_ == "VBG"):
        return False
    if _cue_lemma(ctx, a) in ADDRESSEE and not a.direct_quote:
        return False  # "told the BBC that …": the content starts with the person told
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in toks)


# --------------------------------------------------------------------------- entry point

def generate(ctx: Context, rng: random.Random, attributions: list[Attribution]) -> tuple[list[Question], list[str]]:
    """All stance questions for the article and notes on what could not be made."""
    hs = holders(attributions)
    notes: list[str] = []
    if not hs:
        notes.append("no one in the article is quoted or reported as taking a position, "
                     "so there are no who-says-what questions")
        return [], notes
    out: list[Question] = []
    if len(hs) < 2:
        what = "person" if hs[0].kind == "person" else "source"
        notes.append(f"only one {what} is quoted, so no who-said-it question")
    else:
        out.extend(who_said(ctx, hs, rng))
    out.extend(position(ctx, hs, rng))
    found_matching = matching(ctx, hs, rng)
    out.extend(found_matching)
    if not found_matching and len(hs) >= 2:
        notes.append("fewer than three speakers take clearly different positions, so no matching question")
    out.extend(reported_content(ctx, hs, rng))
    return out, notes


def holder_count(attributions: list[Attribution]) -> int:
    return len(holders(attributions))
