"""Why / how short answers from causal and purpose links in a sentence.

"X happened because Y", "since Y", "as Y" (after a comma), "due to Y",
"so that Y", "in order to Y", a purpose "to Y" clause, "Y caused X" and
"X was caused by Y": the question asks why X, the model answer is Y as the
article words it, and the rubric gives a point for the cause and a point for
linking it to the effect.  Two related links give short answers too: the
means ("X retaliated by firing …" -> "How did X retaliate?") and an event
clause that dates the action ("X left after the shell landed" -> "When did X
leave?", answer "After the shell landed").  A trailing ", which …" remark is
not part of a model answer.

Reasons someone gave are asked too, each with the article's own words as key:

* ``stated_reason`` — an action followed by the doer's participle of saying
  ("X criticised the decision, saying it would push traffic onto other
  roads", "…, citing safety concerns") -> "Why did X criticise the
  decision?"; the key is what X said (or cited), the rubric credits it as
  X's reason.
* ``reported_cause`` — a cause inside what someone said ("Analysts said the
  bankruptcy was unlikely to cause shortages because other traders had taken
  over") -> "According to analysts, why was the bankruptcy unlikely to cause
  shortages?" (the speaker's claim, so the stem names the speaker).
"""
from __future__ import annotations

import random

from lemminflect import getAllLemmas
from spacy.tokens import Token

from ..lexicons.quantities import BARE_RELATIVE_TIMES, EXTENT_TO_VERBS
from ..lexicons.speech import REQUEST, SAYING, VERDICT_VERBS
from ..questions import Question, content_words
from .clause_checks import denied_content
from .clauses import build_clause, clause_heads, is_pronoun, object_question
from .context import Context, SentInfo, in_quote
from .coref import askable_subject
from .facts.reported import clause_prefix
from .records import make

CAUSAL_MARKS = {"because", "since", "as"}
#: Participles of saying whose clause gives the doer's own reason for the action
#: before them ("refused to change the recipe, saying its customers did not want
#: the taste altered"); "cite" gives it as an object ("citing safety concerns").
REASON_GIVING = frozenset({"say", "argue", "cite", "claim", "insist", "explain"})
PURPOSE_MARKS = {"so", "order"}
TIME_MARKS = {"after", "before", "once", "when"}
#: The wh-word and the rubric's name for each kind of link.
WH_BY_KIND = {"cause": "Why", "purpose": "Why", "means": "How", "time": "When", "reason": "Why"}


def _of_purpose(clause: Token, marks: set[str]) -> bool:
    """"so (that) voters could choose" is a purpose; ", so the two rises together more
    than double the wage" a result, not why it was done (panel 47 read it as a purpose)."""
    return bool(marks & {"order", "that"}) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)


#: Objects whose "saying …" gives the figure itself: "gave much higher figures, saying …".
_FIGURE_NOUNS = frozenset("figure number estimate toll count total tally".split())


def _holds_a_time_clause(purpose: Token) -> bool:
    """"sent to investigate and treat water seeping from the mine when the crew's
    excavation released the water": the parser hung the "when" clause, which
    says what happened, inside the purpose; as key or in the stem it misleads
    (panel 66, three of three: wrong key)."""
    return any(t.dep_ == "advcl" and t.i > purpose.i and any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "while", "as", "before", "after", "until"}
        and c.i < t.i for c in t.children) for t in purpose.subtree)


def _after_superlative(infinitive: Token) -> bool:
    """"one of the strongest to hit the country in decades", "the first to
    arrive": the infinitive describes the noun before it, no purpose (panel 56)."""
    start = infinitive.left_edge.i
    before = infinitive.doc[start - 1] if start > 0 else None
    return before is not None and (before.tag_ in {"JJS", "RBS"} or before.lower_ in {"first", "last", "only", "next"})


