"""Fact multiple choice: who / what / when / where / how many / which.

Every question is a transformation of one source sentence; the phrase it asks
for is the key, and three distractors of the same kind come from
:mod:`.distractors`.
"""
from __future__ import annotations

import random
import re

from spacy.tokens import Token

from ..questions import Question, content_words, normalize
from . import distractors
from .clauses import (DO_FORMS, Clause, _join, agent_question, build_clause, clause_heads, conj_clauses,
                      contiguous_removal_ok, finish, is_pronoun, object_question, participle_clauses,
                      subject_question)
from .context import PERSONAL_PRONOUNS, Context, SentInfo, phrase_text, phrase_tokens
from .records import make

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
#: Verbs whose subject merely contains their object: no "Who included …?".
LISTING_VERBS = {"include", "contain", "comprise", "consist", "feature"}
#: Nouns for people too general to be a key on their own.
VAGUE_PEOPLE = {"group", "team", "people", "person", "man", "woman", "men", "women", "one", "others",
                "member", "members", "player", "players", "fan", "fans", "user", "users"}
#: Head nouns of named events and prizes, asked with "What" whatever their entity label.
EVENT_NOUNS = {"championship", "championships", "contest", "competition", "tournament", "cup", "prize",
               "award", "election", "race", "match", "final", "finals", "festival", "fair", "expo",
               "games", "olympics", "conference", "summit", "league", "series", "concert", "show"}
#: Verbs whose subject is an event: asked with "What", whatever the entity label.
EVENT_VERBS = {"happen", "occur", "unfold"}
#: Common nouns for bodies of people: as the doer of an action, asked with "Who".
GROUP_NOUNS = set("""government governments council councils committee court ministry army police
party parties company companies agency agencies authority authorities administration parliament
congress senate team teams club union organisation organization group groups board commission""".split())
WH_BY_LABEL = {"PERSON": "Who", "ORG": "Which organisation", "GPE": "Which place", "LOC": "Which place",
               "FAC": "Which place", "NORP": "Which group", "EVENT": "Which event",
               "PRODUCT": "What", "WORK_OF_ART": "What", "LAW": "Which law", "LANGUAGE": "Which language"}
NUMBER_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
PLACE_PREPS = {"in", "at", "into", "to", "from", "near", "inside", "outside", "across", "on", "onto",
               "toward", "towards", "throughout"}
TIME_PREPS = {"on", "in", "at", "during", "since", "until", "by", "before", "after", "from"}
#: Head nouns of place names the small model often leaves untagged.
PLACE_NOUNS = set("""mosque church cathedral temple synagogue chapel school university college hospital
stadium arena centre center park square street avenue road bridge airport station harbour harbor port
museum palace castle hall building tower library theatre theater hotel prison embassy market mall
plaza river lake sea ocean bay island mountain valley desert forest beach coast border province region
district county city town village capital base camp observatory""".split())
STRAND_PREPS = {"with", "to", "for", "about", "from", "against", "on", "at", "into", "of"}
DISTANCE_UNITS = {"mile", "miles", "kilometre", "kilometres", "kilometer", "kilometers", "km", "metre",
                  "metres", "meter", "meters", "feet", "foot", "yards", "parsecs"}
DURATION_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
                  "minute", "minutes", "decade", "decades", "century", "centuries"}


class Answer:
    """A candidate key: its tokens, text, entity label and the wh-phrase asking for it."""

    def __init__(self, tokens: list[Token], text: str, label: str | None, wh: str,
                 keep: set[int] | None = None):
        self.tokens, self.text, self.label, self.wh = tokens, text, label, wh
        #: Words of the asked phrase that stay in the question ("in the town of X"
        #: after "about 80 people"), so the key is only the counted phrase.
        self.keep = keep or set()


def label_of(tokens: list[Token], ctx: Context | None = None) -> str | None:
    """The entity label covering most of the phrase's words (None for plain phrases)."""
    counts: dict[str, int] = {}
    for t in tokens:
        if t.ent_type_ and not t.is_punct:
            lab = ctx.label_of(t) if ctx is not None else t.ent_type_
            counts[lab] = counts.get(lab, 0) + 1
    if not counts:
        return None
    label, n = max(counts.items(), key=lambda kv: kv[1])
    words = sum(1 for t in tokens if not t.is_punct and t.lower_ not in {"the", "a", "an"})
    return label if n * 2 >= words else None


def _number_wh(head: Token, tokens: list[Token], label: str | None) -> str | None:
    """``How many agents`` for "1,500 agents"; ``How much`` for money and percentages."""
    nums = [t for t in tokens if t.like_num and t.dep_ in {"nummod", "quantmod", "compound"} and t.i < head.i]
    if head.like_num or label in {"MONEY", "PERCENT"} and head.pos_ != "NOUN":
        if label == "MONEY" or any(t.text in {"$", "€", "£"} for t in tokens):
            return "How much money"
        if label == "PERCENT" or any(t.text == "%" for t in tokens):
            return "What percentage"
        return None
    if nums and head.pos_ == "NOUN" and head.tag_ == "NNS":
        if head.lower_ in DISTANCE_UNITS or (head.lower_ in {"years", "year"} and any(
                c.lower_ == "light" for c in head.children)):
            return "How far"
        if head.lower_ in DURATION_UNITS:
            return "How long"
        nouns = [t for t in tokens if t.i > max(n.i for n in nums) and t.i <= head.i
                 and not t.is_punct and not t.like_num]
        return "How many " + " ".join(t.text.lower() if t.pos_ != "PROPN" else t.text for t in nouns)
    return None


