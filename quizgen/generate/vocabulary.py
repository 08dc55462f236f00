"""Vocabulary in context: "Read this sentence from paragraph N: “…” What does
“word” most likely mean in this sentence?"

Words come from :func:`quizgen.analysis.find_vocabulary` (uncommon words, names
and already-glossed words skipped). The key is the sense the word has in its
sentence, and only when that is clear: the lexicon's first (commonest) sense
when it dominates the word's uses, or a sense the sentence itself supports
(:func:`quizgen.analysis.vocabulary.choose_sense`); a word whose sense is
unsure is not asked. The wrong options are definitions of other words of the
same part of speech and semantic field that could describe the word in its
sentence (:mod:`.vocabulary_options`), in the same student-friendly form.

An item is skipped rather than guessed when the word's form does not follow
regularly from the lemma the lexicon matched (a sign the wrong lemma was
looked up: "shines" read as "shin"), when the definition repeats the word
("brightly: with brightness"), or when any common sense of the word is unfit
for a school quiz.

:func:`glossary` lists (word, definition, paragraph) for worksheets.
"""
from __future__ import annotations

import random
import re

from ..analysis.vocabulary import VocabEntry, find_vocabulary, senses, unsafe
from ..lexicons.vocabulary_senses import NUMBER_FIELDS, sense_info
from ..questions import Question
from .context import Context, SentInfo
from .records import question_id
from .vocabulary_options import (KEY_PLAIN_ZIPF, article_candidates, content_of as _content,  # noqa: F401
                                 distractors, friendly, offerable, pos_pool, warm_up as _warm_options)

#: How many uncommon words are considered per article.
CANDIDATES = 20
#: Items made per article (a default set asks two or three; a pool a few more).
MAX_ITEMS = 4
#: Zipf range of words uncommon but not obscure for grades 8-10.
SWEET_SPOT = (2.6, 3.8)
#: Evidence kinds under which a sense may be a key (see ``VocabEntry.evidence``).
CONFIDENT = ("first", "context")
#: A sense marked as slang: a word that has one is not asked (a student who
#: looks the word up meets it), like a word with any unfit sense.
_LOADED = re.compile(r"\bslang\b", re.IGNORECASE)
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
    lemma = entry.lemma.lower()
    root = lemma.rstrip("e")[:max(5, len(lemma) - 3)] if len(lemma) > 5 else lemma.rstrip("e")
    for w in re.findall(r"[a-zA-Z]+", entry.definition.lower()):
        if w == lemma or (len(root) >= 4 and w.startswith(root)):
            return True
    return False


#: Both parts of a compound at least this common (Zipf) make it transparent.
COMPOUND_PART_ZIPF = 4.0
#: Words either side of the asked word that a student reads with it.
NEIGHBOURHOOD = 4


def transparent_compound(lemma: str) -> bool:
    """"classmate" = class + mate, "coastline" = coast + line: a student reads the
    meaning off the parts, so the item tests nothing."""
    from wordfreq import zipf_frequency

    word = lemma.lower()
    return any(zipf_frequency(word[:i], "en") >= COMPOUND_PART_ZIPF
               and zipf_frequency(word[i:], "en") >= COMPOUND_PART_ZIPF
               for i in range(3, len(word) - 2))


def given_away(entry: VocabEntry, info: SentInfo) -> bool:
    """The key's definition repeats a word standing right beside the asked word
    ("hormone treatments of progesterone" → "a steroid hormone …")."""
    at = next((t.i for t in info.span if t.text == entry.word), None)
    if at is None:
        return False
    near = {t.lemma_.lower() for t in info.span.doc[max(info.span.start, at - NEIGHBOURHOOD):
                                                     min(info.span.end, at + NEIGHBOURHOOD + 1)]
            if t.i != at and t.is_alpha and not t.is_stop and len(t) > 3}
    defined = {w for w in re.findall(r"[a-z]+", entry.definition.lower()) if len(w) > 3}
    return bool(near & defined)


def usable(entry: VocabEntry) -> bool:
    """Safe to ask about: a sense the analysis is confident of (the
    dominant first sense, or one its sentence supports), a regular form of
    its lemma, a definition that does not repeat the word, and nothing unfit
    for a school quiz in the word or its common senses."""
    infos = sense_info(entry.lemma, entry.pos)
    if gerund(entry):
        return False  # "the importing of beef" asks the verb's meaning under a noun's definition
    if 0 <= entry.sense < len(infos) and infos[entry.sense].field in NUMBER_FIELDS:
        return False  # a unit of measure ("megawatt") has no same-kind wrong definitions worth asking
    return (entry.evidence in CONFIDENT and regular_form(entry.word, entry.lemma, entry.pos)
            and not circular(entry) and not unsafe(entry.word)
            and not any(unsafe(g) or _LOADED.search(g) for g in senses(entry.lemma, entry.pos))
            and offerable(entry.definition, plain=KEY_PLAIN_ZIPF) and not entry.word[:1].isupper())


#: A phrase of at most this many words in quotation marks is the article's
#: own special use ("legal highs"): its words are not asked.
SCARE_QUOTE_WORDS = 4
_SHORT_QUOTE = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{1,60})[\"\u201d]")


