"""Units of measure and time, by what they measure (written for quizgen)."""
from __future__ import annotations

#: Units of distance: "How far …?".
DISTANCE_UNITS = frozenset({"mile", "miles", "kilometre", "kilometres", "kilometer", "kilometers", "km",
                            "metre", "metres", "meter", "meters", "feet", "foot", "yards", "parsecs"})
#: Units of time: an amount of them is a duration ("How long …?"), not a date.
DURATION_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "hour",
                            "hours", "minute", "minutes", "decade", "decades", "century", "centuries"})
#: Prepositions that introduce a time ("on Monday", "since 2019").
TIME_PREPS = frozenset({"on", "in", "at", "during", "since", "until", "by", "before", "after", "from"})
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
BARE_RELATIVE_TIMES = frozenset({"today", "yesterday", "tomorrow", "tonight", "this week", "last week",
                                 "next week", "this month", "last month", "next month", "this year",
                                 "last year", "next year", "recently", "earlier", "later", "now",
                                 "this weekend", "last weekend"})
