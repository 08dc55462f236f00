"""Words that take or express a position: stance cues and content lexicons.

Hand-made lists (project-owned, same licence as the code), lemmas in lower
case, grouped by the stance class of the annotation guide (supports, opposes,
denies, warns, concerned).  Evaluative words that no list names are read
from VADER's sentiment lexicon (:mod:`quizgen.lexicons.opinion`, MIT).

Two kinds of lists:

* **cues** — a verb, noun or adjective that *is* the stance whoever says what
  ("X criticised …", "X's denial", "X are worried");
* **content** — words inside what is said that show the stance behind a plain
  reporting verb ("X said the report was *baseless*").
"""
from __future__ import annotations


STANCES = ("supports", "opposes", "denies", "warns", "claims", "concerned", "neutral_report")
#: Classes that state a position (the rest report or assert without one).
EVALUATIVE = ("supports", "opposes", "denies", "warns", "concerned")
#: The annotation guide's precedence when several classes fit: most specific first.
PRECEDENCE = {"denies": 7, "warns": 6, "opposes": 5, "concerned": 4, "supports": 3,
              "claims": 2, "neutral_report": 1}

# --------------------------------------------------------------------------- cue verbs

#: Verbs that deny or dismiss ("denied the reports").
DENY_VERBS = frozenset("deny dismiss refute rebut dispute disavow contradict downplay reject".split())
#: Verbs that warn or threaten.
WARN_VERBS = frozenset("warn threaten caution vow alert".split())
#: Verbs of worry ("fear they may have to postpone").
CONCERN_VERBS = frozenset("worry fear lament regret doubt question".split())
#: Verbs of support, agreement, advocacy and offers to act.
SUPPORT_VERBS = frozenset("""
agree support welcome praise back endorse approve applaud hail commend urge propose offer promise
pledge comply favour favor advocate defend champion recommend ask request demand encourage cooperate
collaborate recognise recognize congratulate thank appeal plead
""".split())
#: Verbs of criticism, opposition and refusal.
OPPOSE_VERBS = frozenset("""
oppose criticise criticize condemn object protest resist denounce slam blast decry blame boycott
veto challenge attack deplore refuse sue accuse boo jeer heckle disagree
""".split())
#: Positions whose holders disagree: a view of one side credited to the other.
OPPOSITE = {"supports": "opposes", "opposes": "supports"}
#: Verbs that say the act after them was not done ("failed to warn users",
#: "declined to condemn"): the act is no position of the subject's.
NOT_DONE_VERBS = frozenset("fail neglect forget refuse decline omit".split())
#: Every verb that carries a stance by itself.
STANCE_VERBS = DENY_VERBS | WARN_VERBS | CONCERN_VERBS | SUPPORT_VERBS | OPPOSE_VERBS

#: Acts that the analysis counts as a stance but that take no position a
#: student could name (a funder, a vote count, an offer to cooperate).
ACT_CUES = frozenset("sponsor fund pass adopt ratify offer cooperate collaborate comply".split())

#: "announced plans to …": nouns that make the content the holder's own commitment.
OWN_PLAN_NOUNS = frozenset("plan proposal pledge commitment intention promise".split())

#: Cue words that name the position they report, by class: the only cues a
#: "which best describes the position taken by X?" item is built on. Blind
#: raters rejected positions read from content or from acts ("co-sponsored a
#: study", "reported a statistic", "dismissed the prime minister") and
#: accepted those the article names ("blamed", "opposed", "welcomed").
POSITION_CUES = {
    "denies": DENY_VERBS - {"dismiss", "reject", "dispute", "downplay"} | {"denial"},
    "warns": WARN_VERBS - {"vow"} | {"warning", "threat", "ultimatum"},
    "concerned": CONCERN_VERBS - {"doubt", "regret", "question"} | {"concern", "worry", "fear", "alarm",
                                                                   "anxiety"},
    "supports": frozenset("agree support welcome praise back endorse approve applaud hail commend "
                          "favour favor advocate defend champion congratulate support backing "
                          "endorsement approval".split()),
    "opposes": OPPOSE_VERBS - {"challenge", "attack", "refuse", "sue"} | {
        "opposition", "objection", "criticism", "condemnation"},
}