def answer_for(ctx: Context, head: Token, role: str) -> Answer | None:
    """Key and wh-phrase for the argument headed by ``head`` (None if unaskable)."""
    if is_pronoun(head) or head.pos_ in {"DET", "ADP", "VERB", "AUX"}:
        return None
    named = _named_by_apposition(ctx, head)
    if named is not None:
        return named
    tokens = phrase_tokens(head, keep_conj=True, max_words=9) or _core_phrase(head)
    if tokens is None:
        return None
    tokens = _with_name_tag(head, tokens)
    text = phrase_text(ctx, tokens)
    if any(is_pronoun(t) and t.dep_ != "poss" for t in tokens if t.dep_ not in {"det"}) \
            or any(t.lower_ in {"this", "these", "that", "those"} for t in tokens[:1]):
        return None
    label = ctx.label_of(head)
    if label == "PERSON" and head.pos_ == "PROPN":
        tokens = _entity_tokens(head, tokens)
        text = phrase_text(ctx, tokens)
    wh = _number_wh(head, tokens, label_of(tokens, ctx))
    keep: set[int] = set()
    if wh is not None:
        tokens, keep = _cut_number_tail(head, tokens)
        text = phrase_text(ctx, tokens)
    if wh is not None and label not in NUMBER_LABELS:
        label = label_of(tokens, ctx) if label_of(tokens, ctx) in NUMBER_LABELS else "CARDINAL"
    if wh is None:
        if label == "DATE" or label == "TIME":
            return None  # dates are asked through "When" on their phrase, not as arguments
        if label == "PERSON" or (label is None and head.lemma_.lower() in PERSON_NOUNS):
            wh = "Who"
        elif (label in {"ORG", "GPE", "NORP"} or label is None and head.lemma_.lower() in GROUP_NOUNS) \
                and role in {"subject", "agent", "dative"}:
            wh = "Who"  # "Who denied …? — the government": a body of people acts
        elif head.pos_ == "NOUN" and head.text.islower() and any(
                c.i < head.i and c.dep_ in {"compound", "amod", "poss"} and (c.pos_ == "PROPN" or c.ent_type_)
                for c in head.children):
            nouns = [t for t in head.children if t.pos_ == "NOUN" and t.dep_ == "compound" and t.i < head.i]
            wh = "Which " + " ".join([t.lower_ for t in nouns] + [head.lower_])
        elif head.lemma_.lower() in EVENT_NOUNS:
            wh = "What"  # "the National Robotics Championship" is won, not an organisation
        elif label in WH_BY_LABEL:
            wh = WH_BY_LABEL[label]
        elif label in NUMBER_LABELS:
            return None
        else:
            wh = "What"
    if len(content_words(text)) == 0:
        return None
    if wh == "What" and label is None and len(content_words(text)) < 2:
        return None  # "plans", "the situation": too vague to be a key
    if wh == "Who" and label is None and len(content_words(text)) < 2 and head.lemma_.lower() in VAGUE_PEOPLE:
        return None  # "the group", "the team": which one?
    verb = head.head
    if wh == "Who" and (verb.lemma_.lower() in EVENT_VERBS or verb.lemma_.lower() == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)):
        wh = "What"  # "What took place at the centre?": events happen, people do not "take place"
    return Answer(tokens, text, label, wh, keep)


def object_answer(ctx: Context, obj: Token) -> Answer | None:
    """The object's key; a bare noun followed by the verb's "for/of/on/about"
    phrase takes it ("pay taxes for property and local services": the small
    model hangs the phrase on the verb, but it says which taxes)."""
    ans = answer_for(ctx, obj, "object")
    if ans is not None or obj.pos_ != "NOUN" or list(obj.children):
        return ans
    nxt = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    if nxt is None or nxt.dep_ != "prep" or nxt.head.i != obj.head.i or nxt.lower_ not in {"for", "of", "on", "about"}:
        return None
    tokens = [obj, *nxt.subtree]
    words = [t for t in tokens if not t.is_punct]
    if len(words) > 8 or any(is_pronoun(t) for t in words) or label_of(tokens, ctx) in {"DATE", "TIME"}:
        return None
    return Answer(tokens, phrase_text(ctx, tokens), None, "What")


def _join_rest(ctx: Context, tokens: list[Token]) -> str:
    text = ctx.text_of(tokens)
    if tokens and ctx.starts_sentence(tokens[0]) and tokens[0].pos_ != "PROPN":
        text = text[:1].lower() + text[1:]
    return text


def _named_by_apposition(ctx: Context, head: Token) -> Answer | None:
    """``the website "Daily Kite"``: the name is the key, asked with "Which website"."""
    if head.pos_ != "NOUN" or not head.text.islower() or head.tag_ != "NN":
        return None
    if any(c.i < head.i and c.dep_ not in {"det"} for c in head.children):
        return None  # "the local news website X": the kind is more than one word
    name = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.left_edge.i <= head.i + 2 and c.i > head.i), None)
    if name is None:
        return None
    tokens = [t for t in head.doc[name.left_edge.i:name.i + 1] if not (t.is_punct and t.text in '"\u201c\u201d')]
    if not tokens or any(t.is_punct for t in tokens) or len(tokens) > 5 or any(is_pronoun(t) for t in tokens):
        return None
    ans = Answer(tokens, ctx.text_of(tokens), label_of(tokens, ctx), "Which " + head.lower_)
    ans.whole = True  # the wh-phrase stands for the whole "the website X"
    return ans


_CORE_DEPS = {"det", "amod", "compound", "nummod", "quantmod", "poss", "case", "advmod", "nmod"}


def _core_phrase(head: Token) -> list[Token] | None:
    """A phrase too long to be an option ("military equipment, including
    artillery shells, anti-tank missiles …"): its core — the head noun with the
    words right before it — is still a fair key; the rest leaves the stem too."""
    if head.pos_ not in {"NOUN", "PROPN"}:
        return None
    lo = head.i
    doc = head.doc
    while lo - 1 >= 0 and doc[lo - 1].head.i in {head.i} | {t.i for t in doc[lo:head.i]} and \
            doc[lo - 1].dep_ in _CORE_DEPS | {"punct"} and doc[lo - 1].text not in {",", "(", '"'}:
        lo -= 1
    tokens = list(doc[lo:head.i + 1])
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "case"):
        tokens.pop(0)
    words = [t for t in tokens if not t.is_punct]
    if not 1 <= len(words) <= 5 or any(t.lower_ in {"this", "these", "that", "those"} for t in tokens):
        return None
    if sum(1 for t in words if t.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}) < 2:
        return None  # a bare head ("equipment") is too vague
    return tokens


NAMING = {"label", "name", "call", "dub", "know", "title", "nickname"}


def _with_name_tag(head: Token, tokens: list[Token]) -> list[Token]:
    """"a user labelled "Anonymous"": a short naming participle stays in the key."""
    if not tokens or tokens[-1].i != head.i:
        return tokens
    for child in head.children:
        if child.dep_ == "acl" and child.i == head.i + 1 and child.lemma_.lower() in NAMING:
            sub = list(child.subtree)
            words = [t for t in sub if not t.is_punct]
            texts = [t.text for t in sub]
            if 1 < len(words) <= 4 and texts.count('"') % 2 == 0 and sub[-1].i == child.right_edge.i:
                return tokens + sub
    return tokens


