"""Word lists of the fact rules; the ones other modules share come from
:mod:`quizgen.lexicons` (people, speech) and are re-exported here."""
from __future__ import annotations

from ...lexicons.people import AGENT_OBJECT_VERBS, PERSON_NOUNS, TITLE_NOUNS  # noqa: F401
from ...lexicons.people import INSTITUTION_NOUNS as GROUP_NOUNS  # noqa: F401  (bodies of people: "Who")
from ...lexicons.speech import CALLING, DESCRIBING, REMARK_NOUNS, REPORTING  # noqa: F401
from ...lexicons.speech import NAME_TAG as NAMING  # noqa: F401

#: Nouns for people too general to be a key on their own.
VAGUE_PEOPLE = {"group", "team", "people", "person", "man", "woman", "men", "women", "one", "others",
                "member", "members", "player", "players", "fan", "fans", "user", "users",
                "spokesperson", "spokesman", "spokeswoman", "official", "officials", "source", "sources",
                "representative", "representatives", "company", "firm"}  # "the spokesperson": whose? (panels 10, 11)

#: Private people an article leaves unnamed ("a resident of nearby Titusville", "one father",
#: "a distillery worker"): as a Who key, trivia a student cannot learn anything from
#: (panels 78 and 81: trivial, three of three each).
UNNAMED_PEOPLE = frozenset("""resident worker father mother parent pensioner commuter student nurse driver
fisherman farmer woman man passenger shopper villager witness neighbour neighbor customer
""".split())

#: Kinds of people or bodies that, as a bare plural with only adjectives
#: ("scientific bodies", "local officials"), say no one in particular.
GENERIC_KINDS = {w.rstrip("s") for w in VAGUE_PEOPLE} | {
    "body", "expert", "scientist", "critic", "analyst", "researcher", "observer", "agency", "organisation",
    "organization", "authority", "campaigner", "activist", "economist", "lawyer", "doctor", "resident"}

#: General nouns that, with only a determiner and adjectives ("the necessary
#: legislation", "a new system", "the right thing", "deeper problems"), name no
#: particular thing: as a key, many answers fit and the one given teaches nothing.
GENERAL_NOUNS = frozenset("""
problem system effect legislation thing view step measure change way issue situation development matter
action approach question concern idea process effort solution benefit risk impact result consequence
difference reason rule law decision move option progress help support opportunity challenge
argument debate row controversy attention criticism anger outrage reaction response interest group
answer message signal blow
""".split())

#: Verbs whose subject merely contains their object: no "Who included …?".
LISTING_VERBS = {"include", "contain", "comprise", "consist", "feature"}
#: Verbs whose date object is how the time was used, not when: "spent Saturday morning …".
USING_TIME = {"spend", "take", "last", "waste"}
#: Verbs that take a gerund complement.
GERUND_TAKERS = {"start", "begin", "stop", "keep", "continue", "finish", "quit", "resume", "avoid",
                 "consider", "risk", "try", "spend", "enjoy", "admit", "deny", "suggest", "recommend"}
#: Head nouns of named events and prizes, asked with "What" whatever their entity label.
EVENT_NOUNS = {"championship", "championships", "contest", "competition", "tournament", "cup", "prize",
               "award", "election", "race", "match", "final", "finals", "festival", "fair", "expo",
               "games", "olympics", "conference", "summit", "league", "series", "concert", "show"}
#: Verbs whose subject is an event: asked with "What", whatever the entity label.
EVENT_VERBS = {"happen", "occur", "unfold"}
#: Verbs whose object is an event, whatever the tagger's label: "will miss the
#: 2012 Tour de France" is "What will he miss?", not "Which organisation" (panel 64).
EVENT_OBJECT_VERBS = {"miss", "attend", "host", "skip", "boycott", "stage", "watch"}
#: Prepositions left at the end of a question when their object is asked ("Who did X speak with?").
STRAND_PREPS = {"with", "to", "for", "about", "from", "against", "on", "at", "into", "of"}
#: Time words that make a duration a point in time ("two days ago").
RELATIVE_TIME = {"ago", "later", "earlier", "last", "next", "this"}
#: Verbs whose object is told, asked or allowed to do something: "urged people to leave".
CONTROL = {"tell", "ask", "urge", "encourage", "warn", "order", "advise", "instruct", "force", "allow",
           "persuade", "invite", "remind", "request", "call", "beg", "permit", "require", "direct", "command"}
#: Verbs whose gerund complement is what they did or said: "denied using live ammunition".
GERUND_OBJECT = {"deny", "admit", "avoid", "consider", "suggest", "recommend", "propose", "risk", "stop",
                 "quit", "resume", "finish", "enjoy", "mention", "regret", "discuss", "oppose", "support"}
#: Prepositions whose gerund object is asked "What did X … <prep> doing?": "barred from leaving".
GERUND_PREPS = {"from", "about", "for", "against", "of", "on", "in", "at", "into", "without"}
#: Verbs that only carry a reaction noun ("gave mixed reactions", "received a warm
#: welcome"): "What did shoppers give?" asks about nothing.
REACTION_CARRIERS = {"give", "have", "show", "express", "draw", "get", "receive", "meet", "offer"}
REACTION_NOUNS = {"reaction", "response", "welcome", "reception", "feedback", "review", "verdict"}
#: Verbs whose passive subject is a thing owned or made, even when it is a company
#: ("The Pokémon Company is partly owned by Nintendo": "What is partly owned …?").
MADE_OR_OWNED = {"own", "buy", "sell", "acquire", "build", "make", "manufacture", "design", "found", "create",
                 "launch", "produce", "develop", "publish", "release", "operate", "run", "fund", "sponsor"}
#: Verbs of a state, not an act: "Schools will stay closed" asks "What …?", not "Who …?".
STATE_VERBS = frozenset({"stay", "remain", "be", "become", "seem", "appear", "sit", "stand", "lie"})
#: Verbs whose "with" names what is given: "supplied the village with medicine",
#: "were injected with a banned substance" ("What … with?" is asked of these).
SUPPLYING = frozenset("supply provide equip inject fill load arm feed furnish present issue charge infect".split())
