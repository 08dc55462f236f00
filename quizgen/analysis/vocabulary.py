"""Vocabulary in context: words a grade 8–10 student may not know, with the
definition of the sense that fits.

Rarity comes from wordfreq's Zipf scale (installed with quizgen); definitions
come from ``quizgen/data/lexicon.tsv.gz``, derived from WordNet 3.0 by
``scripts/build_lexicon.py`` (licence: ``quizgen/data/WORDNET-LICENSE``).
Everything is offline.
"""
from __future__ import annotations

import functools
import gzip
import re
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Token
from wordfreq import zipf_frequency

from ..lexicons.vocabulary_senses import (ABSTRACT_NOUN_FIELDS, PHYSICAL_VERB_FIELDS, field_of,
                                          first_sense_dominant, sense_info)
from ._common import doc_text

#: Words rarer than this (Zipf) are candidates.  4.0 is roughly "once per
#: 10,000 words"; below it lie words like "envoy", "pretext", "debris".
RARE_ZIPF = 4.0
#: Too rare to be worth teaching from a news article (typos, jargon).
MIN_ZIPF = 1.0
_CONTENT_POS = ("NOUN", "VERB", "ADJ", "ADV")
_NAME_ENTS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART",
              "LANGUAGE", "LAW"}
_STOP = frozenset("""a an the of to in on at for by with from and or but as is are was were be been
being it its this that these those which who whom whose what when where why how not no into onto
than then there their they them he she his her we our you your i my me one some any all such
""".split())


@dataclass
class VocabEntry:
    word: str
    lemma: str
    pos: str
    definition: str
    paragraph: int
    #: Zipf frequency of the word (lower = rarer); for ranking and distractors.
    zipf: float = 0.0
    #: Character offsets of the word in its paragraph.
    start: int = 0
    end: int = 0
    #: Context words the chosen definition shares with the sentence (0: the
    #: sense is the lexicon's commonest, unconfirmed by the context).
    fit: int = 0
    #: Index of the chosen sense in the lexicon's order (0 = the commonest).
    sense: int = 0
    #: Why that sense: "first" (the commonest, and it dominates), "context"
    #: (the sentence shares words with it), or "" (unsure: not to be asked).
    evidence: str = ""

    def to_dict(self) -> dict:
        return {"word": self.word, "lemma": self.lemma, "pos": self.pos,
                "definition": self.definition, "paragraph": self.paragraph}


@functools.cache
def lexicon() -> dict[tuple[str, str], tuple[int, tuple[str, ...]]]:
    """``(lemma, POS) -> (tagged count, glosses in sense order)``, loaded once."""
    data = resources.files("quizgen").joinpath("data", "lexicon.tsv.gz").read_bytes()
    out = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        lemma, pos, count, *glosses = line.split("\t")
        out[(lemma, pos)] = (int(count), tuple(glosses))
    return out


def senses(lemma: str, pos: str) -> tuple[str, ...]:
    """WordNet glosses of ``lemma`` as ``pos`` (NOUN, VERB, ADJ, ADV), commonest first."""
    entry = lexicon().get((lemma.lower(), pos))
    return entry[1] if entry else ()


def define(lemma: str, pos: str, context: list[str] | None = None) -> str | None:
    """The gloss of the sense of ``lemma``/``pos`` that best fits ``context``
    (words around the use): simplified Lesk overlap, with a prior for the
    commonest senses, so an unrelated context falls back to sense 1."""
    glosses = senses(lemma, pos)
    if not glosses:
        return None
    ctx = {_stem(w) for w in (context or []) if w.lower() not in _STOP and len(w) > 3}
    ctx.discard(_stem(lemma))
    best, best_score = glosses[0], -1.0
    for rank, gloss in enumerate(glosses):
        words = {_stem(w) for w in re.findall(r"[a-zA-Z]+", gloss)
                 if w.lower() not in _STOP and len(w) > 3}
        # one shared word is weak evidence: the commonest sense keeps a prior
        # that only two or more context words can overturn
        score = len(words & ctx) + (1.5 if rank == 0 else 0.5 if rank == 1 else 0.0)
        if _TECHNICAL.search(gloss) and not (words & ctx):
            score -= 1.2  # a specialist sense, unlikely in a news article without support
        if score > best_score:
            best, best_score = gloss, score
    return best


#: A sense other than the first needs this many context words in its gloss …
SWITCH_MIN_FIT = 2
#: … and this many more than the first sense has.
SWITCH_MARGIN = 2


