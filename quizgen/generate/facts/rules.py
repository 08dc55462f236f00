"""The clause rules: which part of a clause a fact question asks for.

``RULES`` is the table (name -> DependencyMatcher pattern -> builder); each
builder turns one match into (prompt, answer) pairs with the clause
transformations of :mod:`..clauses`.  The subject question and the clause-wide
rules (complement chains, remarks) are in :data:`CLAUSE_RULES`.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from spacy.tokens import Token

from ...lexicons.opinion import FEELINGS
from ...lexicons.quantities import DURATION_UNITS
from ...lexicons.speech import SAYING
from ...nlp import load_pipeline
from ..clause_checks import (denied_content, joined_to_an_inner_list, misread_as_reporting,
                             preposition_left_without_object, quoting_verb, says_nothing)
from ..clauses import (
    DO_FORMS,
    Clause,
    common_word,
    is_pronoun,
    object_question,
)
from ..context import NUMBER_LABELS, Context, phrase_text, phrase_tokens
from ..coref import askable_subject
from ..passives import agent_question
from .adjuncts import prep_answer
from .answers import answer_for, object_answer
from .keys import Answer, tagged
from .chains import chain_questions
from .descriptions import description
from .objects import (Pair, bleached_verb_object, called_after_noun_rule, called_rule, object_rule, one_of_a_list,
                      one_of_listed_subjects)
from .reported import remarks_questions
from .subjects import subject_questions
from .table import Nodes, Rule, RuleIndex, child, lemma_in, lemma_not_in, run, verb
from .words import (
    CALLING,
    CONTROL,
    DESCRIBING,
    GERUND_OBJECT,
    GERUND_PREPS,
    RELATIVE_TIME,
    USING_TIME,
)

#: Arguments that may stand before the subject and still be asked ("On Monday, …").
FRONTABLE = {"npadvmod", "prep", "advmod"}


def agent_rule(ctx: Context, clause: Clause, m: Nodes) -> Iterator[Pair]:
    """"X was confirmed by Y" -> "Who confirmed X?"."""
    pobj = next(c for c in m["arg"].children if c.dep_ == "pobj")
    ans = answer_for(ctx, pobj, "agent")
    if ans is not None and (one_of_a_list(pobj, ans) or one_of_listed_subjects(pobj, ans)):
        return  # "is jointly owned by the mining company Vale and BHP Billiton": one owner is no key (panel 47);
        # "was backed by the Danish People's Party, the Social Democrats and two smaller parties" (panel 73)
    if any(c.lower_ == "by" and c.i != m["arg"].i for c in m["arg"].head.children):
        return  # "must be ratified by the US Senate … and by both houses of the Russian parliament":
        # one of two doers, and the second "by" stays in the stem (panel 78: three of three)
    if ans is not None and ans.wh.split()[0].lower() in ("who", "what", "which"):
        # "was delayed by six weeks" names an amount, not who delayed it
        prompt = agent_question(ctx, clause, ans.wh, m["arg"])
        if prompt:
            yield prompt, ans


def participle_antecedent(ctx: Context, clause: Clause, pronoun: Token) -> str | None:
    """What "them"/"it" stands for in a participle clause: the main verb's
    object, or the object of its preposition, of the pronoun's number
    ("responded to news reports …, dismissing them as …")."""
    if clause.tense is None or pronoun.lower_ not in {"them", "it"}:
        return None
    main = clause.verb.head
    nouns = [c for c in main.children if c.dep_ == "dobj"]
    nouns += [p for prep in main.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"]
    plural = pronoun.lower_ == "them"
    fits = [n for n in nouns if n.pos_ in {"NOUN", "PROPN"} and (n.tag_ in {"NNS", "NNPS"}) == plural]
    if len(fits) != 1:
        return None
    tokens = phrase_tokens(fits[0], max_words=8)
    if not tokens or any(is_pronoun(t) for t in tokens):
        return None
    return phrase_text(ctx, tokens)


def described_as_rule(ctx: Context, clause: Clause, m: Nodes) -> Iterator[Pair]:
    """"described the bridge as a costly mistake" -> "How did X describe the bridge?"."""
    arg, obj = m["arg"], m["obj"]
    found = description(ctx, arg)
    antecedent = participle_antecedent(ctx, clause, obj) if is_pronoun(obj) else None
    if found is None or (is_pronoun(obj) and antecedent is None):
        return
    prompt = object_question(ctx, clause, "How", {t.i for t in arg.subtree})
    if prompt and antecedent:
        # ", dismissing them as …": "them" is the main clause's object, named in the stem
        prompt = re.sub(rf"\b{re.escape(obj.text)}\b", lambda _: antecedent, prompt, count=1)
    if prompt:
        yield prompt, found


def misattached_apposition(phrase: Token) -> set[int]:
    """", the annual pilgrimage to Mecca," right after a phrase but parsed as the
    verb's adverbial noun: an apposition of the phrase's last noun, removed with it."""
    doc = phrase.doc
    comma = phrase.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return set()
    nxt = next((c for c in phrase.head.children if c.dep_ in {"npadvmod", "appos"} and c.pos_ == "NOUN"
                and c.left_edge.i in {comma, comma + 1} and doc[comma + 1].dep_ == "det"), None)
    if nxt is None:
        return set()
    out = {comma} | {t.i for t in nxt.subtree}
    end = nxt.right_edge.i + 1
    if end < len(doc) and doc[end].text == ",":
        out.add(end)
    return out


def _rest_text(ctx: Context, tokens: list[Token]) -> str:
    text = ctx.text_of(tokens)
    if tokens and ctx.starts_sentence(tokens[0]) and tokens[0].pos_ != "PROPN":
        text = text[:1].lower() + text[1:]
    return text


def interval_rule(ctx: Context, clause: Clause, m: Nodes) -> Iterator[Pair]:
    """"comes ten days before the festival" -> "How long before the festival does … come?"."""
    arg = m["arg"]
    span = next(c for c in arg.children if c.dep_ == "npadvmod")
    amount = list(span.subtree)
    rest = [t for t in arg.subtree if t.i > arg.i]
    if not any(t.lower_ in DURATION_UNITS for t in amount) or not any(t.like_num for t in amount) \
            or not rest or len(rest) > 10 or any(is_pronoun(t) and t.dep_ != "poss" for t in rest):
        return
    # "just ten days" with "just" parsed as the verb's adverb: the amount's own word
    doc = arg.doc
    lead = [doc[i] for i in range(amount[0].i - 1, clause.verb.i, -1)
            if doc[i].head.i == clause.verb.i and doc[i].dep_ == "advmod" and doc[i].ent_type_ == "DATE"][:1]
    if lead and lead[0].i == amount[0].i - 1:
        amount = lead + amount
    ans = Answer(amount, ctx.text_of(amount), "DATE", "How long")
    wh = f"How long {arg.lower_} {_rest_text(ctx, rest)}"
    prompt = object_question(ctx, clause, wh, {t.i for t in arg.subtree} | {t.i for t in amount}
                             | misattached_apposition(arg))
    if prompt:
        yield prompt, ans


def adjunct_rule(ctx: Context, clause: Clause, m: Nodes) -> Iterator[Pair]:
    """Time, place, number and stranded-preposition phrases: "When …?",
    "Where …?", "For how many …?", "Who did X speak with?"."""
    arg = m["arg"]
    if arg.i > 0 and arg.doc[arg.i - 1].text == "," and (arg.lower_ == "with" or arg.i < clause.verb.i):
        return  # ", with Jones the only one booked"; "The train, on the Sarmiento line, failed …": asides (panel 48)
    found = prep_answer(ctx, arg)
    if not found:
        return
    ans, strand = found
    removed = {t.i for t in arg.subtree} - ans.keep
    wh = ans.wh
    if strand and arg.i < clause.subject.i:  # "At a council hearing, X told …": "At which hearing did X tell …?"
        strand, wh = False, f"{arg.text.capitalize()} {ans.wh[:1].lower()}{ans.wh[1:]}"
    if strand:
        removed.discard(arg.i)
        if not ans.whole and ans.label != "PERSON":  # "from Senator Elizabeth Warren": the title goes too
            removed -= {t.i for t in arg.subtree if t.i < ans.tokens[0].i}
        else:
            after = ans.tokens[-1].i + 1
            if after < len(arg.doc) and arg.doc[after].text in {'"', "\u201d"}:
                removed.add(after)  # the closing quote mark of the name
    prompt = object_question(ctx, clause, wh, removed)
    if prompt:
        yield prompt, ans


def infinitive_object_rule(ctx: Context, clause: Clause, m: Nodes) -> Iterator[Pair]:
    """"was there to launch X", "has been told to prepare X": the infinitive's object."""
    arg, obj = m["inf"], m["arg"]
    if arg.i < clause.verb.i or any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in arg.children):
        return
    if any(c.dep_ == "conj" or c.dep_ == "appos" and c.pos_ == "NOUN" for c in obj.children):
        return  # "to demand better pay, protection of benefits, …": one item of a list is no key
    if bleached_verb_object(clause, obj):
        return  # "refused to take decisive leadership"
    ans = object_answer(ctx, obj)
    if ans is None or ans.label in NUMBER_LABELS:
        return
    last = max(t.i for t in ans.tokens)
    if any(t.pos_ in {"VERB", "AUX"} and t.i > last for t in arg.subtree):
        return  # "asked a court to order United to preserve evidence": cutting "to preserve …" loses the point
    removed = ({t.i for t in obj.subtree} | {t.i for t in ans.tokens}) - ans.keep
    removed |= {t.i for t in arg.subtree if t.i > max(t.i for t in ans.tokens)}
    prompt = object_question(ctx, clause, ans.wh, removed)
    if prompt:
        yield prompt, ans


