"""Units of measure and time, by what they measure (written for quizgen)."""
from __future__ import annotations

import re

#: Units of distance: "How far …?".
DISTANCE_UNITS = frozenset({"mile", "miles", "kilometre", "kilometres", "kilometer", "kilometers", "km",
                            "metre", "metres", "meter", "meters", "feet", "foot", "yards", "parsecs"})
#: Units of volume, weight, energy and area: an amount of them is of some stuff ("11 litres
#: of pure alcohol"), which the question must name ("How many litres of pure alcohol …?").
MEASURE_UNITS = frozenset({"litre", "litres", "liter", "liters", "gallon", "gallons", "barrel", "barrels",
                           "tonne", "tonnes", "ton", "tons", "kilogram", "kilograms", "kilo", "kilos", "kg",
                           "gram", "grams", "pound", "pounds", "ounce", "ounces", "megawatts", "gigawatts",
                           "hectares", "acres", "bushels", "cubic"})
#: Units of time: an amount of them is a duration ("How long …?"), not a date.
DURATION_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "hour",
                            "hours", "minute", "minutes", "decade", "decades", "century", "centuries"})
#: Prepositions that introduce a time ("on Monday", "since 2019").
TIME_PREPS = frozenset({"on", "in", "at", "during", "since", "until", "by", "before", "after", "from"})
#: Time-zone abbreviations ("15:11 GMT"): parts of a time, never a name of their own.
TIME_ZONES = frozenset({"gmt", "utc", "bst", "cet", "cest", "eet", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
                        "pdt", "ist", "jst", "kst", "aest", "aedt", "nzst", "nzdt", "hkt", "sgt", "wat", "eat"})
#: Era markers after a year ("300 BC"): part of a date, never a name of their own.
ERA_MARKERS = frozenset({"bc", "bce", "ad", "ce", "b.c.", "a.d."})
#: Days of the week: the day a reported event happened is rarely worth a
#: question of its own ("voted on ______" with a bank of weekdays is trivial).
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: Nouns that name a stretch of time ("this year", "that week", "these days"):
#: after a demonstrative they point to a time, not back to something said.
TIME_NOUNS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "morning",
                        "afternoon", "evening", "night", "weekend", "spring", "summer", "autumn", "fall",
                        "winter", "season", "time", "decade", "century"})
#: Times that mean nothing out of the article's dateline ("today", "last
#: week"): never the key of a "When …?" question.
BARE_RELATIVE_TIMES = frozenset({"recent months", "recent weeks", "recent years", "recent days", "the past year",
                                 "days later", "weeks later", "months later", "years later", "hours later",
                                 "today", "yesterday", "tomorrow", "tonight", "this week", "last week",
                                 "next week", "this month", "last month", "next month", "this year",
                                 "last year", "next year", "recently", "earlier", "later", "now",
                                 "this weekend", "last weekend", "last night", "this morning",
                                 "yesterday morning", "yesterday afternoon", "yesterday evening",
                                 "this afternoon", "this evening", "earlier today", "earlier this week"})
#: Month names: with weekdays, time nouns and these words, what a date is made of.
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                    "sept", "oct", "nov", "dec"})
_DATE_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight", "ago", "now", "noon", "midnight",
                         "dawn", "dusk", "christmas", "easter", "ramadan", "eve", "new", "daily", "weekly",
                         "monthly", "annual", "annually", "yearly", "overnight", "quarter", "half", "later",
                         "earlier", "mid"})


def date_like(text: str) -> bool:
    """Whether ``text`` could be a date, a time or a span of time: a digit, a
    month, a weekday, a unit or noun of time or a word like "today".  The
    small model sometimes tags a place next to a date as DATE ("in Montevideo
    on Friday"); such a tag is dropped."""
    words = re.findall(r"[a-z]+", text.lower())
    return any(ch.isdigit() for ch in text) or any(
        w in MONTHS or w in WEEKDAYS or w in TIME_NOUNS or w in DURATION_UNITS or w in _DATE_WORDS
        or w.rstrip("s") in TIME_NOUNS for w in words)

#: Quantifiers standing alone for people or things the context names ("many
#: described the orders as …", "some said …"), unlike "many of the workers".
BARE_QUANTIFIERS = frozenset("many some others several few most".split())

#: Currencies named as plural nouns ("3.9 billion dollars"): an amount of money, "How much money".
CURRENCY_NOUNS = frozenset({"dollars", "euros", "pounds", "pesos", "yen", "yuan", "rupees", "francs", "rand", "reais",
                            "kroner", "kronor", "kronur", "roubles", "rubles", "won", "rupiah", "ringgit", "shillings",
                            "naira", "lira", "lire", "dirhams", "riyals", "baht", "dong", "zlotys", "forints", "cents"})

#: Plural nouns of kinds rather than things ("two very different groups", "three
#: ways"): how many there are is trivia; what they are is the point (panel 32).
COUNTED_CATEGORIES = frozenset("groups sides kinds types ways sorts things parts categories".split())
#: Fractions: "two thirds of Chilean adults" is a share, not a count ("How many thirds …?" asks nothing).
FRACTIONS = frozenset("halves thirds quarters fifths sixths eighths tenths".split())
#: Verbs after which "to" names the limit, not a purpose: "limits bargaining to
#: base wages" ("Why does the law limit bargaining? — To base wages" read "to
#: base" as a verb: panel 97). Not "cut" or "raise", which take purposes as
#: often ("cut fares to help families").
EXTENT_TO_VERBS = frozenset("limit restrict confine".split())
