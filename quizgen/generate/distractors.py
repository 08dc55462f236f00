"""Wrong options of the same kind as the key: from the article first, then made.

Every option fits the key's :class:`~.kinds.Kind` (a city beside cities, a
surname beside surnames, a weekday beside weekdays, boats beside boats).  A
distractor is never the key under another name (same text, an acronym the
article equates with it, one containing the other, a capital for its state)
and never comes from the key's own sentence or from another sentence that
says the same of it, where it could be a second correct answer. Options are
picked close to the key in length, with one at least as long as the key when
the article offers one, so the key does not stand out as the longest.
"""
from __future__ import annotations

import random
import re
from collections import Counter

from ..quality import unbalanced
from ..questions import content_words, normalize
from . import kinds
from .agents import can_act
from .context import NUMBER_LABELS, Context, strip_det
from .name_parts import only_part_of_a_name
from .same_answer import similar
from .same_position import took_the_same_position

PLACE_LABELS = {"GPE", "LOC", "FAC"}
_NUMBER = re.compile(r"(?<![\w.])(?<![A-Za-z]-)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w.]*\d)")
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_RE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b")
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")
#: A digit inside a name ("4chan", "Cloud9"): changing it makes a silly option, not a number.
_NAME_DIGITS = re.compile(r"(?<![\w])\d+[A-Za-z]{3,}|[A-Za-z]{2,}\d")
_YEAR_RE = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_DAY_RE = re.compile(r"\b([12]?\d|3[01])(st|nd|rd|th)?\b")


def compatible_labels(label: str) -> set[str]:
    if label in PLACE_LABELS:
        return PLACE_LABELS
    if label in {"DATE", "TIME"}:
        return {label}
    return {label}


def choose(ctx: Context, key: str, label: str | None, sent_index: int, rng: random.Random,
           phrases: list[str] | None = None, n: int = 3, stem: str | None = None) -> list[str]:
    """Up to ``n`` distractors for ``key`` (fewer when the article has too few
    of its kind); ``stem``: the question, so that no option is one the article
    also makes true."""
    sentence_text = ctx.sents[sent_index].sentence.text
    key_kind = kinds.kind_of(ctx, key, label)
    cands: list[tuple[str, str | None]] = []
    if unchangeable_number(key) and (label in NUMBER_LABELS or label is None):
        return []
    if label in NUMBER_LABELS or (label is None and _NUMBER.search(key) and not phrases
                                  and not _NAME_DIGITS.search(key)):
        cands += [(c, label) for c in _article_numbers(ctx, key, label, sent_index) + made_numbers(key, rng)]
    elif label in {"DATE", "TIME"}:
        if not any(_date_shape(key)):
            relative = made_relative(key)
            if len(relative) < n:
                return []  # "each year", "recently": no same-kind options to offer
            return balance(key, relative, n)
        cands += [(m.text, label) for m in ctx.mentions_of({label}) if m.sentence != sent_index
                  and _date_shape(m.text) == _date_shape(key)]
        if not (_WEEKDAY_RE.search(key) and re.search(r"\d", key)):
            cands += [(c, label) for c in made_dates(key, rng)]  # not "Wednesday, August 8" (a Saturday; panel 66)
    elif label is not None:
        seen_sentence = {normalize(m.text) for m in ctx.mentions_in(sent_index)}
        for m in ctx.mentions_of(compatible_labels(label) | _LABELS_OF_KIND.get(key_kind.kind, set())):
            if m.sentence != sent_index and normalize(m.text) not in seen_sentence:
                cands.append((m.text, m.label))
    if phrases:
        cands += [(p, None) for p in phrases]
    picked = _pick(ctx, key, key_kind, label, cands, sentence_text, stem, sent_index, max(10, 3 * n))
    picked = [p for p in picked if not _CUT_END.search(p)  # "Occupy Central with Love and"
              and not _REPEATED.search(p)  # "Tuesday and Tuesday"
              and not (strip_det(p)[:1].isupper() and only_part_of_a_name(ctx, strip_det(p)))]
    # ("Agency" of "World Anti-Doping Agency", "the Public Interest" of "… Science in the Public Interest")
    picked = [p for p in picked if not _after_the_article(ctx, key, p)]  # "2015" for a 2013 article
    total = _TOTAL_AFTER.search(sentence_text[sentence_text.find(key) + len(key):]) if key in sentence_text else None
    if total and amount(key) is not None and amount(key) <= amount(total.group(1)):
        picked = [p for p in picked if (amount(p) or 0) <= amount(total.group(1))]  # "won ___ of the 222 seats"
    direction = bound_of(sentence_text, key)
    if direction:  # "more than 500 million km": "more than 200 million km" would be true as well
        picked = [p for p in picked if respects_bound(key, p, direction)]
    return balance(key, like_the_key(key, picked), n)


