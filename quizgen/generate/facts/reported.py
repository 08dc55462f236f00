"""Reported speech: who said a clause ("According to X, …"), what a named
reporter said it would do, who reported a fact ("According to X, Y" -> "Who
reported that Y?") and whom a speaker spoke to ("in remarks to X")."""
from __future__ import annotations

from collections.abc import Iterator

from lemminflect import getAllLemmas
from spacy.tokens import Token

from ...analysis.content import read_content
from ...analysis.holders import is_agentive
from ...lexicons.organisations import PUBLIC_BODY_WORDS
from ...lexicons.people import OFFICE_TITLES, PERSON_NOUNS, PLAYING_POSITIONS
from ...lexicons.speech import NON_FACTIVE, VERDICT_VERBS
from ..clause_checks import misread_place_subject
from ..clauses import (
    DO_FORMS,
    Clause,
    _join,
    build_clause,
    clause_heads,
    contiguous_removal_ok,
    finish,
    is_pronoun,
)
from ..context import (
    PERSONAL_PRONOUNS,
    Context,
    SentInfo,
    in_quote,
    phrase_text,
    phrase_tokens,
)
from ..statements import inside_quotation
from .answers import answer_for
from .keys import Answer, entity_tokens
from .words import REMARK_NOUNS, REPORTING

Pair = tuple[str, Answer]
_FIRST_PERSON = {"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your"}
#: Pronouns that can stand for the reporter in a reported clause, by the reporter's kind.
_SELF_PRONOUNS = {"PERSON": {"he", "she"}, "ORG": {"it", "they"}, "GPE": {"it", "they"},
                  "NORP": {"they"}, None: {"it", "they", "he", "she"}}


def quoted(info: SentInfo, verb: Token) -> bool:
    return in_quote(info.span, verb)


def first_person(clause: Clause) -> bool:
    """The speaker's own "I/we/our/you": a question in the third person cannot reuse them."""
    return any(t.lower_ in _FIRST_PERSON for t in clause.tokens)


def quote_source(ctx: Context, info: SentInfo, verb: Token) -> str | None:
    """The named speaker of the direct quote ``verb`` stands in, if the analysis found one."""
    for a in ctx.attributions():
        if a.direct_quote and a.paragraph == info.paragraph and a.start <= verb.idx < a.end \
                and a.holder and a.holder.split()[0].lower() not in PERSONAL_PRONOUNS:
            return a.holder
    return None


def noun_complement_clauses(info: SentInfo) -> list[Token]:
    """"News that Pyongyang has sent 3,000 troops …" inside a quote: the clause
    a noun reports, with its own subject (outside quotes such a clause is a
    claim the article does not make, and is not asked)."""
    return [v for v in info.span if v.dep_ == "acl" and v.pos_ in {"VERB", "AUX"} and quoted(info, v)
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children)
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children)]


def verb_lemmas(tok: Token) -> set[str]:
    """The parser's lemma and the dictionary's verb lemmas of ``tok``: the model
    reads "hoped" as a form of "hop", and a wish then passed for a fact."""
    return {tok.lemma_.lower(), *getAllLemmas(tok.lower_).get("VERB", ())}


def _aside(verb: Token, reported: Token) -> bool:
    """A relative clause set off by a comma between ``verb`` and the reported
    clause ("the government, which took office in March, was …"): background
    the writer adds, not part of what was said."""
    for v in (verb, *verb.ancestors):
        if v.i == reported.i:
            return False
        if v.dep_ == "relcl" and v.left_edge.i > 0 and v.doc[v.left_edge.i - 1].text == ",":
            return True
    return False


