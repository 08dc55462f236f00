"""How much each sentence matters to the article, before how easy it is to
turn into a question.

A sentence's importance (0–1) combines

* **centrality**: TextRank (Mihalcea & Tarau 2004) over the sentences, two
  sentences linked by the content lemmas they share, normalised by their
  lengths; a sentence many others echo carries the article's main thread;
* **headline and lead overlap**: content lemmas shared with the title and
  the first sentence;
* **position**: the lead paragraph states the news, later ones add detail;
* **causes, consequences and reactions**: an explicit causal link
  ("because", "as a result", "led to") or a source taking a position (a
  speech verb with a subject).

:func:`is_detail` tells a question about a detail (an age, a size, the name
of the outlet that reported something) that selection caps unless its
sentence is central.
"""
from __future__ import annotations

import math
import re

from ..questions import Question, normalize
from .context import NUMBER_LABELS, Context

_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
_LIGHT = {"be", "have", "do", "say", "make", "get", "go", "take", "also", "year", "day", "time",
          "percent", "people", "thing", "way"}
DAMPING = 0.85
ITERATIONS = 30
#: Weights of the parts of importance (they sum to 1).
WEIGHTS = {"centrality": 0.25, "title": 0.25, "lead": 0.2, "position": 0.2, "link": 0.1}
_CAUSAL = re.compile(r"\b(?:because|as a result|led to|leads to|lead to|due to|caused|causing|resulted in|"
                     r"so that|in order to|after|following|therefore|consequently)\b", re.IGNORECASE)
_SPEECH = {"say", "tell", "warn", "claim", "state", "announce", "argue", "insist", "deny", "accuse",
           "criticise", "criticize", "urge", "call", "vow", "promise", "threaten", "suggest"}


def importance(ctx: Context) -> list[float]:
    """Importance of every sentence of ``ctx`` (computed once per context)."""
    cached = getattr(ctx, "_importance", None)
    if cached is None or len(cached) != len(ctx.sents):
        cached = _importance(ctx)
        ctx._importance = cached
    return cached


def _importance(ctx: Context) -> list[float]:
    bags = [_lemmas(info.span) for info in ctx.sents]
    n = len(bags)
    if not n:
        return []
    rank = _normalised(textrank(bags))
    title = {w for w in ctx.title_words} | _title_lemmas(ctx)
    lead = bags[0]
    paragraphs = max(1, len(ctx.article.paragraphs))
    out = []
    for i, info in enumerate(ctx.sents):
        bag = bags[i]
        parts = {
            "centrality": rank[i],
            "title": min(1.0, len(bag & title) / 3),
            "lead": 1.0 if i == 0 else min(1.0, len(bag & lead) / 4),
            "position": 1.0 - min(info.paragraph, paragraphs - 1) / paragraphs,
            "link": 1.0 if _CAUSAL.search(info.sentence.text) or _reaction(info.span) else 0.0,
        }
        out.append(round(sum(WEIGHTS[k] * v for k, v in parts.items()), 4))
    return out


def _lemmas(span) -> frozenset:
    return frozenset(t.lemma_.lower() for t in span if t.pos_ in _CONTENT_POS and not t.is_stop
                     and t.is_alpha and t.lemma_.lower() not in _LIGHT and len(t.text) > 2)


def _title_lemmas(ctx: Context) -> set[str]:
    return {normalize(w) for w in re.findall(r"[A-Za-z]+", ctx.article.title or "") if len(w) > 2}


def _reaction(span) -> bool:
    """A source takes a position: a speech verb with a subject."""
    return any(t.lemma_.lower() in _SPEECH and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
               for t in span if t.pos_ == "VERB")


def textrank(bags: list[frozenset]) -> list[float]:
    """PageRank over sentences linked by shared content lemmas (weight
    ``|A ∩ B| / (log|A| + log|B|)``); sentences with no link keep the base
    score."""
    n = len(bags)
    index: dict[str, list[int]] = {}
    for i, bag in enumerate(bags):
        for word in bag:
            index.setdefault(word, []).append(i)
    weights: list[dict[int, float]] = [dict() for _ in range(n)]
    for i, bag in enumerate(bags):
        shared: dict[int, int] = {}
        for word in bag:
            for j in index[word]:
                if j != i:
                    shared[j] = shared.get(j, 0) + 1
        for j, count in shared.items():
            norm = math.log(len(bag) + 1) + math.log(len(bags[j]) + 1)
            weights[i][j] = count / norm if norm else 0.0
    totals = [sum(w.values()) for w in weights]
    score = [1.0] * n
    for _ in range(ITERATIONS):
        score = [(1 - DAMPING) + DAMPING * sum(weights[j][i] / totals[j] * score[j]
                                               for j in weights[i] if totals[j])
                 for i in range(n)]
    return score


def _normalised(values: list[float]) -> list[float]:
    lo, hi = min(values), max(values)
    return [0.5 if hi == lo else (v - lo) / (hi - lo) for v in values]


# --------------------------------------------------------------------------- details