def scare_quoted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a short quoted phrase."""
    for m in _SHORT_QUOTE.finditer(text):
        if m.start(1) <= start and end <= m.end(1) and len(m.group(1).split()) <= SCARE_QUOTE_WORDS:
            return True
    return False


def gerund(entry: VocabEntry) -> bool:
    """A noun in -ing whose verb the lexicon knows ("importing" of "import")."""
    word = entry.word.lower()
    if entry.pos != "NOUN" or not word.endswith("ing"):
        return False
    stem = word[:-3]
    return any(senses(v, "VERB") for v in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem))


def _pos_pool(pos: str) -> tuple[tuple[str, str], ...]:
    """(lemma, definition) of the lexicon words distractors are drawn from."""
    return tuple((c.lemma, c.gloss) for c in pos_pool(pos))


def _screened(lemma: str, pos: str, gloss: str):
    from .vocabulary_options import _screened as screened
    return screened(lemma, pos, gloss)


def _info_for(ctx: Context, entry: VocabEntry) -> SentInfo | None:
    for info in ctx.sents:
        s = info.sentence
        if s.paragraph == entry.paragraph and s.start <= entry.start < s.end:
            return info
    return None


#: Longest quotation of the word's sentence (or clause) in the stem.
QUOTE_WORDS = 22


def _quoted(ctx: Context, info: SentInfo, entry: VocabEntry) -> str | None:
    """The sentence to show with the word, or the clause around it when the
    sentence is long ("…chanting slogans that urged …"); None when neither is
    short enough."""
    text = info.sentence.text.strip()
    if len(text.split()) <= QUOTE_WORDS:
        return text
    tok = next((t for t in info.span if t.idx == entry.start), None)
    while tok is not None and tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    if tok is None:
        return None
    sub = list(tok.subtree)
    clause = ctx.span_text(sub[0], sub[-1]).strip(" ,;")
    if not 6 <= len(clause.split()) <= QUOTE_WORDS or entry.word not in clause:
        return None
    lead = "" if sub[0].i == info.span.start else "\u2026"
    tail = "" if sub[-1].i >= info.span.end - 2 else "\u2026"
    return f"{lead}{clause}{tail}"


def _prompt(ctx: Context, info: SentInfo, entry: VocabEntry) -> str:
    para = entry.paragraph + 1
    quote = _quoted(ctx, info, entry)
    if quote is None:
        return f"As used in paragraph {para}, what does \u201c{entry.word}\u201d most likely mean?"
    return (f"Read this from paragraph {para}: \u201c{quote}\u201d "
            f"What does the word \u201c{entry.word}\u201d most likely mean here?")


def generate(ctx: Context, rng: random.Random, entries: list[VocabEntry] | None = None) -> list[Question]:
    if entries is None:
        entries = find_vocabulary(ctx.article, limit=CANDIDATES)
    out = []
    good = [e for e in entries if usable(e)]
    by_pos = article_candidates(ctx.article.docs, {e.lemma for e in entries}) if good else {}
    # the words in the grade 8-10 sweet spot first; a set uses two or three at most
    for entry in sorted(good, key=lambda e: (not SWEET_SPOT[0] <= e.zipf <= SWEET_SPOT[1], e.paragraph, e.start)):
        if len(out) >= MAX_ITEMS:
            break
        info = _info_for(ctx, entry)
        if info is None or scare_quoted(ctx.article.paragraphs[entry.paragraph], entry.start, entry.end):
            continue
        if transparent_compound(entry.lemma) or given_away(entry, info):
            continue
        # not the words of the item's own sentence: in "boats and automobiles"
        # the definition of a boat is a trap, not a distractor
        own = frozenset(t.lemma_.lower() for t in info.span)
        article = [c for c in by_pos.get(entry.pos, []) if c.lemma not in own]
        others = [e for e in good if e is not entry and e.lemma not in own]
        wrong = distractors(entry, others, rng, article=article)
        if len(wrong) < 3:
            continue
        out.append(_item(ctx, info, entry, wrong, rng))
    return out


def _item(ctx: Context, info: SentInfo, entry: VocabEntry, wrong: list[str], rng: random.Random) -> Question:
    key = friendly(entry.definition)
    choices = [key] + wrong
    rng.shuffle(choices)
    prompt = _prompt(ctx, info, entry)
    how = ("its commonest meaning" if entry.evidence == "first"
           else "the meaning its sentence points to")
    q = Question(id=question_id("multiple_choice", prompt, key), type="multiple_choice", skill="vocabulary",
                 prompt=prompt, answer=key, choices=choices, evidence=[ctx.evidence(info)],
                 explanation=(f"In this sentence \u201c{entry.word}\u201d is used as "
                              f"{_with_article(_POS_NAMES.get(entry.pos, entry.pos.lower()))} "
                              f"in {how}: {key[:1].lower() + key[1:]}."),
                 difficulty="hard" if entry.zipf < 2.8 else "medium")
    # sweet spot for grades 8-10: uncommon but not obscure
    score = 1.0 + (0.15 if SWEET_SPOT[0] <= entry.zipf <= SWEET_SPOT[1] else 0.0)
    q.meta = {"rule": "vocabulary", "score": round(score, 4),
              "sentence": info.index, "paragraph": info.paragraph, "fixed_difficulty": True,
              "word": entry.word, "lemma": entry.lemma, "pos": entry.pos,
              "start": entry.start, "end": entry.end, "sense": entry.sense,
              "sense_evidence": entry.evidence, "fit": entry.fit}
    return q


_POS_NAMES = {"NOUN": "noun", "VERB": "verb", "ADJ": "adjective", "ADV": "adverb"}


def _with_article(noun: str) -> str:
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def warm_up() -> None:
    """List the distractor pools now (once per process), so the first
    article does not pay for it."""
    _warm_options()
