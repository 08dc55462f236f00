"""Nouns that name something that happens (written for quizgen).

A cause-and-effect item offers other happenings of the article as wrong
causes ("the closure", "a strike"), never things or times ("the land", "a
trophy", "his time").
"""
from __future__ import annotations

#: Nouns of events that do not show it in their ending.
HAPPENING_NOUNS = frozenset("""
attack fire storm war strike protest crash flood vote ban outbreak earthquake quake collapse explosion death
killing defeat victory decision riot fight raid shooting blast drought fall rise cut closure delay leak spill
scandal row dispute crisis boom slump surge rally trial verdict ruling arrest injury failure
""".split())
HAPPENING_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ure", "ing")
#: Nouns in "-ing" or "-ure" that name things or times, not events.
NOT_HAPPENINGS = frozenset("building morning evening thing king ring wing ceiling string spring clothing "
                           "furniture culture nature picture structure feature temperature figure".split())


def names_happening(lemma: str) -> bool:
    """Whether the noun ``lemma`` names an event ("killing", "decision", "collapse")."""
    return lemma not in NOT_HAPPENINGS and (lemma in HAPPENING_NOUNS or lemma.endswith(HAPPENING_ENDINGS))

#: Texts a legislature or a body passes or votes on ("the bill passed the State
#: Assembly"): as a subject, the object of its verb is the body it went through.
LEGISLATION_NOUNS = frozenset("""
bill law measure motion resolution amendment legislation budget treaty proposal referendum act
""".split())

#: Nouns of a change that mean little without what changed ("a sharp fall"
#: needs "in share prices"; "a real difference" needs "to children's waistlines").
CHANGE_NOUNS = frozenset("""
fall rise drop increase decrease decline cut jump surge difference change reduction growth gain loss
boost slump dip rebound
""".split())

#: Verb + noun pairs that say one thing ("take action", "cast doubt", "pay
#: tribute", "commit breaches"): asking "What did X cast?" splits the idiom and
#: the answer is the noun the verb needed, not a fact.  Keyed by verb lemma.
LIGHT_VERB_OBJECTS: dict[str, frozenset[str]] = {verb: frozenset(nouns.split()) for verb, nouns in {
    "take": "action steps step part place care note measures effect charge control aim",
    "cast": "doubt shadow light spotlight",
    "pay": "tribute attention homage respect heed",
    "make": "sense progress effort efforts attempt attempts difference point case",
    "have": "obligation obligations duty right responsibility chance opportunity",
    "play": "role part",
    "give": "way rise birth",
    "commit": "breach breaches violation violations offence offences",
    "open": "fire way",
}.items()}

#: Verbs that say little beyond their object ("took a middle position", "made
#: grim reading", "had broad powers", "refused to take decisive leadership"):
#: asking for a common-noun object leaves a stem that asks nothing ("What did
#: Otis Brawley take?", panel 70: vague, three of three).
BLEACHED_VERBS = frozenset("take make have give get hold do express voice".split())  # "expressed concern"

#: Verbs that move their object somewhere ("push the district towards
#: insolvency", "plunged the country into crisis"): the place or state it ends in
#: belongs to the verb, whatever the parser hangs it on.
CAUSED_MOTION_VERBS = frozenset("push drive pull plunge lead bring send force tip throw put move steer take".split())

#: Weather and natural hazards: "warned that more heavy rain would fall", "warned
#: that the blaze was far from under control" is a forecast, not a position
#: anyone takes (panels 57, 61 and 63: "Warned of consequences" keyed for a weather
#: office and a fire chief, two answers defensible).
WEATHER_WORDS = frozenset("""
rain rainfall storm storms wind winds snow snowfall flood floods flooding temperature temperatures heat
heatwave typhoon cyclone hurricane drought tide tides river rivers water levels showers thunderstorm
thunderstorms weather fog frost ice gale gales tornado tornadoes downpour downpours monsoon eruption
aftershock aftershocks wave waves tsunami blaze blazes fire fires wildfire wildfires flames smoke
""".split())
