"""What the lexicon knows about each sense of a word besides its gloss.

Source: ``quizgen/data/lexicon_senses.tsv.gz``, written beside the lexicon by
``scripts/build_lexicon.py`` from WordNet 3.0 (licence:
``quizgen/data/WORDNET-LICENSE``). One record per sense, in the lexicon's
sense order: the sense's semantic field (WordNet's lexicographer file,
"noun.communication"), whether a verb sense takes a direct object, and how
often the sense was tagged in WordNet's sense-tagged corpus, whether a verb
sense takes only people as objects, and the ids of
its synset and of the synset's hypernyms (so a synonym, a parent or a sibling
sense of a key is never offered as a wrong definition).
"""
from __future__ import annotations

import functools
import gzip
import re
from dataclasses import dataclass
from importlib import resources

#: WordNet 3.0's lexicographer files, by number (the ``lexnames`` file).
LEXNAMES = (
    "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact",
    "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event",
    "noun.feeling", "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object",
    "noun.person", "noun.phenomenon", "noun.plant", "noun.possession", "noun.process",
    "noun.quantity", "noun.relation", "noun.shape", "noun.state", "noun.substance", "noun.time",
    "verb.body", "verb.change", "verb.cognition", "verb.communication", "verb.competition",
    "verb.consumption", "verb.contact", "verb.creation", "verb.emotion", "verb.motion",
    "verb.perception", "verb.possession", "verb.social", "verb.stative", "verb.weather", "adj.ppl",
)

#: Noun fields of things one cannot touch: a physical verb sense ("contour",
#: "slice") taking one of these as its object is used figuratively.
ABSTRACT_NOUN_FIELDS = frozenset({
    "noun.act", "noun.attribute", "noun.cognition", "noun.communication", "noun.event",
    "noun.feeling", "noun.motive", "noun.possession", "noun.process", "noun.relation",
    "noun.state", "noun.time"})
#: Verb fields whose senses describe handling, shaping or moving bodies and things.
PHYSICAL_VERB_FIELDS = frozenset({"verb.body", "verb.contact", "verb.creation", "verb.motion",
                                  "verb.weather"})
#: Fields whose definitions read as measurements, not meanings a student can
#: weigh ("the cardinal number that is the sum of eighteen and one").
NUMBER_FIELDS = frozenset({"noun.quantity"})


@dataclass(frozen=True)
class SenseInfo:
    field: str
    transitive: bool
    tagged: int
    synset: str = ""
    hypernyms: tuple[str, ...] = ()
    #: A verb sense whose objects are only people ("kill as a punishment").
    person_object: bool = False

    @property
    def family(self) -> frozenset:
        """The synset and its hypernyms."""
        return frozenset((self.synset, *self.hypernyms)) - {""}