def _entity_tokens(head: Token, tokens: list[Token]) -> list[Token]:
    """The name alone: "Authority director General Ann Lee" -> "Ann Lee"."""
    doc = head.doc
    lo = hi = head.i
    while lo > 0 and doc[lo].ent_iob_ == "I" and doc[lo - 1].ent_type_ == head.ent_type_:
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
        hi += 1
    ids = {t.i for t in tokens}
    inside = [t for t in tokens if lo <= t.i <= hi]
    if not inside or len(inside) == len(tokens) or not all(i in ids for i in range(lo, hi + 1)):
        return tokens
    if any(t.i > hi and not t.is_punct for t in tokens):
        return tokens  # words after the name ("Lee's office") belong to the phrase
    return inside


def _cut_number_tail(head: Token, tokens: list[Token]) -> tuple[list[Token], set[int]]:
    """"about 80 people in the town of X" -> key "about 80 people"; the place stays in the stem."""
    for child in head.children:
        if child.dep_ in {"prep", "acl", "relcl"} and child.i > head.i and child.lower_ != "of":
            cut = {t.i for t in child.subtree}
            kept = [t for t in tokens if t.i < child.i]
            while kept and kept[-1].is_punct:
                kept.pop()
            if kept:
                return kept, cut
    return tokens, set()


def _ppv_answer(ctx: Context, prep: Token) -> tuple[Answer, bool] | None:
    """Time, place and number phrases under a preposition: (answer, strand the preposition)."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    tokens = phrase_tokens(pobj, keep_conj=True, max_words=8) or _core_phrase(pobj)
    if tokens is None:
        return None
    label = label_of(tokens, ctx)
    text = phrase_text(ctx, tokens)
    p = prep.lower_
    if label in {"DATE", "TIME"} and p in TIME_PREPS:
        if any(t.lower_ in DURATION_UNITS for t in tokens) and p not in {"on", "in", "since"}:
            return None
        if p == "in" and any(t.lower_ in DURATION_UNITS for t in tokens) and any(t.like_num for t in tokens) \
                and not any(t.dep_ == "det" for t in tokens):
            return None  # "collected 2 tonnes in four hours": how long it took, not when
        # "worked on it every weekend since September" -> "Since when …?", not "When …?"
        return Answer(tokens, text, label, "Since when" if p == "since" else "When"), False
    if label in {None, "ORG"} and p in PLACE_PREPS and pobj.lemma_.lower() in PLACE_NOUNS and \
            any(t.pos_ == "PROPN" for t in tokens):
        label = "FAC"  # "into Mecca's Grand Mosque", "at the Metro Convention Centre": a named place
    if p in PLACE_PREPS:
        # "to Vladivostok from Hamhung": the second place phrase is not part of the name
        cut = {t.i for c in pobj.children if c.dep_ == "prep" and c.i > pobj.i and c.lower_ in PLACE_PREPS
               for t in c.subtree}
        place = [t for t in tokens if t.i not in cut]
        while place and place[-1].is_punct:
            place.pop()
        place_label = label_of(place, ctx) or ("FAC" if pobj.lemma_.lower() in PLACE_NOUNS
                                                and any(t.pos_ == "PROPN" for t in place) else None)
        if cut and place and place_label in {"GPE", "LOC", "FAC"}:
            return Answer(place, phrase_text(ctx, place), place_label, "Where", keep=cut), p in {"to", "from"}
    if label in {"GPE", "LOC", "FAC"} and p in PLACE_PREPS:
        return Answer(tokens, text, label, "Where"), p in {"to", "from"}
    if label in NUMBER_LABELS or any(t.like_num and t.i <= pobj.i for t in tokens):
        wh = _number_wh(pobj, tokens, label)
        if wh and label not in {"DATE", "TIME"}:
            how = wh[0].lower() + wh[1:]
            label = label if label in NUMBER_LABELS else "CARDINAL"
            tokens, keep = _cut_number_tail(pobj, tokens)
            return Answer(tokens, phrase_text(ctx, tokens), label, f"{prep.text.capitalize()} {how}", keep), False
        return None
    if p in STRAND_PREPS:
        ans = answer_for(ctx, pobj, "pobj")
        if ans and ans.wh != "What" or (ans and p in {"with", "about", "for"}):
            return ans, True
    return None


def generate(ctx: Context, rng: random.Random) -> list[Question]:
    out: list[Question] = []
    for info in ctx.sents:
        words = [t for t in info.span if not t.is_punct]
        if len(words) < 5 or len(words) > 70:
            continue
        pairs = [*_sentence_clause_questions(ctx, info), *_reported_questions(ctx, info),
                 *_source_questions(ctx, info), *_appositive_questions(ctx, info)]
        made = [_mc(ctx, info, prompt, ans, rng) for prompt, ans in pairs]
        made += [_written(ctx, info, prompt, ans) for prompt, ans in _comparisons(ctx, info)]
        out.extend(q for q in made if q is not None)
    return out


def _sentence_clause_questions(ctx: Context, info: SentInfo):
    """(prompt, answer) for every clause of the sentence, prefixed "According to
    X, …" where the clause is someone's statement."""
    clauses = [build_clause(verb, info.span) for verb in clause_heads(info.span)]
    clauses += participle_clauses(info.span) + conj_clauses(info.span)
    clauses += [build_clause(verb, info.span) for verb in _noun_complement_clauses(info)]
    for clause in clauses:
        if clause is None:
            continue
        if _quoted(info, clause.verb):
            # a direct quote is the speaker's statement: asked "According to <speaker>, …"
            source = _quote_source(ctx, info, clause.verb)
            if source is None or _first_person(clause):
                continue  # unknown speaker; or "According to Yoon, who … share our information?"
            prefix = f"According to {source}, "
        else:
            prefix = _according_to(ctx, clause)
            if prefix is False:
                continue
        for prompt, ans in _clause_questions(ctx, clause):
            yield (prefix + prompt[0].lower() + prompt[1:] if prefix else prompt), ans


_FIRST_PERSON = {"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your"}


def _first_person(clause: Clause) -> bool:
    """The speaker's own "I/we/our/you": a question in the third person cannot reuse them."""
    return any(t.lower_ in _FIRST_PERSON for t in clause.tokens)


def _quote_source(ctx: Context, info: SentInfo, verb: Token) -> str | None:
    """The named speaker of the direct quote ``verb`` stands in, if the analysis found one."""
    for a in ctx.attributions():
        if a.direct_quote and a.paragraph == info.paragraph and a.start <= verb.idx < a.end \
                and a.holder and a.holder.split()[0].lower() not in PERSONAL_PRONOUNS:
            return a.holder
    return None


