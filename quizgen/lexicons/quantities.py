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
