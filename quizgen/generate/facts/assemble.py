"""From (prompt, answer) pairs to questions: multiple choice with three
same-kind options, or a short written answer when the article offers too few."""
from __future__ import annotations

import random
import re

from spacy.tokens import Token

from ...lexicons.quantities import BARE_RELATIVE_TIMES, WEEKDAYS
from ...questions import Question, content_words, normalize
from .. import distractors, kinds
from ..clauses import is_pronoun
from ..context import FIGURE_LABELS, NUMBER_LABELS, Context, SentInfo, phrase_text, phrase_tokens
from ..records import make
from .keys import Answer, label_of
from .words import PERSON_NOUNS

#: Times fixed only by the article's date: as a "When …?" key they test the
#: dateline, not the reading ("yesterday afternoon" says more and stays).
_NAMED = NUMBER_LABELS | {"DATE", "TIME", "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}


#: Parts of a day after a weekday ("Saturday night").
_DAY_PARTS = frozenset({"night", "morning", "afternoon", "evening"})


def bare_day(text: str) -> bool:
    """A When key that is a relative time or a weekday, with its part of the day
    or not ("last week", "Saturday night"): the article's date decides it, not
    reading (panels 63 and 74: trivial, three of three)."""
    key = normalize(text)
    words = key.split()
    return key in BARE_RELATIVE_TIMES | WEEKDAYS or len(words) == 2 and words[0] in WEEKDAYS and words[1] in _DAY_PARTS


def multiple_choice(ctx: Context, info: SentInfo, prompt: str, ans: Answer, rng: random.Random) -> Question | None:
    if normalize(ans.text) in normalize(prompt).split() or f" {normalize(ans.text)} " in f" {normalize(prompt)} ":
        return None
    if ans.label == "GPE" and normalize(ans.text) == ctx.home_place():
        return None  # "Which country destroyed the boats? — Indonesia" in an article about Indonesia (panel 36)
    if ans.wh.split()[0].lower() == "when" and bare_day(ans.text):
        return None  # "today" among "yesterday", "last week": the article's date decides, not reading; "Monday"
        # among "Sunday" and "Tuesday": the weekday of an announcement is trivial (panel 63)
    phrases = None
    if ans.label is None or ans.label not in _NAMED:
        phrases = phrase_pool(ctx, ans, info.index)
    options = distractors.choose(ctx, ans.text, ans.label, info.index, rng, phrases=phrases, stem=prompt)
    if ans.wh.split()[0].lower() in ("what", "which", "who") and options and \
            all(_digits_only_differ(o, ans.text) for o in options):
        # "What struck …? — the magnitude 9.0 earthquake" among 7.0, 8.0; "Which unit …? — the unit
        # of 1,500 agents" among 3,000, 6,000: a number asked with "What", "Which" or "Who"
        return None
    if len(options) < 3:
        return written(ctx, info, prompt, ans)
    key = kinds.plain_key(ans.text, options, ans.label)
    key, *options = kinds.one_article_case([key, *options])
    article_text = ctx.normalized_text()
    from_article = sum(1 for o in options if normalize(o) in article_text)
    choices = [key, *options]
    rng.shuffle(choices)
    score = 1.0 + 0.1 * from_article + (0.2 if ans.label else 0.0)
    if max(choices, key=len) == key:
        score -= 0.3
    return make(ctx, info, type="multiple_choice", skill="fact", prompt=prompt, answer=key,
                choices=choices, rule="fact", pattern=ans.rule, score=score, wh=ans.wh.split()[0].lower(),
                label=ans.label or "", key_norm=normalize(key),
                explanation=f"The article says: \u201c{info.sentence.text}\u201d")


#: Rank of a written fact: raters kept few (several answers fit, or the fact is
#: a detail), so it fills a set only where better items run out.
FACT_SHORT_SCORE = 0.5


def written(ctx: Context, info: SentInfo, prompt: str, ans: Answer) -> Question | None:
    """The fact as a short written answer when the article offers too few
    wrong options of the key's kind (the fact is kept, not dropped)."""
    if ans.label is None and len(content_words(ans.text)) > 6:
        return None  # a long description is hard to mark as a written answer
    words = prompt.split()
    quotes = sum(prompt.count(c) for c in '"\u201c\u201d')
    if len(words) > 24 or quotes % 2 or "\u2014" in prompt or " -- " in prompt \
            or (len(words) > 1 and words[1].lower() in {"in", "on", "at", "according", "after", "before"}):
        return None  # only clean, self-contained stems are worth writing an answer to
    wh = ans.wh.split()[0].lower()
    if wh == "when" and bare_day(ans.text):
        return None  # "When did …? — last week": a written answer that tests nothing
    if wh == "who" and unnamed_group(ans.text):
        return None
    q = make(ctx, info, type="short_answer", skill="fact", prompt=prompt, answer=ans.text,
             rule="fact_short", pattern=ans.rule, score=FACT_SHORT_SCORE + (0.1 if ans.label else 0.0),
             label=ans.label or "", key_norm=normalize(ans.text), wh=wh,
             explanation=f"The article says: \u201c{info.sentence.text}\u201d")
    q.accepted = sorted(a for a in ctx.equivalents(ans.text) if a != normalize(ans.text))
    q.rubric = [{"points": 1, "criterion": f"Gives {ans.text} (or the same in other words)."}]
    return q


#: Nouns that name people only by the side they took: "Who says the law goes too
#: far? — opponents" restates the stem (panels 37-38: 0 of 4 kept).
_SIDE_NOUNS = frozenset({"opponent", "supporter", "critic", "proponent", "backer", "defender", "detractor"})


def unnamed_group(key: str) -> bool:
    """A "Who …?" key that names no one: one common noun ("engineers",
    "protesters": 1 of 11 such written answers kept, panels 16-38), a group
    named by the side it took ("supporters of the law"), or a quantifier over
    a kind ("all countries", "every teacher": 0 of 4 kept)."""
    words = key.split()
    if not words:
        return True
    if len(words) == 1 and key.islower():
        return True
    first = words[0].lower()
    if first in {"all", "every", "each", "any"}:
        return True
    head = (words[1] if first in {"the", "some", "many", "most"} and len(words) > 1 else words[0]).lower()
    return head.rstrip("s") in _SIDE_NOUNS


_POOL_CACHE: dict[int, list[tuple[int, str, bool, str, str]]] = {}


def _article_phrases(ctx: Context) -> list[tuple[int, str, bool, str, str]]:
    """(sentence, text, plural, who/what, head class) of the article's plain noun phrases."""
    pool = _POOL_CACHE.get(id(ctx))
    if pool is not None:
        return pool
    pool = []
    for info in ctx.sents:
        for tok in info.span:
            if tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "pobj", "attr", "nsubj", "nsubjpass", "appos"}:
                tokens = phrase_tokens(tok, max_words=9)
                if not tokens or any(is_pronoun(t) for t in tokens) or label_of(tokens):
                    continue
                if tokens[0].lower_ in {"this", "these", "that", "those"}:
                    continue
                person = tok.lemma_.lower() in PERSON_NOUNS
                pool.append((info.index, phrase_text(ctx, tokens), tok.tag_ == "NNS",
                             "who" if person else "what", head_class(tok)))
    _POOL_CACHE.clear()
    _POOL_CACHE[id(ctx)] = pool
    return pool