#: Verbs of action (no speech) that take a position on their object: the
#: subject is the holder, the object the target ("the council backed the
#: plan", "residents sued the city", "refused to pay").
ACTION_STANCE = {
    "back": "supports", "praise": "supports", "welcome": "supports", "endorse": "supports",
    "applaud": "supports", "commend": "supports", "congratulate": "supports", "pledge": "supports",
    "offer": "supports", "plead": "supports", "appeal": "supports", "support": "supports",
    "criticise": "opposes", "criticize": "opposes", "condemn": "opposes", "refuse": "opposes",
    "reject": "opposes", "protest": "opposes", "sue": "opposes", "boycott": "opposes",
    "denounce": "opposes", "oppose": "opposes", "veto": "opposes", "resist": "opposes",
    "pass": "supports", "approve": "supports", "adopt": "supports", "ratify": "supports",
    "sponsor": "supports", "fund": "supports", "defend": "supports", "block": "opposes",
    "accuse": "opposes", "boo": "opposes", "jeer": "opposes", "heckle": "opposes",
}
def verb_stance(lemma: str) -> str | None:
    """The class of position a verb takes by itself, from its lemma alone
    ("attack" opposes, "praise" supports), or None for a verb that takes none."""
    if lemma in ACTION_STANCE:
        return ACTION_STANCE[lemma]
    for cls, verbs in (("denies", DENY_VERBS), ("warns", WARN_VERBS), ("concerned", CONCERN_VERBS),
                       ("supports", SUPPORT_VERBS), ("opposes", OPPOSE_VERBS)):
        if lemma in verbs:
            return cls
    return None


#: Phrasal verbs that take a position: (verb, particle) → class ("hit back
#: at the industry", "backed up the minister", "lashed out at the referee").
PHRASAL_STANCE = {("hit", "back"): "opposes", ("lash", "out"): "opposes", ("back", "up"): "supports",
                  ("stand", "by"): "supports", ("speak", "up"): "supports"}
#: Orders and requests that stop something: "ordered BP to reduce", "ordered a
#: halt to drilling": the one who orders it opposes what is stopped.
ORDER_VERBS = frozenset("order ask urge force instruct direct demand call impose seek announce".split())
#: Nouns naming a stop ("a halt to drilling", "a ban on sales").
STOP_NOUNS = frozenset("halt ban moratorium suspension freeze embargo".split())
#: "vote for / against": the preposition decides.
VOTE_PREPS = {"for": "supports", "in favour of": "supports", "against": "opposes"}
#: Verbs that take the stance of their "against" phrase ("spoke out against
#: the deal", "campaigned against the closure") ...
AGAINST_VERBS = frozenset("vote speak campaign rally argue fight lobby protest march come testify "
                          "petition mobilise mobilize appeal".split())
#: ... and of their "for" phrase ("called for transparency", "pushed for a
#: vote"); "fight for" and "speak for" are left out ("fought for his life",
#: "spoke for the group").
FOR_VERBS = frozenset("vote campaign lobby argue rally push call press petition".split())
#: Requests whose content stops something: asking for it opposes it ("asked
#: the court to ban the sale", "urged the city to halt the works").
STOP_VERBS = frozenset("""
ban block stop halt prohibit outlaw scrap cancel bar suspend abolish overturn reverse withdraw revoke
shut reduce curb restrict delete remove postpone retract destroy erase
""".split()) | frozenset(["resign", "quit"])
#: Verbs that end something or someone's post; with an object they stop it as
#: surely as STOP_VERBS ("will end DACA", "urged him to fire Brown"), but "the
#: mission had ended" stops nothing, so they count only with an object.
ENDING_VERBS = frozenset("end terminate dismantle fire sack".split())
#: Leaving office: asking someone to do it ("called on the managers to resign",
#: "urged the chairman to step down") opposes them.
RESIGN_VERBS = frozenset(["resign", "quit", "step"])

