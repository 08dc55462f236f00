"""Reading a reported content for stance signals, word by word.

What someone is reported to have said ("the report is neither accurate nor
fair", "the repeated failures raise serious doubts", "will not tolerate") is
read with the lexicons of :mod:`quizgen.lexicons.stance` and VADER's
valences, each word with its negation scope from the parse.  The result is a
:class:`Signals`: the classes the content shows, with the words that show
them.  :mod:`.stance` turns cue and signals into one decision.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..lexicons import stance as lex
from ..lexicons.opinion import INTENSIFIERS, STRONG_VALENCE, judging_adjectives, valence
from ..lexicons.people import PERSON_NOUNS

#: Words that negate what they govern (spaCy marks most as ``neg``).
_NEGATORS = frozenset("not n't never no neither nor without hardly barely nobody nothing none".split())


def negated(tok: Token) -> bool:
    """``tok`` lies in the scope of a negation: its own ("no evidence",
    "not true"), its governing verb's ("did not welcome", "is not true"),
    or a "neither … nor" pair it belongs to."""
    if _has_negator(tok):
        return True
    head = tok.head
    if tok.dep_ in ("acomp", "attr", "dobj", "xcomp", "ccomp", "oprd", "advmod") and head is not tok:
        if _has_negator(head) or (head.dep_ in ("xcomp", "aux") and _has_negator(head.head)):
            return True
    if tok.dep_ == "conj" and head is not tok:
        return any(c.lower_ in ("neither", "nor") for c in head.children) or negated(head)
    if tok.dep_ == "amod" and head is not tok:
        return head.lower_ in ("nothing", "nobody", "none") or \
            any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)  # "did nothing wrong"
    return False


def _has_negator(tok: Token) -> bool:
    return any(c.dep_ in ("neg", "preconj", "det", "cc", "advmod") and c.lower_ in _NEGATORS
               for c in tok.children)


@dataclass
class Signals:
    """What the content shows, class by class, with the words that show it."""

    found: dict[str, list[str]] = field(default_factory=dict)
    #: Classes shown only by weak evidence (a VADER valence, advocacy).
    weak: set[str] = field(default_factory=set)

    def add(self, stance: str, word: str, weak: bool = False) -> None:
        if weak and stance not in self.found:
            self.weak.add(stance)
        elif not weak:
            self.weak.discard(stance)
        self.found.setdefault(stance, []).append(word)

    def strength(self, stance: str) -> float:
        """How far the content alone supports ``stance``: lower when the only
        evidence is weak or when the content also shows another position."""
        others = [s for s in self.found if s != stance]
        return 0.8 if stance in self.weak or others else 0.9

    def best(self) -> str | None:
        if not self.found:
            return None
        return max(self.found, key=lambda s: lex.PRECEDENCE[s])

    def has(self, stance: str) -> bool:
        return stance in self.found


def read_content(tokens: list[Token]) -> Signals:
    """Stance signals of a reported content (its tokens, in order)."""
    sig = Signals()
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    for tok in words:
        _read_token(tok, negated(tok), sig)
    inside = {t.i for t in words}
    for tok in words:
        effect = _measure_effect(tok, inside)
        if effect is not None:
            sig.add(effect[0], effect[1], weak=True)
    text = " ".join(t.lower_ for t in tokens).replace(" - ", "-").replace("- ", "-").replace(" -", "-")
    for stance, phrases in lex.CONTENT_PHRASES.items():
        for phrase in phrases:
            if phrase in text:
                sig.add(stance, phrase)
    return sig


#: |valence| from which what a measure does judges it: VADER rates "chance"
#: 1.0, "protect" 1.6, "disadvantage" -1.8, "failed" -2.3.
EFFECT_VALENCE = 1.0


def _measure_effect(verb: Token, inside: set[int]) -> tuple[str, str] | None:
    """What a measure the content names does, judged by its strongest rated
    word: "the law would protect households" supports it, "the tax had put
    firms at a disadvantage" and "the old law failed" oppose it."""
    if verb.pos_ not in ("VERB", "AUX") or negated(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i in inside), None)
    if subj is None or subj.lemma_.lower() not in lex.MEASURES:
        return None
    words = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "acomp", "attr", "oprd")]
    for c in verb.children:
        if c.dep_ == "prep":
            words += [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ == "xcomp":
            words += [c] + [g for g in c.children if g.dep_ in ("dobj", "acomp")]
    rated = [(valence(w.lower_, w.lemma_.lower()), w) for w in words if not negated(w) or w is verb]
    if not rated:
        return None
    v, w = max(rated, key=lambda x: abs(x[0]))
    if abs(v) < EFFECT_VALENCE:
        return None
    return ("supports" if v > 0 else "opposes"), w.lower_


def predicted(tok: Token) -> bool:
    """``tok`` lies in a clause that predicts or supposes: a modal ("could
    cause damage"), a condition ("if … spreads"), "going to", "deserves"."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX"):
            if cur.lemma_.lower() in lex.PREDICTION_WORDS:
                return True
            for c in cur.children:
                if c.tag_ == "MD" and c.lower_ != "can" and (_supposes_now_or_before(cur) or _nothing_could(cur)):
                    continue  # "might be starting the fires", "no cause could justify": no forecast
                if (c.tag_ == "MD" and c.lower_ != "can") or (c.dep_ == "mark" and c.lower_ in ("if", "unless")):
                    return True
                if c.dep_ == "aux" and c.lower_ == "going":
                    return True
                if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                             for g in c.children):
                    return True  # "… to destroy the tools if the enemy does not stop"
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in ("potential", "prospect") and tok.i > cur.i:
            return True  # "has the potential of undermining efforts"
        if cur.head is cur or cur.dep_ == "relcl":
            return False  # a relative clause has its own modality ("children whose health is weakened")
        cur = cur.head
    return False


def _supposes_now_or_before(verb: Token) -> bool:
    """A modal with "have" + participle or "be" + "-ing" speaks of the past or
    the present ("may have lied", "might be starting the fires")."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return "have" in auxes and verb.tag_ == "VBN" or "be" in auxes and verb.tag_ == "VBG"


def _nothing_could(verb: Token) -> bool:
    """"no cause could justify attacks", "nothing would excuse it": a modal
    with a negated subject judges what was done; it predicts nothing."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nothing", "nobody", "none") or any(
        d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in verb.children)


def _read_token(tok: Token, neg: bool, sig: Signals) -> None:
    low, lemma = tok.lower_, tok.lemma_.lower()
    if _in_compound(tok):
        return
    forms = {low, lemma}
    if forms & (lex.TRUTH_WORDS | lex.BLAME_WORDS) and neg and tok.pos_ in ("ADJ", "NOUN"):
        sig.add("denies", f"not {low}")
    elif forms & lex.MISTAKEN_WORDS and not neg and _said_of_someone(tok):
        sig.add("denies", low)  # "he is wrong": his claim is untrue
    elif forms & lex.EVIDENCE_WORDS and neg:
        sig.add("denies", f"no {low}")
    elif forms & lex.DENIAL_WORDS and not neg:
        sig.add("denies", low)
    elif forms & lex.DANGER_WORDS and not neg:
        sig.add("warns", low)
    elif forms & lex.THREAT_WORDS and not neg and predicted(tok):
        sig.add("warns", low)
    elif forms & lex.HARM_WORDS and not neg and tok.tag_ != "VBD" and predicted(tok):
        sig.add("warns", low)
    elif _safety_directive(tok):
        sig.add("warns", low)
    elif forms & lex.ACCEPTANCE and neg:
        sig.add("opposes", f"not {low}")
    elif forms & lex.CRITICISM_WORDS and not neg:
        sig.add("warns" if _bad_outcome(tok) else "opposes", low)
    elif _wrongdoing(tok):
        sig.add("opposes", low)
    elif _resists(tok, lemma, neg):
        sig.add("opposes", f"act:{low}")  # an act announced, not a judgement (no opinion by itself)
    elif lemma in lex.ACCEPTING_ACTS and tok.pos_ == "VERB" and not neg:
        sig.add("supports", f"act:{low}")
    elif _commits(tok, lemma, neg):
        sig.add("supports", f"act:{low}")  # "said it would work with the supplier to replace the parts"
    elif forms & lex.CONCERN_WORDS and not neg:
        sig.add("concerned", low)
    elif forms & lex.PRAISE_WORDS and lex.PRAISE_ONLY_AS.get(lemma, tok.pos_) == tok.pos_:
        sig.add("opposes" if neg else "supports", f"not {low}" if neg else low)
    elif _advocates(tok):
        sig.add("supports", low, weak=True)
    elif _faulted_past(tok):
        sig.add("opposes", f"should {'not ' if neg else ''}have {low}")  # "should not have been published"
    elif _excessive(tok):
        sig.add("opposes", f"too {low}")  # "far too light", "too slow"
    elif neg and tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr", "conj") and _approving(tok):
        sig.add("opposes", f"not {low}", weak=True)  # "was not practical"; weak: "admitted it was not perfect"
    else:
        _judgement(tok, low, lemma, neg, sig)


#: |valence| from which a modifier judges what it modifies ("a misplaced
#: mentality", "badly worded"): VADER rates "sloppy", "misplaced" -1.6.
MODIFIER_VALENCE = 1.5


def _judgement(tok: Token, low: str, lemma: str, neg: bool, sig: Signals) -> None:
    """A word that judges, weak evidence: a strongly rated predicate adjective
    ("was unacceptable"), a feeling of the speaker ("I was appalled"), a
    judging noun ("is a tragedy"), or a rated modifier ("sloppy science")."""
    if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd", "attr") and tok.tag_ not in ("VBN", "VBG") \
            or _feeling(tok):
        v = valence(low, lemma)
        if neg and v < 0 and _subject_word(tok) in ("i", "we"):
            sig.add("denies", f"not {low}")  # "we weren't impatient"
        elif abs(v) >= STRONG_VALENCE and not (neg and v < 0):
            stance = "supports" if (v > 0) != neg else "opposes"
            if stance == "opposes" and _bad_outcome(tok):
                stance = "warns"  # "it could become much worse"
            sig.add(stance, low, weak=True)
    elif tok.pos_ == "NOUN" and tok.dep_ == "attr" and tok.head.lemma_ == "be":
        _judged_as(tok, low, lemma, neg, sig)
    elif tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr", "amod") and abs(judging_adjectives().get(low, 0.0)) >= 0.5 \
            and not (tok.dep_ == "amod" and _names_harm(tok)):
        polarity = judging_adjectives()[low]
        sig.add("supports" if (polarity > 0) != neg else "opposes", f"not {low}" if neg else low, weak=True)
    elif _faulting_modifier(tok) and not neg:
        sig.add("opposes", low, weak=True)


def _feeling(tok: Token) -> bool:
    """A feeling the speaker reports of themselves: "I was appalled", "we are
    delighted" (a participle adjective under a first- or third-person pronoun)."""
    return tok.tag_ == "VBN" and tok.dep_ in ("acomp", "ROOT", "ccomp") and any(
        c.dep_ == "nsubjpass" and c.lower_ in ("i", "we", "he", "she", "they") for c in tok.children) \
        or tok.dep_ == "acomp" and tok.tag_ == "VBN" and _subject_word(tok) in ("i", "we", "he", "she", "they")


def _faulting_modifier(tok: Token) -> bool:
    """An adjective or manner adverb VADER rates at most -:data:`MODIFIER_VALENCE`
    that modifies a common word ("a misplaced colonialist mentality", "badly
    worded"), not part of a name and not under a negation.  Praise in a
    modifier is usually description ("good health", "clean water"), so only
    fault counts."""
    participle = tok.pos_ == "VERB" and tok.dep_ == "amod"  # 'a "misplaced sense of priorities"'
    if not (tok.pos_ in ("ADJ", "ADV") or participle) or tok.dep_ not in ("amod", "advmod") or tok.ent_type_:
        return False
    if tok.head.pos_ == "PROPN" or tok.lower_ in INTENSIFIERS or _under_negation(tok) or _names_harm(tok):
        return False
    if tok.head.lemma_.lower() in PERSON_NOUNS or tok.head.lower_ in PERSON_NOUNS:
        return False  # "poor families", "sick children": the people's lot, no fault found
    return valence(tok.lower_, tok.lemma_.lower(), *_adjective_of(tok)) <= -MODIFIER_VALENCE


def _adjective_of(tok: Token) -> tuple[str, ...]:
    """The adjective a manner adverb is made from, for the lexicons that rate
    only the adjective ("treated unfairly" -> "unfair", "clumsily" -> "clumsy")."""
    low = tok.lower_
    if tok.pos_ != "ADV" or not low.endswith("ly") or len(low) < 6:
        return ()
    if low.endswith("ily"):
        return (low[:-3] + "y",)
    if low.endswith("bly"):
        return (low[:-1] + "e",)
    return (low[:-2],)


def _names_harm(tok: Token) -> bool:
    """"deadly unrest", "a devastating fire": what happened, not a fault found."""
    return bool({tok.lower_, tok.lemma_.lower()} & (lex.HARM_WORDS | lex.DANGER_WORDS | lex.CONCERN_WORDS))


def _faulted_past(tok: Token) -> bool:
    """"should (not) have been published", "should have acted sooner": what
    ought to have been done differently, a criticism of what was done."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN":
        return False
    auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    return "have" in auxes and bool(auxes & {"should", "ought"})


def _excessive(tok: Token) -> bool:
    """A judging adjective or adverb under "too" ("far too light", "too
    slowly"), not one that only sets a limit ("too early to say")."""
    return tok.pos_ in ("ADJ", "ADV") and tok.dep_ in ("acomp", "attr", "advmod", "amod", "oprd") \
        and any(c.lower_ == "too" and c.dep_ == "advmod" for c in tok.children) \
        and not any(c.dep_ == "xcomp" for c in tok.children) and tok.lower_ not in ("much", "many") \
        and not _under_negation(tok)


def _under_negation(tok: Token) -> bool:
    """A clause above ``tok`` is negated or has a "no" subject ("No country has
    the excuse that this is too expensive": the speaker says it is not)."""
    cur = tok.head
    for _ in range(8):
        if _has_negator(cur) or any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nothing", "nobody", "none")
                                    or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
                                    for c in cur.children):
            return True
        if cur.head is cur:
            return False
        cur = cur.head
    return False


def _approving(tok: Token) -> bool:
    """A word that approves ("practical", "desirable", "feasible"): positive in
    VADER or in the Pattern adjectives, so its negation disapproves."""
    return valence(tok.lower_, tok.lemma_.lower()) > 0 or judging_adjectives().get(tok.lower_, 0.0) > 0 \
        or tok.lower_ in lex.APPROVING_ADJECTIVES


def _resists(tok: Token, lemma: str, neg: bool) -> bool:
    """An act against a decision, not negated: "the defence would appeal",
    "will challenge the law in court" (not "appealed for calm")."""
    if tok.pos_ != "VERB" or neg or lemma not in lex.RESISTING_ACTS:
        return False
    return not (lemma == "appeal" and any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in tok.children))


