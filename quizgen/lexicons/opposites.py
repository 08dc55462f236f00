"""Verbs with an opposite that fits the same frame: "shares fell 8%" / "shares
rose 8%", "the Senate approved the bill" / "rejected the bill".

A false true/false statement made by reversing the main verb tests whether
the student read what happened, where a swapped minor figure tests memory of
a number (panels 8 and 15 rejected those as trivia).  Each pair is listed only
in the directions where the opposite takes the same subject, object and
complement: "lost his job" has no "won his job", "allowed them to go" no
"banned them to go"; pairs that fit only with some objects ("upheld the
ban" / "overturned the ban", not "overturned the car") name them in
:data:`OBJECTS_OF`.  Written for quizgen (no outside source).
"""
from __future__ import annotations

#: lemma -> opposite lemma, in the direction that keeps the sentence well formed.
OPPOSITE_VERBS: dict[str, str] = {
    # amounts and prices
    "rise": "fall", "fall": "rise", "increase": "decrease", "decrease": "increase",
    "grow": "shrink", "shrink": "grow", "climb": "fall", "drop": "rise", "jump": "fall", "plunge": "rise",
    "lower": "raise", "reduce": "increase",
    # decisions and verdicts
    "approve": "reject", "reject": "accept", "accept": "reject",
    "support": "oppose", "oppose": "support", "back": "oppose",
    "praise": "criticise", "criticise": "praise", "criticize": "praise", "condemn": "welcome",
    "confirm": "deny", "deny": "confirm",
    "agree": "refuse", "refuse": "agree",
    "lift": "impose", "impose": "lift",
    "start": "stop", "begin": "stop", "stop": "start",
    "strengthen": "weaken", "weaken": "strengthen", "improve": "worsen", "worsen": "improve",
    "acquit": "convict", "convict": "acquit",
    "win": "lose",
    # things opened, joined, gained: only with their object ("closed 200 branches" / "opened 200
    # branches"; not "the shop closed at six" / "opened at six", "left on Monday" / "joined on Monday")
    "open": "close", "close": "open", "join": "leave", "leave": "join", "gain": "lose",
    "expand": "reduce", "ban": "allow",
    # pairs that fit only with the objects :data:`OBJECTS_OF` lists
    "uphold": "overturn", "overturn": "uphold", "veto": "sign", "sign": "veto",
    "suspend": "resume", "resume": "suspend", "ease": "tighten", "tighten": "ease",
    "raise": "lower", "cut": "raise", "grant": "refuse", "lose": "win",
    "welcome": "condemn", "defend": "criticise", "admit": "deny",
    "pass": "reject", "dismiss": "accept",
}

#: Pairs above that fit only with a direct object of their own.
NEEDS_AN_OBJECT = frozenset("open close join leave gain expand ban".split())

#: Verbs of amount whose opposite fits only without an object: "shares fell 8%"
#: but not "dropped the charges" / "rose the charges".
WITHOUT_OBJECT = frozenset("rise fall climb drop jump plunge".split())

#: Words that make a verb of amount an idiom whose opposite is no English:
#: "fell well short of", "fell behind schedule", "fell silent", "fell victim to"
#: ("rose well short of" gave itself away, panel 94).
FIXED_WITH_AMOUNT_VERBS = frozenset("short behind apart silent ill victim prey foul asleep flat".split())

#: "climbed over a fence" is no amount: these are reversed only with a number in the clause.
NEEDS_A_NUMBER = frozenset("climb drop jump plunge".split())

#: "grew increasingly frustrated": a linking use, whose opposite "shrank" does not fit.
NOT_LINKING = frozenset("grow shrink".split())

#: Prepositions after a verb of amount that its opposite contradicts ("oil
#: dropped below $95" / "rose below $95", "from 5% to 3%").
AMOUNT_PREPS = frozenset("below above under over into onto through off from beyond past across".split())

#: What is lifted or imposed when the pair are opposites ("lifted the ban"),
#: not "lifted the miners" or "lifted spirits".
LIFTED_THINGS = frozenset("""
ban sanction restriction embargo curfew limit tariff tax duty order warning watch alert lockdown
measure rule quota moratorium blockade freeze cap fine penalty requirement suspension
""".split())