def according_to(ctx: Context, clause: Clause) -> str | bool | None:
    """A clause reported by someone gets "According to X, …"; unknown reporters drop it
    (False); None: the clause is no one's statement."""
    # a relative or coordinated clause inside what was said is said too:
    # "argued that the promise had been a bribe that frightened voters"
    verb = next((v for v in (clause.verb, *clause.verb.ancestors) if v.dep_ == "ccomp"), None)
    if verb is None and clause.verb.dep_ == "conj" and clause.verb.head.lemma_ in REPORTING \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.verb.children):
        verb = clause.verb  # "said he had been reluctant …, but that demographic trends left …" (panel 75)
    if verb is None or _aside(clause.verb, verb):
        return None  # ", which took office in March after five decades of military rule,": the writer's background (panel 53)
    head = verb.head
    if head.pos_ == "ADJ" or verb_lemmas(head) & NON_FACTIVE:
        return False  # "25% of voters were convinced Miliband was suited to the job": a belief, not a fact
    if head.lemma_ not in REPORTING and not verb_lemmas(head) & VERDICT_VERBS:
        if not (head.dep_ == "ccomp" and head.head.lemma_ in REPORTING and head.head.pos_ == "VERB"):
            return None  # (a finding is the finder's: "ruled that City committed serious breaches", panel 42)
        head = head.head  # "said the result proved that parliament should have held a vote": still what he said (panel 80)
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in verb.children) or any(
            c.dep_ == "aux" and c.lower_ in {"could", "might", "may", "would"} for c in head.children):
        return False  # "could reveal whether the planet has a tail": nothing is reported as fact
    if any(c.dep_ == "neg" for c in head.children):
        return False  # "RWE had not shown that the clearing was needed": no one says it (panel 78: three of three)
    while head.dep_ == "ccomp" and head.head.lemma_ in REPORTING and head.head.pos_ == "VERB":
        head = head.head  # "economists said the dispute showed that …": the economists said it
    reporter = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if reporter is None and head.dep_ == "conj" and head.head.pos_ == "VERB" and head.head.lemma_ in REPORTING:
        reporter = next((c for c in head.head.children if c.dep_ == "nsubj"), None)  # "said …, and complained that …"
    if reporter is None or is_pronoun(reporter) or misread_place_subject(reporter):
        return False
    if head.lemma_.lower() == "add" and not is_agentive(reporter):
        return None  # "The new list adds measles …": included, not said (panel 55's "According to the new list")
    tokens = phrase_tokens(reporter, max_words=6)
    if not tokens or len(tokens) == 2 and tokens[0].lower_ in {"a", "an", "one"} and not reporter.ent_type_:
        return False  # "According to a team, …": which team, the sentence before said (panel 87: vague)
    tokens = with_hyphenated_tail(tokens)
    return f"According to {in_running_text(full_body_name(ctx, tokens) or phrase_text(ctx, tokens))}, "


def with_hyphenated_tail(tokens: list[Token]) -> list[Token]:
    """"Janette Sadik-Khan" parsed as two subjects, "Sadik" and "Khan": the
    name runs on over its hyphen (panel 64: "According to … Janette Sadik")."""
    doc, last = tokens[0].doc, tokens[-1]
    out = list(tokens)
    while last.i + 2 < len(doc) and doc[last.i + 1].text == "-" and not last.whitespace_ \
            and not doc[last.i + 1].whitespace_ and doc[last.i + 2].pos_ == "PROPN":
        out += [doc[last.i + 1], doc[last.i + 2]]
        last = doc[last.i + 2]
    return out


#: Job words written before a name, capitalised only at the start of a sentence.
_JOB_WORDS = (PERSON_NOUNS | PLAYING_POSITIONS) - OFFICE_TITLES


def in_running_text(name: str) -> str:
    """"Economist Reetika Khera" opening a sentence is "economist Reetika
    Khera" inside one (panel 54); "President Lula" keeps its title's capital."""
    first, _, rest = name.partition(" ")
    if rest and first[:1].isupper() and first.lower() in _JOB_WORDS and rest[:1].isupper():
        return f"{first.lower()} {rest}"
    if rest and (first in {"A", "An"} or first == "The" and rest[:1].islower()):
        return f"{first.lower()} {rest}"  # "A spokesman for the alliance" opened its sentence
    return name


def full_body_name(ctx: Context, tokens: list[Token]) -> str | None:
    """"the federation" named in full ("the Vintners' Federation of Ireland")
    when exactly one organisation of the article has that word in its name:
    "According to the federation" leans on a sentence the student lacks (panel 39)."""
    if len(tokens) != 2 or tokens[0].lower_ != "the" or tokens[1].pos_ != "NOUN" \
            or tokens[1].lower_ not in ctx.name_heads():
        return None
    word = tokens[1].lower_
    names = {m.text for m in ctx.mentions if m.label == "ORG" and len(m.text.split()) > 1
             and word in (w.lower() for w in m.text.split())}
    if len(names) != 1:
        return None
    name = names.pop()
    return f"the {name[4:]}" if name.lower().startswith("the ") else f"the {name}"


def clause_prefix(ctx: Context, info: SentInfo, clause: Clause) -> str | None:
    """"According to <speaker>, " for a quoted or reported clause, "" for the
    article's own, None when the clause is not asked (unknown speaker, a
    first-person quote, a clause that reports nothing as fact)."""
    if inside_quotation(ctx, info):
        return None  # a sentence deep in a speaker's quotation: their view, asked by the stance items
    if quoted(info, clause.verb):
        source = quote_source(ctx, info, clause.verb)
        if source is None or first_person(clause):
            return None  # unknown speaker; or "According to Yoon, who … share our information?"
        return f"According to {in_running_text(source)}, "
    prefix = according_to(ctx, clause)
    if prefix is False:
        return None
    return prefix or ""


def _reporter_and_pronoun(ctx: Context, verb: Token) -> tuple[Token, Token] | None:
    """(reporter, pronoun) when ``verb``'s subject is a pronoun standing for the
    named subject of the reporting verb above it ("the council stated it …")."""
    head = verb.head
    pronoun = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    reporter = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if pronoun is None or reporter is None or DO_FORMS.get(head.tag_) is None \
            or head.lemma_.lower() not in REPORTING or is_pronoun(reporter) \
            or any(c.dep_ == "neg" for c in (*head.children, *verb.children)):
        return None
    kind = ctx.label_of(reporter) if reporter.pos_ == "PROPN" else None
    if pronoun.lower_ not in _SELF_PRONOUNS.get(kind, set()) or \
            (kind is None and reporter.tag_ == "NNS") != (pronoun.lower_ == "they"):
        return None
    return reporter, pronoun