def _noun_complement_clauses(info: SentInfo) -> list[Token]:
    """""News that Pyongyang has sent 3,000 troops …" inside a quote: the clause
    a noun reports, with its own subject (outside quotes such a clause is a
    claim the article does not make, and is not asked)."""
    return [v for v in info.span if v.dep_ == "acl" and v.pos_ in {"VERB", "AUX"} and _quoted(info, v)
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children)
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children)]


def _quoted(info: SentInfo, verb: Token) -> bool:
    from .context import in_quote
    return in_quote(info.span, verb)


REPORTING = {"say", "report", "state", "announce", "claim", "tell", "confirm", "add", "write", "argue",
             "believe", "think", "estimate", "warn", "explain", "note", "suggest", "allege", "insist",
             "theorize", "theorise", "conclude", "find", "show", "reveal", "predict", "fear", "expect",
             "speculate", "assert", "acknowledge", "admit", "deny", "indicate", "reckon"}


def _according_to(ctx: Context, clause: Clause) -> str | bool | None:
    """A clause reported by someone gets "According to X, …"; unknown reporters drop it."""
    verb = clause.verb
    if verb.dep_ != "ccomp":
        return None
    head = verb.head
    if head.lemma_ not in REPORTING:
        return None
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in verb.children) or any(
            c.dep_ == "aux" and c.lower_ in {"could", "might", "may", "would"} for c in head.children):
        return False  # "could reveal whether the planet has a tail": nothing is reported as fact
    reporter = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if reporter is None or is_pronoun(reporter):
        return False
    tokens = phrase_tokens(reporter, max_words=6)
    if not tokens:
        return False
    return f"According to {phrase_text(ctx, tokens)}, "


#: Pronouns that can stand for the reporter in a reported clause, by the reporter's kind.
_SELF_PRONOUNS = {"PERSON": {"he", "she"}, "ORG": {"it", "they"}, "GPE": {"it", "they"},
                  "NORP": {"they"}, None: {"it", "they", "he", "she"}}


def _reported_questions(ctx: Context, info: SentInfo):
    """What a named reporter said they would do: "North Korea stated it would
    attack any loudspeakers" -> "What did North Korea state it would attack?"
    (the reported clause keeps its own words; only its object is asked)."""
    for verb in info.span:
        if verb.dep_ != "ccomp" or verb.pos_ not in {"VERB", "AUX"} or _quoted(info, verb):
            continue
        head = verb.head
        pronoun = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        reporter = next((c for c in head.children if c.dep_ == "nsubj"), None)
        do = DO_FORMS.get(head.tag_)
        if pronoun is None or reporter is None or do is None or head.lemma_.lower() not in REPORTING \
                or is_pronoun(reporter) or any(c.dep_ == "neg" for c in (*head.children, *verb.children)):
            continue
        kind = ctx.label_of(reporter) if reporter.pos_ == "PROPN" else None
        if pronoun.lower_ not in _SELF_PRONOUNS.get(kind, set()) or \
                (kind is None and reporter.tag_ == "NNS") != (pronoun.lower_ == "they"):
            continue
        name = phrase_tokens(reporter, max_words=6)
        clause = build_clause(verb, info.span)
        if not name or clause is None:
            continue
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
            said = _join(ctx, body)
            yield finish(f"{ans.wh} {do} {phrase_text(ctx, name)} {head.lemma_.lower()} {said}"), ans


def _comparisons(ctx: Context, info: SentInfo):
    """``X is about three times the mass of Y`` -> "How does the mass of X
    compare with that of Y?" (key: the whole comparison)."""
    for noun in info.span:
        if noun.pos_ != "NOUN" or noun.dep_ not in {"attr", "dobj"}:
            continue
        times = [t for t in noun.subtree if t.lower_ in {"times", "twice", "thrice", "half"} and t.i < noun.i]
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        other = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if not times or other is None or is_pronoun(other):
            continue
        verb = noun.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and not is_pronoun(c)]
        if not subjects or any(is_pronoun(c) for c in verb.children if c.dep_ == "nsubj"):
            continue
        subject = next((c for c in reversed(subjects) if c.pos_ == "PROPN"), subjects[-1])
        subj_tokens = phrase_tokens(subject, max_words=6)
        other_tokens = phrase_tokens(other, max_words=6)
        if not subj_tokens or not other_tokens:
            continue
        first = min(t.i for t in noun.subtree)
        key = [t for t in noun.doc[first:other_tokens[-1].i + 1]]
        if len([t for t in key if not t.is_punct]) > 10:
            continue
        stem = (f"How does the {noun.lower_} of {phrase_text(ctx, subj_tokens)} compare with that of "
                f"{phrase_text(ctx, other_tokens)}?")
        yield stem, Answer(key, ctx.text_of(key), None, "How")


def _source_questions(ctx: Context, info: SentInfo):
    """``According to X, Y.`` -> "Who reported that Y?" (key X, same-kind options)."""
    from .clauses import _join
    for verb in clause_heads(info.span):
        if verb.dep_ != "ROOT" or _quoted(info, verb):
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
        if sum(said.count(c) for c in '"\u201c\u201d') % 2:
            continue
        yield finish(f"{ans.wh} reported that {said}"), ans