#: Decisions a court or a side can uphold, overturn, welcome, defend or
#: condemn: "upheld the ban" / "overturned the ban", not "overturned the car";
#: "welcomed the ruling" / "condemned the ruling", not "welcomed the pope".
DECISIONS = frozenset("""
ruling verdict decision conviction sentence judgement judgment appeal result law act ban order rule plan
policy measure bill deal agreement proposal reform scheme project move programme program budget
""".split())
#: What one welcomes besides a decision: news of what happened ("welcomed the
#: announcement" / "condemned the announcement").
NEWS = frozenset("outcome news announcement report findings departure resignation release arrest".split())
#: Harms that are condemned and never welcomed: "welcomed the attack" is no
#: statement anyone would make, so a student rejects it without reading (a
#: default set of fresh82 had one).
HARMS = frozenset("""
attack attacks killing killings bombing bombings violence shooting shootings massacre assault murder murders
invasion crackdown terrorism abuse harassment raid raids explosion beating torture kidnapping
""".split())
#: What one dismisses or accepts as said by others ("dismissed the allegations" /
#: "accepted the allegations"; not "dismissed the charges", which a court does,
#: nor "dismissed the officers").
CLAIMS = frozenset("""
claim allegation accusation suggestion criticism concern report finding argument warning
""".split())
#: Laws a leader signs or vetoes ("signed the bill" / "vetoed the bill", not "signed the letter").
LAWS = frozenset("bill law act legislation measure budget treaty amendment".split())
#: Activities suspended or resumed ("suspended flights" / "resumed flights",
#: not "suspended the player").
ACTIVITIES = frozenset("""
flight talk negotiation operation production work service trade aid payment construction project
search export import sale shipment delivery trading hunt hunting drilling mining campaign rescue
programme program game match cooperation relation
""".split())
#: Amounts raised, lowered or cut ("cut interest rates" / "raised interest
#: rates", not "raised concerns" or "cut ties").
AMOUNTS = frozenset("""
rate price tax fee tariff wage salary pension age limit forecast estimate spending budget interest
fare rent cap threshold
""".split())
#: What is granted or refused ("granted bail" / "refused bail").
PERMISSIONS = frozenset("permission bail asylum licence license visa approval access request extension pardon".split())
#: Contests won or lost ("lost the election" / "won the election", not "lost his job").
CONTESTS = frozenset("""
election vote case appeal match game final seat race battle majority referendum title cup bid
championship tournament contest fight
""".split())
#: What someone admits or denies ("admitted the charges" / "denied the charges",
#: not "admitted 50 patients"); a "that" clause or a gerund fits as well.
ADMITTED = frozenset("""
charge guilt wrongdoing responsibility fault mistake error failure liability role involvement
allegation accusation
""".split())

#: Verbs whose opposite fits only with one of these objects (direct object,
#: or subject of the passive): the reversal table's frames, as data.
OBJECTS_OF: dict[str, frozenset[str]] = {
    "lift": LIFTED_THINGS, "impose": LIFTED_THINGS, "ease": LIFTED_THINGS, "tighten": LIFTED_THINGS,
    "uphold": DECISIONS, "overturn": DECISIONS, "welcome": DECISIONS | NEWS, "defend": DECISIONS,
    "veto": LAWS, "sign": LAWS, "suspend": ACTIVITIES, "resume": ACTIVITIES,
    "raise": AMOUNTS, "cut": AMOUNTS, "grant": PERMISSIONS, "lose": CONTESTS, "admit": ADMITTED,
    "pass": LAWS, "dismiss": CLAIMS,
}

#: Words that rank the winner against the others ("won the vote ahead of
#: Spain", "won, beating Japan"): with "lost" the sentence contradicts itself.
RANKING_WORDS = frozenset("ahead behind beating defeating edging outpolling overtaking".split())

#: Words that need a negative before them ("denied it had ever …", "refused
#: to hand out any more"): with the verb reversed they read as broken English.
NEGATIVE_POLARITY = frozenset("any ever yet anything anyone anybody anywhere".split())

#: Verbs whose opposite fits only before "to" + verb: "agreed to pay" /
#: "refused to pay", not "agreed that" / "refused that".
BEFORE_TO = frozenset("agree refuse".split())

#: Verbs whose opposite does not take a gerund or a "to": "stopped selling" /
#: "started selling", but "stopped to rest" means something else.
NOT_BEFORE_TO = frozenset("start begin stop".split())

#: Manner adverbs that fit a verb's sense and not its opposite's ("sharply
#: criticised", "flatly denied", "rejected … altogether", "warmly welcomed"):
#: a reversed statement that keeps one gives itself away (panel 63).
INTENSITY_ADVERBS = frozenset("""
sharply strongly flatly firmly fiercely bitterly vehemently harshly roundly angrily altogether outright warmly
enthusiastically heartily categorically emphatically furiously wholeheartedly
""".split())