def _phrase_key(ctx: Context, tokens: list[Token], skip: set[int]) -> Answer | None:
    """A verb phrase as a key ("get off the shoreline"): 2-10 words, no
    pronoun, no quote marks, ending on a content word."""
    body = [t for t in tokens if t.i not in skip and not (t.is_punct and t.text in {'"', "\u201c", "\u201d"})]
    while body and body[-1].is_punct:
        body.pop()
    words = [t for t in body if not t.is_punct]
    if not 2 <= len(words) <= 10 or any(is_pronoun(t) and t.dep_ != "poss" for t in words) \
            or body[-1].pos_ in {"ADP", "DET", "CCONJ", "PART"}:
        return None
    return Answer(body, ctx.text_of(body), None, "What")


def _ends_clause(clause: Clause, removed: set[int]) -> bool:
    """Nothing of the clause follows the removed phrase (so "to do" can end the stem)."""
    last = max(removed)
    return not any(t.i > last for t in clause.tokens if t.i not in removed)


def _noun_runs_on(clause: Clause, removed: set[int]) -> bool:
    """A number or noun of the clause follows the removed phrase at once: the
    parse cut a name in two ("selling its Galaxy Note | 7 smartphone")."""
    after = clause.verb.doc[max(removed) + 1] if max(removed) + 1 < len(clause.verb.doc) else None
    return after is not None and after.i in {t.i for t in clause.tokens} and after.pos_ in {"NUM", "NOUN", "PROPN"}