def _clause_questions(ctx: Context, clause: Clause):
    """(prompt, answer) pairs for every askable part of ``clause``."""
    verb, subject = clause.verb, clause.subject
    # subject ("Who included A, B and C?" asks for a container, not a fact)
    if not is_pronoun(subject) and not (subject.lower_ == "it") and verb.lemma_.lower() not in LISTING_VERBS:
        ans = answer_for(ctx, subject, "subject")
        if ans is not None:
            singular = ans.wh in {"Who", "What"}
            prompt = subject_question(ctx, clause, ans.wh, singular, keep=ans.keep)
            if prompt:
                yield prompt, ans
    # "six shells of them": a pronoun inside the subject leaves the stem unanswerable
    subject_ok = not is_pronoun(subject) and not any(
        is_pronoun(t) and t.dep_ != "poss" and t.i != subject.i for t in subject.subtree)
    for child in verb.children:
        if child.i < subject.i and child.dep_ not in {"npadvmod", "prep", "advmod"}:
            continue
        if child.dep_ in {"dobj", "attr", "dative", "oprd"} and subject_ok:
            ans = object_answer(ctx, child) if child.dep_ == "dobj" else \
                answer_for(ctx, child, "dative" if child.dep_ == "dative" else "object")
            if child.dep_ == "oprd" and verb.lemma_.lower() in CALLING and any(
                    c.dep_ == "dobj" for c in verb.children):
                # "called the ruling historic": the word the subject used for it
                tokens = [t for t in child.subtree]
                words = [t for t in tokens if not t.is_punct]
                text = ctx.text_of(tokens)
                if 1 <= len(words) <= 6 and not any(is_pronoun(t) for t in words) and \
                        sum(text.count(c) for c in '"\u201c\u201d') % 2 == 0:
                    ans = Answer(tokens, text, None, "What")
            if ans is None:
                continue
            removed = ({t.i for t in child.subtree} | {t.i for t in ans.tokens if t.i > child.i}) - ans.keep
            prompt = object_question(ctx, clause, ans.wh, removed)
            if prompt:
                yield prompt, ans
        elif child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            ans = answer_for(ctx, pobj, "agent") if pobj is not None else None
            if ans is not None:
                prompt = agent_question(ctx, clause, ans.wh, child)
                if prompt:
                    yield prompt, ans
        elif child.dep_ == "prep" and child.lower_ == "as" and verb.lemma_.lower() in DESCRIBING and subject_ok \
                and any(c.dep_ == "dobj" for c in verb.children):
            found = _description(ctx, child)
            obj = next(c for c in verb.children if c.dep_ == "dobj")
            antecedent = _participle_antecedent(ctx, clause, obj) if is_pronoun(obj) else None
            if found is None or (is_pronoun(obj) and antecedent is None):
                continue
            prompt = object_question(ctx, clause, "How", {t.i for t in child.subtree})
            if prompt and antecedent:
                # ", dismissing them as …": "them" is the main clause's object, named in the stem
                prompt = re.sub(rf"\b{re.escape(obj.text)}\b", lambda _: antecedent, prompt, count=1)
            if prompt:
                yield prompt, found
        elif child.dep_ == "prep" and child.lower_ in {"before", "after"} and subject_ok and any(
                c.dep_ == "npadvmod" for c in child.children):
            # "comes ten days before the festival" -> "How long before the festival does … come?"
            span = next(c for c in child.children if c.dep_ == "npadvmod")
            amount = [t for t in span.subtree]
            rest = [t for t in child.subtree if t.i > child.i]
            if not any(t.lower_ in DURATION_UNITS for t in amount) or not any(t.like_num for t in amount) \
                    or not rest or len(rest) > 10 or any(is_pronoun(t) and t.dep_ != "poss" for t in rest):
                continue
            # "just ten days" with "just" parsed as the verb's adverb: the amount's own word
            doc = child.doc
            lead = [doc[i] for i in range(amount[0].i - 1, clause.verb.i, -1)
                    if doc[i].head.i == clause.verb.i and doc[i].dep_ == "advmod" and doc[i].ent_type_ == "DATE"][:1]
            if lead and lead[0].i == amount[0].i - 1:
                amount = lead + amount
            ans = Answer(amount, ctx.text_of(amount), "DATE", "How long")
            wh = f"How long {child.lower_} {_join_rest(ctx, rest)}"
            prompt = object_question(ctx, clause, wh, {t.i for t in child.subtree} | {t.i for t in amount}
                                     | _misattached_apposition(child))
            if prompt:
                yield prompt, ans
        elif child.dep_ == "prep" and subject_ok:
            found = _ppv_answer(ctx, child)
            if not found:
                continue
            ans, strand = found
            removed = {t.i for t in child.subtree} - ans.keep
            if strand:
                removed.discard(child.i)
                if not getattr(ans, "whole", False):
                    removed -= {t.i for t in child.subtree if t.i < ans.tokens[0].i}
                else:
                    after = ans.tokens[-1].i + 1
                    if after < len(child.doc) and child.doc[after].text in {'"', "\u201d"}:
                        removed.add(after)  # the closing quote mark of the name
            prompt = object_question(ctx, clause, ans.wh, removed)
            if prompt:
                yield prompt, ans
        elif child.dep_ in {"xcomp", "advcl"} and child.tag_ == "VB" and subject_ok and child.i > verb.i \
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in child.children) \
                and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in child.children):
            # "was there to launch X", "has been told to prepare X": the infinitive's object
            for obj in child.children:
                if obj.dep_ != "dobj":
                    continue
                ans = object_answer(ctx, obj)
                if ans is None or ans.label in NUMBER_LABELS:
                    continue
                removed = ({t.i for t in obj.subtree} | {t.i for t in ans.tokens}) - ans.keep
                removed |= {t.i for t in child.subtree if t.i > max(t.i for t in ans.tokens)}
                prompt = object_question(ctx, clause, ans.wh, removed)
                if prompt:
                    yield prompt, ans
        elif child.dep_ in {"npadvmod", "advmod"} and child.ent_type_ in {"DATE", "TIME"} and subject_ok \
                and verb.lemma_.lower() not in {"spend", "take", "last", "waste"}:  # "spent Saturday morning …"
            tokens = [t for t in child.subtree if not t.is_punct]
            if not any(t.pos_ in {"NOUN", "PROPN", "NUM"} for t in tokens):
                continue  # "just" inside "just ten days": an adverb, not a time
            if any(t.lower_ in DURATION_UNITS for t in tokens) and not any(
                    t.lower_ in {"ago", "later", "earlier", "last", "next", "this"} for t in tokens):
                continue  # "for a few months" is a duration, not a time
            if tokens and len(tokens) <= 5:
                # "every weekend", "each year": how often, not when
                wh = "How often" if tokens[0].lower_ in {"every", "each"} else "When"
                ans = Answer(tokens, phrase_text(ctx, tokens), child.ent_type_, wh)
                prompt = object_question(ctx, clause, wh, {t.i for t in child.subtree})
                if prompt:
                    yield prompt, ans
    yield from _chain_questions(ctx, clause)
    yield from _remarks_questions(ctx, clause)


def _misattached_apposition(phrase: Token) -> set[int]:
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


def _participle_antecedent(ctx: Context, clause: Clause, pronoun: Token) -> str | None:
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


#: "in remarks to X", "in an interview with X": whom the speaker spoke to.
_REMARK_NOUNS = {"remark", "remarks", "comment", "comments", "interview", "statement", "speech", "message"}


def _remarks_questions(ctx: Context, clause: Clause):
    """``Ann Lee, in remarks to Radio North, said …`` -> "Which organisation did
    Ann Lee speak to?" (key: Radio North)."""
    verb, subject = clause.verb, clause.subject
    if verb.lemma_.lower() not in REPORTING or is_pronoun(subject) or clause.negated:
        return
    for prep in verb.children:
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ == "in" else None
        if noun is None or noun.lemma_.lower() not in _REMARK_NOUNS and noun.lower_ not in _REMARK_NOUNS:
            continue
        to = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}), None)
        listener = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        ans = answer_for(ctx, listener, "dative") if listener is not None else None
        name = phrase_tokens(subject, max_words=8)
        if ans is None or not name:
            continue
        if ctx.label_of(subject) == "PERSON" and subject.pos_ == "PROPN":
            name = _entity_tokens(subject, name)
        wh = ans.wh if ans.wh != "What" else "Who"
        yield f"{wh} did {phrase_text(ctx, name)} speak {to.lower_}?", ans