_AGE = re.compile(r"\b(?:aged|age|ages)\s+\d|\b\d{1,3}[- ]year[- ]old\b|,\s*\d{1,3}\s*,")
_OUTLET_WORDS = re.compile(r"\b(?:news|newspaper|agency|broadcaster|magazine|network|times|post|"
                           r"journal|herald|tribune|gazette|daily|radio|television|tv)\b", re.IGNORECASE)
_REPORT = {"report", "quote", "tell", "publish", "cite"}
#: A weekday, a month, a season or a day of a month without its year
#: ("Monday", "on November 6", "6 November", "last August", "last summer"):
#: when in a week something happened, rarely why it matters.
_DAY = re.compile(r"(?:(?:on|in|last|this|next) )?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                  r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?"
                  r"|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
                  r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
                  r"|(?:the )?(?:summer|winter|spring|autumn|fall|weekend)"
                  r"|today|yesterday|tomorrow)", re.IGNORECASE)
def is_detail(ctx: Context, q: Question) -> bool:
    """An age, a measured size, the outlet that reported something, or who
    holds a post, asked as a fact — unless the key is central: the headline or the lead
    sentence states it (the magnitude of the earthquake the article is about)."""
    if q.type == "true_false":
        return _minor_number_swap(ctx, q)
    if q.skill != "fact" or not isinstance(q.answer, str):
        return False
    sent = q.meta.get("sentence")
    if sent is None or not 0 <= sent < len(ctx.sents):
        return False
    key = f" {normalize(q.answer)} "
    if key.strip() and (key in f" {normalize(ctx.article.title or '')} " or
                        (ctx.sents and key in f" {normalize(ctx.sents[0].sentence.text)} ")):
        return False
    if q.meta.get("pattern") in IDENTITY_PATTERNS:
        return True  # "Who is the Bolivian leader?", "Who is José Mourinho?": who holds which post
    if q.meta.get("wh") == "where":
        return True  # where a lawyer spoke, where an appeal was launched: panels 14-15 called it trivia
    text = ctx.sents[sent].sentence.text
    label = q.meta.get("label")
    if label in ("QUANTITY", "TIME") or (label == "DATE" and _DAY.fullmatch(q.answer.strip())):
        return True
    if label == "DATE" and sent > 0 and importance(ctx)[sent] < 0.5:
        return True  # "Which night did students climb the fence?": raters called dates of side events trivia
    if label in ("CARDINAL", "DATE") and _AGE.search(text) and q.answer.strip(" ,") in text:
        at = text.find(q.answer)
        return bool(_AGE.search(text[max(0, at - 12): at + len(q.answer) + 12]))
    if label in ("ORG", "PERSON", "") and (_OUTLET_WORDS.search(q.answer) or _outlet(ctx, sent, q.answer)):
        return _reporter(ctx, sent, q.answer)
    if label == "PERSON" and _named_once(ctx, q.answer):
        return True  # "the second alderman": a minor figure's name tests recall of a detail
    return False


def _minor_number_swap(ctx: Context, q: Question) -> bool:
    """A false statement made by changing a figure outside the headline and
    the lead ("209,000 card numbers" for a breach of 143 million records):
    raters called it a test of memory for a number, not of understanding."""
    if q.meta.get("change") != "swap" or q.meta.get("swapped_label") not in NUMBER_LABELS | {"DATE"}:
        return False
    if q.meta.get("swapped_label") in ("DATE", "QUANTITY"):
        # "June 15" for "June 14" (panel 12), "a 54-kilometre ring" for a 27-kilometre one
        # (panel 13): a changed day or measure tests the memory, not the reading
        return True
    return q.meta.get("sentence", 0) > 0 and importance(ctx)[q.meta.get("sentence", 0)] < 0.5


#: Fact patterns that ask who holds a post or what a named person is (an
#: apposition, a title before a name, a relative clause after it): recall of a
#: detail, kept out of default sets unless they cannot be filled otherwise.
IDENTITY_PATTERNS = frozenset({"apposition", "title", "affiliation", "loose_apposition", "relative"})


def _named_once(ctx: Context, name: str) -> bool:
    """The article names this person (by their last name) in one sentence only."""
    words = normalize(name).split()
    if not words:
        return False
    pattern = re.compile(r"\b" + re.escape(words[-1]) + r"\b")
    return sum(1 for info in ctx.sents if pattern.search(normalize(info.sentence.text))) <= 1


def _outlet(ctx: Context, sent: int, name: str) -> bool:
    return bool(re.search(re.escape(name) + r"\W+(?:news agency|newspaper|reported|said in a report)",
                          ctx.sents[sent].sentence.text))


def _reporter(ctx: Context, sent: int, name: str) -> bool:
    """``name`` is what reported, quoted or published the sentence's news."""
    span = ctx.sents[sent].span
    text = ctx.sents[sent].sentence.text
    if re.search(r"\baccording to\s+(?:the\s+)?" + re.escape(name), text):
        return True
    for t in span:
        if t.lemma_.lower() in _REPORT and t.pos_ == "VERB":
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(name in ctx.span_text(list(c.subtree)[0], list(c.subtree)[-1]) for c in subj):
                return True
    return False