#: Nouns that carry a stance when someone holds them ("X's denial",
#: "concerns among X", "X expressed concern").
STANCE_NOUNS = {
    "concern": "concerned", "worry": "concerned", "fear": "concerned", "alarm": "concerned",
    "anxiety": "concerned", "unease": "concerned", "displeasure": "opposes", "doubt": "concerned",
    "denial": "denies", "rejection": "denies",
    "resistance": "opposes", "opposition": "opposes", "objection": "opposes",
    "criticism": "opposes", "condemnation": "opposes", "protest": "opposes",
    "support": "supports", "approval": "supports", "backing": "supports", "endorsement": "supports",
    "warning": "warns", "threat": "warns", "ultimatum": "warns", "alert": "warns",
    "plan": "supports", "intention": "supports", "proposal": "supports", "pledge": "supports",
    "petition": "supports", "call": "supports", "request": "supports", "demand": "supports",
    "appeal": "supports", "commitment": "supports", "congratulations": "supports",
    "wish": "supports", "tribute": "supports", "gratitude": "supports", "thanks": "supports",
    "condolence": "concerned", "condolences": "concerned", "sympathy": "concerned", "apology": "concerned",
}
#: "X expressed/raised/voiced <noun>" makes the noun's stance the holder's.
LIGHT_VERBS = frozenset("""
express voice raise issue announce declare launch make register lodge file share give signal state
reiterate send
""".split())
#: Adjectives (and participles) that put the holder in a stance ("X are worried").
STANCE_ADJECTIVES = {
    "concerned": "concerned", "worried": "concerned", "alarmed": "concerned",
    "afraid": "concerned", "anxious": "concerned", "horrified": "concerned",
    "fearful": "concerned", "troubled": "concerned", "uneasy": "concerned",
    "shocked": "concerned", "stunned": "concerned", "saddened": "concerned", "heartbroken": "concerned",
    "disappointed": "concerned", "dismayed": "concerned",
    "critical": "opposes", "opposed": "opposes", "hostile": "opposes",
    "supportive": "supports", "favourable": "supports", "favorable": "supports",
    "satisfied": "supports", "delighted": "supports", "pleased": "supports", "proud": "supports",
    "confident": "claims", "convinced": "claims", "sure": "claims", "certain": "claims",
}
#: Objects of "reject" that make it a denial rather than opposition.
CLAIM_NOUNS = frozenset("""
claim report allegation accusation suggestion rumour rumor story charge idea news notion
""".split())

# --------------------------------------------------------------------------- content

#: Words that call a claim untrue.
DENIAL_WORDS = frozenset("""
untrue false falsehood baseless groundless unfounded fabricate fabricated fabrication fake nonsense
lie lies hoax rumour rumor myth smear slander deny denial misleading incorrect inaccurate untruthful
""".split())
#: Hyphenated or multiword denials, matched in the content's text.
DENIAL_PHRASES = ("far-fetched", "not the case", "without foundation", "no truth")
#: Multiword threats, matched in the content's text: "those responsible would
#: be held to account".
THREAT_PHRASES = ("held to account", "held accountable", "face the consequences", "pay a heavy price",
                  "pay the price")
#: Multiword support: "we are looking forward to working with them".
SUPPORT_PHRASES = ("looking forward to", "look forward to", "stand with", "stands with", "step forward",
                   "step in the right direction", "a victory for", "a win for")
#: Multiword criticism: too much, too little, too late ("the FAA waited far too long",
#: "it did not go far enough", "promises he can't keep").
CRITICISM_PHRASES = ("too long", "too late", "too slow", "too slowly", "too little", "too weak", "too soon",
                     "not go far enough", "not going far enough", "not far enough", "ca n't keep", "can not keep",
                     "let down", "lost control", "not enough", "not nearly enough", "not be defended",
                     "not be justified", "no excuse", "slap in the face", "step backwards", "step backward")
