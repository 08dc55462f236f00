"""Vocabulary in context: "As used in paragraph N, what does “word” most nearly mean?"

Words come from :func:`quizgen.analysis.find_vocabulary` (uncommon words, names
and already-glossed words skipped, the sense chosen for the part of speech and
the context).  The key is that sense's definition; the three distractors are
definitions of *other* words of the same part of speech — first the article's
other uncommon words, then words from the offline lexicon — of similar length,
sharing no content word with the key (so none is a second right answer).

An item is skipped rather than guessed when the word's form does not follow
regularly from the lemma the lexicon matched (a sign the wrong lemma was
looked up: "shines" read as "shin"), or when the definition repeats the word
("brightly: with brightness"), which would give the answer away.

:func:`glossary` lists (word, definition, paragraph) for worksheets.
"""
from __future__ import annotations

import functools
import random
import re

from wordfreq import zipf_frequency

from ..analysis.vocabulary import VocabEntry, find_vocabulary, lexicon, senses, unsafe
from ..questions import Question, content_words
from .context import Context, SentInfo
from .records import question_id

#: How many uncommon words are considered per article.
CANDIDATES = 12
_VOWELS = "aeiou"


def glossary(parsed, limit: int = 12) -> list[dict]:
    """Worksheet glossary: ``[{"word", "definition", "paragraph"}]`` in text order
    (paragraph numbers start at 1, as printed)."""
    return [{"word": e.word, "definition": e.definition, "paragraph": e.paragraph + 1}
            for e in find_vocabulary(parsed, limit=limit) if usable(e)]


def regular_form(word: str, lemma: str, pos: str) -> bool:
    """Whether ``word`` is ``lemma`` or a regular inflection of it for ``pos``."""
    w, l = word.lower(), lemma.lower()
    if w == l:
        return True
    forms: set[str] = set()
    if pos == "NOUN":
        forms |= {l + "s", l + "es"}
        if l.endswith("y") and len(l) > 2 and l[-2] not in _VOWELS:
            forms.add(l[:-1] + "ies")
        if l.endswith(("s", "x", "z", "ch", "sh")):
            forms.discard(l + "s")
        else:
            forms.discard(l + "es")
    elif pos == "VERB":
        stem = l[:-1] if l.endswith("e") else l
        forms |= {stem + "ing", l + "d" if l.endswith("e") else l + "ed"}
        if l.endswith(("s", "x", "z", "ch", "sh", "o")):
            forms.add(l + "es")
        elif l.endswith("y") and l[-2:-1] not in tuple(_VOWELS):
            forms |= {l[:-1] + "ies", l[:-1] + "ied"}
        else:
            forms.add(l + "s")
        if len(l) >= 3 and l[-1] not in _VOWELS + "wxy" and l[-2] in _VOWELS and l[-3] not in _VOWELS:
            forms |= {l + l[-1] + "ing", l + l[-1] + "ed"}
            if len(re.findall(r"[aeiouy]+", l)) == 1:
                forms -= {l + "ing", l + "ed"}  # one syllable: "wag" -> "wagging", never "waging"
    elif pos == "ADJ":
        stem = l[:-1] if l.endswith("e") else l
        forms |= {stem + "er", stem + "est"}
        if l.endswith("y") and len(l) > 2:
            forms |= {l[:-1] + "ier", l[:-1] + "iest"}
    return w in forms


def circular(entry: VocabEntry) -> bool:
    """The definition uses the word itself or a close relative ("brightly":
    "with brightness"; "astronomer": "… studies astronomy")."""
    root = entry.lemma.lower()[:6] if len(entry.lemma) >= 6 else entry.lemma.lower()
    for w in re.findall(r"[a-zA-Z]+", entry.definition.lower()):
        if w == entry.lemma.lower() or (len(root) >= 5 and w.startswith(root)):
            return True
    return False