def told_to_rule(ctx: Context, clause: Clause, m: Nodes) -> Iterator[Pair]:
    """"encouraged people to get off the shoreline" -> "What did X encourage
    people to do?" (key: get off the shoreline)."""
    arg = m["arg"]
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in arg.children):
        return
    removed = {t.i for t in arg.subtree}
    ans = _phrase_key(ctx, list(arg.subtree), {c.i for c in arg.children if c.dep_ == "aux"})
    if ans is None or not _ends_clause(clause, removed):
        return
    prompt = object_question(ctx, clause, "What", removed, tail="to do")
    if prompt:
        yield prompt, ans


def gerund_object_rule(ctx: Context, clause: Clause, m: Nodes) -> Iterator[Pair]:
    """"The army has denied using live ammunition" -> "What has the army denied?"."""
    arg = m["arg"]
    if arg.i < clause.verb.i or any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in arg.children):
        return
    ans = _phrase_key(ctx, list(arg.subtree), set())
    if ans is None or _noun_runs_on(clause, {t.i for t in arg.subtree}):
        return
    prompt = object_question(ctx, clause, "What", {t.i for t in arg.subtree})
    if prompt:
        yield prompt, ans


def prep_gerund_rule(ctx: Context, clause: Clause, m: Nodes) -> Iterator[Pair]:
    """"has been barred from leaving the country" -> "What has X been barred
    from doing?" (key: leaving the country)."""
    arg, ing = m["arg"], m["ing"]
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in ing.children):
        return
    removed = {t.i for t in ing.subtree}
    ans = _phrase_key(ctx, list(ing.subtree), set())
    if ans is None or not _ends_clause(clause, removed | {arg.i}):
        return
    prompt = object_question(ctx, clause, "What", removed, tail="doing")
    if prompt:
        yield prompt, ans