@functools.cache
def _raw() -> tuple[dict[tuple[str, str], str], str]:
    """``(lemma, pos) -> the line's sense fields`` (parsed on demand by
    :func:`sense_info`), and the whole text (for :func:`_parents`)."""
    data = resources.files("quizgen").joinpath("data", "lexicon_senses.tsv.gz").read_bytes()
    text = gzip.decompress(data).decode("utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            lemma, pos, rest = line.split("\t", 2)
            out[(lemma, pos)] = rest
    return out, text


@functools.lru_cache(maxsize=131072)
def sense_info(lemma: str, pos: str) -> tuple[SenseInfo, ...]:
    """Per-sense records of ``lemma`` as ``pos``, in the lexicon's sense order."""
    rest = _raw()[0].get((lemma.lower(), pos))
    if rest is None:
        return ()
    infos = []
    for item in rest.split("\t"):
        kind, count, synset, parents = (item.split(":") + ["", "", ""])[:4]
        infos.append(SenseInfo(LEXNAMES[int(kind.rstrip("tp"))], "t" in kind, int(count or 0),
                               synset, tuple(p for p in parents.split(",") if p), "p" in kind))
    return tuple(infos)


def field_of(lemma: str, pos: str, sense: int = 0) -> str:
    infos = sense_info(lemma, pos)
    return infos[sense].field if 0 <= sense < len(infos) else ""


#: The first sense dominates when it was tagged at least this many times …
DOMINANT_MIN = 3
#: … and at least this many times as often as the next sense.
DOMINANT_RATIO = 2.0


#: A word with at most this many senses, only the first of them ever tagged,
#: has a dominant first sense from a single tagged use.
FEW_SENSES = 3


def first_sense_dominant(lemma: str, pos: str) -> bool:
    """Whether a reader meeting ``lemma`` as ``pos`` almost surely means its
    first sense: it has one sense, the first was tagged clearly more often
    than any other in WordNet's corpus, or it is the only tagged one of a
    few senses."""
    infos = sense_info(lemma, pos)
    if len(infos) == 1:
        return True
    if len(infos) < 2:
        return False
    first, rest = infos[0].tagged, max(i.tagged for i in infos[1:])
    if first >= 1 and rest == 0 and len(infos) <= FEW_SENSES:
        return True
    return first >= DOMINANT_MIN and first >= DOMINANT_RATIO * max(rest, 0.5)


#: Semantic fields close enough that a definition from one can plausibly
#: describe a word of the other in the same sentence.
RELATED_FIELDS = (
    frozenset({"noun.act", "noun.event", "noun.process", "noun.phenomenon"}),
    frozenset({"noun.communication", "noun.cognition", "noun.act"}),
    frozenset({"noun.motive", "noun.cognition", "noun.feeling"}),
    frozenset({"noun.state", "noun.feeling", "noun.attribute"}),
    frozenset({"noun.artifact", "noun.object", "noun.substance", "noun.food"}),
    frozenset({"noun.person", "noun.group"}),
    frozenset({"noun.location", "noun.object", "noun.artifact"}),
    frozenset({"noun.possession", "noun.relation", "noun.act"}),
    frozenset({"verb.social", "verb.competition", "verb.possession"}),
    frozenset({"verb.communication", "verb.cognition"}),
    frozenset({"verb.change", "verb.creation", "verb.stative"}),
    frozenset({"verb.motion", "verb.contact", "verb.body"}),
    frozenset({"verb.emotion", "verb.perception", "verb.cognition"}),
)


#: Noun fields of things one cannot touch (the fallback grouping of a field
#: with too few words of its own).
ABSTRACT_FIELDS = ABSTRACT_NOUN_FIELDS | {"noun.phenomenon", "noun.process", "noun.quantity", "noun.Tops"}


def same_class(field: str, other: str) -> bool:
    """Both abstract, or both concrete (for nouns); the same part of speech otherwise."""
    if not field.startswith("noun.") or not other.startswith("noun."):
        return field.split(".")[0] == other.split(".")[0]
    return (field in ABSTRACT_FIELDS) == (other in ABSTRACT_FIELDS)


@functools.lru_cache(maxsize=4096)
def related(field: str, other: str) -> bool:
    """The same field, or two fields of one :data:`RELATED_FIELDS` group."""
    return field == other or any(field in group and other in group for group in RELATED_FIELDS)


def close_senses(lemma: str, pos: str, sense: int, other: str) -> bool:
    """Whether any sense of ``other`` is a synonym, parent, child, sibling or
    cousin within :data:`CLOSE_DEPTH` levels of sense ``sense`` of ``lemma``
    (so its definitions may also be right)."""
    infos = sense_info(lemma, pos)
    if not 0 <= sense < len(infos):
        return False
    key = infos[sense]
    for o in sense_info(other, pos):
        if o.synset == key.synset or o.synset in key.hypernyms or key.synset in o.hypernyms:
            return True
        if set(o.hypernyms) & set(key.hypernyms):
            return True
        if key.synset and o.synset and ancestors(key.synset, CLOSE_DEPTH) & ancestors(o.synset, CLOSE_DEPTH):
            return True  # second cousins: "an inquiry into a death" beside "a formal examination"
    return False


_SENSE_FIELD = re.compile(r"(?:^|\t)\d+t?p?:\d+:([0-9a-z]+):([0-9a-z,]+)", re.MULTILINE)


@functools.cache
def _parents() -> dict[str, tuple[str, ...]]:
    """synset id → its hypernyms' ids, from every sense of the file."""
    out: dict[str, tuple[str, ...]] = {}
    for synset, parents in _SENSE_FIELD.findall(_raw()[1]):
        out.setdefault(synset, tuple(parents.split(",")))
    return out


#: How far up the hypernym tree two senses may meet and still be "cousins".
COUSIN_DEPTH = 3
#: Senses meeting this close are near-synonyms, never a wrong option for each other.
CLOSE_DEPTH = 2


@functools.lru_cache(maxsize=65536)
def ancestors(synset: str, depth: int = COUSIN_DEPTH) -> frozenset:
    """The synset's hypernyms up to ``depth`` levels (the synset excluded)."""
    parents = _parents()
    found: set[str] = set()
    level = {synset}
    for _ in range(depth):
        level = {p for s in level for p in parents.get(s, ())} - found
        if not level:
            break
        found |= level
    return frozenset(found)


def cousins(lemma: str, pos: str, sense: int, other: str) -> bool:
    """Whether the first sense of ``other`` meets sense ``sense`` of
    ``lemma`` within :data:`COUSIN_DEPTH` levels up the hypernym tree (the
    same kind of thing, a plausible wrong meaning in the same sentence)."""
    infos, others = sense_info(lemma, pos), sense_info(other, pos)
    if not 0 <= sense < len(infos) or not others or not infos[sense].synset:
        return False
    return bool(ancestors(infos[sense].synset) & ancestors(others[0].synset))
