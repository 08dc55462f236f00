"""Questions that test understanding of the whole article, each keyed to
sentences the article states (evidence-linked like every other family).

Rules (``meta["rule"]``):

* ``main_idea`` — "Which sentence from the article best states its main
  idea?": the key is the most important statement (:mod:`.importance`:
  centrality, headline and lead overlap, position); the wrong options are
  true sentences of the article that are minor details — clearly less
  important, from other paragraphs, not restating the key.
* cause and effect from explicit links (``because``, ``after``, ``as a
  result``, ``led to`` …): see :mod:`.understanding_causes`.

Options are whole sentences as the article writes them (no parentheses
dropped, no pronoun replaced), at most :data:`MAX_OPTION_CHARS` long (the
quiz editor's limit) and of similar length, so the key does not stand out.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

from ..questions import Question
from .context import Context, SentInfo
from .importance import _lemmas, importance
from .records import make
from .understanding_causes import cause_effect

#: The quiz editor's limit on an option.
MAX_OPTION_CHARS = 300
MIN_WORDS, MAX_WORDS = 8, 45
#: A lead sentence may be longer and still state the main idea (a news lead
#: packs who, what, where and why into one sentence).
LEAD_MAX_WORDS = 55
#: A wrong main-idea option is at least this much less important than the key.
MINOR_GAP = 0.2
#: The main-idea key's importance is at least this (else the article has no clear main idea).
MAIN_MIN = 0.55
#: Options overlapping the key's content lemmas more than this restate it.
MAX_OVERLAP = 0.34
#: With no wrong option as long as the key, one is at least this share of its length.
#: A news lead packs who, what, where and why into 35-48 words that no later
#: sentence matches: at 0.8, 29 of 182 articles had no main-idea item for want of
#: a long enough detail, though raters kept every main-idea item they saw
#: (101 of 101, panels 16-37); 0.65 gives 18 of them one.
NEAR_LONGEST = 0.65
#: Wrong options taken from one paragraph at most.
PER_PARAGRAPH = 2
#: Length band of a wrong option relative to the key.
LENGTH_BAND = (0.45, 2.0)
_PRONOUN_START = re.compile(r"^(?:he|she|it|they|this|these|those|that|we|i|you|his|her|its|their)\b",
                            re.IGNORECASE)
_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]*)[\"\u201d]")
#: Words a quoted phrase may have and still read as the writer's own ("a “quasi-state of war”").
SHORT_QUOTE = 4


def quotation(text: str) -> bool:
    """Whether ``text`` quotes someone: a quoted stretch longer than
    :data:`SHORT_QUOTE` words, or an unbalanced quotation mark."""
    if any(len(m.group(1).split()) > SHORT_QUOTE for m in _QUOTED.finditer(text)):
        return True
    return bool(re.search(r"[\"\u201c\u201d]", _QUOTED.sub(" ", text)))
#: Words that point back to an earlier sentence ("these concerns", "the latter").
_POINTS_BACK = re.compile(r"\b(?:this|these|those|such|the latter|the former|the same)\s+"
                          r"(?!(?:year|week|month|weekend|morning|afternoon|evening|summer|winter|spring|"
                          r"autumn|season|time|of|as|who|sex)\b)[a-z]", re.IGNORECASE)
_CONNECTIVE_START = re.compile(r"^(?:but|and|so|however|nevertheless|meanwhile|also|still|yet|instead|"
                               r"moreover|furthermore|then|later|nonetheless)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Statement:
    info: SentInfo
    text: str
    lemmas: frozenset


def statements(ctx: Context, max_words: int = MAX_WORDS) -> list[Statement]:
    """Sentences that can stand as options by themselves: a plain
    declarative sentence of a readable length, not a quotation, not opening
    with a pronoun or a connective that needs the sentence before."""
    out = []
    for info in ctx.sents:
        text = info.sentence.text.strip()
        if info.paragraph == 0 and (len(text) > MAX_OPTION_CHARS or len(text.split()) > max_words):
            text = trimmed_lead(text)
        words = len(text.split())
        if not MIN_WORDS <= words <= max_words or len(text) > MAX_OPTION_CHARS:
            continue
        if quotation(text) or not text.endswith(".") or _PRONOUN_START.match(text) \
                or _POINTS_BACK.search(text) or text.count("(") != text.count(")") \
                or _CONNECTIVE_START.match(text) or info.span[0].is_lower:
            continue
        out.append(Statement(info, text, _lemmas(info.span)))
    return out


_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
#: A trailing remark after a comma: ", much of it suspected to be …", ", which …", ", leaving …".
_TRAILING_REMARK = re.compile(r",\s+(?:much|most|many|some|all|none|including|which|while|making|leaving|"
                              r"bringing|adding|according)\b[^,]*$")


def trimmed_lead(text: str) -> str:
    """A long lead without its parentheses and a trailing remark, so that the
    article's main statement fits as a main-idea option (panel 68: a 55-word
    lead left a set without its main-idea item, the kind raters keep most)."""
    short = _PARENTHESIS.sub("", text)
    cut = _TRAILING_REMARK.search(short.rstrip("."))
    if cut and len(short[:cut.start()].split()) >= 15:
        short = short[:cut.start()] + "."
    return short


def _overlap(a: frozenset, b: frozenset) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))


def _pick_minor(pool: list[Statement], key: Statement, rng: random.Random, n: int = 3) -> list[Statement]:
    """``n`` options from ``pool`` (best first), at most :data:`PER_PARAGRAPH`
    from one paragraph, none restating the key or another option; one at
    least as long as the key when the pool has one (else nearly as long), so
    length gives nothing away."""
    lo, hi = LENGTH_BAND
    fits = [s for s in pool if lo <= len(s.text) / max(1, len(key.text)) <= hi
            and _overlap(s.lemmas, key.lemmas) <= MAX_OVERLAP]
    longer = [s for s in fits if len(s.text) >= len(key.text)] or \
        [s for s in fits if len(s.text) >= NEAR_LONGEST * len(key.text)]
    if not longer:
        return []
    chosen: list[Statement] = [longer[0]]
    for s in fits:
        if len(chosen) >= n:
            break
        if s in chosen or sum(1 for c in chosen if c.info.paragraph == s.info.paragraph) >= PER_PARAGRAPH or \
                any(_overlap(s.lemmas, c.lemmas) > MAX_OVERLAP for c in chosen):
            continue
        chosen.append(s)
    return chosen


def _item(ctx: Context, key: Statement, wrong: list[Statement], rng: random.Random, *, rule: str,
          prompt: str, score: float, explanation: str) -> Question:
    choices = [key.text] + [w.text for w in wrong]
    rng.shuffle(choices)
    infos = [key.info] + [w.info for w in wrong]
    q = make(ctx, infos, type="multiple_choice", skill="inference", prompt=prompt, answer=key.text,
             choices=choices, rule=rule, score=score, explanation=explanation, difficulty="medium",
             key_norm=f"understanding:{rule}")
    return q


def main_idea(ctx: Context, rng: random.Random, found: list[Statement]) -> tuple[list[Question], Statement | None]:
    imp = importance(ctx)
    if not found or not imp:
        return [], None
    # a news article states its main idea in its lead: a later sentence ranked
    # higher (a minister's reaction) was keyed in three of nine fresh6 sets and
    # every rater rejected it; with no usable lead sentence there is no item
    leads = [s for s in statements(ctx, LEAD_MAX_WORDS) if s.info.paragraph == 0]
    ranked = sorted(leads, key=lambda s: (-imp[s.info.index], s.info.index))
    if not ranked:
        return [], None
    key = ranked[0]
    if imp[key.info.index] < MAIN_MIN or imp[key.info.index] < max(imp) - 0.15:
        return [], None
    last = max(i.paragraph for i in ctx.sents)
    # the closing paragraph often sums the article up ("an achievement, but its success depends on
    # governments"): as a wrong option it is a defensible main idea (panel 11)
    minor = sorted((s for s in found if imp[s.info.index] <= imp[key.info.index] - MINOR_GAP
                    and s.info.paragraph not in (key.info.paragraph, last)),
                   key=lambda s: (imp[s.info.index], s.info.index))
    wrong = _pick_minor(minor, key, rng)
    if len(wrong) < 3:
        return [], key
    paragraphs = ", ".join(str(w.info.paragraph + 1) for w in sorted(wrong, key=lambda w: w.info.index))
    q = _item(ctx, key, wrong, rng, rule="main_idea", score=1.6,
              prompt="Which sentence from the article best expresses its main idea?",
              explanation=(f"Paragraph {key.info.paragraph + 1} states what the whole article is about; "
                           f"the other sentences are true but narrower details (paragraphs {paragraphs})."))
    return [q], key


def generate(ctx: Context, rng: random.Random) -> list[Question]:
    found = statements(ctx)
    out, _ = main_idea(ctx, rng, found)
    shown = {(e.paragraph, e.start) for q in out for e in q.evidence}
    # a cause question on a sentence the main-idea item shows would be answered by its options
    out += [q for q in cause_effect(ctx, rng) if not {(e.paragraph, e.start) for e in q.evidence} & shown]
    return out