def said_description_rule(ctx: Context, clause: Clause, m: Nodes) -> Iterator[Pair]:
    """"MSF said the health system was 'falling apart'" -> "How did MSF describe
    the health system?" (key: the words the speaker used for it)."""
    arg, subj = m["arg"], m["subj"]
    do = DO_FORMS.get(clause.verb.tag_)
    pred = [c for c in arg.children if c.dep_ in {"acomp", "attr"}] if arg.lemma_ == "be" else \
        ([arg] if arg.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in arg.children) else [])
    if do is None or len(pred) != 1 or clause.negated or any(c.dep_ == "neg" for c in arg.children) \
            or preposition_left_without_object(subj):
        return
    tokens = list(pred[0].subtree) if pred[0] is not arg else \
        [t for t in arg.subtree if t.i >= arg.i and t.dep_ != "punct" or t.i == arg.i]
    first = min(t.i for t in tokens)
    quoted = first > 0 and pred[0].doc[first - 1].text in {'"', "\u201c"}
    if pred[0].lemma_.lower() in FEELINGS or any(t.lower_ in FEELINGS for t in tokens[-1:]):
        return  # "said the board was 'deeply sad'": a feeling reported (lexicons.opinion), not a description (panel 66)
    if pred[0].tag_ in {"JJR", "RBR"} or any(c.lower_ in {"more", "less"} for c in pred[0].children):
        return  # "protection was much higher among daily users": higher than what, the key cannot say (panel 78)
    if any(c.dep_ == "xcomp" for c in pred[0].children) or any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
                                                               for c in arg.children):
        return  # "said the journal was prepared to follow …, but was concerned …": a stance, not a description (panel 84)
    ans = _phrase_key(ctx, tokens, set()) if (quoted or pred[0].pos_ == "ADJ") else None
    subject = phrase_tokens(subj, max_words=8)
    if ans is None or not subject or any(is_pronoun(t) for t in subject) or is_pronoun(clause.subject):
        return
    reporter = phrase_tokens(clause.subject, max_words=8)
    if not reporter:
        return
    ans.wh = "How"
    yield f"How {do} {_subject_text(ctx, clause.subject, reporter)} describe {phrase_text(ctx, subject)}?", ans


def _subject_text(ctx: Context, subject: Token, tokens: list[Token]) -> str:
    """The speaker as a stem names them (a sentence-initial common word in lower case)."""
    text = ctx.text_of(tokens)
    return text[:1].lower() + text[1:] if common_word(ctx, tokens[0]) and ctx.starts_sentence(tokens[0]) else text


