"""Word lists of the fact rules (the ones other modules share live in
:mod:`quizgen.lexicons`)."""
from __future__ import annotations

#: Common nouns that name people: a phrase headed by one is asked with "Who".
PERSON_NOUNS = set("""person people man woman men women child children official officials president
minister leader leaders spokesperson spokesman spokeswoman director chief head member members
student students teacher teachers scientist scientists researcher researchers astronomer astronomers
mayor governor senator king queen prince police officer officers soldier soldiers worker workers
resident residents citizen citizens player players fan fans author writer journalist reporter
editor professor doctor nurse patient patients victim victims agent agents expert experts
activist activists protester protesters lawyer judge voter voters user users guest guests
founder owner ceo chairman manager coach athlete artist actor actress singer envoy ambassador
diplomat delegate parent parents family families pupil pupils volunteer volunteers organiser
organisers organizer organizers neighbour neighbours neighbor neighbors farmer farmers customer
customers""".split())
#: Words that make a common noun before a name a job title ("director", "editor").
TITLE_NOUNS = PERSON_NOUNS | {"secretary", "commander", "envoy", "ambassador", "spokesperson", "editor",
                              "correspondent", "chancellor", "premier", "administrator", "superintendent"}
#: Common nouns for bodies of people: as the doer of an action, asked with "Who".
GROUP_NOUNS = set("""government governments council councils committee court ministry army police
party parties company companies agency agencies authority authorities administration parliament
congress senate team teams club union organisation organization group groups board commission""".split())
#: Nouns for people too general to be a key on their own.
VAGUE_PEOPLE = {"group", "team", "people", "person", "man", "woman", "men", "women", "one", "others",
                "member", "members", "player", "players", "fan", "fans", "user", "users"}

#: Verbs of saying and finding: their clause complement is someone's statement.
REPORTING = {"say", "report", "state", "announce", "claim", "tell", "confirm", "add", "write", "argue",
             "believe", "think", "estimate", "warn", "explain", "note", "suggest", "allege", "insist",
             "theorize", "theorise", "conclude", "find", "show", "reveal", "predict", "fear", "expect",
             "speculate", "assert", "acknowledge", "admit", "deny", "indicate", "reckon"}
#: Participles that attach a name: "a user labelled "Anonymous"".
NAMING = {"label", "name", "call", "dub", "know", "title", "nickname"}
#: Verbs whose "as" phrase describes their object: "described the ruling as historic".
DESCRIBING = {"describe", "characterize", "characterise", "label", "brand", "dismiss", "hail", "portray",
              "depict", "denounce", "condemn", "praise", "criticize", "criticise", "term", "regard",
              "view", "see", "reject", "welcome", "present", "classify"}
#: Verbs whose second complement names their object: "called the plan a failure".
CALLING = {"call", "dub", "label", "term", "brand", "name", "deem", "declare", "pronounce", "consider"}

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
#: "in remarks to X", "in an interview with X": whom the speaker spoke to.
REMARK_NOUNS = {"remark", "remarks", "comment", "comments", "interview", "statement", "speech", "message"}
#: Prepositions left at the end of a question when their object is asked ("Who did X speak with?").
STRAND_PREPS = {"with", "to", "for", "about", "from", "against", "on", "at", "into", "of"}
#: Time words that make a duration a point in time ("two days ago").
RELATIVE_TIME = {"ago", "later", "earlier", "last", "next", "this"}