#: The multiword lists by the class they show, matched in a content's text.
CONTENT_PHRASES = {"denies": DENIAL_PHRASES, "warns": THREAT_PHRASES, "supports": SUPPORT_PHRASES,
                   "opposes": CRITICISM_PHRASES}
#: Words that, negated, deny: "not true", "neither accurate nor fair".
TRUTH_WORDS = frozenset("true accurate correct fair right factual valid truthful honest".split())
#: Words that, negated, clear someone of blame: "not guilty", "not aware of
#: any wrongdoing", "not responsible for the leak".
BLAME_WORDS = frozenset("guilty aware responsible liable culpable wrong".split())
#: Words calling a person's claim wrong: "scientists say he is wrong".
MISTAKEN_WORDS = frozenset("wrong mistaken".split())
#: Nouns after "no" that deny: "no evidence", "no basis".
EVIDENCE_WORDS = frozenset("evidence basis truth proof foundation knowledge wrongdoing involvement".split())
#: Threats of action against someone.
THREAT_WORDS = frozenset("""
punish punishment retaliate retaliation sue lawsuit sanction consequence consequences revenge
retribution ultimatum crush annihilate countermeasure prosecute prosecution jail imprison arrest
impeach chase justice legal attack strike retaliatory militarily force veto fine fines penalty penalties
""".split())
#: Danger named as such: a warning whenever it is not negated.
DANGER_WORDS = frozenset("""
danger dangerous risk risky threat threaten hazard hazardous peril perilous unsafe emergency
""".split())
#: Harm: a warning only when predicted ("could", "will", "if").
HARM_WORDS = frozenset("""
damage destructive disaster catastrophe catastrophic collapse crisis harm harmful hurt die death
deadly fatal kill destroy devastate devastating flood backfire hiccup disrupt disruption
worsen casualty casualties weaken undermine jeopardize jeopardise endanger destabilize destabilise
lose fail infect infected steal spread
""".split())
#: Instructions to keep safe ("stay away from the beaches").
SAFETY_VERBS = frozenset("evacuate avoid flee shelter heed stay leave prepare".split())
SAFETY_PARTICLES = frozenset("away off offshore inside indoors clear".split())
#: Worry, fear, doubt and disappointment.
CONCERN_WORDS = frozenset("""
worry worried worrying concern concerned concerning fear afraid alarm alarmed alarming anxious
anxiety doubt doubtful disappoint disappointed disappointing dismay troubling troubled unfortunately
sadly regret regrettable shame pity unease uneasy nervous upset sad trouble struggle hamper apart
shocked stunned saddened sorry heartbroken grief grieve mourn mourning distressed suffer problem frightened frighten scared terrified fearful horrified devastated
""".split())
#: Criticism: judging someone or something as wrong or bad.
CRITICISM_WORDS = frozenset("""
criticise criticize criticism condemn condemnation wrong unacceptable unfair unjust outrageous disapprove
shameful disgrace disgraceful appalling absurd ridiculous harsh demean insult excuse apathetic
irresponsible reckless incompetent mistake blame tarnish discredit incitement obsess obsessed
desperation desperate grubby ban crackdown oppose opposition hypocrisy
propaganda provocation maniac puppet ideological illegal unconstitutional deplorable scandal fiasco
farce travesty overreach alarmist monstrous arbitrary capricious excessive inappropriate dishonest
dishonesty sham inadequate insufficient flawed misguided unreasonable unjustified unjustifiable
indefensible unethical immoral negligent negligence incompetence mismanagement
draconian disproportionate discriminatory undemocratic unworkable shambolic heavy-handed
""".split())
#: Wrongdoing said of someone: "critics say the company ignored the warnings",
#: "the decree breaks EU rules", "officials used their posts to enrich
#: themselves", "the firm failed to act".  Saying it accuses (opposes).
WRONGDOING_VERBS = frozenset("""
ignore neglect violate breach infringe flout mislead deceive downplay betray enrich
""".split())
#: Objects that make "break" a wrongdoing ("broke the law", not "broke the record").
RULE_NOUNS = frozenset("""
law laws rule rules regulation regulations promise promises pledge agreement treaty ceasefire
truce code convention constitution contract
""".split())
#: Praise and support: approving of someone or something.
PRAISE_WORDS = frozenset("""
praise congratulate congratulation congratulations welcome satisfied delighted happy proud deserve
deserved outstanding fantastic excellent brilliant tremendous tremendously wonderful great
important essential historic landmark grateful thank thanks support back endorse applaud commend
hope hopeful confident cooperate cooperation willing ready committed commit improve improved
heart character best necessary vital crucial
""".split())
#: Praise words that are something else in another part of speech: "back"
#: praises only as a verb ("backed the plan", not "heading back").
PRAISE_ONLY_AS = {"back": "VERB", "support": "VERB", "welcome": "VERB"}
#: Verbs that concede: what they report is granted, not argued, so weak
#: evaluative words in it take no position ("admitted the text was not perfect").
CONCEDE_VERBS = frozenset("admit acknowledge concede".split())
#: Acceptance: says nothing by itself, opposition when negated ("will not tolerate").
ACCEPTANCE = frozenset("tolerate accept allow permit agree support back welcome recognise recognize endorse "
                       "approve".split())