#: Subjects that are the speaker itself in its reported words.
_SELF = frozenset("it we they he she i".split())


def _commits(tok: Token, lemma: str, neg: bool) -> bool:
    """The speaker commits itself to an act of help or agreement, not negated:
    "said it would work with the supplier", "we will sign the agreement",
    "would continue to fund the programme"."""
    if tok.pos_ != "VERB" or neg or lemma not in lex.COMMITTING_ACTS:
        return False
    frame = tok.head if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lex.COMMITTING_FRAMES else tok
    if frame is not tok and negated(frame):
        return False
    future = any(c.dep_ == "aux" and c.lower_ in lex.THREAT_MODALS for c in frame.children)
    subject = next((c for c in frame.children if c.dep_ == "nsubj"), None)
    return future and subject is not None and subject.lower_ in _SELF


def _wrongdoing(tok: Token) -> bool:
    """A verb that says someone did wrong, not negated: "ignored the
    warnings", "breaks EU rules", "played down the size of the disaster",
    "used their posts to enrich themselves"."""
    if tok.pos_ != "VERB" or negated(tok):
        return False
    lemma = tok.lemma_.lower()
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma == "enrich":
        return any(c.lower_ in ("themselves", "himself", "herself", "itself") for c in objects)
    if lemma in lex.WRONGDOING_VERBS:
        return True
    if lemma == "break":
        return any(c.lemma_.lower() in lex.RULE_NOUNS for c in objects)
    return lemma == "play" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)