def choose_sense(lemma: str, pos: str, context: list[str], tok: Token | None = None) -> tuple[int, str] | None:
    """(sense index, evidence) of the sense of ``lemma``/``pos`` used in
    ``context``; None when the lexicon has no sense.

    The first (commonest) sense is kept unless the sentence gives strong
    evidence for another: that sense shares at least :data:`SWITCH_MIN_FIT`
    content words with the sentence and :data:`SWITCH_MARGIN` more than the
    first, or the verb has a direct object and only a later sense takes one.
    The evidence is "first" when the first sense dominates the word's uses
    (:func:`first_sense_dominant`), "context" when the sentence shares a word
    with the chosen sense (or its object chose it), and "" (unsure, not to be
    asked) otherwise — also when a physical verb sense takes an abstract
    object ("streamline the process" is not "contour economically")."""
    glosses = senses(lemma, pos)
    if not glosses:
        return None
    fits = [context_fit(g, context, lemma) for g in glosses]
    best = max(range(len(glosses)), key=lambda i: (fits[i], -i))
    if best != 0 and fits[best] >= SWITCH_MIN_FIT and fits[best] - fits[0] >= SWITCH_MARGIN:
        return best, "context"
    if tok is not None and (figurative(lemma, pos, tok) or compound_modifier(pos, tok)):
        return 0, ""
    if _object_mismatch(lemma, pos, tok) or figurative_measure(lemma, pos, tok):
        return 0, ""
    if fits[0] > 0:
        return 0, "context"
    return 0, ("first" if first_sense_dominant(lemma, pos) else "")


_PERSON_FIELDS = {"noun.person", "noun.group", "noun.animal"}


def _object_mismatch(lemma: str, pos: str, tok: Token | None) -> bool:
    """A verb used with a direct object whose first sense takes none
    ("spraying water" is not "be discharged in sprays"), or only people
    when the object is a thing ("execute the sentence" is not "kill as a
    punishment"): unsure which later sense is meant. A noun misread as a
    verb (a determiner or possessive on it) is unsure too."""
    if tok is None or pos != "VERB":
        return False
    if any(c.dep_ in ("det", "poss") for c in tok.children) or tok.dep_ == "amod":
        return True  # "their city rivals", "the resting place"
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    infos = sense_info(lemma, pos)
    if not objects or not infos:
        return False
    if not infos[0].transitive:
        return True
    thing = objects[0].ent_type_ not in ("PERSON", "ORG", "NORP", "GPE") and \
        field_of(objects[0].lemma_.lower(), "NOUN") not in _PERSON_FIELDS
    return infos[0].person_object and thing


#: Noun fields whose first senses are events, actions or things, used
#: figuratively as a measure of something else ("a volley of remarks", "a
#: flood of complaints").
_MEASURE_FIELDS = frozenset({"noun.act", "noun.event", "noun.phenomenon", "noun.object",
                             "noun.substance", "noun.artifact"})


def figurative_measure(lemma: str, pos: str, tok: Token | None) -> bool:
    """"a <noun> of <plural noun>" where the noun's first sense is an
    event, action or thing of another field than the plural: the literal
    sense would be the wrong key."""
    if tok is None or pos != "NOUN" or field_of(lemma, pos) not in _MEASURE_FIELDS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.tag_ == "NNS" and \
                        field_of(obj.lemma_.lower(), "NOUN") not in ("", field_of(lemma, pos)):
                    return True
    return False


def compound_modifier(pos: str, tok: Token) -> bool:
    """A noun modifying another noun ("greenhouse gas", "model beach") or a
    verb with a particle ("hand over"): the meaning is the whole phrase's,
    not the lexicon's sense of the word alone."""
    if pos == "VERB":
        return any(c.dep_ == "prt" for c in tok.children)
    return pos == "NOUN" and tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN")


