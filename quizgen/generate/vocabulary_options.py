"""The options of a vocabulary item: the key's definition and three wrong
definitions that could plausibly describe the word in its sentence.

Every option is a lexicon gloss rewritten by :func:`friendly` (no
parenthetical labels, one clause, capitalised), so the key does not stand out
by form. A wrong option is the first-sense definition of another word of the
same part of speech, taken first from the article's own words and then from
the lexicon, of the key sense's semantic field (or a related one: another
kind of speech act for "slogan", another way of taking things for
"confiscate"), taking a direct object when the key's verb sense does, close
in length and sharing no content word with any sense of the word (so none is
a second right answer). Definitions that read as measurements ("the cardinal
number that is the sum of eighteen and one") and anything unfit for a school
quiz are never offered.
"""
from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass

import math

from wordfreq import get_frequency_dict

from ..analysis.vocabulary import VocabEntry, lexicon, senses, unsafe
from ..lexicons.vocabulary_senses import (NUMBER_FIELDS, ancestors, close_senses, cousins,  # noqa: F401
                                          first_sense_dominant, related, same_class, sense_info)
from ..questions import content_words

#: Screened lexicon candidates gathered per key before choosing.
POOL_ENOUGH = 30
#: Lexicon words sampled per key (the screening is the cold-start cost).
SAMPLE = 250
#: Fewer related-field words than this: the whole part of speech is the pool.
MIN_RELATED = 180
#: Wrong options taken from the article's own words at most (more would make
#: the item a second quiz about the article's other words).
FROM_ARTICLE = 2
#: Rank bonus of a wrong definition whose sense is a cousin of the key's
#: (they meet a few levels up the hypernym tree: another kind of crisis,
#: another way of taking).
COUSIN_BONUS = 1.5
#: Fewer words than this read as a cryptic label ("A woman religious").
MIN_WORDS = 3
_NUMERIC = re.compile(r"\d|\b(?:cardinal|ordinal|numeral)\b", re.IGNORECASE)


@functools.cache
def _frequencies() -> dict[str, float]:
    return get_frequency_dict("en")


def zipf(word: str) -> float:
    """wordfreq's Zipf value of a lower-case word, straight from its table
    (``zipf_frequency`` tokenises first, which the definitions' plain words
    do not need)."""
    freq = _frequencies().get(word, 0.0)
    return round(math.log10(freq) + 9, 2) if freq > 0 else 0.0


@dataclass(frozen=True)
class Candidate:
    lemma: str
    gloss: str
    field: str
    transitive: bool
    from_article: bool = False


# --------------------------------------------------------------------------- form

@functools.lru_cache(maxsize=65536)
def friendly(gloss: str) -> str:
    """A lexicon gloss as a student reads it: parenthetical labels and
    asides dropped ("(Islam) a Muslim place of worship"), only the first
    clause of a ";" list when it says enough on its own, capitalised."""
    text = re.sub(r"\s*\([^()]*\)", "", gloss or "").strip()
    parts = [p.strip(" ,") for p in text.split(";") if p.strip(" ,")]
    if not parts:
        return ""
    text = parts[0]
    if len(text.split()) < MIN_WORDS and len(parts) > 1:
        text = f"{text}, {parts[1]}"
    text = re.sub(r"\s+", " ", text).strip(" ,")
    return text[:1].upper() + text[1:]


def form_of(text: str, pos: str) -> str:
    """A coarse shape of a definition, matched across options: a noun's
    definition with or without an article, an adjective's "of …", "not …",
    "having …" or other; verbs and adverbs have one shape."""
    first = text.split(" ", 1)[0].lower() if text else ""
    if pos == "NOUN":
        return "det" if first in {"a", "an", "the", "any", "one", "someone", "something"} else "bare"
    if pos == "ADJ":
        if first in {"of", "relating", "belonging"}:
            return "of"
        if first in {"not", "lacking", "without", "free"}:
            return "not"
        if first in {"having", "showing", "being", "full", "marked", "characterized"}:
            return "having"
    return "other"