#: An option whose changed part repeats the part beside it ("Tuesday and Tuesday").
_REPEATED = re.compile(r"\b(\w+) (?:and|or|to|-|–) \1\b", re.I)


#: "… of the 222 seats", "out of 40": the whole the key is a part of.
_TOTAL_AFTER = re.compile(r"^\s*(?:\w+\s+)?(?:of|out of)\s+(?:the\s+)?(\d[\d,]*)\b")


def _after_the_article(ctx: Context, key: str, option: str) -> bool:
    """A year later than the article's date offered for a key that is not:
    the article could not report it (panel 33: "2015" in a 2013 story)."""
    written = _YEAR_RE.findall(ctx.article.dateline or "")
    years = _YEAR_RE.findall(option)
    if not written or not years:
        return False
    limit = int(written[-1])
    return max(int(y) for y in years) > limit and all(int(y) <= limit for y in _YEAR_RE.findall(key))


#: An option that stops on a joining word was cut out of a longer name.
_CUT_END = re.compile(r"\s(?:and|or|of|with|the|a|an|for|to|in|on|at|by|from)$", re.I)
_LOWER_BOUND = re.compile(r"\b(?:more than|over|at least|above|upwards of|in excess of|exceeding)\s*$", re.I)
_UPPER_BOUND = re.compile(r"\b(?:less than|fewer than|under|up to|at most|below|no more than)\s*$", re.I)
_MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def bound_of(sentence: str, key: str) -> int:
    """+1 when the article gives ``key`` as a lower bound ("more than 500
    km"), -1 as an upper bound ("up to 40 times"), 0 otherwise."""
    at = sentence.find(key)
    before = (sentence[:at] if at >= 0 else "") + " " + re.split(r"\d", key, maxsplit=1)[0]
    if _LOWER_BOUND.search(before.rstrip() + " "):
        return 1
    if _UPPER_BOUND.search(before.rstrip() + " "):
        return -1
    return 0


def amount(text: str) -> float | None:
    """The number in ``text`` with its "million"/"billion" ("1.8 million" -> 1800000.0)."""
    found = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion)?", text, re.I)
    if not found:
        return None
    try:
        value = float(found.group(1).replace(",", ""))
    except ValueError:
        return None
    return value * _MULTIPLIERS.get((found.group(2) or "").lower(), 1.0)


def respects_bound(key: str, option: str, direction: int) -> bool:
    """A wrong amount beyond the bound the article gives, so it is false."""
    a, b = amount(key), amount(option)
    if a is None or b is None:
        return True
    return b > a if direction > 0 else b < a


#: Entity labels whose mentions may be options for a key of a kind.
_LABELS_OF_KIND = {"organisation": {"ORG", "NORP", "PERSON", "GPE"}, "place": {"GPE", "LOC", "FAC", "PERSON"},
                   "person": {"PERSON", "ORG"}}