def figurative(lemma: str, pos: str, tok: Token) -> bool:
    """A verb whose first sense is physical (handling, shaping, moving) used
    with an abstract direct object, or an abstract subject when it has no
    object: the lexicon's literal sense would be the wrong key."""
    if pos != "VERB" or field_of(lemma, pos) not in PHYSICAL_VERB_FIELDS:
        return False
    args = [c for c in tok.children if c.dep_ in ("dobj", "obj")] or \
        [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    for arg in args:
        noun = arg.lemma_.lower()
        if arg.pos_ == "NOUN" and field_of(noun, "NOUN") in ABSTRACT_NOUN_FIELDS:
            return True
    return False


def context_fit(gloss: str, context: list[str], lemma: str = "") -> int:
    """How many content words of ``gloss`` the ``context`` also has, compared
    by stem (pass the sentence's lemmas in ``context`` too)."""
    own = _keys(lemma) if lemma else frozenset()
    ctx: set[str] = set()
    for w in context:
        if w.lower() not in _STOP and len(w) > 3:
            ctx |= _keys(w)
    ctx -= own
    return sum(1 for w in set(re.findall(r"[a-zA-Z]+", gloss))
               if w.lower() not in _STOP and len(w) > 3 and _keys(w) & ctx)


@functools.lru_cache(maxsize=65536)
def _keys(word: str) -> frozenset:
    """The word's stem (the context also brings each token's lemma, so
    "sent" in the sentence meets "send" in a gloss)."""
    return frozenset({_stem(word.lower())})


_TECHNICAL = re.compile(
    r"\b(telecommunication|computer|computing|chemistry|chemical(?:ly)?|physics|mathematic\w*|"
    r"photograph\w*|genetics|biochemistry|anatomy|botany|zoology|linguistics|grammar|"
    r"logic|statistics|electronics|nautical|heraldry|geometry|algebra|music)\b", re.I)


#: Words that make a definition or headword unfit for a grade 8-10 worksheet
#: (sexual, obscene, slurs and the lexicon's own markers of offensive senses).
#: Matched as word prefixes, so "sexual" also blocks "sexually".
_UNSAFE_PREFIXES = (
    "sex", "erotic", "arous", "porn", "obscen", "genital", "penis", "vagin", "vulva", "clitor", "testic",
    "scrot", "orgasm", "copulat", "coitus", "coital", "intercourse", "fornicat", "prostitut", "whore",
    "harlot", "brothel", "pimp", "slut", "masturbat", "ejaculat", "semen", "sperm", "erection", "nipple",
    "buttock", "anus", "anal", "rectum", "feces", "faeces", "excrement", "defecat", "urinat", "lewd",
    "lascivious", "lecher", "lust", "libid", "seduc", "aphrodis", "nude", "naked", "bawdy", "raunch",
    "smut", "kinky", "fetish", "incest", "rape", "rapist", "molest", "pedophil", "paedophil", "sodom",
    "offensive", "derogatory", "disparag", "vulgar", "slur", "contemptuous", "insult",
    "profan", "obscene", "fuck", "shit", "bitch", "bastard", "damn", "crap", "piss", "cunt", "dick",
    "cock", "tits", "boob", "narcotic", "heroin", "cocaine", "marijuana", "drunk", "intoxicat", "hallucinog",
    "suicid", "tortur", "lynch", "behead", "disembowel", "mutilat", "cannibal", "corpse", "necro",
)
#: Harmless words the prefixes would catch.
_SAFE_WORDS = {"sextant", "sextet", "sexton", "analysis", "analyst", "analytic", "analytical", "analogy",
               "analog", "analogue", "analogous", "anally", "insulate", "insulation", "insular", "cockpit",
               "cockroach", "cocktail", "dickens", "pimple", "lusty", "lustre", "luster", "lustrous",
               "damnation", "crappie", "rapeseed", "cockerel", "cockatoo", "cockle", "sexagenarian"}


_WORD = re.compile(r"[a-z]+")


def unsafe(text: str) -> bool:
    """Whether a definition or word is unfit for a school quiz (sexual,
    obscene, offensive or slur senses, drugs, graphic violence).  Used for
    vocabulary keys and every distractor definition drawn from the lexicon.

    A word-by-word prefix test: a regular expression alternating ~100
    prefixes was the slowest step of a cold vocabulary run."""
    return any(word.startswith(_UNSAFE_PREFIXES) and word not in _SAFE_WORDS
               for word in _WORD.findall((text or "").lower()))


def _stem(word: str) -> str:
    w = word.lower()
    for suf in ("ing", "ed", "es", "s", "ly"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


#: Nouns of amount or change an adjective of degree describes ("a minute drop",
#: "a slight rise"); before other nouns a noun modifier stays a noun ("a model beach").
_DEGREE_NOUNS = {"drop", "rise", "fall", "increase", "decrease", "change", "difference", "amount",
                 "quantity", "fraction", "shift", "variation", "trace", "detail", "error", "gain", "loss"}


def _pos_of(tok: Token) -> str:
    """spaCy's tag, except a determiner + word + noun where the word is tagged
    a noun modifier but has an adjective reading ("a minute drop"): the
    adjective, since "a <noun> <noun>" with a bare singular modifier and no
    number ("a five minute walk") is the rarer structure."""
    if tok.pos_ == "NOUN" and tok.dep_ in ("compound", "amod") and tok.i > 0 and \
            tok.doc[tok.i - 1].lower_ in ("a", "an") and tok.head.i == tok.i + 1 and \
            tok.head.lemma_.lower() in _DEGREE_NOUNS and \
            not list(tok.children) and tok.tag_ == "NN" and \
            (tok.lemma_.lower(), "ADJ") in lexicon():
        return "ADJ"
    return tok.pos_


def _lemma_in_lexicon(tok: Token, pos: str) -> str | None:
    for cand in (tok.lemma_.lower(), tok.lower_, tok.lower_.rstrip("s")):
        if (cand, pos) in lexicon():
            return cand
    return None


def _glossed(tok: Token) -> bool:
    """The article already explains the word: "X (a ...)", "X, or ...", an
    apposition ("the Hajj, the annual pilgrimage")."""
    doc = tok.doc
    if any(c.dep_ == "appos" for c in tok.children):
        return True
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.text == "(":
        return True
    after = doc_text(doc)[tok.idx + len(tok.text): tok.idx + len(tok.text) + 20].lower()
    return bool(re.match(r",?\s*(or|i\.e\.|meaning|which means|known as|also called)\b", after))


def find_vocabulary(parsed, limit: int = 12) -> list[VocabEntry]:
    """Up to ``limit`` uncommon words of ``parsed`` with in-context definitions,
    rarest first (one entry per lemma, at its first use)."""
    seen: set[str] = set()
    cands: list[tuple[float, VocabEntry]] = []
    title_words = {w.lower() for w in re.findall(r"[A-Za-z]+", parsed.title or "")}
    for number, doc in enumerate(parsed.docs):
        original = parsed.paragraphs[number]
        ent_tokens = {t.i for e in doc.ents if e.label_ in _NAME_ENTS for t in e}
        for tok in doc:
            if tok.pos_ not in _CONTENT_POS or not tok.is_alpha or len(tok.text) < 4:
                continue
            if tok.i in ent_tokens or (tok.text[0].isupper() and not tok.is_sent_start):
                continue
            if tok.text.isupper():
                continue  # acronyms
            pos = _pos_of(tok)
            lemma = _lemma_in_lexicon(tok, pos)
            if lemma is None or lemma in seen:
                continue
            zipf = zipf_frequency(tok.lower_, "en")
            rare_use = _rare_part_of_speech(lemma, pos, zipf)
            if not (MIN_ZIPF <= zipf < RARE_ZIPF or rare_use):
                continue
            if _glossed(tok):
                seen.add(lemma)
                continue
            context = [w for t in tok.sent if not t.is_punct and t.i != tok.i for w in (t.text, t.lemma_)]
            chosen = choose_sense(lemma, pos, context, tok)
            if chosen is None:
                continue
            sense, evidence = chosen
            definition = senses(lemma, pos)[sense]
            seen.add(lemma)
            score = zipf - (1.0 if rare_use else 0.0)
            if tok.lower_ in title_words:
                score -= 0.2  # a key word of the article
            cands.append((score, VocabEntry(
                word=original[tok.idx:tok.idx + len(tok.text)], lemma=lemma, pos=pos,
                definition=definition, paragraph=number, zipf=round(zipf, 2),
                start=tok.idx, end=tok.idx + len(tok.text), fit=context_fit(definition, context, lemma),
                sense=sense, evidence=evidence)))
    # too rare words (below MIN_ZIPF) are excluded above; now rarest first
    cands.sort(key=lambda c: c[0])
    chosen = [e for _, e in cands[:limit]]
    return sorted(chosen, key=lambda e: (e.paragraph, e.start))


def _rare_part_of_speech(lemma: str, pos: str, zipf: float) -> bool:
    """A common word used in an uncommon part of speech ("a minute drop"):
    its tagged uses as ``pos`` are a small share of all its tagged uses."""
    if zipf < RARE_ZIPF or pos not in ("ADJ", "VERB"):
        return False
    counts = {p: lexicon().get((lemma, p), (0, ()))[0] for p in _CONTENT_POS}
    total = sum(counts.values())
    return total >= 20 and counts.get(pos, 0) * 10 < total