def _chain_questions(ctx: Context, clause: Clause):
    """Objects at the end of a chain of verb complements: "have started asking
    schools to pay taxes" -> "What have … started asking schools to pay?";
    "announced plans to send an envoy" -> "What did … announce plans to send?".

    A link is an open complement (``xcomp``: a gerund, or an infinitive with
    "to") or an infinitive modifying the verb's object ("plans to send").  The
    one-link infinitive ("told to prepare X") is asked in
    :func:`_clause_questions`; this covers the longer chains and the
    object's infinitive."""
    if is_pronoun(clause.subject) or clause.negated:
        return
    for last, depth in _complement_chain(clause.verb):
        for obj in last.children:
            # "to become a red giant": what something turns into is asked like an object
            becomes = obj.dep_ == "attr" and last.lemma_.lower() == "become"
            if not (obj.dep_ == "dobj" and depth >= 2 or becomes) or obj.i < last.i:
                continue
            ans = object_answer(ctx, obj)
            if ans is None or ans.label in NUMBER_LABELS:
                continue
            removed = {t.i for t in ans.tokens} | {t.i for t in obj.subtree} - ans.keep
            removed |= {t.i for t in last.subtree if t.i > max(t.i for t in ans.tokens)}
            prompt = object_question(ctx, clause, ans.wh, removed)
            if prompt:
                yield prompt, ans


def _open_complement(tok: Token) -> bool:
    """A verb complement without a subject of its own: "asking …", "to pay …"."""
    if tok.pos_ not in {"VERB", "AUX"} or any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in tok.children):
        return False
    if tok.tag_ == "VBG":
        # a gerund complements only verbs that take one ("started asking", "kept
        # trying"); elsewhere the small model's xcomp is usually a misattached modifier
        return tok.head.lemma_.lower() in GERUND_TAKERS
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


#: Verbs that take a gerund complement.
GERUND_TAKERS = {"start", "begin", "stop", "keep", "continue", "finish", "quit", "resume", "avoid",
                 "consider", "risk", "try", "spend", "enjoy", "admit", "deny", "suggest", "recommend"}


def _complement_chain(verb: Token, depth: int = 0):
    """(verb, links from the clause's verb) down its chains of complements, at most three links."""
    if depth >= 3:
        return
    for child in verb.children:
        if child.i < verb.i:
            continue
        if (child.dep_ == "xcomp" or child.dep_ == "advcl" and child.tag_ == "VB") and _open_complement(child):
            yield child, depth + 1
            yield from _complement_chain(child, depth + 1)
        elif child.dep_ == "dobj" and depth == 0:
            for inf in child.children:
                if inf.dep_ in {"acl", "relcl"} and inf.tag_ == "VB" and inf.i > child.i and _open_complement(inf):
                    # the object noun counts as a link: "plans to send X" is two steps from "announced"
                    yield inf, depth + 2
                    yield from _complement_chain(inf, depth + 2)


#: Verbs whose "as" phrase describes their object: "described the ruling as historic".
DESCRIBING = {"describe", "characterize", "characterise", "label", "brand", "dismiss", "hail", "portray",
              "depict", "denounce", "condemn", "praise", "criticize", "criticise", "term", "regard",
              "view", "see", "reject", "welcome", "present", "classify"}


#: Verbs whose second complement names their object: "called the plan a failure".
CALLING = {"call", "dub", "label", "term", "brand", "name", "deem", "declare", "pronounce", "consider"}


def _description(ctx: Context, prep: Token) -> Answer | None:
    """The description in "… as <description>" (an adjective or a noun phrase)."""
    body = [t for t in prep.subtree if t.i != prep.i]
    while body and body[-1].is_punct and body[-1].text not in {'"', "\u201d", "'"}:
        body.pop()
    words = [t for t in body if not t.is_punct]
    if not 1 <= len(words) <= 8 or any(is_pronoun(t) and t.dep_ != "poss" for t in words):
        return None
    text = ctx.text_of(body)
    quotes = sum(text.count(c) for c in '"\u201c\u201d')
    if quotes % 2:
        # 'as the spreading of "Fake news."': the closing mark hangs on the
        # sentence; the key is the words, without the lone opening mark
        body = [t for t in body if not (t.is_punct and t.text in {'"', "\u201c", "\u201d"})]
        text = ctx.text_of(body)
        if sum(text.count(c) for c in '"\u201c\u201d') % 2 or not body:
            return None
    if not any(t.pos_ in {"ADJ", "NOUN", "PROPN"} for t in words):
        return None
    return Answer(body, text, None, "How")


#: Words that make a common noun before a name a job title ("director", "editor").
TITLE_NOUNS = PERSON_NOUNS | {"secretary", "commander", "envoy", "ambassador", "spokesperson", "editor",
                              "correspondent", "chancellor", "premier", "administrator", "superintendent"}
_DESC_STOP = {",", ";", ":", "(", ")", "\u2014", "--", '"', "\u201c", "\u201d"}


def _description_tokens(desc_tok: Token, name_tok: Token, max_words: int = 10) -> list[Token] | None:
    """The appositive description after a name: from its first word to the
    closing comma (a parse may hang its phrases on the name), trimmed to the
    head noun and its first prepositional phrase when it is long."""
    doc = desc_tok.doc
    lo = desc_tok.left_edge.i
    hi = desc_tok.i
    while hi + 1 < len(doc) and doc[hi + 1].text not in _DESC_STOP and not doc[hi + 1].is_sent_start \
            and doc[hi + 1].dep_ not in {"relcl", "acl", "cc"} \
            and (name_tok in doc[hi + 1].ancestors or desc_tok in doc[hi + 1].ancestors):
        hi += 1
    tokens = list(doc[lo:hi + 1])
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens or any(t.dep_ == "conj" and t.head.i == desc_tok.i for t in tokens):
        return phrase_tokens(desc_tok, max_words=10)
    words = [t for t in tokens if not t.is_punct]
    if len(words) > max_words:
        # head + its first prepositional phrase ("a professor of physics …")
        cut = None
        for t in tokens:
            if t.i > desc_tok.i and t.dep_ == "prep":
                pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    cut = pobj.i
                    for c in pobj.children:
                        if c.dep_ in {"compound", "amod"} and c.i > pobj.i:
                            cut = max(cut, c.i)
                    break
        if cut is None:
            return None
        tokens = [t for t in tokens if t.i <= cut]
        if len([t for t in tokens if not t.is_punct]) > max_words:
            return None
    return tokens


