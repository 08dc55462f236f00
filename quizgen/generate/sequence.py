"""Sequence: put three to five dated events of the article in order.

An event is a sentence with a date the article states precisely enough to
order (a year, a month and day, or a full date). Relative dates ("last
week") and bare weekdays are not ordered. Items show the event without its
date, so the student must find each one in the text.
"""
from __future__ import annotations

import random
import re

from ..questions import Question
from .context import Context, tidy
from .records import make
from .statements import standalone

_MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                           "august", "september", "october", "november", "december"])}
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_MONTH_DAY = re.compile(r"\b(" + "|".join(m.capitalize() for m in _MONTHS) + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(m.capitalize() for m in _MONTHS) + r")\b")
MAX_ITEMS = 5


def date_key(text: str, default_year: int | None) -> tuple[int, int, int] | None:
    """(year, month, day) for an orderable date, using ``default_year`` when missing."""
    year = _YEAR.search(text)
    md = _MONTH_DAY.search(text)
    dm = _DAY_MONTH.search(text)
    y = int(year.group(1)) if year else default_year
    if md:
        m, d = _MONTHS[md.group(1).lower()], int(md.group(2))
    elif dm:
        m, d = _MONTHS[dm.group(2).lower()], int(dm.group(1))
    else:
        month = next((v for k, v in _MONTHS.items() if re.search(rf"\b{k}\b", text, re.I)), None)
        if month and year:
            m, d = month, 0
        elif year and not month:
            m, d = 0, 0
        else:
            return None
    if y is None:
        return None
    return (y, m, d)


def generate(ctx: Context, rng: random.Random) -> tuple[list[Question], str | None]:
    """Ordering questions, or a note saying why there are none."""
    dateline_year = None
    if ctx.article.dateline:
        match = _YEAR.search(ctx.article.dateline)
        dateline_year = int(match.group(1)) if match else None
    events = []
    seen_keys = set()
    for info in ctx.sents:
        dates = [m for m in ctx.mentions_in(info.index) if m.label == "DATE"]
        if not dates:
            continue
        keyed = [(date_key(m.text, dateline_year), m) for m in dates]
        keyed = [(k, m) for k, m in keyed if k is not None]
        if len(keyed) != 1:
            continue  # two dates in one sentence: which one is the event's?
        key, mention = keyed[0]
        if key in seen_keys:
            continue
        item = _event_text(ctx, info, mention)
        if item is None:
            continue
        seen_keys.add(key)
        events.append((key, info.index, item, info))
    if len(events) < 3:
        return [], ("fewer than three events with a date the article states precisely, "
                    "so no sequence question")
    events.sort(key=lambda e: (e[0], e[1]))
    if len(events) > MAX_ITEMS:  # keep a spread across the timeline
        step = (len(events) - 1) / (MAX_ITEMS - 1)
        events = [events[round(i * step)] for i in range(MAX_ITEMS)]
    answer = [e[2] for e in events]
    choices = list(answer)
    for _ in range(5):
        rng.shuffle(choices)
        if choices != answer:
            break
    infos = [e[3] for e in events]
    q = make(ctx, infos, type="ordering", skill="sequence",
             prompt="Put these events in the order they happened, earliest first.",
             answer=answer, choices=choices, rule="sequence", score=1.4, difficulty="hard",
             explanation="The article dates them: " + "; ".join(
                 f"\u201c{e[3].sentence.text}\u201d" for e in events))
    q.meta["sentence"] = events[0][1]
    return [q], None


def _event_text(ctx: Context, info, mention) -> str | None:
    text = standalone(ctx, info, min_words=5, max_words=30)
    if text is None or mention.text not in text:
        return None
    # remove the date with its preposition ("On October 18th, ")
    pattern = re.compile(r"(?:\b(?:on|in|at|during|by|since|from)\s+)?(?:the\s+)?" + re.escape(mention.text) + r",?\s*",
                         re.IGNORECASE)
    stripped = tidy(pattern.sub(" ", text, count=1))
    stripped = re.sub(r"\s+([,.])", r"\1", stripped)
    if len(stripped.split()) < 4:
        return None
    words = stripped.rstrip(".").split()
    if len(words) > 16:
        stripped = " ".join(words[:16]).rstrip(",;") + " \u2026"
    return stripped[:1].upper() + stripped[1:]
