"""Opinion language: judging words, loaded words, hedges, and VADER's lexicon.

The hand-made lists are project-owned (same licence as the code).  The
valences come from VADER's sentiment lexicon (vaderSentiment 3.3.2, MIT
licence, Hutto & Gilbert 2014), read from the installed package's
``vader_lexicon.txt`` — a word rated by ten people on -4..+4; words VADER
lacks are rated from AFINN-165 (ODbL 1.0, shipped unchanged in
``quizgen/data/afinn-en-165.tsv`` with its licence).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

#: Words that judge (lemmas or lower-case forms).  Kept to words that are
#: evaluative in almost every use; "great", "hot", "strong" are left out.
EVALUATIVE = frozenset("""
fantastic tremendous terrible horrible awful wonderful amazing incredible remarkable outstanding
excellent brilliant superb magnificent stunning impressive disappointing shocking outrageous
absurd ridiculous reckless foolhardy ideological bizarre hilarious exuberant cruel brutal
unfair unjust shameful disgraceful appalling alarming worrying troubling tragic heroic brave
courageous cowardly stupid foolish silly naive clever beautiful ugly boring exciting thrilling
fascinating spectacular marvellous marvelous dreadful horrendous disastrous deplorable
despicable laughable pathetic admirable praiseworthy commendable scandalous sensational
ineffective ineffectiveness pointless useless worthless senseless needless lovely delightful
glorious gorgeous dismal miserable splendid awesome epic legendary iconic beloved notorious
infamous hideous vile wicked evil heinous atrocious abhorrent deserving undeserved
unfortunately fortunately sadly hopefully regrettably thankfully surprisingly shockingly
undoubtedly unquestionably arguably obviously truly frankly luckily unluckily happily
interesting intriguing unacceptable inexcusable unforgivable irresponsible dangerous
hypocritical cynical shameless misguided wrongheaded
""".split())
#: Loaded nouns and verbs that carry the writer's or speaker's judgement.
LOADED = frozenset("""
maniac maniacs puppet puppets thug thugs regime propaganda provocation provocations
skirmish anarchy obsession fiasco debacle farce travesty catastrophe disgrace scandal
mess chaos nonsense lie lies hypocrisy tyranny tyrant dictator villain hero heroes
worsen worsened worsening horrify horrified horrifying
""".split())
#: Hedges and predictions: the writer is not stating a checkable fact.
HEDGE = re.compile(
    r"\b(likely|unlikely|probably|perhaps|possibly|presumably|seemingly|supposedly|"
    r"(?:I|we) (?:think|believe|feel|guess|suppose)|in (?:my|our) (?:opinion|view)|"
    r"almost certainly|it seems|would have been|could have been|"
    r"most popular|best|worst)\b", re.I)
#: A superlative that states a record, checkable against figures: "the worst
#: in the history of the United States", "the largest on record", "the worst
#: affected districts".  Not a hedge.
RECORD = re.compile(r"\b(?:best|worst|largest|biggest|highest|lowest|deadliest|hottest|coldest)\b"
                    r"[\w\s,'-]{0,40}?\b(?:in (?:the )?(?:\w+ )?history|on record|ever recorded|"
                    r"since records began)"
                    r"|\b(?:worst|largest|biggest|highest|lowest|smallest|deadliest) (?:[\w'-]+ ){0,2}?(?:result|"
                    r"turnout|score|total|level|loss|defeat|showing|figure|tally|share|margin|number)s? ever\b"
                    # "won 79 seats, its worst result ever": a count against the record
                    r"|\b(?:worst|hardest|most badly|most severely)[- ](?:hit|affected)\b", re.I)
#: Obligation and recommendation.
PRESCRIPTIVE = re.compile(r"\b(should|ought to|must not|needs? to be|has to be|have to be)\b", re.I)
#: Feelings: a sentence that reports how someone feels about what happened
#: ("said he was worried that …", "deeply regrets", "expressed disappointment")
#: gives a view a reader could dispute, as the annotation guide counts it.
FEELINGS = frozenset("""
worried worry worries fear fears afraid anxious alarmed disappointed disappointment dismayed dismay
saddened heartbroken proud pride delighted pleased thrilled grateful ashamed angry furious
upset frustrated frustration regret regrets regretted painful devastated horrified relieved
glad sorry outraged outrage happy unhappy sad satisfied dissatisfied excited
""".split())
#: Degree words that grade a judgement ("extremely inappropriate", "the most
#: successful"): a mildly rated adjective they modify judges outright.
INTENSIFIERS = frozenset("most very extremely so too truly remarkably highly incredibly hugely deeply "
                         "utterly totally completely absolutely grossly wholly".split())
FIRST_PERSON = frozenset("i me my mine we us our ours myself ourselves".split())
#: Verbs of belief and feeling that make a first-person sentence a view.
BELIEF_VERBS = frozenset("think believe feel guess hope fear suppose reckon doubt expect".split())

#: |valence| at or above which a VADER word counts as judging (VADER's
#: scale is -4..+4; 1.5 keeps "good", "bad", "harsh", drops "stable", "ok").
STRONG_VALENCE = 2.0


@lru_cache(maxsize=1)
def vader_lexicon() -> dict[str, float]:
    """VADER's word → mean valence, loaded once; empty if the package is missing."""
    try:
        text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - dependency declared
        return {}
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            try:
                out[parts[0].lower()] = float(parts[1])
            except ValueError:
                continue
    return out


@lru_cache(maxsize=1)
def judging_adjectives() -> dict[str, float]:
    """Adjective → mean polarity for the strongly subjective adjectives of the
    Pattern subjectivity lexicon (PDDL; see ``quizgen/data/subjective_adjectives.tsv``)."""
    text = resources.files("quizgen").joinpath("data", "subjective_adjectives.tsv").read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and not line.startswith("#"):
            out[parts[0]] = float(parts[1])
    return out


#: States reported as facts, not judged: "confirmed dead", "still missing".
#: VADER rates them (dead -3.3) but they take no position.
FACTUAL_STATES = frozenset("dead alive injured wounded missing ill sick killed homeless unharmed".split())
#: Words of reputation: "became notorious for cutting off hands", "famous for its
#: bridges" report what someone is known for, a fact about their name (panel 46).
REPUTATION = frozenset("notorious infamous famous renowned known well-known celebrated".split())


@lru_cache(maxsize=1)
def afinn_lexicon() -> dict[str, float]:
    """AFINN-165 (Finn Årup Nielsen, 2009-2015; ODbL 1.0, see
    ``quizgen/data/AFINN-LICENSE``), shipped unchanged in
    ``quizgen/data/afinn-en-165.tsv``: word → integer valence -5..+5, here on
    VADER's scale (x 0.8).  It rates news words VADER lacks ("victory",
    "inappropriate", "scandal")."""
    text = resources.files("quizgen").joinpath("data", "afinn-en-165.tsv").read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        word, _, score = line.rpartition("\t")
        if word and " " not in word and score.lstrip("-").isdigit():
            out[word.lower()] = 0.8 * int(score)
    return out


def valence(*forms: str) -> float:
    """VADER valence of the first of ``forms`` (word, lemma) that it rates,
    else AFINN's; 0 for a word neither rates and for a factual state ("dead",
    "missing")."""
    if any(f.lower() in FACTUAL_STATES for f in forms):
        return 0.0
    for lexicon in (vader_lexicon(), afinn_lexicon()):
        for f in forms:
            v = lexicon.get(f.lower())
            if v is not None:
                return v
    return 0.0