@functools.lru_cache(maxsize=131072)
def offerable(gloss: str, field: str = "", plain: float = 0.0) -> bool:
    """A definition fit to be shown as an option: a few plain words (none
    rarer than ``plain`` on the Zipf scale), no number, no label of one sex
    ("a female friend"), nothing unfit for a school quiz."""
    text = friendly(gloss)
    if not text or not MIN_WORDS <= len(text.split()) <= 16 or _NUMERIC.search(text) or \
            _GENDERED.match(text) or field in NUMBER_FIELDS or unsafe(text):
        return False
    return not plain or all(zipf(w) >= plain for w in re.findall(r"[a-z]{4,}", text))


#: Below this Zipf a word in a definition is jargon to a grade 8-10 student.
PLAIN_ZIPF = 2.5
KEY_PLAIN_ZIPF = 2.0
_GENDERED = re.compile(r"^(?:a|an|any)\s+(?:male|female|woman|man|girl|boy)\b", re.IGNORECASE)


# --------------------------------------------------------------------------- pools

@functools.cache
def _pools() -> dict[tuple[str, str], tuple[Candidate, ...]]:
    """Ordinary lexicon words by (part of speech, semantic field of their
    first sense): single alphabetic words with tagged uses and a plain
    definition (the costlier checks run per sampled word, in :func:`_screened`)."""
    out: dict[tuple[str, str], list[Candidate]] = {}
    for (lemma, pos), (count, glosses) in lexicon().items():
        if count < 2 or not glosses or not lemma.isalpha():
            continue
        gloss = glosses[0]
        if "(" in gloss or not 3 <= gloss.count(" ") + 1 <= 18 or not 2.3 <= zipf(lemma) <= 4.8:
            continue  # rarity first: the cheapest test, and it rejects the most
        infos = sense_info(lemma, pos)
        if not infos:
            continue
        out.setdefault((pos, infos[0].field), []).append(
            Candidate(lemma, gloss, infos[0].field, infos[0].transitive))
    return {key: tuple(sorted(pool, key=lambda c: c.lemma)) for key, pool in out.items()}


@functools.lru_cache(maxsize=256)
def _related_pool(pos: str, field: str) -> tuple[Candidate, ...]:
    """Pool candidates of ``pos`` in ``field`` or a related one; when too
    few, every abstract (or every concrete) noun field; adjectives and
    adverbs have one field each."""
    pool = tuple(c for c in pos_pool(pos) if related(field, c.field)) if field else ()
    if len(pool) < MIN_RELATED and field:
        pool = tuple(c for c in pos_pool(pos) if same_class(field, c.field))
    return pool if len(pool) >= MIN_RELATED else pos_pool(pos)


@functools.lru_cache(maxsize=16)
def pos_pool(pos: str, fields: frozenset | None = None) -> tuple[Candidate, ...]:
    """Pool candidates of ``pos`` in ``fields`` (every field when None)."""
    return tuple(c for (p, f), pool in _pools().items() if p == pos and (fields is None or f in fields)
                 for c in pool)


@functools.lru_cache(maxsize=131072)
def _screened(lemma: str, pos: str, gloss: str) -> tuple[frozenset, frozenset] | None:
    """(content words of the definition, of all the word's senses) for a
    lexicon word fit to be a distractor — neither obscure nor trivially easy,
    and no sense unfit for a school quiz — else None.  Cached per process."""
    if unsafe(lemma) or any(unsafe(g) for g in senses(lemma, pos)):
        return None
    return content_of(gloss), sense_content(lemma, pos)


#: Words of definitions that say nothing about the meaning ("the act of …").
_GENERIC = frozenset("""act acts use used uses one two way set put get make makes give take thing
things something someone person state quality being having especially usually often etc form part
kind type manner""".split())


