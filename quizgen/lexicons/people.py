"""Nouns for people and for institutions, and the word endings that mark them.

Hand-made lists (project-owned, same licence as the code), lower case.  The
attribution analysis uses them to decide who can hold a stance and of which
kind (person, organisation, group); the question engine uses them to ask
"Who …?" and to pick distractors of the key's kind.
"""
from __future__ import annotations

import re

from .vocabulary_senses import field_of

#: Common nouns that name a person or people by role or trade.  A phrase
#: headed by one is asked with "Who"; an apposition with one ("Ana Ruiz, a
#: marine biologist") marks a name as a person's.
PERSON_NOUNS = frozenset("""
person people man woman men women child children official officials president minister leader
executive executives counsel rider riders driver drivers racer boss attorney pilot poet architect photographer striker midfielder defender
goalkeeper champion swimmer runner boxer referee umpire pundit priest imam rabbi monk nun emperor dictator
rebel rebels veteran veterans candidate candidates nominee opponent rival
leaders spokesperson spokesman spokeswoman director chief head member members student students
teacher teachers scientist scientists researcher researchers astronomer astronomers mayor governor
senator king queen prince police officer officers soldier soldiers worker workers resident residents
citizen citizens player players fan fans author writer journalist reporter editor professor doctor
nurse patient patients victim victims agent agents expert experts activist activists protester
protesters lawyer judge voter voters user users guest guests founder owner ceo chairman chairwoman
manager coach athlete artist actor actress singer envoy ambassador diplomat delegate parent parents
princess hostess waitress family families pupil pupils volunteer volunteers organiser organisers organizer organizers
neighbour neighbours neighbor neighbors farmer farmers customer customers secretary captain general
colonel deputy undersecretary councillor councilor analyst scientist astronaut
engineer engineers firefighter firefighters rescuer rescuers witness witnesses survivor survivors
juror jurors supporter supporters opponent opponents commentator commentators regulator regulators
lawmaker lawmakers legislator legislators mp mps relative relatives
economist economists investor investors shopper shoppers passenger passengers driver drivers
campaigner campaigners critic critics miner miners consumer consumers viewer viewers historian historians
""".split())

#: Nouns for job titles written before a name ("director Ana Ruiz").
TITLE_NOUNS = PERSON_NOUNS | frozenset("""
secretary commander envoy ambassador spokesperson editor correspondent chancellor premier
administrator superintendent
""".split())

#: Honorifics and their abbreviations, written before a name ("Dr Ana Ruiz",
#: "Sen. Lee"), lower case without the full stop.
HONORIFICS = frozenset("""
mr mrs ms dr sir dame prof rep sen gov gen col lt sgt st rev lord lady
""".split())

#: Playing positions written before a player's name like a title
#: ("defender David Luiz", "Forward Neymar").
PLAYING_POSITIONS = frozenset("""
forward defender striker midfielder goalkeeper keeper winger substitute pitcher quarterback
""".split())

#: Courtesy and office titles, with and without their full stops: the
#: attribution analysis removes them before it compares names.
OFFICE_TITLES = frozenset("""
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady
president vice prime minister secretary general undersecretary under-secretary chancellor premier
governor mayor senator sen. rep. representative congressman congresswoman ambassador envoy
chairman chairwoman chair director professor spokesman spokeswoman spokesperson chief
king queen prince princess pope cardinal bishop reverend rev. father sheikh
judge justice commissioner commander colonel general gen. lieutenant captain admiral sergeant
minister-president deputy member editor officer official leader head supreme council
alderman alderwoman councilman councilwoman councillor councilor speaker mp mps mep meps msp mla
""".split())

#: Every word that can stand before a name as its title: one list for the
#: name tidying in :mod:`quizgen.generate.context`, the label corrections and
#: the options' forms (:mod:`quizgen.generate.kinds`).
NAME_TITLES = HONORIFICS | TITLE_NOUNS | PLAYING_POSITIONS | {t.rstrip(".") for t in OFFICE_TITLES} \
    | {"brother", "sister"}

#: Titles a person is called by with the first name alone ("Sir William"): without the
#: title, "William" reads as someone else (panel 83: "calls the judge 'William'").
KNIGHTHOODS = frozenset({"Sir", "Dame", "Lord", "Lady"})

#: Common nouns for institutions and bodies of people.  As a holder they make
#: the holder an organisation ("the ministry said"), as a doer a "Who".
INSTITUTION_NOUNS = frozenset("""
government governments administration ministry court council councils committee commission
parliament congress assembly senate party parties agency agencies authority authorities police
army military navy embassy delegation company companies firm bank network newspaper magazine
broadcaster municipality city state nation country region province town office university institute
church school schools college team teams club union organisation organization group groups association board
service coastguard brigade trust foundation society charity department bureau federation institute
cabinet junta regime tribunal industry industries sector lobby
company bakery shop store factory hospital clinic jury panel
""".split())

#: Words that, inside a proper name, make it an institution's name rather than
#: a person's ("Riverside Times", "Harbour Labs", "Acme Inc").
INSTITUTION_NAME_WORDS = INSTITUTION_NOUNS | frozenset("""
the authority bureau department institution society corporation news times post press herald
channel television radio service services fund foundation league federation operation force forces
house center centre hospital museum library airlines airways motors labs laboratory observatory
inc ltd llc forum lobby alliance coalition movement campaign council network institute
""".split())