def usable(entry: VocabEntry) -> bool:
    """Safe to ask about: a regular form of its lemma, a definition that does
    not repeat the word, nothing unfit for a school quiz in the word or its definition, and the word's commonest sense for its part of speech
    (a rarer sense chosen from context is too often wrong to be a key)."""
    words = entry.definition.split()
    first = senses(entry.lemma, entry.pos)[:1]
    # a word with many senses needs its sentence to confirm the commonest one
    # ("sort them by colour" is not "examine in order to test suitability")
    confirmed = len(senses(entry.lemma, entry.pos)) < POLYSEMOUS or entry.fit > 0
    return (confirmed and regular_form(entry.word, entry.lemma, entry.pos) and not circular(entry)
            and not unsafe(entry.definition) and not unsafe(entry.word)
            and 2 <= len(words) <= 16 and not entry.word[:1].isupper()
            and bool(first) and first[0] == entry.definition)


#: Senses from which a vocabulary key needs support from its sentence.
POLYSEMOUS = 2
#: Screened lexicon candidates gathered per key before choosing by length.
POOL_ENOUGH = 60


def _pos_pool(pos: str) -> tuple[tuple[str, str], ...]:
    """(lemma, first definition) of ordinary words of ``pos`` in the lexicon:
    single alphabetic words with tagged uses and a plain definition (the
    costlier checks — rarity, school safety — run per sampled word, cached,
    in :func:`_screened`)."""
    return _pools().get(pos, ())


@functools.cache
def _pools() -> dict[str, tuple[tuple[str, str], ...]]:
    """Every part of speech's pool, built in one pass over the lexicon."""
    out: dict[str, list[tuple[str, str]]] = {}
    for (lemma, pos), (count, glosses) in lexicon().items():
        if count < 2 or not glosses or not lemma.isalpha():
            continue
        gloss = glosses[0]
        if "(" in gloss or not 3 <= gloss.count(" ") + 1 <= 18:
            continue
        out.setdefault(pos, []).append((lemma, gloss))
    return {pos: tuple(sorted(pool)) for pos, pool in out.items()}


@functools.lru_cache(maxsize=131072)
def _screened(lemma: str, pos: str, gloss: str) -> tuple[frozenset, frozenset] | None:
    """(content words of the definition, of all the word's senses) for a
    lexicon word fit to be a distractor — neither obscure nor trivially easy,
    and no sense unfit for a school quiz — else None.  Cached per process, so
    each word is screened once however many articles use it."""
    if not 2.3 <= zipf_frequency(lemma, "en") <= 4.8:
        return None  # checked first: it is the cheapest test and rejects the most
    if unsafe(lemma) or any(unsafe(g) for g in senses(lemma, pos)):
        return None
    return _content(gloss), _sense_content(lemma, pos)


@functools.lru_cache(maxsize=65536)
def _content(text: str) -> frozenset:
    return frozenset(w[:5] for w in content_words(text) if len(w) > 3)


@functools.lru_cache(maxsize=65536)
def _sense_content(lemma: str, pos: str) -> frozenset:
    out: set[str] = set()
    for gloss in senses(lemma, pos):
        out |= _content(gloss)
    return frozenset(out)