def reported_questions(ctx: Context, info: SentInfo) -> Iterator[Pair]:
    """What a named reporter said they would do: "North Korea stated it would
    attack any loudspeakers" -> "What did North Korea state it would attack?"
    (the reported clause keeps its own words; only its object is asked)."""
    for verb in info.span:
        if verb.dep_ != "ccomp" or verb.pos_ not in {"VERB", "AUX"} or quoted(info, verb):
            continue
        found = _reporter_and_pronoun(ctx, verb)
        if found is None:
            continue
        reporter, pronoun = found
        name = phrase_tokens(reporter, max_words=6)
        clause = build_clause(verb, info.span)
        if not name or clause is None:
            continue
        head = verb.head
        lead = f"{DO_FORMS[head.tag_]} {phrase_text(ctx, name)} {head.lemma_.lower()}"
        for obj in verb.children:
            if obj.dep_ != "dobj" or obj.i < verb.i:
                continue
            ans = answer_for(ctx, obj, "object")
            if ans is None:
                continue
            removed = {t.i for t in obj.subtree} - ans.keep
            for conj in verb.children:  # "… and would respond within 48 hours": another statement
                if conj.dep_ == "conj" and conj.pos_ in {"VERB", "AUX"}:
                    removed |= {t.i for t in conj.subtree}
                    removed |= {c.i for c in verb.children if c.dep_ in {"cc", "punct"} and obj.i < c.i < conj.i}
            body = [t for t in clause.tokens if t.i not in removed]
            if not body or body[0].i != pronoun.i or not contiguous_removal_ok(clause, removed):
                continue
            yield finish(f"{ans.wh} {lead} {_join(ctx, body)}"), ans


def source_questions(ctx: Context, info: SentInfo) -> Iterator[Pair]:
    """``According to X, Y.`` -> "Who reported that Y?" (key X, same-kind options)."""
    for verb in clause_heads(info.span):
        if verb.dep_ != "ROOT" or quoted(info, verb):
            continue
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"), None)
        if prep is None:
            continue
        to = next((c for c in prep.children if c.lower_ == "to"), prep)
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        clause = build_clause(verb, info.span)
        if source is None or clause is None or is_pronoun(clause.subject) or is_pronoun(source):
            continue
        ans = answer_for(ctx, source, "subject")
        if ans is None or ans.wh not in {"Who"} and not ans.wh.startswith("Which"):
            continue
        body = [t for t in clause.tokens if t.i not in {x.i for x in prep.subtree}]
        if not body or body[0].i != clause.subject.left_edge.i:
            continue
        doc = verb.doc
        nxt = body[-1].i + 1
        if nxt < info.span.end and doc[nxt].text in {'"', "\u201d"}:
            body = body + [doc[nxt]]  # the closing quote mark of a quoted phrase at the end
        said = _join(ctx, body)
        if sum(said.count(c) for c in '"\u201c\u201d') % 2 or _official_record(source, body):
            continue
        yield finish(f"{ans.wh} reported that {said}"), ans


def _official_record(source: Token, body: list[Token]) -> bool:
    """"According to the health ministry, about 460 brands … are on sale": a
    public body as the source of a plain figure or record; which office gave it
    is a detail (panel 62, three of three raters: trivial). A source whose words
    judge or warn stays ("According to the union, the cuts will close schools")."""
    if source.lemma_.lower() not in PUBLIC_BODY_WORDS and not any(
            c.dep_ == "compound" and c.lemma_.lower() in PUBLIC_BODY_WORDS for c in source.children):
        return False
    return not read_content(body).found


def remarks_questions(ctx: Context, clause: Clause) -> Iterator[Pair]:
    """``Ann Lee, in remarks to Radio North, said …`` -> "Which organisation did
    Ann Lee speak to?" (key: Radio North)."""
    verb, subject = clause.verb, clause.subject
    if verb.lemma_.lower() not in REPORTING or is_pronoun(subject) or clause.negated:
        return
    for prep in verb.children:
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ == "in" else None
        if noun is None or noun.lemma_.lower() not in REMARK_NOUNS and noun.lower_ not in REMARK_NOUNS:
            continue
        to = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}), None)
        listener = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        ans = answer_for(ctx, listener, "dative") if listener is not None else None
        name = phrase_tokens(subject, max_words=8)
        if ans is None or not name:
            continue
        if ctx.label_of(subject) == "PERSON" and subject.pos_ == "PROPN":
            name = entity_tokens(subject, name)
        wh = ans.wh if ans.wh != "What" else "Who"
        yield f"{wh} did {phrase_text(ctx, name)} speak {to.lower_}?", ans