def _judged_as(tok: Token, low: str, lemma: str, neg: bool, sig: Signals) -> None:
    """What the content says something is ("the mission was already a success",
    "this is a tragedy"): a strongly rated noun judges it (VADER valence)."""
    v = valence(low, lemma)
    if abs(v) < STRONG_VALENCE or _bad_outcome(tok):
        return
    if v < 0 and lemma in MISFORTUNE and not neg:
        sig.add("concerned", low, weak=True)
    else:
        sig.add("supports" if (v > 0) != neg else "opposes", f"not {low}" if neg else low, weak=True)


def _predicate_subject(tok: Token, deps: tuple[str, ...] = ("acomp", "attr", "oprd")) -> Token | None:
    """The subject a predicate word is said of ("we" in "we weren't impatient",
    "he" in "he is wrong"), or None."""
    if tok.dep_ not in deps:
        return None
    return next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _subject_word(tok: Token) -> str:
    subj = _predicate_subject(tok)
    return subj.lower_ if subj is not None else ""


def _said_of_someone(tok: Token) -> bool:
    """A predicate about a person ("he is wrong", "the minister was
    mistaken"): what that person claims is called untrue."""
    subj = _predicate_subject(tok, ("acomp", "attr"))
    if subj is not None and subj.lower_ == "it" and any(  # "It is wrong to say that the deaths were caused by …"
            c.dep_ == "xcomp" and c.lemma_.lower() in ("say", "claim", "suggest", "suppose") for c in tok.head.children):
        return True
    return subj is not None and (subj.lower_ in ("he", "she", "they", "you") or subj.ent_type_ == "PERSON")