def _title_questions(ctx: Context, info: SentInfo):
    """``Port Authority director Ann Lee said …`` -> "Who is the Port Authority director?"."""
    for ent in info.span.ents:
        if ent.label_ != "PERSON":
            continue
        head = ent.root
        pre = [t for t in head.children if t.dep_ in {"compound", "amod", "nmod"} and t.i < ent.start]
        if not pre:
            continue
        lo = min(min(t.left_edge.i for t in pre), ent.start)
        title = [t for t in head.doc[lo:ent.start] if t.i >= info.span.start]
        if not any(t.pos_ == "NOUN" and t.lemma_.lower() in TITLE_NOUNS for t in title):
            continue
        if title and title[0].lower_ in {"the", "a", "an"}:
            title = title[1:]
        words = [t for t in title if not t.is_punct]
        if not 2 <= len(words) <= 7 or any(is_pronoun(t) for t in words) or title[-1].is_punct:
            continue
        name = [t for t in ent if not (t.is_punct and t.i in {ent.start, ent.end - 1})]
        title_text = ctx.text_of(title)
        if title_text[:1].isupper() and title[0].pos_ != "PROPN":
            title_text = title_text[:1].lower() + title_text[1:]
        yield f"Who is the {title_text}?", Answer(name, ctx.text_of(name), "PERSON", "Who")


def _affiliation_questions(ctx: Context, info: SentInfo):
    """``Matthew Ingram of The Daily Post said …`` -> "Which organisation is
    Matthew Ingram from?" (a place: "Where is … from?")."""
    doc = info.span.doc
    for ent in info.span.ents:
        if ent.label_ != "PERSON" or ent.end >= info.span.end or doc[ent.end].lower_ != "of" \
                or doc[ent.end].head.i != ent.root.i:
            continue
        pobj = next((c for c in doc[ent.end].children if c.dep_ == "pobj"), None)
        tokens = phrase_tokens(pobj, keep_conj=True, max_words=8) if pobj is not None else None
        label = label_of(tokens, ctx) if tokens else None
        if label not in {"ORG", "GPE"} or any(is_pronoun(t) for t in tokens):
            continue
        name = [t for t in ent if not t.is_punct or t.text == "-"]
        wh = "Which organisation" if label == "ORG" else "Where"
        yield f"{wh} is {ctx.text_of(name)} from?", Answer(tokens, phrase_text(ctx, tokens), label, wh)


def _loose_appositions(ctx: Context, info: SentInfo):
    """``… before the Hajj, the annual pilgrimage to Mecca, …`` where the parser
    hung the description on the verb: "What is the Hajj?"."""
    doc = info.span.doc
    for tok in info.span:
        if tok.dep_ not in {"npadvmod", "appos"} or tok.pos_ != "NOUN" or tok.head.pos_ not in {"VERB", "AUX"}:
            continue
        start = tok.left_edge.i + (1 if doc[tok.left_edge.i].text == "," else 0)
        if start < 2 or doc[start - 1].text != "," or doc[start].dep_ != "det" or doc[start - 2].pos_ != "PROPN":
            continue
        name = phrase_tokens(doc[start - 2], max_words=5)
        desc = [t for t in doc[start:tok.right_edge.i + 1]]
        cut = next((i for i, t in enumerate(desc) if t.text == "," and i > 0), None)
        desc = desc[:cut] if cut else desc
        words = [t for t in desc if not t.is_punct]
        if not name or not 2 <= len(words) <= 10 or any(is_pronoun(t) for t in words) \
                or any(is_pronoun(t) for t in name) or ctx.label_of(doc[start - 2]) in {"PERSON"}:
            continue
        desc_text = phrase_text(ctx, desc)
        name_text = phrase_text(ctx, name)
        yield f"What is {name_text}?", Answer(desc, desc_text, None, "What")


def _appositive_questions(ctx: Context, info: SentInfo):
    """``The president of X, Yoon Suk-Yeol, …`` -> "Who is the president of X?"."""
    yield from _title_questions(ctx, info)
    yield from _affiliation_questions(ctx, info)
    yield from _loose_appositions(ctx, info)
    for tok in info.span:
        if tok.dep_ != "appos" or tok.head.i >= tok.i:
            continue
        head = tok.head
        pairs = [(head, tok), (tok, head)]
        # "the website "Wiki X", a spinoff of Y": two appositions of one noun
        pairs += [(sib, tok) for sib in head.children
                  if sib.dep_ == "appos" and sib.i < tok.i and sib.pos_ == "PROPN" and head.pos_ == "NOUN"]
        for name_tok, desc_tok in pairs:
            label = ctx.label_of(name_tok) or ""
            if name_tok.pos_ != "PROPN" or desc_tok.pos_ != "NOUN" or desc_tok.ent_type_ \
                    or label in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "NORP"}:
                continue
            name = phrase_tokens(name_tok, max_words=5)
            if name is None and name_tok.ent_type_:
                name = [t for t in name_tok.doc[name_tok.left_edge.i:name_tok.i + 1]
                        if t.ent_type_ == name_tok.ent_type_]  # the name without stray quote marks
                if not name or name[-1].i != name_tok.i:
                    name = None
            desc = phrase_tokens(desc_tok, max_words=10)
            if desc_tok.i > name_tok.i:
                longer = _description_tokens(desc_tok, name_tok)
                if longer and (not desc or len(longer) > len(desc)):
                    desc = longer
            if not name or not desc or set(t.i for t in name) & set(t.i for t in desc):
                continue
            if label == "PERSON":
                name = _entity_tokens(name_tok, name)
            if any(is_pronoun(t) for t in desc if t.dep_ != "poss") or any(is_pronoun(t) for t in name):
                continue
            desc_text = phrase_text(ctx, desc)
            if desc_text[:1].isupper() and desc[0].pos_ != "PROPN":
                desc_text = desc_text[:1].lower() + desc_text[1:]
            name_text = phrase_text(ctx, name).strip('"\u201c\u201d')
            if len(content_words(desc_text)) < 2 or desc_text.lower().startswith(("this ", "that ", "these ")):
                continue
            person = label == "PERSON" or desc_tok.lemma_.lower() in PERSON_NOUNS
            wh = "Who" if person else "What"
            verb = "are" if desc_tok.tag_ == "NNS" else "is"
            the = "" if desc[0].dep_ in {"det", "poss"} or desc[0].pos_ in {"DET", "PROPN"} else "the "
            if person:
                yield f"Who {verb} {the}{desc_text}?", Answer(name, name_text, "PERSON" if label == "PERSON" else None, "Who")
            elif label:
                which = WH_BY_LABEL.get(label, "What")
                yield f"{which} {verb} {the}{desc_text}?", Answer(name, name_text, label, which)
            # and the other way round: the description is the key
            yield f"{wh} {verb} {name_text}?", Answer(desc, desc_text, None, wh)