def distractors(entry: VocabEntry, others: list[VocabEntry], rng: random.Random, n: int = 3) -> list[str]:
    """``n`` definitions of other words of the same part of speech: the
    article's own uncommon words first, then lexicon words, close in length to
    the key and sharing no content word with it (or with each other).

    A distractor is never a near-synonym of the key: it shares no content word
    with any sense of the word (nor any of its senses with the key's), its
    headword does not occur in the key's definitions, and the word does not
    occur in it.  Nothing unfit for a grade 8-10 class is offered."""
    key = entry.definition
    key_words = _content(key)
    # every sense of the word: a distractor sharing a content word with any of
    # them may be a second right answer ("counterfeit": "fraudulent; …")
    key_senses = set(key_words) | _sense_content(entry.lemma, entry.pos)
    key_text = " ".join(senses(entry.lemma, entry.pos) or (key,)).lower()
    key_tokens = set(re.findall(r"[a-z]+", key_text))
    stem = re.compile(rf"\b{re.escape(entry.lemma.lower()[:5])}")
    used = set(key_words)
    chosen: list[str] = []

    def fits(gloss: str, lemma: str, words: frozenset | None = None,
             lemma_senses: frozenset | None = None) -> bool:
        pooled = words is not None  # lexicon pool entries are screened in _screened
        words = _content(gloss) if words is None else words
        if not words or words & used or lemma == entry.lemma or gloss == key:
            return False
        if words & key_senses:
            return False
        if lemma_senses is None:
            lemma_senses = _sense_content(lemma, entry.pos)
        if lemma_senses & key_senses or lemma in key_tokens:
            return False
        if stem.search(gloss.lower()) or (not pooled and (unsafe(gloss) or unsafe(lemma))):
            return False
        ratio = len(gloss) / max(1, len(key))
        return 0.5 <= ratio <= 1.8

    for other in others:
        if len(chosen) >= 1:
            break  # at most one from the article: several would make a second quiz item
        if other.pos == entry.pos and other.lemma != entry.lemma and fits(other.definition, other.lemma):
            chosen.append(other.definition)
            used |= _content(other.definition)
    pool = _pos_pool(entry.pos)
    if not pool:
        return chosen
    sample = rng.sample(pool, min(len(pool), 400))
    scored = []
    for lemma, gloss in sample:
        screened = _screened(lemma, entry.pos, gloss)
        if screened is not None and fits(gloss, lemma, *screened):
            scored.append((abs(len(gloss) - len(key)), lemma, gloss, *screened))
            if len(scored) >= POOL_ENOUGH:
                break  # enough to choose three close in length; screening is the cold-start cost
    scored.sort(key=lambda x: (x[0], x[1]))
    longer = any(len(c) > len(key) for c in chosen)
    for _, lemma, gloss, words, ls in scored:
        if len(chosen) >= n:
            break
        if not fits(gloss, lemma, words, ls):
            continue
        if not longer and len(chosen) == n - 1 and len(gloss) <= len(key):
            continue  # keep the key from being the longest option
        chosen.append(gloss)
        used |= words
        longer = longer or len(gloss) > len(key)
    return chosen[:n]


def _info_for(ctx: Context, entry: VocabEntry) -> SentInfo | None:
    for info in ctx.sents:
        s = info.sentence
        if s.paragraph == entry.paragraph and s.start <= entry.start < s.end:
            return info
    return None


def generate(ctx: Context, rng: random.Random, entries: list[VocabEntry] | None = None) -> list[Question]:
    if entries is None:
        entries = find_vocabulary(ctx.article, limit=CANDIDATES)
    out = []
    good = [e for e in entries if usable(e)]
    for entry in good:
        info = _info_for(ctx, entry)
        if info is None:
            continue
        others = [e for e in good if e is not entry]
        wrong = distractors(entry, others, rng)
        if len(wrong) < 3:
            continue
        choices = [_cap(entry.definition)] + [_cap(w) for w in wrong]
        rng.shuffle(choices)
        prompt = f"As used in paragraph {entry.paragraph + 1}, what does \u201c{entry.word}\u201d most nearly mean?"
        key = _cap(entry.definition)
        q = Question(id=question_id("multiple_choice", prompt, key), type="multiple_choice", skill="vocabulary",
                     prompt=prompt, answer=key, choices=choices, evidence=[ctx.evidence(info)],
                     explanation=(f"In this sentence \u201c{entry.word}\u201d is used as "
                                  f"{_with_article(_POS_NAMES.get(entry.pos, entry.pos.lower()))} "
                                  f"meaning: {entry.definition}."),
                     difficulty="hard" if entry.zipf < 2.8 else "medium")
        # sweet spot for grades 8-10: uncommon but not obscure
        score = 1.0 + (0.15 if 2.6 <= entry.zipf <= 3.8 else 0.0)
        q.meta = {"rule": "vocabulary", "score": round(score, 4),
                  "sentence": info.index, "paragraph": info.paragraph, "fixed_difficulty": True,
                  "word": entry.word, "lemma": entry.lemma, "pos": entry.pos,
                  "start": entry.start, "end": entry.end}
        out.append(q)
    return out


_POS_NAMES = {"NOUN": "noun", "VERB": "verb", "ADJ": "adjective", "ADV": "adverb"}


def _cap(text: str) -> str:
    text = re.sub(r"^\([^)]*\)\s*", "", text.strip())  # "(psychology) a state …"
    return text[:1].upper() + text[1:]


def _with_article(noun: str) -> str:
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def warm_up() -> None:
    """List each part of speech's distractor definitions now (once per
    process), so the first article does not pay for it."""
    for pos in ("NOUN", "VERB", "ADJ", "ADV"):
        _pos_pool(pos)