def _infinitive(verb: Token) -> bool:
    """"to" and a verb the dictionary knows, with at most adverbs between: "made
    to relief funds" is read "to relief" (panel 88: "Why can donations be
    made? — To relief funds")."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
    return to is not None and to.i < verb.i and all(t.pos_ in {"ADV", "PART"} for t in verb.doc[to.i + 1:verb.i]) \
        and "VERB" in getAllLemmas(verb.lower_)  # ("to relief funds": "relief" is no verb)


def _cause(sent, verb: Token) -> tuple[list[Token], str] | None:
    """The cause/purpose phrase attached to ``verb`` and its kind."""
    for child in verb.children:
        if child.i < verb.i and child.dep_ != "prep":
            continue
        sub = list(child.subtree)
        if child.dep_ == "advcl":
            marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
            if "because" in marks or ("since" in marks and not _temporal_since(verb, child)):
                return _without_second_report(child, sub), "cause"
            if "as" in marks and child.i > verb.i and child.doc[sub[0].i - 1].text == ",":
                return sub, "cause"
            if (marks & PURPOSE_MARKS and _of_purpose(child, marks) or (_infinitive(child)
                                          and child.tag_ == "VB" and child.i > verb.i
                                          and verb.lemma_.lower() not in EXTENT_TO_VERBS
                                          and not _requested(verb, child) and not _noun_complement(child)
                                          and not _after_superlative(child))) \
                    and not _has_or_lacks(verb) and not _holds_a_time_clause(child) and not _a_deadline(verb):
                return sub, "purpose"
        if child.dep_ == "advcl" and child.i > verb.i and _finite_with_subject(child) and \
                {c.lower_ for c in child.children if c.dep_ == "mark"} & TIME_MARKS:
            return sub, "time"
        if child.dep_ == "prep" and child.lower_ in TIME_MARKS and child.i > verb.i and any(
                c.dep_ == "pcomp" and _finite_with_subject(c) for c in child.children):
            return sub, "time"  # "after the shell landed" parsed as a preposition
        if child.dep_ == "prep" and child.lower_ == "in" and child.i > verb.i and any(
                c.dep_ == "pobj" and c.lower_ == "order" and any(
                    g.dep_ in {"acl", "relcl"} and g.tag_ == "VB" for g in c.children)
                for c in child.children):
            return sub, "purpose"  # "in order to Y" parsed as a prepositional phrase
        if child.dep_ == "prep" and child.lower_ == "by" and child.i > verb.i and any(
                c.dep_ == "pcomp" and c.tag_ == "VBG" for c in child.children):
            return sub, "means"
        if child.dep_ == "prep" and child.lower_ in {"due", "because"}:
            return sub, "cause"
        if child.dep_ == "prep" and child.lower_ == "as" and any(
                t.lower_ == "result" for t in child.subtree):
            return sub, "cause"
    return None


#: Verbs whose "to" + verb tells what came next or what seemed so ("proceeded to
#: win", "tend to rise"), not what they were done for.
_NOT_FOR_A_PURPOSE = frozenset("""
proceed continue happen tend come seem appear choose decide plan agree want try hope refuse fail manage need
vote promise pledge offer seek aim intend prefer expect threaten struggle strive battle fight work
""".split())  # "had chosen to announce the work": the choice, not its purpose


#: Nouns a "to" + verb completes ("rejected calls to keep bargaining"): what was
#: called for, not why the verb was done.
_TO_NOUNS = frozenset("""
call demand plea pressure plan effort request appeal bid attempt offer proposal order decision right chance
time way move promise pledge threat push campaign
""".split())


def _without_second_report(clause: Token, sub: list[Token]) -> list[Token]:
    """The reason without a second reported clause the parser hung on it ("because
    cinemas refused to show the film, and that Sony still hoped …": panel 80, wrong key)."""
    cut: set[int] = set()
    for c in clause.children:
        if c.dep_ == "conj" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            cut |= {t.i for t in c.subtree}
            cut |= {t.i for t in sub if c.left_edge.i - 2 <= t.i < c.left_edge.i and t.dep_ in {"cc", "punct"}}
    return [t for t in sub if t.i not in cut]


def _a_deadline(verb: Token) -> bool:
    """"had given residents until today to leave": the infinitive is what the
    time is for, not why it was given (panel 71: "Why had the governor's office
    given residents until today? — To leave the old town", wrong wh-word)."""
    return any(c.dep_ == "prep" and c.lower_ in {"until", "till"} for c in verb.children)


def _noun_complement(clause: Token) -> bool:
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in _TO_NOUNS


def _has_or_lacks(verb: Token) -> bool:
    """"has no police or army to enforce its decisions": the infinitive says
    what the thing is for, not why the subject has it; nor is there a purpose
    of what did not happen ("did not stop to help")."""
    if verb.lemma_.lower() in _NOT_FOR_A_PURPOSE or verb.lemma_.lower() == "go" and any(
            c.dep_ == "prt" and c.lower_ == "on" for c in verb.children):
        return True  # "went on to win by 322 runs", "happened to be": what followed, not why
    return verb.lemma_.lower() in {"have", "be", "lack", "need"} or any(c.dep_ == "neg" for c in verb.children)


def _requested(verb: Token, clause: Token) -> bool:
    """"appealed for residents to heed warnings": the infinitive is what was
    asked for (a request verb, or a "for X" subject of its own), not a purpose."""
    return verb.lemma_.lower() in REQUEST or any(
        c.dep_ in {"nsubj", "mark"} and c.lower_ != "to" for c in clause.children if c.i < clause.i)


def _temporal_since(verb: Token, clause: Token) -> bool:
    """"since" tells a time, not a cause, after a perfect ("have not been
    released since his surgery was announced"), after a first or a superlative
    ("his first appearance since he was ousted") or with a date in its clause."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) and verb.tag_ == "VBN"
    between = clause.doc[min(verb.i, clause.left_edge.i):clause.left_edge.i]
    record = any(t.ent_type_ == "ORDINAL" or t.tag_ in {"JJS", "RBS"} for t in between)
    # "his first appearance since he was ousted", "the biggest fall since …": a time
    return perfect or record or bool(clause.ent_type_) or \
        any(t.ent_type_ in {"DATE", "TIME"} for t in clause.subtree)


def _finite_with_subject(verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and not is_pronoun(subject) and verb.tag_ in {"VBD", "VBZ", "VBP", "VBN"}


def _without_remarks(tokens: list[Token]) -> list[Token]:
    """The phrase without a trailing non-restrictive ", which …" clause."""
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.dep_ == "relcl" and t.left_edge.i - 1 in ids and t.doc[t.left_edge.i - 1].text == ",":
            cut = t.left_edge.i - 1
            return [x for x in tokens if x.i < cut]
    return tokens


def generate(ctx: Context, rng: random.Random) -> list[Question]:
    out: list[Question] = []
    for info in ctx.sents:
        for verb in clause_heads(info.span):
            if in_quote(info.span, verb) or denied_content(verb) or _without_its_matter(verb) \
                    or verb.lemma_.lower() in _DEFINING:
                continue  # a speaker's own words, what someone denied, "Why did Malaba agree?" (agree to what?)
            if reported_claim(verb):
                q = _reported_cause(ctx, info, verb)  # the speaker's reason, asked as theirs
            else:
                q = _stated_reason(ctx, info, verb) or _linked(ctx, info, verb)
            if q is not None:
                out.append(q)
    return out


#: Verbs that say nothing without what they are about: "Chief Justice Malaba agreed,
#: saying …" gave "Why did Malaba agree?" (panel 48: agree with whom, to what?).
_NEED_THEIR_MATTER = frozenset("agree disagree decide refuse object concur comply accept respond react".split())


#: Verbs that define a word or say what something is: "Why does spot-fixing mean
#: manipulating …?" asks why a word means what it means (panel 75, three of three).
_DEFINING = frozenset("mean refer denote stand define signify".split())


def _without_its_matter(verb: Token) -> bool:
    return verb.lemma_.lower() in _NEED_THEIR_MATTER and not any(
        c.dep_ in {"dobj", "prep", "xcomp", "ccomp", "attr"} for c in verb.children)


def _linked(ctx: Context, info: SentInfo, verb: Token) -> Question | None:
    """"Why/How/When …?" from a cause, purpose, means or event linked to ``verb``."""
    found = _cause(info.span, verb)
    clause = build_clause(verb, info.span)
    if not found or clause is None or not askable_subject(ctx, clause, info.index):
        return None
    tokens, kind = found
    if in_quote(info.span, tokens[0]):
        return None  # '"… because of the damage they do," he told BBC radio': no reason for telling (panel 70)
    if kind == "time" and _dated(verb, tokens):
        return None  # "yesterday withdrew the drug after a study found …": "When?" has two answers
    return _asked(ctx, info, clause, tokens, {t.i for t in tokens}, kind)


def _asked(ctx: Context, info: SentInfo, clause, answer: list[Token], removed: set[int], kind: str,
           prefix: str = "", rule: str = "why") -> Question | None:
    """The short answer asking ``kind`` of ``clause``, without the ``removed``
    words (the stem must not keep the cause) and keyed with ``answer``."""
    if clause.subject is not None and any(t.tag_ == "VBG" and t.dep_ in {"csubj", "nsubj"} for t in clause.verb.children):
        return None  # "fixing every vehicle could take years": the question would lose "fixing"
    focus = {c.i for c in clause.verb.children if c.dep_ == "advmod" and c.lower_ in {"only", "just", "merely"}}
    # "why had the company only cancelled the release?" reads garbled (panel 80): the reason is asked of the act
    prompt = object_question(ctx, clause, WH_BY_KIND[kind], removed | focus)
    answer = _without_remarks(answer)
    while answer and answer[-1].is_punct:
        answer = answer[:-1]
    opened = [k for k, t in enumerate(answer) if t.text == "("]
    if opened and sum(t.text == ")" for t in answer) < len(opened):
        answer = answer[:opened[-1]]  # "… Aquaria (EAZA" cut by a remark the parse hung on the bracket
    if not prompt or not answer:
        return None
    text = ctx.text_of(answer)
    if len(content_words(text)) < 2 or len(prompt.split()) < 5:
        return None
    if prefix:
        prompt = prefix + prompt[:1].lower() + prompt[1:]
    return _short(ctx, info, prompt, text, kind, key_terms(answer), rule=rule)


def _stated_reason(ctx: Context, info: SentInfo, verb: Token) -> Question | None:
    """"X refused to change the recipe, saying its customers did not want it"
    -> "Why did X refuse to change the recipe?", keyed with what X said."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in ("deny", "defend", "justify"):
        return None  # "denied any wrongdoing, saying …", "defended his agency, saying …": the argument, not a reason (panels 39, 56)
    if verb.lemma_.lower() in SAYING:
        return None  # '"…," she said in Berlin, insisting that …': "Why did Merkel say in Berlin?" (panel 69)
    for child in verb.children:
        if child.dep_ != "advcl" or child.tag_ != "VBG" or child.lemma_.lower() not in REASON_GIVING \
                or child.i < verb.i or child.doc[child.left_edge.i - 1].text != ",":
            continue
        citing = child.lemma_.lower() == "cite"
        content = next((c for c in child.children if c.dep_ == ("dobj" if citing else "ccomp")), None)
        clause = build_clause(verb, info.span)
        if content is None or clause is None or not askable_subject(ctx, clause, info.index):
            return None
        if _pledge(content):
            return None  # "began a hunger strike, saying he would not eat until …": a promise, not a reason
        if any(c.dep_ == "dobj" and c.lemma_.lower() in _FIGURE_NOUNS for c in verb.children):
            return None  # "gave much higher figures, saying more than 1,000 …": the figures, not a reason (panel 57)
        answer = [t for t in child.subtree if t.i > child.i] if citing else \
            [t for t in content.subtree if not (t.dep_ == "mark" and t.head.i == content.i)]
        if any(t.dep_ == "mark" and t.lower_ == "that" and t.head.dep_ == "conj" and t.head.head.i == content.i
               for t in answer):
            return None  # "saying the virus was new and that Mexico had alerted …": no key without a stray "that" (panel 53)
        removed = {t.i for t in child.subtree} | {child.left_edge.i - 1}
        for prep in verb.children:  # "objected for the opposite reason": the stem must not point back
            if prep.dep_ == "prep" and any(c.lemma_.lower() == "reason" for c in prep.children):
                removed |= {t.i for t in prep.subtree}
        return _asked(ctx, info, clause, answer, removed, "reason", rule="stated_reason")
    return None


def _pledge(content: Token) -> bool:
    """What the doer said they will do ("he would not eat again until …"):
    a pronoun subject with "will" or "would"."""
    subject = next((c for c in content.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.lower_ in {"he", "she", "they", "we", "i"} and any(
        c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "wo"} for c in content.children)


def _reported_cause(ctx: Context, info: SentInfo, verb: Token) -> Question | None:
    """"Analysts said the bankruptcy was unlikely to cause shortages, because
    other traders had taken over" -> "According to analysts, why was …?"."""
    found = _cause(info.span, verb)
    if not found or found[1] != "cause":
        return None
    clause = build_clause(verb, info.span)
    if clause is None or not askable_subject(ctx, clause, info.index):
        return None
    prefix = clause_prefix(ctx, info, clause)
    if not prefix:
        return None  # an unnamed speaker, or a clause that reports nothing as fact
    tokens = found[0]
    return _asked(ctx, info, clause, tokens, {t.i for t in tokens}, "cause", prefix=prefix,
                  rule="reported_cause")


def _dated(verb: Token, link: list[Token]) -> bool:
    """The verb also has an adverbial date or time ("yesterday", "on Monday")
    outside the event clause (not "the evening crossing", its object)."""
    inside = {t.i for t in link}
    return any(c.i not in inside and c.dep_ in ("npadvmod", "advmod", "prep") and any(
        t.ent_type_ in ("DATE", "TIME") or t.lower_ in BARE_RELATIVE_TIMES for t in c.subtree)
        for c in verb.children)


def reported_claim(verb: Token) -> bool:
    """``verb`` heads what someone says ("Netanyahu said lifting sanctions would
    hand Iran billions to fund armed groups"): its reason or purpose is the
    speaker's claim, not a fact of the article, so no "why" is asked of it."""
    tok = verb
    while tok.dep_ in {"ccomp", "conj", "xcomp", "advcl"} and tok.head.i != tok.i:
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SAYING | VERDICT_VERBS:
            return True  # also "ruling that the bankruptcy was unconstitutional because …": the judge's finding
        tok = tok.head
    return False



def key_terms(tokens: list[Token]) -> list[str]:
    """The rubric's key words: the answer's nouns, names, verbs, adjectives and
    numbers (a name as one term), not its function words ("after", "against")."""
    out: list[str] = []
    for t in tokens:
        if t.is_stop or t.is_punct or t.pos_ not in {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}:
            continue
        word = t.text.lower() if t.pos_ != "PROPN" else t.text
        if t.pos_ == "PROPN" and out and t.i > 0 and t.doc[t.i - 1].pos_ == "PROPN" and \
                out[-1].split()[-1] == t.doc[t.i - 1].text:
            out[-1] = f"{out[-1]} {t.text}"
        elif word not in out:
            out.append(word)
    return out[:6]


def _short(ctx: Context, info: SentInfo, prompt: str, answer: str, kind: str, terms: list[str],
           rule: str = "why") -> Question:
    answer = answer[:1].upper() + answer[1:]
    key_terms = ", ".join(terms)
    name = {"means": "way it was done", "time": "event it followed or preceded",
            "reason": "reason"}.get(kind, kind)
    rubric = [
        {"points": 1, "criterion": f"Gives the {name} the article states (key words: {key_terms})."},
        {"points": 1, "criterion": "Links it to the event in the question in a complete sentence."},
    ]
    reason = kind in {"cause", "purpose", "reason"}
    q = make(ctx, info, type="short_answer", skill="inference" if reason else "fact",
             prompt=prompt, answer=answer, rule=rule, score=1.3 if reason else 1.1, difficulty="hard", kind=kind,
             explanation=f"The article says: \u201c{info.sentence.text}\u201d")
    q.rubric = rubric
    return q