def _mc(ctx: Context, info: SentInfo, prompt: str, ans: Answer, rng: random.Random) -> Question | None:
    if normalize(ans.text) in normalize(prompt).split() or f" {normalize(ans.text)} " in f" {normalize(prompt)} ":
        return None
    phrases = None
    if ans.label is None or ans.label not in NUMBER_LABELS | {"DATE", "TIME", "PERSON", "ORG", "GPE",
                                                             "LOC", "FAC", "NORP"}:
        phrases = phrase_pool(ctx, ans, info.index)
    options = distractors.choose(ctx, ans.text, ans.label, info.index, rng, phrases=phrases)
    if len(options) < 3:
        return _written(ctx, info, prompt, ans)
    article_text = ctx.normalized_text()
    from_article = sum(1 for o in options if normalize(o) in article_text)
    choices = [ans.text, *options]
    rng.shuffle(choices)
    score = 1.0 + 0.1 * from_article + (0.2 if ans.label else 0.0)
    if max(choices, key=len) == ans.text:
        score -= 0.3
    return make(ctx, info, type="multiple_choice", skill="fact", prompt=prompt, answer=ans.text,
                choices=choices, rule="fact", score=score, wh=ans.wh.split()[0].lower(),
                label=ans.label or "", key_norm=normalize(ans.text),
                explanation=f"The article says: \u201c{info.sentence.text}\u201d")


def _written(ctx: Context, info: SentInfo, prompt: str, ans: Answer) -> Question | None:
    """The fact as a short written answer when the article offers too few
    wrong options of the key's kind (the fact is kept, not dropped)."""
    if ans.label is None and len(content_words(ans.text)) > 6:
        return None  # a long description is hard to mark as a written answer
    words = prompt.split()
    quotes = sum(prompt.count(c) for c in '"\u201c\u201d')
    if len(words) > 24 or quotes % 2 or "\u2014" in prompt or " -- " in prompt \
            or (len(words) > 1 and words[1].lower() in {"in", "on", "at", "according", "after", "before"}):
        return None  # only clean, self-contained stems are worth writing an answer to
    wh = ans.wh.split()[0].lower()
    q = make(ctx, info, type="short_answer", skill="fact", prompt=prompt, answer=ans.text,
             rule="fact_short", score=0.75 + (0.1 if ans.label else 0.0), label=ans.label or "",
             key_norm=normalize(ans.text), wh=wh,
             explanation=f"The article says: \u201c{info.sentence.text}\u201d")
    q.accepted = sorted(a for a in ctx.equivalents(ans.text) if a != normalize(ans.text))
    q.rubric = [{"points": 1, "criterion": f"Gives {ans.text} (or the same in other words)."}]
    return q


_POOL_CACHE: dict[int, list[tuple[int, str, bool, str]]] = {}


def phrase_pool(ctx: Context, ans: Answer, sent_index: int) -> list[str]:
    """Noun phrases of the article like the key (same person/thing kind and number)."""
    pool = _POOL_CACHE.get(id(ctx))
    if pool is None:
        pool = []
        for info in ctx.sents:
            for tok in info.span:
                if tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "pobj", "attr", "nsubj", "nsubjpass", "appos"}:
                    tokens = phrase_tokens(tok, max_words=9)
                    if not tokens or any(is_pronoun(t) for t in tokens) or label_of(tokens):
                        continue
                    if tokens[0].lower_ in {"this", "these", "that", "those"}:
                        continue
                    person = tok.lemma_.lower() in PERSON_NOUNS
                    pool.append((info.index, phrase_text(ctx, tokens), tok.tag_ == "NNS",
                                 "who" if person else "what", head_class(tok)))
        _POOL_CACHE.clear()
        _POOL_CACHE[id(ctx)] = pool
    head = ans.tokens[-1]
    for t in ans.tokens:
        if t.dep_ not in {"det", "amod", "compound", "poss", "case", "nummod", "punct"} and t.pos_ in {"NOUN", "PROPN"}:
            head = t
            break
    plural = head.tag_ == "NNS"
    kind = "who" if ans.wh == "Who" else "what"
    cls = head_class(head)
    key_words = len(ans.text.split())
    out = [text for s, text, pl, k, c in pool
           if s != sent_index and pl == plural and k == kind and c == cls
           and len(text.split()) <= key_words * 2 + 2 and len(text.split()) >= max(1, key_words // 2)]
    return out


def head_class(head: Token) -> str:
    """The semantic class a common-noun option must share with the key: the
    head noun's lemma family ("government", "governments"; "missile" …), so
    "Which government …?" is not offered "anti-tank missile" or "the
    battlefield".  (The offline lexicon has no WordNet lexical files, so the
    lemma is the cheap, safe class; a key without three same-class options
    becomes a written answer instead.)"""
    lemma = head.lemma_.lower()
    if lemma.endswith("-"):
        lemma = lemma[:-1]
    return lemma.split("-")[-1]


def short_answers(ctx: Context, mcs: list[Question]) -> list[Question]:
    """Written-answer versions of fact questions whose key is a name, number or
    date (easy to mark): a fourth type when the article states no causes."""
    out = []
    for q in mcs:
        label = q.meta.get("label")
        if not label or label not in {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "CARDINAL",
                                      "MONEY", "PERCENT", "QUANTITY"}:
            continue
        info = ctx.sents[q.meta["sentence"]]
        sa = make(ctx, info, type="short_answer", skill="fact", prompt=q.prompt, answer=q.answer,
                  rule="fact_short", score=q.meta["score"] - 0.35, label=label,
                  key_norm=q.meta.get("key_norm"), wh=q.meta.get("wh"), explanation=q.explanation)
        sa.accepted = sorted(a for a in ctx.equivalents(q.answer) if a != normalize(q.answer))
        sa.rubric = [{"points": 1, "criterion": f"Names {q.answer} (spelling may differ slightly)."}]
        out.append(sa)
    return out
