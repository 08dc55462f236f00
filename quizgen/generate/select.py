"""Rank the filtered candidates and pick a balanced, deterministic set.

Score = the generator's own score (entity keys, distractors from the
article) + the importance of the sentence to the article (centrality,
headline and lead overlap, position, causes and reactions: see
:mod:`.importance`), so what matters comes before what is easy to ask.
A default set has at most one detail question (an age, a size, the outlet
that reported something) unless its sentence is central, and asks who holds
which post ("Who is the head of Greenpeace?") only when it cannot be filled
otherwise. Selection is greedy: first the best question of each available type
(so a default set mixes at least four types when the article allows), then
the best remaining one after penalties for over-used types, paragraphs
already covered, sentences already used and an unbalanced true/false split.
"""
from __future__ import annotations

import random
import re
from collections import Counter

from ..questions import Question, content_words
from . import families, kept
from .context import FIGURE_LABELS, Context
from .importance import IDENTITY_PATTERNS, importance, is_detail
from .select_pool import clash, key_in_stem, kind_of, kind_order, matched_again, select_pool, sentences_of

TYPE_ORDER = ["multiple_choice", "cloze", "true_false", "short_answer", "ordering", "matching",
              "fact_or_opinion"]
#: Share of a set for a family the registry does not know (questions stored by
#: a version that had it).
_UNKNOWN_WEIGHT = 0.2


def _weight(kind: str) -> float:
    family = families.get(kind)
    return family.weight if family else _UNKNOWN_WEIGHT


def _shares_sentence(kind: str) -> bool:
    family = families.get(kind)
    return bool(family and family.shares_sentence)


def _first_round(kind: str) -> int:
    family = families.get(kind)
    return family.first_round if family else 1


#: Weight of the sentence's importance (0–1) in a question's rank.
IMPORTANCE_WEIGHT = 0.7
#: Rank cost of a detail question (see :func:`.importance.is_detail`).
DETAIL_PENALTY = 0.3
#: Detail questions a default set may hold before it is relaxed (panels 10-13 kept almost none).
MAX_DETAILS = 0


#: A family fills at most this multiple of its weight's share of a default set.
CAP_FACTOR = 2.0


def family_cap(kind: str, count: int) -> int:
    """Most questions of ``kind`` a default set of ``count`` holds (lifted
    only when nothing else can fill the set)."""
    return max(1, round(CAP_FACTOR * _weight(kind) * count))


def centrality(ctx: Context, q: Question) -> float:
    info = ctx.sents[q.meta.get("sentence", 0)]
    ents = len(ctx.mentions_in(info.index))
    length = len(q.prompt.split())
    return (IMPORTANCE_WEIGHT * importance(ctx)[info.index] + 0.02 * min(ents, 4)
            - (0.02 * (length - 22) if length > 22 else 0.0)
            - KEY_DEPTH_WEIGHT * max(0, key_depth(info, q) - 2)
            - (DETAIL_PENALTY if is_detail(ctx, q) else 0.0))


#: Ranking cost per level a key sits below the sentence's main verb past the
#: second: the verb's own arguments ("Who supplied …", "… to Russia") are the
#: sentence's facts; a name deep inside a modifier ("America's cable network
#: CNN") is a detail.
KEY_DEPTH_WEIGHT = 0.15


def key_depth(info, q: Question) -> int:
    """Dependency levels between the sentence's root and the key's head (0 when
    the key is not a phrase of the sentence)."""
    if not isinstance(q.answer, str) or q.type not in ("multiple_choice", "cloze", "short_answer"):
        return 0
    at = info.sentence.text.find(q.answer)
    if at < 0:
        return 0
    start, end = info.sentence.start + at, info.sentence.start + at + len(q.answer)
    tokens = [t for t in info.span if start <= t.idx < end]
    if not tokens:
        return 0
    ids = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), tokens[0])
    depth = 0
    while head.head.i != head.i and depth < 12:
        head, depth = head.head, depth + 1
    return depth