def phrase_pool(ctx: Context, ans: Answer, sent_index: int) -> list[str]:
    """Noun phrases of the article like the key (same person/thing kind and number)."""
    pool = _article_phrases(ctx)
    head = ans.tokens[-1]
    for t in ans.tokens:
        if t.dep_ not in {"det", "amod", "compound", "poss", "case", "nummod", "punct"} and t.pos_ in {"NOUN", "PROPN"}:
            head = t
            break
    plural = head.tag_ == "NNS"
    kind = "who" if ans.wh == "Who" else "what"
    cls = head_class(head)
    key_words = len(ans.text.split())
    return [text for s, text, pl, k, c in pool
            if s != sent_index and pl == plural and k == kind and c == cls
            and len(text.split()) <= key_words * 2 + 2 and len(text.split()) >= max(1, key_words // 2)]


def head_class(head: Token) -> str:
    """The semantic class a common-noun option must share with the key: the
    head noun's lemma family ("government", "governments"; "missile" …), so
    "Which government …?" is not offered "anti-tank missile" or "the
    battlefield".  (The offline lexicon has no WordNet lexical files, so the
    lemma is the cheap, safe class; a key without three same-class options
    becomes a written answer instead.)"""
    lemma = head.lemma_.lower()
    lemma = lemma.removesuffix("-")
    return lemma.split("-")[-1]


def short_answers(ctx: Context, mcs: list[Question]) -> list[Question]:
    """Written-answer versions of fact questions whose key is a name, number or
    date (easy to mark): a fourth type when the article states no causes."""
    out = []
    for q in mcs:
        label = q.meta.get("label")
        if not label or label not in {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "CARDINAL",
                                      "MONEY", "PERCENT", "QUANTITY"}:
            continue
        if label == "DATE" and normalize(str(q.answer)) in BARE_RELATIVE_TIMES:
            continue
        info = ctx.sents[q.meta["sentence"]]
        sa = make(ctx, info, type="short_answer", skill="fact", prompt=q.prompt, answer=q.answer,
                  rule="fact_short", pattern=q.meta.get("pattern", ""), score=q.meta["score"] - 0.35, label=label,
                  key_norm=q.meta.get("key_norm"), wh=q.meta.get("wh"), explanation=q.explanation)
        sa.accepted = sorted(a for a in ctx.equivalents(q.answer) if a != normalize(q.answer))
        figure = label in FIGURE_LABELS or any(ch.isdigit() for ch in str(q.answer))
        # "spelling may differ" for a year made no sense to panel 27's raters
        sa.rubric = [{"points": 1, "criterion": f"Gives {q.answer}." if figure
                      else f"Names {q.answer} (spelling may differ slightly)."}]
        out.append(sa)
    return out


def _digits_only_differ(option: str, key: str) -> bool:
    return re.sub(r"[\d.,]+", "#", option) == re.sub(r"[\d.,]+", "#", key)
