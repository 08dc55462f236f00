"""Who says what: attributions and stances found in the one parse of an article.

Every rule here is general: lexicons of reporting and stance-taking words
(verbs, nouns, adjectives) and dependency patterns over spaCy's parse.  An
attribution is produced only when a *holder* can be found for the cue — a
named person or organisation, or a noun that names people or institutions —
so "The report said" without an author is skipped rather than guessed.

Stances follow the gold taxonomy: supports | opposes | denies | warns |
claims | concerned | neutral_report.  The cue word gives a default, the
reported content may sharpen it (a threat inside "X said" makes it *warns*).
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from spacy.tokens import Doc, Token

from ..nlp import entity_at
from ..lexicons.people import AGENT_SUFFIX as _AGENT_SUFFIX
from ..lexicons.people import HOLDER_NOUNS as _HOLDER_NOUNS
from ..lexicons.people import INSTITUTION_NOUNS as _ORG_LIKE
from ..lexicons.people import NOBODY_IN_PARTICULAR as _NOBODY_IN_PARTICULAR
from ..lexicons.people import PERSON_SUFFIX as _PERSON_SUFFIX
from ..lexicons.people import PLURAL_PRONOUNS as _PLURAL_PRONOUNS
from ..lexicons.people import PERSON_PRONOUNS as _PERSON_PRONOUNS
from ..lexicons.people import THING_PRONOUNS as _THING_PRONOUNS
from ..lexicons.speech import CLAIM as _CLAIM
from ..lexicons.speech import DOCUMENT_NOUNS as _DOCUMENT_NOUNS
from ..lexicons.speech import NEEDS_COMPLEMENT as _NEEDS_COMPLEMENT
from ..lexicons.speech import SAY as _SAY
from ._common import TITLES, QuoteSpan, clean, doc_text, name_tokens, quote_spans

STANCES = ("supports", "opposes", "denies", "warns", "claims", "concerned", "neutral_report")

# --------------------------------------------------------------------------
# Lexicons (lemmas).  Default stance of each cue; None = decided by holder and
# content (a plain reporting verb).
# --------------------------------------------------------------------------
_DENY = {"deny", "dismiss", "refute", "rebut", "dispute", "disavow", "contradict", "downplay",
         "reject"}
_WARN = {"warn", "threaten", "caution", "vow"}
_CONCERN_VERB = {"worry", "fear", "lament", "regret"}
_SUPPORT = {
    "agree", "support", "welcome", "praise", "back", "endorse", "approve", "applaud", "hail",
    "commend", "urge", "propose", "offer", "promise", "pledge", "comply", "favour", "favor",
    "advocate", "defend", "champion", "recommend", "ask", "request", "demand", "encourage",
    "cooperate", "collaborate", "recognise", "recognize",
}
_OPPOSE = {
    "oppose", "criticise", "criticize", "condemn", "object", "protest", "resist", "denounce",
    "slam", "blast", "decry", "blame", "boycott", "veto", "challenge", "attack", "deplore",
}

#: Nouns that carry a stance when someone holds them ("the resistance of X",
#: "X's denial", "concerns among X", "X expressed concern").
_STANCE_NOUNS = {
    "concern": "concerned", "worry": "concerned", "fear": "concerned", "alarm": "concerned",
    "anxiety": "concerned", "unease": "concerned",
    "denial": "denies", "rejection": "denies",
    "resistance": "opposes", "opposition": "opposes", "objection": "opposes",
    "criticism": "opposes", "condemnation": "opposes", "protest": "opposes",
    "support": "supports", "approval": "supports", "backing": "supports", "endorsement": "supports",
    "warning": "warns", "threat": "warns", "ultimatum": "warns",
    "plan": "supports", "intention": "supports", "proposal": "supports", "pledge": "supports",
    "petition": "supports", "call": "supports", "request": "supports", "demand": "supports", "appeal": "supports", "commitment": "supports",
}
#: "X expressed/raised/voiced <noun>" makes the noun's stance the holder's.
_LIGHT_VERBS = {"express", "voice", "raise", "issue", "announce", "declare", "launch", "make",
                "register", "lodge", "file", "share", "give", "signal", "state", "reiterate"}
_STANCE_ADJ = {
    "concerned": "concerned", "worried": "concerned", "alarmed": "concerned",
    "afraid": "concerned", "anxious": "concerned", "horrified": "concerned",
    "fearful": "concerned", "troubled": "concerned", "uneasy": "concerned",
    "critical": "opposes", "opposed": "opposes", "hostile": "opposes",
    "supportive": "supports", "favourable": "supports", "favorable": "supports",
    "confident": "claims", "convinced": "claims", "sure": "claims", "certain": "claims",
}

# Content words that sharpen a plain reporting verb.
_THREAT = re.compile(
    r"\b(punish\w*|retaliat\w*|destroy\w*|attack\w*|strike back|impeach\w*|sue|lawsuit|legal "
    r"(?:action|measures?|steps)|sanction\w*|war\b|wartime|consequences|revenge|"
    r"ultimatum|retribution|crush|annihilat\w*|countermeasures?|counter-measures?)",
    re.I)
_DANGER = re.compile(r"\b(danger\w*|risk\w*|threat\w*|catastroph\w*|disaster\w*|collapse|crisis)\b", re.I)
_DENIAL = re.compile(
    r"\b(fake|false(?:hood)?s?|untrue|baseless|groundless|unfounded|fabricat\w*|"
    r"not true|nonsense|lies|lie|hoax|rumou?rs?|deni\w+|deny)\b", re.I)
_CONCERN = re.compile(
    r"\b(horrif\w*|alarm\w*|concern\w*|worr\w*|fear\w*|troubl\w*|disturb\w*|dismay\w*|"
    r"shock\w*|anxious|anxiety|appall\w*|deeply regret\w*)\b", re.I)
_SUPPORT_WORDS = re.compile(
    r"\b(prepared to|ready to|willing to|looking forward|look forward|welcome\w*|"
    r"cooperat\w*|collaborat\w*|support\w*|historic|landmark|commit\w* to|in favou?r of|"
    r"back(?:s|ed|ing)? the|endors\w*|praise\w*|great step|important step)\b", re.I)
_OPPOSE_WORDS = re.compile(
    r"\b(dangerous|ideolog\w*|wrong|unacceptable|unfair|unjust|outrageous|shameful|"
    r"disgrace\w*|absurd|ridiculous|illegal|unconstitutional|mistake|harmful|reckless|"
    r"irresponsible|condemn\w*|oppos\w*|against)\b", re.I)
_EVALUATIVE = re.compile(
    r"\b(maniacs?|puppet|provocation\w*|reckless|absurd|grave|terrible|bizarre|unusual|"
    r"amazing|incredible|worse|worst|truly|certainly|clearly|obviously|"
    r"think|believe|hilarious|interesting|would have|could have|dangerous|historic|"
    r"skirmish|obsession|insurgency|disgrace\w*|shameful|outrageous|ridiculous)\b", re.I)

_PRIORITY = {"denies": 7, "warns": 6, "concerned": 5, "opposes": 4, "supports": 3,
             "claims": 2, "neutral_report": 1}


@dataclass
class Attribution:
    holder: str
    cue: str
    stance: str
    target: str
    content: str
    paragraph: int
    start: int
    end: int
    direct_quote: bool
    confidence: float
    #: "person", "organisation" or "group" — for distractors of the same kind.
    holder_kind: str = field(default="organisation", compare=False)

    def to_dict(self) -> dict:
        d = asdict(self)
        d.pop("holder_kind")
        d["confidence"] = round(self.confidence, 2)
        return d


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------
def find_attributions(parsed) -> list[Attribution]:
    """All attributions in ``parsed`` (a :class:`ParsedArticle`), in text order."""
    registry = _NameRegistry(parsed.docs)
    found: list[Attribution] = []
    history: list[tuple[str, str]] = []  # (holder, kind) in text order, for pronouns
    for number, doc in enumerate(parsed.docs):
        original = parsed.paragraphs[number]
        quotes = quote_spans(doc_text(doc))
        para: list[Attribution] = []
        for tok in doc:
            for att in _cues_at(tok, doc, number, original, quotes, registry, history):
                para.append(att)
                history.append((att.holder, att.holder_kind))
        para.extend(_colon_quotes(doc, number, original, quotes, para, found))
        found.extend(_merge(para))
    return found


# --------------------------------------------------------------------------
# Cue detection
# --------------------------------------------------------------------------
def _cues_at(tok: Token, doc: Doc, number: int, original: str, quotes: list[QuoteSpan],
             registry: "_NameRegistry", history) -> list[Attribution]:
    lemma = tok.lemma_.lower()
    out = []
    # "according to X"
    if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
        if pobj is not None:
            holder = _holder(pobj, registry, history)
            if holder:
                clause = tok.head
                while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                    clause = clause.head
                pp = {x.i for x in tok.subtree}
                content_toks = [t for t in clause.subtree if t.i not in pp and not t.is_punct]
                out.append(_build(doc, number, original, quotes, holder, tok, "according to",
                                  None, content_toks, None))
        return out
    if _in_quote(tok, quotes):
        return out  # words inside a quotation are the quoted speaker's, handled as content
    if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.tag_ == "VBG"):
        out.extend(_verb_cue(tok, lemma, doc, number, original, quotes, registry, history))
    elif tok.pos_ == "ADJ" and tok.lower_ in _STANCE_ADJ and tok.dep_ in ("acomp", "amod", "ROOT"):
        out.extend(_adj_cue(tok, doc, number, original, quotes, registry, history))
    elif tok.pos_ == "NOUN" and lemma in _STANCE_NOUNS:
        out.extend(_noun_cue(tok, lemma, doc, number, original, quotes, registry, history))
    return out


def _verb_cue(tok, lemma, doc, number, original, quotes, registry, history):
    if tok.tag_ == "VBN" and tok.lower_ in _STANCE_ADJ:
        # "X are concerned (that) ...", "X were horrified by ..."
        subj = next((c for c in _with_aux_children(tok) if c.dep_ in ("nsubjpass", "nsubj")), None)
        if subj is None:
            return []
        holder = _holder(subj, registry, history)
        if not holder:
            return []
        content = [t for c in tok.children if c.dep_ in ("ccomp", "prep", "xcomp", "agent")
                   and c.i > tok.i for t in c.subtree]
        aux = next((c for c in tok.children if c.dep_ in ("auxpass", "aux")), None)
        cue = f"{aux.text} {tok.text}" if aux is not None else tok.text
        return [_build(doc, number, original, quotes, holder, tok, cue, _STANCE_ADJ[tok.lower_],
                       content, None)]
    all_cues = _SAY | _CLAIM | _DENY | _WARN | _CONCERN_VERB | _SUPPORT | _OPPOSE
    if lemma not in all_cues:
        return []
    if tok.dep_ in ("amod", "compound") and lemma in _SAY | _CLAIM and tok.i >= 2 and \
            {doc[tok.i - 1].text, doc[tok.i - 2].text} & {'"'} and \
            {doc[tok.i - 1].text, doc[tok.i - 2].text} & {","} and tok.head.pos_ == "PROPN":
        # '"...", added KCNA.' misparsed as an adjective on the name
        quote = _adjacent_quote(tok, doc, quotes)
        holder = _holder(tok.head, registry, history)
        if quote is None or not holder:
            return []
        return [_build(doc, number, original, quotes, holder, tok, tok.text, None, [], quote)]
    if tok.dep_ in ("amod", "compound") or tok.tag_ == "VBN" and tok.dep_ == "acl":
        return []  # "the reported deaths", "a video featuring"
    comps = _complements(tok)
    quote = _adjacent_quote(tok, doc, quotes)
    has_clause = any(c.dep_ in ("ccomp", "xcomp") for c in comps) or quote is not None
    has_as = any(c.dep_ in ("prep",) and c.lower_ == "as" or c.dep_ == "oprd" for c in comps)
    parenthetical = tok.dep_ == "parataxis" and lemma in _SAY | _CLAIM
    if parenthetical:
        # "..., NASA reports, ...": the clause around it is the content
        comps = [tok.head]
        has_clause = True
    if lemma in _NEEDS_COMPLEMENT and not (has_clause or has_as):
        if not (lemma in ("call", "ask", "request", "demand") and _call_for(tok)):
            if not (lemma == "back" and False):
                return []
    if lemma in ("call",) and not (has_as or _call_for(tok)) and not has_clause:
        return []
    if lemma in _SUPPORT and lemma in ("ask", "request", "demand", "encourage", "urge") and \
            not (any(c.dep_ in ("xcomp", "ccomp") for c in comps) or _call_for(tok)):
        return []
    subj = _subject(tok)
    if subj is None:
        return []
    holder = _holder(subj, registry, history)
    if not holder:
        return []
    if parenthetical:
        own = {t.i for t in tok.subtree}
        content = [t for t in tok.head.subtree if t.i not in own and not t.is_punct]
    else:
        content = [t for c in comps for t in c.subtree]
    cue = _cue_text(tok)
    stance = _verb_stance(tok, lemma, comps)
    return [_build(doc, number, original, quotes, holder, tok, cue, stance, content, quote)]


def _adj_cue(tok, doc, number, original, quotes, registry, history):
    head = tok.head if tok.dep_ == "acomp" else tok
    subj = _subject(head) if tok.dep_ == "acomp" else None
    if subj is None:
        return []
    holder = _holder(subj, registry, history)
    if not holder:
        return []
    comps = [c for c in list(tok.children) + list(head.children)
             if c.dep_ in ("ccomp", "prep", "xcomp", "advcl") and c.i > tok.i]
    content = [t for c in comps for t in c.subtree]
    return [_build(doc, number, original, quotes, holder, tok, f"{head.text} {tok.text}"
                   if head.i != tok.i else tok.text, _STANCE_ADJ[tok.lower_], content, None)]


def _noun_cue(tok, lemma, doc, number, original, quotes, registry, history):
    stance = _STANCE_NOUNS[lemma]
    head = tok.head
    holder_tok = None
    cue = tok.text
    content: list[Token] = []
    # "X expressed concern", "X announced plans to ...", "X launched a petition asking ..."
    if tok.dep_ in ("dobj", "attr") and head.lemma_.lower() in _LIGHT_VERBS | {"have"} | _SAY:
        if head.lemma_.lower() == "have" and lemma not in ("concern", "plan", "worry", "fear",
                                                            "intention", "objection"):
            return []
        subj = _subject(head)
        if subj is not None and (subj.pos_ == "PRON" or _is_agentive(subj)):
            holder_tok = subj
            cue = f"{head.text} {tok.text}"
    # "X's denial", "the resistance of X", "concerns among X", "support from X"
    if holder_tok is None:
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is not None and poss.lower_ not in ("its", "their", "his", "her", "our", "my",
                                                     "your"):
            holder_tok = poss
        else:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "among", "from", "by"):
                    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if pobj is not None and _is_agentive(pobj):
                        holder_tok = pobj
                        break
    if holder_tok is None:
        return []
    if lemma in ("plan", "intention", "proposal", "call", "appeal", "petition", "commitment",
                 "pledge", "request", "demand") and not any(c.dep_ in ("acl", "relcl", "prep") for c in tok.children):
        return []  # "a plan" with no content says nothing about a stance
    holder = _holder(holder_tok, registry, history)
    if not holder:
        return []
    skip = {t.i for t in holder_tok.subtree}
    if holder_tok.dep_ == "pobj":
        skip.add(holder_tok.head.i)
    content = [t for c in tok.children if c.i not in skip and c.dep_ not in ("det", "amod", "poss")
               for t in c.subtree if t.i not in skip]
    # "a petition ..., asking the government to ..." : the asking clause is content
    acl = [c for c in tok.children if c.dep_ == "acl"]
    if acl:
        content = [t for c in acl for t in c.subtree if t.i not in skip]
    if not content and tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        # "..., despite the resistance of X": what is resisted is the main clause
        clause = tok.head.head
        drop = {t.i for t in tok.head.subtree}
        content = [t for t in clause.subtree if t.i not in drop and not t.is_punct]
    conf = 0.6
    att = _build(doc, number, original, quotes, holder, tok, cue, stance, content, None)
    att.confidence = min(att.confidence, conf + (0.15 if holder_tok is not None and
                                                 tok.dep_ in ("dobj",) else 0))
    return [att]


def _call_for(tok: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) or \
        any(c.dep_ in ("dobj",) and any(g.dep_ in ("xcomp", "ccomp") for g in c.children)
            for c in tok.children)


def _complements(tok: Token) -> list[Token]:
    keep = ("ccomp", "xcomp", "dobj", "oprd", "prep", "advcl", "attr", "acomp", "dative", "npadvmod",
            "obj", "pcomp", "conj")
    out = []
    for c in tok.children:
        if c.dep_ not in keep:
            continue
        if c.dep_ in ("prep", "npadvmod", "advcl") and c.i < tok.i:
            continue  # "On October 18th, it was confirmed ..."
        if c.dep_ == "prep" and c.lower_ not in ("as", "about", "over", "for", "on", "to", "that",
                                               "against", "of", "with"):
            continue
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            continue  # a coordinated verb is its own cue
        if c.dep_ == "advcl" and c.tag_ == "VBG":
            continue  # ", dismissing them as ..." is its own cue
        out.append(c)
    return out


def _cue_text(tok: Token) -> str:
    parts = [tok]
    for c in tok.children:
        if c.dep_ == "prt" or (c.dep_ == "neg"):
            parts.append(c)
    parts.sort(key=lambda t: t.i)
    return " ".join(t.text for t in parts)


def _verb_stance(tok: Token, lemma: str, comps: list[Token]) -> str | None:
    negated = any(c.dep_ == "neg" for c in tok.children)
    if lemma in _DENY:
        if lemma == "reject":
            objs = [c for c in comps if c.dep_ == "dobj"]
            if objs and objs[0].lemma_.lower() in {"claim", "report", "allegation", "accusation",
                                                    "suggestion", "rumour", "rumor", "story",
                                                    "charge", "idea", "news", "notion"}:
                return "denies"
            return "opposes"
        return "denies"
    if lemma in _WARN:
        return "warns"
    if lemma in _CONCERN_VERB:
        return "concerned"
    if lemma in _SUPPORT:
        return "opposes" if negated else "supports"
    if lemma in _OPPOSE:
        return "supports" if negated and lemma == "oppose" else "opposes"
    if lemma == "announce" and any(c.dep_ == "dobj" and c.lemma_.lower() in
                                   ("plan", "intention", "decision", "support", "pledge")
                                   for c in comps):
        return "supports"
    if lemma in _CLAIM:
        return "claims"
    return None  # plain reporting verb: holder and content decide


# --------------------------------------------------------------------------
# Holders
# --------------------------------------------------------------------------
def _subject(tok: Token) -> Token | None:
    """The grammatical subject (or passive agent) of ``tok``, climbing through
    participles, infinitives and coordinated verbs to the clause that has one."""
    cur = tok
    for _ in range(4):
        subj = [c for c in _with_aux_children(cur) if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        agent = next((c for c in cur.children if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        if subj:
            s = subj[0]
            if s.dep_ == "nsubjpass":
                return None  # "it was said", "X was reported" : no speaker
            # Several subjects ("The president of Korea, Yoon Suk-Yeol had ..."):
            # prefer a proper name.
            named = [x for x in subj if x.pos_ == "PROPN"]
            return named[0] if named else s
        if cur.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp") and cur.head.i != cur.i:
            nxt = cur.head
            if cur.dep_ == "acl" and nxt.pos_ in ("NOUN", "PROPN"):
                # "an article expressing concern" : the article's publisher
                if nxt.dep_ in ("dobj",) and nxt.head.pos_ in ("VERB", "AUX"):
                    nxt = nxt.head
                elif nxt.dep_ in ("nsubj",) and nxt.lemma_.lower() in _DOCUMENT_NOUNS:
                    return None
                else:
                    return None
            if cur.dep_ == "conj" and cur.head.pos_ not in ("VERB", "AUX"):
                return None
            if cur.dep_ == "pcomp":
                # "X reacted by proposing ...": the subject of "reacted";
                # "with one poster writing ..." has its own subject
                prep = cur.head
                if prep.lower_ == "by" and prep.head.pos_ in ("VERB", "AUX"):
                    cur = prep.head
                    continue
                return None
            cur = nxt
            continue
        if cur.dep_ == "relcl":
            # "officials, who said ..."
            return cur.head
        return None
    return None


def _with_aux_children(tok: Token) -> list[Token]:
    """Children of ``tok`` and of its auxiliaries (the parser sometimes hangs
    the subject on "are" in "X are concerned")."""
    out = list(tok.children)
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass") and c.i < tok.i:
            out.extend(g for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))
    return out


@dataclass
class _Holder:
    name: str
    kind: str
    token: Token
    confidence: float


def _holder(tok: Token, registry: "_NameRegistry", history) -> _Holder | None:
    low = tok.lower_
    if any(t.lower_ in _NOBODY_IN_PARTICULAR and t.i <= tok.i for t in tok.subtree):
        return None  # "Not all experts agree": no one to give a position to
    if tok.pos_ == "PRON":
        return _pronoun_holder(tok, history)
    if tok.lemma_.lower() in _DOCUMENT_NOUNS or tok.lower_ in _DOCUMENT_NOUNS:
        # "the post by an unknown author", "Posts on the message board for Operation Clambake"
        agent = _author_of(tok)
        if agent is None:
            return None
        tok = agent
    # Prefer a proper-name apposition: "the secretary general, Nunzio Galantino, said"
    if tok.pos_ != "PROPN":
        appos = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if appos:
            tok = appos[-1]
    if tok.pos_ == "PROPN":
        name = _proper_name(tok)
        if not name_tokens(name):
            return None
        kind = _kind(tok, name)
        full = registry.resolve(name) if kind == "person" else name
        return _Holder(full, kind, tok, 0.9)
    if tok.pos_ == "NOUN" and _is_agentive(tok):
        phrase = _common_phrase(tok)
        # "the poster" after "one poster": the same holder
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
            for prev, kind in reversed(history):
                if tok.lemma_.lower() in name_tokens(prev) or tok.lower_ in name_tokens(prev):
                    return _Holder(prev, kind, tok, 0.75)
        kind = "group" if tok.tag_ == "NNS" else ("person" if _PERSON_SUFFIX.search(tok.lower_)
                                                   and tok.lemma_.lower() not in _ORG_LIKE
                                                   else "organisation")
        return _Holder(phrase, kind, tok, 0.75)
    if low in ("who",):
        return None
    return None


def _is_agentive(tok: Token) -> bool:
    if tok.pos_ == "PROPN":
        return True
    lemma = tok.lemma_.lower()
    if lemma in _DOCUMENT_NOUNS:
        return False
    return lemma in _HOLDER_NOUNS or tok.lower_ in _HOLDER_NOUNS or \
        bool(_AGENT_SUFFIX.search(tok.lower_)) and len(tok.text) > 5


def _author_of(tok: Token) -> Token | None:
    """The author named inside a document noun phrase, if any."""
    for t in tok.subtree:
        if t.i == tok.i:
            continue
        if t.dep_ == "pobj" and t.head.lower_ in ("by", "from", "for") and _is_agentive(t):
            return t
        if t.dep_ == "poss" and t.head.i == tok.i and t.pos_ == "PROPN":
            return t
    # "Posts on the message board for the ... site Operation Clambake"
    names = [t for t in tok.subtree if t.pos_ == "PROPN" and t.dep_ in ("appos", "pobj")
             and t.i != tok.i]
    return names[-1] if names else None


def _pronoun_holder(tok: Token, history) -> _Holder | None:
    low = tok.lower_
    if low in _PERSON_PRONOUNS:
        for name, kind in reversed(history):
            if kind == "person":
                return _Holder(name, kind, tok, 0.7)
        # the most recent person named before this point in the paragraph
        names = [e for e in tok.doc.ents if e.label_ == "PERSON" and e.end <= tok.i]
        if names:
            return _Holder(names[-1].text, "person", tok, 0.6)
        return None
    if low in _THING_PRONOUNS:
        # "it added" : only right after an organisation was quoted
        for name, kind in reversed(history[-2:]):
            if kind == "organisation":
                return _Holder(name, kind, tok, 0.65)
        return None
    if low in _PLURAL_PRONOUNS:
        for name, kind in reversed(history[-2:]):
            if kind == "group":
                return _Holder(name, kind, tok, 0.6)
        return None
    return None


def _proper_name(tok: Token) -> str:
    """The contiguous proper-name run headed by ``tok`` ("Yoon Suk-Yeol",
    "Korea's National Intelligence Service", "The Guardian")."""
    doc = tok.doc
    lo = hi = tok.i
    # left: compounds and hyphen pieces; a possessive name ("Korea's")
    while lo > 0:
        prev = doc[lo - 1]
        if prev.text == "-" and prev.whitespace_ == "" and lo > 1 and doc[lo - 2].is_alpha and \
                doc[lo - 2].whitespace_ == "":
            lo -= 2
        elif prev.pos_ == "PROPN" and prev.head.i in range(lo, hi + 1) and prev.dep_ in (
                "compound", "flat", "nmod", "amod", "nummod", "poss") and not _is_title(prev):
            lo -= 1
        elif prev.tag_ == "HYPH" and lo > 1 and doc[lo - 2].is_alpha and \
                doc[lo - 2].whitespace_ == "" and prev.whitespace_ == "":
            lo -= 2
        elif prev.tag_ == "POS" and lo > 1 and doc[lo - 2].pos_ == "PROPN" and \
                doc[lo - 2].dep_ == "poss":
            lo -= 2
        elif prev.lower_ == "the" and prev.head.i in range(lo, hi + 1):
            lo -= 1
            break
        else:
            break
    while hi + 1 < len(doc):
        nxt = doc[hi + 1]
        if nxt.head.i == tok.i and nxt.dep_ in ("flat", "compound") and nxt.pos_ == "PROPN":
            hi += 1
        elif nxt.tag_ == "HYPH" and hi + 2 < len(doc) and doc[hi + 2].pos_ == "PROPN" and \
                doc[hi + 2].head.i == tok.i:
            hi += 2
        else:
            break
    # an organisation's name with "of" inside ("The Union of Rationalist Atheists")
    ent = entity_at(tok)
    if ent is not None and ent.label_ in ("ORG", "FAC", "WORK_OF_ART", "GPE") and \
            len(ent) <= 10 and '"' not in ent.text and ent.start <= lo and ent.end - 1 > hi and \
            any(t.lower_ in ("of", "for", "and") for t in doc[hi + 1:ent.end]):
        hi = ent.end - 1
    # a person's name starts where spaCy's PERSON entity starts ("Coach Daniel Mbeki")
    if ent is not None and ent.label_ == "PERSON" and ent.start > lo and ent.end - 1 >= tok.i:
        lo = ent.start
    # drop leading titles ("President Yoon", "Mr. Toccafondi" stay readable via the registry)
    toks = list(doc[lo:hi + 1])
    while len(toks) > 1 and (_is_title(toks[0]) or toks[0].lower_ == "the" and len(toks) > 2
                             and _is_title(toks[1])):
        toks = toks[1:]
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return clean(doc_text(doc)[start:end])


def _is_title(tok: Token) -> bool:
    return tok.lower_ in TITLES or tok.lower_.rstrip(".") in TITLES


def _common_phrase(tok: Token) -> str:
    """"Western nations", "the United States government", "Critics of Scientology at ..."."""
    doc = tok.doc
    left = [c for c in tok.lefts if c.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod",
                                               "quantmod", "advmod")]
    lo = min([tok.i] + [t.i for c in left for t in c.subtree])
    hi = tok.i
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "on", "in", "for", "from"):
            sub = list(c.subtree)
            if sub[-1].i - lo < 12:
                hi = max(hi, sub[-1].i)
        else:
            break
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    return clean(doc_text(doc)[start:end])


def _kind(tok: Token, name: str) -> str:
    ent = entity_at(tok)
    if ent is not None and ent.label_ == "PERSON":
        return "person"
    if ent is not None and ent.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC"):
        # spaCy's small model calls some people ORG; a title in front says person
        if tok.i > 0 and _person_title_before(tok):
            return "person"
        return "organisation"
    if _person_title_before(tok):
        return "person"
    words = name.split()
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and tok.tag_ == "NNP" and \
            not any(w.lower() in _ORG_LIKE for w in words):
        return "person"
    return "organisation"


def _person_title_before(tok: Token) -> bool:
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and doc[i].pos_ == "PROPN" and not _is_title(doc[i]):
        i -= 1
    return i >= 0 and _is_title(doc[i]) and doc[i].lower_ not in ("council", "supreme", "general")


class _NameRegistry:
    """Every proper-name run in the article, to resolve "President Yoon" and
    "Gaudi" to the fullest name the article uses."""

    def __init__(self, docs: list[Doc]):
        self.names: dict[tuple[str, ...], str] = {}
        for doc in docs:
            for ent in doc.ents:
                if ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
                    self._add(clean(ent.text))
            for tok in doc:
                if tok.pos_ == "PROPN" and tok.dep_ not in ("compound", "flat"):
                    self._add(_proper_name(tok))

    def _add(self, name: str) -> None:
        key = tuple(name_tokens(name))
        if key and len(name) < 60:
            if key not in self.names or len(name) > len(self.names[key]):
                self.names[key] = name

    def resolve(self, name: str) -> str:
        words = set(name_tokens(name))
        if not words:
            return name
        best: list[tuple[str, ...]] = []
        for key in self.names:
            if words <= set(key) and len(key) <= 4 and not any(
                    k in ("’s", "'s") for k in key):
                best.append(key)
        if not best:
            return name
        longest = max(len(k) for k in best)
        top = {k for k in best if len(k) == longest}
        if len(top) != 1:
            return name
        # the fuller name must contain the short one as a whole word sequence of names,
        # not a possessive phrase ("Korea's ..." is not a longer name for "Korea")
        return self.names[top.pop()]


# --------------------------------------------------------------------------
# Building and stance
# --------------------------------------------------------------------------
def _in_quote(tok: Token, quotes: list[QuoteSpan]) -> bool:
    return any(q.start < tok.idx < q.end - 1 for q in quotes)


def _adjacent_quote(tok: Token, doc: Doc, quotes: list[QuoteSpan]) -> QuoteSpan | None:
    """A quotation this reporting verb introduces or closes.

    After the verb: within a few words in the same sentence ('said, "..."',
    'told the BBC the planet "..."').  Before the verb: the quote must be
    followed by a comma (inside or after the mark) and at most a short
    holder phrase ('"...", said KCNA', '"...," Khaled Al-Maeena, editor, said').
    """
    sent = tok.sent
    after = [q for q in quotes if q.start > tok.idx and q.start < sent.end_char]
    for q in after:
        gap = doc_text(doc)[tok.idx + len(tok.text):q.start]
        verbs_between = [t for t in doc[tok.i + 1:] if t.idx < q.start and t.pos_ == "VERB"]
        if len(gap.split()) <= 8 and not re.search(r"[.;]", gap) and not verbs_between:
            return q
        break
    before = [q for q in quotes if q.end <= tok.idx]
    if before:
        q = before[-1]
        gap = doc_text(doc)[q.end:tok.idx]
        inner_comma = doc_text(doc)[q.end - 2:q.end - 1] in (",", "?", "!")
        if (inner_comma or re.match(r"\s*,", gap)) and len(gap.split()) <= 12 and \
                not re.search(r"[.;:?!]", gap):
            return q
    return None


def _build(doc: Doc, number: int, original: str, quotes: list[QuoteSpan], holder: _Holder,
           cue_tok: Token, cue: str, stance: str | None, content_toks, quote: QuoteSpan | None
           ) -> Attribution:
    holder_idx = {t.i for t in holder.token.subtree} if holder.token.pos_ != "PRON" else {
        holder.token.i}
    content_toks = [t for t in content_toks if t.i not in holder_idx and not t.is_space]
    if quote is None:
        # a quotation inside the content makes it a direct quote
        if content_toks:
            cs, ce = _chars(content_toks)
            for q in quotes:
                if q.start < ce and q.end > cs and (q.end - q.start) > 0.5 * (ce - cs):
                    quote = q
                    break
    if quote is not None:
        cstart, cend = quote.start + 1, quote.end - 1
        direct = True
    elif content_toks:
        cstart, cend = _chars(content_toks)
        direct = False
    else:
        sent = cue_tok.sent
        cstart, cend = sent.start_char, sent.end_char
        direct = False
    content = clean(original[cstart:cend])
    sent = cue_tok.sent
    start = min(sent.start_char, cstart if quote is not None else sent.start_char,
                quote.start if quote is not None else sent.start_char)
    end = max(sent.end_char, quote.end if quote is not None else sent.end_char)
    while end > start and original[end - 1].isspace():
        end -= 1
    while start < end and original[start].isspace():
        start += 1
    stance = _content_stance(stance, holder, cue_tok, content)
    target = _target(cue_tok, content_toks, content, holder_idx)
    conf = holder.confidence
    if stance in ("claims", "neutral_report") and cue_tok.lemma_.lower() not in _SAY | _CLAIM and \
            cue != "according to":
        conf -= 0.1
    if not content:
        conf -= 0.2
    return Attribution(holder=holder.name, cue=cue, stance=stance, target=target, content=content,
                       paragraph=number, start=start, end=end, direct_quote=direct,
                       confidence=round(max(0.05, min(conf, 0.99)), 2), holder_kind=holder.kind)


def _chars(tokens) -> tuple[int, int]:
    tokens = sorted(tokens, key=lambda t: t.i)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _content_stance(stance: str | None, holder: _Holder, cue_tok: Token, content: str) -> str:
    lemma = cue_tok.lemma_.lower()
    if stance in ("denies", "warns", "concerned"):
        return stance
    if stance in ("supports", "opposes") and lemma not in ("describe", "call", "characterize"):
        if stance == "supports" and _THREAT.search(content) and lemma in ("vow", "pledge",
                                                                          "promise"):
            return "warns"
        if stance == "supports" and re.search(r"\bcounter-?(?:measures?|proposals?|attacks?)\b|"
                                              r"^against\b", content, re.I):
            return "opposes"  # "proposed counter-measures" works against something
        return stance
    # a plain reporting verb, or an evaluating verb ("called it dangerous")
    conditional_threat = re.search(r"\b(if|unless)\b", content, re.I) and _THREAT.search(content)
    if conditional_threat or (_THREAT.search(content) and re.search(r"\b(will|would|should|"
                                                                     r"deserves?|must)\b",
                                                                     content, re.I)):
        return "warns"
    if _DENIAL.search(content) and lemma in _DENY | {"respond", "reply", "say", "state", "call",
                                                     "describe", "dismiss"}:
        if re.search(r"\b(fake|untrue|baseless|groundless|unfounded|not true|fabricat\w*|lies|"
                     r"hoax|false)\b", content, re.I):
            return "denies"
    if _CONCERN.search(content):
        return "concerned"
    if stance is None or lemma in ("describe", "call", "characterize", "characterise", "label"):
        if lemma in ("describe", "call", "characterize", "characterise", "label", "dub"):
            short = len(content.split()) <= 6
            if short and _OPPOSE_WORDS.search(content):
                return "opposes"
            if short and _SUPPORT_WORDS.search(content):
                return "supports"
            if stance is None:
                stance = "claims"
            return stance
        if _SUPPORT_WORDS.search(content) and not _OPPOSE_WORDS.search(content):
            return "supports"
    if stance is not None:
        return stance
    # plain reporting verbs: a person's statement is a claim; an organisation
    # reporting is a neutral report unless the content evaluates
    if lemma in ("report", "announce", "publish", "confirm", "disclose", "inform") or \
            cue_tok.lower_ == "according":
        if holder.kind == "person" and cue_tok.lower_ == "according":
            return "claims"
        if lemma == "confirm":
            return "claims"
        return "claims" if _EVALUATIVE.search(content) else "neutral_report"
    if holder.kind in ("person", "group"):
        return "claims"
    return "claims" if _EVALUATIVE.search(content) else "neutral_report"


def _target(cue_tok: Token, content_toks, content: str, holder_idx) -> str:
    """What the stance is about: the object of the cue, else the subject of the
    reported clause, else the start of the content."""
    doc = cue_tok.doc
    cands = []
    for c in cue_tok.children:
        if c.i in holder_idx:
            continue
        if c.dep_ in ("dobj", "pobj") and c.pos_ in ("NOUN", "PROPN"):
            cands.append(c)
        if c.dep_ == "prep" and c.lower_ in ("about", "over", "of", "on", "to", "against", "for",
                                             "with"):
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                cands.append(pobj)
    for c in cands:
        if c.pos_ == "PRON":
            continue
        toks = [t for t in c.subtree if t.i not in holder_idx]
        if not toks:
            continue
        text = clean(doc_text(doc)[toks[0].idx:toks[-1].idx + len(toks[-1].text)])
        words = text.split()
        if len(words) > 12:
            text = " ".join(words[:12]) + "…"
        if text:
            return text
    if cue_tok.dep_ != "ROOT" and cue_tok.head.pos_ in ("VERB", "AUX"):
        # "responded to persistent news reports ..., dismissing them"
        for c in cue_tok.head.children:
            if c.dep_ == "prep":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ == "NOUN":
                    toks = list(pobj.subtree)
                    text = clean(doc_text(doc)[toks[0].idx:toks[-1].idx + len(toks[-1].text)])
                    words = text.split()
                    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")
    words = content.split()
    return " ".join(words[:10]) + ("…" if len(words) > 10 else "")


def _colon_quotes(doc: Doc, number: int, original: str, quotes, para, found) -> list[Attribution]:
    """A paragraph that is only a quotation, right after a paragraph whose
    attribution ends with a colon, continues that holder's words."""
    text = doc_text(doc).strip()
    if not quotes or para or not text.startswith('"') or not found:
        return []
    prev = found[-1]
    if prev.paragraph != number - 1:
        return []
    q = quotes[0]
    content = clean(original[q.start + 1:q.end - 1])
    return [Attribution(holder=prev.holder, cue=prev.cue, stance=prev.stance, target=prev.target,
                        content=content, paragraph=number, start=q.start, end=q.end,
                        direct_quote=True, confidence=round(prev.confidence * 0.8, 2),
                        holder_kind=prev.holder_kind)]


def _merge(atts: list[Attribution]) -> list[Attribution]:
    """One attribution per holder and sentence: the most specific stance wins,
    the longest content is kept."""
    out: list[Attribution] = []
    for a in atts:
        same = next((b for b in out if b.paragraph == a.paragraph and _same_holder(a.holder, b.holder)
                     and a.start < b.end and b.start < a.end), None)
        if same is None:
            out.append(a)
            continue
        rank = lambda x: (_PRIORITY[x.stance], x.confidence, x.direct_quote)  # noqa: E731
        best, other = (a, same) if rank(a) > rank(same) else (same, a)
        if other.direct_quote and not best.direct_quote:
            best.content, best.direct_quote = other.content, True
            if best.target.startswith(best.content[:20]) or len(best.target) > len(other.target):
                best.target = other.target
        best.start, best.end = min(a.start, same.start), max(a.end, same.end)
        best.confidence = max(a.confidence, same.confidence)
        if best is not same:
            out[out.index(same)] = best
    return sorted(out, key=lambda x: (x.paragraph, x.start))


def _same_holder(a: str, b: str) -> bool:
    ta, tb = set(name_tokens(a)), set(name_tokens(b))
    return bool(ta and tb) and (ta <= tb or tb <= ta)