def difficulty(ctx: Context, q: Question) -> str:
    if q.meta.get("fixed_difficulty"):
        return q.difficulty
    if q.type in ("ordering", "short_answer"):
        return "hard"
    info = ctx.sents[q.meta.get("sentence", 0)]
    level = 0
    if len(info.sentence.text.split()) > 28:
        level += 1
    if q.type == "multiple_choice":
        if not q.meta.get("label"):
            level += 1
        if q.prompt.startswith("According to") or q.meta.get("wh") in {"which", "how"}:
            level += 1
        prompt_words = set(content_words(q.prompt))
        overlap = len(prompt_words & set(content_words(info.sentence.text))) / max(1, len(prompt_words))
        if overlap < 0.7:
            level += 1
    if q.type == "true_false" and q.meta.get("change") == "swap":
        level += 1
    if q.type == "cloze" and not q.word_bank:
        level += 1
    return ["easy", "medium", "hard"][min(level, 2)]


#: Rank cost per question already asked from the same sentence (short
#: articles only: longer ones never reuse a sentence in a default set).
SAME_SENTENCE_COST = 0.5
#: Questions one sentence gives a default set at most, even in a short
#: article: five items on the lead sentence test one fact five times.
MAX_PER_SENTENCE = 2
#: Above this many questions a set is a pool: selection favours distinct facts.
POOL_FROM = 20


def ranked(ctx: Context, candidates: list[Question], rng: random.Random) -> list[tuple[float, Question]]:
    """(rank, question), best first: the generator's score, the sentence's
    importance and what raters kept of the question's form (:mod:`.kept`)."""
    scored = []
    for q in candidates:
        q.difficulty = difficulty(ctx, q)
        scored.append((q.meta.get("score", 1.0) + centrality(ctx, q) + kept.prior(families.form_of(q))
                       + rng.random() * 0.01, q))
    scored = _pair_statements(scored)
    scored.sort(key=lambda sq: -sq[0])
    return scored


def _pair_statements(scored: list[tuple[float, Question]]) -> list[tuple[float, Question]]:
    """A sentence's true and false statements rank as the better of the two
    (the false one a hair ahead): which of them a set takes is then the
    key balance's choice, not a side effect of the swap's wording (panels
    22-23: most sets had only True keys while false statements were there)."""
    best: dict = {}
    for value, q in scored:
        if q.type == "true_false":
            key = q.meta.get("sentence")
            best[key] = max(best.get(key, value), value)
    return [(best[q.meta.get("sentence")] + (0.005 if q.answer == "False" else 0.0), q)
            if q.type == "true_false" else (value, q) for value, q in scored]


#: Questions a default set may fall short of its count to keep its main-idea item
#: (the kind raters kept most: over 67 sets of panels 16-25, 1 short kept it in 42 sets
#: and left 11 sets short; 2 short kept it in 48 and left 16 short; 0 in 36 and 5).
#: Four: seldom-kept kinds may already leave a set two short (WEAK_FILL_SHORTFALL), and
#: true/false statements kept within two of each other (:data:`MAX_ONE_SIDED`) two more;
#: the main idea was kept 35 of 35 times in panels 62-68, so a set gives it up last.
MAIN_IDEA_SHORTFALL = 4


def select(ctx: Context, candidates: list[Question], count: int, seed: int) -> list[Question]:
    rng = random.Random(seed)
    scored = ranked(ctx, candidates, rng)
    if count > POOL_FROM:
        chosen = select_pool(scored, count)
    else:
        chosen = _default_set(ctx, scored, count)
        if len(chosen) < count - MAIN_IDEA_SHORTFALL and any(q.meta.get("rule") == "main_idea" for q in chosen):
            # a main-idea item prints four sentences no other question may ask about; in a short
            # article that can leave the set well short, and then the set is drawn without it
            without = _default_set(ctx, [(v, q) for v, q in scored if q.meta.get("rule") != "main_idea"], count)
            chosen = without if len(without) > len(chosen) else chosen
    _order(chosen)
    _spread_keys(chosen, rng)
    return chosen