def time_rule(ctx: Context, clause: Clause, m: Nodes) -> Iterator[Pair]:
    """"met on Monday" as an adverbial noun -> "When did … meet?"; "every
    weekend" -> "How often …?"; not a duration ("for a few months")."""
    arg = m["arg"]
    tokens = [t for t in arg.subtree if not t.is_punct]
    if not any(t.pos_ in {"NOUN", "PROPN", "NUM"} for t in tokens):
        return  # "just" inside "just ten days": an adverb, not a time
    if any(t.lower_ in DURATION_UNITS for t in tokens) and not any(t.lower_ in RELATIVE_TIME for t in tokens):
        return
    if any(t.dep_ == "neg" for t in tokens):
        return  # "respected today, not next week": the time denied is no key (panel 77: three of three)
    if tokens and len(tokens) <= 5:
        wh = "How often" if tokens[0].lower_ in {"every", "each"} else "When"
        ans = Answer(tokens, phrase_text(ctx, tokens), arg.ent_type_, wh)
        prompt = object_question(ctx, clause, wh, {t.i for t in arg.subtree})
        if prompt:
            yield prompt, ans


_TIME_ENTS = {"ENT_TYPE": {"IN": ["DATE", "TIME"]}}

#: name -> pattern -> builder.  Every pattern has the clause's verb ("verb")
#: and the asked part ("arg").
RULES: dict[str, Rule] = {r.name: r for r in [
    Rule("object", [verb(), child("arg", DEP={"IN": ["dobj", "attr", "dative", "oprd"]})], object_rule,
         unless=("called",)),
    Rule("called", [verb(**lemma_in(CALLING)), child("arg", DEP="oprd"), child("obj", DEP="dobj")],
         called_rule),
    Rule("called_after_noun", [verb(**lemma_in(CALLING)), child("obj", DEP="dobj"),
                               child("arg", of="obj", DEP="amod", TAG="JJ")], called_after_noun_rule),
    Rule("agent", [verb(), child("arg", DEP="agent"), child("pobj", of="arg", DEP="pobj")], agent_rule,
         needs_subject=False),
    Rule("described_as", [verb(**lemma_in(DESCRIBING)), child("arg", DEP="prep", LOWER="as"),
                          child("obj", DEP="dobj")], described_as_rule),
    Rule("interval", [verb(), child("arg", DEP="prep", LOWER={"IN": ["before", "after"]}),
                      child("amount", of="arg", DEP="npadvmod")], interval_rule),
    Rule("adjunct", [verb(), child("arg", DEP="prep")], adjunct_rule,
         unless=("described_as", "interval", "prep_gerund")),
    Rule("infinitive_object", [verb(), child("inf", DEP={"IN": ["xcomp", "advcl"]}, TAG="VB"),
                               child("to", of="inf", DEP="aux", TAG="TO"), child("arg", of="inf", DEP="dobj")],
         infinitive_object_rule),
    Rule("told_to", [verb(**lemma_in(CONTROL)), child("obj", DEP="dobj"),
                     child("arg", DEP="xcomp", TAG="VB"), child("to", of="arg", DEP="aux", TAG="TO")],
         told_to_rule),
    Rule("said_description", [verb(**lemma_in(SAYING)), child("arg", DEP="ccomp"),
                              child("subj", of="arg", DEP="nsubj")], said_description_rule),
    # not "stopped being a show": a state, no act ("What did the torture of animals stop?", panel 80)
    Rule("gerund_object", [verb(**lemma_in(GERUND_OBJECT)), child("arg", DEP="xcomp", TAG="VBG",
                                                                 LEMMA={"NOT_IN": ["be", "have"]})],
         gerund_object_rule),
    Rule("prep_gerund", [verb(), child("arg", DEP="prep", LOWER={"IN": sorted(GERUND_PREPS)}),
                         child("ing", of="arg", DEP="pcomp", TAG="VBG")], prep_gerund_rule),
    Rule("time", [verb(**lemma_not_in(USING_TIME)), child("arg", DEP={"IN": ["npadvmod", "advmod"]}, **_TIME_ENTS)],
         time_rule),
]}