def _bad_outcome(tok: Token) -> bool:
    """A bad thing predicted by its own clause ("could become much worse",
    "would end up in a grubby deal"), not a judgement of what is, nor a
    refusal ("will not tolerate illegal protests")."""
    verb = tok.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    for _ in range(3):  # "would end up signing up for …": the modal of the verb chain
        if any(c.tag_ == "MD" for c in verb.children) or verb.dep_ not in ("xcomp", "pcomp", "pobj", "prep"):
            break
        verb = verb.head
    modal = [c for c in verb.children if c.tag_ == "MD" and c.lower_ != "can"]
    return bool(modal) and not any(c.dep_ == "neg" for c in verb.children)


def _advocates(tok: Token) -> bool:
    """"countries need to pull together", "everyone should be engaged": the
    speaker says what ought to be done."""
    if tok.tag_ == "MD" and tok.lower_ in ("should", "must"):
        return not negated(tok.head)
    return tok.lemma_.lower() in ("need", "have") and tok.pos_ == "VERB" and \
        any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in tok.children) \
        and not negated(tok)


def _in_compound(tok: Token) -> bool:
    """"denial-of-service", "non-destructive": a hyphenated word is not the word."""
    doc = tok.doc
    return (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_) or \
        (tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_)


def _safety_directive(tok: Token) -> bool:
    """"Stay away from the beaches", "get off the shoreline", "should stay
    offshore": an instruction to keep out of danger."""
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    particle = any(c.lower_ in lex.SAFETY_PARTICLES for c in tok.children)
    if lemma not in lex.SAFETY_VERBS and not (particle and lemma in ("get", "keep", "move", "head")):
        return False
    if lemma == "stay" and not particle and not any(c.dep_ == "prep" and c.lower_ in ("away", "off", "in")
                                                    for c in tok.children):
        return False
    imperative = tok.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
        and tok.dep_ in ("ROOT", "xcomp", "conj", "ccomp")
    advised = any(c.tag_ == "MD" and c.lower_ in ("should", "must") for c in tok.children)
    return not negated(tok) and (imperative or advised)


#: Descriptions that lament a misfortune rather than fault someone.
MISFORTUNE = frozenset("disaster tragedy catastrophe calamity heartbreak nightmare".split())