def _default_set(ctx: Context, scored: list[tuple[float, Question]], count: int) -> list[Question]:
    """The greedy draw of a default set from ``scored`` (see the module docstring)."""
    chosen: list[Question] = []
    details = {id(q) for _, q in scored if is_detail(ctx, q)}
    # 1: family caps and the seldom-kept rules lifted when the set cannot be filled otherwise;
    # 2: then also the kinds kept out of default sets (who holds which post, a cloze without a bank)
    relaxed = [0]
    reuse_sentences = count > len({q.meta.get("sentence") for _, q in scored}) or count > 20
    available_types = {q.type for _, q in scored}
    available = [k for k in kind_order() if any(kind_of(q) == k for _, q in scored)]
    cap = max(1, count // 2)
    shortfall = WEAK_FILL_SHORTFALL if count >= FULL_SET else 0  # a teacher who asks for six gets six

    def adjusted(base: float, q: Question) -> float | None:
        types = Counter(c.type for c in chosen)
        kinds = Counter(kind_of(c) for c in chosen)
        kind = kind_of(q)
        if types[q.type] >= cap and len(available_types) > 1 or q.type in ("ordering", "matching") and types[q.type]:
            return None
        if any(_gives_away(q, c) for c in chosen):
            return None
        if id(q) in details and sum(1 for c in chosen if id(c) in details) >= MAX_DETAILS + 2 * min(relaxed[0], 1):
            return None  # details only when the set cannot be filled otherwise
        variety = q.type not in types and len(types) < MIN_TYPES
        may_fill = len(chosen) < count - shortfall or variety
        last_type = variety and _cloze_as_last_type(q, len(chosen) >= count - shortfall - 2)
        short = len(chosen) < count - shortfall
        if _kept_out_of_default_sets(q, relaxed[0] >= 2 and short or last_type, chosen) \
                or _one_sided(q, chosen, MAX_ONE_SIDED + (relaxed[0] >= 2)):
            # a third True beside no False only as a last resort, a fourth never: a short article's set stops short
            return None  # (a cloze of an amount comes only as the last chance of a fourth question type)
        if not (relaxed[0] and may_fill) and _second_of_a_seldom_kept_form(q, chosen) \
                or _seldom_kept_count(q, chosen) >= MAX_SELDOM_KEPT:
            return None
        if not relaxed[0] and kinds[kind] >= family_cap(kind, count):
            return None
        if not relaxed[0] and _first_round(kind) == 0 and len(types) >= MIN_TYPES:
            return None  # a kind raters seldom kept: only for variety, or when nothing else is left
        same_sentence = sum(1 for c in chosen if c.meta.get("sentence") == q.meta.get("sentence")
                            and not _shares_sentence(kind) and not _shares_sentence(kind_of(c)))
        if same_sentence and (not reuse_sentences or same_sentence >= MAX_PER_SENTENCE):
            return None
        share = kinds[kind] / max(1, len(chosen)) if chosen else 0.0
        value = base - 1.2 * max(0.0, share - _weight(kind))
        value -= 0.25 * sum(1 for c in chosen if c.meta.get("paragraph") == q.meta.get("paragraph"))
        value -= SAME_SENTENCE_COST * same_sentence
        if variety:
            value += NEW_TYPE_BONUS  # a set of fewer than four question types takes a fourth when it can
        return value - _balance_cost(chosen, q)

    _take_first_round(scored, chosen, available, count, adjusted)
    while len(chosen) < count:
        best_q = _best_adjusted(scored, chosen, adjusted)
        if best_q is None and relaxed[0] < 2:
            relaxed[0] += 1
            continue
        if best_q is None:
            break
        chosen.append(best_q)
    return chosen


def _cloze_as_last_type(q: Question, near_the_end: bool) -> bool:
    """A cloze of an amount with a word bank may bring a fourth question type near the end of a set;
    a blanked name or date may not (raters kept 34 of 117 of those, a month 0 of 3)."""
    return near_the_end and q.type == "cloze" and bool(q.word_bank) and families.form_of(q) == "cloze_amount"


#: How many more true/false statements of one answer than of the other a
#: default set holds; past it, a set takes another kind of question or stops
#: short rather than add a third "True" beside no "False" (every panel's set
#: comments: "all keyed True, a student could guess them"; panel 64: 18 of 20
#: keyed True; default sets of fresh49-58 at 2ad0493: 171 True, 22 False).
MAX_ONE_SIDED = 2


def _one_sided(q: Question, chosen: list[Question], limit: int = MAX_ONE_SIDED) -> bool:
    """``q`` is a true/false statement whose answer already leads the other's
    by ``limit`` in ``chosen``."""
    if q.type != "true_false":
        return False
    answers = Counter(c.answer for c in chosen if c.type == "true_false")
    other = "False" if q.answer == "True" else "True"
    return answers[q.answer] - answers[other] >= limit


def _balance_cost(chosen: list[Question], q: Question) -> float:
    """Rank cost of unbalancing the set: a second True (or Fact) before a
    False, more so a third; more than half the set at one difficulty."""
    cost = 0.0
    if q.type in ("true_false", "fact_or_opinion"):
        tf = Counter(c.answer for c in chosen if c.type == q.type)
        other = [a for a in (["True", "False"] if q.type == "true_false" else ["Fact", "Opinion"])
                 if a != q.answer][0]
        if tf[q.answer] > tf[other]:
            cost += 0.5 * (tf[q.answer] - tf[other])  # a third True with no False costs twice the second
    diffs = Counter(c.difficulty for c in chosen)
    if chosen and diffs[q.difficulty] / len(chosen) > 0.5:
        cost += 0.1
    return cost


#: Items of the kinds raters seldom kept (see :func:`_kept_out_of_default_sets`)
#: fill a set only up to this many short of its count, or to bring a question
#: type the set lacks: a teacher is better served by ten questions she can use
#: than by twelve with two to delete.
WEAK_FILL_SHORTFALL = 2
#: Counts from which a set may fall short that way (the default is twelve).
FULL_SET = 10


#: Forms kept less often than this (:mod:`.kept`) come once in a default set,
#: more only to fill it to :data:`WEAK_FILL_SHORTFALL` short of its count:
#: written "What …?" facts were kept 43 of 108 times, and in panel 28 a set with
#: few other kinds carried up to four of them.
SELDOM_KEPT = 0.45


#: Forms kept less often than this are left out of default sets unless nothing
#: else fills them: a written "Which …?" fact was kept 14 of 60 times (1 of 20 in
#: panels 77-92: "Which place did Dunaway read out?"), a cause item with
#: sentences as options 0 of 8.
RARELY_KEPT = 0.30


#: Items of one seldom-kept form a default set never exceeds, even to fill
#: itself: a set of four fill-in-the-blanks reads as a drill, not a reading quiz.
MAX_SELDOM_KEPT = 3


def _seldom_kept_count(q: Question, chosen: list[Question]) -> int:
    """How many items of ``q``'s form ``chosen`` has, when that form is seldom kept (else 0)."""
    form = families.form_of(q)
    rate = kept.kept_rate(form)
    if rate is None or rate >= SELDOM_KEPT:
        return 0
    return sum(1 for c in chosen if families.form_of(c) == form)


def _second_of_a_seldom_kept_form(q: Question, chosen: list[Question]) -> bool:
    form = families.form_of(q)
    rate = kept.kept_rate(form)
    return rate is not None and rate < SELDOM_KEPT and any(families.form_of(c) == form for c in chosen)


def _kept_out_of_default_sets(q: Question, relaxed: bool, chosen: list[Question]) -> bool:
    """Kinds the panels rejected that a pool keeps: a negated true/false ("X did
    not say …": every panel; "The students are not demanding …": "made false
    just by inserting 'not'", panel 81), a true/false with a changed figure or date,
    "what happened before this?" (every earlier
    event is right too: 0/5 in panels 10-14), "When did X …? — After Y" (a cause
    asked with "when": 0 of 3 in panels 29 and 34), and, unless a set cannot be
    filled otherwise (``relaxed``), a form the panels kept less than
    :data:`RARELY_KEPT` of the time (:mod:`.kept`: a cause item with sentences as
    options, a written "Which …?" fact), who-holds-which-post ("Who is the head of
    Greenpeace?"; 0 of 3 kept in panel 26), a cloze (a blank in a copied sentence,
    kept 54 of 142 times; without a bank, a name or year to recall and spell, 1 of
    7 in panel 24), unless the set lacks a fourth question type, and a "Fact" item
    with no "Opinion" item beside it in ``chosen`` ("Fact" is then the guess:
    0 of 6 kept in panels 24-25)."""
    if q.type == "true_false" and q.meta.get("change") == "negate" or q.meta.get("rule") in ("after", "after_event"):
        return True
    if q.meta.get("rule") == "why" and q.meta.get("kind") == "time":
        return True  # "When did X …? — After Y": raters read Y as the cause and the "when" as wrong (panels 29, 34)
    if q.type == "true_false" and q.meta.get("change") == "swap" and q.meta.get("swapped_label") in FIGURE_LABELS:
        return True  # "90,000 people" made "70,000": memory of a figure (3 of 11 kept, panels 16-27)
    if q.type == "cloze" and not q.word_bank:
        return True  # a name to recall and spell: 1 of 7 kept (panel 24), 1 of 3 (panel 39), even to fill a set
    if q.meta.get("pattern") in {"apposition", "title", "loose_apposition"} and q.prompt.startswith("Who is"):
        return True  # "Who is the president of IKEA US?": 0 of 5 kept (panels 26, 50), even to fill a set
    if relaxed:
        return False
    if (rate := kept.kept_rate(families.form_of(q))) is not None and rate < RARELY_KEPT:
        return True  # "what is the reason for this: …?" with sentences as options (0 of 8), "Which …?" (14 of 60)
    if q.type == "cloze":
        return True  # kept 54 of 142 times (15 of 46 in panels 31-37); without a bank, 1 of 7 (panel 24)
    if q.type == "fact_or_opinion" and q.answer == "Fact" and \
            not any(c.type == "fact_or_opinion" and c.answer == "Opinion" for c in chosen):
        return True
    return q.meta.get("pattern") in IDENTITY_PATTERNS


#: Question types a default set mixes when the article allows.
MIN_TYPES = 4
#: Rank a question of a type the set lacks gains while the set has fewer than MIN_TYPES.
NEW_TYPE_BONUS = 0.3


def _take_first_round(scored, chosen: list[Question], available: list[str], count: int, adjusted) -> None:
    """One of each available kind first (a family's ``first_round`` says how
    many): kinds that bring a new question type, then the rest, then a kind
    left out of the round (``first_round`` 0) if its type is needed, so a
    default set mixes at least :data:`MIN_TYPES` types when it can."""

    def best_of(kind: str, new_type: bool) -> Question | None:
        have = {c.type for c in chosen}
        return next((q for _, q in scored if kind_of(q) == kind and q not in chosen
                     and (not new_type or q.type not in have) and adjusted(0, q) is not None), None)

    first_round = available[:max(4, min(count, len(available)))]
    for new_type in (True, False):
        for kind in first_round:
            if len(chosen) >= count:
                break
            while sum(1 for c in chosen if kind_of(c) == kind) < _first_round(kind) and len(chosen) < count:
                best = best_of(kind, new_type and not any(kind_of(c) == kind for c in chosen))
                if best is None:
                    break
                chosen.append(best)
        for kind in available if new_type else ():  # left out of the round, unless its type is needed
            if len({c.type for c in chosen}) >= MIN_TYPES or len(chosen) >= count:
                break
            if _first_round(kind) == 0 and (best := best_of(kind, True)) is not None:
                chosen.append(best)


def _best_adjusted(scored, chosen: list[Question], adjusted) -> Question | None:
    best_value, best_q = None, None
    for base, q in scored:
        if q in chosen:
            continue
        value = adjusted(base, q)
        if value is not None and (best_value is None or value > best_value):
            best_value, best_q = value, q
    return best_q


def _order(chosen: list[Question]) -> None:
    chosen.sort(key=lambda q: (q.type in ("ordering", "matching"), q.meta.get("sentence", 0),
                               TYPE_ORDER.index(q.type) if q.type in TYPE_ORDER else len(TYPE_ORDER)))


def _gives_away(a: Question, b: Question) -> bool:
    """In a quiz (not a pool to pick from): a question that prints its sentence
    (a true/false statement, a cloze, the options of a main-idea item) beside
    another about the same sentence hands the student the other's answer."""
    if clash(a, b) or key_in_stem(a, b) or key_in_stem(b, a):
        return True  # also "How far have thirty workers travelled?" beside "How many workers …? — thirty workers"
    if matched_again(a, b) or matched_again(b, a):
        return True  # a matching item beside a position item on one of its holders (panels 53-54)
    if a.type == b.type and _options(a) and _options(a) == _options(b):
        return True  # the same word bank twice: raters marked the second a lazy repeat (panel 33)
    if a.meta.get("rule") == b.meta.get("rule") == "position" and a.answer == b.answer:
        return True  # "which best describes the position taken by …?" twice with one key: a repeat (panel 79)
    if "main_idea" in (a.meta.get("rule"), b.meta.get("rule")) and sentences_of(a) & sentences_of(b):
        return True  # its options print whole sentences: a question on one is answered there (panel 24)
    if a.meta.get("sentence") != b.meta.get("sentence"):
        return False
    return _shows_sentence(kind_of(a)) or _shows_sentence(kind_of(b))


def _options(q: Question) -> frozenset:
    """A cloze's word bank or a multiple choice's options (empty for other types)."""
    if q.type == "cloze":
        return frozenset(q.word_bank)
    return frozenset(q.choices) if q.type == "multiple_choice" and q.meta.get("family") == "facts" else frozenset()


def _shows_sentence(kind: str) -> bool:
    family = families.get(kind)
    return bool(family and family.shows_sentence)


def _spread_keys(questions: list[Question], rng: random.Random) -> None:
    """Place multiple-choice keys so every position is used about equally."""
    mcs = [q for q in questions if q.type == "multiple_choice"]
    if not mcs:
        return
    width = max(len(q.choices) for q in mcs)
    positions: list[int] = []
    while len(positions) < len(mcs):
        block = list(range(width))
        rng.shuffle(block)
        positions.extend(block)
    for q, pos in zip(mcs, positions):
        ordered = numeric_order(q.choices)
        if ordered is not None:
            q.choices = ordered  # "2012, 2014, 2015, 2016": numbers in order, as item writers set them
            continue
        others = [c for c in q.choices if c != q.answer]
        rng.shuffle(others)
        pos = min(pos, len(others))
        q.choices = others[:pos] + [q.answer] + others[pos:]


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def numeric_order(choices: list[str]) -> list[str] | None:
    """The options in ascending order when they differ only in one number
    ("2014", "about 125 kilometres"), else None."""
    if len(choices) < 2:
        return None
    values, frames = [], set()
    for c in choices:
        found = _NUMBER.findall(c)
        if len(found) != 1:
            return None
        values.append(float(found[0].replace(",", "")))
        frames.add(_NUMBER.sub("#", c))
    if len(frames) != 1:
        return None
    return [c for _, c in sorted(zip(values, choices))]