@functools.cache
def rule_index_vocab():
    return load_pipeline().vocab


def new_index() -> RuleIndex:
    """A fresh index of :data:`RULES` matches (one per generation run)."""
    return RuleIndex(RULES, rule_index_vocab())


#: Rules over the whole clause rather than one argument of its verb (run for every clause).
CLAUSE_RULES = ("subject", "chain", "remarks")


def clause_questions(ctx: Context, clause: Clause, index: RuleIndex, sent: int | None = None) -> Iterator[Pair]:
    """(prompt, answer) pairs for every askable part of ``clause`` (``sent``:
    its sentence's index, to name a "he"/"she" subject), unless a check of
    :data:`NOT_ASKED_CLAUSES` says the clause states no fact or the parse misread it."""
    if any(check(clause.verb) for check in NOT_ASKED_CLAUSES) or (
            clause.subject is not None and preposition_left_without_object(clause.subject)):
        return
    pairs = _clause_pairs(ctx, clause, index, askable_subject(ctx, clause, sent))
    if describes_a_name(clause.verb):
        for prompt, ans in pairs:  # "Who represents soft drink makers?": what the name is, not what it did
            ans.rule = "relative"
            yield prompt, ans
    else:
        yield from pairs


#: Clauses no rule asks about, each check over the clause's verb (see each docstring):
#: "'…,' Nasheed told Newshour": no fact without the quote; "described as" a likeness;
#: the parse's misreadings (a list joined to the wrong verb, a clause read as reporting another).
NOT_ASKED_CLAUSES: tuple[Callable[[Token], bool], ...] = (
    quoting_verb, says_nothing, denied_content, lambda verb: on_a_likeness(verb),  # (defined below)
    joined_to_an_inner_list, misread_as_reporting)


def _clause_pairs(ctx: Context, clause: Clause, index: RuleIndex, ok: bool) -> Iterator[Pair]:
    yield from tagged("subject", subject_questions(ctx, clause))
    yield from run(index.at(clause.verb), ctx, clause, ok, FRONTABLE)
    yield from tagged("chain", chain_questions(ctx, clause, ok))
    yield from tagged("remarks", remarks_questions(ctx, clause))


#: Prepositions whose object is a description or a point of comparison, not a
#: participant in the news ("describing himself as a peacemaker who …", "the first since the trials that …").
_LIKENESS = frozenset({"as", "like", "since", "than", "unlike"})


def on_a_likeness(verb: Token) -> bool:
    """A relative clause on the object of "as", "like", "since" or "than": "describing himself
    as a peacemaker who had tried to end the fighting" is his claim, and "the first since the
    Nuremberg trials that followed the Second World War" background (panel 46 read "What had a
    peacemaker tried to end?" and "Which event did the Nuremberg trials follow?")."""
    noun = verb.head
    return verb.dep_ == "relcl" and noun.dep_ == "pobj" and noun.head.lower_ in _LIKENESS


def describes_a_name(verb: Token) -> bool:
    """A relative clause set off by a comma after a name ("the American
    Beverage Association, which represents soft drink makers,") or one that
    picks out the main clause's subject ("children who attend schools must be
    vaccinated"): it says what the name or the subject is, a detail beside
    the sentence's news."""
    doc = verb.doc
    left = verb.left_edge.i
    if verb.dep_ != "relcl":
        return False
    if verb.head.dep_ in ("nsubj", "nsubjpass") and verb.head.head.dep_ == "ROOT":
        return True  # "children who attend public schools must be vaccinated": who the news is about
    return left > 0 and doc[left - 1].text == "," and verb.head.pos_ == "PROPN"