def _pick(ctx: Context, key: str, key_kind: kinds.Kind, label: str | None, cands: list[tuple[str, str | None]],
          sentence_text: str, stem: str | None, sent_index: int, limit: int) -> list[str]:
    """The candidates that fit the key's kind and form and are not a second key."""
    picked: list[str] = []
    key_words = len(key.split())
    for cand, cand_label in _unique_pairs(cands[:200]):
        if len(picked) >= limit:
            break  # enough to choose from by length; keeps long articles linear
        if unbalanced(cand):
            continue  # a name cut inside its brackets ("(WHO")
        if not kinds.fits(key_kind, kinds.kind_of(ctx, cand, cand_label)):
            continue
        if key_kind.kind == "person" and mostly_an_organisation(ctx, cand):
            continue  # "Tiger Brands" tagged a person once, an organisation twice: no option among people (panel 53)
        if not max(1, key_words // 2) <= len(cand.split()) <= 2 * key_words + 2:
            continue
        if similar(cand, key, ctx) or any(similar(cand, p, ctx) for p in picked):
            continue
        if label is not None and label not in NUMBER_LABELS | {"DATE", "TIME"} \
                and normalize(cand) in normalize(sentence_text):
            continue
        if stem and (also_true(ctx, stem, cand, sent_index) or _named_in_stem(cand, stem)
                     or took_the_same_position(ctx, stem, cand, sent_index)):
            continue
        if stem and stem.startswith("Who ") and key_kind.kind in {"organisation", "person"} \
                and not can_act(ctx, cand, person=key_kind.kind == "person"):
            continue  # a station or a drink brand offered for "Who proposed …?"
        picked.append(cand)
    return picked


def mostly_an_organisation(ctx: Context, name: str) -> bool:
    """The article tags ``name``, or the surname an option shows of it ("John
    Cadbury" shown as "Cadbury"), an organisation more often than a person: no
    option among people (panel 53: "Tiger Brands", "Cadbury")."""
    votes = ctx.remembered(("label_votes",), lambda: _label_votes(ctx))
    words = normalize(name).split()
    return any(votes[form]["ORG"] > votes[form]["PERSON"] for form in {" ".join(words), words[-1] if words else ""}
               if form in votes)


def _label_votes(ctx: Context) -> dict[str, Counter]:
    """Each normalised mention text with the labels the article gives it."""
    votes: dict[str, Counter] = {}
    for m in ctx.mentions:
        votes.setdefault(normalize(m.text), Counter())[m.label] += 1
    return votes


def _named_in_stem(option: str, stem: str) -> bool:
    """A name word of the option is in the stem ("Who said Castro was …? —
    Fidel Castro"): the option names someone the question already places."""
    words = {w for w in re.findall(r"[A-Z][\w'-]+", option) if len(w) > 2}
    return bool(words & set(re.findall(r"[A-Z][\w'-]+", stem)[1:]))


def also_true(ctx: Context, stem: str, option: str, sent_index: int) -> bool:
    """Another sentence of the article names ``option`` and says most of what
    the stem says: the option may be a second correct answer."""
    words = set(content_words(stem)) - set(content_words(option)) - _WH_WORDS
    if len(words) < 2:
        return False
    norm_option = normalize(option)
    for info in ctx.sents:
        if info.index == sent_index:
            continue
        text = normalize(info.sentence.text)
        if f" {norm_option} " in f" {text} ":
            said = set(text.split())
            if len(words & said) / len(words) >= 0.6:
                return True
    return False


_WH_WORDS = {"who", "what", "when", "where", "which", "why", "how", "many", "much", "did", "does", "do",
             "according"}


def _unique_pairs(items: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    seen, out = set(), []
    for item, label in items:
        k = normalize(item)
        if k and k not in seen:
            seen.add(k)
            out.append((item.strip(), label))
    return out


def like_the_key(key: str, options: list[str]) -> list[str]:
    """Options that fit where the key stands: after "Korea's ______" (or in any
    stem) a bare key has bare neighbours ("the Ministry of Defense" → "Ministry of
    Defense"), so no option is ruled out by its article alone."""
    if strip_det(key) != key:
        return options
    bare = [strip_det(o) for o in options]
    return [o for o in dict.fromkeys(bare) if normalize(o) != normalize(key)]


def balance(key: str, cands: list[str], n: int = 3) -> list[str]:
    """Pick ``n`` options near the key's length, one of them not shorter when possible."""
    if len(cands) <= n:
        return cands
    order = {c: i for i, c in enumerate(cands)}

    def closeness(c: str) -> tuple[float, int]:
        return (abs(len(c) - len(key)) / max(len(key), 1), order[c])
    longer = sorted([c for c in cands if len(c) >= len(key) and len(c) <= 2 * len(key) + 12], key=closeness)
    picked = longer[:1]
    rest = sorted([c for c in cands if c not in picked], key=closeness)
    # article-sourced options come first in ``cands``: keep them when they are close enough
    picked += rest[: n - len(picked)]
    return picked


# ----------------------------------------------------------------------------- numbers

_FRACTION = re.compile(r"\d[a-z%]*\s*/\s*\d", re.IGNORECASE)
#: A range ("36 to 48 hours", "between 12,000 and 19,000"): one end changed
#: alone can make nonsense ("54 to 48 hours").
_RANGE = re.compile(r"\d[\d,.]*\s*(?:%|percent)?\s*(?:to|\u2013)\s*\d|\bbetween\s+\S*\d\S*\s+and\s+\S*\d",
                    re.IGNORECASE)


def unchangeable_number(text: str) -> bool:
    """A fraction, compound size or range ("1/2 majority", "2mm/152mm", "36 to
    48 hours"): changing one of its numbers makes nonsense ("3/2 majority"),
    not a plausible wrong answer."""
    return bool(_FRACTION.search(text) or _RANGE.search(text))


def _parse_number(text: str) -> tuple[float, re.Match] | None:
    match = _NUMBER.search(text)
    if not match:
        return None
    return float(match.group(1).replace(",", "")), match


def _format_like(value: float, original: str) -> str:
    decimals = len(original.split(".")[1]) if "." in original else 0
    if decimals:
        return f"{value:.{decimals}f}"
    value = int(round(value))
    return f"{value:,}" if "," in original or (value >= 10000 and "," in original) else str(value)


_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b")


def _substitute(key: str, match: re.Match, value: float) -> str:
    """The key with its number changed ("the 2nd half" -> "the 3rd half": an
    ordinal's suffix follows the new number)."""
    number = _format_like(value, match.group(1))
    rest = key[match.end(1):]
    if _ORDINAL_AFTER.match(rest) and number.isdigit():
        rest = _ordinal_suffix(int(number)) + rest[2:]
    return key[:match.start(1)] + number + rest


_SCALE_WORD = re.compile(r"\b(?:thousand|million|billion|trillion)\b", re.IGNORECASE)


def made_numbers(key: str, rng: random.Random) -> list[str]:
    """Plausible changes of the key's number, keeping its words and format."""
    parsed = _parse_number(key)
    if not parsed:
        return []
    value, match = parsed
    if value == 0:
        factors = [1, 2, 3]
        values = factors
    elif 1900 <= value <= 2100 and "." not in match.group(1) and "," not in match.group(1):
        values = [value + d for d in (-6, -3, 2, 5, 8)]  # not a run of years the key sits in (panel 33)
    elif value < 10 and float(value).is_integer():
        values = [v for v in (value - 2, value - 1, value + 1, value + 2, value * 2, value + 3) if v > 0]
    else:
        # on both sides of the key and not its multiples: 344, 516, 688 beside 172 give the key away as
        # their common base (panels 33-34)
        values = [value * f for f in (0.6, 1.4, 0.8, 1.7, 2.3, 0.45)]
        if float(value).is_integer():
            values = [_round_like(v, value) for v in values]
    share = bool(re.search(r"%|\bper ?cent\b", key)) and value <= 100
    out = []
    for v in values:
        if v != value and v > 0 and not (share and v > 100):  # "more than 140 percent" of a market: impossible
            made = _substitute(key, match, v)
            shown = _parse_number(made)
            if shown and 0 < shown[0] != value and not (shown[0] >= 1000 and _SCALE_WORD.search(made)):
                # not "minus 0.0 percent" (0.04 shown at one decimal; panel 64), not "1200 million" (panel 67)
                out.append(made)
    out = list(dict.fromkeys(out))
    rng.shuffle(out)
    return out


def _round_like(v: float, original: float) -> float:
    """Round a made number to the key's roundness (1,500 -> 3,000 not 3,017)."""
    s = str(int(original))
    zeros = len(s) - len(s.rstrip("0"))
    step = 10 ** min(zeros, max(len(str(int(v))) - 1, 0))
    return max(step, round(v / step) * step)


def _article_numbers(ctx: Context, key: str, label: str | None, sent_index: int) -> list[str]:
    parsed = _parse_number(key)
    if not parsed:
        return []
    value, match = parsed
    same_sentence = {p[0] for m in ctx.mentions_in(sent_index)
                     for p in [_parse_number(m.text)] if p}
    out = []
    for m in ctx.mentions_of({label} if label else NUMBER_LABELS):
        other = _parse_number(m.text)
        if other and other[0] != value and other[0] not in same_sentence and not _is_year(other[0]) \
                and not _is_year(value) and (value == 0 or 0.2 <= other[0] / value <= 5):
            # ("magnitude 9.0" is not offered as "magnitude 1.0" because reactor 1 is named)
            out.append(_substitute(key, match, other[0]))
    return out


def _is_year(v: float) -> bool:
    return float(v).is_integer() and 1900 <= v <= 2100


# ----------------------------------------------------------------------------- dates

def _date_shape(text: str) -> tuple[bool, bool, bool, bool]:
    return (bool(_MONTH_RE.search(text)), bool(_YEAR_RE.search(text)),
            bool(_WEEKDAY_RE.search(text)), bool(re.search(r"\d", text)))


def made_dates(key: str, rng: random.Random) -> list[str]:
    out: list[str] = []
    if len(_YEAR_RE.findall(key)) > 1:
        return out  # "2001 and 2002": one year changed reads "2001 and 2000" (panel 68)
    year = _YEAR_RE.search(key)
    if year:
        y = int(year.group(1))
        out += [key[:year.start()] + str(y + d) + key[year.end():] for d in (-2, -1, 1, 2)]
    month = _MONTH_RE.search(key)
    if month:
        m = _MONTHS.index(month.group(1))
        for d in (-2, -1, 1, 2):
            out.append(key[:month.start()] + _MONTHS[(m + d) % 12] + key[month.end():])
        rest = key[month.end():]
        day = _DAY_RE.search(rest)
        if day and not year or (day and year and day.start() != year.start() - month.end()):
            d0 = int(day.group(1))
            for nd in (d0 - 7, d0 + 3, d0 + 7, d0 - 3):
                if 1 <= nd <= 28:
                    suffix = _ordinal_suffix(nd) if day.group(2) else ""
                    out.append(key[:month.end()] + rest[:day.start()] + str(nd) + suffix + rest[day.end():])
    weekday = _WEEKDAY_RE.search(key)
    if weekday and not month:
        w = _WEEKDAYS.index(weekday.group(1))
        out += [key[:weekday.start()] + _WEEKDAYS[(w + d) % 7] + key[weekday.end():] for d in (-2, -1, 1, 2)]
    clock = _CLOCK_RE.search(key)
    if not out and clock:
        out = made_clock_times(key, clock)
    if not out:
        out = made_numbers(key, rng) if _NUMBER.search(key) else []
    rng.shuffle(out)
    return out


_CLOCK_RE = re.compile(r"\b(\d{1,2})[:.](\d{2})\b")


def made_clock_times(key: str, match: re.Match) -> list[str]:
    """Other times of day in the key's format: the hour moves, the minutes
    stay ("12:51 pm" -> "10:51 pm", never "48:51 pm")."""
    hour = int(match.group(1))
    twelve = bool(re.search(r"\b[ap]\.?m\b", key, re.IGNORECASE))
    top = 12 if twelve else 23
    width = len(match.group(1))
    return [key[:match.start(1)] + str(hour + d).zfill(width) + key[match.end(1):]
            for d in (-2, -1, 1, 2, 3) if (1 if twelve else 0) <= hour + d <= top]


_DAY_WORDS = ["yesterday", "today", "last night", "last week", "two days ago", "last month", "this week"]
_PERIODS = ["week", "month", "year", "weekend", "summer", "winter", "spring"]
_PARTS = ["morning", "afternoon", "evening", "night"]
_RELATIVE = re.compile(r"^(?P<lead>yesterday|today|tonight|tomorrow|last (?:night|week|month|year|weekend|"
                       r"summer|winter|spring)|this (?:week|month|year|weekend|morning|afternoon|evening))"
                       r"(?: (?P<part>morning|afternoon|evening|night))?$", re.IGNORECASE)


def made_relative(key: str) -> list[str]:
    """Other relative times of the same form: "yesterday afternoon" -> "yesterday
    morning", "last night" …; "last week" -> "last month" …; [] for other shapes."""
    match = _RELATIVE.match(" ".join(key.split()))
    if not match:
        return []
    lead, part = match.group("lead"), match.group("part")
    cap = key[:1].isupper()
    out: list[str] = []
    if part:
        out += [f"{lead} {p}" if p != "night" else "last night" for p in _PARTS if p != part.lower()]
        out += [f"{d} {part}" for d in ("yesterday", "this") if d != lead.lower()]
    elif lead.lower().split()[0] in {"last", "this"}:
        word, period = lead.split(" ", 1)
        out += [f"{word} {p}" for p in _PERIODS if p != period.lower()][:4]
    else:
        out += [d for d in _DAY_WORDS if d != lead.lower()]
    out = [o[:1].upper() + o[1:] if cap else o for o in out]
    return list(dict.fromkeys(o for o in out if o.lower() != key.lower()))


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