#: Acts against a decision, in what someone says they (or their side) will do:
#: "said the defence would appeal", "would challenge the law in court".
RESISTING_ACTS = frozenset("appeal challenge contest sue overturn resist boycott".split())
#: Acts of going along with someone, in what is said: "said they sympathised
#: with the workers", "would abide by the ruling".
ACCEPTING_ACTS = frozenset("sympathise sympathize abide".split())
#: Acts a speaker commits itself to ("said it would work with the supplier",
#: "will sign the agreement", "would continue to fund"): agreeing to act supports.
COMMITTING_ACTS = frozenset("""work cooperate collaborate help sign fund provide join protect defend restore rebuild
compensate invest honour honor respect comply implement support back assist""".split())
#: Verbs whose "to" infinitive the speaker commits to ("would continue to fund", "plans to sign").
COMMITTING_FRAMES = frozenset("continue plan promise pledge agree intend want seek aim".split())
#: Words that are a threat only when the content says someone will act.
THREAT_MODALS = frozenset("will would shall going gonna".split())
#: Modals and conditionals that make harm a prediction.
PREDICTION_WORDS = frozenset("will would could may might can shall if unless going likely deserve deserves".split())

#: Things whose support is opposition to something else: welcoming a cancellation
#: is opposing the deal cancelled.
UNDOING_NOUNS = frozenset("""
cancellation withdrawal collapse defeat ban end rejection resignation departure closure halt suspension
scrapping repeal veto removal exit retreat abandonment
""".split())
#: The outcome of a vote or a case: welcoming it supports whatever was decided,
#: which may be the defeat of a proposal ("welcomed the result" of a failed referendum).
OUTCOME_NOUNS = frozenset("result results outcome verdict".split())

#: Adjectives that approve of a plan but that the sentiment lexicons rate
#: neutral; negated, they oppose it ("was not practical", "neither feasible
#: nor desirable", "not workable"). Hand-made, project licence.
APPROVING_ADJECTIVES = frozenset("""
practical feasible desirable workable viable realistic sensible acceptable justified appropriate
sustainable affordable fair
""".split())

#: Measures whose effect, said in a content, is a position on them: "the law
#: would protect households" supports it, "the old law failed" opposes it.
#: Hand-made, project licence.
MEASURES = frozenset("""
ruling verdict decision law act ban plan policy measure bill deal agreement proposal reform scheme project
move programme program budget tax quota system rule rules change changes cut cuts treaty legislation
""".split())

#: Deals agreed or offered ("agreed to buy Enron", "offered to sell its stake"):
#: a transaction, not a position a student could name. Hand-made, project licence.
TRANSACTION_VERBS = frozenset("buy acquire purchase sell merge lease rent hire".split())
