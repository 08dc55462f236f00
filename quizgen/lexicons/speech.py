"""Verbs and nouns of speech: saying, claiming, naming, and the texts that speak.

Hand-made lists (project-owned, same licence as the code), lemmas in lower
case.  Each list is declared once here; the attribution analysis, the stance
questions and the fact questions import them instead of keeping copies.
"""
from __future__ import annotations

#: Plain reporting verbs: they tell *that* someone spoke, not what position
#: they took ("said", "told", "announced").  The content decides the stance.
SAY = frozenset("""
say state tell add explain note remark comment reply respond write post tweet declare mention
observe stress emphasise emphasize reiterate recall answer told quote announce report reveal
confirm disclose inform publish
""".split())

#: Verbs that present the content as the speaker's own view or finding
#: ("claimed", "argued", "believes", "estimated"): a claim by default.
CLAIM = frozenset("""
claim assert insist argue allege maintain contend theorize theorise reason believe think suggest
speculate estimate predict conclude characterize characterise dub describe call label admit
acknowledge concede testify charge accuse
""".split())

#: Verbs that report a finding or ruling ("jurors found that …", "the poll
#: indicated …", "a court ruled that …", "pointed out that …"): a cue only
#: with a clause; a claim or a neutral report by the content.
FINDING = frozenset("find show indicate rule point".split())

#: Verbs whose subject is the evidence for a "that" clause ("district figures
#: showed that …", "tests confirmed that …"): the finding is the fact, its
#: source a detail (panel 70: "What showed that …?" trivial, three of three).
EVIDENCE_VERBS = FINDING | frozenset("reveal demonstrate prove confirm".split())

#: Every verb that introduces someone's words or thoughts as reported speech.
REPORTING_SPEECH = SAY | CLAIM

#: Verbs of saying and claiming after which "what did X say?" is a fair
#: question about the content (stance questions: reported content, targets).
SAYING = frozenset("""
say state tell add explain note remark comment reply respond write post tweet declare mention
observe stress emphasise emphasize reiterate recall answer announce report reveal confirm disclose
claim assert insist argue allege maintain contend theorize theorise reason suggest speculate predict
conclude admit acknowledge concede testify warn caution according
""".split())

#: Verbs whose clausal complement is a reported clause, so a fact lifted from
#: it is asked "According to X, …" (fact questions): saying, finding and
#: believing verbs alike ("found that", "expects that", "fears that").
REPORTING = frozenset("""
say report state announce claim tell confirm add write argue believe think estimate warn explain
note suggest allege insist theorize theorise conclude find show reveal predict fear expect
speculate assert acknowledge admit deny indicate reckon worry
complain protest lament stress maintain contend charge
""".split())  # ("complained that Britain had refused to share samples": Lavrov's complaint, panel 86)

#: Verbs whose clause is someone's belief or wish, not a reported fact
#: ("voters were convinced Miliband was suited to the job", "hoped the deal
#: would hold"): a fact question lifted from the clause would assert it.
NON_FACTIVE = frozenset("""
convince persuade hope wish assume suspect feel wonder imagine guess suppose pretend dream doubt
""".split())

#: Reporting verbs that count as a cue only with a clause, quote or
#: "as"-phrase complement: "add salt" and "write a book" report nothing.
NEEDS_COMPLEMENT = frozenset("""
add write post note explain tell report reveal confirm recall answer publish think believe reason
suggest conclude predict estimate observe respond reply maintain charge challenge attack back call
describe offer ask request demand recognise recognize admit acknowledge quote inform disclose state
label find show indicate rule point question
""".split())

#: Verbs whose object is the person addressed, not what is talked about
#: ("told the BBC", "urged the council").
ADDRESSEE = frozenset("""
ask request urge encourage tell inform demand call beg invite remind assure advise instruct order
warn
""".split())

# --------------------------------------------------------------------------- naming

#: Verbs whose second complement names their object: "called the plan a failure".
CALLING = frozenset("call dub label term brand name deem declare pronounce consider".split())

#: Verbs whose "as" phrase describes their object: "described the ruling as historic".
DESCRIBING = frozenset("""
describe characterize characterise label brand dismiss hail portray depict denounce condemn praise
criticize criticise term regard view see reject welcome present classify
""".split())

#: Verbs that say nothing without their predicate: "dubbed the conflict" is
#: empty until we know what it was dubbed.
NEEDS_PREDICATE = frozenset("""
dub call label name describe characterize characterise brand term dismiss portray depict
""".split())

#: Participles that attach a name to a noun: 'a user labelled "Anonymous"',
#: 'a group known as …'.
NAME_TAG = frozenset("label name call dub know title nickname".split())

#: Verbs whose "as"/predicate complement is an evaluation of their object, so
#: the evaluation (not the verb) decides the stance ("called it dangerous").
EVALUATING = frozenset("describe call characterize characterise label dub brand term portray".split())

# --------------------------------------------------------------------------- texts

#: Nouns for documents and texts.  A document can carry words ("a leaked
#: letter says …"); its author, when named inside the phrase, is the holder,
#: and whoever *reports on* the document is not.
DOCUMENT_NOUNS = frozenset("""
report reports post posts posting postings article articles statement statements study studies
paper papers section sections page pages site website blog message messages letter letters
document documents survey poll data figure figures photo photos picture pictures video videos
footage record records release book books story stories analysis memo memos email emails
ruling rulings judgment judgement verdict
""".split())

#: Document nouns that speak for an author and may stand as the holder when
#: no author is named ("the report says", "a leaked letter warns").
SPEAKING_DOCUMENTS = frozenset("""
report study letter statement memo email survey analysis ruling judgment judgement verdict
petition review audit paper
""".split())

#: Nouns for a remark or speech act ("in a statement", "her remarks").
REMARK_NOUNS = frozenset("remark remarks comment comments interview statement speech message".split())


#: Verbs whose "(for X) to Y" complement is what is asked for, not a purpose:
#: "appealed for residents to stay away" says what the minister wanted, not why
#: he appealed.
REQUEST = ADDRESSEE | frozenset("""
appeal plead press push campaign lobby petition wait hope wish pray vote apply arrange sign
""".split())

#: Where something was said or shown: "announced the end of the mission on
#: Facebook" asks what was announced; "on Facebook" stays in the stem.
MEDIUM_NOUNS = frozenset("""
facebook twitter instagram youtube tiktok weibo wechat television tv radio website blog statement interview
broadcast podcast newspaper video
""".split())
#: Occasions at which something is said or done: "conceded defeat at a press
#: conference" — where, not part of what was conceded (panel 77: wrong key, three of three).
#: "announced the result on stage" — where he spoke, not what he announced (panel 83).
OCCASION_NOUNS = frozenset("conference briefing meeting rally ceremony summit hearing gathering stage podium".split())

#: Verbs whose clause is a finding ("ruled that the bankruptcy was unconstitutional",
#: "found that City committed serious breaches"): the finder's, asked "According to …".
VERDICT_VERBS = frozenset({"rule", "find", "decide", "hold", "judge", "determine"})


#: Verbs of speaking or judging that, coordinated after a reported clause, are the
#: reporter's second act ("… and called it unacceptable", "… and urged calm").
ACTS_OF_SPEAKING = frozenset("""
call describe label brand dub add urge warn accuse blame demand insist promise vow condemn criticise criticize
praise welcome reject deny dismiss
""".split())
