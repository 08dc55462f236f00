"""The pool (a set of more than :data:`.select.POOL_FROM` questions): as many
distinct facts as possible, and the clashes no set may hold (one key asked
twice, a person under two forms of the name, two statements of one sentence)."""
from __future__ import annotations

from collections import Counter

from ..questions import Question, normalize
from . import families


#: Pool penalty per question already drawn from the same sentence: a pool
#: covers the article's facts rather than blanking every name of one sentence.
SENTENCE_REUSE = 0.1


def kind_of(q: Question) -> str:
    """The selection kind of ``q``: its family (see :mod:`.families`)."""
    return families.family_of(q)


def kind_order() -> list[str]:
    """Family names in the order selection tries them (ascending priority)."""
    return [f.name for f in families.by_priority()]


def _pool_share(kind: str) -> float | None:
    family = families.get(kind)
    return family.pool_share if family else None


def fact_key(q: Question) -> str | None:
    """The fact a question tests: its key phrase (multiple choice, cloze, short answer)."""
    if q.type in ("multiple_choice", "cloze", "short_answer") and isinstance(q.answer, str) and \
            q.skill != "vocabulary" and len(q.answer.split()) <= 30:
        return q.answer
    return None


def select_pool(scored: list[tuple[float, Question]], count: int) -> list[Question]:
    """A large set (the pool): as many distinct facts as possible.

    Greedy on score plus coverage: a question whose key is a fact not yet
    asked (no chosen key gives the same answer, see
    :func:`quizgen.quality.key_matches`) and whose sentence is not yet used
    goes first; the analysis kinds and true/false are capped at a share of
    the set (they test no fact phrase), one of each kind is kept when
    available so the pool still mixes types, and no type passes half the set.
    """
    pool = _Pool(count)
    for kind in kind_order():  # one of each kind first (a mixed pool), best first
        if len(pool.chosen) >= count:
            break
        best = next((q for _, q in scored if kind_of(q) == kind and pool.allowed(q)), None)
        if best is not None:
            pool.take(best)
    while len(pool.chosen) < count:
        candidates = [(pool.value(base, q), q) for base, q in scored if q not in pool.chosen and pool.allowed(q)]
        if not candidates:
            if pool.relaxed:
                break
            pool.relaxed = True  # few fact questions: fill up with the capped kinds
            continue
        best_value = max(v for v, _ in candidates)
        pool.take(next(q for v, q in candidates if v == best_value))
    return pool.chosen


class _Pool:
    """What a pool holds so far: its questions, keys, sentences, kinds and types."""

    def __init__(self, count: int):
        self.count = count
        self.chosen: list[Question] = []
        self.keys: list[str] = []
        self.sentence_keys: dict = {}  # sentence -> normalised keys asked from it
        self.sentences: Counter = Counter()
        self.kinds: Counter = Counter()
        self.types: Counter = Counter()
        self.type_cap = max(1, count // 2)
        self.relaxed = False

    def allowed(self, q: Question) -> bool:
        kind = kind_of(q)
        if self.types[q.type] >= self.type_cap:
            return False
        if q.type in ("ordering", "matching") and self.types[q.type] >= 1:
            return False
        share = _pool_share(kind)
        if share is not None and not self.relaxed and self.kinds[kind] >= max(1, round(share * self.count)):
            return False
        return not any(clash(q, c) for c in self.chosen)

    def take(self, q: Question) -> None:
        self.chosen.append(q)
        self.kinds[kind_of(q)] += 1
        self.types[q.type] += 1
        if q.skill != "vocabulary":
            self.sentences[q.meta.get("sentence")] += 1
        key = fact_key(q)
        if key:
            self.keys.append(key)
            self.sentence_keys.setdefault(q.meta.get("sentence"), []).append(f" {normalize(key)} ")

    def asked(self, key: str, sentence) -> bool:
        """The fact is already in the pool: a matching key, or, from the same
        sentence, a key naming the same thing — one ends with the other ("CNN"
        and "America's cable network CNN"; not "1,500" and "a unit of 1,500
        agents", which ask different things)."""
        from ..quality import key_matches

        if any(key_matches(key, k) for k in self.keys):
            return True
        padded = f" {normalize(key)} "
        return any(padded.endswith(k) or k.endswith(padded) for k in self.sentence_keys.get(sentence, []))

    def value(self, base: float, q: Question) -> float:
        key = fact_key(q)
        sentence = q.meta.get("sentence")
        v = base
        if key is not None:
            v += -0.9 if self.asked(key, sentence) else 1.5
        if q.skill != "vocabulary":
            v += 0.3 if not self.sentences[sentence] else -SENTENCE_REUSE * self.sentences[sentence]
        if q.type in ("true_false", "fact_or_opinion"):
            answers = Counter(c.answer for c in self.chosen if c.type == q.type)
            if answers[q.answer] > sum(answers.values()) - answers[q.answer]:
                v -= 0.5  # keep true/false and fact/opinion answers balanced
        return v


def clash(a: Question, b: Question) -> bool:
    """Two questions in one quiz where one gives away the other's key."""
    ka, kb = a.meta.get("key_norm"), b.meta.get("key_norm")
    if ka and kb and (ka == kb or _same_name(ka, kb, a.meta.get("label"), b.meta.get("label"))):
        return True
    if normalize(a.prompt) == normalize(b.prompt):
        return True  # the same stem as multiple choice and as short answer (panel 59)
    if kind_of(a) == kind_of(b) == "understanding" and sentences_of(a) & sentences_of(b):
        return True  # a main-idea option would answer the cause question on its sentence
    return a.meta.get("sentence") == b.meta.get("sentence") and a.type == b.type == "true_false"


def matched_again(matching: Question, other: Question) -> bool:
    """A matching item and a position item on one of its holders: the set asks
    that position twice, and the match gives the other item's key (panels 53-54:
    kept 0 of 4; "repeats Q9 and Q10")."""
    pairs = matching.meta.get("pairs") if matching.type == "matching" else None
    key = other.meta.get("key_norm") or ""
    if not pairs or other.type == "matching" or not key.startswith("stance:"):
        return False
    return any(normalize(p["holder"]) in key for p in pairs)


def key_in_stem(a: Question, b: Question) -> bool:
    """``a``'s key is printed in the stem of ``b``, a question on the same sentence."""
    key = a.meta.get("key_norm")
    return bool(key) and len(key) >= 4 and a.meta.get("sentence") == b.meta.get("sentence") \
        and f" {key} " in f" {normalize(b.prompt)} "


def _same_name(ka: str, kb: str, la: str | None, lb: str | None) -> bool:
    """"bloomberg" and "michael bloomberg": one person asked for twice; "the
    teamsters" and "the international brotherhood of teamsters": one body
    (panel 54 kept two questions keyed with it)."""
    short, long = sorted((ka.split(), kb.split()), key=len)
    if la == lb == "ORG":
        words = [w for w in short if w != "the"]
        return bool(words) and set(words) <= set(long)
    if la != "PERSON" or lb != "PERSON":
        return False
    return bool(short) and long[-len(short):] == short


def sentences_of(q: Question) -> set:
    """Sentences a question shows or asks about (its evidence, by paragraph and start)."""
    return {(e.paragraph, e.start) for e in q.evidence}