@functools.lru_cache(maxsize=65536)
def content_of(text: str) -> frozenset:
    """Content words of a definition, compared by their first five letters
    without a plural s ("gun" and "guns" match)."""
    out = set()
    for w in content_words(text):
        if len(w) < 3 or w in _GENERIC:
            continue
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.add(w[:5])
    return frozenset(out)


@functools.lru_cache(maxsize=65536)
def sense_content(lemma: str, pos: str) -> frozenset:
    out: set[str] = set()
    for gloss in senses(lemma, pos):
        out |= content_of(gloss)
    return frozenset(out)


def article_candidates(docs, skip: set[str] | None = None) -> dict[str, list[Candidate]]:
    """Words of the article (not names) whose first sense is their dominant
    one, by part of speech, each once, in text order (one pass over the parse)."""
    seen = set(skip or ())
    out: dict[str, list[Candidate]] = {}
    for doc in docs:
        for tok in doc:
            pos = tok.pos_
            if pos not in _OPTION_POS or not tok.is_alpha or tok.ent_type_ or len(tok.text) < 4:
                continue
            lemma = tok.lemma_.lower()
            if (lemma, pos) in seen or (tok.text[0].isupper() and not tok.is_sent_start):
                continue
            seen.add((lemma, pos))
            if lemma in (skip or ()):
                continue
            glosses = senses(lemma, pos)
            infos = sense_info(lemma, pos)
            if not glosses or not infos or not first_sense_dominant(lemma, pos):
                continue
            if not 2.3 <= zipf(lemma) <= 5.5 or unsafe(lemma):
                continue
            out.setdefault(pos, []).append(Candidate(lemma, glosses[0], infos[0].field, infos[0].transitive, True))
    return out


_OPTION_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})


# --------------------------------------------------------------------------- choice

class _Screen:
    """The exclusion tests for one key: no candidate may be a second right
    answer or give the key away."""

    def __init__(self, entry: VocabEntry):
        self.entry = entry
        self.key = friendly(entry.definition)
        self.key_senses = set(content_of(entry.definition)) | sense_content(entry.lemma, entry.pos)
        self.key_tokens = set(re.findall(r"[a-z]+", " ".join(senses(entry.lemma, entry.pos)
                                                            or (entry.definition,)).lower()))
        self.stem = re.compile(rf"\b{re.escape(entry.lemma.lower()[:5])}")
        self.used = set(content_of(entry.definition))
        self.senses = len(sense_info(entry.lemma, entry.pos))

    def passes(self, c: Candidate, words: frozenset, lemma_senses: frozenset) -> bool:
        text = friendly(c.gloss)
        if not words or words & self.used or c.lemma == self.entry.lemma or text == self.key:
            return False
        if words & self.key_senses or lemma_senses & self.key_senses or c.lemma in self.key_tokens:
            return False
        if self.stem.search(c.gloss.lower()) or not offerable(c.gloss, c.field, PLAIN_ZIPF):
            return False
        if any(close_senses(self.entry.lemma, self.entry.pos, k, c.lemma) for k in range(self.senses)):
            return False  # a synonym, parent or sibling of any sense of the word
        return 0.5 <= len(text) / max(1, len(self.key)) <= 1.8