#: Nouns for people or bodies that can hold a stance (lemmas and plurals).
HOLDER_NOUNS = PERSON_NOUNS | INSTITUTION_NOUNS | frozenset("""
presidency justice spokesman representative delegate head chair critic critics analyst analysts
doctor doctors lawyers prosecutor prosecutors witness witnesses campaigner campaigners cities
municipalities states nations countries organisations organizations associations unions firms
bank network observer observers insider source sources professors investigator investigators
inspector inspectors owners employee employees palace kremlin cabinet regime junta monarchy
federation league coalition alliance opposition ally allies diplomats writers authors editors
reporters journalists bloggers blogger poster posters teachers students board
""".split())

#: Endings of agent nouns ("activists", "historians", "spokesman"): a common
#: noun with one can hold a stance even when no list names it.
AGENT_SUFFIX = re.compile(r"(?:ists?|ians?|man|men|woman|women|person|people)$")

#: Endings of nouns for a single person ("teacher", "inspector", "resident").
PERSON_SUFFIX = re.compile(r"(?:ers?|ors?|ists?|ians?|ants?|ents?|man|men|woman|women|person)$")

#: Nouns with a person-like ending that do not name people ("centre", "letter").
NOT_PERSON = frozenset("""
center centre letter paper number order corner border water quarter sector factor monitor computer
register chapter department agent government parliament tournament settlement movement restaurant
""".split())

#: Words that make a holder phrase no one in particular: "Not all experts",
#: "No officials", "Few parents".
NOBODY_IN_PARTICULAR = frozenset("not no few none neither nobody".split())

#: Agent nouns that name a company or public body as often as a person ("the
#: exams regulator, Ofqual", "the carmaker"): an untagged name they describe
#: is asked "What is …?", not "Who is …?".
BODY_OR_PERSON_NOUNS = frozenset("""
regulator watchdog manufacturer maker carmaker producer supplier broadcaster publisher operator retailer
carrier insurer lender employer sponsor developer distributor exporter importer provider airline
owner buyer seller investor shareholder contractor customer client partner member winner bidder rival
competitor creditor donor landlord tenant
""".split())

#: Nouns for the general public or everyone in a role; as the whole key of a
#: "Who" question ("pupils", "the Scottish people") the stem gives it away.
CROWD_NOUNS = frozenset("""
people pupils students children kids residents citizens voters public population parents families fans
consumers patients passengers customers viewers spectators crowd crowds locals scientists experts
researchers officials doctors analysts police critics campaigners activists
""".split())
#: Words that leave a crowd as general as before: "the local residents", "ordinary people".
CROWD_MODIFIERS = frozenset("the a all many most some local ordinary young older other its their".split())

#: Verbs whose object is someone who acts ("accused Sanofi of hiding …",
#: "urged the council to …"): the object is a "who", whatever the model's label.
AGENT_OBJECT_VERBS = frozenset("""
accuse blame criticise criticize praise thank sue urge persuade convince fire hire elect appoint arrest
congratulate condemn invite summon fine punish
""".split())

PERSON_PRONOUNS = frozenset("he she him her".split())
THING_PRONOUNS = frozenset(["it"])
PLURAL_PRONOUNS = frozenset("they them".split())


def names_person(noun: str) -> bool:
    """A common noun (lemma, lower case) names a person by role or trade."""
    return noun in PERSON_NOUNS or (bool(PERSON_SUFFIX.search(noun)) and noun not in NOT_PERSON
                                    and noun not in INSTITUTION_NOUNS)


#: Groups of people (WordNet's noun.group also holds "series", "collection"):
#: these act and speak, so they are asked with "Who".
PEOPLE_GROUPS = frozenset("staff crew personnel workforce audience crowd team committee police army family".split())


def names_people(lemma: str) -> bool:
    """A common noun (lemma) whose first WordNet sense is a person ("butcher",
    "astronaut"), or a group of people ("staff", "crew"): "Who reacted with
    shock?", not "What reacted …?" (panel 28)."""
    if lemma in PERSON_NOUNS:
        return True
    field = field_of(lemma, "NOUN", 0)
    return field == "noun.person" or (field == "noun.group" and lemma in PEOPLE_GROUPS)

#: Lower-case words inside surnames ("van den Oever", "de la Cruz", "bin Salman").
NAME_PARTICLES = frozenset("van den der de del della da di du la le von bin al".split())

#: Doers a student names from the verb alone ("Who arrested several students? — riot
#: police", "Who passed the law? — Parliament", "Who waved flags? — protesters").
STOCK_DOERS = frozenset("""
police parliament protesters protestors demonstrators students workers troops soldiers firefighters rescuers
lawmakers legislators voters fans residents crowds crowd
""".split())

#: Party words that keep their capital before an office or "party" ("Liberal leader
#: Dalton McGuinty", "Labour MPs"): proper adjectives, not a sentence's first word.
PARTY_WORDS = frozenset("""
liberal liberals conservative conservatives labour labor democratic democrat democrats republican republicans
socialist socialists green greens communist communists progressive nationalist nationalists unionist unionists
""".split())
#: Nouns after which a party word is the party's (with :data:`OFFICE_TITLES`).
PARTY_NOUNS = frozenset("party parties candidate candidates lawmakers legislators senators leaders government".split())


def party_before_office(word: str, next_word: str) -> bool:
    """A party word before an office keeps its capital: "Liberal leader Dalton
    McGuinty" ("liberal leader" in a stem was marked a formatting error by all
    three raters of panel 38); the first word of an organisation's name is kept
    by its entity label."""
    return word in PARTY_WORDS and (next_word in OFFICE_TITLES or next_word in PARTY_NOUNS)