def distractors(entry: VocabEntry, others: list[VocabEntry], rng: random.Random, n: int = 3,
                article: list[Candidate] | None = None) -> list[str]:
    """``n`` wrong definitions (in :func:`friendly` form) for ``entry``: the
    article's words first (``article``, and ``others``, its other uncommon
    words), then lexicon words, all of the key sense's field or a related one."""
    infos = sense_info(entry.lemma, entry.pos)
    key_info = infos[entry.sense] if entry.sense < len(infos) else None
    field = key_info.field if key_info else ""
    screen = _Screen(entry)
    form = form_of(screen.key, entry.pos)
    pool = _related_pool(entry.pos, field)
    near = _cousins_in(entry, pool)
    rng.shuffle(near)
    near_set = set(near)
    rest = [c for c in rng.sample(pool, min(len(pool), SAMPLE)) if c not in near_set]
    sampled = near + rest
    local = [c for c in list(article or []) + [_as_candidate(o) for o in others if o.pos == entry.pos]
             if not field or related(field, c.field)]
    scored: list[tuple[float, str, Candidate, frozenset]] = []
    for c in local + sampled:
        if c.from_article:
            words, lemma_senses = content_of(c.gloss), sense_content(c.lemma, entry.pos)
        else:
            screened = _screened(c.lemma, entry.pos, c.gloss)
            if screened is None:
                continue
            words, lemma_senses = screened
        if not screen.passes(c, words, lemma_senses):
            continue
        text = friendly(c.gloss)
        score = (2.0 if c.field == field else 1.0 if related(field, c.field) else 0.0)
        score += COUSIN_BONUS * cousins(entry.lemma, entry.pos, entry.sense, c.lemma)
        score += 0.5 * c.from_article + 0.5 * (form_of(text, entry.pos) == form)
        if key_info is not None and entry.pos == "VERB":
            score += 0.5 * (c.transitive == key_info.transitive)
        score -= abs(len(text) - len(screen.key)) / max(20, len(screen.key))
        scored.append((score, c.lemma, c, words))
        if len(scored) >= POOL_ENOUGH + len(local) and c not in near:
            break
    scored.sort(key=lambda s: (-s[0], s[1]))
    return _pick(scored, screen, n)


@functools.lru_cache(maxsize=256)
def _ancestor_index(pos: str, field: str) -> dict[str, tuple[Candidate, ...]]:
    """ancestor synset → the candidates of the related pool below it."""
    index: dict[str, list[Candidate]] = {}
    for c in _related_pool(pos, field):
        infos = sense_info(c.lemma, pos)
        if infos and infos[0].synset:
            for a in ancestors(infos[0].synset):
                index.setdefault(a, []).append(c)
    return {a: tuple(cs) for a, cs in index.items()}


def _cousins_in(entry: VocabEntry, pool) -> list[Candidate]:
    """Pool candidates whose first sense meets the key sense a few levels up
    the hypernym tree (:func:`.cousins`), found through the pool's ancestor index."""
    infos = sense_info(entry.lemma, entry.pos)
    if not 0 <= entry.sense < len(infos) or not infos[entry.sense].synset:
        return []
    field = infos[entry.sense].field
    index = _ancestor_index(entry.pos, field)
    found: dict[str, Candidate] = {}
    for a in ancestors(infos[entry.sense].synset):
        for c in index.get(a, ()):
            found.setdefault(c.lemma, c)
    return sorted(found.values(), key=lambda c: c.lemma)


def _pick(scored, screen: _Screen, n: int) -> list[str]:
    """The best-scored options, no two sharing a content word, at most
    :data:`FROM_ARTICLE` from the article, the key never the longest."""
    chosen: list[str] = []
    local = 0
    for _, _, c, words in scored:
        if len(chosen) >= n:
            break
        text = friendly(c.gloss)
        if words & screen.used or text in chosen or (c.from_article and local >= FROM_ARTICLE):
            continue
        longer = any(len(x) > len(screen.key) for x in chosen)
        if not longer and len(chosen) == n - 1 and len(text) <= len(screen.key):
            continue  # keep the key from being the longest option
        chosen.append(text)
        screen.used |= words
        local += c.from_article
    return chosen


def _as_candidate(entry: VocabEntry) -> Candidate:
    infos = sense_info(entry.lemma, entry.pos)
    info = infos[entry.sense] if entry.sense < len(infos) else None
    return Candidate(entry.lemma, entry.definition, info.field if info else "",
                     bool(info and info.transitive), True)


def warm_up() -> None:
    """Group the lexicon's words by field now (once per process)."""
    _frequencies()
    from ..lexicons.vocabulary_senses import _parents
    _parents()
    for pos, field in list(_pools()):
        _related_pool(pos, field)
